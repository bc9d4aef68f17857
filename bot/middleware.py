"""ASGI middleware of the HTTP API: the request-body limit, and HEAD answered as GET."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from starlette.routing import Match

MAX_BODY_BYTES = 1_000_000

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class BodyLimitMiddleware:
    """Reject request bodies over the limit with 413 before any handler reads them."""

    def __init__(self, app: Callable[..., Awaitable[None]], *, limit: int = MAX_BODY_BYTES):
        """Wrap an ASGI app."""
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Buffer the body (at most `limit` bytes) and replay it to the app."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length", b"0")
        if declared.isdigit() and int(declared) > self.limit:
            await self._too_large(send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.limit:
                await self._too_large(send)
                return
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        try:
            # Every body this API reads is JSON, which RFC 8259 requires to be UTF-8.
            body.decode("utf-8")
        except UnicodeDecodeError as exc:
            await _reject(send, 400, f"request body is not valid UTF-8 (byte "
                                     f"0x{body[exc.start]:02x} at offset {exc.start})")
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _too_large(self, send: Send) -> None:
        await _reject(send, 413, f"request body over {self.limit} bytes")


async def _reject(send: Send, status: int, detail: str) -> None:
    """Send a JSON error response without calling the app."""
    await JSONResponse({"detail": detail}, status)({"type": "http"}, _nothing, send)


async def _nothing() -> Message:
    return {"type": "http.disconnect"}


_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


def allowed_methods(app: FastAPI, path: str) -> list[str]:
    """Return the methods some route of the app (included routers too) serves for a path."""
    methods: set[str] = set()
    for method in _METHODS:
        scope = {"type": "http", "path": path, "method": method, "root_path": "",
                 "headers": [], "query_string": b""}
        if any(route.matches(scope)[0] == Match.FULL for route in app.routes):
            methods.add(method)
    if "GET" in methods:
        methods.add("HEAD")
    return sorted(methods)


class HeadAsGetMiddleware:
    """Answer HEAD as GET without the body: HTTP wants HEAD wherever GET is served."""

    def __init__(self, app: Callable[..., Awaitable[None]]) -> None:
        """Wrap an ASGI app."""
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass GET on for a HEAD request and drop the body of its response."""
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)
