"""QAService: the one facade the interfaces call (ask, add, remove, list articles)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from retrieval.asking import answer_question
from retrieval.conversation import ConversationMemory
from retrieval.corpus import ArticleChunks, Corpus
from retrieval.embedding import Embedder
from retrieval.errors import ArticleNotFoundError, InvalidQuestionError
from retrieval.folders import load_paths
from retrieval.lexical import common_words
from retrieval.loading import build_posted_article
from retrieval.models import Answer, Article
from retrieval.store import ProgressFactory, Store

logger = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 1000
MAX_TOP_K = 10


def validate_question(question: str, *, max_chars: int = MAX_QUESTION_CHARS) -> str:
    """Return the stripped question, or raise InvalidQuestionError saying what is wrong."""
    if not isinstance(question, str) or not question.strip():
        raise InvalidQuestionError("the question is empty; ask something like "
                                   "\"Who leads the delegation?\"")
    question = question.strip()
    if len(question) > max_chars:
        raise InvalidQuestionError(f"the question is {len(question)} characters long; "
                                   f"it may be at most {max_chars} characters")
    return question


@dataclass(frozen=True)
class ServiceStats:
    """Counts shown by /health."""

    articles: int
    passages: int
    model: str


class QAService:
    """Answers questions over a set of articles with verbatim, attributed quotes."""

    def __init__(self, store: Store, chunks: Sequence[ArticleChunks], *,
                 max_question_chars: int = MAX_QUESTION_CHARS,
                 memory: ConversationMemory | None = None) -> None:
        """Serve the given article chunks; use `open` to build one from a data directory."""
        self._store = store
        self._embedder: Embedder = store.embedder
        self._corpus = store.build_corpus(chunks)
        self._chunks = {c.article.id: c for c in self._corpus.chunks}
        self._memory = memory or ConversationMemory()
        self._max_chars = max_question_chars
        self._write_lock = threading.Lock()

    @classmethod
    def open(cls, *, data_dir: Path, articles_dir: Path | None, embedder: Embedder,
             progress: ProgressFactory | None = None,
             max_question_chars: int = MAX_QUESTION_CHARS) -> QAService:
        """Load articles and the saved index, embedding only what is new or changed.

        Args:
            data_dir: The data directory (created if missing).
            articles_dir: Article files served alongside the added ones (None: only added).
            embedder: The embedding model.
            progress: Optional progress display for embedding.
            max_question_chars: Longest question accepted.

        Returns:
            A ready service.
        """
        store = Store(data_dir, embedder)
        articles: dict[str, Article] = {}
        if articles_dir is not None:
            if not articles_dir.is_dir():
                logger.warning("articles directory %s does not exist; serving added articles "
                               "only", articles_dir)
            else:
                for article in load_paths([articles_dir]).articles:
                    articles.setdefault(article.id, article)
        for article in store.added_articles():
            articles.setdefault(article.id, article)
        removed = store.removed_ids()
        served = [a for a in articles.values() if a.id not in removed]
        chunks = store.chunks_for(served, progress=progress)
        store.forget_other_articles({a.id for a in served})
        logger.info("serving %d articles (%d embedded now)", len(served), store.embedded_passages)
        common_words()  # loaded at start-up, not by the first question's spelling repair
        return cls(store, chunks, max_question_chars=max_question_chars)

    # -- questions ----------------------------------------------------------------------------
    def ask(self, question: str, *, top_k: int = 3, conversation_id: str | None = None) -> Answer:
        """Answer a question with verbatim quotes, or decline when the articles do not say.

        Args:
            question: The user's question.
            top_k: How many quotes to return (1-10), the answering one first.
            conversation_id: Ties follow-up questions to earlier turns.

        Returns:
            The Answer; `answered` is False when nothing in the articles answers.

        Raises:
            InvalidQuestionError: For an empty or over-long question or a bad top_k.
        """
        question = validate_question(question, max_chars=self._max_chars)
        if not 1 <= top_k <= MAX_TOP_K:
            raise InvalidQuestionError(f"top_k must be between 1 and {MAX_TOP_K}, got {top_k}")
        history = self._memory.history(conversation_id) if conversation_id else ()
        # One consistent snapshot, even if an article is added meanwhile.
        answer, turn = answer_question(self._corpus, self._embedder, question,
                                       history=history, top_k=top_k)
        if conversation_id and turn is not None:
            self._memory.remember(conversation_id, turn)
        return answer

    # -- articles -------------------------------------------------------------------------------
    @property
    def corpus(self) -> Corpus:
        """The current searchable snapshot."""
        return self._corpus

    def articles(self) -> tuple[Article, ...]:
        """Return the served articles, newest first."""
        return tuple(article for article, _ in self.article_summaries())

    def article(self, article_id: str) -> Article:
        """Return one article by id.

        Raises:
            ArticleNotFoundError: When no served article has that id.
        """
        try:
            return self._corpus.articles[article_id]
        except KeyError:
            raise ArticleNotFoundError(f"no article with id {article_id!r}; list the ids with "
                                       "GET /articles or `newsdesk articles`") from None

    def article_summaries(self) -> tuple[tuple[Article, int], ...]:
        """Return the served articles, newest first, each with its passage count.

        Both come from one snapshot, so a concurrent removal cannot make them disagree.
        """
        corpus = self._corpus
        articles = sorted(corpus.articles.values(),
                          key=lambda a: (a.source.published or date.min, a.source.title),
                          reverse=True)
        return tuple((a, corpus.passage_counts[a.id]) for a in articles)

    def passage_count(self, article_id: str) -> int:
        """Return how many passages of an article are indexed."""
        self.article(article_id)
        return self._corpus.passage_counts[article_id]

    def add_article(self, *, title: str | None, text: str, outlet: str | None = None,
                    published: date | None = None, url: str | None = None,
                    origin: str = "api") -> tuple[Article, bool]:
        """Clean, embed and index a new article; adding the same text again changes nothing.

        Args:
            title: The headline (None: the first line of the text).
            text: The article body: raw text copied from a web page, or the page's HTML.
            outlet: The publisher, if known (else inferred from the text).
            published: The publication date, if known (else inferred).
            url: The article's address.
            origin: Where it came from, for the record.

        Returns:
            The article and whether it was newly added.

        Raises:
            ArticleFormatError: When no article text remains after cleaning.
        """
        article = build_posted_article(text, title=title, outlet=outlet, published=published,
                                       url=url, origin=origin)
        return self.add_articles([article])[0]

    def add_articles(self, articles: Sequence[Article], *,
                     progress: ProgressFactory | None = None) -> list[tuple[Article, bool]]:
        """Index several already-built articles at once (one re-index for all)."""
        with self._write_lock:
            results: list[tuple[Article, bool]] = []
            new: dict[str, Article] = {}
            for article in articles:
                known = self._chunks.get(article.id)
                if known is not None or article.id in new:  # served already, or twice here
                    results.append((known.article if known else new[article.id], False))
                    continue
                new[article.id] = article
                results.append((article, True))
            if not new:
                return results
            for chunk in self._store.chunks_for(list(new.values()), progress=progress):
                self._chunks[chunk.article.id] = chunk
            for article in new.values():
                self._store.save_article(article)
            # A re-ingested file that changed replaces its earlier version (same origin).
            replaced = {old.article.id for old in self._chunks.values()
                        if old.article.origin and old.article.id not in new
                        and old.article.origin in {a.origin for a in new.values()}
                        and old.article.origin != "api"}
            for article_id in replaced:
                self._store.delete_article(article_id)
                del self._chunks[article_id]
            removed = self._store.removed_ids()
            if removed & set(new) or replaced:
                self._store.save_removed_ids((removed - set(new)) | replaced)
            self._rebuild()
            return results

    def remove_article(self, article_id: str) -> None:
        """Stop serving an article, now and after restarts.

        Raises:
            ArticleNotFoundError: When no served article has that id.
        """
        with self._write_lock:
            self.article(article_id)
            self._store.save_removed_ids(self._store.removed_ids() | {article_id})
            self._store.delete_article(article_id)
            del self._chunks[article_id]
            self._rebuild()

    def _rebuild(self) -> None:
        """Swap in a corpus built from the current chunks (readers keep the old one)."""
        self._corpus = self._store.build_corpus(list(self._chunks.values()))
        self._chunks = {c.article.id: c for c in self._corpus.chunks}

    def stats(self) -> ServiceStats:
        """Return article and passage counts and the model name."""
        corpus = self._corpus
        return ServiceStats(articles=len(corpus.articles), passages=len(corpus),
                            model=self._embedder.name)
