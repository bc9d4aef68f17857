"""Infer an article's outlet and publication date from what its scraped text says."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from retrieval.cleaning import normalize_line
from retrieval.fact_words import DAY_FIRST_DATE, LOWER, MONTH_FIRST_DATE, MONTHS, UPPER, WEEKDAYS
from retrieval.furniture_wording import TIME_FIRST

# "By IANS | Updated: December 12, 2025 12:45 IST" -> outlet IANS, 2025-12-12; "By Maria
# Gonzalez, Reuters | Updated: ..." and "By Ana Rojas | AP | March 5, 2026" name the author
# first and the outlet after it.
_BYLINE_RE = re.compile(r"^by\s+(?P<who>[^|]{1,60}?)\s*(?:\|\s*(?P<rest>.*))?$", re.IGNORECASE)
_DATE_RE = re.compile(rf"{MONTH_FIRST_DATE}|{DAY_FIRST_DATE}|\d{{4}}-\d{{2}}-\d{{2}}",
                      re.IGNORECASE)
# "Published 14 February 2026, 09:12 GMT", "Posted on: March 3, 2026": a date line.
_DATE_LINE_RE = re.compile(r"^(?:last\s+)?(?P<label>updated|published|posted)(?:\s+on)?\s*:?\s*",
                           re.IGNORECASE)
# A byline standing alone: "By Maria Gonzalez, Reuters", "By cricket.com.au 30 December 2014,
# 7:05 PM AEDT"; not "By Monday, the talks had ended." (a sentence).
_BARE_BYLINE_RE = re.compile(
    r"^[Bb]y\s+[A-Z][^|.!?]{0,60},\s*[A-Z][\w.&'’ -]{0,40}[^\W\d_]$"
    rf"|^[Bb]y\s+\S+(?:\s+\S+){{0,3}}\s+(?i:{_DATE_RE.pattern})[^.!?]{{0,30}}$")
# A byline's part that names no outlet: a role, a reading time, a photographer, a date.
_NOT_OUTLET_RE = re.compile(r"\b(writer|reporter|correspondent|editor|contributor|staff"
                            r"|columnist|producer|analyst|journalist|desk|min read|minutes? read"
                            r"|photographs?|photos?|video)\b|\d{1,2}/\d{1,2}/\d{2,4}",
                            re.IGNORECASE)
# What names a news source: an agency's or broadcaster's initials, a name holding a word such
# as "News" or "Times", or a web address ("cricket.com.au"); not a person ("Maria Gonzalez"),
# a place ("New York"), a day or a degree ("PhD").
SOURCE_INITIALS = ("CNN|BBC|NPR|AP|AFP|ABC|CBS|NBC|NHK|RT|DW|PBS|WSJ|NYT|UPI|KBS|SBS|ANSA|EFE"
                   "|DPA|TASS|PTI|ANI|AAP|CBC|ITV|SCMP|FT")
SOURCE_WORDS = ("News|Times|Post|Herald|Journal|Tribune|Guardian|Telegraph|Reuters|Bloomberg"
                "|Agency|Press|Daily|Gazette|Mail|Express|Independent|Economist|Wire|Television"
                "|TV|Radio|Network|Broadcasting|Chronicle|Observer|Standard|Today|TODAY|Xinhua"
                "|Yonhap|Kyodo|Politico|Axios|Jazeera|Arabiya|Monde|Figaro|Spiegel|Asahi|Yomiuri"
                "|Hindu|Dawn")
_NEWS_SOURCE_RE = re.compile(rf"(?:{SOURCE_INITIALS})|.*\b(?:{SOURCE_WORDS})\b.*"
                             r"|[\w-]+(?:\.[\w-]+)+")
# After a date line's date, its author: "Posted on March 9, 2026 by Jim Beam".
_BY_TAIL_RE = re.compile(r",?\s+by\s+(?-i:[A-Z])[\w.'’-]*(?:\s+[\w.'’-]+){0,3}\s*", re.I)
# Before a date, its time and weekday: "Updated 6:42 PM EDT, Tue August 12, 2025".
_TIME_FIRST_RE = re.compile(rf"(?:{TIME_FIRST})?(?:(?:{WEEKDAYS})\.?,?\s+)?", re.IGNORECASE)
# After a date, a line may give the time: "14 February 2026, 09:12 GMT".
_TIME_TAIL_RE = re.compile(r"(?:\s*[,·-]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
                           r"(?:\s*[A-Z]{2,5})?)?\s*", re.IGNORECASE)
_PERSON_RE = re.compile(rf"(?-i:[{UPPER}][{LOWER}]+)"
                        rf"(?:\s+(?:Ó\s+)?(?-i:[{UPPER}])[{LOWER}'’-]+){{1,2}}")
_ISO_RE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}")
# A wire story's dateline names its agency: "LONDON, March 3 (Reuters) - ...", "PINE RIDGE,
# Calif. (AP) — ...", "NEW DELHI, Dec 12 (IANS) ...".
_DATELINE_AGENCY_RE = re.compile(
    rf"^(?-i:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){{0,3}})(?:,(?:\s+[A-Z][\w.]*,?)?"
    rf"(?:\s+(?:(?:{MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTHS})\.?)(?:,\s+\d{{4}})?)?)?"
    rf"\s+\((?P<agency>{SOURCE_INITIALS}|Reuters|Yonhap|Xinhua|Kyodo|Bloomberg"
    r"|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}\s+(?:News|Press|Agency))\)"
    r"\s*(?:[-–—]+|(?=[A-Z\"“]))")
# " / News1" under a photo: the agency that took it, which is the outlet on agency pages.
_CREDIT_RE = re.compile(r"^/\s*(?P<outlet>[A-Z][\w .&'-]{0,38}[\w.])$")
# A page's legal footer names its publisher: "© 2025 The Valley Courier. All rights reserved.",
# "Copyright 2014 LiveScience, a Purch company", "© Cricket Australia 2014". The name ends at
# a sentence's end, a comma, a bar or a year; a company's legal form is no part of it.
_COPYRIGHT_RE = re.compile(
    r"^(?:(?P<mark>©|\(c\))(?:\s*copyright\b)?|copyright\s*(?P<sign>©|\(c\))?)\s*"
    r"(?P<year>\d{4}(?:\s*[-–]\s*\d{4})?[\s,]+)?"
    r"(?P<owner>[^.,|]+?(?:\.(?:com|net|org|co\.uk|com\.au)\b[^.,|]*?)?)\s*(?:[.,|]|$)",
    re.IGNORECASE)
# Legal forms written with dots would end the name at their first dot: "Bloomberg L.P.",
# "ZPD Zuid Persdienst B.V.".
_DOTTED_FORM_RE = re.compile(r"\s*,?\s+(?:L\.P|L\.L\.C|P\.L\.C|Co|Inc|Ltd|Corp|B\.V|N\.V|S\.A"
                             r"|S\.p\.A)\.", re.I)
_OWNER_WORD_RE = re.compile(r"[A-Z&][\w&'’.-]*|\d{4}")
_LEGAL_FORM_RE = re.compile(r"(?:[\s,]+(?:company|co|ltd|limited|inc|llc|plc|corp|corporation"
                            r"|\d{4})\.?)+$", re.IGNORECASE)
# Photo agencies sign pictures with "©" too.
_PICTURE_AGENCY_RE = re.compile(r"\b(getty|shutterstock|alamy|istock|images?|photos?)\b",
                                re.IGNORECASE)


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
    """Read a byline, a dated header, photo-credit lines or a copyright footer from the text.

    Args:
        raw: The scraped article text, boilerplate included.

    Returns:
        The outlet and publication date the text states, each None when it states none. The
        outlet is the byline's, else the photo credits' most common, else a wire dateline's
        agency ("Reuters" of "LONDON, March 3 (Reuters) -"), else the last copyright
        footer's owner ("The Valley Courier" of "© 2025 The Valley Courier").
    """
    outlet: str | None = None
    published: date | None = None
    dated: dict[str, date] = {}  # from date lines ("Published 14 February 2026"), by label
    credits: Counter[str] = Counter()
    owner: str | None = None  # from a copyright footer, when nothing else names the outlet
    agency: str | None = None  # from a wire story's dateline: "LONDON, March 3 (Reuters) -"
    for line in (normalize_line(x) for x in raw.splitlines()):
        if not line:
            continue
        byline = _BYLINE_RE.match(line)
        if byline and outlet is None and (byline.group("rest") or _BARE_BYLINE_RE.match(line)):
            outlet, published = _read_byline(byline.group("who"), byline.group("rest") or "")
            if published is None and (iso := _ISO_RE.search(line)):
                published = date(*map(int, iso.groups()))
            continue
        for label, when in _date_lines(line):
            dated.setdefault(label, when)
        if agency is None and (wire := _DATELINE_AGENCY_RE.match(line)):
            agency = wire.group("agency")
        credit = _CREDIT_RE.match(line)
        if credit:
            credits[credit.group("outlet").strip()] += 1
        # The page's own footer comes last; a photo's "© 2024 Jane Doe" may come before it.
        owner = _copyright_owner(line) or owner
    if outlet is None and credits:
        outlet = credits.most_common(1)[0][0]
    outlet = outlet or agency or owner
    if published is None:
        published = (dated.get("published") or dated.get("posted") or dated.get("updated")
                     or dated.get("date"))
    return InferredMetadata(outlet=outlet, published=published)


def _copyright_owner(line: str) -> str | None:
    """Return the publisher a copyright line names ("The Age" of "© 2005 The Age Company Ltd")."""
    found = _COPYRIGHT_RE.match(_DOTTED_FORM_RE.sub(".", line))
    if found is None:
        return None
    words = found.group("owner").split()
    # "Copyright laws are strict", "Copyright Act 1976" are no footers: a footer gives the
    # sign or opens with the year, and a name in capitals.
    if (not (found.group("year") or found.group("sign") or found.group("mark")) or not words
            or len(words) > 6 or not all(_OWNER_WORD_RE.fullmatch(w) for w in words)
            or not any(c.isalpha() for c in "".join(words))):
        return None
    owner = _LEGAL_FORM_RE.sub("", " ".join(words)).strip()
    if not owner or _PICTURE_AGENCY_RE.search(owner) or re.search(r"(?i)\brights\b", owner):
        return None  # "© Getty Images", "© All Rights Reserved"
    return owner


def is_news_source(name: str) -> bool:
    """Return True for a name that is a news source's ("Reuters", "Coast Times", "AP")."""
    return bool(_NEWS_SOURCE_RE.fullmatch(name.strip()))


