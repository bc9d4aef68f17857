"""Reasons: where a name comes from, and a cause told before "which is why"."""

from __future__ import annotations

from retrieval.reasons import NAMING, reason_asked, states_cause
from tests.corpora import answer_for, corpus_of

STORY = ("Beyond the gate they found a long room that they have named the Amber Gallery. "
         "Because the floor is so soft, the Amber Gallery is shut to all but the survey team. "
         "The walls are streaked with orange ochre that shines like amber under a lamp, which "
         "is where the name came from.")
QUESTION = "why did they call it the amber gallery"


def test_where_a_name_comes_from_is_a_reason():
    assert states_cause("It shines like amber, which is where the name came from.")
    assert states_cause("The beck runs red after rain, hence the name.")
    assert states_cause("The lane takes its name from the old tannery.")
    assert not states_cause("The gallery is named after a local potter.")
    assert reason_asked(QUESTION) == NAMING
    assert reason_asked("why is the gallery shut?") == "cause"
    assert reason_asked("when is the gallery open?") is None


def test_asked_why_it_is_so_called_the_name_s_origin_comes_first():
    corpus = corpus_of(STORY)
    scores = {"Beyond": 0.75, "Because": 0.67, "The walls": 0.62}
    assert answer_for(corpus, QUESTION, scores).startswith("The walls")
    # Asked why it is shut, the other reason stays first.
    assert answer_for(corpus, "why is the amber gallery shut", scores).startswith("Because")


def test_which_is_why_gives_the_cause_before_it():
    assert states_cause("The gate had been left open overnight, which is why the ewes got out.")
    # Its cause is the sentence before; nor does asking why state one.
    assert not states_cause("That's why this recipe uses half a tin.")
    assert not states_cause("It is unclear why the gate was left open.")
