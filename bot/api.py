"""The FastAPI application: factory, lifespan (model and index built once), errors, limits."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException as StarletteHTTPException

from bot import metrics, web
from bot.metrics import RequestLogMiddleware
from bot.middleware import BodyLimitMiddleware, HeadAsGetMiddleware, allowed_methods
from bot.routes import router
from bot.schemas import HAS_WORDS, HTTP_URL, NOT_BLANK
from bot.settings import Settings
from retrieval.errors import (
    ArticleFormatError,
    ArticleNotFoundError,
    InvalidQuestionError,
    NewsdeskError,
)
from retrieval.service import QAService

logger = logging.getLogger(__name__)

_PATTERN_MEANING = {
    NOT_BLANK: "must not be empty or only whitespace",
    HAS_WORDS: "must contain words (two letters in a row), not only digits, punctuation or spaces",
    HTTP_URL: "must be an absolute http(s) URL (a port, if any, from 1 to 65535), like "
              "https://example.org/news/story",
}

# The field a core error is about, per route: its 422 names it as the schema's checks do.
_FIELD_OF_ROUTE = {("POST", "/ask"): ["body", "question"], ("GET", "/ask"): ["query", "q"],
                   ("POST", "/articles"): ["body", "text"]}


def _field_problem(request: Request, message: str) -> dict[str, Any]:
    """Render a core error as one validation problem {loc, msg, type}."""
    route = getattr(request.scope.get("route"), "path", request.url.path)
    loc = _FIELD_OF_ROUTE.get((request.method, route), ["body"])
    # build_article names where an article came from ("api: no article text left ..."); the
    # loc says that here.
    return {"loc": loc, "msg": message.removeprefix("api: "), "type": "value_error"}


# What a body looks like, per route, for the message about a body that is no JSON object.
_BODY_EXAMPLES = {"/articles": '{"title": "Museum reopens", "text": "The museum reopens ..."}'}


def _body_problem(request: Request, error: dict[str, Any]) -> str | None:
    """Say what is wrong with a body that is not a JSON object, or None for other problems."""
    if tuple(error.get("loc", ())) != ("body",) or error.get("type") == "json_invalid":
        return None
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media != "application/json" and not media.endswith("+json"):
        return (f"the body must be JSON sent with the header Content-Type: application/json "
                f"(this request's is {media or 'missing'}; with curl, add "
                "-H 'Content-Type: application/json')")
    if error.get("type") == "missing":
        return "the body is empty; send a JSON object"
    example = (_BODY_EXAMPLES.get(getattr(request.scope.get("route"), "path", ""))
               or '{"question": "Who leads?"}')
    return f"the body must be a JSON object, like {example}"


def _error_handlers(app: FastAPI) -> None:
    """Map the core's errors to 4xx JSON responses in one place.

    Every 422 has the same body, whichever check refused: `detail` is a list of
    {loc, msg, type} problems, as FastAPI renders the schema's checks.
    """
    def not_found(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=404)

    app.add_exception_handler(ArticleNotFoundError, not_found)

    def invalid_field(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse({"detail": [_field_problem(request, str(exc))]}, status_code=422)

    invalid: list[type[NewsdeskError]] = [InvalidQuestionError, ArticleFormatError]
    for error_type in invalid:
        app.add_exception_handler(error_type, invalid_field)

    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for error in exc.errors():
            problem = {k: error[k] for k in ("loc", "msg", "type") if k in error}
            pattern = (error.get("ctx") or {}).get("pattern")
            if error.get("type") == "string_pattern_mismatch" and pattern in _PATTERN_MEANING:
                problem["msg"] = _PATTERN_MEANING[pattern]
            elif error.get("type") == "json_invalid" and (error.get("ctx") or {}).get("error"):
                problem["msg"] = f"malformed JSON: {error['ctx']['error']}"
            elif (body := _body_problem(request, error)) is not None:
                problem["msg"] = body
            problems.append(problem)
        malformed = any(p.get("type") == "json_invalid" for p in problems)
        return JSONResponse({"detail": problems}, status_code=400 if malformed else 422)

    app.add_exception_handler(RequestValidationError, invalid_request)  # type: ignore[arg-type]

    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            # Starlette names only the first route's methods; list every route's.
            headers["Allow"] = ", ".join(allowed_methods(request.app, request.url.path))
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=headers)

    app.add_exception_handler(StarletteHTTPException, http_error)  # type: ignore[arg-type]

    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        logger.exception("unhandled error on %s %s", request.method, request.url.path)
        return JSONResponse({"detail": "internal error; it has been logged"}, status_code=500)

    app.add_exception_handler(Exception, unexpected)


def create_app(settings: Settings, *, service: QAService | None = None) -> FastAPI:
    """Build the application; the service is built at start-up unless one is given.

    Args:
        settings: The application settings (admin token, limits, Telegram).
        service: A ready service (tests); None builds one in the lifespan.

    Returns:
        The FastAPI app. Uvicorn binds its port only after the lifespan start-up, so no
        request is answered before the index is loaded; served from a socket bound earlier,
        every route answers 503 with Retry-After until then.
    """

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if app.state.service is None:
            from bot.wiring import build_service

            app.state.service = await asyncio.to_thread(build_service, settings)
        telegram = None
        if settings.telegram_token is not None:
            from bot.telegram_lifecycle import start_bot, stop_bot

            telegram = await start_bot(settings, app.state.service)
        try:
            yield
        finally:
            if telegram is not None:
                await stop_bot(telegram)

    # The docs pages load Swagger UI and ReDoc from the package, not a CDN: they work offline.
    app = FastAPIOffline(
        title="newsdesk",
        version="0.1.0",
        summary="Answers questions about news articles with verbatim, attributed quotes.",
        lifespan=lifespan,
    )
    app.state.service = service
    app.state.settings = settings
    app.include_router(router)
    app.include_router(web.router)
    app.include_router(metrics.router)
    app.mount("/static", web.static_files(), name="static")
    _error_handlers(app)
    app.add_middleware(HeadAsGetMiddleware)  # type: ignore[arg-type]
    app.add_middleware(BodyLimitMiddleware)  # type: ignore[arg-type]
    app.add_middleware(RequestLogMiddleware,  # type: ignore[arg-type]
                       log_questions=settings.log_questions)
    return app
