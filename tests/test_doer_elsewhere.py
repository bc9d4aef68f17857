"""Asked who did something, a sentence of another story naming the doer and a name asked."""

from __future__ import annotations

from retrieval.doers import names_doer
from retrieval.lexical import LexicalIndex
from tests.corpora import answer_for, corpus_of

QUESTION = "who found the ring left on the train to leeds"
BEST = "The ring that Ann Cole left on a train on Friday is safe and back on her hand."
FINDER = "Big thanks to Jo Marr from our night crew, who found a lost gold ring at Leeds."


def test_a_name_and_where_they_are_from_then_who_did_it_names_the_doer():
    lexical = LexicalIndex([FINDER])
    find = lexical.stem("found")
    assert names_doer(lexical, FINDER, find)
    for sentence in ("Thanks to Jo Marr, who found it.", "Thanks to Jo Marr from Leeds, who "
                     "found the ring.", "Jo Marr, 34, who found the ring, was thanked.",
                     "When Jo Marr, 34, found the ring, she rang us."):
        assert names_doer(lexical, sentence, find), sentence
    assert not names_doer(lexical, "Police named her as Jo Marr from the town, who found "
                                   "herself trapped.", find)
    # Named after "by", a clock time between.
    assert names_doer(lexical, "It was found at 7.15pm by warden Jo Marr.", find)
    assert names_doer(lexical, "It was found soon after 9am by Jo Marr.", find)
    # Said to be the ones who did it.
    assert names_doer(lexical, "Jo Marr and Al Reed were the first walkers who found the ring.",
                      find)
    assert not names_doer(lexical, "Jo Marr is the owner of dogs that found the ring.", find)
    # No name before "who": a crew is no one named.
    assert not names_doer(lexical, "Thanks to our night crew, who found it.", find)


def test_a_doer_of_another_story_naming_a_place_asked_comes_first():
    corpus = corpus_of(BEST, FINDER)
    assert answer_for(corpus, QUESTION, {"The ring": 0.8, "Big thanks": 0.55}) == FINDER


def test_no_doer_of_another_story_comes_first_without_a_name_asked_or_as_a_participle():
    cases = (
        # No name asked about: Leeds is not in it.
        (FINDER.replace("at Leeds", "at York"), QUESTION),
        # A participle names the thing found, not who found it.
        ("The Leeds Gold Ring found in a drawer was sold on Friday.", QUESTION),
        # Too far below.
        (FINDER, QUESTION),
        # A name asked about, but nothing else asked: another deed of the same verb.
        ("Fans in Leeds cheered Sam Holt, who found the net twice on Saturday.", QUESTION),
    )
    for other, question in cases:
        corpus = corpus_of(BEST, other)
        score = 0.3 if other == FINDER else 0.55
        assert answer_for(corpus, question, {"The ring": 0.8, other[:6]: score}) == BEST, other
