"""Frozen values that cross module boundaries: articles, passages, hits, quotes, answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal


@dataclass(frozen=True)
class Source:
    """Where a quote comes from: the article's title, outlet, publication date and link."""

    title: str
    outlet: str | None = None
    published: date | None = None
    url: str | None = None


@dataclass(frozen=True)
class Article:
    """One cleaned article; every quote is a slice of `text`."""

    id: str
    source: Source
    text: str
    origin: str = ""  # the file it came from, or "api" for articles added over HTTP


@dataclass(frozen=True)
class Passage:
    """A span of an article's cleaned text, `article.text[start:end] == text`."""

    article_id: str
    start: int
    end: int
    text: str
    # "context": a sentence that leans back ("He added ...") with the sentences it needs,
    # searched on behalf of its last sentence.
    kind: Literal["sentence", "window", "context"] = "window"
    # Indices (into the article's sentence list) of the sentences this passage covers.
    sentences: tuple[int, ...] = ()


@dataclass(frozen=True)
class Hit:
    """A passage found for a question, with the scores that ranked it."""

    passage: Passage
    score: float
    dense: float = 0.0
    lexical: float = 0.0


@dataclass(frozen=True)
class Quote:
    """A verbatim quote with its offsets in the article and its source."""

    text: str
    score: float
    article_id: str
    start: int
    end: int
    source: Source


@dataclass(frozen=True)
class Answer:
    """The result of a question: the answering quote first, then the supporting quotes."""

    question: str
    answered: bool
    answer: Quote | None = None
    quotes: tuple[Quote, ...] = field(default_factory=tuple)

    @property
    def answer_text(self) -> str | None:
        """The answering sentence, verbatim, or None when the question was declined."""
        return self.answer.text if self.answer else None
