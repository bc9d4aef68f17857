"""Ranked candidates -> distinct ones: no near-duplicate passage shown twice."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from retrieval.corpus import Corpus
from retrieval.lexical import LexicalIndex
from retrieval.passages import is_box_entry, is_fragment
from retrieval.revision_words import stated_values
from retrieval.revisions import published
from retrieval.search import ScoredSentence
from retrieval.typed_first import same_story

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
        heading repeating a sentence's or a fact box entry's words does not hide it, nor does
        an entry hide a sentence stating its fact; nor does a report of the fact with other
        figures ("has cost £2.6 million" and "the final cost ... came to £3.1 million"): the
        user sees that the reports differ.
    """
    distinct: list[tuple[ScoredSentence, float]] = []
    seen: list[tuple[frozenset[str], int, frozenset[str]]] = []
    for cand, score in ranked:
        terms = lexical.passage_terms[cand.position]
        rank = _rank(cand.passage.text)
        values = stated_values(cand.passage.text)
        if any(near_duplicate(terms, other) and rank <= other_rank
               and not (values and shown and values != shown)
               for other, other_rank, shown in seen):
            continue
        distinct.append((cand, score))
        seen.append((terms, rank, values))
        if len(distinct) >= limit:
            break
    return distinct


def sentence_first(corpus: Corpus, distinct: list[tuple[ScoredSentence, float]],
                   holds_asked: Callable[[str], bool], *, typed: bool, margin: float) -> None:
    """Put a sentence first over a heading or a fact box's entry, when one holds what is asked.

    Args:
        corpus: The snapshot the candidates come from.
        distinct: The distinct candidates with their scores, best first (reordered in place).
        holds_asked: Whether a text holds the kind of fact asked for.
        typed: Whether a kind of fact is asked for: only then does an entry give way.
        margin: How far below an entry the sentence may score (below a heading, any).
    """
    first, first_score = distinct[0]
    rank = _rank(first.passage.text)
    # A heading names a topic; it states no fact: a sentence, else an entry, holding the kind
    # asked comes first. A box's entry ("Weight: 12 kg") restates one of its story's facts out
    # of its sentence: that sentence, of its page or a report of the story no older, comes
    # first from as close as a typed one.
    if rank == _HEADING:
        found = next((i for want in (_SENTENCE, _ENTRY) for i, (cand, _) in enumerate(distinct)
                      if _rank(cand.passage.text) == want and holds_asked(cand.passage.text)),
                     None)
    elif rank == _ENTRY and typed:
        dated = published(corpus, first)
        found = next((i for i, (cand, score) in enumerate(distinct)
                      if score >= first_score - margin and _rank(cand.passage.text) == _SENTENCE
                      and holds_asked(cand.passage.text)
                      and (cand.passage.article_id == first.passage.article_id
                           or (same_story(corpus, cand, first) and (dated is None or (
                               published(corpus, cand) or dated) >= dated)))), None)
    else:
        return
    if found is not None:
        distinct.insert(0, distinct.pop(found))


_HEADING, _ENTRY, _SENTENCE = 0, 1, 2


def _rank(text: str) -> int:
    """Return what a passage is: a heading, a fact box's entry, or a sentence (or a row)."""
    return _HEADING if is_fragment(text) else _ENTRY if is_box_entry(text) else _SENTENCE
