"""Outlets named in a question ("according to IANS"): a filter on sources, not words to match."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# What introduces a source in a question: "according to IANS", "per News1", "in IANS".
_LEAD = r"(?:\b(?:according\s+to|per|in|by|from)\s+)?"


@lru_cache(maxsize=256)
def _pattern(outlet: str) -> re.Pattern[str] | None:
    """Return the pattern of a mention of the outlet, or None for a name with no words."""
    words = re.findall(r"\w+", outlet)
    if not words:
        return None
    name = r"\s+".join(map(re.escape, words))
    return re.compile(rf"{_LEAD}\b{name}(?:'s|’s)?\b", re.I)


def outlet_mentions(question: str, outlets: Iterable[str]) -> tuple[str, frozenset[str]]:
    """Find the served outlets a question names, and remove those mentions from it.

    Args:
        question: The question as asked.
        outlets: The outlets of the served articles.

    Returns:
        The question without the outlet mentions (and their "according to", "per", "in"),
        and the outlets named. Articles rarely name their own outlet, so a name left in the
        question would only count as a word the articles lack.
    """
    named = set()
    cleaned = question
    # Longer names first, so "Korea Herald" is not taken for a shorter outlet "Korea".
    for outlet in sorted(set(outlets), key=len, reverse=True):
        pattern = _pattern(outlet)
        if pattern is None:
            continue
        cleaned, count = pattern.subn(" ", cleaned)
        if count:
            named.add(outlet)
    if not named:
        return question, frozenset()
    cleaned = re.sub(r"[\s,;:]+([?.!])", r"\1", re.sub(r"\s{2,}", " ", cleaned)).strip(" ,;:")
    return cleaned, frozenset(named)
