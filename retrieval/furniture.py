"""Whether a line is page furniture: by its wording (furniture_wording.py), bars and menus.

Each test looks at one line and is kept narrow on purpose: a false positive loses article
text. Where a line sits on the page (a footer after the story, labels around the headline,
link lists) is judged in cleaning.py and page_regions.py.
"""

from __future__ import annotations

import re

from retrieval.fact_words import WRITTEN_DATE
from retrieval.furniture_wording import ANY_LINES, STORY_LIST, UNREPORTED, WIDGET_LINES
from retrieval.page_formats import PAGE_FORMAT_LINES
from retrieval.page_kinds import KIND_LIST_HEADINGS, PAGE_KIND_LINES
from retrieval.page_notices import NOTICE_LIST_HEADINGS, PAGE_NOTICE_LINES
from retrieval.page_styles import PAGE_STYLE_LINES
from retrieval.site_notes import CREDIT_LINES, LIST_HEADINGS, SITE_NOTE_LINES

SENTENCE_END = (".", "!", "?", "\"", "”", "’", "'")

# Headings of link lists inside or after the story ("Related stories:", "Most read"): the
# unpunctuated lines under them are other pages' headlines. One link behind its label ("Read
# more: How to apply for flood aid") heads nothing: the story goes on under it.
LIST_HEADING_RE = re.compile(
    r"(related|see also|read more|also read|keep reading|read next|up next|recommended"
    r"|also (in|on|from) (?-i:[A-Z]).{1,40}|upcoming events?"
    r"|you (may|might) also like|around the web"
    r"|editor['’]?s['’]? (picks|choice|recommendations))\b(?!\s*:\s*\S).{0,40}"
    rf"|{STORY_LIST}|{LIST_HEADINGS}|{NOTICE_LIST_HEADINGS}|{KIND_LIST_HEADINGS}", re.IGNORECASE)
# A site's own cookie notice ("We use cookies ... By continuing to browse ..."), not an
# article that mentions cookies: it speaks of this site, or asks to accept or continue.
_CONSENT_RE = re.compile(
    # ... a banner's, not a story's quoting one ("..., the banner read", "a lawyer told").
    r"(?!.*\b(said|says|told|read|reads|wrote|according|court)\b)(((your )?privacy( choices)?"
    r"\s*:\s*)?we and our (\d+ )?partners (use|store)\b"
    r"|we value your privacy\b(?=.*\b(cookies|partners|consent)\b))"
    r"|((this|our) (site|website) uses|we use(( and)? (some|functional|analytical|analytics"
    r"|essential|necessary|strictly necessary|marketing|performance|tracking|third-party"
    r"|advertising|session))*) cookies\b"
    r"|by (continuing|using this site)\b|cookies help us\b", re.IGNORECASE)
# A bar of links or buttons: "Email | Facebook | Twitter | Print", "Learn more | OK".
_BAR_ITEM_WORDS = 6
_WIDGET_RE = re.compile("|".join(f"(?:{p})" for p in WIDGET_LINES), re.IGNORECASE)
_ANY_RE = re.compile("|".join(f"(?:{p})" for p in (ANY_LINES + SITE_NOTE_LINES
                                                    + PAGE_STYLE_LINES + PAGE_NOTICE_LINES
                                                    + PAGE_FORMAT_LINES + PAGE_KIND_LINES)),
                     re.IGNORECASE)
_CREDIT_RE = re.compile("|".join(f"(?:{p})" for p in CREDIT_LINES), re.IGNORECASE)
# Linear on any line: no quantified whitespace around the separators.
_CRUMB_CHARS = 40  # the longest place in a breadcrumb trail
_TITLE_CRUMB_CHARS = 120  # its last place may be the story's title
_WRITTEN_DATE_RE = re.compile(WRITTEN_DATE)
_BAR_SEPARATOR_RE = re.compile(r"\||\s[»›>·•](?=\s)")
# Box-drawing characters frame advertisements and boxes; article prose never holds them.
_BOX_RE = re.compile("[\u2500-\u257f]")


