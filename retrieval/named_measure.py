"""A measure the question names, restated by a later report: the newer value comes first.

"What magnitude was the quake?" over a first report's "puts the quake at magnitude 2.8": a
later report's "confirmed at magnitude 3.0" states the very measure asked with another value,
however far below it scores (it may call the event by another name).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.corpus import Corpus
from retrieval.grounding import grounded_in
from retrieval.lexical import STOPWORDS
from retrieval.revision_words import VALUE_RE
from retrieval.revisions import published
from retrieval.search import ScoredSentence
from retrieval.typed_first import same_story

_WORD_RE = re.compile(r"[a-z]{4,}")
_HEDGES = ("about", "around", "roughly", "some", "nearly", "almost", "approximately", "just",
           "more", "less", "over", "under")
# Words numbering things rather than measuring one: another platform or junction is another
# place, not a revised figure.
_LABELS = frozenset({
    "platform", "junction", "number", "flat", "gate", "route", "year", "week", "page", "room",
    "ward", "chapter", "section", "item", "seat", "stand", "pier", "berth", "bus", "flight",
    "line", "exit", "bay", "stage", "round", "race", "game", "match", "hole", "lane"})
# What may stand between a measure's name and its value: "magnitude 2.6", "a depth of roughly
# 6 km", "a crowd of about 2,000".
_BETWEEN = rf"(?:\s+of)?(?:\s+(?:{'|'.join(_HEDGES)})){{0,2}}(?:\s+than)?\s+[£$€]?"


def _named_values(word: str, text: str) -> set[str]:
    """Return the values stated right after the measure's name, written in lower case."""
    # In lower case but at the sentence's start ("Magnitude 2.6 quake hits town"): "Ward 7"
    # and "March 3" name a thing or a day, and another ward or day is no revision.
    text = text[:1].lower() + text[1:]
    pattern = re.compile(rf"\b{word}s?{_BETWEEN}(?=\d)")
    values = set()
    for found in pattern.finditer(text):
        value = VALUE_RE.match(text, found.end())
        if value:
            values.add(value.group().lower())
    return values


def measures_named(question: str, text: str) -> dict[str, set[str]]:
    """Return the question's words that name a value the sentence states, with those values.

    Args:
        question: The question as asked.
        text: A candidate sentence.

    Returns:
        {"magnitude": {"2.6"}} for "What magnitude was it?" and "puts it at magnitude 2.6";
        empty when no word of the question stands just before a value.
    """
    words = {w for w in _WORD_RE.findall(question.lower())
             if w not in STOPWORDS and w not in _HEDGES and w not in _LABELS}
    return {word: values for word in words if (values := _named_values(word, text))}


def newest_named(corpus: Corpus, question: str,
                 ranked: Sequence[tuple[ScoredSentence, float]], *,
                 topic: set[str] | frozenset[str] = frozenset()) -> int:
    """Return where the newest later report of the measure the first names for the question is.

    Args:
        corpus: The snapshot the candidates come from.
        question: The question as asked.
        ranked: (candidate, score) pairs, best first.
        topic: The question's topical words (`story_phase.question_topic`); none, no check.

    Returns:
        The index of the candidate, of the first's story (`same_story`) in a later article,
        that states a measure the question names beside another value than the first's
        ("magnitude 3.0" after "magnitude 2.8"; not beside the first's value too, nor a
        label's number: "platform 5" after "platform 3"), the newest of them; 0 when there
        is none or the first's date is unknown.
    """
    if len(ranked) < 2:
        return 0
    first = ranked[0][0]
    named = measures_named(question, first.passage.text)
    newest = published(corpus, first)
    if not named or newest is None:
        return 0
    found = 0
    for i, (cand, _score) in enumerate(ranked[1:], start=1):
        dated = published(corpus, cand)
        if (dated is None or dated <= newest or not same_story(corpus, cand, first)
                or not grounded_in(corpus, topic, cand)):
            continue
        # One restating the first's value too compares it with another ("the magnitude 2.8
        # quake was the largest since a magnitude 4.1 one in 1984"): it revises nothing.
        stated = {word: _named_values(word, cand.passage.text) for word in named}
        if (any(stated[word] - values for word, values in named.items())
                and not any(stated[word] & values for word, values in named.items())):
            found, newest = i, dated
    return found
