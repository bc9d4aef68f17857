"""Outlets named in a question: removed from the words to match, used to pick the source."""

from __future__ import annotations

from pathlib import Path

from retrieval.embedding import HashingEmbedder
from retrieval.mentions import outlet_mentions
from retrieval.service import QAService

OUTLETS = frozenset({"IANS", "News1", "Korea Herald"})


def test_named_outlets_are_found_and_removed():
    assert outlet_mentions("When did they meet, according to IANS?", OUTLETS) == \
        ("When did they meet?", frozenset({"IANS"}))
    assert outlet_mentions("why do they need it per news1", OUTLETS) == \
        ("why do they need it", frozenset({"News1"}))
    assert outlet_mentions("What did the Korea Herald's report say?", OUTLETS) == \
        ("What did the report say?", frozenset({"Korea Herald"}))


def test_questions_without_an_outlet_are_untouched():
    for question in ("Who leads the US side?", "what do the newsies say", "Is Korea ready?"):
        assert outlet_mentions(question, OUTLETS) == (question, frozenset())
    assert outlet_mentions("Who said it, per IANS?", frozenset()) == \
        ("Who said it, per IANS?", frozenset())


def test_a_question_naming_an_outlet_is_answered_from_that_outlet(tmp_path: Path):
    folder = tmp_path / "articles"
    folder.mkdir()
    fact = "The harbour ferry service restarts on Monday after repairs to the pier."
    for name, outlet in (("a.md", "Coast Daily"), ("b.md", "Harbour News")):
        (folder / name).write_text(f"---\ntitle: Ferry {outlet}\noutlet: {outlet}\n---\n"
                                   f"{fact} The mayor of the town of {outlet} welcomed it.\n",
                                   "utf-8")
    service = QAService.open(data_dir=tmp_path / "data", articles_dir=folder,
                             embedder=HashingEmbedder())
    for outlet in ("Coast Daily", "Harbour News"):
        answer = service.ask(f"When does the ferry restart, according to {outlet}?")
        assert answer.answered
        assert {q.source.outlet for q in answer.quotes} == {outlet}