def _short_items(items: list[str]) -> bool:
    """Return True for two or more items of a few words each, not all numbers (a table row)."""
    # Every item holding a number is a table row or a score ("Liverpool 2 | Everton 1").
    return (len(items) >= 2 and all(0 < len(item.split()) <= _BAR_ITEM_WORDS for item in items)
            and not all(re.search(r"\d", item) for item in items))


def _is_bar(line: str) -> bool:
    """Return True for a line of short items between separators (navigation, share buttons)."""
    # A sentence may hold separators ("wheat up | coal down | oil flat, the director said.").
    if line.endswith((".", "!", "?")) or not re.match(UNREPORTED, line):
        return False
    return _short_items([item.strip() for item in _BAR_SEPARATOR_RE.split(line)])


# Items laid out by wide spacing ("Print   Email   Share   Comments (812)   Text Size"). Tables
# and double-spaced prose are laid out so too, so a bar also names what a page's buttons and
# menus name, and holds no sentence's end.
_SPACED_SEPARATOR_RE = re.compile(r"[ \u00a0]{2,}|\t")
_SPACED_ITEMS = 3
_WIDGET_WORD_RE = re.compile(
    r"\b(share|e-?mail|print|comments?|facebook|twitter|google\+|g\+|tweet|like|whatsapp"
    r"|linkedin|pinterest|reddit|sign (up|in)|log in|subscribe|menu|home|news|video|videos|search"
    r"|text size|more|shop|tickets|react|sections?|local|politics|weather|obituaries|opinion"
    r"|sports?|business|e-edition|▾|▼)(?!\w)", re.IGNORECASE)


def is_spaced_bar(raw_line: str) -> bool:
    """Return True for a raw line of short items set apart by runs of spaces or tabs.

    Args:
        raw_line: The line as scraped, before its whitespace is collapsed.

    Returns:
        True for three or more items of at most six words each, one of them a button's or a
        menu's word ("Share", "Email", "News"), none ending a sentence inside, the line not
        ending like one, and not all numbers (a table row).
    """
    line = raw_line.strip()
    if line.endswith(SENTENCE_END) or re.search(r"[.!?][\"”’]?\s", line):
        return False
    items = [item.strip() for item in _SPACED_SEPARATOR_RE.split(line) if item.strip()]
    # A table laid out so has numbers in two cells or more ("Local grants    $1.5M    $1.5M").
    figures = sum(bool(re.search(r"\d", item)) for item in items)
    return (len(items) >= _SPACED_ITEMS and _short_items(items) and figures < 2
            and bool(_WIDGET_WORD_RE.search(line)))


_SHARE_RE = re.compile(r"\b(share|e-?mail|print|tweet|facebook|twitter|whatsapp|linkedin"
                       r"|pinterest|reddit|comments?)\b", re.IGNORECASE)
_NAV_WORDS = 7
# A headline in title case has a function word somewhere; a menu of section names has none.
_LINKING = frozenset({
    "a", "an", "and", "as", "at", "after", "about", "amid", "against", "before", "but", "by",
    "for", "from", "in", "into", "is", "are", "was", "were", "be", "been", "has", "have", "had",
    "his", "her", "its", "their", "of", "off", "on", "onto", "or", "out", "over", "than", "that",
    "the", "this", "to", "up", "upon", "vs", "with", "without",
})


def _is_word_menu(line: str) -> bool:
    """Return True for a run of capitalised section names: "World Politics Money Tech ..."."""
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    # A title with a date is a headline's: "Special Meeting Minutes – ... – October 14, 2026"
    # (a menu may hold a year: "News Politics Election 2026 Business").
    return (len(words) >= _NAV_WORDS and not line.endswith(SENTENCE_END)
            and not _WRITTEN_DATE_RE.search(line)
            and all(w[0].isupper() and w.lower() not in _LINKING for w in words))


