"""Cleaned article text -> quotable spans: sentences, and overlapping windows of sentences."""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd

from retrieval.models import Article, Passage

WINDOW_SENTENCES = 3
_PARAGRAPH_RE = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    """Return the shared rule-based English segmenter (knows "U.S.", "Dec. 12", quotes)."""
    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of each sentence in `text`, never crossing a paragraph.

    Args:
        text: Cleaned article text, paragraphs separated by blank lines.

    Returns:
        Offsets such that `text[start:end]` is one sentence without surrounding whitespace.
    """
    spans: list[tuple[int, int]] = []
    for para in _PARAGRAPH_RE.finditer(text):
        base, chunk = para.start(), para.group()
        cursor = 0
        for piece in _segmenter().segment(chunk):
            sentence = piece.sent.strip()
            if not sentence:
                continue
            # pysbd's offsets can drift on unusual whitespace; locate the sentence ourselves.
            found = chunk.find(sentence, cursor)
            if found < 0:
                continue
            cursor = found + len(sentence)
            spans.append((base + found, base + cursor))
    return _merge_fragments(text, spans)


def _merge_fragments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a fragment with no letters (a stray quote mark, a number) onto its predecessor."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        same_paragraph = merged and "\n" not in text[merged[-1][1]:start]
        if merged and same_paragraph and not re.search(r"[^\W\d_]{2}", text[start:end]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def split_passages(article: Article, *, window: int = WINDOW_SENTENCES) -> list[Passage]:
    """Cut an article into sentence passages and overlapping windows of `window` sentences.

    Args:
        article: The cleaned article.
        window: Sentences per window; windows slide by one sentence and may cross paragraphs
            (agency copy often has one sentence per paragraph).

    Returns:
        Sentence passages first (in text order), then window passages.
    """
    spans = sentence_spans(article.text)
    passages = [
        Passage(article.id, s, e, article.text[s:e], kind="sentence", sentences=(i,))
        for i, (s, e) in enumerate(spans)
    ]
    if len(spans) > 1:
        size = min(window, len(spans))
        for first in range(len(spans) - size + 1):
            s, e = spans[first][0], spans[first + size - 1][1]
            passages.append(Passage(article.id, s, e, article.text[s:e], kind="window",
                                    sentences=tuple(range(first, first + size))))
    return passages
