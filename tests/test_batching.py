"""Micro-batching: concurrent encodes share model calls and each caller gets its own row."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np
import pytest

from retrieval.batching import MicroBatchingEmbedder
from retrieval.embedding import HashingEmbedder


class SlowEmbedder(HashingEmbedder):
    """Records batch sizes and holds each call briefly so requests pile up."""

    def __init__(self) -> None:
        super().__init__()
        self.batch_sizes: list[int] = []
        self.gate = threading.Event()

    def encode(self, texts: Sequence[str], *, show_progress: bool = False) -> np.ndarray:
        self.batch_sizes.append(len(texts))
        self.gate.wait(0.05)
        return super().encode(texts)


def test_concurrent_requests_are_batched_and_rows_match():
    inner = SlowEmbedder()
    batcher = MicroBatchingEmbedder(inner)
    texts = [f"question number {i}" for i in range(40)]
    results: dict[str, np.ndarray] = {}

    def ask(text: str) -> None:
        results[text] = batcher.encode([text])[0]

    threads = [threading.Thread(target=ask, args=(t,)) for t in texts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    batcher.close()
    assert batcher.requests == 40
    assert len(inner.batch_sizes) < 40 and max(inner.batch_sizes) > 1
    reference = HashingEmbedder().encode(texts)
    for i, text in enumerate(texts):
        np.testing.assert_allclose(results[text], reference[i], atol=1e-6)


def test_errors_reach_the_caller_and_lists_bypass_the_queue():
    class Broken(HashingEmbedder):
        def encode(self, texts, *, show_progress=False):
            if texts == ["boom"]:
                raise RuntimeError("model failed")
            return super().encode(texts)

    batcher = MicroBatchingEmbedder(Broken())
    with pytest.raises(RuntimeError, match="model failed"):
        batcher.encode(["boom"])
    assert batcher.encode(["a", "b"]).shape == (2, batcher.dim)
    assert batcher.encode(["fine"]).shape == (1, batcher.dim)
    batcher.close()


def test_query_cache_is_bounded_lru():
    from retrieval.embedding import QueryCache

    cache = QueryCache(2)
    one, two, three = (np.full(3, float(i)) for i in (1, 2, 3))
    cache.put("a", one)
    cache.put("b", two)
    assert cache.get("a") is one  # "a" is now the most recent
    cache.put("c", three)
    assert cache.get("b") is None and cache.get("a") is one and cache.get("c") is three
    disabled = QueryCache(0)
    disabled.put("a", one)
    assert disabled.get("a") is None
