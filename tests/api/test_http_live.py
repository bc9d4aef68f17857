"""The real server (uvicorn, bundled model, FAISS, seeds) over real HTTP, and schemathesis."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from retrieval.loading import ARTICLE_SUFFIXES
from tests.conftest import ROOT, SEEDS_DIR, SHARED_EVAL, LiveServer

pytestmark = pytest.mark.integration
AUTH = {"Authorization": "Bearer test-admin"}


def _dev_questions() -> list[str]:
    lines = (SHARED_EVAL / "dev_questions.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line)["question"] for line in lines if line.strip()]


def test_health_articles_and_kevin_kim(live_server):
    with httpx.Client(base_url=live_server.url, timeout=30) as client:
        articles = client.get("/articles").json()
        health = client.get("/health").json()
        assert health == {"status": "ok", "articles": len(articles),
                          "passages": sum(a["passages"] for a in articles),
                          "model": "all-MiniLM-L6-v2"}
        assert len(articles) == sum(f.suffix in ARTICLE_SUFFIXES for f in SEEDS_DIR.iterdir())
        for summary in articles:
            one = client.get(f"/articles/{summary['id']}").json()
            assert one == {**summary, "text": one["text"]} and one["text"].strip()
        missing = client.get("/articles/no-such-article")
        assert missing.status_code == 404 and "no-such-article" in missing.json()["detail"]
        body = client.post("/ask", json={"question": "Who leads the US side?"}).json()
        assert body["answered"] and "Kevin Kim" in body["answer"]
        assert body["answer"] == body["passages"][0]["text"]
        source = body["passages"][0]["source"]
        by_id = {a["id"]: a for a in articles}[body["passages"][0]["article_id"]]
        assert source == {k: by_id[k] for k in ("title", "outlet", "published", "url")}
        got = client.get("/ask", params={"q": "Who leads the US side?", "top_k": 1}).json()
        assert got["answer"] == body["answer"] and len(got["passages"]) == 1


def test_every_quote_for_the_dev_questions_is_verbatim(live_server):
    texts: dict[str, str] = {}
    with httpx.Client(base_url=live_server.url, timeout=30) as client:
        for question in _dev_questions():
            body = client.get("/ask", params={"q": question, "top_k": 10}).json()
            if body["answered"]:
                assert body["answer"] == body["passages"][0]["text"]
            for p in body["passages"]:
                if p["article_id"] not in texts:
                    texts[p["article_id"]] = client.get(f"/articles/{p['article_id']}").json()[
                        "text"]
                assert texts[p["article_id"]][p["start"]:p["end"]] == p["text"]


def test_off_topic_declined_and_follow_up_understood(live_server):
    with httpx.Client(base_url=live_server.url, timeout=30) as client:
        france = client.post("/ask", json={"question": "What is the capital of France?"}).json()
        assert france == {"question": "What is the capital of France?", "answered": False,
                          "answer": None, "passages": []}
        client.post("/ask", json={"question": "Who leads the US side?",
                                  "conversation_id": "live-1"})
        follow = client.post("/ask", json={"question": "What is his title?",
                                           "conversation_id": "live-1"}).json()
        alone = client.post("/ask", json={"question": "What is his title?"}).json()
        # "his" is the person the first turn named; without that turn it refers to no one.
        assert follow["answered"] and "Kevin Kim" in follow["answer"]
        assert alone["answer"] != follow["answer"]


def test_bad_inputs_over_http_never_500_and_server_survives(live_server):
    url = live_server.url
    cases = [
        (dict(json={"question": ""}), 422), (dict(json={"question": " \t"}), 422),
        (dict(json={"question": "x" * 1001}), 422), (dict(json={"question": "q", "top_k": 0}), 422),
        (dict(json={"question": "q", "top_k": 11}), 422),
        (dict(json={"question": ["list"]}), 422), (dict(json={"question": "q", "x": 1}), 422),
        (dict(content=b"{not json", headers={"Content-Type": "application/json"}), 400),
        (dict(content=b'{"question": "\xff\xfe"}', headers={"Content-Type": "application/json"}),
         400),
        (dict(content=b"a" * 1_100_000, headers={"Content-Type": "application/json"}), 413),
    ]
    for kwargs, status in cases:
        response = httpx.post(f"{url}/ask", timeout=30, **kwargs)
        assert response.status_code == status, (kwargs.get("json"), response.text)
        assert "detail" in response.json()
    for question in ["<b>Who</b> leads & the US side?", "한국 대표는 누구인가요?", "Who 🤔 leads?",
                     "Who\x00 leads\x1f the US side?"]:
        response = httpx.post(f"{url}/ask", json={"question": question}, timeout=30)
        assert response.status_code == 200 and response.json()["question"] == question
        assert response.headers["content-type"] == "application/json"
    assert httpx.get(f"{url}/ask", params={"q": ""}).status_code == 422
    assert httpx.get(f"{url}/ask", params={"q": "x", "top_k": "many"}).status_code == 422
    for body, fragment in [({"title": "t", "text": 5}, "valid string"),
                           ({"title": "t", "text": "Words here.", "extra": 1}, "Extra inputs"),
                           ({"title": "t", "text": "Words.", "published": "yesterday"}, "date")]:
        response = httpx.post(f"{url}/articles", json=body, headers=AUTH, timeout=30)
        assert response.status_code == 422 and fragment in response.text
    assert httpx.get(f"{url}/health").status_code == 200


def test_article_management_over_http_survives_restart(tmp_path):
    data = tmp_path / "data"
    server = LiveServer(data, env={"NEWSDESK_ADMIN_TOKEN": "tok"}).wait_ready()
    auth = {"Authorization": "Bearer tok"}
    try:
        article = {"title": "Zoo news", "outlet": "Zoo Daily", "published": "2025-03-01",
                   "text": "Home > City > Zoo\nThe city zoo welcomed two red pandas named Miso "
                           "and Tofu.\nNO COMMENTS"}
        initial = len(httpx.get(f"{server.url}/articles").json())
        assert httpx.post(f"{server.url}/articles", json=article).status_code == 401
        wrong = httpx.post(f"{server.url}/articles", json=article,
                           headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401 and "token" in wrong.json()["detail"]
        created = httpx.post(f"{server.url}/articles", json=article, headers=auth, timeout=60)
        assert created.status_code == 201
        assert "NO COMMENTS" not in created.json()["text"]
        again = httpx.post(f"{server.url}/articles", json=article, headers=auth, timeout=60)
        assert again.status_code == 200 and again.json()["id"] == created.json()["id"]
        answer = httpx.get(f"{server.url}/ask", params={"q": "What are the red pandas called?"})
        assert "Miso" in answer.json()["answer"]
        seed_id = next(a["id"] for a in httpx.get(f"{server.url}/articles").json()
                       if a["outlet"] == "IANS")
        assert httpx.delete(f"{server.url}/articles/{seed_id}").status_code == 401
        assert httpx.delete(f"{server.url}/articles/{seed_id}", headers=auth).status_code == 204
        assert httpx.delete(f"{server.url}/articles/{seed_id}", headers=auth).status_code == 404
        assert httpx.get(f"{server.url}/articles/{seed_id}").status_code == 404
    finally:
        server.stop()  # SIGTERM: uvicorn finishes in-flight requests, then re-raises the signal
        assert "Application shutdown complete" in server.log()
    restarted = LiveServer(data, env={"NEWSDESK_ADMIN_TOKEN": "tok"}).wait_ready()
    try:
        ids = {a["id"] for a in httpx.get(f"{restarted.url}/articles").json()}
        assert created.json()["id"] in ids and seed_id not in ids
        assert httpx.get(f"{restarted.url}/health").json()["articles"] == initial
        answer = httpx.get(f"{restarted.url}/ask", params={"q": "What are the red pandas called?"})
        assert "Miso" in answer.json()["answer"]
    finally:
        restarted.stop()


def test_management_disabled_without_token(tmp_path):
    server = LiveServer(tmp_path / "data", env={"NEWSDESK_ADMIN_TOKEN": ""}).wait_ready()
    try:
        response = httpx.post(f"{server.url}/articles", json={"title": "t", "text": "Some text."},
                              headers=AUTH)
        assert response.status_code == 403
    finally:
        server.stop()


# A fixed seed keeps CI repeatable; NEWSDESK_FUZZ_SEED=random explores anew (it found a 500).
FUZZ_SEED = os.environ.get("NEWSDESK_FUZZ_SEED", "20261125")


def test_schemathesis_finds_no_failure(tmp_path):
    server = LiveServer(tmp_path / "data", env={"NEWSDESK_ADMIN_TOKEN": "st-token"}).wait_ready()
    try:
        st = shutil.which("st", path=str(Path(sys.executable).parent)) or "st"
        seed = [] if FUZZ_SEED == "random" else ["--seed", FUZZ_SEED]
        result = subprocess.run(
            [st, "run", f"{server.url}/openapi.json", "--checks", "all",
             "-H", "Authorization: Bearer st-token", "--max-examples", "60",
             "--request-timeout", "30", *seed],
            cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stdout[-6000:]
        assert "No issues found" in result.stdout
    finally:
        server.stop()
