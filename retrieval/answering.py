"""Scored sentences -> `Answer`: the answering sentence, supporting quotes, or a decline."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from retrieval.aims import AIM_KINDS, asks_aim, asks_cost, states_aim, states_cost, states_raised
from retrieval.answer_slots import WHEN_KINDS, Asked
from retrieval.corpus import Corpus
from retrieval.counted import counts
from retrieval.denials import denial_first
from retrieval.distinct import distinct_candidates, sentence_first
from retrieval.done_first import done_first
from retrieval.exact_count import exact_count
from retrieval.fact_patterns import holds, states
from retrieval.fact_words import MONEY_AMOUNT
from retrieval.figures_first import clock_first, holds_figure, unit_price_first
from retrieval.follow_ups import (
    counting_first,
    holding_first,
    lacks_what_is_asked,
    near_bonus,
    quoting_first,
)
from retrieval.grounding import grounded_in, person_asked
from retrieval.measured import measure_names, measured_first
from retrieval.models import Answer, Quote
from retrieval.named_measure import newest_named
from retrieval.ordinals import ordinal_first, ordinal_pairs
from retrieval.people_first import person_first
from retrieval.put_back import put_back
from retrieval.revision_words import corrects_value, says_revised
from retrieval.revisions import VALUE_KINDS, newest_report, published
from retrieval.search import ScoredSentence
from retrieval.speakers import speaker_named_before, writing_quoted
from retrieval.story_phase import asks_earlier, asks_first_figure, asks_later, question_topic
from retrieval.supporting import with_support
from retrieval.tenses import asks_behind, speaks_ahead
from retrieval.typed_first import (
    CLOSE_MARGIN,
    MEASURES,
    TYPED_MARGIN,
    asked_topic,
    close_first,
    measure_first,
    measured_topic,
    promote,
    same_story,
    typed_first,
)

RECENCY_MARGIN = 0.02  # within this, the newer report of a fact is shown first
# Asked how things turned out (`asks_later`), the later report of the story first, within
# this (the earlier "will pay $48 per share" scored 0.21 above the later "at a raised price of
# $51 per share" on other6). Looking past the runner-up for one lost answers on four sets.
OUTCOME_MARGIN = 0.25
COUNTED_MARGIN = 0.05  # see the how-many promotion in select_quotes
SUPPORT_POOL = 12  # distinct candidates considered for the supporting quotes
_MONEY_RE = re.compile(MONEY_AMOUNT, re.I)
_WORDED_KINDS = frozenset({"name", "place", "origin", "colour"})  # asked for in words, not figures


def _quote(corpus: Corpus, s: ScoredSentence, score: float) -> Quote:
    article = corpus.articles[s.passage.article_id]
    return Quote(text=s.passage.text, score=round(score, 4), article_id=article.id,
                 start=s.passage.start, end=s.passage.end, source=article.source)


def select_quotes(corpus: Corpus, question: str, scored: Sequence[ScoredSentence], *,
                  top_k: int, near: tuple[str, int] | None = None,
                  ) -> list[tuple[ScoredSentence, float]]:
    """Rank candidates for the question and pick up to top_k distinct quotes, answer first.

    Args:
        corpus: The snapshot the candidates come from.
        question: The question, used for the question-type nudges.
        scored: Candidates from `score_sentences`.
        top_k: How many quotes to return.
        near: (article id, sentence index) of the previous answer in a conversation.

    Returns:
        (candidate, final score) pairs: the answering sentence (the newer of two near-equal
        reports, the older when asked for the first figure), then supporting quotes that
        bear on the question and on the answer's fact, near-duplicates removed and another
        outlet's close quote included.
    """
    lexical = corpus.lexical
    asked = Asked.of(lexical, question)
    kind = asked.kind
    ranked = sorted(((s, s.score + near_bonus(s, near)
                      + asked.bonus(s.passage.text, lexical.passage_terms[s.position],
                                    about=corpus.title_terms[s.passage.article_id]))
                     for s in scored), key=lambda pair: -pair[1])
    distinct = distinct_candidates(lexical, ranked, limit=SUPPORT_POOL)
    if not distinct:
        return []
    if near is not None and len(distinct) > 1 and lacks_what_is_asked(
            corpus, question, kind, distinct[0][0], near):
        # The previous answer scores high only because its words are in the follow-up's
        # search; it stays, as support, after the best of the rest.
        distinct.insert(1, distinct.pop(0))
    if near is not None and (found := counting_first(asked.counted_stems, distinct, near)
                             or holding_first(corpus, kind, distinct, near, question=question)
                             or quoting_first(question, distinct, near)):
        distinct.insert(0, distinct.pop(found))
    # A follow-up's story is set by the conversation; its own words ("and how much will it
    # cost?") name no topic another story's sentence or a revising report must hold.
    topic = question_topic(lexical, question) if near is None else set()
    if kind and not asked.holds_asked(distinct[0][0].passage.text):
        asked_terms = asked_topic(lexical, question)
        found = typed_first(corpus, distinct, kind, near, held=asked.holds_asked,
                            asked_terms=asked_terms)
        # One of the best's story holding the kind comes first, unless it scores further below
        # than one of any story does from within CLOSE_MARGIN, holding a figure asked, or a
        # name or place and two words asked (another story's "chair Mary Kelly" shares one as
        # easily; with two, one answer gained and one fell out of the first three; without
        # names, a follow-up's first turn lost too); a measure has its own rule below ("about
        # five kilometres" is no height).
        if (near is None and kind not in MEASURES
                and (found is None or distinct[found][1] < distinct[0][1] - CLOSE_MARGIN)):
            worded = kind in _WORDED_KINDS
            found = close_first(
                corpus, distinct, asked.holds_asked if worded else
                (lambda text: holds_figure(asked, text)), asked_terms,
                shared=2 if worded else 1) or found
        if found is None and kind in MEASURES and near is None:
            found = measure_first(corpus, distinct, kind, topic)
        if found is not None:
            distinct.insert(0, distinct.pop(found))
        # Asked a named person's age, a sentence naming them with an age, of any story: naming
        # them, it is about them ("Bernadette, who is 58" on a chip shop's page under a
        # framer's "Bernadette said", cosine below SAME_STORY; other27).
        elif kind == "age" and (person := person_asked(lexical, question)):
            promote(corpus, distinct, lambda text: holds("age", text)
                    and bool(person & set(lexical.terms(text))), any_story=True)
    if kind in MEASURES and near is None and (found := measured_first(
            lexical, kind, measured_topic(lexical, topic) | measure_names(lexical, question),
            distinct)):
        distinct.insert(0, distinct.pop(found))
    # Asked how many of a thing, a best sentence holding no number but sums of money gives way
    # to one of the same story counting it ("With 72 beds" under the wing's opening and cost).
    counted = asked.counted_stems
    if counted and near is None:
        best = distinct[0][0].passage.text
        if not holds("number", _MONEY_RE.sub(" ", best)):
            promote(corpus, distinct, lambda text: counts(text, counted))
        # Holding numbers that count something else, it gives way only to one this close:
        # "104 days at sea" under "Dai, who is 63, set off ... on 5 July" for "how many days
        # was he at sea?"; at TYPED_MARGIN "about 130 immigrants" lost to another count.
        elif not counts(best, counted):
            promote(corpus, distinct, lambda text: counts(text, counted), margin=COUNTED_MARGIN)
    if near is None:
        clock_first(corpus, distinct, asked)
    # Asked when something is to come, one of the story speaking ahead of it ("is due") first.
    if asked.ahead and near is None and not speaks_ahead(distinct[0][0].passage.text):
        promote(corpus, distinct, lambda text: holds(kind, text) and speaks_ahead(text))
    person_first(corpus, distinct, asked, question, follow_up=near is not None)
    # Asked for a figure aimed at, a best sentence stating none as an aim gives way to one of
    # its story that does, or to one of any story holding a word asked from CLOSE_MARGIN
    # below: "a target of £80,000" over another site's "the appeal, which passed £40,000".
    aim = kind in AIM_KINDS and asks_aim(question)
    if aim and not states_aim(kind, distinct[0][0].passage.text):
        promote(corpus, distinct, lambda text: states_aim(kind, text))
        if not states_aim(kind, distinct[0][0].passage.text):
            promote(corpus, distinct, lambda text: states_aim(kind, text) and bool(
                topic & set(lexical.terms(text))), any_story=True, margin=CLOSE_MARGIN)
    aimed = aim and states_aim(kind, distinct[0][0].passage.text)
    # Asked what something cost, money raised ("the fair made £900") gives way to a cost.
    best = distinct[0][0].passage.text
    if (kind == "money" and near is None and asks_cost(question) and states_raised(best)
            and not states_cost(best)):
        promote(corpus, distinct, lambda text: states_cost(text) and not states_raised(text))
    ordered = ordinal_first(corpus, distinct, question)  # "the first run", not the second

    def keeps(text: str) -> bool:
        """Whether a newer report or a revision still states the target or the one asked."""
        return ((not aimed or states_aim(kind, text))
                and (not ordered or bool(ordered & ordinal_pairs(lexical, text))))

    if (speaker := speaker_named_before(question, distinct) or writing_quoted(question, distinct)):
        distinct.insert(0, distinct.pop(speaker))
    earlier = asks_earlier(question)
    asks_outcome = asks_later(question) and not earlier
    if len(distinct) > 1:
        (first, first_score), (runner, runner_score) = distinct[0], distinct[1]
        story = same_story(corpus, runner, first)
        runner_date, first_date = published(corpus, runner), published(corpus, first)
        # Not when a later candidate says it corrects the first's very value: it comes first
        # below ("rather than the 58 first reported" over "has carried four million").
        outcome = (asks_outcome and story and grounded_in(corpus, topic, runner)
                   and not any(corrects_value(first.passage.text, cand.passage.text)
                               for cand, score in distinct[2:]
                               if score >= first_score - OUTCOME_MARGIN))
        margin = OUTCOME_MARGIN if outcome else RECENCY_MARGIN
        swap = (abs(first_score - runner_score) <= margin
                and (runner_date or date.min) > (first_date or date.min))
        # Asked for the first figure ("what was the budget originally?"), the older of two
        # dated reports holding it, from as far below as when asked how things turned out (a
        # newer one within RECENCY_MARGIN may hold both: "than the 2.1 million first reported").
        if (story and kind in VALUE_KINDS and asks_first_figure(question)
                and runner_date is not None and first_date is not None
                and runner_date < first_date):
            swap = (abs(first_score - runner_score) <= OUTCOME_MARGIN
                    and holds(kind, runner.passage.text))
        # Only a report of the fact asked for: a runner-up lacking it (the sentence the
        # typed promotion just put second) must not come back first for its date, nor one
        # stating it loosely over a first holding it ("ordered Lumora to ..." over "was
        # discovered by ... Ingrid Solbakken" for "Who spotted the server?").
        if (swap and runner.passage.article_id != first.passage.article_id
                and (states(kind, runner.passage.text) or not states(kind, first.passage.text))
                and (asked.holds_asked(runner.passage.text)
                     or not asked.holds_asked(first.passage.text))
                and keeps(runner.passage.text)):
            distinct[0], distinct[1] = distinct[1], distinct[0]
    # A value revised by a later report: the newer report first; in a follow-up, only when the
    # answer is not from the previous answer's article (the story asked about), it asks how
    # things turned out ("and how much did it end up costing?") or the newer says it revises
    # ("now estimated at £41,000"); never asked for the earlier.
    if (not earlier and (newest := newest_report(corpus, kind, distinct,
                                                 outcome=asks_outcome, topic=topic))
            and (near is None or asks_outcome or distinct[0][0].passage.article_id != near[0]
                 or says_revised(kind, distinct[newest][0].passage.text))
            # A later estimate of the cost revises no target ("now stands at £2 million").
            and keeps(distinct[newest][0].passage.text)):
        distinct.insert(0, distinct.pop(newest))
    elif not earlier and (later := put_back(corpus, kind, distinct, topic=topic) or (
            near is None and (newest_named(corpus, question, distinct, topic=topic)
                              or exact_count(corpus, distinct, counted, topic=topic)))):
        distinct.insert(0, distinct.pop(later))
    # Asked when something happened, one of the story saying it did, over one still to come
    # (a newer report's plan too: "expects the lock gates to be fitted on 9 March").
    if kind in WHEN_KINDS and near is None and asks_behind(question):
        done_first(corpus, distinct, kind)
    if near is None:  # after the newer report: the total may be the newer
        unit_price_first(corpus, distinct, question, asked)
        denial_first(corpus, distinct, asked.holds_asked)
    # Last, so no reordering above puts a heading or a fact box's entry back first.
    sentence_first(corpus, distinct, asked.holds_asked, typed=kind is not None, margin=TYPED_MARGIN)
    return with_support(corpus, distinct, top_k=top_k)


def compose_answer(corpus: Corpus, question: str, picked: Sequence[tuple[ScoredSentence, float]],
                   *, answered: bool) -> Answer:
    """Build the Answer value: the first quote answers, the rest support it."""
    if not answered or not picked:
        return Answer(question=question, answered=False)
    quotes = tuple(_quote(corpus, s, score) for s, score in picked)
    return Answer(question=question, answered=True, answer=quotes[0], quotes=quotes)
