"""Raw scraped article text -> cleaned text: web boilerplate out, every real sentence kept.

HTML pages go through trafilatura first (see loading.py); what arrives here is plain text,
one page element per line, where no library helps: jusText, tried on such text wrapped in
paragraphs, dropped an article's short opening sentences and kept its footer. So the rules
are our own: page furniture is recognised by its wording (share bars, cookie notices,
newsletter sign-ups) and by its place (a page's footer, after the article's last sentence).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass

logger = logging.getLogger(__name__)

_WEEKDAY_NAMES = r"(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?"
_MONTH_NAMES = (r"jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?"
                r"|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?")
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
    r"[\W_\d]+",  # bare numbers and rules (comment counts, timestamps, "___", "* * *")
    r"home(\s*[›»>/|]\s*\S.*|\s+\S.*(\.\.\.|…))",  # breadcrumb navigation
    # Headings of link lists: "Top Stories", "More from UK Politics", "Most read".
    r"(top|latest|more|trending|popular|most (read|popular|viewed|shared|watched))"
    r"( (stories|news|headlines|videos|now))?( (in|from|on) .{1,40})?",
]
_ANY_LINES = [
    r"please enter your (comment|name|email)( here)?[!.]?",
    r"(you have entered an incorrect email address|save my name, email and website).*",
    r"disclaimer:.*",
    r"(copyright\s*)?©.{0,120}|copyright \d{4}.{0,120}",
    r"all rights reserved\.?",
    r"(photo|image|file photo|picture)( credit)?:.{0,80}",
    r"by\s+[^|]{1,60}\|\s*(updated|published|posted)\b.*",  # byline block
    r"(last )?(updated|published|posted)\s*:.{0,80}",
    # "Published October 23, 2014", "Updated on 2014-10-23 10:15": a date line, not a sentence.
    rf"(updated|published|posted)(\s+on)?\s+(({_MONTH_NAMES})\.?\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+({_MONTH_NAMES})\.?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})[^.!?]{{0,40}}",
    r"sign up (for|to) (our|the)\b.{0,60}",
    r".{0,80}\b(delivered|straight) to your inbox\b.{0,60}",
    r"enter your e-?mail( address)?\b.{0,40}",
    r"contact \S+( \S+)? at (https?://|www\.|\S+@)\S*",  # the reporter's contact line
    r".{0,60}\b(quotes|market data)\b.{0,40}\b(delayed|provided by)\b.{0,120}",
    # A widget's error message, and a page's note of the article's age.
    r".{0,80}\b(this (feature|content|video|page) is (currently |temporarily )?unavailable"
    r"|please try again later)\b.{0,80}",
    r"this (article |story |page )?was (first )?published .{1,30} ago\.?",
    # A date line: "January 17, 2005 — 2.41pm", "Tuesday, 14 December 2004, 10:41 GMT".
    rf"(({_WEEKDAY_NAMES}),?\s+)?(({_MONTH_NAMES})\.?\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+({_MONTH_NAMES})\.?,?\s+\d{{4}})([\s,—–-]+\d{{1,2}}[.:]\d{{2}}\s*"
    r"([ap]\.?m\.?)?(\s*[A-Z]{2,4})?)?",
]
# Headings of link lists inside or after the story ("Related stories:", "Most read"): the
# unpunctuated lines under them are other pages' headlines.
_LIST_HEADING_RE = re.compile(
    r"(related|see also|read more|also read|more|top|latest|trending|popular|recommended"
    r"|you may also like|most (read|popular|viewed|shared|watched))\b.{0,40}", re.IGNORECASE)
# A site's own cookie notice ("We use cookies ... By continuing to browse ..."), not an
# article that mentions cookies: it speaks of this site, or asks to accept or continue.
_CONSENT_RE = re.compile(
    r"\bcookies?\b.*\b((this|our) (site|website)|by continuing"
    r"|cookie (settings|policy|preferences)|accept( all)? cookies|agree to (our|the) use)"
    r"|\b((this|our) (site|website) uses|we use) cookies\b",
    re.IGNORECASE)
# A bar of links or buttons: "Email | Facebook | Twitter | Print", "Learn more | OK".
_BAR_ITEM_WORDS = 6
_WIDGET_RE = re.compile("|".join(f"(?:{p})" for p in _WIDGET_LINES), re.IGNORECASE)
_ANY_RE = re.compile("|".join(f"(?:{p})" for p in _ANY_LINES), re.IGNORECASE)
_SENTENCE_END = (".", "!", "?", "\"", "”", "’", "'")
_LINK_TITLE_WORDS = 20
_LABEL_WORDS = 3
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


def _is_bar(line: str) -> bool:
    """Return True for a line of short items separated by pipes (navigation, share buttons)."""
    items = [item.strip() for item in line.split("|")]
    return len(items) >= 2 and all(0 < len(item.split()) <= _BAR_ITEM_WORDS for item in items)


def is_boilerplate(line: str) -> bool:
    """Return True for a line that is page furniture rather than article text."""
    if _ANY_RE.fullmatch(line) or _is_bar(line) or _CONSENT_RE.search(line):
        return True
    return not line.endswith(_SENTENCE_END) and bool(_WIDGET_RE.fullmatch(line.rstrip(":")))


def _is_link_title(line: str) -> bool:
    """Return True for a line that may be another page's headline in a list of links."""
    return not line.endswith(_SENTENCE_END) and len(line.split()) <= _LINK_TITLE_WORDS


def _link_lists(lines: list[str], furniture: list[bool]) -> set[int]:
    """Return the lines listed under a link-list heading, up to the story's next sentence."""
    listed: set[int] = set()
    under_heading = False
    for i, line in enumerate(lines):
        if furniture[i] and _LIST_HEADING_RE.fullmatch(line.rstrip(":")):
            under_heading = True
        elif under_heading and not furniture[i] and _is_link_title(line):
            listed.add(i)
        elif not furniture[i]:
            under_heading = False
    return listed


def _header_labels(lines: list[str], furniture: list[bool]) -> set[int]:
    """Return the section labels and credits ("SciTech", "Associated Press") around the
    headline, above the article's first sentence; the headline is the first longer line."""
    header = []
    for i, line in enumerate(lines):
        if line.endswith(_SENTENCE_END):
            break
        if not furniture[i]:
            header.append(i)
    if not header:
        return set()
    headline = next((i for i in header if len(lines[i].split()) > _LABEL_WORDS), header[0])
    return {i for i in header if i != headline and len(lines[i].split()) <= _LABEL_WORDS}


def _footer_start(lines: list[str], furniture: list[bool]) -> int:
    """Return where the page footer begins: the first furniture line followed by nothing but
    furniture and link titles (unpunctuated lines, such as other stories' headlines)."""
    start = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        if furniture[i]:
            start = i
        elif not _is_link_title(lines[i]):
            break
    return start


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
    furniture = [is_boilerplate(line) or _is_teaser(line, lines) for line in lines]
    furniture = [f or i in _link_lists(lines, furniture) for i, f in enumerate(furniture)]
    footer = _footer_start(lines, furniture)
    labels = _header_labels(lines, furniture)
    dropped: list[str] = []
    kept: list[str] = []
    for i, line in enumerate(lines):
        if furniture[i] or i >= footer or i in labels:
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

