"""The FAISS index: exact when small, HNSW when large (with high recall), atomic save/load."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.errors import IndexCorruptedError
from retrieval.index import FaissIndex


def _vectors(n: int, dim: int = 64, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    # Low-dimensional structure plus noise, as sentence embeddings have.
    x = rng.standard_normal((n, 12)).astype(np.float32) @ rng.standard_normal((12, dim)).astype(
        np.float32)
    x += 0.3 * rng.standard_normal((n, dim)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_small_collections_are_searched_exactly():
    data = _vectors(500)
    index = FaissIndex.build(data)
    assert index.kind == "exact" and len(index) == 500
    scores, ids = index.search(data[:5], 3)
    assert list(ids[:, 0]) == [0, 1, 2, 3, 4]
    np.testing.assert_allclose(scores[:, 0], 1.0, atol=1e-5)


def test_large_collections_use_hnsw_with_high_recall():
    data = _vectors(20_000)
    index = FaissIndex.build(data, exact_limit=1_000)
    assert index.kind == "hnsw"
    rng = np.random.default_rng(1)
    queries = data[rng.integers(0, len(data), 100)] + 0.05 * rng.standard_normal(
        (100, data.shape[1])).astype(np.float32)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    truth = np.argsort(-(queries @ data.T), axis=1)[:, :10]
    _, found = index.search(queries, 10)
    recall = np.mean([len(set(f) & set(t)) / 10 for f, t in zip(found, truth, strict=True)])
    assert recall >= 0.95


def test_save_load_round_trip_and_corruption(tmp_path):
    data = _vectors(100)
    path = tmp_path / "v.faiss"
    FaissIndex.build(data).save(path)
    loaded = FaissIndex.load(path)
    assert len(loaded) == 100 and loaded.search(data[:1], 1)[1][0, 0] == 0
    assert not list(tmp_path.glob(".*tmp"))  # no temp file left behind
    path.write_bytes(path.read_bytes()[:50])
    with pytest.raises(IndexCorruptedError, match="cannot read the vector index"):
        FaissIndex.load(path)
    with pytest.raises(IndexCorruptedError):
        FaissIndex.load(tmp_path / "missing.faiss")


def test_approximate_index_survives_save_and_load_with_its_search_settings(tmp_path):
    import faiss

    data = _vectors(3_000, dim=160)
    index = FaissIndex.build(data, exact_limit=100)
    path = tmp_path / "big.faiss"
    index.save(path)
    loaded = FaissIndex.load(path)
    assert loaded.kind == "hnsw" and len(loaded) == 3_000
    refine = faiss.downcast_index(loaded._index)
    assert refine.k_factor == 4
    _, ids = loaded.search(data[:20], 1)
    assert list(ids[:, 0]) == list(range(20))