def _date_lines(line: str) -> list[tuple[str, date]]:
    """Return the labelled dates of a line made only of them ("Updated 5 March 2026 | ...").

    A date alone on its line ("March 5, 2026", "Saturday 14 February 2026 09.12 GMT") is
    labelled "date": the page's date when nothing says published or updated.
    """
    dates = []
    for part in (p.strip() for p in line.split("|")):
        label = _DATE_LINE_RE.match(part)
        start = _TIME_FIRST_RE.match(part, label.end() if label else 0).end()
        found = _DATE_RE.match(part, start)
        if found and (_TIME_TAIL_RE.fullmatch(part, found.end())
                      or _BY_TAIL_RE.fullmatch(part, found.end())):
            when = parse_date(found.group(0))
            if when is not None:
                dates.append((label.group("label").lower() if label else "date", when))
    return dates


def _read_byline(who: str, rest: str) -> tuple[str | None, date | None]:
    """Return the outlet and date of a byline's parts: "Author, Outlet | Outlet | Date"."""
    published: date | None = None
    names: list[str] = []
    for part in (p.strip() for p in rest.split("|")):
        found = _DATE_RE.search(part)
        if found:
            published = published or parse_date(found.group(0))
        elif part and not _DATE_LINE_RE.fullmatch(part) and not _NOT_OUTLET_RE.search(part):
            names.append(part)
    if (found := _DATE_RE.search(who)) is not None:
        # "By cricket.com.au 30 December 2014, 7:05 PM AEDT": the date ends the name.
        published = published or parse_date(found.group(0))
        who = who[:found.start()].strip(" ,")
    author, _, after_comma = who.rpartition(",")
    if author and is_news_source(after_comma):
        return after_comma.strip(), published  # "Maria Gonzalez, Reuters"
    if (staff := re.match(r"(.+?)\s+staff\b", author or who, re.IGNORECASE)) is not None:
        return staff.group(1), published  # "USA TODAY staff, with contributions from London"
    outlet = next((name for name in names if is_news_source(name)), None)
    if outlet is not None or author:
        # "Ana Rojas | AP | March 5, 2026"; "Tia Ghose, Staff Writer" names no outlet.
        return outlet, published
    # "By IANS | Updated: ...": the byline names the outlet, unless it names a person.
    who = who.strip()
    return (None if _PERSON_RE.fullmatch(who) and not is_news_source(who) else who), published
