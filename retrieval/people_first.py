"""Questions about people: a sentence naming who spoke, did the deed or holds the role first."""

from __future__ import annotations

import re

from retrieval.answer_slots import Asked
from retrieval.corpus import Corpus
from retrieval.doers import names_doer
from retrieval.focus import role_asked
from retrieval.grounding import grounded_in
from retrieval.role_holders import holder_pattern
from retrieval.speakers import reports_words
from retrieval.story_phase import question_topic
from retrieval.typed_first import Ranked, promote

# Asked who did something, one of the story naming the deed's doer ("built in 1884 by ..."
# under the organ's restorer, 0.27 below) comes first, however less close in meaning.
DOER_MARGIN = 0.3


def person_first(corpus: Corpus, distinct: Ranked, asked: Asked, question: str, *,
                 follow_up: bool) -> None:
    """Put first a candidate of the best's story naming the speaker, doer or holder asked.

    Args:
        corpus: The snapshot the candidates come from.
        distinct: The distinct candidates with their scores, best first (reordered in place).
        asked: What the question asks for.
        question: The question, spelling repaired.
        follow_up: Whether the question follows an earlier turn (only what was said is
            looked for then: the turn's story is the conversation's).
    """
    # Asked what someone said, a sentence reporting no one's words gives way to one of the
    # same story that does, as close as a typed one.
    if asked.said and not reports_words(distinct[0][0].passage.text):
        promote(corpus, distinct, reports_words)
    if follow_up:
        return
    lexical = corpus.lexical
    if asked.deed and not names_doer(lexical, distinct[0][0].passage.text, asked.deed):
        promote(corpus, distinct, lambda text: names_doer(lexical, text, asked.deed),
                margin=DOER_MARGIN, slack=None)
        if not names_doer(lexical, distinct[0][0].passage.text, asked.deed):
            _doer_after(corpus, distinct, asked.deed)
        if not names_doer(lexical, distinct[0][0].passage.text, asked.deed):
            _doer_elsewhere(corpus, distinct, asked.deed, question)
    # Asked for a role's holder ("Who is the surveyor who checked the wall?"), a best sentence
    # not using the role's word gives way to one of its story naming the holder ("said our
    # senior surveyor, Dr ...", 0.1 below a sentence on the survey firm's work). One using it
    # may name the holder in a way not read ("The Minister of Rivers and Canals, Ana Ruiz
    # Prado, ..."). A leader's role is weighed by what is led, not here.
    role, holder = role_asked(question), holder_pattern(asked.roles)
    if (role and holder and not asked.led
            and not re.search(rf"(?i)\b{re.escape(role)}s?\b", distinct[0][0].passage.text)):
        promote(corpus, distinct, lambda text: holder.search(text) is not None, slack=None)


# The best sentence sets the scene ("The regatta was held for the first time in a century");
# one of the next two names who did the deed ("Ash won by two lengths"), scoring far below it
# because it repeats none of the question's other words.
DOER_AFTER_MARGIN = 0.5
DOER_AFTER_SENTENCES = 2


def _doer_after(corpus: Corpus, distinct: Ranked, deed: str) -> None:
    """Put first a sentence just after the best one naming who did the deed asked."""
    after = {cand.passage.text for cand, _ in distinct[1:]
             if cand.follows(distinct[0][0], within=DOER_AFTER_SENTENCES)}
    promote(corpus, distinct, lambda text: text in after
            and names_doer(corpus.lexical, text, deed), margin=DOER_AFTER_MARGIN, slack=None)


# A participle names the thing done, not the doer: "the motorbike found in a barn".
_PARTICIPLE_AFTER_RE = re.compile(r"\s+(?:in|at|on|near|under|inside|behind|by)\b")
_NAME_RE = re.compile(r"(?<=\s)[A-Z][\w'’-]+")


def _doer_elsewhere(corpus: Corpus, distinct: Ranked, deed: str, question: str) -> None:
    """Put first a sentence of any story naming the deed's doer and what is asked about."""
    # Another site's page may name the doer ("thanks to Jo Marr ..., who found a ring at
    # Leeds") below the cosine of one story. A name asked about ties it to the question, and
    # another word asked, in it or the text around it, to the thing done ("the ring"): a name
    # alone let "fans in Leeds cheered Sam Holt, who found the net" answer; without the name,
    # "the central bank head said" came first for "who heads the trade body?" (another word
    # of it held).
    lexical = corpus.lexical
    topic = question_topic(lexical, question) - {deed}
    if not topic:
        return
    doers = set()
    for cand, _ in distinct[1:]:
        text = cand.passage.text
        names = {lexical.stem(name.lower()) for name in _NAME_RE.findall(text)} & topic
        if (names and grounded_in(corpus, topic - names, cand)
                and names_doer(lexical, text, deed)
                and not any(_PARTICIPLE_AFTER_RE.match(text, found.end())
                            for found in re.finditer(r"[A-Za-z]+", text)
                            if lexical.stem(found.group().lower()) == deed)):
            doers.add(text)
    promote(corpus, distinct, lambda text: text in doers, any_story=True, margin=DOER_MARGIN,
            slack=None)
