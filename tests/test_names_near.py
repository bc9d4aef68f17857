"""A name the question gives stands near the answer: in it, its windows, its page."""

from __future__ import annotations

from retrieval.corpus import Corpus
from retrieval.grounding import names_near
from retrieval.search import ScoredSentence
from tests.corpora import corpus_of

QUESTION = "How many loaves did Hob Lane Bakery deliver to the snowed-in walkers at Thornby?"
LOOSE = "Hob Lane Bakery delivered roughly three dozen loaves to the snowed-in walkers at Thornby."
EXACT = "We baked 38 loaves for the snowed-in walkers at Thornby and carried them up on a sledge."


def _best(corpus: Corpus, start: str) -> ScoredSentence:
    """Return the corpus's sentence starting so as a scored candidate."""
    position, passage = next((i, p) for i, p in enumerate(corpus.passages)
                             if p.kind == "sentence" and p.text.startswith(start))
    return ScoredSentence(position, passage, 0.8, 0.5, 0.5, 0.5, 0.5)


def test_a_site_s_own_page_speaking_as_we_names_the_site():
    other = "Jo Bell, 17, steered the boat across the bay on Sunday morning."
    corpus = corpus_of(LOOSE.replace("Hob Lane Bakery", "A van from Hob Lane Bakery"), EXACT, other,
                       outlets=("Moor News", "Hob Lane Bakery", "Hob Lane Bakery"))
    assert names_near(corpus, QUESTION, _best(corpus, "We baked"))
    # Without "we", the site's name on the page is not the sentence's subject.
    assert not names_near(corpus, "Where will Jo Bell study after Hob Lane Bakery?",
                          _best(corpus, "Jo Bell"))


def test_a_common_kind_alone_names_the_place_only_on_a_page_naming_its_other_words():
    question = "When does the Amber Hall reopen for concerts?"
    corpus = corpus_of("The trust has finished restoring the Amber Hall's ceiling.",
                       "Coffee mornings in the hall run every Tuesday from 10am.",
                       "The Amber Hall is unsafe. The hall will open when the survey ends.")
    assert not names_near(corpus, question, _best(corpus, "Coffee"))
    # Its story names it in full: the hall is that one.
    assert names_near(corpus, question, _best(corpus, "The hall will"))
    # A surname alone still names the person.
    corpus = corpus_of("Jo Marr found the ring.", "Marr said it was in the grass.")
    assert names_near(corpus, "Where did Jo Marr find the ring?", _best(corpus, "Marr said"))


def test_a_possessive_kind_and_a_quoted_or_capital_we_do_not_name_the_place_or_site():
    question = "When does the Amber Hall reopen for concerts?"
    corpus = corpus_of("The trust has finished restoring the Amber Hall's ceiling.",
                       "Coffee mornings in the hall run every Tuesday from 10am.")
    assert not names_near(corpus, question.replace("Hall", "Hall's"), _best(corpus, "Coffee"))
    other = ("The US team sent 40 loaves to Thornby.",
             '"We sent 40 loaves," said a walker at Thornby.')
    corpus = corpus_of(LOOSE.replace("Hob Lane Bakery", "A van from Hob Lane Bakery"), *other,
                       outlets=("Moor News", "Hob Lane Bakery", "Hob Lane Bakery"))
    for text in other:
        assert not names_near(corpus, QUESTION, _best(corpus, text[:8])), text


def test_on_the_page_of_the_site_so_named_its_kind_alone_names_it():
    question = "Who is the head brewer at Fellside Brewing?"
    corpus = corpus_of('"In ten years of brewing I never saw a mash like it," said head brewer '
                       "Jo Marr.", "Fellside Brewing will open a taproom in May.",
                       outlets=("Fellside Brewing", "Moor News"))
    assert names_near(corpus, question, _best(corpus, '"In ten'))
    corpus = corpus_of('"In ten years of brewing I never saw a mash like it," said head brewer '
                       "Jo Marr.", "Fellside Brewing will open a taproom in May.",
                       outlets=("Kiln Ales", "Moor News"))
    assert not names_near(corpus, question, _best(corpus, '"In ten'))
