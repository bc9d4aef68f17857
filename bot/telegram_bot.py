"""The Telegram bot (python-telegram-bot): wiring in one function, thin handlers."""

from __future__ import annotations

import asyncio
import logging
import re
import time
import weakref
from collections import deque
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any, Literal

from telegram import LinkPreviewOptions, Message, MessageEntity, Update
from telegram.constants import ChatAction
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError
from telegram.ext import (
    Application,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.metrics import ANSWERS, TELEGRAM_ERRORS, TELEGRAM_UPDATES
from bot.rendering import (
    APOLOGY,
    ONLY_TEXT,
    render_answer,
    render_ask_hint,
    render_help,
    render_invalid,
    render_rate_limited,
    render_sources,
)
from bot.settings import Settings
from retrieval.errors import InvalidQuestionError
from retrieval.service import QAService

logger = logging.getLogger(__name__)

SEND_ATTEMPTS = 4
# Longest Telegram flood wait honoured in place; beyond it the reply is given up (and logged).
MAX_RETRY_AFTER = 120.0
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
# Updates handled at once; each chat is still answered in order (see `_chat_lock`).
CONCURRENT_UPDATES = 16
MAX_TRACKED_CHATS = 10_000
# Pauses between attempts to reach the Bot API when the bot starts inside the HTTP server.
START_RETRY_FIRST = 1.0
START_RETRY_MAX = 60.0

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


async def _typing(message: Message) -> None:
    """Show "typing"; never let a failure here stop the answer."""
    try:
        await message.get_bot().send_chat_action(message.chat_id, ChatAction.TYPING)
    except TelegramError as exc:
        logger.debug("typing indicator failed: %s", exc)


def _chat_lock(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> asyncio.Lock:
    """Return the chat's lock, so its questions (and follow-ups) are answered in order."""
    locks: weakref.WeakValueDictionary[int, asyncio.Lock] = context.bot_data["locks"]
    lock = locks.get(chat_id)
    if lock is None:
        lock = locks[chat_id] = asyncio.Lock()
    return lock


def _question_from(message: Message, bot_username: str | None) -> str:
    """Return the question text, without a leading /ask command or @mention of the bot."""
    text = message.text or ""
    if text.startswith("/"):  # "/ask question" or "/ask@NewsdeskBot question"
        text = text.split(maxsplit=1)[1] if len(text.split(maxsplit=1)) == 2 else ""
    if bot_username:
        text = re.sub(rf"@{re.escape(bot_username)}\b", " ", text, flags=re.IGNORECASE)
    return " ".join(text.split())


async def answer_question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a question: typing, ask the service, reply with the rendered quotes."""
    message = update.effective_message
    if message is None:
        return
    settings: Settings = context.bot_data["settings"]
    question = _question_from(message, context.bot.username)
    if not question:
        await reply(message, [render_ask_hint(settings.telegram_examples)])
        return
    decision = context.bot_data["limiter"].check(message.chat_id)
    if decision != "allow":
        logger.info("chat %s is over the rate limit (%s)", message.chat_id, decision)
        if decision == "notify":
            await reply(message, [render_rate_limited(settings.telegram_rate_limit)])
        return
    service: QAService = context.bot_data["service"]
    async with _chat_lock(context, message.chat_id):
        typing = asyncio.create_task(_typing(message))
        try:
            answer = await asyncio.to_thread(service.ask, question,
                                             conversation_id=f"tg:{message.chat_id}")
        except InvalidQuestionError as exc:
            await reply(message, [render_invalid(str(exc))])
            return
        finally:
            typing.cancel()  # the answer is here: a late "typing" would linger for 5 s
            await asyncio.wait({typing})
        outcome = "answered" if answer.answered else "declined"
        ANSWERS.labels(outcome, "telegram").inc()
        if settings.log_questions:
            logger.info("chat %s asked %r: %s", message.chat_id, question, outcome)
        else:
            logger.info("chat %s asked a question: %s", message.chat_id, outcome)
        await reply(message, render_answer(answer, examples=settings.telegram_examples))


async def show_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start and /help: what the bot knows, with example questions."""
    if update.effective_message:
        text = render_help(context.bot_data["service"].articles(),
                           examples=context.bot_data["settings"].telegram_examples)
        await reply(update.effective_message, [text])


async def show_sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/sources: the articles with outlet, date and link."""
    if update.effective_message:
        parts = render_sources(context.bot_data["service"].articles())
        await reply(update.effective_message, parts)


async def only_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos and other non-text messages in private chats: explain politely."""
    if update.effective_message:
        await reply(update.effective_message, [ONLY_TEXT])


async def group_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In groups, answer only messages that mention the bot or reply to it."""
    message = update.effective_message
    if message is None:
        return
    me = context.bot.username
    replied = message.reply_to_message
    to_bot = bool(replied and replied.from_user and replied.from_user.id == context.bot.id)
    mentioned = bool(me and f"@{me}".lower() in (message.text or "").lower()) or any(
        e.user is not None and e.user.id == context.bot.id
        for e in message.entities if e.type == MessageEntity.TEXT_MENTION)
    if to_bot or mentioned:
        await answer_question(update, context)


async def _count_update(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Count every update received (runs before the handlers, in its own group)."""
    TELEGRAM_UPDATES.inc()


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure (the log handler redacts the token) and apologise; the bot keeps running."""
    update_id = update.update_id if isinstance(update, Update) else None
    TELEGRAM_ERRORS.inc()
    logger.error("error while handling an update (update_id=%s): %s", update_id, context.error,
                 exc_info=context.error)
    if isinstance(update, Update) and update.effective_message:
        try:
            await reply(update.effective_message, [APOLOGY])
        except TelegramError as exc:
            logger.error("could not send the apology: %s", exc)


def build_application(settings: Settings, service: QAService | None = None) -> Application:
    """Wire the bot: Bot API address, handlers, error handler, and the service.

    Args:
        settings: Token, Bot API URL, rate limit, examples.
        service: A ready service; None builds one in post_init (for `newsdesk bot`).

    Returns:
        The Application, not yet started.

    Raises:
        ValueError: When no Telegram token is configured.
    """
    if settings.telegram_token is None:
        raise ValueError("NEWSDESK_TELEGRAM_TOKEN is not set: get a token from @BotFather")
    base = settings.telegram_api_url.rstrip("/")
    file_base = base[:-len("/bot")] + "/file/bot" if base.endswith("/bot") else base + "/file"

    async def post_init(app: Application) -> None:
        if app.bot_data.get("service") is None:
            from bot.wiring import build_service

            app.bot_data["service"] = await asyncio.to_thread(build_service, settings)

    app = (
        Application.builder().token(settings.telegram_token.get_secret_value())
        .base_url(base).base_file_url(file_base).post_init(post_init)
        .connect_timeout(10).read_timeout(30).write_timeout(30)
        .concurrent_updates(CONCURRENT_UPDATES)
        .build()
    )
    app.bot_data.update(settings=settings, service=service,
                        limiter=RateLimiter(settings.telegram_rate_limit),
                        locks=weakref.WeakValueDictionary())
    new = filters.UpdateType.MESSAGE  # edited messages are ignored, not answered twice
    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    addressed = filters.REPLY | filters.Entity("mention") | filters.Entity("text_mention")
    app.add_handler(TypeHandler(Update, _count_update), group=-1)
    app.add_handler(CommandHandler(["start", "help"], show_help, filters=new))
    app.add_handler(CommandHandler("sources", show_sources, filters=new))
    app.add_handler(CommandHandler("ask", answer_question, filters=new))
    app.add_handler(MessageHandler(new & private & filters.TEXT & ~filters.COMMAND,
                                   answer_question))
    app.add_handler(MessageHandler(new & groups & filters.TEXT & ~filters.COMMAND & addressed,
                                   group_message))
    # Stickers, photos, empty text and unknown commands in private chats get a polite hint.
    app.add_handler(MessageHandler(new & private & ~filters.TEXT & ~filters.StatusUpdate.ALL,
                                   only_text))
    app.add_handler(MessageHandler(new & private & filters.COMMAND, show_help))
    app.add_error_handler(on_error)
    # httpx logs every request URL at INFO, and Telegram URLs carry the bot token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    return app


async def _start_polling(app: Application, settings: Settings) -> None:
    """Initialise (getMe), start, and poll; each step is skipped when already done."""
    await app.initialize()
    if not app.running:
        await app.start()
    assert app.updater is not None  # built with the default updater
    if not app.updater.running:
        await app.updater.start_polling(poll_interval=settings.telegram_poll_interval,
                                        allowed_updates=Update.ALL_TYPES)
    logger.info("Telegram bot polling %s", settings.telegram_api_url.split("/bot")[0])


async def _start_when_reachable(app: Application, settings: Settings) -> None:
    """Keep trying to start the bot, with growing pauses, until the Bot API answers."""
    delay = START_RETRY_FIRST
    while True:
        await asyncio.sleep(delay)
        try:
            await _start_polling(app, settings)
            return
        except BadRequest as exc:
            logger.error("Telegram refused to start the bot: %s", exc)
            return
        except NetworkError as exc:
            delay = min(delay * 2, START_RETRY_MAX)
            logger.warning("Bot API still unreachable (%s); retrying in %.0f s", exc, delay)


async def start_bot(settings: Settings, service: QAService) -> Application:
    """Start polling in the running event loop (the HTTP server's), sharing its service.

    When the Bot API cannot be reached, the bot keeps retrying in the background so that the
    HTTP API still starts; a rejected token is a configuration error and is raised.

    Raises:
        telegram.error.InvalidToken: When Telegram rejects the token.
    """
    app = build_application(settings, service)
    try:
        await _start_polling(app, settings)
    except BadRequest:
        raise
    except NetworkError as exc:
        logger.error("Bot API unreachable (%s); the bot will keep retrying in the background",
                     exc)
        app.bot_data["starting"] = asyncio.create_task(_start_when_reachable(app, settings))
    return app


async def stop_bot(app: Application) -> None:
    """Stop polling (or retrying to start), finish handlers in flight, and shut down."""
    starting: asyncio.Task[None] | None = app.bot_data.get("starting")
    if starting is not None:
        starting.cancel()
        await asyncio.wait({starting})
    if app.updater and app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
    await app.shutdown()


def run_bot(settings: Settings, service: QAService | None = None) -> None:
    """Run the bot alone until SIGINT/SIGTERM (`newsdesk bot`); builds the service if None."""
    app = build_application(settings, service)
    app.run_polling(poll_interval=settings.telegram_poll_interval,
                    allowed_updates=Update.ALL_TYPES)
