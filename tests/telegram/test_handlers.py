"""The bot's handlers in process, over small articles, with replies read from the emulator.

Updates the emulator cannot produce (edited messages, photos, replies to the bot) are fed to
`Application.process_update`; the bot still talks to the emulator's Bot API for everything else.
"""

from __future__ import annotations

import asyncio
import itertools
import subprocess
import time
from typing import Any

import httpx
import pytest
from telegram import Update

from bot.settings import Settings
from bot.telegram_bot import build_application
from retrieval.service import QAService
from tests.telegram.conftest import TOKEN, Emulator

pytestmark = pytest.mark.integration

BOT_ID = 666  # the emulator's getMe
_ids = itertools.count(1)


def _message(chat_id: int, text: str | None = None, *, chat_type: str = "private",
             **extra: Any) -> dict[str, Any]:
    """A user's message as the Bot API would deliver it."""
    chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
    chat.update({"first_name": "Tester"} if chat_type == "private" else {"title": "Newsroom"})
    message: dict[str, Any] = {"message_id": next(_ids), "date": int(time.time()), "chat": chat,
                               "from": {"id": 42, "first_name": "Tester", "is_bot": False}}
    if text is not None:
        message["text"] = text
        if text.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0,
                                    "length": len(text.split()[0])}]
    return {**message, **extra}


def _process(emulator: Emulator, service: QAService, updates: list[dict[str, Any]], *,
             rate_limit: int = 20) -> None:
    """Run a fresh application over `updates`, one after the other, then shut it down."""
    settings = Settings(telegram_token=TOKEN, telegram_api_url=f"{emulator.url}/bot",
                        telegram_rate_limit=rate_limit, articles_dir=None)

    async def run() -> None:
        app = build_application(settings, service)
        await app.initialize()
        try:
            for update in updates:
                await app.process_update(Update.de_json(
                    {"update_id": next(_ids), **update}, app.bot))
        finally:
            await app.shutdown()

    asyncio.run(run())


def _sent(emulator: Emulator, chat_id: int) -> list[dict[str, Any]]:
    """Every message the bot has sent to the chat and the test has not read yet."""
    response = httpx.post(f"{emulator.url}/getUpdates", json={"token": TOKEN, "chatId": chat_id})
    return [u["message"] for u in response.json()["result"]]


def test_private_question_is_answered_with_an_attributed_quote(emulator, fake_service):
    _process(emulator, fake_service,
             [{"message": _message(101, "When will the bridge repair work start?")}])
    (reply,) = _sent(emulator, 101)
    assert "April 1" in reply["text"].split("</blockquote>")[0]
    assert "— Coast Times, 2025-03-03: Harbour bridge to close for repairs" in reply["text"]
    assert reply["parse_mode"] == "HTML"


def test_edited_messages_are_ignored(emulator, fake_service):
    _process(emulator, fake_service,
             [{"edited_message": _message(102, "When will the bridge repair work start?",
                                          edit_date=int(time.time()))}])
    assert _sent(emulator, 102) == []


def test_photos_stickers_empty_text_and_unknown_commands_get_a_hint(emulator, fake_service):
    photo = [{"file_id": "p", "file_unique_id": "u", "width": 10, "height": 10}]
    _process(emulator, fake_service, [
        {"message": _message(103, photo=photo)},
        {"message": _message(103, "")},
        {"message": _message(103, "/frobnicate")},
    ])
    photo_reply, empty_reply, command_reply = _sent(emulator, 103)
    assert "only read text" in photo_reply["text"] and "only read text" in empty_reply["text"]
    assert "/sources" in command_reply["text"]


