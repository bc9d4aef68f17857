"""All newsdesk settings, read once from the environment (prefix NEWSDESK_) and a .env file."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class Settings(BaseSettings):
    """Every knob of newsdesk; built once in the entry point and passed in."""

    model_config = SettingsConfigDict(
        env_prefix="NEWSDESK_", env_file=".env", extra="ignore", validate_default=True
    )

    data_dir: Path = Field(
        Path(".newsdesk"), description="Where the index and added articles live."
    )
    articles_dir: Path | None = Field(
        Path("seeds"), description="Article files served by default (re-read at start-up)."
    )
    model: str = Field(
        "",
        description="Sentence-transformers model name or path; empty: the bundled "
        "all-MiniLM-L6-v2.",
    )
    backend: Literal["onnx", "onnx-int8", "torch"] = Field(
        "onnx",
        description="Model inference: onnx (exported once into the data dir), onnx-int8 "
        "(quantised), or torch.",
    )
    host: str = Field("127.0.0.1", description="HTTP API bind address.")
    port: int = Field(8000, ge=0, le=65535, description="HTTP API port.")
    admin_token: SecretStr | None = Field(
        None, description="Bearer token for POST/DELETE /articles; unset disables them."
    )
    telegram_token: SecretStr | None = Field(
        None, description="Telegram bot token; when set, `newsdesk serve` (so `make run`) also "
        "starts the bot."
    )
    telegram_api_url: str = Field(
        "https://api.telegram.org/bot",
        description="Bot API base URL; the token is appended (python-telegram-bot's base_url).",
    )
    telegram_rate_limit: int = Field(20, ge=1, description="Questions per chat per minute.")
    telegram_poll_interval: float = Field(
        0.0, ge=0, description="Seconds between getUpdates calls (0 with Telegram's long polling)."
    )
    telegram_examples: list[str] = Field(
        default_factory=lambda: ["Who leads the delegation?", "When will the meeting be held?",
                                 "What did the spokesperson say?"],
        description="Example questions shown by /start, /help and when nothing is found.",
    )
    max_question_chars: int = Field(1000, ge=1, description="Longest question accepted.")
    log_level: str = Field("INFO", description="Logging level.")
    log_format: Literal["text", "json"] = Field("text", description="Log line format.")
    log_questions: bool = Field(True, description="Log question text at INFO level.")

    @field_validator("admin_token", "telegram_token", "articles_dir", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        """Treat an empty value (NEWSDESK_ADMIN_TOKEN=) as not set (no articles dir: none)."""
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("data_dir", mode="before")
    @classmethod
    def _a_directory(cls, value: object) -> object:
        """Refuse an empty data directory: it would be the current folder, unnoticed."""
        if isinstance(value, str) and not value.strip():
            raise ValueError("must name a directory (default .newsdesk)")
        return Path(value).expanduser() if isinstance(value, str | Path) else value

    @field_validator("data_dir")
    @classmethod
    def _parent_exists(cls, value: Path) -> Path:
        """Refuse a mistyped path ("/nonexistent/x"): only its last folder is created."""
        if not value.exists() and not value.parent.exists():
            raise ValueError(f"its parent folder {value.parent} does not exist; create it or "
                             "fix the path")
        return value

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        """Accept the logging levels only, in any case (NEWSDESK_LOG_LEVEL=debug)."""
        if value.upper() not in LOG_LEVELS:
            raise ValueError(f"must be one of {', '.join(LOG_LEVELS)}")
        return value.upper()


def describe_settings_error(exc: ValueError, flags: Mapping[str, str] | None = None) -> list[str]:
    """Return one "NEWSDESK_PORT: reason" line per invalid setting (a flag's name if given).

    Args:
        exc: What building Settings raised: a ValidationError, or pydantic-settings' error for
            a value that is not valid JSON (list settings).
        flags: The command-line flag of each setting given on the command line ("--port").

    Returns:
        One line per invalid setting, named by its variable or flag, without pydantic's URL.
    """
    def name(field: str) -> str:
        return (flags or {}).get(field) or f"NEWSDESK_{field.upper()}"

    if isinstance(exc, ValidationError):
        lines = []
        for error in exc.errors(include_url=False):
            field, *rest = [str(part) for part in error["loc"]] or ["?"]
            where = name(field) + "".join(f"[{part}]" for part in rest)
            message = error["msg"].removeprefix("Value error, ")
            lines.append(f"{where}: {message}")
        return lines
    field = re.search(r'field "(\w+)"', str(exc))
    if field and isinstance(exc.__cause__, ValueError):
        return [f"{name(field.group(1))}: not valid JSON ({exc.__cause__}); give a JSON list "
                'such as ["Who leads?", "When?"]']
    return [str(exc)]
