"""Asked about the first (second, last...) of something, not a sentence about another one."""

from __future__ import annotations

import re

from retrieval.lexical import LexicalIndex

_ORDINALS = ("first", "second", "third", "fourth", "fifth", "last", "final")
# "the first run", "her second attempt": an ordinal and the word it counts.
_PAIR_RE = re.compile(rf"\b({'|'.join(_ORDINALS)})\s+([a-z][\w'’-]*)", re.I)


def ordinal_pairs(lexical: LexicalIndex, text: str) -> frozenset[tuple[str, str]]:
    """Return the (ordinal, stemmed word) pairs of a text ("first run" -> ("first", "run")).

    Args:
        lexical: The index whose stemmer the terms use.
        text: A question or a candidate sentence.

    Returns:
        Each ordinal with the stem of the word after it, that word being no stop word.
    """
    pairs = set()
    for found in _PAIR_RE.finditer(text):
        stems = lexical.terms(found.group(2))
        if stems:
            pairs.add((found.group(1).lower(), stems[0]))
    return frozenset(pairs)


def counts_another(asked: frozenset[tuple[str, str]], pairs: frozenset[tuple[str, str]]) -> bool:
    """Return True when a sentence names another of what is asked and not the one asked.

    Args:
        asked: The question's pairs (`ordinal_pairs`).
        pairs: The sentence's pairs.

    Returns:
        True for "her second run" and no "first run" when asked about the first run.
    """
    words = {word for _, word in asked}
    return not asked & pairs and any(word in words for _, word in pairs)
