"""Build the heavy objects (model, service) and configure logging, from one Settings."""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from collections.abc import Callable
from typing import ClassVar

from bot.metrics import InstrumentedEmbedder
from bot.settings import Settings
from retrieval.batching import MicroBatchingEmbedder
from retrieval.embedding import Embedder, SentenceTransformerEmbedder
from retrieval.errors import ModelLoadError
from retrieval.service import QAService

logger = logging.getLogger(__name__)


def prepare_environment(settings: Settings) -> None:
    """Keep the model hub offline for the bundled model and silence its progress bars."""
    if not settings.model:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


class JsonFormatter(logging.Formatter):
    """One JSON object per log line, with any `extra=` fields of the record."""

    _STANDARD: ClassVar[frozenset[str]] = frozenset(vars(logging.makeLogRecord({})))

    def format(self, record: logging.LogRecord) -> str:
        """Render the record as JSON."""
        entry = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update({k: v for k, v in vars(record).items()
                      if k not in self._STANDARD and k != "message" and not k.startswith("_")})
        if record.exc_info or record.exc_text:
            # exc_text may already be set (and redacted) by RedactingFilter.
            entry["exception"] = record.exc_text or self.formatException(record.exc_info)
        return json.dumps(entry, default=str, ensure_ascii=False)


class RedactingFilter(logging.Filter):
    """Replace secrets (the bot token) in every log message before it is written."""

    def __init__(self, secrets: list[str]) -> None:
        """Redact each of `secrets` (empty ones are ignored)."""
        super().__init__()
        self._secrets = [s for s in secrets if s]

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record's message with the secrets masked."""
        if record.exc_info and not record.exc_text:
            # Tracebacks can quote request URLs, which carry the bot token.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            for secret in self._secrets:
                record.exc_text = record.exc_text.replace(secret, "<redacted>")
        message = record.getMessage()
        if any(secret in message for secret in self._secrets):
            for secret in self._secrets:
                message = message.replace(secret, "<redacted>")
            record.msg, record.args = message, None
        return True


def configure_logging(settings: Settings) -> None:
    """Set up the root logger once: level, text or JSON lines, quiet chatty libraries."""
    handler = logging.StreamHandler(sys.stderr)
    if settings.log_format == "json":
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    secrets = [t.get_secret_value() for t in (settings.telegram_token, settings.admin_token) if t]
    handler.addFilter(RedactingFilter(secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(settings.log_level.upper())
    # httpx logs every request URL at INFO, and Telegram URLs contain the bot token.
    for noisy in ("httpx", "httpcore", "bm25s", "sentence_transformers", "transformers",
                  "urllib3", "filelock"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def build_embedder(settings: Settings) -> Embedder:
    """Load the configured model with the configured backend (ONNX falls back to torch)."""
    prepare_environment(settings)
    if settings.backend in ("onnx", "onnx-int8"):
        from retrieval.onnx_embedding import OnnxEmbedder

        try:
            return OnnxEmbedder(settings.model, cache_root=settings.data_dir,
                                quantized=settings.backend == "onnx-int8")
        except (ModelLoadError, ImportError) as exc:
            logger.warning("ONNX backend unavailable (%s); using torch", exc)
    return SentenceTransformerEmbedder(settings.model)


def build_service(settings: Settings, *,
                  progress: Callable[[int, str], Callable[[int], None]] | None = None,
                  batching: bool = True) -> QAService:
    """Load the model and open the service over the data and articles directories.

    Args:
        settings: The application settings.
        progress: Optional progress display factory for embedding.
        batching: Batch concurrent question encodes into shared model calls (servers).

    Returns:
        A ready QAService.
    """
    started = time.perf_counter()
    # Concurrent requests each search on their own thread; FAISS's OpenMP threads on top of
    # those only contend for the two cores (a single-query search is faster on one thread).
    import faiss

    faiss.omp_set_num_threads(1)
    embedder: Embedder = InstrumentedEmbedder(build_embedder(settings))
    if batching:
        embedder = MicroBatchingEmbedder(embedder)
    service = QAService.open(data_dir=settings.data_dir, articles_dir=settings.articles_dir,
                             embedder=embedder, progress=progress,
                             max_question_chars=settings.max_question_chars)
    stats = service.stats()
    logger.info("ready in %.1f s: %d articles, %d passages, model %s",
                time.perf_counter() - started, stats.articles, stats.passages, stats.model)
    return service
