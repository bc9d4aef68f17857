"""Pydantic models of the HTTP API, named by direction (In: requests, Out: responses)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictStr,
    WithJsonSchema,
    field_validator,
)

from retrieval.markup import WEB_ADDRESS
from retrieval.models import Answer, Article, Quote, Source

MAX_QUESTION_CHARS = 1000
MAX_TOP_K = 10

# Python's str.strip() removes more than JSON Schema's `\S` excludes (\x1c-\x1f, \x85):
# spell out every character str.isspace() accepts so the schema and the service agree on "blank".
_SPACE = r"\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
NOT_BLANK = f"[^{_SPACE}]"
# Two letters of a common script in a row: what survives the cleaning (which drops lines of
# digits, punctuation or spaces only), so a schema-valid body is never a "no text left" 422.
_LETTER = (r"A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u052F"
           r"\u05D0-\u05EA\u0620-\u064A\u0904-\u0939\u0E01-\u0E30\u3041-\u30FF"
           r"\u4E00-\u9FFF\uAC00-\uD7A3")
HAS_WORDS = f"[{_LETTER}]{{2}}"
# An absolute http(s) URL, as article files are checked too (the schema's ECMA regex and
# pydantic's Rust regex accept the same).
HTTP_URL = WEB_ADDRESS


def _iso_date(value: Any) -> date:
    """Accept only a "YYYY-MM-DD" string (no timestamps, no numbers)."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError("must be a date string YYYY-MM-DD")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a valid date YYYY-MM-DD") from None


IsoDate = Annotated[date, BeforeValidator(_iso_date),
                    WithJsonSchema({"type": "string", "format": "date"})]


def _json_integer(value: Any) -> int:
    """Accept JSON integers (2 or 2.0, as JSON Schema does), never strings or booleans."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("must be an integer")
    if isinstance(value, float) and not value.is_integer():
        raise ValueError("must be a whole number")
    return int(value)


JsonInt = Annotated[int, BeforeValidator(_json_integer)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AskIn(_Strict):
    """A question, optionally tied to a conversation for follow-ups."""

    question: StrictStr = Field(min_length=1, max_length=MAX_QUESTION_CHARS, pattern=NOT_BLANK,
                                examples=["Who leads the US side?"],
                                description="The question; not only whitespace.")
    top_k: JsonInt = Field(3, ge=1, le=MAX_TOP_K, description="Quotes to return.")
    conversation_id: StrictStr | None = Field(
        None, max_length=200, description="Same id across turns: follow-ups use context.")

    @field_validator("question")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("the question is empty or only whitespace")
        return value


class SourceOut(BaseModel):
    """Where a quote comes from."""

    title: str
    outlet: str | None
    published: date | None = Field(description="YYYY-MM-DD")
    url: str | None

    @classmethod
    def of(cls, source: Source) -> SourceOut:
        """Build from the core value."""
        return cls(title=source.title, outlet=source.outlet, published=source.published,
                   url=source.url)


class PassageOut(BaseModel):
    """A verbatim quote: `text == article.text[start:end]`."""

    text: str
    score: float = Field(description=(
        "How well the quote matches the question, higher is closer: a weighted sum of its "
        "similarity in meaning (embeddings) and the share of the question's words it holds, "
        "for the sentence and for the passage around it, plus small nudges for holding the "
        "kind of fact asked for and for the previous turn of a conversation. Comparable only "
        "within one answer. The quotes are in answer order, not sorted by score: the first "
        "is the answer, chosen also by the kind of fact asked for, the more recent of two "
        "close reports and the previous turn, so a later quote may score higher."))
    article_id: str
    start: int
    end: int
    source: SourceOut

    @classmethod
    def of(cls, quote: Quote) -> PassageOut:
        """Build from the core value."""
        return cls(text=quote.text, score=quote.score, article_id=quote.article_id,
                   start=quote.start, end=quote.end, source=SourceOut.of(quote.source))


class AnswerOut(BaseModel):
    """The answer sentence (verbatim) and the supporting quotes, or a decline."""

    question: str
    answered: bool
    answer: str | None = Field(description="The answering sentence; null when declined.")
    passages: list[PassageOut] = Field(description=(
        "The answering quote first, then the supporting quotes: answer order, not sorted by "
        "score; at most top_k, fewer when the rest would score under 40% of the answer."))

    @classmethod
    def of(cls, answer: Answer) -> AnswerOut:
        """Build from the core value."""
        return cls(question=answer.question, answered=answer.answered,
                   answer=answer.answer_text, passages=[PassageOut.of(q) for q in answer.quotes])


class ArticleIn(_Strict):
    """An article to add; `text` may be raw text copied from a web page."""

    title: StrictStr = Field(min_length=1, max_length=500, pattern=NOT_BLANK,
                             description="The headline; not only whitespace.")
    text: StrictStr = Field(min_length=2, max_length=900_000, pattern=HAS_WORDS,
                            description="The article body, raw text is fine; at most 900,000 "
                            "characters (and the request body at most 1 MB); it must hold words "
                            "(two letters in a row) that survive the boilerplate cleaning.")
    outlet: StrictStr | None = Field(None, max_length=200)
    published: IsoDate | None = None
    url: StrictStr | None = Field(None, max_length=2000, pattern=HTTP_URL,
                                  examples=["https://example.org/news/museum-reopens"],
                                  description="The article's address: an absolute http(s) URL.")

    @field_validator("title", "text")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty or only whitespace")
        return value


class ArticleSummaryOut(BaseModel):
    """An article in the list."""

    id: str
    title: str
    outlet: str | None
    published: date | None
    url: str | None
    passages: int

    @classmethod
    def of(cls, article: Article, passages: int) -> ArticleSummaryOut:
        """Build from the core value."""
        s = article.source
        return cls(id=article.id, title=s.title, outlet=s.outlet, published=s.published,
                   url=s.url, passages=passages)


class ArticleOut(ArticleSummaryOut):
    """One article with its cleaned text (what quotes' offsets refer to)."""

    text: str


class HealthOut(BaseModel):
    """Readiness and index size."""

    status: str
    articles: int
    passages: int
    model: str


class ErrorOut(BaseModel):
    """An error: `detail` says what is wrong; for 422, a list of {loc, msg, type} problems."""

    detail: str | list[dict[str, Any]]
