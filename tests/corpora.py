"""Small corpora of invented articles, and the answer select_quotes picks from them."""

from __future__ import annotations

from retrieval.answering import select_quotes
from retrieval.corpus import ArticleChunks, Corpus
from retrieval.embedding import HashingEmbedder
from retrieval.loading import build_article
from retrieval.passages import split_passages
from retrieval.search import ScoredSentence


def corpus_of(*texts: str, published: tuple[str | None, ...] = (),
              outlets: tuple[str | None, ...] = ()) -> Corpus:
    """Return a corpus of one article per text, hashed, dated and published as given."""
    chunks = []
    for i, text in enumerate(texts):
        article = build_article(text, title=f"Article {i}",
                                published=published[i] if published else None,
                                outlet=outlets[i] if outlets else None)
        passages = tuple(split_passages(article))
        chunks.append(ArticleChunks(article, passages,
                                    HashingEmbedder().encode([p.text for p in passages])))
    return Corpus(chunks, dim=chunks[0].vectors.shape[1])


def answer_for(corpus: Corpus, question: str, scores: dict[str, float]) -> str:
    """Return the answering sentence for candidates with given fused scores per start."""
    scored = sorted((ScoredSentence(position, passage, score, 0.5, 0.5, 0.5, 0.5)
                     for position, passage in enumerate(corpus.passages)
                     for start, score in scores.items()
                     if passage.kind == "sentence" and passage.text.startswith(start)),
                    key=lambda s: -s.score)
    return select_quotes(corpus, question, scored, top_k=2)[0][0].passage.text
