"""The Telegram bot's life: started in the HTTP server (retrying) or alone, stopped cleanly."""

from __future__ import annotations

import asyncio
import logging

from telegram import Update
from telegram.error import BadRequest, NetworkError
from telegram.ext import Application

from bot.settings import Settings
from bot.telegram_bot import build_application
from retrieval.service import QAService

logger = logging.getLogger(__name__)

# Pauses between attempts to reach the Bot API when the bot starts inside the HTTP server.
START_RETRY_FIRST = 1.0
START_RETRY_MAX = 60.0


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
