"""Ranked candidates -> distinct ones: no near-duplicate passage shown twice."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from retrieval.lexical import LexicalIndex
from retrieval.passages import is_box_entry, is_fragment
from retrieval.revisions import stated_values
from retrieval.search import ScoredSentence

# Two quotes say the same when most of the shorter one's content terms are in the other.
NEAR_DUPLICATE = 0.8
_FEWEST_TERMS = 4  # a shorter quote is too short to say it repeats another


def near_duplicate(a: frozenset[str], b: frozenset[str]) -> bool:
    """Return True when most of the shorter set of content terms is in the other.

    Args:
        a: One quote's stemmed content terms.
        b: The other's.

    Returns:
        True when the shorter holds at least four terms and NEAR_DUPLICATE of them are shared.
    """
    shorter = min(len(a), len(b))
    return shorter >= _FEWEST_TERMS and len(a & b) / shorter >= NEAR_DUPLICATE


def distinct_candidates(lexical: LexicalIndex,
                        ranked: Sequence[tuple[ScoredSentence, float]], *,
                        limit: int) -> list[tuple[ScoredSentence, float]]:
    """Return the ranked candidates less those repeating a better one's words.

    Args:
        lexical: The index holding each passage's terms.
        ranked: (candidate, score) pairs, best first.
        limit: How many distinct candidates to keep at most.

    Returns:
        The first `limit` candidates, best first, none a near-duplicate of one before it: a
        heading or a fact box's entry repeating a sentence's words does not hide the sentence
        that states them;
        nor does a report of the fact with other figures ("has cost £2.6 million" and "the
        final cost ... came to £3.1 million"): the user sees that the reports differ.
    """
    distinct: list[tuple[ScoredSentence, float]] = []
    seen: list[tuple[frozenset[str], bool, frozenset[str]]] = []
    for cand, score in ranked:
        terms = lexical.passage_terms[cand.position]
        whole = _is_sentence(cand.passage.text)
        values = stated_values(cand.passage.text)
        if any(near_duplicate(terms, other) and not (whole and heading)
               and not (values and shown and values != shown)
               for other, heading, shown in seen):
            continue
        distinct.append((cand, score))
        seen.append((terms, not whole, values))
        if len(distinct) >= limit:
            break
    return distinct


def sentence_first(distinct: list[tuple[ScoredSentence, float]], holds_asked: Callable[[str], bool],
                   *, margin: float) -> None:
    """Put a sentence first over a heading or a fact box's entry, when one holds what is asked.

    Args:
        distinct: The distinct candidates with their scores, best first (reordered in place).
        holds_asked: Whether a text holds the kind of fact asked for.
        margin: How far below a box's entry the sentence may score (a heading's has none).
    """
    first, first_score = distinct[0]
    # A heading names a topic; it states no fact. A box's entry ("Weight: 38 g") restates one
    # of the story's, out of its sentence, or labels another ("Previous record: ...").
    if is_fragment(first.passage.text):
        floor = float("-inf")
    elif is_box_entry(first.passage.text):
        floor = first_score - margin
    else:
        return
    found = next((i for i, (cand, score) in enumerate(distinct)
                  if score >= floor and _is_sentence(cand.passage.text)
                  and holds_asked(cand.passage.text)), None)
    if found is not None:
        distinct.insert(0, distinct.pop(found))


def _is_sentence(text: str) -> bool:
    """Return True for a sentence: neither a heading nor a fact box's entry or table row."""
    return not is_fragment(text) and not is_box_entry(text)
