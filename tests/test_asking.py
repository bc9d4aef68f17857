"""The question pipeline end to end over small articles, and the context-passage scoring rule."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval.asking import _starts_new_topic, answer_question
from retrieval.conversation import Turn
from retrieval.corpus import ArticleChunks, Corpus
from retrieval.loading import build_article
from retrieval.passages import split_passages
from retrieval.search import CONTEXT_MARGIN, score_sentences
from retrieval.service import QAService


def _one_article_corpus(text: str, embedder) -> Corpus:
    """A corpus of one article's passages, embedded by the given model."""
    article = build_article(text)
    passages = tuple(split_passages(article))
    return Corpus([ArticleChunks(article, passages, embedder.encode([p.text for p in passages]))],
                  dim=embedder.dim)


def test_chat_spelling_reaches_the_answer(fake_service: QAService):
    answer = fake_service.ask("whos the chairman of the cooperative lol")
    assert answer.answered and "Tom Reed" in answer.answer.text


def test_a_role_no_article_names_is_declined(fake_service: QAService):
    assert fake_service.ask("Who is the cooperative's chairman?").answered
    # A sentence holds both words ("The city council voted to close the harbour bridge"),
    # none names a "bridge council"; and no article uses the word "treasurer".
    assert not fake_service.ask("Who is the bridge council?").answered
    assert not fake_service.ask("Who is the cooperative's treasurer?").answered


def test_how_it_turned_out_names_no_new_topic_for_they(fake_embedder):
    # "they" is all that ties the turn to the last; "set off" and "in the end" would be two
    # topical words the last turn never had, but "in the end" asks how it turned out.
    corpus = _one_article_corpus("Fireworks\nThe town's display finally went up on Saturday. "
                                 "The crew set off 1,150 rockets over 14 minutes. The crowd "
                                 "waited in the end zone of the park.", fake_embedder)
    last = Turn("What happened to the town's fireworks?",
                "The town's display finally went up on Saturday.")
    assert not _starts_new_topic(corpus, "how many did they set off in the end?", last)
    assert _starts_new_topic(corpus, "how many rockets did they set off?", last)
    # A word asking for the kind of fact ("cost") names no new topic either, when the
    # articles use it: "how much will it cost to recast it now?" after the bell's crack.
    corpus = _one_article_corpus("Bell\nThe tenor bell cracked on Sunday. Recasting it will "
                                 "cost £52,400, the foundry says.", fake_embedder)
    last = Turn("What happened to the bell?", "The tenor bell cracked on Sunday.")
    assert not _starts_new_topic(corpus, "how much will it cost to recast it now?", last)
    assert _starts_new_topic(corpus, "who will recast it at the foundry?", last)
    # "big" is no word asking for a kind: "the big wheel" names a new topic.
    corpus = _one_article_corpus("Fair\nThe fair opened on Sunday. They took down the big "
                                 "wheel on Monday.", fake_embedder)
    last = Turn("What happened at the fair?", "The fair opened on Sunday.")
    assert _starts_new_topic(corpus, "when did they take down the big wheel?", last)
    # "what time" asks for the kind: "first" alone is no new topic after the launches.
    corpus = _one_article_corpus("Lifeboat\nThe crew launched twice on Thursday. The first "
                                 "launch was at 6.10am, when the harbour bridge was shut for "
                                 "a time.", fake_embedder)
    last = Turn("Tell me about the lifeboat launches", "The crew launched twice on Thursday.")
    assert not _starts_new_topic(corpus, "what time did they first go out?", last)
    assert _starts_new_topic(corpus, "what time did they shut the harbour bridge?", last)


def test_a_misspelt_question_is_declined_by_the_kind_of_fact_it_asks_for(fake_embedder):
    # "percantage" is repaired to "percentage": a "what percentage" question wants a number,
    # and the one sentence on the topic states none (it was answered while the decision took
    # the kind of fact from the question as typed).
    corpus = _one_article_corpus("Ferry service resumes\nThe new ferry sails every hour from "
                                 "the north quay. The port publishes the percentage of late "
                                 "sailings every month.", fake_embedder)
    for question in ("What percentage of sailings are late?",
                     "What percantage of sailings are late?"):
        answer, _ = answer_question(corpus, fake_embedder, question)
        assert not answer.answered, question
    answer, _ = answer_question(corpus, fake_embedder, "What does the port publish every month?")
    assert answer.answered and "percentage of late sailings" in answer.answer.text


def test_a_named_person_s_age_is_declined_when_the_sentence_gives_another_s(fake_embedder):
    corpus = _one_article_corpus("Reservoir closed\nRhodri Vaughan runs the reservoir for the "
                                 "water company. A 62-year-old man from Rhayader sank to his "
                                 "waist in the silt near the old school.", fake_embedder)
    answer, _ = answer_question(corpus, fake_embedder, "How old is the man who sank in the silt?")
    assert answer.answered and "62-year-old" in answer.answer.text
    answer, _ = answer_question(corpus, fake_embedder, "How old is Rhodri Vaughan?")
    assert not answer.answered


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


FOLLOW_UP_TEXT = (
    "Mushrooms rewire the brain\n\n"
    "The drug disrupts the normal communication networks in the brain, by connecting regions "
    "that don't normally talk together, said study co-author Paul Expert, a physicist at "
    "King's College London. "
    "The research, published today in the Journal of the Royal Society Interface, is part of "
    "a larger effort to understand how the brain and the drug interact. "
    "Magic mushrooms may give users trippy experiences by creating a hyperconnected brain. "
    "People who try the drug report one of the most profound experiences of their lives, "
    "even comparing it to the birth of their children, Expert said.")


