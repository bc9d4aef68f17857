"""Which sentence measures the thing asked about: "a full barrel weighs around 250kg"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.fact_patterns import fact_spans
from retrieval.lexical import LexicalIndex
from retrieval.search import ScoredSentence

# Within this of the best, a sentence measuring more of the thing asked comes first: "how
# heavy is a full whiskey barrel?" - "a full barrel weighs around 250kg" (0.095 below) over
# "a full butt weighs the best part of 600kg".
MEASURED_MARGIN = 0.1
_BEFORE_WORDS = 6  # the words before a measure that name what it measures


def measured_terms(lexical: LexicalIndex, kind: str, sentence: str) -> set[str]:
    """Return the stemmed words standing just before the sentence's measures of the kind.

    Args:
        lexical: The index whose stemmer the terms use.
        kind: A measure's kind ("weight", "length"...).
        sentence: The candidate sentence.

    Returns:
        The terms of the six words before each measure, within its clause (not past a
        comma, a semicolon or a colon): "a full barrel weighs around" for "250kg".
    """
    terms: set[str] = set()
    for start, _ in fact_spans(kind, sentence):
        clause = re.split(r"[,;:]", sentence[:start])[-1]
        terms.update(lexical.terms(" ".join(clause.split()[-_BEFORE_WORDS:])))
    return terms


def measured_first(lexical: LexicalIndex, kind: str, asked: frozenset[str],
                   ranked: Sequence[tuple[ScoredSentence, float]]) -> int:
    """Return where a close sentence measuring more of the thing asked than the best stands.

    Args:
        lexical: The index whose stemmer the terms use.
        kind: A measure's kind.
        asked: The question's topical terms, the measure's own words left out.
        ranked: (candidate, score) pairs, best first.

    Returns:
        The index of the candidate within MEASURED_MARGIN of a best holding the measure
        that has more of the asked terms just before its measure than the best (of several,
        the one with most); 0 when none has.
    """
    first, first_score = ranked[0]
    if not asked or not fact_spans(kind, first.passage.text):
        return 0
    most = len(asked & measured_terms(lexical, kind, first.passage.text))
    found = 0
    for i, (cand, score) in enumerate(ranked[1:], start=1):
        if score < first_score - MEASURED_MARGIN:
            break
        held = len(asked & measured_terms(lexical, kind, cand.passage.text))
        if held > most:
            found, most = i, held
    return found
