"""Article formats -> metadata and plain text: HTML, YAML front matter, JSON; web addresses."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from retrieval.errors import ArticleFormatError

# The metadata an article file may give, and the other names it goes by in front matter,
# JSON and sources.toml ("date:" is Hugo's and Jekyll's).
META_KEYS = ("title", "outlet", "published", "url")
META_ALIASES = {"date": "published", "publisher": "outlet", "source": "outlet", "link": "url"}


def canonical_metadata(meta: dict[str, Any]) -> dict[str, Any]:
    """Return the metadata under our keys, aliases renamed where our key is absent or empty.

    Args:
        meta: Metadata as written in a file (front matter, JSON fields, sources.toml).

    Returns:
        Only title, outlet, published and url, each with its non-empty value.
    """
    found = {k: v for k, v in meta.items() if k in META_KEYS and v}
    for alias, key in META_ALIASES.items():
        value = meta.get(alias)
        # Only a name, an address or a date: NewsAPI's "source" is an object, and a "date"
        # of another format ("05/03/2024", an epoch) would fail or lose the sidecar's.
        if key not in found and _plain(key, value):
            found[key] = value
    return found


def _plain(key: str, value: Any) -> bool:
    """Return True for an alias's value that our key takes: text, or a date we can read."""
    from retrieval.metadata import parse_date  # metadata imports cleaning, a heavier module

    if key == "published":
        return isinstance(value, date) or (isinstance(value, str) and parse_date(value) is not None)
    if key == "url":
        return isinstance(value, str) and is_web_address(value)  # not "/news/2024/story"
    return isinstance(value, str) and bool(value.strip())


# An IPv6 address as RFC 3986 writes it (a bracketed host must be one: "http://[]/" was
# accepted, and a client's URL parser then failed on it).
_H16 = "[0-9A-Fa-f]{1,4}"
_OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_LS32 = f"({_H16}:{_H16}|{_OCTET}\\.{_OCTET}\\.{_OCTET}\\.{_OCTET})"
_IPV6 = "|".join([
    f"({_H16}:){{6}}{_LS32}", f"::({_H16}:){{5}}{_LS32}", f"({_H16})?::({_H16}:){{4}}{_LS32}",
    f"(({_H16}:){{0,1}}{_H16})?::({_H16}:){{3}}{_LS32}",
    f"(({_H16}:){{0,2}}{_H16})?::({_H16}:){{2}}{_LS32}",
    f"(({_H16}:){{0,3}}{_H16})?::{_H16}:{_LS32}", f"(({_H16}:){{0,4}}{_H16})?::{_LS32}",
    f"(({_H16}:){{0,5}}{_H16})?::{_H16}", f"(({_H16}:){{0,6}}{_H16})?::"])
# An absolute http(s) URL: the scheme (any case), maybe "user@", a host (a name or "[IPv6]"),
# maybe a port from 1 to 65535, then no space or control character anywhere. Anchored, and
# written for Python's, ECMA's and Rust's regex engines alike: the HTTP API's schema uses it
# as the one check, so what it accepts is accepted. Linear, whatever the input.
_NOT_IN_URL = r"\x00-\x20\x7f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_PORT = ("(6553[0-5]|655[0-2][0-9]|65[0-4][0-9][0-9]|6[0-4][0-9][0-9][0-9]|[1-5][0-9][0-9][0-9]"
         "[0-9]|[1-9][0-9]?[0-9]?[0-9]?)")
WEB_ADDRESS = (f"^[Hh][Tt][Tt][Pp][Ss]?://([^{_NOT_IN_URL}/?#@]+@)?"
               f"(\\[({_IPV6})\\]|[^{_NOT_IN_URL}/?#@:.\\[\\]]"
               f"[^{_NOT_IN_URL}/?#@:\\[\\]]*)(:0*{_PORT})?([/?#][^{_NOT_IN_URL}]*)?$")
_WEB_ADDRESS_RE = re.compile(WEB_ADDRESS)


def is_web_address(url: str) -> bool:
    """Return True for an absolute http(s) URL ("https://example.org/a"), not "javascript:"."""
    return bool(_WEB_ADDRESS_RE.match(url)) and "\n" not in url


# A whole page or a fragment of HTML: it opens with a tag and closes one somewhere.
_HTML_START_RE = re.compile(
    r"<(?:!doctype|html|head|title|meta|link|body|article|main|div|p|h[1-6]|nav|section|header"
    r"|figure|img|span|table|ul|ol|blockquote|script|style)\b", re.IGNORECASE)
_HTML_CLOSE_RE = re.compile(r"</[a-z][a-z0-9]*\s*>", re.IGNORECASE)
# The rule under a table's header row as trafilatura writes it ("|---|---|").
_TABLE_RULE_RE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?")


