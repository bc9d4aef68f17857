"""A name the question gives stands near the answer: in it, its windows, its page."""

from __future__ import annotations

from retrieval.grounding import names_near
from retrieval.search import ScoredSentence
from tests.corpora import corpus_of

QUESTION = "How many crates did Kestrel Foods send up to the stranded hikers at Ravenscar?"
LOOSE = "Kestrel Foods sent up around two dozen crates to the stranded hikers at Ravenscar."
EXACT = "We packed 27 crates for the stranded hikers at Ravenscar and drove them up the hill."


def _best(corpus, start: str) -> ScoredSentence:
    position, passage = next((i, p) for i, p in enumerate(corpus.passages)
                             if p.kind == "sentence" and p.text.startswith(start))
    return ScoredSentence(position, passage, 0.8, 0.5, 0.5, 0.5, 0.5)


def test_a_site_s_own_page_speaking_as_we_names_the_site():
    other = "Jo Bell, 17, steered the boat across the bay on Sunday morning."
    corpus = corpus_of(LOOSE.replace("Kestrel Foods", "A van from Kestrel Foods"), EXACT, other,
                       outlets=("Moor News", "Kestrel Foods", "Kestrel Foods"))
    assert names_near(corpus, QUESTION, _best(corpus, "We packed"))
    # Without "we", the site's name on the page is not the sentence's subject.
    assert not names_near(corpus, "Where will Jo Bell study after Kestrel Foods?",
                          _best(corpus, "Jo Bell"))


def test_a_common_kind_alone_names_the_place_only_on_a_page_naming_its_other_words():
    question = "When will the Amber Hall open to the public?"
    corpus = corpus_of("The survey team has named the new chamber the Amber Hall.",
                       "The food collection point in the hall is open on Tuesdays.",
                       "The amber walls are unsafe. The hall will open when the survey ends.")
    assert not names_near(corpus, question, _best(corpus, "The food"))
    # Its story names the name's own word ("amber"): the hall is that one.
    assert names_near(corpus, question, _best(corpus, "The hall will"))
    # A surname alone still names the person.
    corpus = corpus_of("Jo Marr found the ring.", "Marr said it was in the grass.")
    assert names_near(corpus, "Where did Jo Marr find the ring?", _best(corpus, "Marr said"))
