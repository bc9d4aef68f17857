"""The Telegram bot (python-telegram-bot): wiring in one function, thin handlers."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from telegram import LinkPreviewOptions, Message, Update
from telegram.constants import ChatAction
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.rendering import render_answer, render_help, render_sources
from bot.settings import Settings
from retrieval.errors import InvalidQuestionError
from retrieval.service import QAService

logger = logging.getLogger(__name__)

SEND_ATTEMPTS = 4
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


class RateLimiter:
    """At most `limit` questions per chat in any 60-second window."""

    def __init__(self, limit: int, *, window: float = 60.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        """Allow `limit` events per `window` seconds per key."""
        self._limit, self._window, self._clock = limit, window, clock
        self._events: dict[int, deque[float]] = defaultdict(deque)

    def allow(self, key: int) -> bool:
        """Record an event for `key`; False when it is over the limit."""
        now = self._clock()
        events = self._events[key]
        while events and now - events[0] > self._window:
            events.popleft()
        if len(events) >= self._limit:
            return False
        events.append(now)
        return True


async def send_with_retry(send: Callable[[], Awaitable[Any]]) -> Any:
    """Call a Bot API method, honouring 429 retry_after and retrying network errors."""
    for attempt in range(1, SEND_ATTEMPTS + 1):
        try:
            return await send()
        except RetryAfter as exc:
            wait = exc.retry_after
            seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
            logger.warning("Telegram asked to slow down; retrying in %.1f s", seconds)
            await asyncio.sleep(seconds)
        except BadRequest:
            raise  # a NetworkError subclass, but resending the same request cannot help
        except (TimedOut, NetworkError) as exc:
            if attempt == SEND_ATTEMPTS:
                raise
            logger.warning("Bot API network error (%s); retry %d", exc, attempt)
            await asyncio.sleep(0.5 * 2 ** (attempt - 1))
    raise TimedOut("the Bot API kept asking to retry")


async def reply(message: Message, parts: list[str]) -> None:
    """Send HTML parts as replies quoting the user's message."""
    for part in parts:
        await send_with_retry(lambda part=part: message.reply_html(
            part, do_quote=True, link_preview_options=NO_PREVIEW))


async def _typing(message: Message) -> None:
    """Show "typing"; never let a failure here stop the answer."""
    try:
        await message.get_bot().send_chat_action(message.chat_id, ChatAction.TYPING)
    except TelegramError as exc:
        logger.debug("typing indicator failed: %s", exc)


def _question_from(message: Message, bot_username: str | None) -> str:
    """Return the question text, without a leading /ask or @mention of the bot."""
    text = message.text or ""
    if text.startswith("/ask"):
        text = text.split(maxsplit=1)[1] if " " in text.strip() else ""
    if bot_username:
        text = text.replace(f"@{bot_username}", " ")
    return text.strip()


async def answer_question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a question: typing, ask the service, reply with the rendered quotes."""
    message = update.effective_message
    if message is None or message.chat is None:
        return
    data = context.application.bot_data
    settings: Settings = data["settings"]
    question = _question_from(message, context.bot.username)
    if not question:
        await reply(message, [f"Ask me a question, for example: <i>"
                              f"{settings.telegram_examples[0]}</i>"])
        return
    if not data["limiter"].allow(message.chat_id):
        await reply(message, ["You are asking faster than I can read. Please wait a minute "
                              "and try again."])
        return
    await _typing(message)
    service: QAService = data["service"]
    try:
        answer = await asyncio.to_thread(service.ask, question,
                                         conversation_id=f"tg:{message.chat_id}")
    except InvalidQuestionError as exc:
        await reply(message, [f"Sorry, I cannot take that question: {exc}."])
        return
    await reply(message, render_answer(answer, examples=settings.telegram_examples))


async def show_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start and /help: what the bot knows, with example questions."""
    data = context.application.bot_data
    if update.effective_message:
        text = render_help(data["service"].articles(), examples=data["settings"].telegram_examples)
        await reply(update.effective_message, [text])


