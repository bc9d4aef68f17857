"""The newsdesk command: rendering (pure) and real runs over the seeds."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from bot.cli import format_answer, format_source, main
from bot.settings import Settings
from retrieval.models import Answer, Quote, Source
from tests.conftest import ROOT

QUOTE = Quote(text="The bridge closes in May.", score=0.5, article_id="a", start=0, end=25,
              source=Source("Bridge news", "Coast Times", date(2025, 3, 3), "https://x.org"))


def test_format_source_and_answer():
    assert format_source(QUOTE) == "— Coast Times, 2025-03-03: Bridge news <https://x.org>"
    text = format_answer(Answer("q", True, QUOTE, (QUOTE, QUOTE)))
    assert text.startswith("“The bridge closes in May.”")
    assert "Supporting quotes" in text
    declined = format_answer(Answer("q", False))
    assert declined.startswith("Not found in the articles")
    # A quote opening with its own quotation mark is not wrapped in another.
    said = Quote(text="“We plan to discuss policy,” Park said.", score=0.5, article_id="a",
                 start=0, end=39, source=QUOTE.source)
    assert format_answer(Answer("q", True, said, (said,))).startswith("“We plan to discuss")
    # An apostrophe opens no quotation: "'90s nostalgia ..." is wrapped like any quote.
    nineties = Quote(text="'90s nostalgia drives console sales.", score=0.5, article_id="a",
                     start=0, end=36, source=QUOTE.source)
    assert format_answer(Answer("q", True, nineties, (nineties,))).startswith("“'90s")


class _NoModel:
    """Stands in for the service built by a command: serves no article."""

    def articles(self) -> tuple[()]:
        return ()


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[Settings]:
    """Run `main()` in-process without the model: the settings each service was built with."""
    calls: list[Settings] = []

    def build_service(settings: Settings, **kwargs: object) -> _NoModel:
        calls.append(settings)
        return _NoModel()

    for name in [n for n in os.environ if n.startswith("NEWSDESK_")]:
        monkeypatch.delenv(name)
    monkeypatch.setattr("bot.cli.build_service", build_service)
    monkeypatch.setattr("bot.wiring.build_service", build_service)  # the server's lifespan
    monkeypatch.setattr("bot.cli.configure_logging", lambda settings: None)
    return calls


def test_an_empty_articles_dir_flag_means_none_as_the_variable_does(built, monkeypatch,
                                                                     tmp_path):
    assert main(["articles", "--data-dir", str(tmp_path), "--articles-dir", ""]) == 0
    monkeypatch.setenv("NEWSDESK_ARTICLES_DIR", "")
    assert main(["articles", "--data-dir", str(tmp_path)]) == 0
    assert main(["articles", "--data-dir", str(tmp_path), "--articles-dir", "news"]) == 0
    assert [s.articles_dir for s in built] == [None, None, Path("news")]


def test_a_data_dir_whose_parent_does_not_exist_is_refused(built, tmp_path, capsys):
    missing = tmp_path / "no-such-folder" / "data"
    assert main(["articles", "--data-dir", str(missing)]) == 2
    assert f"its parent folder {missing.parent} does not exist" in capsys.readouterr().err
    assert not missing.parent.exists() and built == []


def test_a_data_dir_under_home_is_expanded(built, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert main(["articles", "--data-dir", "~/nd"]) == 0
    assert built[-1].data_dir == tmp_path / "nd"


def test_an_empty_article_list_says_so(built, tmp_path, capsys):
    assert main(["articles", "--data-dir", str(tmp_path)]) == 0
    assert capsys.readouterr().out == (f"no articles in {tmp_path} (add some with: newsdesk "
                                       "ingest FILES)\n")


def test_ingest_of_a_file_of_another_type_names_its_type(built, tmp_path, capsys):
    pdf = tmp_path / "doc.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    assert main(["ingest", str(pdf), "--data-dir", str(tmp_path / "d")]) == 1
    assert f"{pdf}: unsupported file type '.pdf'; use one of .htm" in capsys.readouterr().err


@pytest.mark.parametrize(("content", "fragment"), [
    (None, "no such file"),
    ('{"id": "x", "question": "Who leads?", "answers": "xyz123"}\n',
     ':1: "answers" must be a list of strings'),
    ('{"id": "x", "question": "Who leads?", "answerable": false}\n'
     '{"id": "y", "question": "Who leads?", "answerable": true}\n', ':2: "answers" is missing'),
    ("", "no questions in the file"),
])
def test_eval_rejects_a_bad_question_file_in_one_line_before_loading_the_model(
        built, tmp_path, capsys, content, fragment):
    path = tmp_path / "questions.jsonl"
    if content is not None:
        path.write_text(content, "utf-8")
    assert main(["eval", str(path), "--data-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"newsdesk: {path}") and fragment in err, err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert built == []


def test_an_over_long_question_says_how_long_it_may_be(built, tmp_path, capsys):
    assert main(["ask", "x" * 1001, "--data-dir", str(tmp_path)]) == 2
    assert "is 1001 characters long; it may be at most 1000 characters" in capsys.readouterr().err
    assert built == []


def test_serve_on_a_taken_port_says_so_before_loading_the_model(built, tmp_path, capsys):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code = main(["serve", "--port", str(port), "--data-dir", str(tmp_path)])
    assert code == 2
    assert capsys.readouterr().err == (f"newsdesk: port {port} is in use; choose another with "
                                       "--port or NEWSDESK_PORT\n")
    assert built == []


@pytest.mark.parametrize(("variable", "value", "expected"), [
    ("NEWSDESK_PORT", "abc", "NEWSDESK_PORT: Input should be a valid integer"),
    ("NEWSDESK_PORT", "70000", "NEWSDESK_PORT: Input should be less than or equal to 65535"),
    ("NEWSDESK_LOG_FORMAT", "xml", "NEWSDESK_LOG_FORMAT: Input should be 'text' or 'json'"),
    ("NEWSDESK_LOG_LEVEL", "loud", "NEWSDESK_LOG_LEVEL: must be one of DEBUG, INFO, WARNING"),
    ("NEWSDESK_TELEGRAM_EXAMPLES", "Who?", "NEWSDESK_TELEGRAM_EXAMPLES: not valid JSON"),
    ("NEWSDESK_TELEGRAM_EXAMPLES", "[1]", "NEWSDESK_TELEGRAM_EXAMPLES[0]: Input should be"),
])
def test_a_bad_setting_is_named_by_its_variable_in_one_line(built, monkeypatch, tmp_path, capsys,
                                                            variable, value, expected):
    monkeypatch.setenv(variable, value)
    assert main(["articles", "--data-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"newsdesk: invalid setting {expected}"), err
    assert err.count("\n") == 1 and "https://" not in err and "pydantic" not in err
    assert built == []


def test_a_bad_flag_value_is_named_by_its_flag(built, tmp_path, capsys):
    assert main(["serve", "--port", "70000", "--data-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err == "newsdesk: invalid setting --port: Input should be less than or equal to 65535\n"


def test_ingest_of_a_folder_without_article_files_says_what_is_accepted(built, tmp_path,
                                                                         capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.pdf").write_bytes(b"%PDF-1.4")
    assert main(["ingest", str(empty), str(other), "--data-dir", str(tmp_path / "d")]) == 1
    captured = capsys.readouterr()
    for folder in (empty, other):
        assert (f"skipped {folder}: no article files found; accepted: .htm, .html, .json, .md, "
                ".txt") in captured.err
    assert "no article added" in captured.out
    assert built == []


def _newsdesk(*args: str, data_dir: Path, timeout: float = 240) -> subprocess.CompletedProcess:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    return subprocess.run([sys.executable, "-m", "bot.cli", *args, "--data-dir", str(data_dir)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout)


def test_empty_question_fails_fast_with_a_clear_message(tmp_path):
    result = _newsdesk("ask", " ", data_dir=tmp_path)
    assert result.returncode == 2
    assert "question is empty" in result.stderr


@pytest.mark.integration
def test_ask_ingest_and_eval_end_to_end(tmp_path):
    data = tmp_path / "data"
    asked = _newsdesk("ask", "Who leads the US side?", data_dir=data)
    assert asked.returncode == 0, asked.stderr
    assert "Kevin Kim" in asked.stdout.splitlines()[0]
    assert "— News1, 2025-12-14" in asked.stdout or "— IANS, 2025-12-12" in asked.stdout

    as_json = json.loads(_newsdesk("ask", "--json", "Who leads the US side?",
                                   data_dir=data).stdout)
    assert as_json["answered"] and as_json["answer"] == as_json["passages"][0]["text"]
    assert set(as_json["passages"][0]["source"]) == {"title", "outlet", "published", "url"}

    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "zoo.md").write_text("---\ntitle: Zoo news\noutlet: Zoo Daily\n---\n"
                                  "The city zoo welcomed two red pandas named Miso and Tofu.\n",
                                  "utf-8")
    (extra / "bad.txt").write_bytes(b"\xff\xfe\x00bad")
    (extra / "scan.pdf").write_bytes(b"%PDF-1.4")
    ingested = _newsdesk("ingest", str(extra), data_dir=data)
    assert ingested.returncode == 1  # files were skipped, and it says which and why
    assert "bad.txt: not UTF-8" in ingested.stderr
    assert "scan.pdf: unsupported file type '.pdf'" in ingested.stderr
    assert "added 1 article(s)" in ingested.stdout
    asked = _newsdesk("ask", "What are the red pandas called?", data_dir=data)
    assert "Miso" in asked.stdout and "Zoo Daily" in asked.stdout

    good = tmp_path / "good.jsonl"
    good.write_text('{"id": "a", "question": "Who leads the US side?", "answerable": true, '
                    '"answers": ["kevin kim"], "outlets": ["IANS", "News1"]}\n'
                    '{"id": "b", "question": "How do I bake bread?", "answerable": false}\n',
                    "utf-8")
    evaluated = _newsdesk("eval", str(good), data_dir=data)
    assert evaluated.returncode == 0, evaluated.stdout + evaluated.stderr
    assert "top1" in evaluated.stdout and "100.0%" in evaluated.stdout
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "c", "question": "Who leads the US side?", "answerable": true, '
                   '"answers": ["no such answer"], "outlets": ["IANS"]}\n', "utf-8")
    evaluated = _newsdesk("eval", str(bad), "-v", data_dir=data)
    assert evaluated.returncode == 1
    assert "below target: top1, recall_at_3" in evaluated.stderr
    assert "c: answer lacks" in evaluated.stdout


def test_an_empty_data_dir_is_refused_not_taken_for_the_current_folder(built, capsys):
    assert main(["articles", "--data-dir", ""]) == 2
    assert capsys.readouterr().err == (
        "newsdesk: invalid setting --data-dir: must name a directory (default .newsdesk)\n")
    assert built == []