def is_menu(line: str, raw_line: str | None = None) -> bool:
    """Return True for a site's menu: "Home | Local | Sports", "News    Weather    Sports"."""
    # Not a byline or date line laid out as a bar ("By Dana Whitfield | March 3, 2025"), nor
    # a story's share buttons ("Share | Tweet | Email"), which sit under its headline.
    laid_out = raw_line is not None and is_spaced_bar(raw_line)
    # Three items at least: "Prev | Next" pages through a story, "Life › Fossils" is a crumb.
    items = _BAR_SEPARATOR_RE.split(line)
    # Not a bar of fields: "Priority: URGENT | Category: DIS | Words: 640".
    barred = _is_bar(line) and len(items) >= 3 and not all(":" in item for item in items)
    return _is_trail(line) or (
        (barred or _is_word_menu(line) or laid_out)
        and not re.search(r"\d{4}|\d:\d\d", line) and not re.search(r"(?i)\bby\s", line)
        and not _SHARE_RE.search(line))


def _is_trail(line: str) -> bool:
    """Return True for a breadcrumb trail of three places or more, its last maybe the title.

    "Home / Ports & Terminals / South Asia", "Press Room › Press Releases › October 2026",
    "Home › Outbreaks & Alerts › Candida auris – Lakeside Mission Referral Hospital": split,
    not one pattern (spaces around a separator could belong to either side, and a long bar
    failing to match would take exponential time). A slash parts places only after "Home"
    ("and/or" is prose's).
    """
    arrows = [item.strip() for item in re.split(r"\s[›»>]\s", line)]
    slashes = [item.strip() for item in re.split(r"\s/(?:\s|$)", line)]
    trail = arrows if len(arrows) >= 3 else slashes if slashes[0].lower() == "home" else []
    return (len(trail) >= 3 and all(0 < len(item) <= _CRUMB_CHARS for item in trail[:-1])
            and 0 < len(trail[-1]) <= _TITLE_CRUMB_CHARS
            and not any(item.endswith(SENTENCE_END) for item in trail))


def is_short_trail(line: str) -> bool:
    """Return True for two places in title case parted by an arrow: "Tech > Security".

    Args:
        line: One stripped line.

    Returns:
        True for a two-place breadcrumb's shape ("Racing > Pacific Rim Championships"); not
        "Revenue > costs" or "Safety > speed, says regulator". Only a trail among the site's
        lines is one (see `cleaning`): "Arsenal > Chelsea" has the same shape.
    """
    places = [item.strip() for item in re.split(r"\s[›»>]\s", line)]
    return len(places) == 2 and all(
        0 < len(place) <= _CRUMB_CHARS
        and all(word[0].isupper() or word in {"&", "and", "of"} for word in place.split())
        for place in places)


def is_credit(line: str) -> bool:
    """Return True for a photo credit alone on its line ("Priya Sandoval/KNFR")."""
    return bool(_CREDIT_RE.fullmatch(line))


def is_boilerplate(line: str, *, bars: bool = True) -> bool:
    """Return True for a line that is page furniture rather than article text.

    Args:
        line: One stripped line of a page.
        bars: Whether a bar of short items between separators counts ("Home | World");
            False when the line is a row of a table.

    Returns:
        True when the line's wording is furniture's.
    """
    if (_ANY_RE.fullmatch(line) or is_credit(line) or (bars and _is_bar(line))
            or _CONSENT_RE.match(line)
            or _BOX_RE.search(line) or _is_word_menu(line)):
        return True
    # A label in capitals may end in an abbreviation's dot: "TRENDING IN U.S.".
    shouting = line.upper() == line and line.endswith(".")
    label = line.rstrip(":." if shouting else ":")
    bare = re.sub(r"^[^\w/]+", "", label)  # ">> MORE STORIES", "• Top stories"
    return ((shouting or not line.endswith(SENTENCE_END))
            and bool(_WIDGET_RE.fullmatch(label) or _WIDGET_RE.fullmatch(bare)))


