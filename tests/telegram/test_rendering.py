"""Telegram rendering: escaping of hostile text, attribution, links, splitting, valid HTML."""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser

import pytest

from bot.rendering import (
    MAX_MESSAGE,
    attribution,
    message_length,
    render_answer,
    render_help,
    render_not_found,
    render_sources,
    shorten,
    split_messages,
)
from retrieval.models import Answer, Article, Quote, Source

ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
                "blockquote", "tg-spoiler", "span"}
HOSTILE = Source("Fish & <Chips> \"daily\"", "A&B <News>", date(2025, 12, 12),
                 "https://example.org/a?x=1&y=<2>")


class TelegramHtmlChecker(HTMLParser):
    """Fails on tags Telegram does not allow, and on unbalanced tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text = ""

    def handle_starttag(self, tag, attrs):
        assert tag in ALLOWED_TAGS, tag
        if tag == "a":
            assert [name for name, _ in attrs] == ["href"]
        self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag, tag

    def handle_data(self, data):
        self.text += data


def check_html(message: str) -> str:
    """Assert the message is valid Telegram HTML; return its visible text."""
    assert len(message) <= MAX_MESSAGE
    checker = TelegramHtmlChecker()
    checker.feed(message)
    checker.close()
    assert not checker.stack
    return checker.text


def _quote(text: str, source: Source = HOSTILE) -> Quote:
    return Quote(text=text, score=0.5, article_id="a1", start=0, end=len(text), source=source)


def test_hostile_article_text_is_escaped_and_visible_verbatim():
    hostile = 'Profits rose <b>sharply</b> & "fast" at <script>alert(1)</script> Fish & Co.'
    answer = Answer("q", True, _quote(hostile), (_quote(hostile), _quote("Second & <i>one")))
    parts = render_answer(answer)
    assert len(parts) == 1
    visible = check_html(parts[0])
    assert hostile in visible and "Second & <i>one" in visible
    assert "<script>" not in parts[0] and "&lt;script&gt;" in parts[0]


def test_attribution_format_and_link():
    text = attribution(HOSTILE)
    assert text.startswith("— A&amp;B &lt;News&gt;, 2025-12-12: <a href=\"")
    assert check_html(text) == '— A&B <News>, 2025-12-12: Fish & <Chips> "daily"'
    plain = attribution(Source("Title", "IANS", date(2025, 12, 12), None))
    assert plain == "— IANS, 2025-12-12: Title"
    unsafe = attribution(Source("T", None, None, "javascript:alert(1)"))
    assert "href" not in unsafe and unsafe == "— Unknown source: T"


def test_answer_first_then_supporting_quotes_each_attributed():
    first = _quote("The answer sentence.", Source("T1", "IANS", date(2025, 12, 12), None))
    second = _quote("Another outlet says it.", Source("T2", "News1", date(2025, 12, 14), None))
    (message,) = render_answer(Answer("q", True, first, (first, second)))
    visible = check_html(message)
    assert visible.index("The answer sentence.") < visible.index("Another outlet says it.")
    assert "— IANS, 2025-12-12: T1" in visible and "— News1, 2025-12-14: T2" in visible
    assert message.count("<blockquote>") == 2


def test_long_answers_split_between_quotes_never_inside():
    quotes = tuple(_quote(f"Quote {i} " + "word & " * 300) for i in range(8))
    parts = render_answer(Answer("q", True, quotes[0], quotes))
    assert len(parts) > 1
    for part in parts:
        check_html(part)
        assert part.count("<blockquote>") == part.count("</blockquote>")
    assert sum(p.count("<blockquote>") for p in parts) == 8


def test_single_huge_quote_is_shortened_safely():
    huge = "x & y " * 2000
    (part,) = render_answer(Answer("q", True, _quote(huge), (_quote(huge),)))
    visible = check_html(part)
    assert visible.count("…") == 1 and len(part) <= MAX_MESSAGE


def test_split_messages_rejects_oversized_blocks():
    assert split_messages(["a" * 10, "b" * 10], limit=25) == ["a" * 10 + "\n\n" + "b" * 10]
    assert split_messages(["a" * 10, "b" * 10], limit=15) == ["a" * 10, "b" * 10]
    with pytest.raises(ValueError):
        split_messages(["a" * 20], limit=10)


def test_not_found_help_and_sources():
    declined = render_answer(Answer("<b>capital</b> of France?", False), examples=["Who & why?"])
    visible = check_html(declined[0])
    assert "could not find" in visible and "/sources" in visible
    assert "<b>capital</b> of France?" in visible and "Who & why?" in visible
    article = Article("id1", HOSTILE, "text")
    help_text = render_help([article], examples=["Who leads?", "When?", "Why?", "Extra?"])
    visible = check_html(help_text)
    assert "1 article" in visible and "Who leads?" in visible and "Extra?" not in visible
    (sources,) = render_sources([article])
    assert 'Fish & <Chips> "daily"' in check_html(sources)
    assert render_not_found("x") .startswith("I could not find")
    assert render_sources([]) == ["I have no articles yet."]


def test_lengths_are_counted_as_telegram_counts_them():
    # An emoji takes two UTF-16 units: 2100 of them are 4200 units, too long for one message.
    emoji = "📰" * 2100
    (part,) = render_answer(Answer("q", True, _quote(emoji), (_quote(emoji),)))
    assert message_length(part) <= MAX_MESSAGE and part.count("…") == 1
    check_html(part)


def test_escaping_growth_never_pushes_a_quote_over_the_limit():
    # "&" becomes "&amp;": 3000 raw characters would be 15000 escaped ones.
    ampersands = "&" * 3000
    quotes = (_quote(ampersands), _quote("<" * 3000), _quote('"' * 3000))
    parts = render_answer(Answer("q", True, quotes[0], quotes))
    assert len(parts) == 3
    for part in parts:
        assert message_length(part) <= MAX_MESSAGE
        check_html(part)


def test_only_plain_http_links_are_linked_and_long_titles_are_cut():
    for url in ("javascript:alert(1)", "data:text/html,x", "ftp://example.org/a",
                "https://exa mple.org/", "http://", "https://example.org/\n<script>"):
        assert "href" not in attribution(Source("T", "O", None, url)), url
    linked = attribution(Source("T", "O", None, 'https://example.org/?q="x"&a=<b>'))
    assert 'href="https://example.org/?q=&quot;x&quot;&amp;a=&lt;b&gt;"' in linked
    long = attribution(Source("word " * 200, None, None, None))
    assert len(long) < 350 and long.endswith("…")
    assert shorten("short") == "short"


def test_huge_quote_with_long_hostile_metadata_still_fits_one_message():
    source = Source("T&" * 400, "O&" * 200, date(2025, 1, 2),
                    "https://example.org/?" + "a=1&" * 150)
    quote = Quote(text="word & " * 2000, score=1.0, article_id="a", start=0, end=1,
                  source=source)
    parts = render_answer(Answer("q", True, quote, (quote,)))
    assert len(parts) == 1 and message_length(parts[0]) <= MAX_MESSAGE
    assert "href" not in parts[0]  # the over-long link was dropped, the title kept
    (sources,) = render_sources([Article("a", source, "text")])
    assert message_length(sources) <= MAX_MESSAGE
