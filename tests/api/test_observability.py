"""Metrics, request ids, structured logs and secret redaction."""

from __future__ import annotations

import io
import json
import logging

import pytest
from fastapi.testclient import TestClient

from bot.api import create_app
from bot.settings import Settings
from bot.wiring import JsonFormatter, RedactingFilter, configure_logging


def _client(service, tmp_path, **settings) -> TestClient:
    return TestClient(create_app(Settings(data_dir=tmp_path / "d", **settings), service=service))


def test_metrics_count_requests_answers_and_index(fake_service, tmp_path):
    with _client(fake_service, tmp_path) as client:
        client.post("/ask", json={"question": "When will the bridge repair work start?"})
        client.get("/ask", params={"q": "zzzz qqqq"})
        client.get("/articles/missing")
        text = client.get("/metrics").text
    assert 'newsdesk_http_requests_total{method="POST",route="/ask",status="200"}' in text
    assert 'route="/articles/{article_id}",status="404"' in text
    assert 'newsdesk_answers_total{channel="http",outcome="answered"}' in text
    assert 'newsdesk_answers_total{channel="http",outcome="declined"}' in text
    assert "newsdesk_index_articles 3.0" in text
    assert "newsdesk_http_request_duration_seconds_bucket" in text
    assert "newsdesk_model_inference_seconds" in text


def test_request_id_is_returned_and_kept_when_given(fake_service, tmp_path):
    with _client(fake_service, tmp_path) as client:
        generated = client.get("/health").headers["x-request-id"]
        assert len(generated) == 16
        given = client.get("/health", headers={"X-Request-ID": "abc-123"})
        assert given.headers["x-request-id"] == "abc-123"


@pytest.mark.parametrize("log_questions", [True, False])
def test_request_log_line_has_outcome_and_question_only_when_allowed(
        fake_service, tmp_path, caplog, log_questions):
    with caplog.at_level(logging.INFO, logger="newsdesk.requests"), \
            _client(fake_service, tmp_path, log_questions=log_questions) as client:
        client.post("/ask", json={"question": "Who is the head librarian?"},
                    headers={"X-Request-ID": "req-1"})
    (record,) = [r for r in caplog.records if getattr(r, "request_id", "") == "req-1"]
    assert record.levelno == logging.INFO
    assert record.status == 200 and record.route == "/ask" and record.latency_ms > 0
    assert record.answered is True
    assert (getattr(record, "question", None) == "Who is the head librarian?") is log_questions
    info_text = " ".join(r.getMessage() for r in caplog.records if r.levelno >= logging.INFO)
    assert ("librarian" in info_text) is log_questions
    # The text line carries what the JSON fields carry.
    assert "id=req-1 answered" in record.getMessage()


def test_json_log_lines_and_token_redaction():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RedactingFilter(["123:SECRET"]))
    log = logging.getLogger("test.redaction")
    log.addHandler(handler)
    log.propagate = False
    try:
        log.warning("calling https://api.telegram.org/bot123:SECRET/getMe", extra={"x": 1})
        try:
            raise RuntimeError("url https://api.telegram.org/bot123:SECRET/sendMessage")
        except RuntimeError:
            log.exception("failed")
    finally:
        log.removeHandler(handler)
    lines = [json.loads(line) for line in stream.getvalue().splitlines() if line.startswith("{")]
    assert lines[0]["message"] == "calling https://api.telegram.org/bot<redacted>/getMe"
    assert lines[0]["x"] == 1 and lines[0]["level"] == "WARNING"
    assert "SECRET" not in stream.getvalue()
    assert "<redacted>" in lines[1]["exception"]


def test_configure_logging_installs_json_and_redaction(capsys):
    settings = Settings(log_format="json", telegram_token="999:TOPSECRET")
    configure_logging(settings)
    try:
        logging.getLogger("any").warning("token 999:TOPSECRET here")
        err = capsys.readouterr().err.strip().splitlines()[-1]
        assert json.loads(err)["message"] == "token <redacted> here"
    finally:
        configure_logging(Settings(log_format="text"))
