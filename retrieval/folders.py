"""Folders of article files -> articles: subfolders, `sources.toml` metadata, skip reports."""

from __future__ import annotations

import logging
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from retrieval.errors import ArticleFormatError
from retrieval.loading import load_file
from retrieval.markup import META_ALIASES, META_KEYS
from retrieval.models import Article

logger = logging.getLogger(__name__)

SIDECAR_NAME = "sources.toml"


@dataclass(frozen=True)
class LoadReport:
    """The articles read from a set of paths and the files that were skipped, with why."""

    articles: tuple[Article, ...]
    errors: tuple[ArticleFormatError, ...]


def read_sidecar(directory: Path) -> dict[str, dict[str, Any]]:
    """Read `sources.toml` in a directory: a table of metadata per file name."""
    path = directory / SIDECAR_NAME
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        logger.warning("%s: ignored, not valid TOML (%s)", path, exc)
        return {}
    tables = {name: meta for name, meta in data.items() if isinstance(meta, dict)}
    known = {*META_KEYS, *META_ALIASES}
    for name, meta in tables.items():
        unknown = sorted(set(meta) - known)
        if unknown:  # a typo ("auther") would otherwise be lost without a word
            logger.warning("%s: [%r] ignores %s; the keys read are %s (or %s)", path, name,
                           ", ".join(unknown), ", ".join(META_KEYS), ", ".join(META_ALIASES))
    return tables


def article_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Yield the files in the given files and directories (and their subfolders), sorted.

    Hidden files and the `sources.toml` sidecar are left out; a file of another type is
    yielded too, so that reading it reports it ("notes.pdf: unsupported file type") instead
    of ignoring it silently.
    """
    for path in paths:
        if path.is_dir():
            # Subfolders too ("articles/2026/..."); hidden ones (".git") are no articles.
            yield from sorted(p for p in path.rglob("*") if p.is_file()
                              and not any(part.startswith(".")
                                          for part in p.relative_to(path).parts)
                              and p.name != SIDECAR_NAME)
        else:
            yield path


def load_paths(paths: Iterable[Path]) -> LoadReport:
    """Read every article under the given paths; bad files are reported and skipped.

    Args:
        paths: Article files and directories of article files.

    Returns:
        The articles read (first occurrence of each id) and one error per skipped file.
    """
    articles: dict[str, Article] = {}
    errors: list[ArticleFormatError] = []
    sidecars: dict[Path, dict[str, dict[str, Any]]] = {}
    for path in article_files(paths):
        directory = path.parent
        if directory not in sidecars:
            sidecars[directory] = read_sidecar(directory)
        try:
            article = load_file(path, sidecar=sidecars[directory].get(path.name))
        except ArticleFormatError as exc:
            logger.error("skipped %s", exc)
            errors.append(exc)
            continue
        articles.setdefault(article.id, article)
    return LoadReport(articles=tuple(articles.values()), errors=tuple(errors))
