"""Run the HTTP API with uvicorn."""

from __future__ import annotations

import errno
import socket

import uvicorn

from bot.api import create_app
from bot.settings import Settings
from retrieval.errors import ServerStartError


def check_can_listen(host: str, port: int) -> None:
    """Bind host:port and let it go, so a taken port is reported before the model loads.

    Args:
        host: The address the server will listen on.
        port: The port it will listen on.

    Raises:
        ServerStartError: When the port is in use or the address cannot be bound.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_STREAM) as sock:
            # As uvicorn binds: a port left in TIME_WAIT by an earlier run is not "in use".
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((host, port))
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise ServerStartError(f"port {port} is in use; choose another with --port or "
                                   "NEWSDESK_PORT") from None
        raise ServerStartError(f"cannot listen on {host}:{port} ({exc.strerror or exc}); "
                               "choose another address with --host or NEWSDESK_HOST, or "
                               "another port with --port or NEWSDESK_PORT") from None


def run_server(settings: Settings) -> None:
    """Serve until SIGINT/SIGTERM; in-flight requests finish before exit.

    Raises:
        ServerStartError: When the port cannot be bound (checked before the model loads).
    """
    check_can_listen(settings.host, settings.port)
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port,
                log_config=None, access_log=False, timeout_graceful_shutdown=30,
                server_header=False)
