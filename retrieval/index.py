"""Vector search: the narrow `VectorIndex` protocol and its FAISS implementation."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Protocol

import faiss
import numpy as np

from retrieval.errors import IndexCorruptedError
from retrieval.storage import atomic_write_bytes

logger = logging.getLogger(__name__)

# Exact search takes about a millisecond per query at this many vectors (one core); beyond
# it, HNSW keeps search time nearly flat as the collection grows.
EXACT_SEARCH_LIMIT = 20_000


class VectorIndex(Protocol):
    """Inner-product search over unit vectors, addressed by insertion position."""

    def __len__(self) -> int: ...

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Return (scores, positions) of shape (len(queries), k); position -1 pads."""
        ...

    def save(self, path: Path) -> None:
        """Write the index to `path` atomically."""
        ...


class FaissIndex:
    """A FAISS index chosen by size: exact inner product when small, HNSW when large."""

    def __init__(self, index: faiss.Index) -> None:
        """Wrap an existing FAISS index."""
        self._index = index

    @classmethod
    def build(cls, vectors: np.ndarray, *, exact_limit: int = EXACT_SEARCH_LIMIT,
              hnsw_m: int = 32, ef_search: int = 128) -> FaissIndex:
        """Build an index over unit vectors (rows), exact or HNSW by collection size.

        Args:
            vectors: float32 array (n, dim), rows L2-normalised.
            exact_limit: Largest collection searched exactly.
            hnsw_m: HNSW graph degree for large collections.
            ef_search: HNSW search breadth; higher is slower and more accurate.

        Returns:
            The index with every vector added in row order.
        """
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        dim = vectors.shape[1]
        if len(vectors) <= exact_limit:
            index: faiss.Index = faiss.IndexFlatIP(dim)
        else:
            index = faiss.IndexHNSWFlat(dim, hnsw_m, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efConstruction = 80
            index.hnsw.efSearch = ef_search
        # Building is the one bulk job: let FAISS use every core for it, whatever the per-query
        # setting of the server is.
        previous = faiss.omp_get_max_threads()
        faiss.omp_set_num_threads(os.cpu_count() or 1)
        try:
            index.add(vectors)
        finally:
            faiss.omp_set_num_threads(previous)
        return cls(index)

    @classmethod
    def load(cls, path: Path) -> FaissIndex:
        """Read an index written by `save`.

        Raises:
            IndexCorruptedError: When the file is missing, truncated or not a FAISS index.
        """
        try:
            data = np.frombuffer(path.read_bytes(), dtype=np.uint8)
            return cls(faiss.deserialize_index(data))
        except (OSError, RuntimeError, ValueError) as exc:
            raise IndexCorruptedError(f"{path}: cannot read the vector index ({exc})") from exc

    def __len__(self) -> int:
        return int(self._index.ntotal)

    @property
    def kind(self) -> str:
        """Return "exact" or "hnsw"."""
        return "hnsw" if isinstance(self._index, faiss.IndexHNSWFlat) else "exact"

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Return the k best (scores, positions) per query row."""
        k = max(1, min(k, len(self)))
        return self._index.search(np.ascontiguousarray(queries, dtype=np.float32), k)

    def save(self, path: Path) -> None:
        """Write the index atomically (temp file, then rename)."""
        atomic_write_bytes(path, faiss.serialize_index(self._index).tobytes(), durable=False)
