"""Telegram delivery: the per-chat rate limit, and replies sent despite floods and drops."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any, Literal

from telegram import LinkPreviewOptions, Message
from telegram.constants import ChatAction
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError

logger = logging.getLogger(__name__)

SEND_ATTEMPTS = 4
# Longest Telegram flood wait honoured in place; beyond it the reply is given up (and logged).
MAX_RETRY_AFTER = 120.0
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
MAX_TRACKED_CHATS = 10_000

Decision = Literal["allow", "notify", "drop"]


class RateLimiter:
    """At most `limit` questions per chat in any 60-second window; one notice per window."""

    def __init__(self, limit: int, *, window: float = 60.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        """Allow `limit` events per `window` seconds per key."""
        self._limit, self._window, self._clock = limit, window, clock
        self._events: dict[int, deque[float]] = {}
        self._notified: dict[int, float] = {}

    def check(self, key: int) -> Decision:
        """Record a question for `key`: allow it, or refuse with a notice (once), or silently."""
        now = self._clock()
        if len(self._events) > MAX_TRACKED_CHATS:
            self._forget_idle(now)
        events = self._events.setdefault(key, deque())
        while events and now - events[0] > self._window:
            events.popleft()
        if len(events) < self._limit:
            events.append(now)
            return "allow"
        if now - self._notified.get(key, -self._window - 1) > self._window:
            self._notified[key] = now
            return "notify"  # the bot must not flood a flooding chat with notices
        return "drop"

    def _forget_idle(self, now: float) -> None:
        """Drop chats with no question in the window, so memory stays bounded."""
        for key in [k for k, ev in self._events.items() if not ev or now - ev[-1] > self._window]:
            del self._events[key]
            self._notified.pop(key, None)

    def allow(self, key: int) -> bool:
        """Record a question for `key`; False when it is over the limit."""
        return self.check(key) == "allow"


def _seconds(wait: int | float | timedelta) -> float:
    """Return RetryAfter.retry_after in seconds (an int or a timedelta, by PTB setting)."""
    return wait.total_seconds() if isinstance(wait, timedelta) else float(wait)


async def send_with_retry(send: Callable[[], Awaitable[Any]]) -> Any:
    """Call a Bot API method, honouring 429 retry_after and retrying network errors."""
    for attempt in range(1, SEND_ATTEMPTS + 1):
        try:
            return await send()
        except RetryAfter as exc:
            seconds = _seconds(exc.retry_after)
            if attempt == SEND_ATTEMPTS or seconds > MAX_RETRY_AFTER:
                raise
            logger.warning("Telegram asked to slow down; retrying in %.1f s", seconds)
            await asyncio.sleep(seconds)
        except BadRequest:
            raise  # a NetworkError subclass, but resending the same request cannot help
        except NetworkError as exc:  # TimedOut included
            if attempt == SEND_ATTEMPTS:
                raise
            logger.warning("Bot API network error (%s); retry %d", exc, attempt)
            await asyncio.sleep(0.5 * 2 ** (attempt - 1))
    raise AssertionError("unreachable: the last attempt returns or raises")


async def reply(message: Message, parts: list[str]) -> None:
    """Send HTML parts as replies quoting the user's message, without link previews."""
    for part in parts:
        await send_with_retry(lambda part=part: message.reply_html(
            part, do_quote=True, link_preview_options=NO_PREVIEW))


async def show_typing(message: Message) -> None:
    """Show "typing"; never let a failure here stop the answer."""
    try:
        await message.get_bot().send_chat_action(message.chat_id, ChatAction.TYPING)
    except TelegramError as exc:
        logger.debug("typing indicator failed: %s", exc)
