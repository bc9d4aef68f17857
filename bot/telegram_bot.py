"""The Telegram bot (python-telegram-bot): wiring in one function, thin handlers."""

from __future__ import annotations

import asyncio
import logging
import re
import weakref

from telegram import Message, MessageEntity, Update
from telegram.error import TelegramError
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
from bot.telegram_delivery import RateLimiter, reply, show_typing
from retrieval.errors import InvalidQuestionError
from retrieval.service import QAService

logger = logging.getLogger(__name__)

# Updates handled at once; each chat is still answered in order (see `_chat_lock`).
CONCURRENT_UPDATES = 16


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
        typing = asyncio.create_task(show_typing(message))
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
