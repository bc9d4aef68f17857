"""A follow-up's own topic: its answer must take up what the turn itself asks about.

A follow-up is searched with the previous question and answer, so their story's sentences
score high whatever the turn asks. "what car does he drive?" after a question on a record
attempt found a sentence of that story, and was answered, although the articles say nothing
of a car. A turn asking what or which thing has no check of the kind asked, so its best
sentence must share its topic's words, or be close to the turn on its own. A typed turn
("when did she last see a dentist?") is held by its best sentence holding a date; its topic
need only be in the answer's story.
"""

from __future__ import annotations

import re

import numpy as np

from retrieval.conversation import asks_again
from retrieval.corpus import Corpus
from retrieval.decline import topic_weights
from retrieval.lexical import PREFIX_LENGTH
from retrieval.question_types import asks_for
from retrieval.search import ScoredSentence
from retrieval.speakers import asks_only_what_was_said, asks_what_was_said
from retrieval.typed_first import ASKING_WORDS

# Measured on the follow-ups of 42 sets (148 answered right) and twenty follow-ups about
# things no article says ("what football team does he support?", "what's her star sign?"),
# each asked after every conversation's first turn: 1693 of 4120 were answered. 35% of the
# turn's topic weight (IDF) in the answer or its context sentence, or this similarity with
# the turn alone, kept the 148 and answered 239 of the 4120. Half the weight answered 173
# but lost a paraphrase sharing 0.40 of it (the turn and its article used other verbs);
# a quarter answered 285. The exemptions below and the idioms kept four more. (Measured
# before `_related` was narrowed; after it, the 148 still hold.)
TOPIC_SHARE = 0.35
TURN_SIMILAR = 0.35
# A typed turn ("when", "how much") whose topic its answer's whole story never mentions, less
# similar to it than this, is declined: it kept the 148 (0.3 lost two asking what a repair
# would cost, at 0.28 and 0.29) and answered 196 of the 4120 instead of 239.
TYPED_SIMILAR = 0.2
# Idioms that name no topic: "what does he do for a living?", "what did the club end up
# paying?", "who set her up with the job?".
_IDIOM_RE = re.compile(r"\bfor\s+a\s+living\b|\bend(?:s|ed)?\s+up\b|\bset\s+(?:\w+\s+)?up\b",
                       re.I)
_UNTYPED = frozenset({None, "name"})
_ASKING = frozenset({"last", "lasted", "often", "usually"})


# One word's stem may stand for another's: "editor" for "edit", "recording" for "record";
# not "start" for "star", "signpost" for "sign".
_ENDINGS = frozenset({"s", "es", "er", "or", "ing", "ed", "ion", "ment"})


def _related(term: str, terms: frozenset[str]) -> bool:
    """Return True when the term, a word it starts, or one sharing six letters is in terms."""
    if term in terms:
        return True
    for other in terms:
        short, long = sorted((term, other), key=len)
        if len(short) >= 4 and long.startswith(short) and long[len(short):] in _ENDINGS:
            return True
        if len(short) >= PREFIX_LENGTH and long.startswith(short[:PREFIX_LENGTH]):
            return True
    return False


def takes_up_turn(corpus: Corpus, turn: str, best: ScoredSentence, turn_vector: np.ndarray, *,
                  previous: str) -> bool:
    """Return True when a follow-up's best sentence answers the turn's own topic.

    Args:
        corpus: The snapshot searched.
        turn: The follow-up alone, spelling repaired.
        best: The chosen answer sentence.
        turn_vector: The turn's own embedding.
        previous: The previous answer's sentence.

    Returns:
        False for a what/which/who turn whose topic words the best sentence and its context
        mostly lack, or a typed turn (when, how much) whose topic its story never uses, when
        it is not close to the best sentence on its own; True otherwise.
    """
    # "And the visitors?" asks the last question again, of a subject the answer may call
    # otherwise ("the away team"); what was said is a quotation's, whatever its words.
    if asks_again(turn) or asks_only_what_was_said(turn) or asks_what_was_said(turn, previous):
        return True
    weights = topic_weights(corpus.lexical, _IDIOM_RE.sub(" ", turn))
    total = sum(weights.values())
    if not total:
        return True
    similarity = float(corpus.vectors[best.position] @ turn_vector)
    lexical = corpus.lexical
    if asks_for(turn) not in _UNTYPED:
        # Its best sentence holds the kind asked ("when did she last go to the dentist?" and
        # a date): only a topic its whole story never mentions tells it is about else. The
        # words asking for the kind ("cost", "time", "last") name none.
        topic = weights.keys() - lexical.stem_set(ASKING_WORDS | _ASKING)
        story = corpus.story_terms[best.passage.article_id]
        return (not topic or any(_related(t, story) for t in topic)
                or similarity >= TYPED_SIMILAR)
    terms = lexical.passage_terms[best.position]
    around = corpus.context_of.get(best.position)
    if around is not None:
        terms = terms | lexical.passage_terms[around]
    shared = sum(w for t, w in weights.items() if _related(t, terms))
    return shared / total >= TOPIC_SHARE or similarity >= TURN_SIMILAR
