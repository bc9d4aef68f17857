"""The data directory: added articles, removals, per-article vectors and the combined index.

Layout (every file written atomically)::

    DATA_DIR/articles/<id>.json        articles added over HTTP or by `newsdesk ingest`
    DATA_DIR/removed.json              ids removed over HTTP (hidden even if a file has them)
    DATA_DIR/cache/<model>/<id>.npz    an article's passages and vectors, keyed by content hash
    DATA_DIR/index/<model>/            the FAISS index of the current article set + its key
"""

from __future__ import annotations

import glob
import hashlib
import json
import logging
import re
import shutil
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path

import numpy as np

from retrieval.chunk_cache import load_chunks, save_chunks
from retrieval.corpus import ArticleChunks, Corpus
from retrieval.embedding import Embedder
from retrieval.errors import IndexCorruptedError, StoreError
from retrieval.index import FaissIndex
from retrieval.metadata import parse_date
from retrieval.models import Article, Source
from retrieval.passages import split_passages
from retrieval.storage import atomic_write_json

logger = logging.getLogger(__name__)

ARTICLE_ID_RE = re.compile(r"[0-9a-f]{16}")
ProgressFactory = Callable[[int, str], Callable[[int], None]]


# Bump when cleaning or passage splitting changes: cached passages and vectors are then stale.
PIPELINE_VERSION = 71


def _model_key(embedder: Embedder) -> str:
    """Return a file-system-safe key for model, backend and pipeline version.

    Vectors of different models, or of one model run by different backends (int8 differs
    from fp32), or of passages cut by another version, are never mixed.
    """
    slug = re.sub(r"[^A-Za-z0-9._-]+", "_", embedder.name).strip("_")[-60:]
    backend = re.sub(r"[^a-z0-9-]+", "", str(getattr(embedder, "backend", "") or "any"))
    return f"{slug}-{embedder.dim}-{backend}-p{PIPELINE_VERSION}"


def _drop_older_pipelines(directory: Path) -> None:
    """Delete the siblings of a cache or index folder left by older pipeline versions.

    The previous version's folder is kept: during an upgrade, a process of that version may
    still be serving from the same data directory.
    """
    prefix, _, version = directory.name.rpartition("-p")
    if not prefix or not re.fullmatch(r"[0-9]+", version):
        return
    for sibling in directory.parent.glob(f"{glob.escape(prefix)}-p*"):
        old = sibling.name[len(prefix) + 2:]
        if (sibling.is_dir() and not sibling.is_symlink() and re.fullmatch(r"[0-9]+", old)
                and int(old) < int(version) - 1):
            logger.info("%s: removing vectors of an older passage pipeline", sibling)
            shutil.rmtree(sibling, ignore_errors=True)


def article_to_json(article: Article) -> dict[str, object]:
    """Serialise an article for the data directory."""
    source = asdict(article.source)
    source["published"] = article.source.published.isoformat() if article.source.published else None
    return {"id": article.id, "text": article.text, "origin": article.origin, **source}


def article_from_json(data: dict[str, object]) -> Article:
    """Rebuild an article written by `article_to_json`."""
    published = data.get("published")
    article_id = str(data["id"])
    if not ARTICLE_ID_RE.fullmatch(article_id):  # ids become file names: never trust a path
        raise ValueError(f"invalid article id {article_id!r}")
    source = Source(title=str(data["title"]), outlet=data.get("outlet") or None,  # type: ignore[arg-type]
                    published=parse_date(str(published)) if published else None,
                    url=data.get("url") or None)  # type: ignore[arg-type]
    return Article(id=article_id, source=source, text=str(data["text"]),
                   origin=str(data.get("origin", "")))


