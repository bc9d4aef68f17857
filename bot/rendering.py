"""Answers, help and source lists as Telegram HTML messages (pure functions, no I/O).

Every piece of article text, title, URL and question is escaped; messages are split only
between blocks (a quote with its attribution is one block), so no part ever cuts a tag, an
entity or a quote, and every part fits Telegram's 4096-character limit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from urllib.parse import urlsplit

from retrieval.models import Answer, Article, Quote, Source

__all__ = [
    "ALLOWED_TAGS",
    "APOLOGY",
    "MAX_MESSAGE",
    "ONLY_TEXT",
    "attribution",
    "message_length",
    "render_answer",
    "render_ask_hint",
    "render_help",
    "render_invalid",
    "render_not_found",
    "render_rate_limited",
    "render_sources",
    "shorten",
    "split_messages",
]

MAX_MESSAGE = 4096
# Escaped characters a quote may take, leaving room for its tags and attribution in a message.
MAX_QUOTE_CHARS = 3400
MAX_TITLE_CHARS = 300
MAX_OUTLET_CHARS = 100
MAX_URL_CHARS = 500
# The tags these functions emit; all of them are in Telegram's HTML subset.
ALLOWED_TAGS = frozenset({"b", "i", "a", "blockquote"})


def _text(value: str) -> str:
    """Escape text for Telegram HTML (<, >, & and quotes)."""
    return escape(value, quote=True)


def message_length(text: str) -> int:
    """Return the length Telegram counts: UTF-16 code units (an emoji counts twice)."""
    return len(text.encode("utf-16-le")) // 2


def _safe_url(url: str | None) -> str | None:
    """Return the URL if it is a plain http(s) link, else None (no javascript: links)."""
    if not url or any(c.isspace() or ord(c) < 32 for c in url.strip()):
        return None
    url = url.strip()
    parts = urlsplit(url)
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def shorten(text: str, limit: int = MAX_QUOTE_CHARS) -> str:
    """Cut raw text so that its escaped form fits `limit`, at a word boundary, marking the cut.

    Args:
        text: Raw (unescaped) text.
        limit: The most characters the escaped result may take, the ellipsis included.

    Returns:
        The text unchanged when it fits, else a prefix ending in "…".
    """
    if message_length(_text(text)) <= limit:
        return text
    used, end = 0, 0
    for end, char in enumerate(text):  # noqa: B007 - `end` is the first char that does not fit
        size = message_length(_text(char))
        if used + size > limit - 1:
            break
        used += size
    cut = text[:end]
    space = cut.rfind(" ")
    if space > len(cut) // 2:
        cut = cut[:space]
    return cut.rstrip() + "…"


def attribution(source: Source) -> str:
    """Return "— Outlet, YYYY-MM-DD: Title" with the title linked when a URL is known."""
    outlet = shorten(source.outlet, MAX_OUTLET_CHARS) if source.outlet else None
    parts = [p for p in (outlet, source.published and source.published.isoformat()) if p]
    head = _text(", ".join(parts) or "Unknown source")
    title = _text(shorten(source.title or "Untitled", MAX_TITLE_CHARS))
    url = _safe_url(source.url)
    if url and message_length(_text(url)) > MAX_URL_CHARS:
        url = None  # an absurdly long link would crowd out the quote itself
    linked = f'<a href="{_text(url)}">{title}</a>' if url else title
    return f"— {head}: {linked}"


def _quote_block(quote: Quote, *, answer: bool = False) -> str:
    """One quote as a blockquote followed by its attribution (never split, never too long)."""
    source = attribution(quote.source)
    wrapper = "<blockquote><b></b></blockquote>\n" if answer else "<blockquote></blockquote>\n"
    room = MAX_MESSAGE - message_length(source) - len(wrapper)
    body = _text(shorten(quote.text.strip(), min(MAX_QUOTE_CHARS, room)))
    if answer:
        body = f"<b>{body}</b>"
    return f"<blockquote>{body}</blockquote>\n{source}"


def split_messages(blocks: Iterable[str], *, limit: int = MAX_MESSAGE) -> list[str]:
    """Pack blocks into messages of at most `limit` characters, splitting only between blocks.

    Args:
        blocks: Self-contained HTML fragments (each balanced and no longer than `limit`).
        limit: The maximum message length, in Telegram's UTF-16 units.

    Returns:
        The messages, in order; a block is never split.

    Raises:
        ValueError: When one block alone is longer than `limit`.
    """
    messages: list[str] = []
    current = ""
    for block in blocks:
        if message_length(block) > limit:
            raise ValueError("a block is longer than one message; shorten it first")
        candidate = f"{current}\n\n{block}" if current else block
        if message_length(candidate) > limit:
            messages.append(current)
            current = block
        else:
            current = candidate
    if current:
        messages.append(current)
    return messages


def render_answer(answer: Answer, *, examples: Sequence[str] = ()) -> list[str]:
    """Render an answer: the answering quote first, then the supporting quotes.

    Args:
        answer: The service's answer.
        examples: Example questions offered when nothing answers.

    Returns:
        One or more Telegram HTML messages.
    """
    if not answer.answered or answer.answer is None:
        return [render_not_found(answer.question, examples=examples)]
    blocks = [_quote_block(answer.answer, answer=True)]
    # quotes[0] is the answer itself; the rest support it (or state a disagreeing source).
    others = [q for q in answer.quotes if q != answer.answer]
    if others:
        blocks.append("<i>Also in the articles:</i>")
        blocks += [_quote_block(q) for q in others]
    return split_messages(blocks)


def render_not_found(question: str, *, examples: Sequence[str] = ()) -> str:
    """Say plainly that the articles do not answer, and offer /sources and an example."""
    text = (f"I could not find an answer to “{_text(shorten(question, MAX_TITLE_CHARS))}” in "
            "the articles I know. Send /sources to see them.")
    if examples:
        text += f"\nYou could ask, for example: <i>{_text(examples[0])}</i>"
    return text


def render_help(articles: Sequence[Article], *, examples: Sequence[str]) -> str:
    """Explain what the bot does, what it knows, and give example questions."""
    count = len(articles)
    lines = ["I answer questions about news articles with <b>exact quotes</b> from them, "
             "each with its source. I never make anything up.",
             f"\nI know {count} article{'' if count == 1 else 's'}; send /sources to list them."]
    if examples:
        lines.append("\nTry asking:")
        lines += [f"• <i>{_text(e)}</i>" for e in examples[:3]]
    lines.append("\nFollow-up questions work too. In groups, use /ask &lt;question&gt;, "
                 "mention me, or reply to me.")
    return "\n".join(lines)


def render_sources(articles: Sequence[Article]) -> list[str]:
    """List the articles (title, outlet, date, link), split into messages as needed."""
    if not articles:
        return ["I have no articles yet."]
    blocks = ["<b>The articles I know</b>"]
    for number, article in enumerate(articles, 1):
        blocks.append(f"{number}. {attribution(article.source).removeprefix('— ')}")
    return split_messages(blocks)


def render_rate_limited(limit: int) -> str:
    """Tell a chat politely that it asks faster than the per-minute limit."""
    return (f"You are asking faster than I can read (at most {limit} questions a minute per "
            "chat). Please wait a minute and try again.")


def render_invalid(reason: str) -> str:
    """Explain why a question cannot be asked, e.g. it is empty or too long."""
    return f"Sorry, I cannot take that question: {_text(reason.rstrip('.'))}."


def render_ask_hint(examples: Sequence[str] = ()) -> str:
    """Reply to an empty /ask: how to ask, with an example when one is configured."""
    if not examples:
        return "Ask me a question about the articles, e.g. /ask followed by your question."
    return f"Ask me a question, for example: <i>{_text(examples[0])}</i>"


ONLY_TEXT = "I can only read text questions. Send /help for examples."
APOLOGY = "Sorry, something went wrong while answering. Please try again."
