"""Bylines and date lines under a scraped page's headline, and the lines that stand over them."""

from __future__ import annotations

import re

from retrieval.fact_words import (
    DAY_FIRST_DATE,
    LOWER,
    MONTH_FIRST_DATE,
    UPPER,
    WEEKDAYS,
    WRITTEN_DATE,
)
from retrieval.furniture_wording import BYLINE_WORDS, NAMELESS_BYLINE, NUMERIC_DATE, REPORT_BY
from retrieval.page_kinds import POST_LINE

HEADLINE_WORDS = 5  # a headline over a standfirst is this long; a site's name is shorter

# A byline or a date line, the whole line or its start.
_BYLINE_OR_DATE_RE = re.compile(
    # After a post's labels: "Match report | A Grade | Posted 29 November 2026 by Club Media",
    # "Appeal launched 12 October 2026 · Updated 14 October 2026", "Real Brides | 13 October
    # 2026", "Recipes · Monday 2 March 2026 · words by Ada Quill".
    r"(?:[^|·]{1,40}[|·]\s*){1,4}(?:(?i:(?:last\s+)?(?:posted|published|updated|filed|issued"
    rf"|reviewed)):?\s+\d|(?i:(?:(?:{BYLINE_WORDS})\s+)?by)\s+[A-Z]|{WRITTEN_DATE})|"
    # "Kenji Abara-Morrow, Staff Reporter": a byline with the role instead of "by".
    r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3},\s+(?:(?i:senior|staff|contributing|associate"
    r"|managing|deputy|chief|special)\s+)*(?i:editor|reporter|writer|correspondent|columnist"
    r"|contributor)\b|"
    rf"(?i:(?:(?:{BYLINE_WORDS}|live\s+(?:updates|coverage))\s+)?by\s+\S"
    # "Issued: 23 November 2026", "Last reviewed: 12 November 2026".
    # Not a post's categories, no date in them: "Filed under: Recipes, Baking".
    r"|via\s+\S|(?:last\s+)?(?:updated|published|posted|filed)\b"
    r"(?!\s+(?:under|in)\b:?\s*(?-i:[A-Z])(?![^|·]*\bby\s)[^\d|·]*$)"
    r"|(?:last\s+)?(?:issued|reviewed):?\s+\d"
    rf"|(?:(?:{WEEKDAYS}),?\s+)?{MONTH_FIRST_DATE}|{DAY_FIRST_DATE}|{NUMERIC_DATE}"
    # A blog's date under its headline, alone or before its site's name: "Friday 9 October
    # 2026", "Thursday 19 November 2026 | Molloy Eyecare" (not "... · Page 7 of 48").
    rf"|(?:{WEEKDAYS}),?\s+{DAY_FIRST_DATE}(?:\s*[|·]\s*[A-Z][\w'’.-]*(?:\s+[A-Z&][\w'’.-]*)"
    r"{0,5})?$"
    # A status page's incident under its title: "Incident report for Corvane Pay".
    rf"|(?i:incident\s+report\s+for)\s+\S"
    # A dateline alone: "Lima, 15 October 2026", "Events team, 20 October 2026".
    rf"|[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|team|desk|staff|office|newsroom)){{0,2}},"
    rf"\s+{WRITTEN_DATE}"
    rf"|(?i:{REPORT_BY})$|(?i:{POST_LINE})$"
    # A byline naming no one: "Staff Reporter", "Our Special Correspondent", "Web Desk".
    rf"|{NAMELESS_BYLINE})")


def bylines(lines: list[str], furniture: list[bool], at: int) -> bool:
    """Return True when the line at `at` is furniture reading as a byline or a date line.

    Args:
        lines: The page's normalised lines.
        furniture: Whether each line is furniture.
        at: The line's index (past the page's end: False).

    Returns:
        True for "By Jane Doe", "Staff Reporter", "Lima, 15 October 2026", "07.11.2026"...
    """
    return at < len(lines) and furniture[at] and bool(_BYLINE_OR_DATE_RE.match(lines[at]))


# A writer's bare name between the headline and its date line: "Hannah Lowther".
_BARE_NAME_RE = re.compile(rf"[{UPPER}][{LOWER}]+(?:[ -](?:Ó )?[{UPPER}][{LOWER}'’]+){{1,2}}")


def over_byline(lines: list[str], furniture: list[bool], at: int, *,
                 header: set[int] | frozenset[int] = frozenset()) -> bool:
    """Return True for a line over a byline, or over a standfirst or the site's line over it.

    Args:
        lines: The page's normalised lines.
        furniture: Whether each line is furniture.
        at: The line's index.
        header: The header's lines: one of them under the line is no standfirst.

    Returns:
        True when the line stands where a headline does.
    """
    # The site's line is as long as a sentence: a wiki's "From OpenChronicle, the free news
    # source you can write!"; not "Advertisement" between a deck and its byline. A writer's
    # bare name may stand between the headline and its date line.
    return bylines(lines, furniture, at + 1) or (
        at + 1 < len(lines) and _BARE_NAME_RE.fullmatch(lines[at + 1]) is not None
        and bylines(lines, furniture, at + 2)) or (
        at + 1 not in header and at + 1 < len(lines)
        and (not furniture[at + 1] or len(lines[at + 1].split()) >= HEADLINE_WORDS)
        and bylines(lines, furniture, at + 2))
