"""Marked-up article text -> plain text: HTML pages (trafilatura) and Markdown (markdown-it)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from retrieval.errors import ArticleFormatError

# A whole page or fragment of HTML: it opens with a tag and closes one somewhere.
_HTML_START_RE = re.compile(r"\s*<(?:!doctype|html|head|body|article|main|div|p|h[1-6]|nav|section"
                            r"|header|span|table|ul|ol)\b", re.IGNORECASE)
_HTML_CLOSE_RE = re.compile(r"</[a-z][a-z0-9]*\s*>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """Return True for text that is HTML markup rather than article prose.

    Args:
        text: Text as posted or read from a file.

    Returns:
        True when it starts with an HTML tag and closes at least one tag.
    """
    return bool(_HTML_START_RE.match(text)) and bool(_HTML_CLOSE_RE.search(text))


def html_article(text: str, where: str | Path) -> tuple[dict[str, Any], str]:
    """Extract the main text and metadata of an HTML page with trafilatura.

    Args:
        text: The page's HTML.
        where: The file or request it came from, for error messages.

    Returns:
        The metadata found (title, outlet, published, url; None when absent) and the text.

    Raises:
        ArticleFormatError: When the page holds no article text.
    """
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body:
        raise ArticleFormatError(f"{where}: no article text found in the HTML page; give the "
                                 "page's full HTML or its text")
    meta = {
        "title": getattr(doc, "title", None),
        "outlet": getattr(doc, "sitename", None),
        "published": getattr(doc, "date", None),
        # A page's own address, when it gives a usable one (not a relative path).
        "url": url if isinstance(url := getattr(doc, "url", None), str)
        and re.match(r"https?://\S+$", url, re.IGNORECASE) else None,
    }
    return meta, body


# Inline tokens whose text is prose; images, raw HTML and the link targets are not.
_INLINE_TEXT = {"text", "code_inline"}
_BREAKS = {"softbreak": " ", "hardbreak": "\n"}


def _inline_text(token: Token) -> str:
    parts = []
    for child in token.children or ():
        if child.type in _INLINE_TEXT:
            parts.append(child.content)
        elif child.type in _BREAKS:
            parts.append(_BREAKS[child.type])
    return "".join(parts).strip()


def markdown_text(text: str) -> str:
    """Return Markdown as plain text: one paragraph per heading, paragraph or list item.

    Args:
        text: A Markdown document (front matter already split off).

    Returns:
        The prose without markup ("**$2.3 million**" -> "$2.3 million", "# Title" -> "Title",
        "- Parking spaces removed: 48" -> "Parking spaces removed: 48"), blocks separated by
        blank lines; code blocks keep their lines; images and raw HTML are dropped.
    """
    blocks: list[str] = []
    for token in MarkdownIt("commonmark").parse(text):
        if token.type == "inline":
            content = _inline_text(token)
        elif token.type in ("fence", "code_block"):
            content = token.content.strip()
        else:
            continue
        if content:
            blocks.append(content)
    return "\n\n".join(blocks)
