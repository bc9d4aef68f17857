"""Passages: sentence-aware spans whose text is exactly the article text at their offsets."""

from __future__ import annotations

from retrieval.loading import build_article, load_paths
from retrieval.passages import sentence_spans, split_passages
from tests.conftest import SEEDS_DIR


def test_abbreviations_dates_and_quotes_do_not_split_sentences():
    text = ('The U.S. delegation met on Dec. 12 in Seoul. Mr. Kim said "We will. Soon." '
            "Then he left.\n\nA new paragraph starts here.")
    sentences = [text[s:e] for s, e in sentence_spans(text)]
    assert sentences[0] == "The U.S. delegation met on Dec. 12 in Seoul."
    assert sentences[-1] == "A new paragraph starts here."
    assert "Then he left." in sentences
    assert all(s == s.strip() and s for s in sentences)


def test_every_passage_is_a_verbatim_slice_of_the_seed_text():
    for article in load_paths([SEEDS_DIR]).articles:
        passages = split_passages(article)
        assert passages
        for p in passages:
            assert article.text[p.start:p.end] == p.text
        sentences = [p for p in passages if p.kind == "sentence"]
        windows = [p for p in passages if p.kind == "window"]
        assert len(windows) == len(sentences) - 2
        assert all(len(w.sentences) == 3 for w in windows)


def test_sentences_cover_all_text_of_the_article():
    article = load_paths([SEEDS_DIR]).articles[0]
    spans = sentence_spans(article.text)
    covered = "".join(article.text[s:e] for s, e in spans)
    assert covered.replace(" ", "") == article.text.replace(" ", "").replace("\n", "")


def test_short_article_has_sentences_and_one_window():
    article = build_article("T\nOne sentence here. Another one here.")
    passages = split_passages(article)
    assert [p.kind for p in passages] == ["sentence", "sentence", "window"]
    assert passages[-1].text == "One sentence here. Another one here."