async def show_sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/sources: the articles with outlet, date and link."""
    if update.effective_message:
        parts = render_sources(context.application.bot_data["service"].articles())
        await reply(update.effective_message, parts)


async def only_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos and other non-text messages in private chats: explain politely."""
    if update.effective_message:
        await reply(update.effective_message, ["I can only read text questions. Send /help "
                                               "for examples."])


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure (never the token) and apologise to the user; the bot keeps running."""
    logger.error("error while handling an update: %s", context.error,
                 exc_info=context.error)
    if isinstance(update, Update) and update.effective_message:
        try:
            await reply(update.effective_message, ["Sorry, something went wrong while "
                                                   "answering. Please try again."])
        except TelegramError as exc:
            logger.error("could not send the apology: %s", exc)


def build_application(settings: Settings, service: QAService | None = None) -> Application:
    """Wire the bot: Bot API address, handlers, error handler, and the service.

    Args:
        settings: Token, Bot API URL, rate limit, examples.
        service: A ready service; None builds one in post_init (for `newsdesk bot`).

    Returns:
        The Application, not yet started.
    """
    if settings.telegram_token is None:
        raise ValueError("NEWSDESK_TELEGRAM_TOKEN is not set")
    base = settings.telegram_api_url.rstrip("/")
    file_base = base[:-len("/bot")] + "/file/bot" if base.endswith("/bot") else base + "/file"

    async def post_init(app: Application) -> None:
        if app.bot_data.get("service") is None:
            from bot.wiring import build_service

            app.bot_data["service"] = await asyncio.to_thread(build_service, settings)

    builder: ApplicationBuilder = (
        Application.builder().token(settings.telegram_token.get_secret_value())
        .base_url(base).base_file_url(file_base).post_init(post_init)
        .connect_timeout(10).read_timeout(30).write_timeout(30)
    )
    app = builder.build()
    app.bot_data.update(settings=settings, service=service,
                        limiter=RateLimiter(settings.telegram_rate_limit))
    new = filters.UpdateType.MESSAGE  # edited messages are ignored, not answered twice
    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    app.add_handler(CommandHandler(["start", "help"], show_help, filters=new))
    app.add_handler(CommandHandler("sources", show_sources, filters=new))
    app.add_handler(CommandHandler("ask", answer_question, filters=new))
    app.add_handler(MessageHandler(new & private & filters.TEXT & ~filters.COMMAND,
                                   answer_question))
    app.add_handler(MessageHandler(new & groups & filters.TEXT & ~filters.COMMAND
                                   & (filters.REPLY | filters.Entity("mention")),
                                   _group_message))
    app.add_handler(MessageHandler(new & private & ~filters.TEXT & ~filters.COMMAND, only_text))
    app.add_error_handler(on_error)
    return app


async def _group_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """In groups, answer only messages that mention the bot or reply to it."""
    message = update.effective_message
    if message is None:
        return
    me = context.bot.username
    replied = message.reply_to_message
    to_bot = bool(replied and replied.from_user and replied.from_user.id == context.bot.id)
    mentioned = bool(me and f"@{me}".lower() in (message.text or "").lower())
    if to_bot or mentioned:
        await answer_question(update, context)


async def start_bot(settings: Settings, service: QAService) -> Application:
    """Start polling in the running event loop (the HTTP server's), sharing its service."""
    app = build_application(settings, service)
    await app.initialize()
    await app.start()
    assert app.updater is not None  # built with the default updater
    await app.updater.start_polling(poll_interval=settings.telegram_poll_interval,
                                    allowed_updates=Update.ALL_TYPES)
    logger.info("Telegram bot polling %s", settings.telegram_api_url.split("/bot")[0])
    return app


async def stop_bot(app: Application) -> None:
    """Stop polling, finish handlers in flight, and shut down."""
    if app.updater and app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
    await app.shutdown()


def run_bot(settings: Settings) -> None:
    """Run the bot alone until SIGINT/SIGTERM (`newsdesk bot`)."""
    app = build_application(settings)
    app.run_polling(poll_interval=settings.telegram_poll_interval,
                    allowed_updates=Update.ALL_TYPES)
