"""Conversation memory: follow-up detection, rewriting, bounds and expiry."""

from __future__ import annotations

import retrieval.asking as asking
from retrieval.conversation import ConversationMemory, Turn, contextualise, is_follow_up
from retrieval.corpus import ArticleChunks, Corpus
from retrieval.embedding import HashingEmbedder
from retrieval.loading import build_article
from retrieval.passages import split_passages
from retrieval.search import ScoredSentence


def test_pronoun_questions_are_follow_ups():
    assert is_follow_up("What is his title?")
    assert is_follow_up("And the other side?")
    assert is_follow_up("Who said that?")
    assert is_follow_up("Whose tactics are those?")
    assert is_follow_up("Why?")
    assert is_follow_up("When did that happen?")
    assert is_follow_up("What does that mean?")
    assert not is_follow_up("Why are these talks regular?")
    assert is_follow_up("Where is that company based?")  # what a previous answer was about
    assert not is_follow_up("Who said that the talks start Tuesday?")
    assert not is_follow_up("What is the group that was set up in 2018?")
    assert not is_follow_up("Who leads the delegation?")
    assert not is_follow_up("Which earlier group are these talks compared with?")


def test_follow_up_is_joined_with_the_last_turn_only_when_it_refers_back():
    history = (Turn("Who chairs the cooperative?", "The chairman, Tom Reed, said so."),)
    assert contextualise("What did he credit?", history).startswith("What did he credit? Who")
    assert "Tom Reed" in contextualise("What did he credit?", history)
    assert contextualise("How many apples?", history) == "How many apples?"
    assert contextualise("What did he credit?", ()) == "What did he credit?"
    # The same question of another subject: the old subject's answer is left out.
    assert contextualise("And what about the mayor?", history) == \
        "And what about the mayor? Who chairs the cooperative?"
    assert contextualise("And the growers?", history) == \
        "And the growers? Who chairs the cooperative?"
    # ...but "that" points at the previous answer, which stays.
    assert "Tom Reed" in contextualise("What about that?", history)


def test_an_impersonal_it_or_they_before_a_new_topic_starts_a_new_question():
    history = (Turn("Who leads the US side?", "The U.S. delegation will be led by Kevin Kim."),)
    for question in ("How hot did it get in Athens?", "What did they close in Athens?",
                     "How much will it cost to build the lanes on Harbor Street?"):
        assert contextualise(question, history) == question
    # A topic the previous turn mentioned, a day, or "he" still lean on it.
    for question in ("When did they meet Kevin Kim?", "What did they do on Monday?",
                     "Did he meet Putin?", "Is it a U.S.-led framework?", "Where will they meet?",
                     "What did they say about Kim’s role?", "Did they meet the U.S. envoy?"):
        assert contextualise(question, history) != question


def test_a_short_turn_naming_a_thing_of_the_last_answer_by_the_refers_back():
    last = Turn("Which journal published the description?",
                "It is described in a paper published on 30 September in the Journal; 23 "
                "specimens in the new collection went to press.")
    assert contextualise("when did the paper come out?", (last,)) == (
        f"when did the paper come out? {last.question} {last.answer}")
    trial = Turn("q", "The vaccine was approved after a trial of 4,000 volunteers, the police "
                      "said; the war and the ban went on.")
    for question in ("When did the war start?", "When does the ban start?"):
        assert contextualise(question, (trial,)) != question, question
    assert contextualise("How much will the police spend on the new school buildings?",
                         (trial,)) == "How much will the police spend on the new school buildings?"
    for question in ("When was the trial held?", "Is the vaccine safe?",
                     "How many people were in the trials?", "What did the police say?"):
        assert contextualise(question, (trial,)) != question, question
    # A thing the answer never named, a new name, or a long question of its own: no.
    for question in ("when did the expedition sail?", "when did the Nordhavn paper come out?",
                     "Who is the new coach?", "Where is the press office?", "What is the news?",
                     "when did the paper that described the new squat lobster species from the "
                     "vent field come out?"):
        assert contextualise(question, (last,)) == question, question


def test_memory_is_bounded_in_turns_and_conversations():
    memory = ConversationMemory(max_conversations=2, max_turns=2)
    for i in range(3):
        memory.remember("a", Turn(f"q{i}", f"a{i}"))
    assert [t.question for t in memory.history("a")] == ["q1", "q2"]
    memory.remember("b", Turn("q", "a"))
    memory.remember("c", Turn("q", "a"))
    assert len(memory) == 2 and memory.history("a") == ()


def test_memory_expires():
    now = [0.0]
    memory = ConversationMemory(ttl_seconds=10, clock=lambda: now[0])
    memory.remember("a", Turn("q", "a"))
    now[0] = 5
    assert memory.history("a")
    now[0] = 16
    assert memory.history("a") == ()


def test_service_follow_up_uses_conversation(fake_service):
    first = fake_service.ask("Who is the chairman of the cooperative?", conversation_id="c1")
    assert "Tom Reed" in first.answer.text
    follow = fake_service.ask("What did he credit?", conversation_id="c1")
    assert "mild spring" in follow.answer.text


def test_a_follow_up_whose_best_lacks_the_kind_is_answered_by_a_quote_below_holding_it(
        monkeypatch):
    article = build_article("Barty the tortoise was found in a rockery on Tanner's Row. Barty "
                            "had been missing from the garden for 32 years. The vet says Barty "
                            "is at least 72 years old.", title="Barty found")
    passages = tuple(split_passages(article))
    embedder = HashingEmbedder()
    corpus = Corpus([ArticleChunks(article, passages, embedder.encode([p.text for p in passages]))],
                    dim=embedder.encode(["x"]).shape[1])
    at = {p.text.split()[2]: i for i, p in enumerate(passages) if p.kind == "sentence"}
    missing, aged = at["been"], at["says"]

    def picked(*args, **kwargs):
        return [(ScoredSentence(i, passages[i], 0.7, 0.6, 0.6, 1.0, 1.0), score)
                for i, score in ((missing, 0.8), (aged, 0.6))]

    monkeypatch.setattr(asking, "select_quotes", picked)
    history = (Turn("What is the name of the tortoise found in the rockery?",
                    passages[0].text, article.id, 0),)
    answer, _ = asking.answer_question(corpus, embedder, "how old is he really?",
                                       history=history)
    assert answer.answered and "at least 72" in answer.answer.text
    # A quote below naming no one the last turn named ("His finder, Jean Platt, 81") is
    # another person's fact: declined.
    other = build_article("Barty had been missing from the garden for 32 years. His finder, "
                          "Jean Platt, 81, lives next door.", title="Finder")
    found = tuple(split_passages(other))
    corpus = Corpus([ArticleChunks(other, found, embedder.encode([p.text for p in found]))],
                    dim=embedder.encode(["x"]).shape[1])
    first = next(i for i, p in enumerate(found) if p.text.startswith("Barty had"))
    finder = next(i for i, p in enumerate(found) if p.text.startswith("His finder"))
    monkeypatch.setattr(asking, "select_quotes", lambda *a, **k: [
        (ScoredSentence(i, found[i], 0.7, 0.6, 0.6, 1.0, 1.0), score)
        for i, score in ((first, 0.8), (finder, 0.6))])
    history = (Turn("Who found the tortoise?", "Barty the tortoise was found in a rockery.",
                    other.id, 0),)
    answer, _ = asking.answer_question(corpus, embedder, "how old is he really?",
                                       history=history)
    assert not answer.answered
    # Not a follow-up: the best decides alone.
    answer, _ = asking.answer_question(corpus, embedder, "How old is Barty the tortoise?")
    assert not answer.answered
