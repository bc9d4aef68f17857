"""Infer an article's outlet and publication date from what its scraped text says."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from retrieval.cleaning import normalize_line

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
# "By IANS | Updated: December 12, 2025 12:45 IST" -> outlet IANS, 2025-12-12; "By Maria
# Gonzalez, Reuters | Updated: ..." and "By Ana Rojas | AP | March 5, 2026" name the author
# first and the outlet after it.
_BYLINE_RE = re.compile(r"^by\s+(?P<who>[^|]{1,60}?)\s*(?:\|\s*(?P<rest>.*))?$", re.IGNORECASE)
_DATE_LABEL_RE = re.compile(r"^(?:(?:last\s+)?(?:updated|published|posted)(?:\s+on)?\s*:?\s*)",
                            re.IGNORECASE)
_DATE_RE = re.compile(rf"(?:{_MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?:{_MONTHS})\.?,?"
                      r"\s+\d{4}|\d{4}-\d{2}-\d{2}", re.IGNORECASE)
# "Published 14 February 2026, 09:12 GMT", "Posted on: March 3, 2026": a date line.
_DATE_LINE_RE = re.compile(r"^(?:last\s+)?(?P<label>updated|published|posted)(?:\s+on)?\s*:?\s*",
                           re.IGNORECASE)
# A byline standing alone: "By Maria Gonzalez, Reuters", "By cricket.com.au 30 December 2014,
# 7:05 PM AEDT"; not "By Monday, the talks had ended." (a sentence).
_BARE_BYLINE_RE = re.compile(
    r"^[Bb]y\s+(?:[A-Z][\w.'’-]*\s*){1,4},\s*[A-Z][\w.&'’ -]{0,40}[^\W\d_]$"
    rf"|^[Bb]y\s+\S+(?:\s+\S+){{0,3}}\s+(?i:{_DATE_RE.pattern})[^.!?]{{0,30}}$")
# What follows an author's name after a comma when it is a role, not the outlet.
_ROLE_RE = re.compile(r"\b(writer|reporter|correspondent|editor|contributor|staff|columnist"
                      r"|producer|analyst|journalist|desk)\b", re.IGNORECASE)
_ISO_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}")
# " / News1" under a photo: the agency that took it, which is the outlet on agency pages.
_CREDIT_RE = re.compile(r"^/\s*(?P<outlet>[A-Z][\w .&'-]{0,38}[\w.])$")


@dataclass(frozen=True)
class InferredMetadata:
    """What the raw text says about its own outlet and date (None when it says nothing)."""

    outlet: str | None = None
    published: date | None = None


def parse_date(value: str) -> date | None:
    """Parse "December 12, 2025", "Dec. 12, 2025", "2025-12-12" or an ISO timestamp, else None."""
    iso = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$", value)
    if iso:
        try:
            return date(*map(int, iso.groups()))
        except ValueError:
            return None
    value = value.strip().replace(".", "")
    value = re.sub(r"\s+", " ", value.replace(",", ", ")).replace(" ,", ",")
    for fmt in ("%B %d, %Y", "%b %d, %Y", "%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%B %d %Y",
                "%b %d %Y", "%d %B, %Y", "%d %b, %Y"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    if value[:4] == "Sept":
        return parse_date("Sep" + value[4:])
    return None


def infer_metadata(raw: str) -> InferredMetadata:
    """Read a byline, a dated header or photo-credit lines from the raw text.

    Args:
        raw: The scraped article text, boilerplate included.

    Returns:
        The outlet and publication date the text states, each None when it states none.
    """
    outlet: str | None = None
    published: date | None = None
    dated: dict[str, date] = {}  # from date lines, by label
    credits: Counter[str] = Counter()
    for line in (normalize_line(x) for x in raw.splitlines()):
        if not line:
            continue
        byline = _BYLINE_RE.match(line)
        if byline and outlet is None and (byline.group("rest") or _BARE_BYLINE_RE.match(line)):
            outlet, published = _read_byline(byline.group("who"), byline.group("rest") or "")
            if published is None and (iso := _ISO_RE.search(line)):
                published = date(*map(int, iso.groups()))
            continue
        label = _DATE_LINE_RE.match(line)
        if label and (found := _DATE_RE.match(line, label.end())):
            when = parse_date(found.group(0))
            if when is not None:
                dated.setdefault(label.group("label").lower(), when)
            continue
        credit = _CREDIT_RE.match(line)
        if credit:
            credits[credit.group("outlet").strip()] += 1
    if outlet is None and credits:
        outlet = credits.most_common(1)[0][0]
    if published is None:
        published = dated.get("published") or dated.get("posted") or dated.get("updated")
    return InferredMetadata(outlet=outlet, published=published)


def _read_byline(who: str, rest: str) -> tuple[str | None, date | None]:
    """Return the outlet and date of a byline's parts: "Author, Outlet | Outlet | Date"."""
    published: date | None = None
    names: list[str] = []
    for part in (p.strip() for p in rest.split("|")):
        found = _DATE_RE.search(part)
        if found:
            published = published or parse_date(found.group(0))
        elif part and not _DATE_LABEL_RE.fullmatch(part) and len(part.split()) <= 6:
            names.append(part)
    if (found := _DATE_RE.search(who)) is not None:
        # "By cricket.com.au 30 December 2014, 7:05 PM AEDT": the date ends the name.
        published = published or parse_date(found.group(0))
        who = who[:found.start()].strip(" ,")
    author, _, after_comma = who.rpartition(",")
    after_comma = after_comma.strip()
    if author and after_comma[:1].isupper() and not _ROLE_RE.search(after_comma):
        return after_comma, published  # "Maria Gonzalez, Reuters"
    if (staff := re.match(r"(.+?)\s+staff\b", author or who, re.IGNORECASE)) is not None:
        return staff.group(1), published  # "USA TODAY staff, with contributions from London"
    if names:
        return names[0], published  # "Ana Rojas | AP | March 5, 2026"
    # "By IANS | Updated: ...": the byline names the outlet; "by Tia Ghose, Staff Writer |
    # October 28, 2014": it names an author and a role, and no outlet.
    return (None if author else who.strip()), published
