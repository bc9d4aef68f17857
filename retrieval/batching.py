"""Micro-batching: concurrent single-question encodes share one model call.

Under load, requests that arrive while the model is busy are queued and encoded together in the
next call, so 32 concurrent clients cost a few batched calls instead of 32 single ones. A lone
request is never delayed: the worker takes what is queued and runs at once (`max_wait` adds an
optional short, bounded wait for more).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Sequence
from concurrent.futures import Future

import numpy as np

from retrieval.embedding import Embedder

logger = logging.getLogger(__name__)


class MicroBatchingEmbedder:
    """Wraps an Embedder; single-text encodes from many threads are batched together."""

    def __init__(self, inner: Embedder, *, max_batch: int = 64, max_wait: float = 0.0) -> None:
        """Start the worker thread that serves queued single-text encodes."""
        self.name = inner.name
        self.dim = inner.dim
        self.backend = getattr(inner, "backend", "")
        self.inner = inner
        self._max_batch = max_batch
        self._max_wait = max_wait
        self._queue: queue.Queue[tuple[str, Future[np.ndarray]] | None] = queue.Queue()
        self.batches = 0  # model calls made for queued requests
        self.requests = 0  # queued requests served
        self._worker = threading.Thread(target=self._serve, name="embed-batcher", daemon=True)
        self._worker.start()

    def encode(self, texts: Sequence[str], *, show_progress: bool = False) -> np.ndarray:
        """Embed texts; a single text joins the next batch, longer lists go straight through."""
        if len(texts) != 1:
            return self.inner.encode(texts, show_progress=show_progress)
        future: Future[np.ndarray] = Future()
        self._queue.put((texts[0], future))
        return future.result()[None, :]

    def close(self) -> None:
        """Stop the worker after the queued requests are served."""
        self._queue.put(None)
        self._worker.join(timeout=5)

    def _collect(self, first: tuple[str, Future[np.ndarray]]) -> tuple[list, bool]:
        """Gather the queued requests after `first`; report whether a stop was asked."""
        batch = [first]
        deadline = time.monotonic() + self._max_wait
        while len(batch) < self._max_batch:
            timeout = deadline - time.monotonic()
            try:
                item = self._queue.get(timeout=timeout) if timeout > 0 else \
                    self._queue.get_nowait()
            except queue.Empty:
                break
            if item is None:
                return batch, True
            batch.append(item)
        return batch, False

    def _serve(self) -> None:
        """Worker loop: take what is queued, encode it in one call, hand out the rows."""
        stop = False
        while not stop:
            first = self._queue.get()
            if first is None:
                return
            batch, stop = self._collect(first)
            texts = [text for text, _ in batch]
            try:
                unique = list(dict.fromkeys(texts))
                vectors = self.inner.encode(unique)
                rows = {text: vectors[i] for i, text in enumerate(unique)}
            except Exception as exc:  # hand the failure to every waiting caller
                for _, future in batch:
                    future.set_exception(exc)
                continue
            self.batches += 1
            self.requests += len(batch)
            for text, future in batch:
                future.set_result(rows[text])
