"""A count given loosely, then exactly by a later report of the story, comes first."""

from __future__ import annotations

from retrieval.exact_count import counts_exactly, counts_loosely
from tests.corpora import answer_for, corpus_of

QUESTION = "How many crates did Kestrel Foods send up to the stranded hikers at Ravenscar?"
LOOSE = "Kestrel Foods sent up around two dozen crates to the stranded hikers at Ravenscar."
EXACT = "We packed 27 crates for the stranded hikers at Ravenscar and drove them up the hill."
DATES = ("2026-10-14", "2026-10-19")


def test_a_count_is_loose_when_hedged_or_vague():
    stems = ("crate",)
    assert counts_loosely(LOOSE, stems)
    assert counts_loosely("Dozens of crates were sent.", stems)
    assert counts_loosely("We sent more than 30 crates.", stems)
    assert not counts_loosely(EXACT, stems)
    assert not counts_loosely("Nobody counted the crates.", stems)
    # One exact count beside a loose one makes the sentence exact.
    assert not counts_loosely("About 30 crates went up, and 27 crates came back.", stems)
    assert counts_exactly(EXACT, stems)
    assert not counts_exactly(LOOSE, stems)
    assert not counts_exactly("We packed twenty crates.", stems)


def test_a_later_exact_count_of_the_story_comes_first():
    corpus = corpus_of(LOOSE, EXACT, published=DATES)
    assert answer_for(corpus, QUESTION, {"Kestrel": 0.9, "We packed": 0.75}) == EXACT


def test_the_loose_count_stays_first_when_nothing_later_counts_exactly():
    cases = (
        (EXACT, DATES[::-1]),  # the exact count is older
        (EXACT, (DATES[0], None)),  # undated
        (EXACT.replace("27", "about 27"), DATES),  # hedged too
        (EXACT.replace("27 crates", "27 boxes"), DATES),  # counts something else
    )
    for later, dates in cases:
        corpus = corpus_of(LOOSE, later, published=dates)
        assert answer_for(corpus, QUESTION, {"Kestrel": 0.9, "We packed": 0.75}) == LOOSE, later
    # Too far below.
    corpus = corpus_of(LOOSE, EXACT, published=DATES)
    assert answer_for(corpus, QUESTION, {"Kestrel": 0.9, "We packed": 0.6}) == LOOSE
