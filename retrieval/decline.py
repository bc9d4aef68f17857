"""Deciding to decline: does the best candidate answer, or do the articles not say?

Calibrated on the model's scores, not a fixed cosine threshold alone: measured on the
question sets (README, "How quality is measured"), these separate answerable from off-topic:

* dense similarity of the question and the best sentence, or of the window of sentences
  around it: answerable questions mostly score 0.35-0.8, unrelated ones (recipes, capitals,
  sport) below 0.3, but near-topic questions ("How many warheads does North Korea have?")
  reach 0.5, so similarity alone cannot decide below SURE_DENSE. A paraphrase in the user's
  own words ("so is nk just not a priority for trump anymore") shares few words with the
  articles and is sure only by similarity; its window, often higher than its sentence, counts
  the same (on eight sets no off-topic question of low coverage passed by its window alone,
  while five paraphrases did);
* coverage, the IDF-weighted share of the question's content words that occur in the
  articles: 0 for unrelated questions, near 1 for answerable ones, while a near-topic
  question usually hinges on one rare word the articles never use ("warheads", "armistice").
  Question-framing words ("think", "role", "purpose") and words about the articles
  themselves ("Which experts does the article quote?") are left out: they carry no topic; a
  page's own rare name ("Larkfield" of "The Larkfield Hotel Blog") counts, short of full;
* the answer type: a "when"/"how many" question whose best sentence holds no date or
  number is asking for something the articles do not state (`counted.counting_text`: a
  number counting a thing the question quantifies itself is no answer, "the two sides" for
  "How many officials will each side send?", nor a span of time, "in fifteen years of
  judging" for "how many judges were on the panel?");
* grounding: the best sentence (with its windows and context) must hold a topical word of
  the question that the articles use, unless it is very similar; otherwise it matched only
  by the kind of fact and framing words ("An 11-year-old girl ..." for "How old is Kevin
  Kim?");
* a question naming no topic at all ("from when?" with no earlier turn) is answered only by
  a sentence as close as SURE_DENSE;
* a name the question gives ("Tomasz Wierzbicki") must stand in the best sentence or the text
  around it ("How much prize money did Tomasz Wierzbicki win?" is not answered by the
  runner-up's prize);
* the role of a "who is" question (`role_check.role_found`), a name the question does not
  give in a who- or which-question's answer (`role_check.names_someone_new`), and the item
  an item's price question names near the answer's amount (`item_prices.prices_item`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from retrieval.corpus import Corpus
from retrieval.counted import counting_text
from retrieval.fact_patterns import holds, states
from retrieval.grounding import grounded_in, names_near
from retrieval.item_prices import AMOUNT_RE
from retrieval.lexical import LexicalIndex
from retrieval.question_types import asks_for
from retrieval.search import ScoredSentence

# Words that frame a question rather than name its topic; absent from the articles, they
# say nothing about whether the articles cover the question.
_FRAMING = """
think thinks thought believe believes view views opinion describe describes described
characterize characterise characterizes mean means meaning happen happened happening
role job title position purpose goal aim reason reasons cause problem problems issue issues
way ways kind type sort part point idea deal stuff guy guys people person someone right
exactly really actually basically main key specific specifically particular latest recent
recently currently current now today new old long short quick quickly quickest fast fastest
soon begin start
stay remain keep put take make made get give go going went come comes help handle
compare compared comparison differ difference different similar same
react reacted reaction respond responded response read interpret interpreted explain
prompt prompted prompts trigger triggered triggers spark sparked sparks
plan plans intend intends intended want wants wanted expect expected expects
speak speaks spoke spoken speaking told telling stand stands say says said saying
need needs needed
article articles coverage story stories piece report reports reported mention mentions mentioned
quote quotes quoted discuss discusses discussed cover covers covered
"""
FRAMING_WORDS = frozenset(_FRAMING.split())

# Thresholds (see the module docstring for what they separate).
SURE_DENSE = 0.55  # this similar (sentence or window), the articles cover the question
MIN_DENSE = 0.25  # below this, never answer, unless the articles hold every topical word:
FULL_COVERAGE_MIN_DENSE = 0.15  # then a detail of a long sentence may score this low
MIN_COVERAGE = 0.5  # share of topical question words the articles must contain
NAMED_COVERAGE = 0.99  # at most this, when a page's own name completes the coverage


@dataclass(frozen=True)
class Relevance:
    """What the decline decision looks at."""

    dense: float  # cosine of question and best sentence
    window_dense: float  # cosine of question and the best window around it
    coverage: float  # IDF-weighted share of topical question words found in the articles
    typed: bool  # the best sentence holds the kind of fact asked for (date, number)
    # The best sentence, or the text around it, holds one of the question's topical words that
    # the articles use: "An 11-year-old girl ..." matches "How old is Kevin Kim?" by its kind
    # of fact and the framing word "old", and is about someone else.
    grounded: bool = True
    # Some of a follow-up's own topical words are in the articles (True for other questions).
    turn_covered: bool = True
    # The question names a topic at all ("What happened?", "Who said that?" name none).
    has_topic: bool = True


def topical_terms(lexical: LexicalIndex, text: str) -> set[str]:
    """Return the stemmed terms of a text that name a topic and that the articles use."""
    framing = lexical.stem_set(FRAMING_WORDS)
    return {t for t in lexical.terms(text) if t not in framing and lexical.known(t)}


_MONEY_WORDS_RE = re.compile(r"\b(cost|costs|costing|pay|pays|paid|paying|price|prices|priced"
                             r"|charge|charges|charged|fee|fees|fare|fares|spend|spends|spent"
                             r"|worth)\b", re.I)
_SHARE_RE = re.compile(r"\bhow\s+much\s+of\b|\b(?:percent|percentage|share|proportion)\b",
                       re.I)


_SUM_WORDS = frozenset({"worth", "value", "valued", "cost", "costs", "price", "prices",
                        "priced"})
_PERSON_RE = re.compile(r"\b(?:he|she|him|his|her|hers)\b", re.I)


def _holds_amount(kind: str, text: str) -> bool:
    """Return True when the text holds a sum of money as prices are written."""
    return holds(kind, text) or bool(AMOUNT_RE.search(text))


def relevance(corpus: Corpus, question: str, best: ScoredSentence, *,
              asked: str | None = None, turn: str | None = None,
              sites: Mapping[str, frozenset[str]] | None = None) -> Relevance:
    """Measure how well the articles, and the best candidate, cover the question.

    Args:
        corpus: The snapshot searched.
        question: The question as searched (spelling repaired, context added).
        best: The chosen answer sentence.
        asked: The turn itself, when `question` has a previous turn added: the kind of fact
            wanted is the new turn's ("Why?" after a "when" question wants no date).
        turn: The turn alone, spelling repaired, when `question` has a previous turn added:
            its own topic must be in the articles too.
        sites: The name terms of the sites the question names (`Corpus.named_outlets`).

    Returns:
        The features `should_answer` decides on.
    """
    lexical = corpus.lexical
    weights = topic_weights(lexical, question)
    # The answer's own article's headline is the articles' text too, in full ("... sat out
    # the blizzard" over a post that says "snow").
    title = corpus.title_terms[best.passage.article_id]
    coverage = _coverage(lexical, weights, named=title)
    # A page's own rare name ("the Larkfield hotel" on its own blog) counts as the articles'
    # word, short of making coverage full: that lowers the similarity floor. So do the
    # common words of the sites' names the question names (`Corpus.named_outlets`: "the
    # Marple model railway show" of the Marple & District Model Railway Club), in full when
    # the answer is that site's page: it is about its own site.
    sites = sites or {}
    site = sites.get(corpus.articles[best.passage.article_id].source.outlet or "", frozenset())
    if coverage < 1.0:
        coverage = _coverage(lexical, weights,
                             named=corpus.own_names.union(title, *sites.values()))
        coverage = coverage if site else min(coverage, NAMED_COVERAGE)
    # A follow-up's own topic must be in the articles too: the previous turn's words in the
    # search (its answer among them, so similarity is high) cover "What is his favourite
    # food?" however little the articles say.
    own = topic_weights(lexical, turn) if turn is not None else {}
    kind = asks_for(question if asked is None else asked)
    # "and how much are they worth?": asked for a sum, "worth" only asks for it, naming no
    # topic (the articles say "the value of the herd"); "how much is he worth?" asks a
    # person's wealth.
    asks_sum_only = (kind == "money" and own.keys() <= lexical.stem_set(_SUM_WORDS)
                     and not _PERSON_RE.search(turn or ""))
    # Asked what something cost or was paid, a sum of money must be there, as prices are
    # written ("£12", "20p", "20 quid", "free"): "the 32km race" states a figure loosely, no
    # price ("how much did it cost to enter the race?"); a share of it may be a percentage.
    priced = (kind == "money" and _MONEY_WORDS_RE.search(asked or question)
              and not _SHARE_RE.search(asked or question))
    fits = _holds_amount if priced else states
    # A who-question may be answered without a name ("Who is to blame? The government"): that
    # kind ranks sentences, it does not decide.
    typed = kind == "name" or fits(kind, counting_text(lexical, best.passage.text,
                                                       asked or question)
                                   if kind == "number" else best.passage.text)
    return Relevance(best.dense, best.window_dense, coverage, typed,
                     grounded=(grounded_in(corpus, topical_terms(lexical, question), best)
                               or bool((site | title) & weights.keys()))
                     and names_near(corpus, asked or question, best),
                     turn_covered=_coverage(lexical, own) > 0 or asks_sum_only,
                     has_topic=bool(weights))


def topic_weights(lexical: LexicalIndex, text: str) -> dict[str, float]:
    """Return the IDF weights of a text's terms, framing words left out.

    Args:
        lexical: The index whose stems and IDF are used.
        text: A question or turn.

    Returns:
        Each topical term (known to the articles or not) with its IDF.
    """
    framing = lexical.stem_set(FRAMING_WORDS)
    return {t: w for t, w in lexical.weights(text).items() if t not in framing}


def _coverage(lexical: LexicalIndex, weights: dict[str, float], *,
              named: frozenset[str] = frozenset()) -> float:
    """Return the IDF-weighted share of the terms the articles (or their names) use."""
    total = sum(weights.values())
    return sum(w for t, w in weights.items()
               if lexical.related(t) or t in named) / total if total else 1.0


def should_answer(rel: Relevance) -> bool:
    """Return True when the best candidate should be given as the answer."""
    best = max(rel.dense, rel.window_dense)
    # "Which universities are the quoted professors from?" scores 0.22 with the sentence
    # naming the professor and his university: a detail of a long sentence about something
    # else. No off-topic question on the nine sets scored under 0.3 with every topical word
    # in the articles (they use words the articles never do).
    full = rel.coverage >= 1.0 and rel.grounded and rel.has_topic
    floor = FULL_COVERAGE_MIN_DENSE if full else MIN_DENSE
    if best < floor or not rel.typed or not rel.turn_covered:
        return False
    if not rel.grounded and rel.dense < SURE_DENSE:
        return False
    # Nothing asked about ("from when?" with no earlier turn to lean on): only a sentence this
    # close could be meant.
    if not rel.has_topic and best < SURE_DENSE:
        return False
    if best >= SURE_DENSE:
        return True
    return rel.coverage >= MIN_COVERAGE
