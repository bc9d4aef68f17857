"""A sentence right after the best denying it ("It isn't: ...") answers first."""

from __future__ import annotations

from tests.corpora import answer_for, corpus_of

QUESTION = "whats the foal's name"
CLAIM = "Half the village says the foal's name should be Thunder."
DENIAL = "It isn't: the foal's name is Pip, after the vet."


def test_the_next_sentence_denying_the_best_comes_first():
    corpus = corpus_of(f"{CLAIM} {DENIAL}")
    assert answer_for(corpus, QUESTION, {"Half": 0.6, "It isn": 0.5}) == DENIAL
    for denial in (DENIAL.replace("It isn", "That wasn"), DENIAL.replace(":", " -"),
                   DENIAL.replace(": ", "—")):
        corpus = corpus_of(f"{CLAIM} {denial}")
        assert answer_for(corpus, QUESTION, {"Half": 0.6, denial[:6]: 0.5}) == denial


def test_no_denial_right_after_the_best_leaves_it_first():
    between = "The foal was born in May."
    for text, start, score in ((f"{CLAIM} {between} {DENIAL}", "It isn", 0.5),
                               (f"{CLAIM} {DENIAL.replace('It isn', 'It is')}", "It is", 0.5),
                               (f"{CLAIM} {DENIAL}", "It isn", 0.3)):
        corpus = corpus_of(text)
        assert answer_for(corpus, QUESTION, {"Half": 0.6, start: score}) == CLAIM, text
    # An opinion is no denial; nor is one lacking what is asked (an age).
    corpus = corpus_of(f"{CLAIM} It isn't right: the foal's name is Pip, after the vet.")
    assert answer_for(corpus, QUESTION, {"Half": 0.6, "It isn": 0.5}) == CLAIM
    claim = "Half the village says the foal is 3 weeks old."
    corpus = corpus_of(f"{claim} {DENIAL}")
    assert answer_for(corpus, "how old is the foal", {"Half": 0.6, "It isn": 0.5}) == claim
