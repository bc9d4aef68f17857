"""Cleaned article text -> quotable spans: sentences, and overlapping windows of sentences."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import pysbd

from retrieval.fact_words import FULL_WEEKDAYS, MONTHS
from retrieval.models import Article, Passage

WINDOW_SENTENCES = 3
# A sentence that opens with a pronoun or a linking phrase ("He added that ...", "In contrast,
# the Biden administration ...") or quotes a speaker named before ("..., Park said.") leans on
# what came before: embedded alone, it loses the subject a question names. Such a sentence
# also gets a "context" passage: itself with up to this many predecessors, scored for it
# alongside its own text.
CONTEXT_SENTENCES = 2
# Personal pronouns and linking phrases only: "These talks ..." names its subject itself.
_LEANS_BACK_RE = re.compile(
    r"^\W*(?:he|she|it|they|his|her|its|their|however|but|and|also|meanwhile|moreover"
    r"|furthermore|additionally|instead|still|yet|thus|therefore|hence|likewise|similarly"
    r"|in contrast|by contrast|in addition|as a result|on the other hand|at the same time"
    r"|in turn|even so)\b", re.I)
# A quotation attributed to a pronoun or a bare surname ('"We plan to discuss ...," Park
# said.', '..., said Mr. Park on Tuesday.') leans on the sentence before it, which usually
# named the speaker in full. The quote mark follows a space or punctuation: the apostrophe of
# "O'Brien" opens no quotation.
_SPEAKER = r"(?:he|she|they|(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?(?-i:[A-Z])[\w’'-]{0,40})"
_ATTRIBUTED_BACK_RE = re.compile(
    rf"(?<!\w)[”\"’']\s*(?:{_SPEAKER}\s+(?:said|says|added|adds|noted|told\s+\w+|explained"
    rf"|stressed|warned|argued|insisted)|(?:said|added|noted)\s+{_SPEAKER})"
    rf"(?:\s+(?:on\s+)?(?:{FULL_WEEKDAYS}|today|yesterday)|\s+(?:in|at|on|to)\s+[^,\"”]{{1,40}})?"
    r"\W*$", re.I)
_PARAGRAPH_RE = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    """Return the shared rule-based English segmenter (knows "U.S.", "Dec. 12", quotes)."""
    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return (start, end) offsets of each sentence in `text`, never crossing a paragraph.

    Args:
        text: Cleaned article text, paragraphs separated by blank lines.

    Returns:
        Offsets such that `text[start:end]` is one sentence without surrounding whitespace.
    """
    spans: list[tuple[int, int]] = []
    for para in _PARAGRAPH_RE.finditer(text):
        base, chunk = para.start(), para.group()
        cursor = 0
        for piece in _segmenter().segment(chunk):
            sentence = piece.sent.strip()
            if not sentence:
                continue
            # pysbd's offsets can drift on unusual whitespace; locate the sentence ourselves.
            found = chunk.find(sentence, cursor)
            if found < 0:
                continue
            cursor = found + len(sentence)
            spans.append((base + found, base + cursor))
    return _merge_fragments(text, spans)


# A double quote mark followed by a space, after a sentence that left a quotation open,
# closes it (a spaced opening quote, '" We want more "', opens none).
_CLOSING_QUOTE_RE = re.compile(r"([\"”]+)\s+")


def _leaves_quote_open(sentence: str) -> bool:
    """Return True when a sentence's last quote mark opens a quotation ('... "It's vital')."""
    last = max(sentence.rfind('"'), sentence.rfind("“"), sentence.rfind("”"))
    if last < 0 or sentence[last] == "”":
        return False
    # A straight mark opens when a word follows it; a curly one by its shape.
    return sentence[last] == "“" or (last + 1 < len(sentence) and not sentence[last + 1].isspace())


