"""Follow-ups: the previous answer's neighbours, and what the previous answer lacks.

A follow-up is searched with the previous turn's words, so the previous answer and its
story's sentences score high whatever the follow-up asks. These decide when the previous
answer gives way ("When will they meet?" after "Who leads the US side?") and which of its
story's sentences holds what the follow-up asks for (a count, a time, a date, a sum, or the
quotation just after the previous answer).
"""

from __future__ import annotations

from collections.abc import Sequence

from retrieval.corpus import Corpus
from retrieval.counted import counts
from retrieval.decline import topical_terms
from retrieval.fact_patterns import holds, states
from retrieval.reasons import gives_reason
from retrieval.search import ScoredSentence
from retrieval.speakers import (
    asks_only_what_was_said,
    asks_what_was_said,
    names_speaker,
    quotes_words,
)
from retrieval.typed_first import same_story

TIMED = frozenset({"clock", "duration", "extent"})
# Kinds a follow-up's answer is looked for further below (`holding_first`).
SOUGHT = TIMED | {"money", "time", "day", "year", "rise"}
# A follow-up's answer is often the previous answer's sentence or the next one ("He added").
FOLLOW_UP_NEAR = {1: 0.03}
# How far below the best a follow-up's value may come from (the answers found were 0.13 to
# 0.32 below: the previous turn's words lift the story's other sentences).
FOLLOW_UP_MARGIN = 0.35
# From another story, a value must be this close to the best of the rest, and hold one of
# the follow-up's own words (other28's repair cost was 0.007 below; nothing else moved).
OTHER_STORY_MARGIN = 0.1


def near_bonus(candidate: ScoredSentence, near: tuple[str, int] | None) -> float:
    """Favour sentences right around the previous answer: a follow-up continues its topic.

    Args:
        candidate: A scored sentence.
        near: (article id, sentence index) of the previous answer, or None.

    Returns:
        FOLLOW_UP_NEAR's bonus for the sentence's distance from the previous answer, or 0.
    """
    if near is None or candidate.passage.article_id != near[0]:
        return 0.0
    distance = abs(candidate.passage.sentences[0] - near[1])
    return FOLLOW_UP_NEAR.get(distance, 0.0)


def lacks_what_is_asked(corpus: Corpus, question: str, kind: str | None,
                         best: ScoredSentence, near: tuple[str, int]) -> bool:
    """Return True when the best candidate is the previous answer, lacking what is now asked.

    Args:
        corpus: The snapshot the candidates come from.
        question: The follow-up as asked.
        kind: The kind of fact it asks for (`question_types.asks_for`), or None.
        best: The best candidate.
        near: (article id, sentence index) of the previous answer.

    Returns:
        True when the best candidate is the previous answer and lacks the time, the kind of
        fact, the reason or half the topic words the follow-up asks about.
    """
    # What it lacks: the kind of fact ("When will they meet?" after "Who leads the US side?"),
    # a reason ("Why?" after a sentence stating none), or a topic of the follow-up's own ("Who
    # is their chief executive?" after "Why did BA's profits drop?").
    if (best.passage.article_id, best.passage.sentences[0]) != near:
        return False
    if asks_what_was_said(question, best.passage.text):
        return False
    # "And what was his time?" after "... won in 2:11:48": the time asked for is there; "how
    # long has he been growing them?" after "... on October 10": a day is no span of time.
    if kind in TIMED:
        return not holds(kind, best.passage.text)
    # Any form of the fact will do: "Who released it?" may be answered by "the White House".
    if not states(kind, best.passage.text) or not gives_reason(question, best.passage.text):
        return True
    # Only words the articles use: one they never use cannot be found in another sentence.
    # Holding fewer than half of them, it is about something else: "how much money was the
    # strike costing it every day?" after "Shares of ... fell ... after talks to end a strike".
    own = topical_terms(corpus.lexical, question)
    return 2 * len(own & corpus.lexical.passage_terms[best.position]) < len(own)


def counting_first(counted: Sequence[str], distinct: Sequence[tuple[ScoredSentence, float]],
                    near: tuple[str, int]) -> int:
    """Return where the story's sentence counting what a follow-up counts stands, or 0.

    Args:
        counted: The stems of what a "how many" follow-up counts (`counted.counted_stems`).
        distinct: The distinct candidates, best first.
        near: (article id, sentence index) of the previous answer.

    Returns:
        The index of the first candidate of the previous answer's article counting it, when
        the best does not; 0 otherwise.
    """
    # "And how many transactions failed?" after "... card payments failed at some 61,400
    # businesses": "2.3 million transactions were declined" answers; with no sentence
    # counting them ("how many people were rescued?" after "All seven miners were
    # rescued"), the first stays.
    if not counted or counts(distinct[0][0].passage.text, counted):
        return 0
    return next((i for i, (cand, _) in enumerate(distinct[1:], start=1)
                 if cand.passage.article_id == near[0]
                 and counts(cand.passage.text, counted)), 0)


