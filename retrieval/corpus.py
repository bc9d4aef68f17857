"""The searchable snapshot of all articles: passages, their vectors, and both indexes."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from retrieval.index import FaissIndex, VectorIndex
from retrieval.lexical import LexicalIndex, common_words
from retrieval.metadata import is_news_source
from retrieval.models import Article, Passage
from retrieval.passages import context_start

# A question names a site by this many of its name's terms, or by two side by side.
_SITE_TERMS = 3


@dataclass(frozen=True)
class ArticleChunks:
    """One article's passages (sentences, then windows, then contexts) and their vectors."""

    article: Article
    passages: tuple[Passage, ...]
    vectors: np.ndarray


class Corpus:
    """An immutable snapshot; the service swaps in a new one when articles change."""

    def __init__(self, chunks: Sequence[ArticleChunks], *, index: VectorIndex | None = None,
                 dim: int) -> None:
        """Assemble the snapshot; builds the vector index unless a loaded one is given."""
        self.articles: dict[str, Article] = {c.article.id: c.article for c in chunks}
        self.outlets = frozenset(a.source.outlet for a in self.articles.values()
                                 if a.source.outlet)
        self._reported: dict[str, bool] = {}  # `reported_on`, found on first use
        self.passages: list[Passage] = [p for c in chunks for p in c.passages]
        self.vectors = (np.concatenate([c.vectors for c in chunks], dtype=np.float32)
                        if chunks else np.zeros((0, dim), dtype=np.float32))
        # The same chunks over views of `vectors`: whoever keeps chunks to build the next
        # snapshot keeps one copy of the vectors, not two.
        bounds = np.cumsum([0, *(len(c.passages) for c in chunks)])
        self.chunks = tuple(ArticleChunks(c.article, c.passages, self.vectors[a:b])
                            for c, a, b in zip(chunks, bounds[:-1], bounds[1:], strict=True))
        # Global position of each article's k-th sentence passage.
        self.sentence_positions: dict[str, list[int]] = {}
        # Global positions of the windows covering each sentence position.
        self.windows_of: dict[int, list[int]] = {}
        # Global position of the context passage of each sentence that leans back.
        self.context_of: dict[int, int] = {}
        self.passage_counts: dict[str, int] = {}
        offset = 0
        for c in chunks:
            sentences = [offset + i for i, p in enumerate(c.passages) if p.kind == "sentence"]
            texts = [p.text for p in c.passages if p.kind == "sentence"]
            self.sentence_positions[c.article.id] = sentences
            self.passage_counts[c.article.id] = len(c.passages)
            spanning: dict[tuple[int, ...], int] = {}
            for i, p in enumerate(c.passages):
                if p.kind != "sentence":
                    spanning[p.sentences] = offset + i
                if p.kind == "window":
                    for k in p.sentences:
                        self.windows_of.setdefault(sentences[k], []).append(offset + i)
            # A leaning sentence's context is the passage spanning it and what it leans on: a
            # context passage, or a window when one spans the same sentences.
            for k, position in enumerate(sentences):
                first = context_start(texts, k)
                if first < k and (span := spanning.get(tuple(range(first, k + 1)))) is not None:
                    self.context_of[position] = span
            offset += len(c.passages)
        self.index: VectorIndex = index if index is not None else FaissIndex.build(
            self.vectors if len(self.vectors) else np.zeros((0, dim), dtype=np.float32))
        self.lexical = LexicalIndex([p.text for p in self.passages],
                                    sentences=[p.text for p in self.passages
                                               if p.kind == "sentence"])

    @functools.cached_property
    def possessors(self) -> frozenset[str]:
        """The words the articles write with a possessive "'s", lowercased ("tallowood")."""
        # Found once, not for every "who is X's role" question (a scan of every passage).
        found = re.compile(r"(?i)(?<!\w)(?=([A-Za-z]+[^s'’])['’]s\b)")
        return frozenset(m.group(1).lower() for p in self.passages for m in found.finditer(p.text))

    @functools.cached_property
    def story_terms(self) -> dict[str, frozenset[str]]:
        """Each article's sentences' stemmed terms, by article id: all its story mentions."""
        # Found once, on a follow-up's first need, not for every follow-up.
        return {article_id: frozenset().union(*(self.lexical.passage_terms[position]
                                                for position in positions))
                for article_id, positions in self.sentence_positions.items()}

    @functools.cached_property
    def title_terms(self) -> dict[str, frozenset[str]]:
        """Each article's title's stemmed terms, by article id: what the article is about."""
        return {article_id: frozenset(self.lexical.terms(article.source.title or ""))
                for article_id, article in self.articles.items()}

    @functools.cached_property
    def own_names(self) -> frozenset[str]:
        """The stemmed rare name words of outlets that are no news source, unused in the text.

        A hotel's own blog never names "Larkfield" in its text; "Hotel", "Park", "School" are
        common words, and a newspaper's name is no topic of its stories.
        """
        common = common_words()
        return frozenset(
            term for article in self.articles.values()
            if article.source.outlet and not is_news_source(article.source.outlet)
            for word in re.findall(r"[^\W\d_]+", article.source.outlet)
            if word[0].isupper() and not word.isupper()
            if word.lower() not in common and word.lower().removesuffix("s") not in common
            for term in self.lexical.terms(word) if not self.lexical.known(term))

    @functools.cached_property
    def outlet_names(self) -> dict[str, tuple[str, ...]]:
        """The stemmed terms of each outlet's name that is no news source ("model", "railway")."""
        return {outlet: tuple(self.lexical.terms(outlet)) for outlet in self.outlets
                if not is_news_source(outlet)}

    def named_outlets(self, text: str) -> dict[str, frozenset[str]]:
        """Return the outlets (no news sources) a question names by most of their name's terms.

        Args:
            text: The question (in a conversation, with the previous question: not with its
                answer, whose words name what the answer's page names).

        Returns:
            Each such outlet's name terms, by outlet, when the text holds more than half of
            them and three, or two in the name's order side by side: "the Marple model
            railway show" names the Marple & District Model Railway Club, its page's subject;
            "a swim at Saltburn" does not name the Saltburn Seals Swimming Club, nor "Mill
            Street" the Mill Street & Tanner's Row Residents' Association, nor "the cycle path
            in Ardnish" Ardnish Cycles.
        """
        asked = self.lexical.terms(text)
        words, pairs = set(asked), set(itertools.pairwise(asked))
        found: dict[str, frozenset[str]] = {}
        for outlet, name in self.outlet_names.items():
            shared = words.intersection(name)
            if 2 * len(shared) > len(set(name)) and (
                    len(shared) >= _SITE_TERMS or pairs & set(itertools.pairwise(name))):
                found[outlet] = frozenset(name)
        return found

    def reported_on(self, outlet: str) -> bool:
        """Return True when another outlet's article names this one: a subject of the news.

        Args:
            outlet: An outlet of the served articles.

        Returns:
            True for a museum, a ministry or a union whose own page is served and whose name
            another outlet's story uses ("the theft at Museum Hof van Ravesteyn").
        """
        if outlet not in self._reported:
            name = re.escape(outlet)
            # Named as a word, and not as a source another story cites ("..., Reuters
            # reported", "according to Reuters", "told Reuters").
            mention = re.compile(
                rf"(?<!\w)(?<!(?i:according to ))(?<!(?i:according to the ))(?<!(?i:told ))"
                rf"(?<!(?i:told the )){name}(?!\w)(?!['’]?s?\s+(?:\w+\s+){{0,2}}?(?i:reported"
                rf"|reports|said|says|told|wrote|writes|quoted|cited|published|revealed)\b)")
            self._reported[outlet] = any(mention.search(a.text) for a in self.articles.values()
                                         if a.source.outlet != outlet)
        return self._reported[outlet]

    def __len__(self) -> int:
        return len(self.passages)
