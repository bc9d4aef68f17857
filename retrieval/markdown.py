"""Markdown -> plain paragraphs: markup dropped, every heading, item, row and note kept."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from retrieval.errors import ArticleFormatError
from retrieval.markup import html_article, split_front_matter

# Signs of Markdown in posted text; scraped page text has none of them, or only one by chance.
_MARKDOWN_SIGNS = (
    re.compile(r"^#{1,6}[ \t]+[^\n#]*[^\W\d_]", re.MULTILINE),  # a heading ("# # #" is none)
    re.compile(r"(?<!\*)\*\*[^*\s][^*\n]*\*\*(?!\*)|__[^_\n]+__"),  # strong emphasis
    re.compile(r"^\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$",
               re.MULTILINE),  # a table
    re.compile(r"^[ \t]{0,3}\[\^[^\]\s]+\]:", re.MULTILINE),  # a footnote
    re.compile(r"\[[^\]\n]+\]\((?:https?://|/)[^)\s]*\)"),  # a link
)


def markdown_parts(text: str, where: Path) -> tuple[dict[str, Any], str] | None:
    """Split posted text written in Markdown into its front matter and body; None otherwise.

    Args:
        text: The posted article text.
        where: Where it came from, for error messages.

    Returns:
        (front matter, Markdown body) when the text opens with a front-matter block or holds
        two of: a heading, strong emphasis, a table, a footnote, a link; None for other text.

    Raises:
        ArticleFormatError: When Markdown opens with a block between --- lines that is not a
            mapping of key: value.
    """
    if text.startswith("---"):
        try:  # front matter only if it is a block of key: value ("---\nBREAKING\n---" is not)
            meta, body = split_front_matter(text, where)
        except ArticleFormatError:
            meta, body = {}, text
        if meta:
            return meta, body
    if sum(bool(sign.search(text)) for sign in _MARKDOWN_SIGNS) < 2:
        return None
    return split_front_matter(text, where)


# Inline tokens whose text is prose; images, raw HTML and the link targets are not.
_INLINE_TEXT = {"text", "code_inline"}
_BREAKS = {"softbreak": " ", "hardbreak": "\n"}
_BR_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _inline_text(token: Token) -> str:
    """Return the prose of an inline token: text and code, line breaks kept, markup dropped."""
    parts = []
    struck = False  # "~~cheap~~ dear": the struck-out words are no longer the text
    for child in token.children or ():
        if child.type in ("s_open", "s_close"):
            struck = child.type == "s_open"
        elif struck:
            continue
        elif child.type in _INLINE_TEXT:
            parts.append(child.content)
        elif child.type in _BREAKS:
            parts.append(_BREAKS[child.type])
        elif child.type == "html_inline" and _BR_RE.fullmatch(child.content.strip()):
            parts.append("\n")
    return re.sub(r" {2,}", " ", "".join(parts)).strip()


def _html_block_text(html: str) -> str:
    """Return the text of an HTML block inside Markdown ("<p>...</p>", a <table>'s rows)."""
    try:
        return "\n\n".join(line for line in html_article(html, "markdown")[1].splitlines()
                           if line.strip())
    except ArticleFormatError:
        return ""


def _markdown_tokens(text: str) -> list[Token]:
    """Parse Markdown; footnote marks ("[^1]") become nothing, every note a paragraph."""
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(footnote_plugin)
    # The footnote parser moves notes to the end and leaves out those nothing refers to: here
    # every note stays where it stands, as text of the article.
    parser.disable("footnote_tail")
    return parser.parse(text)


def markdown_text(text: str) -> str:
    """Return Markdown as plain text: one paragraph per heading, paragraph, item or table row.

    Args:
        text: A Markdown document (front matter already split off).

    Returns:
        The prose without markup ("**$2.3 million**" -> "$2.3 million", "# Title" -> "Title",
        "- Parking spaces removed: 48" -> "Parking spaces removed: 48"; a table row's cells
        joined by "; "), blocks separated by blank lines; code blocks keep their lines, HTML
        blocks their text; images and footnote marks are dropped, footnotes kept.
    """
    blocks: list[str] = []
    row: list[str] | None = None
    for token in _markdown_tokens(text):
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            blocks.append("; ".join(cell for cell in row if cell))
            row = None
        elif token.type == "inline" and row is not None:
            row.append(_inline_text(token))
        elif token.type == "inline":
            blocks.append(_inline_text(token))
        elif token.type in ("fence", "code_block"):
            blocks.append(token.content.strip())
        elif token.type == "html_block":
            blocks.append(_html_block_text(token.content))
    return "\n\n".join(block for block in blocks if block)
