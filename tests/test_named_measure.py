"""A measure the question names, restated with another value by a later report, comes first."""

from __future__ import annotations

from retrieval.named_measure import measures_named
from tests.corpora import answer_for, corpus_of

QUESTION = "What magnitude was the quake near Kelso on Monday?"
FIRST = "Volunteers put the quake near Kelso on Monday at magnitude 2.8 in a first reading."
LATER = "The quake near Kelso on Monday was confirmed at magnitude 3.0 by the survey."


def test_the_question_s_word_standing_before_a_value_names_the_measure():
    assert measures_named(QUESTION, FIRST) == {"magnitude": {"2.8"}}
    assert measures_named("How big was the crowd?", "A crowd of about 2,000 came.") == {
        "crowd": {"2,000"}}
    assert measures_named("what depth was it at?", "It lay at a depth of roughly 6 km.") == {
        "depth": {"6"}}
    # A label names a thing or a day, not a measure; a hedge is no measure's name.
    assert measures_named("Who won Ward 41?", "Jo Bell won Ward 41 by 200 votes.") == {}
    assert measures_named("What did they say on December 9?", "On December 9 they met.") == {}
    assert measures_named("roughly how many came?", "roughly 2,400 people came.") == {}


def test_a_later_report_of_the_measure_asked_comes_first_from_far_below():
    corpus = corpus_of(FIRST, LATER, published=("2026-10-14", "2026-10-23"))
    assert "3.0" in answer_for(corpus, QUESTION, {"Volunteers": 0.95, "The quake": 0.5})


def test_no_later_report_of_the_measure_asked_leaves_the_first():
    cases = (
        # The same value, an older report, an undated one.
        (LATER.replace("3.0", "2.8"), ("2026-10-14", "2026-10-23")),
        (LATER, ("2026-10-23", "2026-10-14")),
        (LATER, ("2026-10-14", None)),
        # Another measure with another value.
        ("The quake near Kelso on Monday was felt in 3 towns by the survey.",
         ("2026-10-14", "2026-10-23")),
    )
    for later, dates in cases:
        corpus = corpus_of(FIRST, later, published=dates)
        assert answer_for(corpus, QUESTION, {"Volunteers": 0.95, "The quake": 0.5}) == FIRST, later
