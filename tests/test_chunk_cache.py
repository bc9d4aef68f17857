"""The per-article cache file, and the data directory dropping vectors of older pipelines."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from retrieval.chunk_cache import load_chunks, save_chunks
from retrieval.corpus import ArticleChunks
from retrieval.embedding import HashingEmbedder
from retrieval.loading import build_article
from retrieval.passages import split_passages
from retrieval.store import PIPELINE_VERSION, Store, _model_key

TEXT = "Ferry\n\nThe ferry restarts on Monday. The port is busy. It was repaired."


def _chunks() -> ArticleChunks:
    article = build_article(TEXT, title="Ferry")
    passages = tuple(split_passages(article))
    return ArticleChunks(article, passages, HashingEmbedder().encode([p.text for p in passages]))


def test_passages_of_every_kind_round_trip(tmp_path: Path):
    chunks = _chunks()
    assert {p.kind for p in chunks.passages} == {"sentence", "window", "context"}
    save_chunks(tmp_path / "a.npz", chunks)
    loaded = load_chunks(tmp_path / "a.npz", chunks.article, dim=chunks.vectors.shape[1])
    assert loaded is not None
    assert loaded.passages == chunks.passages
    assert np.array_equal(loaded.vectors, chunks.vectors)


def test_a_damaged_file_means_embedding_again(tmp_path: Path):
    chunks = _chunks()
    path = tmp_path / "a.npz"
    save_chunks(path, chunks)
    with np.load(path) as data:
        fields = dict(data)
    for name, damage in (("kinds", -1), ("lasts", 50), ("ends", 10_000)):
        damaged = dict(fields)
        damaged[name] = fields[name] + damage if name != "kinds" else np.full_like(
            fields["kinds"], damage)
        np.savez(path, **damaged)
        assert load_chunks(path, chunks.article, dim=chunks.vectors.shape[1]) is None, name
    assert load_chunks(path, chunks.article, dim=7) is None  # another model's size
    assert load_chunks(tmp_path / "missing.npz", chunks.article, dim=7) is None


def test_vectors_of_older_pipeline_versions_are_removed(tmp_path: Path):
    embedder = HashingEmbedder()
    key = _model_key(embedder)
    prefix = key.rsplit("-p", 1)[0]
    old = tmp_path / "cache" / f"{prefix}-p{PIPELINE_VERSION - 2}"
    previous = tmp_path / "cache" / f"{prefix}-p{PIPELINE_VERSION - 1}"
    other_model = tmp_path / "cache" / f"other-model-384-onnx-p{PIPELINE_VERSION - 2}"
    odd = tmp_path / "cache" / f"{prefix}-p²"
    for folder in (old, previous, other_model, odd, tmp_path / "index" / old.name):
        folder.mkdir(parents=True)
        (folder / "x.npz").write_bytes(b"old")
    Store(tmp_path, embedder)
    assert not old.exists() and not (tmp_path / "index" / old.name).exists()
    # The previous version may still be serving during an upgrade; another model's vectors
    # and odd names are not this store's to delete.
    assert previous.exists() and other_model.exists() and odd.exists()
    assert (tmp_path / "cache" / key).is_dir()
