"""One article's passages and vectors on disk: the cache file that spares re-embedding it."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import numpy as np

from retrieval.corpus import ArticleChunks
from retrieval.models import Article, Passage
from retrieval.storage import atomic_write_bytes

logger = logging.getLogger(__name__)

PASSAGE_KINDS = ("sentence", "window", "context")  # their codes in the files


def load_chunks(path: Path, article: Article, *, dim: int) -> ArticleChunks | None:
    """Read an article's cached passages and vectors.

    Args:
        path: The article's cache file.
        article: The article the file belongs to (passage texts are sliced from it).
        dim: The embedding size the vectors must have.

    Returns:
        The chunks, or None when the file is missing or damaged (the article is then
        embedded again).
    """
    if not path.exists():
        return None
    try:
        with np.load(path) as data:
            starts, ends = data["starts"], data["ends"]
            kinds, firsts, lasts = data["kinds"], data["firsts"], data["lasts"]
            vectors = data["vectors"].astype(np.float32, copy=False)
        if kinds.size and not (kinds.min() >= 0 and kinds.max() < len(PASSAGE_KINDS)):
            raise ValueError(f"unknown passage kinds {sorted(set(kinds.tolist()))}")
        if vectors.shape != (len(starts), dim):
            raise ValueError(f"vectors have shape {vectors.shape}")
        n_sentences = int((kinds == 0).sum())
        if len(starts) and not (
                (kinds[:n_sentences] == 0).all() and (firsts >= 0).all()
                and (firsts <= lasts).all() and (lasts < n_sentences).all()
                and (starts >= 0).all() and (starts <= ends).all()
                and (ends <= len(article.text)).all()):
            raise ValueError("passage offsets or sentence numbers out of range")
        passages = tuple(
            Passage(article.id, int(s), int(e), article.text[int(s):int(e)],
                    kind=PASSAGE_KINDS[int(k)], sentences=tuple(range(int(f), int(la) + 1)))
            for s, e, k, f, la in zip(starts, ends, kinds, firsts, lasts, strict=True)
        )
    except Exception as exc:  # any damage to the file means: embed again
        logger.warning("%s: damaged cache, re-embedding the article (%s)", path, exc)
        return None
    return ArticleChunks(article, passages, vectors)


def save_chunks(path: Path, chunks: ArticleChunks) -> None:
    """Write an article's passages and vectors to its cache file.

    Args:
        path: The article's cache file (replaced atomically).
        chunks: The article's passages and vectors.
    """
    ps = chunks.passages
    buffer = io.BytesIO()
    np.savez(
        buffer,
        starts=np.array([p.start for p in ps], dtype=np.int64),
        ends=np.array([p.end for p in ps], dtype=np.int64),
        kinds=np.array([PASSAGE_KINDS.index(p.kind) for p in ps], dtype=np.int8),
        firsts=np.array([p.sentences[0] for p in ps], dtype=np.int64),
        lasts=np.array([p.sentences[-1] for p in ps], dtype=np.int64),
        vectors=chunks.vectors,
    )
    # Not fsynced: a lost cache file only means embedding the article again.
    atomic_write_bytes(path, buffer.getvalue(), durable=False)
