"""Lexical matching: BM25 scores, acronyms, irregular verbs, spelling repair."""

from __future__ import annotations

from retrieval.lexical import LexicalIndex, normalise_chat

TEXTS = ["The U.S. delegation will be led by the deputy chief.",
         "The foreign ministry spokesperson spoke on Monday.",
         "Bakers sell bread."]


def test_bm25_prefers_passages_with_rarer_terms():
    index = LexicalIndex(TEXTS)
    scores = index.scores("ministry spokesperson")
    assert scores.argmax() == 1 and scores[0] == 0


def test_acronyms_and_irregular_verbs_match():
    index = LexicalIndex(TEXTS)
    assert "us" in index.terms("Who leads the US side?")
    assert index.scores("Who leads the US side?").argmax() == 0


def test_misspelt_words_are_repaired_only_when_close():
    index = LexicalIndex(TEXTS)
    assert index.repair_spelling("wat did the forign minstry say") == \
        "wat did the foreign ministry say"
    # "break" is not in the texts, and "bread" must never become an unrelated word.
    assert index.repair_spelling("how to bake bread") == "how to bake bread"
    assert index.repair_spelling("capital of australia") == "capital of australia"


def test_unknown_terms_get_the_highest_idf():
    index = LexicalIndex(TEXTS)
    assert index.idf("zebra") > index.idf(index.stem("delegation"))


def test_chat_spellings_of_question_words_are_spelled_out():
    assert normalise_chat("wen did the talks start") == "when did the talks start"
    assert normalise_chat("Whos the korean rep? wat about wich day") == \
        "who is the korean rep? what about which day"
    assert normalise_chat("is nk gonna talk w the us thru this") == \
        "is North Korea going to talk with the us through this"
    assert normalise_chat("whos the us president in all this lol") == "who is the us president"
    # Only whole words: "Wendy", "whatsoever", "U.S." and "R&D" stay as they are.
    assert normalise_chat("Wendy said whatsoever") == "Wendy said whatsoever"
    assert normalise_chat("Did the U.S. fund R&D?") == "Did the U.S. fund R&D?"
