"""Run the HTTP API with uvicorn."""

from __future__ import annotations

import uvicorn

from bot.api import create_app
from bot.settings import Settings


def run_server(settings: Settings) -> None:
    """Serve until SIGINT/SIGTERM; in-flight requests finish before exit."""
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port,
                log_config=None, access_log=False, timeout_graceful_shutdown=30,
                server_header=False)