@pytest.mark.integration
def test_a_follow_up_s_own_words_are_not_drowned_by_the_previous_answer(real_embedder):
    # The search for the follow-up holds the long previous answer; without the turn's own
    # match, the sentences around that answer come first.
    corpus = _one_article_corpus(FOLLOW_UP_TEXT, real_embedder)
    first, turn = answer_question(
        corpus, real_embedder, "Which physicist co-wrote the study on the drug and the brain?")
    assert first.answered and "Paul Expert" in first.answer.text and turn is not None
    second, _ = answer_question(corpus, real_embedder,
                                "What did he say people compare the experience to?",
                                history=(turn,))
    assert "birth of their children" in second.answer.text


NEWS = {
    "Glacier museum opens": "The glacier museum in Tromsdal opened on Saturday after three years "
                            "of building. The museum, designed by architect Mari Solheim, cost "
                            "410 million kroner.",
    "Tunnel closed": "The Lorne Tunnel was closed on Monday after engineers found cracks in the "
                     "roof. Repairs will take six weeks, the roads agency said.",
    "Rating cut": "Finance minister Karel Novak, 61, called the decision unjustified. Moody's "
                  "cut the rating of Veltria's sovereign debt on Tuesday.",
}


@pytest.mark.integration
def test_new_topics_and_unanswerable_follow_ups_in_a_conversation(real_embedder):
    chunks = []
    for title, text in NEWS.items():
        article = build_article(text, title=title)
        passages = tuple(split_passages(article))
        chunks.append(ArticleChunks(article, passages,
                                    real_embedder.encode([p.text for p in passages])))
    corpus = Corpus(chunks, dim=real_embedder.dim)

    def conversation(*questions: str) -> list[str | None]:
        history, answers = [], []
        for question in questions:
            answer, turn = answer_question(corpus, real_embedder, question,
                                           history=tuple(history))
            answers.append(answer.answer.text if answer.answer else None)
            history += [turn] if turn else []
        return answers

    museum, tunnel = conversation("How much did the glacier museum in Tromsdal cost?",
                                  "What did they find in the roof of the tunnel?")
    assert "410 million kroner" in museum  # the amount asked for, not the opening sentence
    assert "cracks in the roof" in tunnel  # "they" referred to nothing: a new question
    age, food, married = conversation("How old is Karel Novak?", "What is his favourite food?",
                                      "Is he married?")
    assert "61" in age and food is None and married is None


@pytest.mark.integration
def test_a_follow_up_in_abbreviations_is_judged_by_what_it_searches_for(real_embedder):
    # "who's its ceo" is searched as "who is its chief executive"; the previous answer names
    # no chief executive, so another sentence answers.
    corpus = _one_article_corpus(
        "Grocer buys rival\nHollis Market, the family-owned grocery chain based in Des Moines, "
        "agreed to buy 42 stores from Bramwell Foods. The deal will expand Hollis to 158 stores. "
        "Hollis Chief Executive Martin Hollis said the chain would keep all workers.",
        real_embedder)
    first, turn = answer_question(corpus, real_embedder,
                                  "Which grocery chain is buying Bramwell Foods stores?")
    assert first.answered and first.answer.text.startswith("Hollis Market") and turn
    second, _ = answer_question(corpus, real_embedder, "who's its ceo", history=(turn,))
    assert second.answered and "Martin Hollis" in second.answer.text


def _site_pages(embedder) -> Corpus:
    """A club's page that never names its own site, and a boatyard's page naming the town."""
    chunks = []
    for outlet, text in (
            ("Marple & District Model Railway Club",
             "Flood update\nOur annual exhibition, which was due to be held at the mill on 21 "
             "November, will now take place a week later, on Saturday 28 November."),
            ("Goyt Valley Narrowboats",
             "Canal news\nBookings from November onwards are going ahead for now, but routes "
             "heading north through Marple will be turned round at Top Lock.")):
        article = build_article(text, outlet=outlet)
        passages = tuple(split_passages(article))
        chunks.append(ArticleChunks(article, passages,
                                    embedder.encode([p.text for p in passages])))
    return Corpus(chunks, dim=embedder.dim)


@pytest.mark.integration
def test_a_site_named_by_the_question_is_what_its_page_is_about(real_embedder):
    # "the marple model railway show" names the club by most of its name's words: its page
    # answers, though its words are "exhibition" and "28 November".
    corpus = _site_pages(real_embedder)
    answer, _ = answer_question(corpus, real_embedder,
                                "wen is the marple model railway show happening now")
    assert answer.answered and "28 November" in answer.answer.text
    assert answer.answer.source.outlet == "Marple & District Model Railway Club"


def test_a_follow_up_s_site_is_named_by_the_questions_not_by_the_previous_answer(
        fake_embedder, monkeypatch):
    corpus = _site_pages(fake_embedder)
    named: list[str] = []
    original = Corpus.named_outlets
    monkeypatch.setattr(Corpus, "named_outlets",
                        lambda self, text: named.append(text) or original(self, text))
    previous = Turn("what happened at the canal", "The Goyt Valley Narrowboats yard flooded.")
    answer_question(corpus, fake_embedder, "and when did it reopen?", history=(previous,))
    assert named and "what happened at the canal" in named[-1] and "yard" not in named[-1]
