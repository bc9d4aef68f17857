"""Reasons: where a name comes from, and a cause told before "which is why"."""

from __future__ import annotations

from retrieval.reasons import CAUSE, NAMING, reason_asked, states_cause
from tests.corpora import answer_for, corpus_of

STORY = ("Past the gate they reached a long room now known as the Amber Gallery. "
         "Because the floor is so soft, the Amber Gallery is shut to visitors for now. "
         "Its walls are streaked with orange ochre that shines like amber under a lamp, which "
         "is how the gallery got its name.")
QUESTION = "why do they call it the amber gallery"


def test_where_a_name_comes_from_is_a_reason():
    assert states_cause("It shines like amber, which is how the gallery got its name.")
    assert states_cause("The beck runs red after rain, hence the name.")
    assert states_cause("The lane takes its name from the old tannery.")
    assert states_cause("The name comes from the old tannery.")
    assert not states_cause("The gallery is named after a local potter.")
    assert not states_cause("Nobody knows where the name came from.")
    assert reason_asked(QUESTION) == NAMING
    assert reason_asked("why is the lane called Tanners Walk?") == NAMING
    for question in ("why is the gallery shut?", "Why did Jo call the police?",
                     "Why did they call off the match?", "Why was the driver not named?"):
        assert reason_asked(question) == CAUSE, question
    assert reason_asked("when is the gallery open?") is None


def test_asked_why_it_is_so_called_the_name_s_origin_comes_first():
    corpus = corpus_of(STORY)
    scores = {"Past": 0.75, "Because": 0.67, "Its walls": 0.62}
    assert answer_for(corpus, QUESTION, scores).startswith("Its walls")
    # Asked why it is shut, the other reason stays first.
    assert answer_for(corpus, "why is the amber gallery shut", scores).startswith("Because")


def test_which_is_why_gives_the_cause_before_it():
    assert states_cause("The gate had been left open overnight, which is why the ewes got out.")
    # Its cause is the sentence before; nor does asking why state one.
    assert not states_cause("That's why the recipe needs two eggs.")
    assert not states_cause("It is unclear why the gate was left open.")
