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
    assert measures_named("Who won Ward 7?", "Jo Bell won Ward 7 by 200 votes.") == {}
    assert measures_named("What did they say on March 3?", "They met on March 3.") == {}
    assert measures_named("Which platform did it leave from?", "It left from platform 3.") == {}
    # A measure's name opening the sentence is still in lower case.
    assert measures_named(QUESTION, "Magnitude 2.8 quake hits Kelso.") == {"magnitude": {"2.8"}}
    assert measures_named("roughly how many came?", "roughly 2,400 people came.") == {}


def test_a_later_report_of_the_measure_asked_comes_first_from_far_below():
    corpus = corpus_of(FIRST, LATER, published=("2026-10-14", "2026-10-23"))
    assert "3.0" in answer_for(corpus, QUESTION, {"Volunteers": 0.95, "The quake": 0.5})


def test_no_later_report_of_the_measure_asked_leaves_the_first():
    platform = "Which platform did the Kelso train leave from on Monday?"
    corpus = corpus_of("The Kelso train left from platform 3 on Monday in the rain.",
                       "Passengers for the Kelso train on Monday were moved to platform 5.",
                       published=("2026-10-14", "2026-10-23"))
    assert answer_for(corpus, platform, {"The Kelso": 0.95, "Passengers": 0.5}).startswith("The")
    cases = (
        # The same value, an older report, an undated one.
        (LATER.replace("3.0", "2.8"), ("2026-10-14", "2026-10-23")),
        (LATER, ("2026-10-23", "2026-10-14")),
        (LATER, ("2026-10-14", None)),
        # Another measure with another value.
        ("The quake near Kelso on Monday was felt in 3 towns by the survey.",
         ("2026-10-14", "2026-10-23")),
        # The first's value compared with another.
        ("The magnitude 2.8 quake near Kelso on Monday was the largest since a magnitude 4.1 "
         "quake in 1984.", ("2026-10-14", "2026-10-23")),
    )
    for later, dates in cases:
        corpus = corpus_of(FIRST, later, published=dates)
        assert answer_for(corpus, QUESTION, {"Volunteers": 0.95, later[:12]: 0.5}) == FIRST, later
