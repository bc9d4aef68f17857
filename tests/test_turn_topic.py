"""A follow-up's own topic: its best sentence must take up what the turn asks about."""

from __future__ import annotations

import numpy as np
import pytest

import retrieval.asking as asking
from retrieval.conversation import Turn
from retrieval.corpus import ArticleChunks, Corpus
from retrieval.embedding import HashingEmbedder
from retrieval.loading import build_article
from retrieval.passages import split_passages
from retrieval.search import ScoredSentence
from retrieval.turn_topic import takes_up_turn

_STORY = ("The hum was traced by Dr Amy Voss, a retired engineer, to a fan on a warehouse roof. "
          "She spent eleven nights recording it with four microphones. "
          "\"We could finally sleep,\" said the baker, Tom Hale. "
          "The team at the warehouse switched the fan off on Thursday.")
_EMBEDDER = HashingEmbedder()


@pytest.fixture(scope="module")
def story() -> tuple[Corpus, dict[str, ScoredSentence]]:
    return _story(_STORY)


def _story(text: str) -> tuple[Corpus, dict[str, ScoredSentence]]:
    article = build_article(text, title="The hum is gone")
    passages = tuple(split_passages(article))
    corpus = Corpus([ArticleChunks(article, passages,
                                   _EMBEDDER.encode([p.text for p in passages]))],
                    dim=_EMBEDDER.dim)
    by_word = {p.text.split()[1]: ScoredSentence(i, p, 0.7, 0.6, 0.6, 1.0, 1.0)
               for i, p in enumerate(passages) if p.kind == "sentence"}
    return corpus, by_word


def _takes_up(story, turn: str, first_word: str, *, previous: str = "") -> bool:
    corpus, by_word = story
    return takes_up_turn(corpus, turn, by_word[first_word], _EMBEDDER.encode([turn])[0],
                         previous=previous)


def test_a_turn_about_something_no_sentence_says_is_not_taken_up(story):
    assert not _takes_up(story, "what car does she drive?", "hum")
    assert not _takes_up(story, "What is her favourite food?", "hum")
    # One common word shared ("team") is not enough when the rarer one is missing.
    assert not _takes_up(story, "what football team does she support?", "team")


def test_a_turn_whose_topic_the_best_sentence_shares_is_taken_up(story):
    assert _takes_up(story, "which roof was the fan on?", "hum")
    assert _takes_up(story, "What did the team switch off?", "team")
    # Words sharing their start count: "microphone" for "microphones", "record" for "recording".
    assert _takes_up(story, "what microphone did she record with?", "spent")


def test_a_turn_close_to_the_best_sentence_on_its_own_is_taken_up(story):
    corpus, by_word = story
    best = by_word["hum"]
    assert not takes_up_turn(corpus, "what car does she drive?", best,
                             _EMBEDDER.encode(["what car does she drive?"])[0], previous="")
    assert takes_up_turn(corpus, "what car does she drive?", best,
                         corpus.vectors[best.position], previous="")


def test_a_typed_turn_needs_its_topic_only_somewhere_in_the_answer_s_story(story):
    corpus, by_word = story
    best = by_word["team"]
    unlike = np.zeros(_EMBEDDER.dim, dtype=np.float32)  # the words alone decide

    def takes_up(turn: str, vector: np.ndarray = unlike) -> bool:
        return takes_up_turn(corpus, turn, best, vector, previous="")

    assert takes_up("when was the fan switched off?")
    assert takes_up("how many nights did she spend recording?")  # another sentence's words
    # The date is there, but nothing of a dentist or of electricity in the whole story.
    assert not takes_up("when did she last go to the dentist?")
    assert not takes_up("how much does she pay for electricity?")
    # Close enough to the turn on its own, it is taken up.
    assert takes_up("when did she last go to the dentist?", corpus.vectors[best.position])


def test_topicless_turns_repeated_questions_sayings_and_idioms_are_left_to_other_checks(story):
    assert _takes_up(story, "how old is she?", "hum")  # no topic: the kind asked decides
    assert _takes_up(story, "and the baker?", "hum")  # the last question again
    said = "\"We could finally sleep,\" said the baker, Tom Hale."
    assert _takes_up(story, "what did she say after the switch-off?", "team", previous=said)
    assert _takes_up(story, "what did she do for a living?", "hum")
    assert not _takes_up(story, "what did she do for a charity?", "hum")


def test_a_follow_up_whose_best_sentence_lacks_its_topic_is_declined_in_the_pipeline(
        story, monkeypatch):
    corpus, by_word = story
    best = by_word["hum"]
    monkeypatch.setattr(asking, "select_quotes", lambda *a, **k: [(best, 0.9)])
    history = (Turn("Who traced the hum?", best.passage.text, best.passage.article_id, 0),)
    # Its words are the story's ("team", "Thursday"), so only the turn's topic declines it.
    off, _ = asking.answer_question(corpus, _EMBEDDER, "what did her team do on Thursday?",
                                    history=history)
    assert not off.answered
    on, _ = asking.answer_question(corpus, _EMBEDDER, "which roof was the fan on, then?",
                                   history=history)
    assert on.answered and on.answer.text == best.passage.text


def test_words_asking_for_the_kind_and_look_alike_words_name_no_topic():
    corpus, by_word = _story("The hunt for the heron started last March. The work cost £400 "
                             "and took a long time. A signpost marks the spot.")
    best = by_word["work"]
    unlike = np.zeros(_EMBEDDER.dim, dtype=np.float32)
    for turn in ("when did she last go to the dentist?", "how much did her car cost?",
                 "what time does her dentist open?", "what's her star sign?"):
        assert not takes_up_turn(corpus, turn, best, unlike, previous=""), turn
    for turn in ("how much did the work cost?", "when did the hunt start?",
                 "which signpost marks it?"):
        assert takes_up_turn(corpus, turn, by_word["signpost"] if "signpost" in turn else best,
                             unlike, previous=""), turn
