"""Bot pieces without any server: rate limit, question parsing, Bot API retries, notices."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from telegram import Chat, Message
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut

from bot import telegram_delivery
from bot.rendering import render_ask_hint, render_invalid, render_rate_limited
from bot.telegram_bot import _question_from
from bot.telegram_delivery import RateLimiter, send_with_retry


class Clock:
    """A hand-moved clock for the rate limiter."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_rate_limit_allows_then_notifies_once_then_drops_until_the_window_passes():
    clock = Clock()
    limiter = RateLimiter(3, clock=clock)
    assert [limiter.check(7) for _ in range(3)] == ["allow"] * 3
    assert limiter.check(7) == "notify"
    assert limiter.check(7) == "drop" and limiter.check(7) == "drop"
    assert limiter.check(8) == "allow"  # other chats are not affected
    clock.now += 61
    assert limiter.check(7) == "allow"
    assert [limiter.check(7) for _ in range(3)] == ["allow", "allow", "notify"]


def test_rate_limit_forgets_idle_chats(monkeypatch):
    monkeypatch.setattr(telegram_delivery, "MAX_TRACKED_CHATS", 10)
    clock = Clock()
    limiter = RateLimiter(1, clock=clock)
    for chat in range(11):
        limiter.check(chat)
    assert limiter.check(0) == "notify"
    clock.now += 61
    limiter.check(99)  # over 10 chats tracked: the idle ones are dropped
    assert len(limiter._events) == 1


def _message(text: str) -> Message:
    return Message(1, datetime.now(UTC), Chat(5, "group"), text=text)


@pytest.mark.parametrize(("text", "question"), [
    ("/ask Who leads the US side?", "Who leads the US side?"),
    ("/ask@NewsdeskTestBot   Who leads?", "Who leads?"),
    ("/ask", ""),
    ("/ask@NewsdeskTestBot", ""),
    ("@newsdesktestbot who is Park Il?", "who is Park Il?"),
    ("Tell me, @NewsdeskTestBot, who leads?", "Tell me, , who leads?"),
    ("Who leads? @NewsdeskTestBotX", "Who leads? @NewsdeskTestBotX"),
])
def test_question_is_taken_without_the_command_and_mention(text, question):
    assert _question_from(_message(text), "NewsdeskTestBot") == question


def _run_with(failures: list[Exception], monkeypatch: pytest.MonkeyPatch) -> tuple[int, list]:
    """Run send_with_retry over a call failing with `failures` first; return calls, sleeps."""
    calls, sleeps = 0, []

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async def send() -> str:
        nonlocal calls
        calls += 1
        if failures:
            raise failures.pop(0)
        return "sent"

    monkeypatch.setattr(telegram_delivery.asyncio, "sleep", fake_sleep)
    assert asyncio.run(send_with_retry(send)) == "sent"
    return calls, sleeps


def test_retry_after_is_honoured(monkeypatch):
    calls, sleeps = _run_with([RetryAfter(3)], monkeypatch)
    assert calls == 2 and sleeps == [3.0]


def test_network_errors_are_retried_with_backoff(monkeypatch):
    calls, sleeps = _run_with([NetworkError("reset"), TimedOut()], monkeypatch)
    assert calls == 3 and sleeps == [0.5, 1.0]


def test_bad_requests_and_endless_failures_are_not_retried_forever(monkeypatch):
    with pytest.raises(BadRequest):
        _run_with([BadRequest("can't parse entities")], monkeypatch)
    with pytest.raises(NetworkError):
        _run_with([NetworkError("down")] * 10, monkeypatch)
    with pytest.raises(RetryAfter):
        _run_with([RetryAfter(3600)], monkeypatch)  # an hour: give up, do not hang


def test_notices_escape_what_they_repeat():
    assert render_invalid("the question is <b>empty</b> & bare") == (
        "Sorry, I cannot take that question: the question is &lt;b&gt;empty&lt;/b&gt; "
        "&amp; bare.")
    hint = render_ask_hint(["Who & why?"])
    assert hint == "Ask me a question, for example: <i>Who &amp; why?</i>"
    assert "/ask" in render_ask_hint([])
    assert "20 questions a minute" in render_rate_limited(20)