def _without_preamble(text: str) -> str:
    """Return a page without what may precede its first tag: a BOM, an XML prolog, comments."""
    text = text.lstrip("\ufeff \t\r\n")
    for opening, closing in (("<?xml", "?>"), ("<!--", "-->")):
        while text.startswith(opening) and (end := text.find(closing)) >= 0:
            text = text[end + len(closing):].lstrip()
    return text


def looks_like_html(text: str) -> bool:
    """Return True for text that is HTML markup rather than article prose.

    Args:
        text: Text as posted or read from a file.

    Returns:
        True when, after a BOM, an XML prolog or comments ("<!-- saved from url=... -->"), it
        starts with an HTML tag and closes at least one tag.
    """
    body = _without_preamble(text)
    return bool(_HTML_START_RE.match(body)) and bool(_HTML_CLOSE_RE.search(body))


def _plain_lines(text: str) -> str:
    """Return trafilatura's text without list bullets and table pipes ("- 48", "| a | b |")."""
    lines = []
    for line in text.splitlines():
        stripped = line.strip()
        if _TABLE_RULE_RE.fullmatch(stripped):
            continue
        if stripped.startswith("|"):
            stripped = "; ".join(c.strip() for c in stripped.strip("|").split("|") if c.strip())
        elif stripped.startswith("- "):
            stripped = stripped[2:]
        lines.append(stripped)
    return "\n".join(lines)


def html_article(text: str, where: str | Path) -> tuple[dict[str, Any], str]:
    """Extract the main text and metadata of an HTML page (or fragment) with trafilatura.

    Args:
        text: The page's HTML, or a fragment of it ("<p>...</p>").
        where: The file or request it came from, for error messages.

    Returns:
        The metadata found (title, outlet, published, url; None when absent) and the text.

    Raises:
        ArticleFormatError: When the page holds no text at all.
    """
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    page = _without_preamble(text)
    if not re.match(r"<(?:!doctype|html)\b", page, re.IGNORECASE):
        page = f"<html><body>{page}</body></html>"  # trafilatura reads whole pages only
    # The page's own date, not a "Copyright 2026" footer's year.
    doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False,
                                      date_extraction_params={"extensive_search": False,
                                                              "original_date": True})
    body = getattr(doc, "text", None) if doc is not None else None
    # Too little for trafilatura's idea of an article: all the page's text, then.
    body = _plain_lines(body) if body else trafilatura.html2txt(page)
    if not body.strip():
        raise ArticleFormatError(f"{where}: no text found in the HTML page; give the page's "
                                 "full HTML or its text")
    meta = {
        "title": getattr(doc, "title", None),
        "outlet": getattr(doc, "sitename", None),
        "published": getattr(doc, "date", None),
        # A page's own address, when it gives a usable one (not a relative path).
        "url": url if isinstance(url := getattr(doc, "url", None), str)
        and is_web_address(url) else None,
    }
    return meta, body


def split_front_matter(text: str, path: Path) -> tuple[dict[str, Any], str]:
    """Split a leading YAML front-matter block (between --- lines) from the body.

    Args:
        text: The file's text.
        path: The file, for error messages.

    Returns:
        The front matter's mapping (empty without one) and the rest of the text.

    Raises:
        ArticleFormatError: When the block is never closed or is not a YAML mapping.
    """
    if not text.startswith("---"):
        return {}, text
    parts = text.split("\n---", 1)
    if len(parts) != 2:
        raise ArticleFormatError(f"{path}: front matter opened with --- is never closed")
    try:
        meta = yaml.safe_load(parts[0][3:]) or {}
    except yaml.YAMLError as exc:
        raise ArticleFormatError(f"{path}: front matter is not valid YAML ({exc})") from exc
    if not isinstance(meta, dict):
        raise ArticleFormatError(f"{path}: front matter must be a mapping of key: value")
    return meta, parts[1].split("\n", 1)[1] if "\n" in parts[1] else ""


def json_article(text: str, path: Path) -> tuple[dict[str, Any], str]:
    """Read a {title, text, outlet, published, url} JSON article.

    Args:
        text: The file's text.
        path: The file, for error messages.

    Returns:
        The metadata fields and the article text.

    Raises:
        ArticleFormatError: When the JSON is malformed or has no "text" string.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ArticleFormatError(f"{path}: invalid JSON at line {exc.lineno}, column "
                                 f"{exc.colno}: {exc.msg}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise ArticleFormatError(f'{path}: expected an object with a "text" string field')
    return canonical_metadata(data), data["text"]