class Store:
    """Reads and writes the data directory for one embedding model."""

    def __init__(self, data_dir: Path, embedder: Embedder) -> None:
        """Open (creating if needed) the data directory for `embedder`'s vectors."""
        self.data_dir = data_dir
        self.embedder = embedder
        key = _model_key(embedder)
        self._articles_dir = data_dir / "articles"
        self._removed_path = data_dir / "removed.json"
        self._cache_dir = data_dir / "cache" / key
        self._index_dir = data_dir / "index" / key
        for directory in (self._articles_dir, self._cache_dir, self._index_dir):
            directory.mkdir(parents=True, exist_ok=True)
        for versioned in (self._cache_dir, self._index_dir):
            _drop_older_pipelines(versioned)
        self.embedded_passages = 0  # passages embedded by this process (re-use shows as 0)

    # -- articles added through the service -------------------------------------------------
    def added_articles(self) -> list[Article]:
        """Return the articles saved in the data directory (unreadable ones are skipped)."""
        found = []
        for path in sorted(self._articles_dir.glob("*.json")):
            try:
                found.append(article_from_json(json.loads(path.read_text("utf-8"))))
            except (OSError, ValueError, KeyError, TypeError) as exc:
                logger.warning("%s: skipped, unreadable saved article (%s)", path, exc)
        return found

    def save_article(self, article: Article) -> None:
        """Persist an added article."""
        atomic_write_json(self._articles_dir / f"{article.id}.json", article_to_json(article))

    def delete_article(self, article_id: str) -> None:
        """Forget an added article's file, if it has one."""
        (self._articles_dir / f"{article_id}.json").unlink(missing_ok=True)

    def removed_ids(self) -> set[str]:
        """Return the ids removed by users, which stay hidden."""
        try:
            ids = json.loads(self._removed_path.read_text("utf-8"))
        except FileNotFoundError:
            return set()
        except (OSError, ValueError) as exc:
            # Serving removed articles again, or overwriting the list, would lose users' work.
            raise StoreError(f"{self._removed_path}: unreadable ({exc}); restore it from a "
                             "backup or fix its JSON (a list of article ids)") from exc
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise StoreError(f"{self._removed_path}: expected a JSON list of article ids")
        return set(ids)

    def save_removed_ids(self, ids: set[str]) -> None:
        """Persist the removed ids."""
        atomic_write_json(self._removed_path, sorted(ids))

    # -- passages and vectors ---------------------------------------------------------------
    def chunks_for(self, articles: Sequence[Article], *,
                   progress: ProgressFactory | None = None) -> list[ArticleChunks]:
        """Return passages and vectors for each article, embedding only those not cached.

        Args:
            articles: The articles to serve.
            progress: Optional factory (total, label) -> advance(n) for a progress display.

        Returns:
            One ArticleChunks per article, in the given order.
        """
        dim = self.embedder.dim
        cached = {a.id: load_chunks(self._cache_dir / f"{a.id}.npz", a, dim=dim) for a in articles}
        missing = [a for a in articles if cached[a.id] is None]
        if missing:
            split = {a.id: split_passages(a) for a in missing}
            texts = [p.text for a in missing for p in split[a.id]]
            logger.info("embedding %d passages of %d new or changed articles",
                        len(texts), len(missing))
            vectors = self._embed(texts, progress=progress)
            offset = 0
            for a in missing:
                n = len(split[a.id])
                chunks = ArticleChunks(a, tuple(split[a.id]), vectors[offset:offset + n])
                offset += n
                save_chunks(self._cache_dir / f"{a.id}.npz", chunks)
                cached[a.id] = chunks
            self.embedded_passages += len(texts)
        return [c for a in articles if (c := cached[a.id]) is not None]

    def _embed(self, texts: list[str], *, progress: ProgressFactory | None) -> np.ndarray:
        """Embed texts in batches, reporting progress when asked."""
        if not texts:
            return np.zeros((0, self.embedder.dim), dtype=np.float32)
        advance = progress(len(texts), "embedding passages") if progress else None
        batch = 256
        parts = []
        for start in range(0, len(texts), batch):
            parts.append(self.embedder.encode(texts[start:start + batch]))
            if advance:
                advance(len(parts[-1]))
        return np.concatenate(parts).astype(np.float32)

    def forget_other_articles(self, keep: set[str]) -> None:
        """Delete cached vectors of articles no longer served."""
        for path in self._cache_dir.glob("*.npz"):
            if path.stem not in keep:
                path.unlink(missing_ok=True)

    # -- the combined index -----------------------------------------------------------------
    def build_corpus(self, chunks: Sequence[ArticleChunks]) -> Corpus:
        """Assemble a corpus, loading the saved FAISS index when it matches these articles."""
        # One canonical order, so the same articles always make the same index file.
        chunks = sorted(chunks, key=lambda c: c.article.id)
        key = hashlib.sha256("\n".join(c.article.id for c in chunks).encode()).hexdigest()
        # The file is named by the article set it indexes, so it can never be paired with the
        # wrong articles, whatever moment a crash interrupts a write.
        index_path = self._index_dir / f"{key[:32]}.faiss"
        total = sum(len(c.passages) for c in chunks)
        index = None
        if index_path.exists():
            try:
                index = FaissIndex.load(index_path)
                if len(index) != total:
                    raise IndexCorruptedError(f"{index_path}: holds {len(index)} vectors, "
                                              f"expected {total}")
            except IndexCorruptedError as exc:
                logger.warning("%s; rebuilding the index from cached vectors", exc)
                index = None
        corpus = Corpus(chunks, index=index, dim=self.embedder.dim)
        if index is None and isinstance(corpus.index, FaissIndex):
            corpus.index.save(index_path)
            for stale in self._index_dir.glob("*.faiss"):
                if stale != index_path:
                    stale.unlink(missing_ok=True)
        return corpus