def test_groups_answer_replies_to_the_bot_and_ignore_the_rest(emulator, fake_service):
    bot_message = {"message_id": 1, "date": int(time.time()), "text": "earlier answer",
                   "chat": {"id": -104, "type": "group", "title": "Newsroom"},
                   "from": {"id": BOT_ID, "is_bot": True, "first_name": "Newsdesk Test"}}
    _process(emulator, fake_service, [
        {"message": _message(-104, "When will the bridge repair work start?",
                             chat_type="supergroup")},
        {"message": _message(-104, "Who is the head librarian?", chat_type="supergroup",
                             reply_to_message=bot_message)},
        {"message": _message(-104, "/ask", chat_type="supergroup")},
    ])
    answer, hint = _sent(emulator, -104)
    assert "Mia Chen" in answer["text"]
    assert "Ask me a question, for example" in hint["text"]


def test_rate_limit_notice_is_sent_once_per_window(emulator, fake_service):
    question = {"message": _message(105, "Who is the head librarian?")}
    _process(emulator, fake_service, [question] * 5, rate_limit=2)
    replies = [m["text"] for m in _sent(emulator, 105)]
    assert len(replies) == 3, replies
    assert "Mia Chen" in replies[0] and "Mia Chen" in replies[1]
    assert "faster than I can read" in replies[2] and "2 questions a minute" in replies[2]


def test_telegram_429_delays_the_reply_instead_of_losing_it(emulator, fake_service):
    emulator.fail_next_sends("429")  # "retry after 1 s"
    started = time.monotonic()
    _process(emulator, fake_service, [{"message": _message(106, "Who is the head librarian?")}])
    (reply,) = _sent(emulator, 106)
    assert "Mia Chen" in reply["text"] and time.monotonic() - started >= 1.0


def test_question_markup_is_escaped_in_the_declined_reply(emulator, fake_service):
    _process(emulator, fake_service,
             [{"message": _message(107, "Is <b>Tom</b> & Jerry's <script> here?")}])
    (reply,) = _sent(emulator, 107)
    assert "Is &lt;b&gt;Tom&lt;/b&gt; &amp; Jerry" in reply["text"]
    assert "<script>" not in reply["text"]


def test_in_process_bot_starts_once_the_bot_api_becomes_reachable(
        fake_service, tmp_path, monkeypatch):
    from bot import telegram_lifecycle
    from tests.conftest import free_port
    from tests.telegram.conftest import HERE, _ensure_node_modules

    _ensure_node_modules()
    monkeypatch.setattr(telegram_lifecycle, "START_RETRY_FIRST", 0.2)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    settings = Settings(telegram_token=TOKEN, telegram_api_url=f"{url}/bot",
                        telegram_poll_interval=0.1, articles_dir=None)

    async def run() -> str:
        app = await telegram_lifecycle.start_bot(settings, fake_service)  # nothing listens yet
        assert not app.running
        log = (tmp_path / "emulator.log").open("wb")
        node = subprocess.Popen(["node", "emulator.js", str(port)], cwd=HERE, stdout=log,
                                stderr=subprocess.STDOUT)
        try:
            async with httpx.AsyncClient(base_url=url) as client:
                for _ in range(200):
                    if app.running and app.updater is not None and app.updater.running:
                        break
                    await asyncio.sleep(0.1)
                assert app.running, "the bot never started"
                message = _message(108, "Who is the head librarian?")
                await client.post("/sendMessage", json={"botToken": TOKEN, **message})
                for _ in range(100):
                    result = (await client.post("/getUpdates", json={
                        "token": TOKEN, "chatId": 108})).json()["result"]
                    if result:
                        return result[0]["message"]["text"]
                    await asyncio.sleep(0.1)
                return ""
        finally:
            await telegram_lifecycle.stop_bot(app)
            node.terminate()
            node.wait(timeout=10)
            log.close()

    assert "Mia Chen" in asyncio.run(run())


def test_stopping_a_bot_that_never_reached_the_bot_api(fake_service):
    from bot import telegram_lifecycle
    from tests.conftest import free_port

    settings = Settings(telegram_token=TOKEN, articles_dir=None,
                        telegram_api_url=f"http://127.0.0.1:{free_port()}/bot")

    async def run() -> None:
        app = await telegram_lifecycle.start_bot(settings, fake_service)
        await telegram_lifecycle.stop_bot(app)
        assert not app.running and app.bot_data["starting"].cancelled()

    asyncio.run(run())
