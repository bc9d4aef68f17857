"""The words a sentence puts before each of its facts of a kind, within the fact's clause."""

from __future__ import annotations

import re

from retrieval.fact_patterns import fact_spans


def words_before(kind: str, sentence: str, *,
                 count: int) -> list[tuple[list[str], tuple[int, int]]]:
    """Return each fact of the kind with the words standing before it in its clause.

    Args:
        kind: A kind from `question_types.asks_for` ("weight", "money"...).
        sentence: The candidate sentence.
        count: How many words before each fact to return at most.

    Returns:
        For each match of the kind's pattern, in order: the last `count` words before it,
        not past a comma, a semicolon, a colon or the match before it, and the match's
        (start, end) offsets; an empty list without one.
    """
    found: list[tuple[list[str], tuple[int, int]]] = []
    previous = 0
    for start, end in fact_spans(kind, sentence):
        # A pattern may match the end of a number only ("5 mph" of "145 mph"): the words
        # before the whole number count.
        whole = len(sentence[:start].rstrip("0123456789.,"))
        clause = re.split(r"[,;:]", sentence[previous:whole])[-1]
        found.append((clause.split()[-count:], (start, end)))
        previous = end
    return found
