"""The web chat page: GET / and its static assets (plain HTML/JS/CSS, no build step)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

STATIC_DIR = Path(__file__).resolve().parent / "static"

router = APIRouter(include_in_schema=False)


@router.api_route("/", methods=["GET", "HEAD"])
def chat_page() -> FileResponse:
    """Serve the chat page."""
    return FileResponse(STATIC_DIR / "index.html", media_type="text/html")


def static_files() -> StaticFiles:
    """Return the app serving bot/static under /static."""
    return StaticFiles(directory=STATIC_DIR)