def holding_first(corpus: Corpus, kind: str | None,
                  distinct: Sequence[tuple[ScoredSentence, float]], near: tuple[str, int], *,
                  question: str = "") -> int:
    """Return where a follow-up's best sentence holding the value asked for stands, or 0.

    Args:
        corpus: The snapshot the candidates come from.
        kind: The kind of fact the follow-up asks for, or None.
        distinct: The distinct candidates, best first.
        near: (article id, sentence index) of the previous answer.
        question: The follow-up as asked: one holding a word of its own is preferred.

    Returns:
        For a time, a date, a sum or a span of time the best candidate lacks, the index of
        the first candidate of the story (the previous answer's article, or `same_story` as
        the best) holding it, down to FOLLOW_UP_MARGIN below the best of those not the
        previous answer, and among those the first holding a topical word of the question's
        own, if any; else 0.
    """
    # "And how long were people left without power?": the previous turn's words lift its
    # story's other sentences; one of the story holding a span answers. Not for any kind: a
    # name or an age lost three follow-ups.
    top = distinct[0][0]
    if kind not in SOUGHT or holds(kind, top.passage.text):
        return 0
    # Below the best of the rest: the previous answer's own score is lifted the most.
    best = max((score for cand, score in distinct
                if (cand.passage.article_id, cand.passage.sentences[0]) != near),
               default=FOLLOW_UP_MARGIN)
    # "how long did it keep going once she wound it?": "after I wound it ... it ran for 31
    # hours" before "despite 30 years in the trade" (the follow-up's own word; not a
    # preposition: "left without power" is no topic of "a day and a half without heating").
    own = topical_terms(corpus.lexical, question) - corpus.lexical.stem_set(_NO_TOPIC)
    # Of another story too, close to the best and holding the follow-up's own word: "and how
    # much will it cost to fix now?" after a plumber's "one of the blades broke off": a pipe
    # band's "expects the repair to cost €520,000" (cosine 0.36 to the previous answer).
    found = [i for i, (cand, score) in enumerate(distinct[1:], start=1)
             if score >= best - FOLLOW_UP_MARGIN and holds(kind, cand.passage.text)
             and (cand.passage.article_id == near[0] or same_story(corpus, cand, top)
                  or (score >= best - OTHER_STORY_MARGIN
                      and own & corpus.lexical.passage_terms[cand.position]))]
    return next((i for i in found if own & corpus.lexical.passage_terms[distinct[i][0].position]),
                found[0] if found else 0)


# Prepositions, and the verbs asking how long, name no topic: "and how long did it last?"
# is not answered by "Last year a similar cut lasted 48 hours" for its "last".
_NO_TOPIC = frozenset({"without", "within", "during", "before", "after", "against", "between",
                       "through", "across", "around", "towards", "upon", "last", "lasted",
                       "take", "took", "taken", "go", "going", "went", "keep", "kept", "get",
                       "got", "stay", "stayed", "remain", "remained", "spend", "spent", "leave",
                       "left", "continue", "continued"})


# How far after the previous answer a follow-up's quotation may stand ("She said: ...").
_QUOTE_GAP = 2


def quoting_first(question: str, distinct: Sequence[tuple[ScoredSentence, float]],
                  near: tuple[str, int]) -> int:
    """Return where the quotation right after the previous answer stands, or 0.

    Args:
        question: The follow-up as asked.
        distinct: The distinct candidates, best first.
        near: (article id, sentence index) of the previous answer.

    Returns:
        For a follow-up asking what someone said ("what did she say once the picking was
        over?") when the best candidate quotes no one, the index of a quotation given to
        "she" (no one named) up to two sentences after the previous answer in its article;
        else 0.
    """
    if not asks_only_what_was_said(question) or quotes_words(distinct[0][0].passage.text):
        return 0
    return next((i for i, (cand, _) in enumerate(distinct[1:], start=1)
                 if cand.passage.article_id == near[0]
                 and 0 < cand.passage.sentences[0] - near[1] <= _QUOTE_GAP
                 and quotes_words(cand.passage.text)
                 and not names_speaker(cand.passage.text)), 0)
