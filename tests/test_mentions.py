"""Outlets named in a question: removed from the words to match, used to pick the source."""

from __future__ import annotations

from pathlib import Path

from retrieval.embedding import HashingEmbedder
from retrieval.mentions import outlet_mentions
from retrieval.service import QAService

OUTLETS = frozenset({"IANS", "News1", "Korea Herald", "Time", "TIME", "C++ Weekly"})


def test_named_outlets_are_found_and_removed():
    assert outlet_mentions("When did they meet, according to IANS?", OUTLETS) == \
        ("When did they meet?", frozenset({"IANS"}))
    assert outlet_mentions("why do they need it per news1", OUTLETS) == \
        ("why do they need it", frozenset({"News1"}))
    assert outlet_mentions("What did the Korea Herald's report say?", OUTLETS) == \
        ("What did the report say?", frozenset({"Korea Herald"}))
    assert outlet_mentions("When did they meet, according to the Korea Herald?", OUTLETS) == \
        ("When did they meet?", frozenset({"Korea Herald"}))
    assert outlet_mentions("per ians, who met?", OUTLETS) == ("who met?", frozenset({"IANS"}))
    assert outlet_mentions("What did C++ Weekly report?", OUTLETS) == \
        ("What did report?", frozenset({"C++ Weekly"}))


def test_questions_without_an_outlet_are_untouched():
    # An outlet named by ordinary words is only taken as written: "what time" is a question.
    for question in ("Who leads the US side?", "what do the newsies say", "Is Korea ready?",
                     "What time did they meet?", "the ians story"):
        assert outlet_mentions(question, OUTLETS) == (question, frozenset())
    assert outlet_mentions("Who said it, per IANS?", frozenset()) == \
        ("Who said it, per IANS?", frozenset())
    # Outlet "names" without a word (a byline's punctuation) never match; found by fuzzing.
    assert outlet_mentions("a + b, per IANS", frozenset({"+", "", "  ", "IANS"})) == \
        ("a + b", frozenset({"IANS"}))


def test_an_outlet_other_stories_report_on_is_the_subject_unless_it_is_cited():
    museum = frozenset({"Museum Hof van Ravesteyn", "Stolen Canvas"})
    reported = {"Museum Hof van Ravesteyn"}.__contains__
    question = "When did Museum Hof van Ravesteyn reopen?"
    assert outlet_mentions(question, museum, reported_on=reported) == (question, frozenset())
    assert outlet_mentions("When did it reopen, according to Museum Hof van Ravesteyn?",
                           museum, reported_on=reported) == \
        ("When did it reopen?", frozenset({"Museum Hof van Ravesteyn"}))
    assert outlet_mentions("What did Stolen Canvas write?", museum, reported_on=reported) == \
        ("What did write?", frozenset({"Stolen Canvas"}))
    stolen = "What was stolen from Museum Hof van Ravesteyn?"
    assert outlet_mentions(stolen, museum, reported_on=reported) == (stolen, frozenset())


def _two_outlets(tmp_path: Path) -> QAService:
    """A service over the same ferry story from two outlets."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, outlet in (("a.md", "Coast Daily"), ("b.md", "NK News")):
        (folder / name).write_text(f"---\ntitle: Ferry {outlet}\noutlet: {outlet}\n---\n"
                                   "The harbour ferry service restarts on Monday after repairs "
                                   f"to the pier. The mayor of {outlet} town welcomed it.\n",
                                   "utf-8")
    return QAService.open(data_dir=tmp_path / "data", articles_dir=folder,
                          embedder=HashingEmbedder())


def test_a_question_naming_an_outlet_is_answered_from_that_outlet(tmp_path: Path):
    service = _two_outlets(tmp_path)
    for question, outlet in (("When does the ferry restart, according to Coast Daily?",
                              "Coast Daily"),
                             # Found before chat shorthand could rewrite an outlet's name.
                             ("wen does the ferry restart per nk news", "NK News")):
        answer = service.ask(question)
        assert answer.answered
        assert {q.source.outlet for q in answer.quotes} == {outlet}


def test_a_question_of_only_an_outlet_or_filler_is_declined_or_reasks(tmp_path: Path):
    service = _two_outlets(tmp_path)
    for question in ("lol", "NK News?", "per Coast Daily"):
        assert not service.ask(question).answered
    first = service.ask("When does the ferry restart?", conversation_id="c")
    assert not service.ask("👍", conversation_id="c").answered  # nothing asked
    again = service.ask("per NK News?", conversation_id="c")
    assert first.answered and again.answered
    assert {q.source.outlet for q in again.quotes} == {"NK News"}


def test_a_source_no_article_comes_from_is_no_word_to_look_for():
    assert outlet_mentions("according to CNN, when is the meeting?", OUTLETS) == \
        ("when is the meeting?", frozenset())
    assert outlet_mentions("When is it, according to the Wall Street Journal?", OUTLETS) == \
        ("When is it?", frozenset())
    assert outlet_mentions("per the New York Times, who won?", OUTLETS) == \
        ("who won?", frozenset())
    assert outlet_mentions("According to Al Jazeera, who won?", OUTLETS) == \
        ("who won?", frozenset())
    # Attributions to anyone but a news source, and units, stay words of the question.
    for question in ("according to officials, when is it?", "According to NASA, how far is it?",
                     "According to Kevin Kim, when does it start?", "What is the price per MWh?",
                     "according to CNN?"):
        assert outlet_mentions(question, OUTLETS) == (question, frozenset())


def test_a_question_about_an_outlet_reported_on_is_answered_from_any_outlet(tmp_path: Path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "museum.md").write_text(
        "---\ntitle: Statement\noutlet: Museum Hof van Ravesteyn\n---\nTwo paintings were "
        "stolen from the museum overnight, and the building is closed.\n", "utf-8")
    (folder / "blog.md").write_text(
        "---\ntitle: After the heist\noutlet: Stolen Canvas\n---\nMuseum Hof van Ravesteyn "
        "reopened to the public on Saturday 14 November, with one room still closed.\n", "utf-8")
    service = QAService.open(data_dir=tmp_path / "data", articles_dir=folder,
                             embedder=HashingEmbedder())
    assert service.corpus.reported_on("Museum Hof van Ravesteyn")
    assert not service.corpus.reported_on("Stolen Canvas")
    answer = service.ask("When did Museum Hof van Ravesteyn reopen to the public?")
    assert answer.answered and answer.answer.source.outlet == "Stolen Canvas"


def test_a_source_other_stories_cite_is_no_subject(tmp_path: Path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "r.md").write_text("---\ntitle: Strike\noutlet: Reuters\n---\nFerry workers began "
                                 "a strike on Monday over pay, union leaders said.\n", "utf-8")
    (folder / "c.md").write_text("---\ntitle: Ferries\noutlet: Coast Daily\n---\nThe ferry "
                                 "strike entered its third day, Reuters reported. The Minton "
                                 "family runs the kiosk.\n", "utf-8")
    (folder / "m.md").write_text("---\ntitle: Mint\noutlet: Mint\n---\nMint published figures "
                                 "on fares.\n", "utf-8")
    service = QAService.open(data_dir=tmp_path / "data", articles_dir=folder,
                             embedder=HashingEmbedder())
    assert not service.corpus.reported_on("Reuters")  # cited: "Reuters reported"
    assert not service.corpus.reported_on("Mint")  # inside "Minton"
    assert outlet_mentions("What did Reuters report about the ferry strike?",
                           service.corpus.outlets, reported_on=service.corpus.reported_on) == \
        ("What did report about the ferry strike?", frozenset({"Reuters"}))
