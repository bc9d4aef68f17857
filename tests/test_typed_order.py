"""The order typed promotion tries candidates in: the sentence after one setting out to learn
what is asked, then one holding the very kind asked before one stating it loosely."""

from __future__ import annotations

from retrieval.speakers import wants_to_know
from tests.corpora import answer_for, corpus_of

QUESTION = "How deep is the Tarnside plunge pool?"
STORY = ("Mia set out to measure how deep the Tarnside plunge pool is, with a weighted line "
         "dropped from the ledge. "
         "The line came out at 14 metres, a good deal more than anyone had guessed. "
         "Beyond the falls a path runs about 300 metres along the beck to the Tarnside ledge.")


def test_setting_out_to_learn_how_what_or_why():
    assert wants_to_know("Mia set out to measure how deep the pool is.")
    assert wants_to_know("The club wanted to find out why the beck ran dry.")
    assert wants_to_know("He needed to know whether the gate was locked.")
    assert not wants_to_know("Mia knew how deep the pool is.")
    assert not wants_to_know("They wanted to swim in the pool.")
    assert not wants_to_know("We wanted to see what the fuss was about.")


def test_the_sentence_after_it_answers_before_a_better_scored_measure():
    corpus = corpus_of(STORY)
    scores = {"Mia": 0.9, "Beyond": 0.85, "The line": 0.65}
    assert answer_for(corpus, QUESTION, scores).startswith("The line came out at 14 metres")


def test_without_setting_out_to_learn_the_better_scored_measure_stays():
    corpus = corpus_of(STORY.replace("set out to measure", "has always wondered"))
    scores = {"Mia": 0.9, "Beyond": 0.85, "The line": 0.65}
    assert answer_for(corpus, QUESTION, scores).startswith("Beyond the falls")


def test_a_sentence_holding_the_very_kind_comes_before_a_loose_form():
    corpus = corpus_of("Readers have been asking us about the Fellgate hampers this month. "
                       "We can now say that 31 hampers were handed in on Fellgate Row. "
                       "Altogether the hampers held £4,650 in gift vouchers.")
    question = "How much were the gift vouchers in the Fellgate hampers worth?"
    scores = {"Readers": 0.9, "We can": 0.85, "Altogether": 0.75}
    assert answer_for(corpus, question, scores).startswith("Altogether the hampers held £4,650")
