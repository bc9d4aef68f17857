"""Typed promotion: a candidate holding the kind of fact asked comes before a best one lacking it.

"When will the ferry run again?" is answered by a sentence holding a date; one of the best
sentence's story that holds one, about as close to the question, is put first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from retrieval.corpus import Corpus
from retrieval.decline import topical_terms
from retrieval.fact_patterns import holds, states
from retrieval.grounding import grounded_in
from retrieval.lexical import LexicalIndex
from retrieval.revisions import SAME_STORY
from retrieval.search import ScoredSentence
from retrieval.speakers import wants_to_know

Ranked = list[tuple[ScoredSentence, float]]

# A "when"/"how many"/"where" question is answered by a sentence holding a date, number or
# place: one of the same story that does is put before a best candidate that does not, when
# it is this close in score and in meaning (a weaker match holding some date answers a
# different question). 0.12 to 0.2 tried on all sets: 0.2 put one more answer first (other3)
# and lost none ("cost 410 million kroner" under the museum's opening sentence).
TYPED_MARGIN = 0.2
TYPED_DENSE_SLACK = 0.05
# Scoring this close to a best sentence that lacks the kind, a sentence holding it comes first
# from any story and however far in meaning, if it holds a word asked: "Church Lane reopened to
# traffic on 10 November" (0.065 below, its own cosine 0.1 lower) under "It fell across the
# lane towards the church" for "When was the road past the church opened to cars again?".
CLOSE_MARGIN = 0.08
# A measure in its units ("68 metres", "45mph", "230C") is rare in a story: asked how tall,
# heavy, fast or hot, a sentence of the same story holding one answers from this far below.
MEASURES = frozenset({"length", "weight", "speed", "temperature", "pitch", "portion"})
MEASURE_MARGIN = 0.35
# The sentence right after the best one goes on with what it was saying: the best matches the
# question's words ("agreed to let the church field be used as a car park"), the next holds
# the fact and a word asked the best lacks ("... will pay £3,500 for the use of the field",
# 0.28 below, for "how much are they paying the church for the car park?").
FOLLOWING_MARGIN = 0.3
# The words asking for a measure say nothing of what is measured ("How tall is the tower?").
_MEASURE_WORDS = frozenset({
    "tall", "long", "deep", "high", "heavy", "wide", "big", "large", "fast", "hot", "cold",
    "warm", "far", "weigh", "weight", "height", "length", "depth", "width", "speed", "size",
    "temperature", "distance", "frequency", "pitch"})


# Nouns naming a kind of fact and never a topic ("how much will it cost", "what year") ...
KIND_NOUNS = frozenset({"cost", "costs", "price", "prices", "year", "years", "date"})
# ... and, with them, the words asking for the kind of fact, not about what (these may name a
# topic too: "the big wheel", "a long day").
ASKING_WORDS = KIND_NOUNS | {"day", "days", "time", "times", "month", "months", "week", "weeks",
                              "hour", "hours", "age", "aged", "old", "long", "far", "big", "much",
                              "many"}


def asked_topic(lexical: LexicalIndex, question: str) -> frozenset[str]:
    """Return a question's topical terms, less the words asking for the kind ("year", "cost").

    Args:
        lexical: The index whose stemmer the terms use.
        question: The question, spelling repaired.

    Returns:
        The stemmed terms a candidate holding one shares a topic with the question by.
    """
    return frozenset(topical_terms(lexical, question) - lexical.stem_set(ASKING_WORDS))


def same_story(corpus: Corpus, cand: ScoredSentence, top: ScoredSentence) -> bool:
    """Return True for a sentence of the same article, or one close in meaning to it.

    Args:
        corpus: The snapshot the candidates come from.
        cand: The candidate.
        top: The best candidate.

    Returns:
        True when both are of one article or their cosine is at least SAME_STORY.
    """
    return (cand.passage.article_id == top.passage.article_id
            or float(corpus.vectors[cand.position] @ corpus.vectors[top.position]) >= SAME_STORY)


def _as_close(cand: ScoredSentence, top: ScoredSentence, slack: float = TYPED_DENSE_SLACK) -> bool:
    """Return True for a candidate about as close to the question as the best (or its window).

    Args:
        cand: The candidate.
        top: The best candidate.
        slack: How much less similar it may be.

    Returns:
        True when its or its window's similarity is within `slack` of the best's (or its).
    """
    best = max(top.dense, top.window_dense)
    return max(cand.dense, cand.window_dense) >= best - slack


def _follows(corpus: Corpus, cand: ScoredSentence, top: ScoredSentence,
             asked_terms: frozenset[str]) -> bool:
    """Return True for the sentence right after the best one holding a word asked it lacks."""
    terms = corpus.lexical.passage_terms
    return cand.follows(top) and bool(asked_terms & terms[cand.position] - terms[top.position])


def typed_first(corpus: Corpus, distinct: Ranked, kind: str,
                near: tuple[str, int] | None, *,
                held: Callable[[str], bool] | None = None,
                asked_terms: frozenset[str] = frozenset()) -> int | None:
    """Return where the best candidate of the best one's story holding the kind stands.

    Args:
        corpus: The snapshot the candidates come from.
        distinct: The distinct candidates with their scores, best first.
        kind: The kind of fact asked for (`question_types.asks_for`).
        near: (article id, sentence index) of a follow-up's previous answer, or None.
        held: Whether a sentence holds the kind as asked (`Asked.holds_asked`: naming only
            the question's own names, it names no one asked for); `holds` when None.
        asked_terms: The question's topical terms (`asked_topic`), for the sentence after
            the best.

    Returns:
        The index of the first candidate, tried in the order above, within TYPED_MARGIN
        (MEASURE_MARGIN for a measure, a part only holding a word asked; FOLLOWING_MARGIN for
        the sentence after the best) of the best, of its story, holding the kind; or None.
    """
    top, top_score = distinct[0]
    # A best sentence stating the fact in a looser form ("3.2 km" for "how much will it
    # cost?") gives way only to one holding the very kind ("$2.3 million").
    held = held or (lambda text: holds(kind, text))
    loose = not states(kind, top.passage.text)

    def fits(text: str) -> bool:
        if not loose:
            return held(text)
        # Loosely, any form will do, but a name that is only the question's own is none.
        return states(kind, text) and (held(text) or not holds(kind, text))

    measure = kind in MEASURES
    margin = MEASURE_MARGIN if measure else TYPED_MARGIN
    # A best setting out to learn what is asked ("set out to measure how far"): the next first;
    # stating nothing, one holding the very kind ("£6,000", not "26 of them") before others.
    asking = wants_to_know(top.passage.text)
    for i, (cand, score) in sorted(enumerate(distinct[1:], start=1), key=lambda pair: (
            not (asking and pair[1][0].follows(top)),
            not (loose and holds(kind, pair[1][0].passage.text)))):
        if score < top_score - max(margin, FOLLOWING_MARGIN):
            continue
        # "How much of it did she gather?" names no unit: from as far below as a measure, a
        # part must hold a word asked (not "a block of peat weighing about 1.2 tonnes").
        far = measure and (kind != "portion"
                           or bool(asked_terms & corpus.lexical.passage_terms[cand.position]))
        follows = _follows(corpus, cand, top, asked_terms)
        if score < top_score - (margin if far else TYPED_MARGIN) and not follows:
            continue
        # From the same story only: another article's sentence holding some amount or date
        # may be about its own ("250 euros" of air fares for a film's budget); one close in
        # meaning to the best sentence reports the same events.
        story = same_story(corpus, cand, top)
        # In a follow-up, the previous answer's article is the story asked about: its
        # similarity is measured with the previous turn's words, so it is not compared.
        followed = near is not None and cand.passage.article_id == near[0]
        if (story and fits(cand.passage.text)
                and (followed or (measure and (far or score >= top_score - TYPED_MARGIN))
                     or _as_close(cand, top)
                     or (follows and cand.window_dense >= top.window_dense - TYPED_DENSE_SLACK))):
            return i
    return None


def close_first(corpus: Corpus, distinct: Ranked, answers: Callable[[str], bool],
                asked_terms: frozenset[str], *, shared: int = 1) -> int | None:
    """Return where a candidate scoring within CLOSE_MARGIN of the best and answering stands.

    Args:
        corpus: The snapshot the candidates come from.
        distinct: The distinct candidates with their scores, best first.
        answers: Whether a sentence's text holds the fact as asked.
        asked_terms: The question's topical terms (`asked_topic`).
        shared: How many of them the candidate holds at least.

    Returns:
        The index of the first such candidate, of any story and however far in meaning;
        None when there is none.
    """
    top_score = distinct[0][1]
    terms = corpus.lexical.passage_terms
    return next((i for i, (cand, score) in enumerate(distinct[1:], start=1)
                 if score >= top_score - CLOSE_MARGIN and answers(cand.passage.text)
                 and len(asked_terms & terms[cand.position]) >= shared), None)


def measured_topic(lexical: LexicalIndex, topic: Iterable[str]) -> frozenset[str]:
    """Return a question's topical terms less the words asking for a measure ("tall")."""
    return frozenset(topic) - lexical.stem_set(_MEASURE_WORDS)


def measure_first(corpus: Corpus, distinct: Ranked, kind: str, topic: set[str]) -> int | None:
    """Return where another story's sentence holding the measure asked for stands.

    Args:
        corpus: The snapshot the candidates come from.
        distinct: The distinct candidates with their scores, best first.
        kind: A measure's kind (MEASURES).
        topic: The question's topical words (`story_phase.question_topic`).

    Returns:
        The index of the first candidate within MEASURE_MARGIN of the best holding the
        measure, its own sentence as close to the question as the best's, and on topic; None
        when there is none.
    """
    # "lifted it out inside a slab of turf weighing about 900kg" (cosine 0.35 to the best,
    # another site's "When it was lifted ...") for "How heavy was the slab they cut?". The
    # sentence itself must be as close, not its window: "Its sides are 3.1 metres high" (0.23;
    # its window 0.60) answered a trap asking how tall a tower is. Holding a
    # topical word besides the measure's ("tall") is a guard only (no set moved by it).
    topic = measured_topic(corpus.lexical, topic)
    if not topic:
        return None
    top, top_score = distinct[0]
    return next((i for i, (cand, score) in enumerate(distinct[1:], start=1)
                 if score >= top_score - MEASURE_MARGIN and holds(kind, cand.passage.text)
                 and cand.dense >= top.dense - TYPED_DENSE_SLACK
                 and grounded_in(corpus, topic, cand)), None)


def promote(corpus: Corpus, distinct: Ranked, answers: Callable[[str], bool], *,
            any_story: bool = False, margin: float = TYPED_MARGIN,
            slack: float | None = TYPED_DENSE_SLACK) -> None:
    """Put first the best candidate that answers, of the same story (and as close as the best).

    Args:
        corpus: The snapshot the candidates come from.
        distinct: The distinct candidates with their scores, best first (reordered in place).
        answers: Whether a sentence's text answers.
        any_story: Whether a candidate of another story may answer (one naming the person
            asked about is about them).
        margin: How far below the best the candidate may score.
        slack: How much less similar to the question it (or its window) may be; None, any.
    """
    top, top_score = distinct[0]
    for i, (cand, score) in enumerate(distinct[1:], start=1):
        if (score >= top_score - margin and answers(cand.passage.text)
                and (any_story or same_story(corpus, cand, top))
                and (slack is None or _as_close(cand, top, slack))):
            distinct.insert(0, distinct.pop(i))
            return
