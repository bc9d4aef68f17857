"""A count given loosely, then exactly by a later report of the story, comes first."""

from __future__ import annotations

from retrieval.exact_count import counts_exactly, counts_loosely
from tests.corpora import answer_for, corpus_of

QUESTION = "How many loaves did Hob Lane Bakery deliver to the snowed-in walkers at Thornby?"
LOOSE = "Hob Lane Bakery delivered roughly three dozen loaves to the snowed-in walkers at Thornby."
EXACT = "We baked 38 loaves for the snowed-in walkers at Thornby and carried them up on a sledge."
DATES = ("2026-10-14", "2026-10-19")


def test_a_count_is_loose_when_hedged_or_vague():
    stems = ("loaf", "loav", "crate")
    assert counts_loosely(LOOSE, stems)
    for loose in ("Dozens of crates were sent.", "We sent more than 30 crates.",
                  "We sent 30 or so crates.", "We sent 25 to 30 crates.",
                  "They sent two dozen crates."):
        assert counts_loosely(loose, stems), loose
    assert not counts_loosely(EXACT, stems)
    assert not counts_loosely("Nobody counted the crates.", stems)
    # "over" after a verb is no hedge.
    assert counts_exactly("The firm handed over 27 crates.", stems)
    # One exact count beside a loose one makes the sentence exact.
    assert not counts_loosely("About 30 crates went up, and 27 crates came back.", stems)
    assert counts_exactly(EXACT, stems)
    assert not counts_exactly(LOOSE, stems)
    assert not counts_exactly("We packed twenty crates.", stems)


def test_a_later_exact_count_of_the_story_comes_first():
    corpus = corpus_of(LOOSE, EXACT, published=DATES)
    assert answer_for(corpus, QUESTION, {"Hob Lane": 0.9, "We baked": 0.75}) == EXACT


def test_the_loose_count_stays_first_when_nothing_later_counts_exactly():
    cases = (
        (EXACT, DATES[::-1]),  # the exact count is older
        (EXACT, (DATES[0], None)),  # undated
        (EXACT.replace("38", "about 38"), DATES),  # hedged too
        (EXACT.replace("38 loaves", "38 trays"), DATES),  # counts something else
    )
    for later, dates in cases:
        corpus = corpus_of(LOOSE, later, published=dates)
        assert answer_for(corpus, QUESTION, {"Hob Lane": 0.9, "We baked": 0.75}) == LOOSE, later
    # Too far below.
    corpus = corpus_of(LOOSE, EXACT, published=DATES)
    assert answer_for(corpus, QUESTION, {"Hob Lane": 0.9, "We baked": 0.6}) == LOOSE
