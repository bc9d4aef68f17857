"""Question -> scored sentences: dense (FAISS) and lexical (BM25) evidence, fused per sentence.

Both indexes hold sentences, overlapping 3-sentence windows and context passages (a sentence
that leans back, with the sentences it leans on). A sentence alone carries too little context
to be found ("He added that ..."), a window is too long to quote; so each sentence is scored
by its own similarity (or its context passage's, when that adds), and by that of the best
window around it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from retrieval.corpus import Corpus
from retrieval.models import Passage

CANDIDATES = 64
# Fusion weights, chosen on held-out questions (see README, "How quality is measured"):
# the sentence's own meaning counts most, its context and exact term matches break ties.
W_SENTENCE_DENSE = 0.45
W_WINDOW_DENSE = 0.40
W_SENTENCE_LEXICAL = 0.30
W_WINDOW_LEXICAL = 0.10
# A leaning sentence's context, matching none of the question's words, must match this much
# better than the sentences it leans on alone, or it would take their place whenever they are
# what the question is about.
CONTEXT_MARGIN = 0.03


@dataclass(frozen=True)
class ScoredSentence:
    """A candidate answer sentence with the evidence that ranked it."""

    position: int
    passage: Passage
    score: float
    dense: float
    window_dense: float
    lexical: float
    window_lexical: float

    def follows(self, top: ScoredSentence, *, within: int = 1) -> bool:
        """Return True when this sentence comes just after another of its article.

        Args:
            top: The sentence it may follow (a best candidate).
            within: How many sentences after `top`'s last it may start.

        Returns:
            True when both are of one article and this one starts 1 to `within` sentences
            after `top` ends.
        """
        return (self.passage.article_id == top.passage.article_id
                and bool(self.passage.sentences) and bool(top.passage.sentences)
                and 0 < self.passage.sentences[0] - top.passage.sentences[-1] <= within)


def _coverage(weights: dict[str, float], terms: frozenset[str], total: float) -> float:
    """Return the IDF-weighted share of the query's terms that a passage contains."""
    return sum(w for t, w in weights.items() if t in terms) / total if total else 0.0


def _terms_with_site(corpus: Corpus, position: int,
                     sites: Mapping[str, frozenset[str]] | None) -> frozenset[str]:
    """Return a passage's terms, with its site's name terms when the question names the site."""
    terms = corpus.lexical.passage_terms[position]
    if not sites:
        return terms
    named = sites.get(corpus.articles[corpus.passages[position].article_id].source.outlet or "")
    return terms | named if named else terms


def _antecedents(corpus: Corpus, context_position: int) -> tuple[int, ...]:
    """Return the positions of the sentences a context passage's last sentence leans on."""
    passage = corpus.passages[context_position]
    ids = corpus.sentence_positions[passage.article_id]
    return tuple(ids[k] for k in passage.sentences[:-1])


def score_sentences(corpus: Corpus, query: str, query_vector: np.ndarray, *,
                    candidates: int = CANDIDATES,
                    sites: Mapping[str, frozenset[str]] | None = None) -> list[ScoredSentence]:
    """Find and score the sentences that may answer a query, best first.

    Args:
        corpus: The snapshot to search.
        query: The (rewritten, spelling-repaired) question text for BM25.
        query_vector: The question's unit vector, shape (dim,).
        candidates: How many passages each index contributes before fusion.
        sites: The name terms of the sites the question names, by outlet
            (`Corpus.named_outlets`): their pages are about them, though they rarely say
            their own name ("the Marple model railway show"), so their passages hold them.

    Returns:
        Candidate sentences with fused and component scores, sorted by fused score.
    """
    n = len(corpus)
    if n == 0:
        return []
    _, positions = corpus.index.search(query_vector[None, :], min(candidates, n))
    bm25 = corpus.lexical.scores(query)
    pool = {int(p) for p in positions[0] if p >= 0}
    if bm25.any():
        top = np.argpartition(-bm25, min(candidates, n) - 1)[: min(candidates, n)]
        pool.update(int(p) for p in top if bm25[p] > 0)
    sentences: set[int] = set()
    for pos in pool:
        passage = corpus.passages[pos]
        ids = corpus.sentence_positions[passage.article_id]
        # A context passage stands for its last sentence only: the rest is what it leans on.
        own = passage.sentences[-1:] if passage.kind == "context" else passage.sentences
        sentences.update(ids[k] for k in own)
    # BM25 finds candidates; to rank them, the share of the question's (IDF-weighted) terms a
    # sentence holds is steadier than BM25 scaled by its maximum, which lets one common word
    # shared with a short sentence outrank a sentence that holds the rarer ones.
    weights = corpus.lexical.weights(query)
    total = sum(weights.values())
    order = sorted(sentences)
    # One matrix product and one coverage per passage (windows are shared by up to three
    # sentences), then plain float arithmetic: this loop runs for every question.
    context_of = corpus.context_of
    leaning = {s: _antecedents(corpus, context_of[s]) for s in order if s in context_of}
    needed = sorted(set(order).union(*(corpus.windows_of.get(s, ()) for s in order),
                                     (context_of[s] for s in leaning), *leaning.values()))
    dense = dict(zip(needed, (corpus.vectors[needed] @ query_vector).tolist(), strict=True))
    cover = {p: _coverage(weights, _terms_with_site(corpus, p, sites), total) for p in needed}
    scored = []
    for s in order:
        windows = corpus.windows_of.get(s, ())
        d_s, l_s = dense[s], cover[s]
        if s in leaning:
            # A sentence that leans back is judged by its text in context when that matches
            # better than its own text, and the sentence adds to what the question asks about:
            # its context holds more of the question's words than the sentences it leans on
            # ("He faces charges of ..." after the sentence naming Tzekos, for "What charges
            # does the coach face? ... Tzekos"), or, for a pure paraphrase matching no word
            # of either, it matches clearly better than they do. It does not take the place of
            # the sentence holding the question's words when those are all that match ("Who
            # is Lenovo's chairman?" is answered by "..., Lenovo chairman Liu Chuanzhi said",
            # not by the quote after it).
            d_c, c_c = dense[context_of[s]], cover[context_of[s]]
            c_a = max(cover[a] for a in leaning[s])
            d_a = max(dense[a] for a in leaning[s])
            if d_c > d_s and (c_c > c_a or (c_c == c_a == 0 and d_c > d_a + CONTEXT_MARGIN)):
                d_s, l_s = d_c, max(l_s, c_c)
        d_w = max((dense[w] for w in windows), default=d_s)
        l_w = max((cover[w] for w in windows), default=l_s)
        fused = (W_SENTENCE_DENSE * d_s + W_WINDOW_DENSE * d_w
                 + W_SENTENCE_LEXICAL * l_s + W_WINDOW_LEXICAL * l_w)
        scored.append(ScoredSentence(s, corpus.passages[s], fused, d_s, d_w, l_s, l_w))
    scored.sort(key=lambda x: -x.score)
    return scored
