"""One question through the pipeline: rewrite, search, select, decide; no state kept here."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from retrieval.answering import compose_answer, select_quotes
from retrieval.chat import normalise_chat
from retrieval.conversation import Turn, contextualise, leans_only_on_it_or_they
from retrieval.corpus import Corpus
from retrieval.decline import relevance, should_answer
from retrieval.embedding import Embedder
from retrieval.fact_patterns import holds
from retrieval.grounding import ages_the_person
from retrieval.item_prices import names_measure, prices_item
from retrieval.mentions import outlet_mentions
from retrieval.models import Answer
from retrieval.question_types import asks_for
from retrieval.role_check import names_someone_new, role_found
from retrieval.search import ScoredSentence, score_sentences
from retrieval.story_phase import question_topic
from retrieval.turn_topic import takes_up_turn
from retrieval.typed_first import KIND_NOUNS

# A follow-up is searched with the previous question and answer, whose many words can drown
# the few the turn adds ("What did he say people compare the experience to?" found the
# sentences around the previous answer): how well a sentence matches the turn alone counts
# too, at this weight (0.3-0.5 gave the same follow-ups on all eight sets; 1.0 lost one).
OWN_TURN_WEIGHT = 0.4


def _with_own_match(scored: list[ScoredSentence],
                    own: list[ScoredSentence]) -> list[ScoredSentence]:
    """Add the turn's own match to each candidate's score, best first again."""
    own_score = {s.position: s.score for s in own}
    return sorted((replace(s, score=s.score + OWN_TURN_WEIGHT * own_score.get(s.position, 0.0))
                   for s in scored), key=lambda s: -s.score)


# "What did they find in the roof of the tunnel?" after a question on a museum: words the
# articles use, none of them in the last turn, and only "they" to lean on. One new word is
# not enough ("When will they meet?" goes on with the same delegations).
NEW_TOPIC_TERMS = 2
# The words asking for the kind of fact name no topic: "what time did they first go out?"
# after a question on a lifeboat's launches is about them.
_ASKING_PHRASE_RE = re.compile(r"\b(?:what|which)\s+(?:time|day|date|month|year|week)\b"
                               r"|\bhow\s+(?:long|far|old|big|many|much)\b", re.I)


def _starts_new_topic(corpus: Corpus, asked: str, last: Turn) -> bool:
    """Return True for a turn leaning only on "it"/"they" whose topic the last turn never had."""
    if not leans_only_on_it_or_they(asked):
        return False
    # "in the end", "so far" ask how the last topic turned out, "cost", "year" the kind of
    # fact: they name no new one ("how much will it cost to recast it now?"); "big", "long"
    # may ("when did they take down the big wheel?").
    own = (question_topic(corpus.lexical, _ASKING_PHRASE_RE.sub(" ", asked))
           - corpus.lexical.stem_set(KIND_NOUNS))
    before = set(corpus.lexical.terms(f"{last.question} {last.answer}"))
    return len(own) >= NEW_TOPIC_TERMS and not own & before


def answer_question(corpus: Corpus, embedder: Embedder, question: str, *,
                    history: Sequence[Turn] = (), top_k: int = 3) -> tuple[Answer, Turn | None]:
    """Answer a validated question over one corpus snapshot.

    Args:
        corpus: The snapshot to search.
        embedder: The model that embedded the corpus.
        question: The question, already validated.
        history: Earlier answered turns of its conversation, oldest first.
        top_k: How many quotes to return.

    Returns:
        The Answer, and the Turn to remember for follow-ups (None when declined).
    """
    # Outlets first: chat shorthand could rewrite an outlet's name ("NK News").
    asked, named = outlet_mentions(question, corpus.outlets, reported_on=corpus.reported_on)
    asked = normalise_chat(asked)
    if not re.search(r"\w", asked):
        # Nothing left but an outlet ("per IANS?"): in a conversation, the previous question
        # again, from that outlet. Nothing but a filler or an emoji: nothing to search.
        if not (history and named):
            return Answer(question=question, answered=False), None
        asked = history[-1].question
    if history and _starts_new_topic(corpus, asked, history[-1]):
        history = ()
    context = contextualise(asked, tuple(history))
    joined = context != asked  # a follow-up, searched with the previous turn
    repaired = corpus.lexical.repair_spelling(asked)
    query = corpus.lexical.repair_spelling(context) if joined else repaired
    follow_up = joined and bool(corpus.lexical.terms(repaired))
    vectors = embedder.encode([query, repaired] if follow_up else [query])
    # A site named by the user ("the Marple model railway show"), not by the previous answer.
    sites = corpus.named_outlets(f"{corpus.lexical.repair_spelling(history[-1].question)} "
                                 f"{repaired}" if joined else repaired)
    scored = score_sentences(corpus, query, vectors[0], sites=sites)
    if follow_up:
        scored = _with_own_match(scored, score_sentences(corpus, repaired, vectors[1],
                                                         sites=sites))
    if named:  # "according to IANS": that outlet's sentences, if it has candidates
        scored = [s for s in scored
                  if corpus.articles[s.passage.article_id].source.outlet in named] or scored
    near = ((history[-1].article_id, history[-1].sentence)
            if joined and history[-1].article_id else None)
    picked = select_quotes(corpus, repaired, scored, top_k=top_k, near=near)
    # The turn alone, to hold a follow-up's answer to the turn's own topic.
    own = (vectors[1], history[-1].answer) if follow_up else None
    answered = bool(picked) and _decides_to_answer(corpus, query, repaired, picked[0][0],
                                                   scored, joined=joined, sites=sites, own=own)
    # A follow-up stays on the conversation's story: when its best sentence lacks the kind of
    # fact asked ("how old is she now?" over "missing for 20 years"), a quote shown below
    # holding it and naming someone or something the last turn named ("Rosie must be at
    # least 50") answers if it passes the same checks, rather than declining.
    if picked and not answered and joined and (kind := asks_for(repaired)) not in (None, "name"):
        named = _names_in(corpus, f"{history[-1].question} {history[-1].answer}")
        holding = next((k for k, (cand, _) in enumerate(picked[1:], start=1)
                        if holds(kind, cand.passage.text)
                        and named & corpus.lexical.passage_terms[cand.position]
                        and _decides_to_answer(corpus, query, repaired, cand, scored,
                                               joined=joined, sites=sites, own=own)), None)
        if holding is not None:
            picked.insert(0, picked.pop(holding))
            answered = True
    answer = compose_answer(corpus, question, picked, answered=answered)
    if answer.answer is None:
        return answer, None
    best = picked[0][0].passage
    return answer, Turn(asked, answer.answer.text, best.article_id, best.sentences[0])


def _decides_to_answer(corpus: Corpus, query: str, repaired: str, best: ScoredSentence,
                       scored: list[ScoredSentence], *, joined: bool,
                       sites: dict[str, frozenset[str]],
                       own: tuple[np.ndarray, str] | None = None) -> bool:
    """Return True when the best sentence is relevant and states what was asked of whom.

    `own` is a follow-up's own embedding and the previous answer's sentence.
    """
    text, context = best.passage.text, _context_text(corpus, best)
    if own is not None and not takes_up_turn(corpus, repaired, best, own[0], previous=own[1]):
        return False
    return (should_answer(relevance(corpus, query, best, asked=repaired,
                                    turn=repaired if joined else None, sites=sites))
            and role_found(corpus, repaired, scored)
            and names_someone_new(repaired, text, context=context,
                                  site=corpus.articles[best.passage.article_id].source.outlet)
            and prices_item(corpus.lexical, repaired, text)
            and names_measure(corpus.lexical, repaired, text)
            and ages_the_person(corpus.lexical, repaired, text, context=context))


_NAME_RE = re.compile(r"\b[A-Z][\w'’-]+")


def _names_in(corpus: Corpus, text: str) -> frozenset[str]:
    """Return the terms of a text's capitalised words (names, and a sentence's first word)."""
    return frozenset(term for found in _NAME_RE.findall(text)
                     for term in corpus.lexical.terms(found))


def _context_text(corpus: Corpus, best: ScoredSentence) -> str:
    """Return the text the best sentence leans on ("He replaces Smith" after "Jones was ..")."""
    around = corpus.context_of.get(best.position)
    return corpus.passages[around].text if around is not None else ""
