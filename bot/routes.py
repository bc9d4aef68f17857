"""HTTP routes: handlers parse, call the service, and render; no logic of their own."""

from __future__ import annotations

import secrets
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from bot.schemas import (
    MAX_QUESTION_CHARS,
    MAX_TOP_K,
    NOT_BLANK,
    AnswerOut,
    ArticleIn,
    ArticleOut,
    ArticleSummaryOut,
    AskIn,
    ErrorOut,
    HealthOut,
)
from bot.settings import Settings
from retrieval.models import Answer
from retrieval.service import QAService

router = APIRouter()
bearer = HTTPBearer(auto_error=False, description="NEWSDESK_ADMIN_TOKEN")


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """Document error responses (all share the ErrorOut body)."""
    meaning = {400: "Malformed request (invalid JSON or text encoding)",
               401: "Missing or wrong bearer token", 403: "Article management is disabled",
               404: "No article with that id", 413: "Request body over 1 MB",
               422: "Invalid input; `detail` says what is wrong",
               503: "The index is not loaded yet; retry shortly"}
    return {code: {"model": ErrorOut, "description": meaning[code]} for code in codes}


def get_service(request: Request) -> QAService:
    """Return the service built at start-up, or 503 while it is still loading."""
    service: QAService | None = request.app.state.service
    if service is None:
        # Uvicorn binds the port only after the lifespan built the service, so this is reached
        # only when the app is served from a pre-bound socket (--fd, several workers).
        raise HTTPException(503, "the model and index are still loading; retry shortly",
                            headers={"Retry-After": "5"})
    return service


def get_settings(request: Request) -> Settings:
    """Return the application settings."""
    return request.app.state.settings


Service = Annotated[QAService, Depends(get_service)]
ArticleId = Annotated[str, Path(min_length=1, max_length=64)]


def require_admin(
    settings: Annotated[Settings, Depends(get_settings)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> None:
    """Allow the request only with the configured admin bearer token."""
    if settings.admin_token is None:
        raise HTTPException(403, "article management is disabled: set NEWSDESK_ADMIN_TOKEN")
    expected = settings.admin_token.get_secret_value().encode()
    given = (credentials.credentials if credentials else "").encode()
    if not secrets.compare_digest(given, expected):
        raise HTTPException(401, "missing or wrong bearer token",
                            headers={"WWW-Authenticate": "Bearer"})


def _answer_response(answer: Answer) -> Response:
    """Serialise the answer once (FastAPI would validate a returned model all over again)."""
    return Response(AnswerOut.of(answer).model_dump_json(), media_type="application/json")


def _conversation(conversation_id: str | None) -> str | None:
    """Namespace HTTP conversation ids, so no client can join a Telegram chat's context."""
    return f"http:{conversation_id}" if conversation_id else None


def _note_outcome(request: Request, question: str, answered: bool) -> None:
    """Leave the outcome for the request log and metrics (bot.metrics)."""
    request.state.question = question
    request.state.answered = answered


@router.post("/ask", response_model=AnswerOut, responses=_errors(400, 413, 422, 503),
             summary="Answer a question with verbatim quotes")
async def ask_post(body: AskIn, service: Service, request: Request) -> Response:
    """Answer from the articles; `answered` is false when they do not say."""
    answer = await run_in_threadpool(service.ask, body.question, top_k=body.top_k,
                                     conversation_id=_conversation(body.conversation_id))
    _note_outcome(request, body.question, answer.answered)
    return _answer_response(answer)


@router.get("/ask", response_model=AnswerOut, responses=_errors(422, 503),
            summary="Answer a question (query-string form of POST /ask)")
async def ask_get(
    service: Service,
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=MAX_QUESTION_CHARS, pattern=NOT_BLANK,
                            description="The question; not only whitespace.")],
    top_k: Annotated[int, Query(ge=1, le=MAX_TOP_K)] = 3,
    conversation_id: Annotated[str | None, Query(max_length=200)] = None,
) -> Response:
    """Same as POST /ask."""
    answer = await run_in_threadpool(service.ask, q, top_k=top_k,
                                     conversation_id=_conversation(conversation_id))
    _note_outcome(request, q, answer.answered)
    return _answer_response(answer)


@router.get("/articles", response_model=list[ArticleSummaryOut], responses=_errors(503),
            summary="List the articles")
def list_articles(service: Service) -> list[ArticleSummaryOut]:
    """Every served article, newest first."""
    return [ArticleSummaryOut.of(a, count) for a, count in service.article_summaries()]


@router.get("/articles/{article_id}", response_model=ArticleOut,
            responses=_errors(404, 422, 503), summary="One article with its cleaned text")
def get_article(article_id: ArticleId, service: Service) -> ArticleOut:
    """The article whose `text` the quotes' offsets refer to."""
    article = service.article(article_id)
    summary = ArticleSummaryOut.of(article, service.passage_count(article.id))
    return ArticleOut(**summary.model_dump(), text=article.text)


@router.post("/articles", response_model=ArticleOut, status_code=201,
             responses={200: {"model": ArticleOut, "description": "Already present (same text)"},
                        **_errors(400, 401, 403, 413, 422, 503)},
             dependencies=[Depends(require_admin)], summary="Add an article")
async def add_article(body: ArticleIn, service: Service, response: Response) -> ArticleOut:
    """Clean, embed and index an article; the same text again returns the existing one."""
    article, created = await run_in_threadpool(
        service.add_article, title=body.title, text=body.text, outlet=body.outlet,
        published=body.published, url=body.url)
    if not created:
        response.status_code = 200
    summary = ArticleSummaryOut.of(article, service.passage_count(article.id))
    return ArticleOut(**summary.model_dump(), text=article.text)


@router.delete("/articles/{article_id}", status_code=204,
               responses=_errors(401, 403, 404, 422, 503),
               dependencies=[Depends(require_admin)],
               summary="Remove an article")
async def remove_article(article_id: ArticleId, service: Service) -> Response:
    """Stop serving an article, now and after restarts."""
    await run_in_threadpool(service.remove_article, article_id)
    return Response(status_code=204)


@router.get("/health", response_model=HealthOut, responses=_errors(503),
            summary="Readiness and index size")
def health(service: Service) -> HealthOut:
    """Answered once the model and index are loaded."""
    stats = service.stats()
    return HealthOut(status="ok", articles=stats.articles, passages=stats.passages,
                     model=stats.model)