# A clock time's "a.m."/"p.m." ends no sentence when the day, the date or the time zone
# follows: "reported shortly after 2:30 p.m. Thursday along State Route 41".
# (A weekday's possessive starts a sentence: "... at 9 p.m. Tuesday's session starts at noon";
# so may "CT" or "PT": "... at 3 a.m. CT scans showed ...", unless punctuation or "on" follows.)
_AFTER_CLOCK_RE = re.compile(r"(?i:\b[ap]\.m\.)$")
_DAY_OR_ZONE_RE = re.compile(
    rf"(?:(?:{FULL_WEEKDAYS})(?![\w'’])|(?:{MONTHS})\.?\s+\d|(?:[ECMP][SD]T|GMT|UTC|BST)(?![\w'’])"
    r"|[ECMP]T(?=[,.;)]|\s+on\b|$))")
# A title's abbreviation before the name or noun it qualifies: "The hon. Gentleman makes a
# fair point", "Cllr. Jones", "Det. Supt. Hale" (pysbd knows "Mr." and "Sen.", not these);
# an estimate's before its figure, in lower case: "approx. 14 tonnes", "c. 1790", "est. £9,000"
# (not "35 °C. Firefighters ...").
# ... unless what follows opens a sentence: "She rose to Det. Insp. Her first case came ...".
_OPENS_SENTENCE_RE = re.compile(r"(?:He|She|It|They|We|I|You|The|His|Her|Its|Their|Our|This"
                                r"|That|These|Those|There|But|And|Or|In|On|At|A|An|When|After"
                                r"|Two|Three|Four|Five|Nobody|No)\b")
_TITLE_ABBREVIATION_RE = re.compile(r"\b(?:(?i:hon|rt|cllr|supt|insp|det|sgt|cdr|cmdr)"
                                    r"|(?P<estimate>approx|est|ca|c))\.$")
# A dateline's abbreviation before a dash: "PELLATT LAKE, Ont. — All seven miners ...".
_ABBREVIATED_RE = re.compile(r"(?:\b[A-Z][a-z]{0,4}|(?:\b[A-Z]\.)+)\.?$")


