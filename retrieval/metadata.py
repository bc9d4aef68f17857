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
# "By IANS | Updated: December 12, 2025 12:45 IST" -> outlet IANS, 2025-12-12.
_BYLINE_RE = re.compile(
    r"^by\s+(?P<outlet>[^|]{1,60}?)\s*\|\s*(?:updated|published|posted)?\s*:?\s*"
    rf"(?P<date>(?:{_MONTHS})\.?\s+\d{{1,2}},\s+\d{{4}})?",
    re.IGNORECASE,
)
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
    for fmt in ("%B %d, %Y", "%b %d, %Y", "%Y-%m-%d"):
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
    credits: Counter[str] = Counter()
    for line in (normalize_line(x) for x in raw.splitlines()):
        if not line:
            continue
        byline = _BYLINE_RE.match(line)
        if byline and outlet is None:
            outlet = byline.group("outlet").strip()
            if byline.group("date"):
                published = parse_date(byline.group("date"))
            if published is None and (iso := _ISO_RE.search(line)):
                published = date(*map(int, iso.groups()))
            continue
        credit = _CREDIT_RE.match(line)
        if credit:
            credits[credit.group("outlet").strip()] += 1
    if outlet is None and credits:
        outlet = credits.most_common(1)[0][0]
    return InferredMetadata(outlet=outlet, published=published)
