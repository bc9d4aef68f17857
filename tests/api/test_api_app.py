"""The FastAPI app in-process (TestClient) over a fake-embedder service: every route and error."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from bot.api import create_app
from bot.settings import Settings


def test_ask_post_and_get_return_verbatim_quotes(client):
    body = client.post("/ask", json={"question": "When will the bridge repair work start?"}).json()
    assert body["answered"] is True
    assert body["answer"] == body["passages"][0]["text"]
    assert "April 1" in body["answer"]
    for passage in body["passages"]:
        text = client.get(f"/articles/{passage['article_id']}").json()["text"]
        assert text[passage["start"]:passage["end"]] == passage["text"]
        assert set(passage["source"]) == {"title", "outlet", "published", "url"}
    got = client.get("/ask", params={"q": "When will the bridge repair work start?"}).json()
    assert got["answer"] == body["answer"]


def test_conversation_follow_up(client):
    client.post("/ask", json={"question": "Who is the cooperative's chairman?",
                              "conversation_id": "c"})
    follow = client.post("/ask", json={"question": "What did he credit?",
                                       "conversation_id": "c"}).json()
    assert "mild spring" in follow["answer"]


@pytest.mark.parametrize(("payload", "status", "fragment"), [
    ({"question": ""}, 422, "question"),
    ({"question": "   \n\t"}, 422, "empty"),
    ({"question": "x" * 1001}, 422, "at most 1000"),
    ({"question": "ok", "top_k": 0}, 422, "greater than or equal to 1"),
    ({"question": "ok", "top_k": 11}, 422, "less than or equal to 10"),
    ({"question": "ok", "top_k": "3"}, 422, "integer"),
    ({"question": "ok", "top_k": 2.5}, 422, "whole number"),
    ({"question": 42}, 422, "string"),
    ({"question": "ok", "surprise": 1}, 422, "Extra inputs"),
    ({}, 422, "Field required"),
    ({"question": "\x1f\u3000\x85"}, 422, "empty or only whitespace"),
])
def test_bad_questions_get_clear_422(client, payload, status, fragment):
    response = client.post("/ask", json=payload)
    assert response.status_code == status
    assert fragment in response.text


def test_malformed_json_non_utf8_and_oversized_bodies(client):
    headers = {"Content-Type": "application/json"}
    bad = client.post("/ask", content=b'{"question": ', headers=headers)
    assert bad.status_code == 400 and "JSON" in bad.text
    assert "malformed JSON" in bad.json()["detail"][0]["msg"]
    latin = client.post("/ask", content='{"question": "caf\xe9"}'.encode("latin-1"),
                        headers=headers)
    assert latin.status_code == 400
    assert latin.json() == {"detail": "request body is not valid UTF-8 (byte 0xe9 at offset 17)"}
    huge = client.post("/ask", content=b"x" * 1_000_001, headers=headers)
    assert huge.status_code == 413 and "over 1000000 bytes" in huge.json()["detail"]
    chunked = client.post("/ask", content=iter([b"x" * 600_000, b"x" * 600_000]),
                          headers=headers)  # no Content-Length: counted as it streams in
    assert chunked.status_code == 413 and "over 1000000 bytes" in chunked.json()["detail"]


def test_odd_but_valid_questions_are_answered_or_declined_and_echoed(client):
    for question in ["<script>alert('x')</script> bridge?", "다리는 언제 닫히나요?",
                     "bridge 🌉 repairs?", "bridge\x07\x00 repairs"]:
        response = client.post("/ask", json={"question": question})
        assert response.status_code == 200
        assert response.json()["question"] == question
        assert response.headers["content-type"] == "application/json"


def test_articles_list_get_404(client):
    articles = client.get("/articles").json()
    assert len(articles) == 3 and all(a["passages"] > 0 for a in articles)
    one = client.get(f"/articles/{articles[0]['id']}").json()
    assert one["text"] and one["title"] == articles[0]["title"]
    missing = client.get("/articles/does-not-exist")
    assert missing.status_code == 404 and "does-not-exist" in missing.json()["detail"]


def test_article_management_requires_the_token(client, auth, fake_service, tmp_path):
    article = {"title": "Museum reopens", "text": "The museum reopens on Saturday."}
    assert client.post("/articles", json=article).status_code == 401
    wrong = client.post("/articles", json=article, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    created = client.post("/articles", json=article, headers=auth)
    assert created.status_code == 201
    again = client.post("/articles", json=article, headers=auth)
    assert again.status_code == 200 and again.json()["id"] == created.json()["id"]
    assert len(client.get("/articles").json()) == 4
    answer = client.get("/ask", params={"q": "When does the museum reopen?"}).json()
    assert "Saturday" in answer["answer"]
    article_id = created.json()["id"]
    assert client.delete(f"/articles/{article_id}").status_code == 401
    assert client.delete(f"/articles/{article_id}", headers=auth).status_code == 204
    assert client.get(f"/articles/{article_id}").status_code == 404
    assert client.delete(f"/articles/{article_id}", headers=auth).status_code == 404

    disabled = Settings(data_dir=tmp_path / "d2", admin_token=None)
    with TestClient(create_app(disabled, service=fake_service)) as other:
        response = other.post("/articles", json=article, headers=auth)
        assert response.status_code == 403 and "NEWSDESK_ADMIN_TOKEN" in response.text


def test_bad_articles_are_rejected(client, auth):
    for payload, fragment in [
        ({"title": "t", "text": "Open in app\nNO COMMENTS"}, "no article text left"),
        ({"title": "t", "text": "Body text.", "published": "2025-02-30"}, "valid date"),
        ({"title": "t", "text": "Body text.", "published": 20250101}, "date string"),
        ({"title": " ", "text": "Body text."}, "empty"),
        ({"text": "Body text."}, "Field required"),
        ({"title": "t", "text": "\u3000\u3000 2025 -- !!"}, "must contain words"),
        ({"title": "\x1c\xa0", "text": "Body text."}, "empty or only whitespace"),
    ]:
        response = client.post("/articles", json=payload, headers=auth)
        assert response.status_code == 422, payload
        assert fragment in response.text


def test_health_and_405_allow_header(client):
    health = client.get("/health").json()
    assert health["status"] == "ok" and health["articles"] == 3 and health["passages"] > 3
    assert health["model"] == "hashing-256"
    response = client.put("/ask")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, HEAD, POST"
    assert client.put("/articles/abc").headers["allow"] == "DELETE, GET, HEAD"
    assert client.post("/metrics").headers["allow"] == "GET, HEAD"


def test_head_is_answered_wherever_get_is(client):
    for path in ("/health", "/articles", "/metrics", "/"):
        head, get = client.head(path), client.get(path)
        assert head.status_code == get.status_code == 200, path
        assert head.content == b"" and head.headers["content-type"] == get.headers["content-type"]
    assert client.head("/articles/0123456789abcdef").status_code == 404  # as GET would


def test_openapi_documents_every_error(client):
    schema = client.get("/openapi.json").json()
    ask = schema["paths"]["/ask"]["post"]["responses"]
    assert {"200", "400", "413", "422"} <= set(ask)
    add = schema["paths"]["/articles"]["post"]["responses"]
    assert {"200", "201", "401", "403", "413", "422"} <= set(add)
    assert "404" in schema["paths"]["/articles/{article_id}"]["get"]["responses"]


def test_docs_pages_load_their_scripts_from_this_server(client):
    for path, assets in (("/docs", ("swagger-ui-bundle.js", "swagger-ui.css")),
                         ("/redoc", ("redoc.standalone.js",))):
        page = client.get(path)
        assert page.status_code == 200 and "text/html" in page.headers["content-type"]
        assert "cdn" not in page.text.lower() and "https://" not in page.text.split("<body")[0]
        for asset in assets:
            url = f"/static-offline-docs/{asset}"
            assert url in page.text, (path, asset)
            served = client.get(url)
            assert served.status_code == 200 and len(served.content) > 1000, url


def test_blank_means_the_same_to_the_schema_and_the_service(client):
    """The OpenAPI patterns reject exactly what the service would reject as blank."""
    from bot.schemas import NOT_BLANK

    schema = client.get("/openapi.json").json()
    ask_in = schema["components"]["schemas"]["AskIn"]["properties"]["question"]
    assert ask_in["pattern"] == NOT_BLANK
    q = next(p for p in schema["paths"]["/ask"]["get"]["parameters"] if p["name"] == "q")
    assert q["schema"]["pattern"] == NOT_BLANK
    for blank in ["\x1f", "\u2028 \u3000", "\x85\t"]:
        assert client.get("/ask", params={"q": blank}).status_code == 422
    assert client.get("/ask", params={"q": "\ufeffbridge?"}).status_code == 200


def test_requests_before_the_service_is_ready_get_503(tmp_path):
    """Served from a pre-bound socket, the app answers 503 until the lifespan built the service."""
    app = create_app(Settings(data_dir=tmp_path / "data"), service=None)
    client = TestClient(app)  # not entered: the lifespan (which builds the service) does not run
    for response in [client.get("/health"), client.post("/ask", json={"question": "Who?"})]:
        assert response.status_code == 503
        assert "still loading" in response.json()["detail"]
        assert response.headers["retry-after"] == "5"
    assert "503" in app.openapi()["paths"]["/ask"]["post"]["responses"]


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "not a url", "example.org/story", "/relative/path", "ftp://x.org/a",
    "data:text/html,x", "http://", "https:///path", "http://exa mple.org", "https://x.org/a b",
    "http://x.org/\n", "//x.org/a", "", "https://x.org:70000/a", "http://x.org:0/a",
    "http://x.org:/a",
])
def test_article_url_must_be_an_absolute_http_url(client, auth, url):
    article = {"title": "Museum reopens", "text": "The museum reopens on Saturday.", "url": url}
    response = client.post("/articles", json=article, headers=auth)
    assert response.status_code == 422, url
    assert response.json()["detail"][0]["loc"] == ["body", "url"]
    assert "absolute http(s) URL" in response.json()["detail"][0]["msg"]


@pytest.mark.parametrize("url", ["https://example.org/story?id=1#top", "http://x.org",
                                 "HTTPS://Example.org/a", "http://127.0.0.1:8000/a",
                                 "https://example.org:080/a",
                                 "https://例え.jp/記事"])
def test_absolute_http_urls_are_accepted_as_given(client, auth, url):
    article = {"title": "Museum reopens", "text": f"The museum reopens on Saturday ({url}).",
               "url": url}
    response = client.post("/articles", json=article, headers=auth)
    assert response.status_code == 201, response.text
    assert response.json()["url"] == url


def test_the_url_pattern_is_in_the_schema_and_the_same_as_the_check(client):
    from bot.schemas import HTTP_URL

    schema = client.get("/openapi.json").json()["components"]["schemas"]["ArticleIn"]
    url = next(s for s in schema["properties"]["url"]["anyOf"] if s.get("type") == "string")
    assert url["pattern"] == HTTP_URL


def test_a_body_sent_without_the_json_content_type_says_to_send_it(client, auth):
    for headers in ({"Content-Type": "application/x-www-form-urlencoded"},  # curl -d
                    {"Content-Type": "text/plain"}):
        response = client.post("/ask", content=b'{"question": "When?"}', headers=headers)
        assert response.status_code == 422
        [problem] = response.json()["detail"]
        assert problem["loc"] == ["body"]
        assert "Content-Type: application/json" in problem["msg"], problem
    not_object = client.post("/ask", json=["When?"])
    assert not_object.status_code == 422
    assert "must be a JSON object" in not_object.json()["detail"][0]["msg"]
    assert '"question"' in not_object.json()["detail"][0]["msg"]
    # The example is the route's own.
    not_object = client.post("/articles", json=[1, 2], headers=auth)
    assert '"title"' in not_object.json()["detail"][0]["msg"]


def test_every_422_has_the_same_shape_whichever_check_refused(articles_dir, fake_embedder,
                                                              tmp_path, auth):
    """The schema's limits and the service's (a lower NEWSDESK_MAX_QUESTION_CHARS) alike."""
    from retrieval.service import QAService

    settings = Settings(data_dir=tmp_path / "data", admin_token="s3cret", max_question_chars=50)
    service = QAService.open(data_dir=settings.data_dir, articles_dir=articles_dir,
                             embedder=fake_embedder, max_question_chars=50)
    with TestClient(create_app(settings, service=service)) as client:
        responses = {
            ("body", "question"): client.post("/ask", json={"question": "x" * 60}),
            ("query", "q"): client.get("/ask", params={"q": "x" * 60}),
            ("body", "text"): client.post("/articles", headers=auth,
                                          json={"title": "t", "text": "Open in app\nNO COMMENTS"}),
        }
        responses[("body", "question", "1001")] = client.post("/ask",
                                                              json={"question": "x" * 1001})
    for where, response in responses.items():
        assert response.status_code == 422, where
        [problem] = response.json()["detail"]
        assert set(problem) == {"loc", "msg", "type"}, where
        assert tuple(problem["loc"]) == where[:2]
    assert responses[("body", "question")].json()["detail"][0]["msg"] == (
        "the question is 60 characters long; it may be at most 50 characters")
    furniture = responses[("body", "text")].json()["detail"][0]["msg"]
    assert furniture.startswith("no article text left after removing boilerplate")


def test_the_docs_say_what_score_is_and_the_text_limit(client):
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    score = schemas["PassageOut"]["properties"]["score"]["description"]
    assert "not sorted by score" in score and "answer order" in score
    assert "900,000" in schemas["ArticleIn"]["properties"]["text"]["description"]
    from tests.conftest import ROOT

    api = (ROOT / "README.md").read_text("utf-8").split("## HTTP API", 1)[1].split("\n## ")[0]
    assert "900,000 characters" in api and "not sorted by score" in api
