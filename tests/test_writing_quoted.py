"""Asked what a thing said (a note, a sign), the sentence quoting its words comes first."""

from __future__ import annotations

from tests.corpora import answer_for, corpus_of

STORY = ("Most of the people who found a parcel did what the card asked and gave it away. "
         '"We had people bring theirs straight back," said the warden, Ann Pike. '
         'A card tucked inside each one read simply: "Keep it for a cold night, or hand it on."')
QUESTION = "what did the card in the parcels say"


def test_the_thing_s_quoted_words_come_first():
    corpus = corpus_of(STORY)
    scores = {"Most": 0.9, '"We had': 0.85, "A card": 0.72}
    assert answer_for(corpus, QUESTION, scores).startswith("A card tucked")
    assert answer_for(corpus, "What did the cards say?", scores).startswith("A card tucked")


def test_other_questions_and_far_below_leave_the_order():
    corpus = corpus_of(STORY)
    scores = {"Most": 0.9, '"We had': 0.85, "A card": 0.72}
    # A person's or a body's words are asked for, not a written thing's.
    assert not answer_for(corpus, "what did Ann Pike say", scores).startswith("A card")
    assert not answer_for(corpus, "what did the warden say", scores).startswith("A card")
    far = {"Most": 0.9, '"We had': 0.85, "A card": 0.6}
    assert not answer_for(corpus, QUESTION, far).startswith("A card")
    # Nothing quoted after the thing's name.
    corpus = corpus_of(STORY.replace('read simply: "', "was blue: ").replace('on."', "on."))
    assert not answer_for(corpus, QUESTION, scores).startswith("A card")
