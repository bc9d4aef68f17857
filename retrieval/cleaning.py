"""Raw scraped article text -> cleaned text: web boilerplate out, every real sentence kept."""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass

logger = logging.getLogger(__name__)

# Whole lines that are page furniture, never article text; matched case-insensitively against
# the stripped line and kept narrow on purpose, since a false positive loses article text.
# Navigation and widget labels never end like a sentence, so those only match such lines.
_WIDGET_LINES = [
    r"open in app",
    r"exit mobile version",
    r"(no|\d+) comments?",
    r"leave a (reply|comment)",
    r"(advertisement|advertising|sponsored( content)?|skip to (main )?content)",
    r"(share|share this( article| story)?|print|email|tweet|whatsapp|facebook|twitter)",
    r"(read more|read also|also read|related( articles| news| stories)?)",
    r"(subscribe|sign in|log in|sign up)( now| here)?",
    r"/\s+[\w .&'-]{1,40}",  # photo-credit line such as " / News1"
    r"[\d\s.,:/-]+",  # bare numbers (comment counts, view counts, timestamps)
    r"home(\s*[›»>/|]\s*\S.*|\s+\S.*(\.\.\.|…))",  # breadcrumb navigation
]
_ANY_LINES = [
    r"please enter your (comment|name|email)( here)?[!.]?",
    r"(you have entered an incorrect email address|save my name, email and website).*",
    r"disclaimer:.*",
    r"(copyright\s*)?©.{0,120}|copyright \d{4}.{0,120}",
    r"all rights reserved\.?",
    r"(photo|image|file photo|picture)( credit)?:.{0,80}",
    r"by\s+[^|]{1,60}\|\s*(updated|published|posted)\b.*",  # byline block
    r"(updated|published|posted)\s*:.{0,80}",
]
_WIDGET_RE = re.compile("|".join(f"(?:{p})" for p in _WIDGET_LINES), re.IGNORECASE)
_ANY_RE = re.compile("|".join(f"(?:{p})" for p in _ANY_LINES), re.IGNORECASE)
_SENTENCE_END = (".", "!", "?", "\"", "”", "’", "'")
_ELLIPSIS_RE = re.compile(r"\s*(\.\.\.|…)\s*$")


@dataclass(frozen=True)
class CleanedText:
    """The article body after cleaning, the title it appeared under, and what was dropped."""

    text: str
    title: str | None
    dropped: tuple[str, ...]


def normalize_line(line: str) -> str:
    """Return the line NFC-normalised with non-breaking and repeated whitespace collapsed."""
    line = unicodedata.normalize("NFC", line).replace("\u00a0", " ").replace("\u200b", "")
    return re.sub(r"[ \t\f\v]+", " ", line).strip()


def is_boilerplate(line: str) -> bool:
    """Return True for a line that is page furniture rather than article text."""
    if _ANY_RE.fullmatch(line):
        return True
    return not line.endswith(_SENTENCE_END) and bool(_WIDGET_RE.fullmatch(line))


def _is_teaser(line: str, others: list[str]) -> bool:
    """Return True for a truncated line ("... as ...") whose stem appears in a fuller line."""
    if not _ELLIPSIS_RE.search(line):
        return False
    stem = _ELLIPSIS_RE.sub("", line)
    # The last word of a teaser is often cut mid-word, so match without it.
    stem = stem.rsplit(" ", 1)[0] if " " in stem else stem
    if len(stem) < 15:
        return False
    for other in others:
        if other is line or len(other) <= len(stem):
            continue
        if stem in other:
            return True
        # Breadcrumbs prefix the teaser with navigation words ("Home NorthKorea ...").
        words = stem.split(" ")
        for cut in range(1, min(4, len(words) - 2) + 1):
            tail = " ".join(words[cut:])
            if len(tail) >= 15 and other.startswith(tail):
                return True
    return False


def clean_text(raw: str, *, title: str | None = None, title_in_text: bool = True) -> CleanedText:
    """Strip web boilerplate and the duplicated headline block from scraped article text.

    Args:
        raw: The article text as scraped, one paragraph or page element per line.
        title: The known title; when None, the first line that is not boilerplate is taken.
        title_in_text: Whether the text starts with its headline (scraped pages, .txt). When
            False (a JSON or HTML body without a title), the first line is only borrowed as
            the title and stays in the body.

    Returns:
        The cleaned body (paragraphs joined by blank lines), the title, and the dropped lines.
    """
    lines = [normalize_line(line) for line in raw.splitlines()]
    lines = [line for line in lines if line]
    dropped: list[str] = []
    kept: list[str] = []
    for line in lines:
        if is_boilerplate(line) or _is_teaser(line, lines):
            dropped.append(line)
        else:
            kept.append(line)
    given_title = title is not None
    if title is None and kept and not title_in_text:
        first = kept[0]
        title = first if len(first) <= 120 else first[:119].rsplit(" ", 1)[0] + "…"
        return CleanedText(text="\n\n".join(kept), title=title, dropped=tuple(dropped))
    if title is None and kept:
        title = kept[0]
    if title:
        norm_title = normalize_line(title).casefold()
        body: list[str] = []
        for line in kept:
            if line.casefold() == norm_title:
                dropped.append(line)
            else:
                body.append(line)
        # A body that only repeats the headline it was given is still that article's text.
        kept = body or (kept if given_title else body)
    if dropped:
        logger.debug("dropped %d boilerplate lines: %r", len(dropped), dropped)
    return CleanedText(text="\n\n".join(kept), title=title, dropped=tuple(dropped))

