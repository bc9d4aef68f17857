"""QAService: the one facade the interfaces call (ask, add, remove, list articles)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from retrieval.models import Answer, Article


@dataclass(frozen=True)
class ServiceStats:
    """Counts shown by /health."""

    articles: int
    passages: int
    model: str


class QAService:
    """Answers questions over a set of articles with verbatim, attributed quotes."""

    @classmethod
    def open(cls, *, data_dir: Path, articles_dir: Path | None, embedder, progress: bool = False) -> QAService:  # noqa: E501
        raise NotImplementedError

    def ask(self, question: str, *, top_k: int = 3, conversation_id: str | None = None) -> Answer:
        raise NotImplementedError

    def articles(self) -> tuple[Article, ...]:
        raise NotImplementedError

    def article(self, article_id: str) -> Article:
        raise NotImplementedError

    def passage_count(self, article_id: str) -> int:
        raise NotImplementedError

    def add_article(self, *, title: str, text: str, outlet: str | None = None,
                    published: date | None = None, url: str | None = None) -> tuple[Article, bool]:
        raise NotImplementedError

    def remove_article(self, article_id: str) -> None:
        raise NotImplementedError

    def stats(self) -> ServiceStats:
        raise NotImplementedError
