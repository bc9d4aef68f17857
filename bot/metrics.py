"""Prometheus metrics and per-request structured logs (request id, latency, outcome).

Metrics live in the process's default registry and are defined once at import, so building
several apps (as tests do) never registers them twice.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from typing import Any

import numpy as np
from fastapi import APIRouter, Request
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest

from retrieval.embedding import Embedder

logger = logging.getLogger("newsdesk.requests")

_LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
HTTP_REQUESTS = Counter("newsdesk_http_requests_total", "HTTP requests handled",
                        ["method", "route", "status"])
HTTP_LATENCY = Histogram("newsdesk_http_request_duration_seconds", "HTTP request latency",
                         ["method", "route"], buckets=_LATENCY_BUCKETS)
ANSWERS = Counter("newsdesk_answers_total", "Questions by outcome", ["outcome", "channel"])
INDEX_ARTICLES = Gauge("newsdesk_index_articles", "Articles served")
INDEX_PASSAGES = Gauge("newsdesk_index_passages", "Passages indexed")
INFERENCE = Histogram("newsdesk_model_inference_seconds", "Time per embedding model call",
                      buckets=_LATENCY_BUCKETS)
INFERENCE_TEXTS = Counter("newsdesk_model_texts_total", "Texts embedded by the model")
TELEGRAM_UPDATES = Counter("newsdesk_telegram_updates_total", "Telegram updates handled")
TELEGRAM_ERRORS = Counter("newsdesk_telegram_errors_total", "Telegram updates that failed")

router = APIRouter(include_in_schema=False)


@router.get("/metrics")
def metrics(request: Request) -> Response:
    """Prometheus text exposition of every newsdesk metric."""
    service = request.app.state.service
    if service is not None:
        stats = service.stats()
        INDEX_ARTICLES.set(stats.articles)
        INDEX_PASSAGES.set(stats.passages)
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)


class InstrumentedEmbedder:
    """Wraps an Embedder to time each model call."""

    def __init__(self, inner: Embedder) -> None:
        """Measure calls made to `inner`."""
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self.backend = getattr(inner, "backend", "")

    def encode(self, texts: Sequence[str], *, show_progress: bool = False) -> np.ndarray:
        """Embed through the wrapped model, observing the call's duration."""
        start = time.perf_counter()
        try:
            return self.inner.encode(texts, show_progress=show_progress)
        finally:
            INFERENCE.observe(time.perf_counter() - start)
            INFERENCE_TEXTS.inc(len(texts))


Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
App = Callable[[Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]],
               Awaitable[None]]


class RequestLogMiddleware:
    """Counts and times every HTTP request and logs one structured line for it."""

    def __init__(self, app: App, *, log_questions: bool = True) -> None:
        """Wrap an ASGI app; `log_questions` False keeps question text out of INFO logs."""
        self.app = app
        self.log_questions = log_questions

    async def __call__(self, scope: Scope, receive: Callable[[], Awaitable[Message]],
                       send: Callable[[Message], Awaitable[None]]) -> None:
        """Serve the request, then record metrics and the log line."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        given = headers.get(b"x-request-id", b"").decode("latin-1")[:64]
        request_id = given if given.replace("-", "").isalnum() else uuid.uuid4().hex[:16]
        status = 500
        start = time.perf_counter()

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"],
                                      (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            self._record(scope, status, time.perf_counter() - start, request_id)

    def _record(self, scope: Scope, status: int, seconds: float, request_id: str) -> None:
        route = getattr(scope.get("route"), "path", None) or "unmatched"
        method = scope.get("method", "")
        HTTP_REQUESTS.labels(method, route, str(status)).inc()
        HTTP_LATENCY.labels(method, route).observe(seconds)
        state = scope.get("state") or {}
        extra: dict[str, Any] = {"request_id": request_id, "method": method, "route": route,
                                 "status": status, "latency_ms": round(seconds * 1000, 2)}
        if "answered" in state:
            extra["answered"] = state["answered"]
            ANSWERS.labels("answered" if state["answered"] else "declined", "http").inc()
        if "question" in state:
            if self.log_questions:
                extra["question"] = state["question"]
            else:
                logger.debug("question %s: %r", request_id, state["question"])
        # The text line says what the JSON fields say: the id, the outcome, the question.
        outcome = "" if "answered" not in extra else (
            " answered" if extra["answered"] else " declined")
        asked = f" {extra['question']!r}" if "question" in extra else ""
        logger.info("%s %s %s %.1f ms id=%s%s%s", method, route, status, seconds * 1000,
                    request_id, outcome, asked, extra=extra)
