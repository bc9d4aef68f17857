"""Read article files of every accepted format into cleaned `Article` values."""

from __future__ import annotations

import hashlib
import logging
from datetime import date, datetime
from pathlib import Path
from typing import Any

from retrieval.cleaning import clean_text
from retrieval.errors import ArticleFormatError
from retrieval.markdown import markdown_parts, markdown_text
from retrieval.markup import (
    canonical_metadata,
    html_article,
    is_web_address,
    json_article,
    looks_like_html,
    split_front_matter,
)
from retrieval.metadata import infer_metadata, parse_date
from retrieval.models import Article, Source

logger = logging.getLogger(__name__)

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".json"})


def article_id(text: str) -> str:
    """Return the stable id of an article: a hash of its cleaned text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def build_article(
    raw_text: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    published: date | datetime | str | None = None,
    url: str | None = None,
    origin: str = "",
    title_in_text: bool = True,
) -> Article:
    """Clean raw article text and attach metadata; explicit values win over inferred ones.

    Args:
        raw_text: The article as scraped or pasted, boilerplate included.
        title: The title; when None, the first non-boilerplate line of the text.
        outlet: The publisher; when None, inferred from a byline or photo credits.
        published: The publication date; when None, inferred from a dated byline.
        url: The article's address, if known.
        origin: Where the article came from (a file path, or "api").
        title_in_text: Whether the text begins with its own headline (see `clean_text`).

    Returns:
        The cleaned article, whose id is a hash of its cleaned text.

    Raises:
        ArticleFormatError: When no article text is left after cleaning.
    """
    inferred = infer_metadata(raw_text)
    cleaned = clean_text(raw_text, title=title, title_in_text=title_in_text,
                         outlet=outlet or inferred.outlet)
    where = origin or "article"
    if not cleaned.text.strip():
        raise ArticleFormatError(f"{where}: no article text left after removing boilerplate; "
                                 "give the article body, not only a title or page furniture")
    if isinstance(published, datetime):  # YAML and TOML read timestamps as datetimes
        published = published.date()
    if isinstance(published, str):
        parsed = parse_date(published)
        if parsed is None:
            raise ArticleFormatError(f"{where}: published date {published!r} is not YYYY-MM-DD")
        published = parsed
    if url and not is_web_address(url):
        raise ArticleFormatError(f"{where}: url {url!r} is not an http(s) address; give the "
                                 "article's web address or leave it out")
    source = Source(
        title=(cleaned.title or "Untitled").strip(),
        outlet=(outlet or inferred.outlet or None),
        published=published or inferred.published,
        url=url or None,
    )
    return Article(id=article_id(cleaned.text), source=source, text=cleaned.text, origin=origin)


def build_posted_article(text: str, *, title: str | None = None, outlet: str | None = None,
                         published: date | str | None = None, url: str | None = None,
                         origin: str = "api") -> Article:
    """Build an article from posted text: page text as copied, Markdown or an HTML page.

    Args:
        text: The article text, Markdown (with front matter, if any), or the page's HTML
            (its main text is extracted).
        title: The headline, if known; otherwise the page's, or the text's first line.
        outlet: The publisher, if known; otherwise the page's or the text's byline.
        published: The publication date, if known.
        url: The article's address.
        origin: Where it came from, for the record and error messages.

    Returns:
        The cleaned article.

    Raises:
        ArticleFormatError: When no article text is left (an HTML page without one).
    """
    markdown = markdown_parts(text, Path(origin))
    if markdown is not None:  # read as a .md file is: front matter, then Markdown
        meta, body = markdown
        given = {k: v for k, v in (("title", title), ("outlet", outlet),
                                   ("published", published), ("url", url)) if v}
        return _from_metadata(markdown_text(body), {**canonical_metadata(meta), **given},
                              origin=origin)
    if not looks_like_html(text):
        return build_article(text, title=title, outlet=outlet, published=published, url=url,
                             origin=origin)
    meta, body = html_article(text, origin)
    page_date = meta.get("published")
    return build_article(body, title=title or meta.get("title"), title_in_text=False,
                         outlet=outlet or meta.get("outlet"),
                         published=published or (page_date if isinstance(page_date, str)
                                                 and parse_date(page_date) else None),
                         url=url or meta.get("url"), origin=origin)


def _from_metadata(body: str, meta: dict[str, Any], *, origin: str,
                   title_in_text: bool = True) -> Article:
    """Build an article from its body and a mapping of metadata (front matter, fields)."""
    meta = canonical_metadata(meta)
    published = meta.get("published")
    return build_article(
        body,
        title=str(meta["title"]) if "title" in meta else None,
        title_in_text=title_in_text,
        outlet=str(meta["outlet"]) if "outlet" in meta else None,
        published=published if isinstance(published, date | str) else None,
        url=str(meta["url"]) if "url" in meta else None,
        origin=origin,
    )


def _read_text(path: Path) -> str:
    """Read a file as UTF-8, turning every failure into an ArticleFormatError naming it."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleFormatError(f"{path}: cannot read file ({exc.strerror}); check it exists "
                                 "and is readable") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleFormatError(f"{path}: not UTF-8 text (byte {exc.start}); re-save the file "
                                 "as UTF-8") from exc
    if not text.strip():
        raise ArticleFormatError(f"{path}: the file is empty")
    return text


def unsupported_type(path: Path) -> str:
    """Return the message for a file of a type no article is read from ("notes.pdf: ...")."""
    return (f"{path}: unsupported file type {path.suffix.lower()!r}; use one of "
            f"{', '.join(sorted(ARTICLE_SUFFIXES))}")


def load_file(path: Path, *, sidecar: dict[str, Any] | None = None) -> Article:
    """Read one article file of any accepted format.

    Args:
        path: A .txt, .md, .html/.htm or .json file.
        sidecar: Metadata for this file from sources.toml; front matter and file fields win.

    Returns:
        The cleaned article.

    Raises:
        ArticleFormatError: When the file is unreadable, empty, not UTF-8 or malformed.
    """
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise ArticleFormatError(unsupported_type(path))
    text = _read_text(path)
    if suffix in (".html", ".htm"):
        meta, body = html_article(text, path)
    elif suffix == ".json":
        meta, body = json_article(text, path)
    else:
        meta, body = split_front_matter(text, path)
        if suffix == ".md":
            body = markdown_text(body)
    merged = {**canonical_metadata(sidecar or {}), **canonical_metadata(meta)}
    return _from_metadata(body, merged, origin=str(path),
                          title_in_text=suffix not in (".json", ".html", ".htm"))