def _merge_fragments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a fragment with no words, or a sentence's cut-off rest, onto its predecessor.

    A sentence that starts with the closing quote of the sentence before (`'... teams. "It's
    vital ..." He said'` split before the last quote mark) gives it back: each quote then
    reads as it was written.
    """
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        same_paragraph = merged and "\n" not in text[merged[-1][1]:start]
        piece = text[start:end]
        # No words (a stray quote mark, a number), or the rest of the sentence before, cut
        # after an abbreviation the segmenter took for its end ("Sen. John McCain, R-Ariz.",
        # "The hon. Gentleman",
        # ", said ...", a dateline's "PELLATT LAKE, Ont." before "— All seven miners ..."): it
        # belongs to that sentence.
        if merged and same_paragraph and (
                not re.search(r"[^\W\d_]{2}", piece) or re.match(r"[,;:]|[a-z]", piece)
                or (re.match(r"[—–]", piece) and _ABBREVIATED_RE.search(
                    text, max(merged[-1][0], merged[-1][1] - 8), merged[-1][1]))
                or (_AFTER_CLOCK_RE.search(text, max(merged[-1][0], merged[-1][1] - 6),
                                           merged[-1][1])
                    and _DAY_OR_ZONE_RE.match(piece))
                or ((title := _TITLE_ABBREVIATION_RE.search(
                    text, max(merged[-1][0], merged[-1][1] - 8), merged[-1][1]))
                    and (re.match(r"[£$€]?\d", piece) if title["estimate"]
                         else not _OPENS_SENTENCE_RE.match(piece)))):
            merged[-1] = (merged[-1][0], end)
            continue
        closing = _CLOSING_QUOTE_RE.match(text, start, end)
        if merged and same_paragraph and closing and _leaves_quote_open(
                text[merged[-1][0]:merged[-1][1]]):
            merged[-1] = (merged[-1][0], closing.end(1))
            start = closing.end()
        merged.append((start, end))
    return merged


def split_passages(article: Article, *, window: int = WINDOW_SENTENCES) -> list[Passage]:
    """Cut an article into sentence passages and overlapping windows of `window` sentences.

    Args:
        article: The cleaned article.
        window: Sentences per window; windows slide by one sentence and may cross paragraphs
            (agency copy often has one sentence per paragraph).

    Returns:
        Sentence passages first (in text order), then window passages, then a context
        passage for each sentence that leans back (unless a window spans the same sentences).
    """
    spans = sentence_spans(article.text)
    passages = [
        Passage(article.id, s, e, article.text[s:e], kind="sentence", sentences=(i,))
        for i, (s, e) in enumerate(spans)
    ]
    if len(spans) > 1:
        size = min(window, len(spans))
        for first in range(len(spans) - size + 1):
            s, e = spans[first][0], spans[first + size - 1][1]
            passages.append(Passage(article.id, s, e, article.text[s:e], kind="window",
                                    sentences=tuple(range(first, first + size))))
    texts = [article.text[s:e] for s, e in spans]
    window_size = min(window, len(spans))
    for index in range(len(spans)):
        first = context_start(texts, index)
        # A context as long as a window is that window: the corpus uses it instead.
        if first < index and index - first + 1 != window_size:
            s, e = spans[first][0], spans[index][1]
            passages.append(Passage(article.id, s, e, article.text[s:e], kind="context",
                                    sentences=tuple(range(first, index + 1))))
    return passages


# A fact box or list entry states a fact without a full stop: "Parking spaces removed: 48".
_ENTRY_RE = re.compile(r"[^:]{2,60}:\s+(?=[^:]*\d)\S+(?:\s+\S+){0,4}")
# So is a table's row, its cells joined by "; " (markdown.py, markup.py): "2; Ridgeview; 910".
_ROW_RE = re.compile(r"[^;\n]{1,80}(?:; [^;\n]{1,80})+")


# A wiki's reference marks after a sentence: "[5]", "[3][4]", "[citation needed]", "[when?]";
# not a section's "[edit]" link. Read from the end only: linear on any text.
_NOTE_MARK_RE = re.compile(r"\s*\[(?:\d{1,3}|(?!edit\b)[a-z][a-z ?]{0,19})\]$")


def without_note_marks(text: str) -> str:
    """Return the text without the reference marks at its end."""
    while (found := _NOTE_MARK_RE.search(text[-30:])) is not None:
        text = text[:len(text) - len(found.group())]
    return text


def is_fragment(text: str) -> bool:
    """Return True for a heading or caption: text with no closing punctuation.

    A label with a number after it ("Parking spaces removed: 48") is a fact box's entry, and
    a table's row with a number ("2; Ridgeview Academy; 910") a record: both state a fact.
    """
    return not (_punctuated(text) or is_box_entry(text)
                or (_ROW_RE.fullmatch(text) and re.search(r"\d", text)))


def is_box_entry(text: str) -> bool:
    """Return True for a fact box's entry: "Weight: 12 kg", a figure under a label, unsaid."""
    return not _punctuated(text) and bool(_ENTRY_RE.fullmatch(text))


def _punctuated(text: str) -> bool:
    """Return True when the text ends as a sentence does."""
    # A wiki's reference marks follow the full stop: "... before its closure.[5]".
    return without_note_marks(text).rstrip("\"'”’)").endswith((".", "!", "?"))


def leans_back(sentence: str) -> bool:
    """Return True when a sentence opens with a pronoun or linking phrase, or quotes "Park".

    Args:
        sentence: One sentence of an article.

    Returns:
        True for a personal pronoun or linking phrase first, or a quotation attributed to a
        pronoun or a surname alone (', Park said.'); a determiner ("These talks") names its
        subject and does not count.
    """
    return bool(_LEANS_BACK_RE.match(sentence) or _ATTRIBUTED_BACK_RE.search(sentence))


def context_start(sentences: Sequence[str], index: int) -> int:
    """Return the index of the first sentence that sentence `index` needs to be understood.

    Args:
        sentences: The article's sentences, in order.
        index: The sentence asked about.

    Returns:
        `index` itself for a sentence that stands alone. A sentence that leans back takes its
        predecessor, and that one's predecessor while the chain of leaning sentences goes on,
        at most `CONTEXT_SENTENCES` back; a heading (no closing punctuation) is never context.
    """
    first = index
    while (leans_back(sentences[first]) and first > 0 and index - first < CONTEXT_SENTENCES
           and not is_fragment(sentences[first - 1])):
        first -= 1
    return first
