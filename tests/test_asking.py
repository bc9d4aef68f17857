"""The question pipeline end to end over small articles, and the context-passage scoring rule."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.corpus import ArticleChunks, Corpus
from retrieval.loading import build_article
from retrieval.passages import split_passages
from retrieval.search import CONTEXT_MARGIN, score_sentences
from retrieval.service import QAService


def test_chat_spelling_reaches_the_answer(fake_service: QAService):
    answer = fake_service.ask("whos the chairman of the cooperative lol")
    assert answer.answered and "Tom Reed" in answer.answer.text


def test_a_role_no_article_names_is_declined(fake_service: QAService):
    assert fake_service.ask("Who is the cooperative's chairman?").answered
    # A sentence holds both words ("The city council voted to close the harbour bridge"),
    # none names a "bridge council"; and no article uses the word "treasurer".
    assert not fake_service.ask("Who is the bridge council?").answered
    assert not fake_service.ask("Who is the cooperative's treasurer?").answered


def _unit(*parts: float) -> np.ndarray:
    v = np.array(parts, dtype=np.float32)
    return v / np.linalg.norm(v)


@pytest.mark.parametrize(("context_dense", "words", "credited"), [
    (0.9, "milestone", True),  # the context matches far better than the sentence it leans on
    # The leaning sentence holds the word asked about: its context counts, even when it is
    # barely closer than the sentence leaned on.
    (0.5 + CONTEXT_MARGIN / 2, "milestone", True),
    # Far better, but the question's words are all in the sentence leaned on: it answers.
    (0.9, "Professor Lee", False),
    # A paraphrase sharing no word with either is judged by meaning alone: clearly closer in
    # context than the sentence leaned on, or not credited.
    (0.9, "breakthrough", True),
    (0.5 + CONTEXT_MARGIN / 2, "breakthrough", False),
])
def test_a_leaning_sentence_is_scored_in_context_only_when_that_adds(context_dense, words,
                                                                     credited):
    article = build_article("T\n\nProfessor Lee spoke at the forum. He called it a milestone. "
                            "Talks resume in May.", title="T")
    passages = tuple(split_passages(article))
    query = _unit(1, 0, 0)
    wanted = {"sentence": [0.5, 0.1, 0.0], "window": [0.3], "context": [context_dense]}
    vectors = []
    for p in passages:
        similarity = wanted[p.kind].pop(0)
        vectors.append(_unit(similarity, np.sqrt(1 - similarity ** 2), 0))
    corpus = Corpus([ArticleChunks(article, passages, np.stack(vectors))], dim=3)
    scored = {s.passage.text: s for s in score_sentences(corpus, words, query)}
    leaning = scored["He called it a milestone."]
    assert leaning.dense == pytest.approx(context_dense if credited else 0.1, abs=1e-5)
