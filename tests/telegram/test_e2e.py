"""End to end: a user chats with the real bot process through the Telegram emulator."""

from __future__ import annotations

import html
import re

import pytest

from tests.telegram.conftest import OTHER_TOKEN, TOKEN

pytestmark = pytest.mark.integration


def _ask(emulator, text, *, chat_id=1001, count=1):
    emulator.send(text, chat_id=chat_id)
    return emulator.replies(chat_id=chat_id, count=count)


def test_answer_quote_and_attribution(emulator, bot_process):
    (reply,) = _ask(emulator, "Who leads the US side?", chat_id=2001)
    assert reply["parse_mode"] == "HTML"
    assert "Kevin Kim" in reply["text"].split("</blockquote>")[0]
    assert "— News1, 2025-12-14" in reply["text"] or "— IANS, 2025-12-12" in reply["text"]
    assert reply.get("reply_parameters"), "the reply quotes the user's message"


def test_start_and_sources(emulator, bot_process):
    (start,) = _ask(emulator, "/start", chat_id=2002)
    assert "exact quotes" in start["text"] and "/sources" in start["text"]
    assert start["text"].count("• ") >= 2
    (sources,) = _ask(emulator, "/sources", chat_id=2002)
    assert "IANS, 2025-12-12" in sources["text"] and "News1, 2025-12-14" in sources["text"]


def test_off_topic_question_is_declined_plainly(emulator, bot_process):
    (reply,) = _ask(emulator, "What is the capital of France?", chat_id=2003)
    assert "could not find" in reply["text"] and "/sources" in reply["text"]


def test_follow_up_uses_the_chat_as_conversation(emulator, bot_process):
    _ask(emulator, "Who leads the US side?", chat_id=2004)
    (reply,) = _ask(emulator, "What is his title?", chat_id=2004)
    answer = reply["text"].split("</blockquote>")[0]
    assert "Ambassador" in answer or "Deputy Chief of Mission" in answer


def test_article_with_markup_characters_is_escaped(emulator, bot_process):
    (reply,) = _ask(emulator, "Which award did the Fish & Chips shop win?", chat_id=2005)
    assert "Fish &amp; Chips" in reply["text"]
    assert "&lt;b&gt;Best Chippy&lt;/b&gt;" in reply["text"]
    assert "<b>Best Chippy</b>" not in reply["text"]


def test_bot_survives_a_failing_handler_and_honours_429(emulator, bot_process):
    # The first reply fails with a Bot API error inside the handler: the error handler logs
    # it and apologises; the bot then answers the next question as usual.
    emulator.fail_next_sends("400")
    (apology,) = _ask(emulator, "Who leads the US side?", chat_id=2006)
    assert "something went wrong" in apology["text"]
    emulator.fail_next_sends("429")  # Telegram says "retry after 1 s": the bot waits, resends
    (reply,) = _ask(emulator, "Who is Park Il?", chat_id=2006)
    assert "spokesperson" in reply["text"]
    log = bot_process.read_text()
    assert "error while handling an update" in log
    assert TOKEN not in log and TOKEN.split(":")[1] not in log


def test_non_text_long_and_rate_limited_messages(emulator, bot_process):
    emulator.send_raw({"sticker": {"file_id": "s1", "file_unique_id": "u1", "width": 512,
                                   "height": 512, "is_animated": False, "is_video": False,
                                   "type": "regular"}}, chat_id=2007)
    (reply,) = emulator.replies(chat_id=2007)
    assert "only read text" in reply["text"]
    (reply,) = _ask(emulator, "Who " + "really " * 700 + "leads?", chat_id=2007)
    assert "cannot take that question" in reply["text"] and "1000" in reply["text"]
    for i in range(8):  # the test bot allows 8 questions a minute per chat
        emulator.send(f"Who is Park Il? ({i})", chat_id=2008)
    emulator.replies(chat_id=2008, count=8)
    (notice,) = _ask(emulator, "Who is Park Il?", chat_id=2008)
    assert "faster than I can read" in notice["text"]


def test_groups_answer_only_when_addressed(emulator, bot_process):
    group = -3001
    emulator.send("Who leads the US side?", chat_id=group, chat_type="group")
    emulator.send("/ask Who is Park Il?", chat_id=group, chat_type="group")
    (reply,) = emulator.replies(chat_id=group)
    assert "spokesperson" in reply["text"]  # the unaddressed message got no reply
    emulator.send("@NewsdeskTestBot who leads the US side?", chat_id=group, chat_type="group",
                  extra={"entities": [{"offset": 0, "length": 16, "type": "mention"}]})
    (reply,) = emulator.replies(chat_id=group)
    assert "Kevin Kim" in reply["text"]


def test_http_server_runs_the_bot_in_process(emulator, tmp_path):
    from tests.conftest import LiveServer

    env = {"NEWSDESK_TELEGRAM_TOKEN": TOKEN, "NEWSDESK_TELEGRAM_API_URL": f"{emulator.url}/bot",
           "NEWSDESK_TELEGRAM_POLL_INTERVAL": "0.1"}
    server = LiveServer(tmp_path / "data", env=env).wait_ready()
    try:
        (reply,) = _ask(emulator, "Who is Park Won-gon?", chat_id=2010)
        assert "Ewha Womans University" in reply["text"]
    finally:
        server.stop()
    assert "Application shutdown complete" in server.log()
    assert TOKEN not in server.log()


def test_the_examples_offered_by_start_are_answered(emulator, bot_process):
    (start,) = _ask(emulator, "/start", chat_id=2011)
    examples = [html.unescape(e) for e in re.findall(r"• <i>(.*?)</i>", start["text"])]
    assert len(examples) >= 2
    for number, example in enumerate(examples):
        (reply,) = _ask(emulator, example, chat_id=2100 + number)
        assert "could not find" not in reply["text"], example
        assert "<blockquote>" in reply["text"] and "— " in reply["text"]


def test_telegram_metrics_are_exposed_by_the_server(emulator, tmp_path):
    import httpx

    from tests.conftest import LiveServer

    env = {"NEWSDESK_TELEGRAM_TOKEN": OTHER_TOKEN,
           "NEWSDESK_TELEGRAM_API_URL": f"{emulator.url}/bot",
           "NEWSDESK_TELEGRAM_POLL_INTERVAL": "0.1"}
    server = LiveServer(tmp_path / "data", env=env).wait_ready()
    try:
        for question in ("Who is Park Il?", "How do I bake sourdough bread?"):
            emulator.send(question, chat_id=2020, token=OTHER_TOKEN)
            emulator.replies(chat_id=2020, token=OTHER_TOKEN)
        text = httpx.get(f"{server.url}/metrics").text
    finally:
        server.stop()

    def value(name: str) -> float:
        line = next(x for x in text.splitlines() if x.startswith(name))
        return float(line.rsplit(" ", 1)[1])

    assert value('newsdesk_answers_total{channel="telegram",outcome="answered"}') == 1
    assert value('newsdesk_answers_total{channel="telegram",outcome="declined"}') == 1
    assert value("newsdesk_telegram_updates_total") == 2
    assert value("newsdesk_telegram_errors_total") == 0
