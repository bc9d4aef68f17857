"""Question files for `newsdesk eval`: the documented format is checked line by line."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.errors import QuestionFileError
from retrieval.evaluation import load_items
from tests.conftest import ROOT, SHARED_EVAL

GOOD = ('{"id": "a", "question": "Who leads?", "answerable": true, "answers": ["kim"], '
        '"outlets": ["IANS"]}\n'
        '\n'
        '{"id": "b", "question": "How do I bake bread?", "answerable": false}\n'
        '{"id": "c", "question": "Who leads?", "answers": ["kim"]}\n'
        '{"id": "d", "turns": ["Who leads?", "What is his title?"], "answers": ["envoy"]}\n')


def test_a_well_formed_file_is_read_whole(tmp_path: Path):
    path = tmp_path / "good.jsonl"
    path.write_text(GOOD, "utf-8")
    assert [item["id"] for item in load_items(path)] == ["a", "b", "c", "d"]


def test_every_shipped_question_file_is_well_formed():
    files = sorted((ROOT / "tests" / "data").glob("*.jsonl")) + sorted(SHARED_EVAL.glob("*.jsonl"))
    assert files
    for path in files:
        assert load_items(path), path


@pytest.mark.parametrize(("line", "fragment"), [
    ('{"question": "Who leads?", "answers": "xyz123"}',
     '"answers" must be a list of strings'),
    ('{"question": "Who leads?", "answers": ["kim", 3]}', '"answers" must be a list of strings'),
    ('{"question": "Who leads?", "answerable": true}', '"answers" is missing'),
    ('{"question": "Who leads?"}', '"answers" is missing'),
    ('{"question": "Who leads?", "answers": []}', '"answers" is empty'),
    ('{"question": "Who leads?", "answerable": "yes", "answers": ["kim"]}',
     '"answerable" must be true or false'),
    ('{"question": "", "answers": ["kim"]}', '"question" must be a non-empty string'),
    ('{"question": "Who?", "answers": ["kim"], "outlets": "IANS"}',
     '"outlets" must be a list of strings'),
    ('{"turns": "Who leads?", "answers": ["kim"]}', '"turns" must be a non-empty list'),
    ('{"turns": ["Who leads?", "And then?"]}', '"answers" is missing'),
    ('{"q": "Who leads?"}', 'expected an object with "question" or "turns"'),
    ('["Who leads?"]', 'expected an object with "question" or "turns"'),
    ('{"question": "Who leads?", ', "not JSON"),
])
def test_a_malformed_line_is_named_by_file_and_line(tmp_path: Path, line: str, fragment: str):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"question": "Fine?", "answerable": false}\n' + line + "\n", "utf-8")
    with pytest.raises(QuestionFileError) as caught:
        load_items(path)
    assert str(caught.value).startswith(f"{path}:2: ")
    assert fragment in str(caught.value)


def test_a_missing_empty_or_unreadable_file_is_an_error_naming_it(tmp_path: Path):
    missing = tmp_path / "nonexistent.jsonl"
    with pytest.raises(QuestionFileError, match="no such file"):
        load_items(missing)
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n  \n", "utf-8")
    with pytest.raises(QuestionFileError, match=f"{empty}: no questions in the file"):
        load_items(empty)
    latin = tmp_path / "latin.jsonl"
    latin.write_bytes(b'{"question": "caf\xe9?", "answerable": false}\n')
    with pytest.raises(QuestionFileError, match="not UTF-8"):
        load_items(latin)
