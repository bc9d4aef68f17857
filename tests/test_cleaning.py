"""Cleaning: boilerplate out of both seeds, every real line kept, no false positives."""

from __future__ import annotations

import pytest

from retrieval.cleaning import clean_text, is_boilerplate, normalize_line
from tests.conftest import SEEDS_DIR

IANS = SEEDS_DIR / "000_852d18bf0627f11b.txt"
NEWS1 = SEEDS_DIR / "002_01cbb1661ea87ed4.txt"

# What a reader would call page furniture in each seed (test data, not product code).
IANS_FURNITURE = ["By IANS | Updated", "as ...", "Disclaimer:", "Open in app"]
NEWS1_FURNITURE = ["Home NorthKorea", "/ News1", "NO COMMENTS", "LEAVE A REPLY",
                   "Please enter your comment!", "Please enter your name here",
                   "Exit mobile version"]


@pytest.mark.parametrize(("path", "furniture"), [(IANS, IANS_FURNITURE),
                                                  (NEWS1, NEWS1_FURNITURE)])
def test_seed_boilerplate_is_removed(path, furniture):
    cleaned = clean_text(path.read_text("utf-8"))
    for fragment in furniture:
        assert fragment not in cleaned.text
    assert "\n0\n" not in f"\n{cleaned.text}\n"  # the bare comment count


@pytest.mark.parametrize("path", [IANS, NEWS1])
def test_seed_every_real_line_is_kept(path):
    raw = path.read_text("utf-8")
    cleaned = clean_text(raw)
    kept = 0
    for line in (normalize_line(x) for x in raw.splitlines()):
        if not line or line in cleaned.dropped:
            continue
        assert line in cleaned.text
        kept += 1
    assert kept >= 12
    # Only furniture, the headline and its teaser copies were dropped: nothing long but those.
    for line in cleaned.dropped:
        assert (is_boilerplate(line) or line == cleaned.title or line.endswith(("...", "…")))


def test_headline_appears_once_as_title_not_in_body():
    cleaned = clean_text(IANS.read_text("utf-8"))
    assert cleaned.title == ("South Korea, US likely to launch regular consultations next week "
                             "on North Korea policy")
    assert cleaned.title not in cleaned.text
    news1 = clean_text(NEWS1.read_text("utf-8"))
    assert news1.title is not None and news1.title.startswith("South Korea-US Regular")
    assert not news1.title.startswith("Home")


def test_truncated_teaser_of_first_paragraph_is_dropped_but_paragraph_kept():
    cleaned = clean_text(IANS.read_text("utf-8"))
    assert cleaned.text.startswith("Seoul, Dec 12 South Korea and the United States are likely")
    assert cleaned.text.count("Seoul, Dec 12") == 1


@pytest.mark.parametrize("line", [
    "Copyright law changes were passed on Monday.",
    "Register to vote by Friday.",
    "Home sales rose 5% in May.",
    "17 people were hurt.",
    "Share prices fell sharply.",
    "The Second Trump Administration’s Approach Differs From its First Term",
])
def test_real_sentences_are_not_boilerplate(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize("line", ["Open in app", "NO COMMENTS", "0", "/ News1", "Share",
                                  "Exit mobile version", "© 2025 Example Media",
                                  "Please enter your name here", "Advertisement"])
def test_furniture_is_boilerplate(line):
    assert is_boilerplate(line)


def test_whitespace_is_normalised_and_paragraphs_separated():
    cleaned = clean_text("Title here\n\u00a0First   paragraph.\n\n\nSecond\tparagraph.\n")
    assert cleaned.title == "Title here"
    assert cleaned.text == "First paragraph.\n\nSecond paragraph."
