"""The headline block of a scraped page: the headline, and the site's lines around it.

The headline stands over its byline or date line (or over a standfirst over it); above it
are the site's name, motto and section labels, under the site's menus when there are any.
`cleaning` drops the labels and takes the headline for the title.
"""

from __future__ import annotations

import itertools
import re

from retrieval.fact_words import (
    DAY_FIRST_DATE,
    LOWER,
    MONTH_FIRST_DATE,
    MONTHS,
    UPPER,
    WEEKDAYS,
    WRITTEN_DATE,
)
from retrieval.furniture import SENTENCE_END
from retrieval.furniture_wording import BYLINE_WORDS, NAMELESS_BYLINE, NUMERIC_DATE, REPORT_BY
from retrieval.page_regions import reads_as_story

_LABEL_WORDS = 2
_SENTENCES_ABOVE = 2  # sentences above the menus that show the story began there
_HEADLINE_WORDS = 5  # a headline over a standfirst is this long; a site's name is shorter
_NOTICE_WORDS = 8  # a site's notice over the headline is shorter than a story's sentence
_BANNER_GAP = 5  # a banner (or the headline) stands at most four lines above the byline
# A firm's name ends in its abbreviated form, no sentence: "Harbour Fudge Co.".
_FIRM_NAME_RE = re.compile(r"(?:[A-Z][\w'’&-]*\s+){1,5}(?:Co|Ltd|Inc|Bros|Corp|Plc|LLC)\.")
# A notice under its label, the headline between it and the byline: "Course status: 18 holes
# open.", "Notice: all lessons ..." (not a verdict box's "The facts: ..." over a byline).
_LABELLED_NOTICE_RE = re.compile(r"^[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,2}:\s")
# A notice asking the reader first: "Framing for Christmas? Please order by 12 December."
_ASKING_NOTICE_RE = re.compile(r"^[^.!?]{1,30}\?\s+[A-Z]")

# A newsletter's issue line: "Issue 71 - November 2026", "Vol. 3, No. 12", "November 2026 |
# Issue 47" (not "No. 10 backs ...").
_ISSUE_RE = re.compile(rf"^(?:(?-i:{MONTHS})\s+\d{{4}}\s*[,·|–—-]\s*)?"
                       r"(?:issue|volume|vol\.|edition)\s*\d+\b(?:[\s,.·|–—-]+(?:no\.\s*\d+"
                       r"|(?-i:[A-Z][a-z]+)|\d{4}))*$", re.I)
# A blog's section heading over its post: "News from the bakehouse", "From the blog".
_SECTION_RE = re.compile(r"^(?:(?:the\s+)?latest\s+)?(?:news|updates?|stories|posts|blog)"
                         r"(?:\s+(?:from|at)\s+(?:the\s+|our\s+)?[\w'’&-]+(?:\s+[\w'’&-]+){0,3})?$"
                         r"|^from\s+(?:the|our)\s+(?:blog|journal|diary|newsroom)$", re.I)
# A field's line is no headline: "Location: PSE offices, Canary Wharf, London".
_FIELD_RE = re.compile(r"^(?:location|venue|from|to|date|time|where|when|ref|reference|category"
                       r"|categories|tags?|filed under|posted in|subject|author)\s*:", re.I)
_BYLINE_OR_DATE_RE = re.compile(
    # After a post's labels: "Match report | A Grade | Posted 29 November 2026 by Club Media",
    # "Appeal launched 12 October 2026 · Updated 14 October 2026", "Real Brides | 13 October
    # 2026".
    r"(?:[^|·]{1,40}[|·]\s*){1,4}(?:(?i:(?:last\s+)?(?:posted|published|updated|filed|issued"
    rf"|reviewed)):?\s+\d|(?i:by)\s+[A-Z]|{DAY_FIRST_DATE}|{MONTH_FIRST_DATE})|"
    # "Kenji Abara-Morrow, Staff Reporter": a byline with the role instead of "by".
    r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3},\s+(?:(?i:senior|staff|contributing|associate"
    r"|managing|deputy|chief|special)\s+)*(?i:editor|reporter|writer|correspondent|columnist"
    r"|contributor)\b|"
    rf"(?i:(?:(?:{BYLINE_WORDS}|live\s+(?:updates|coverage))\s+)?by\s+\S"
    # "Issued: 23 November 2026", "Last reviewed: 12 November 2026".
    r"|via\s+\S|(?:last\s+)?(?:updated|published|posted|filed)\b|(?:last\s+)?(?:issued"
    r"|reviewed):?\s+\d"
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
    rf"|(?i:{REPORT_BY})$"
    # A byline naming no one: "Staff Reporter", "Our Special Correspondent", "Web Desk".
    rf"|{NAMELESS_BYLINE})")


def header_labels(lines: list[str], furniture: list[bool], menus: list[bool],
                   mastheads: set[int]) -> set[int]:
    """Return the lines around the headline that are the site's: labels, credits, mottos.

    Args:
        lines: The page's normalised lines.
        furniture: Whether each line is furniture.
        menus: Whether each line is a menu of the site.
        mastheads: The lines that are only the outlet's name.

    Returns:
        The indexes of the header's lines that are not the headline.
    """
    # Above the article's first sentence. The headline is the page's first line, or after
    # furniture the first longer line: "SciTech" above "IBM Sells PC Unit to China's Lenovo".
    # Under the site's menus, when there are any before the story's lead (a long sentence):
    # above and between them are the site's name, motto and section labels, unless a line
    # there reads like a story's sentence (not the motto right under the masthead: "Your
    # Valley. Your News.").
    # A site's notice over its menus ("The museum is temporarily closed. ...") is no lead:
    # a sentence with a menu right under it and no byline above it.
    story = [i for i, line in enumerate(lines) if not furniture[i] and reads_as_story(line)]
    after = dict(itertools.pairwise(i for i in range(len(lines)) if not furniture[i]))
    first_byline = next((i for i in range(len(lines)) if bylines(lines, furniture, i)),
                        len(lines))
    lead = next((i for i in story
                 if i > first_byline or not any(menus[i + 1:after.get(i, len(lines))])),
                len(lines))
    menu_lines = [i for i in range(lead) if menus[i]]
    below = _header_from(lines, furniture, menu_lines[-1] + 1) if menu_lines else []
    above = {i for i in range(menu_lines[-1]) if not furniture[i]} if menu_lines else set()
    # Two such sentences, or one under a byline: one alone may be the site's notice.
    sentences = sum(lines[i].endswith(SENTENCE_END) and i - 1 not in mastheads for i in above)
    story_above = sentences >= _SENTENCES_ABOVE or (
        sentences > 0 and first_byline < (menu_lines[-1] if menu_lines else 0))
    if story_above or not any(len(lines[i].split()) > _LABEL_WORDS
                              and not _is_shouting(lines[i]) for i in below):
        # No menus, only labels under them, or the story begun above them: the headline is
        # the first line's or above.
        return _labels_by_the_headline(lines, furniture, _header_from(lines, furniture, 0))
    return above | _labels_by_the_headline(lines, furniture, below)


def _header_from(lines: list[str], furniture: list[bool], start: int) -> list[int]:
    """Return the lines from start on that are neither furniture nor past the first sentence."""
    header: list[int] = []
    for i in range(start, len(lines)):
        if furniture[i]:
            continue  # furniture may end like a sentence: "Subscribe to our newsletter!"
        # So does a site's banner or short notice over the headline and its byline:
        # "Christmas slots are filling fast!", "New here? Your first class is £5." (not a
        # story's lead ending in "!" further down).
        if ((lines[i].endswith("!") or len(lines[i].split()) < _NOTICE_WORDS
             or _ASKING_NOTICE_RE.match(lines[i])
             or (_LABELLED_NOTICE_RE.match(lines[i]) and not bylines(lines, furniture, i + 1)))
                and i + 1 < len(lines) and not reads_as_story(lines[i + 1])
                and any(bylines(lines, furniture, j) for j in range(i + 1, i + _BANNER_GAP))):
            header.append(i)
            continue
        # An abbreviation alone ends no sentence: "U.S." is a section's label; nor does a
        # closing quote: 'No, the vaccine was not tested on "only 600 people"', nor a search
        # box's "Search seeds...".
        if (re.search(r"(?<!\.\.)[.!?][\"'”’)]*$", lines[i])
                and not re.fullmatch(r"(?:[A-Z]\.){2,}", lines[i])
                and not _FIRM_NAME_RE.fullmatch(lines[i])):
            break
        header.append(i)
    return header


def _labels_by_the_headline(lines: list[str], furniture: list[bool],
                            header: list[int]) -> set[int]:
    """Return the header lines that are labels, credits, a masthead or a motto."""
    if not header:
        return set()
    # A headline stands over its byline or date line; above it are the site's name and motto.
    # A standfirst may stand between them: the story's first sentence ends the header, so the
    # headline is the last header line over a sentence over the byline.
    in_header = set(header)
    # A line in capitals right over a writer's byline is a print page's headline ("KETTLE
    # RECALL WIDENS AFTER HELLESDON KITCHEN FIRE" over "By TOM ASHBY-REEVE"); over a date
    # line, a section's label ("BANKING & FINANCE").
    # Not an issue's date: "Issue 71 - November 2026".
    bylined = next((i for i in header if len(lines[i].split()) > _LABEL_WORDS
                    and not _ISSUE_RE.match(lines[i])
                    and (not _is_shouting(lines[i]) or (bylines(lines, furniture, i + 1)
                                                        and lines[i + 1].lower().startswith("by ")))
                    and over_byline(lines, furniture, i, header=in_header)), None)
    # Over a standfirst ("Midwestern grocer bets on expansion ..."), the headline is the line
    # right above it.
    if (bylined is not None and bylined - 1 in header and not furniture[bylined - 1]
            and len(lines[bylined - 1].split()) >= _HEADLINE_WORDS
            and not _is_shouting(lines[bylined - 1]) and not _ISSUE_RE.match(lines[bylined - 1])
            and not _ASKING_NOTICE_RE.match(lines[bylined - 1])
            and not _SECTION_RE.match(lines[bylined - 1])):
        bylined -= 1  # a site's name above is shorter: "The Harbor Times"
    # Under its date line, right over the story's first sentence: "Published 16 November 2026"
    # over "The day the whale came to Trá na gCloch" (not a field: "Location: PSE offices"),
    # when no headline stands over the date line ("Floods" over "Updated: October 3, 2026"),
    # an issue's line at most ("Issue 71 - November 2026").
    last, over = lines[header[-1]], header[-1] - 2
    if (bylined is None and header[-1] > 0 and len(last.split()) > _LABEL_WORDS
            and not _is_shouting(last) and bylines(lines, furniture, header[-1] - 1)
            and not _FIELD_RE.match(last)
            and (over not in in_header or _ISSUE_RE.match(lines[over]))):
        bylined = header[-1]
    if bylined is not None:
        return {i for i in header if i < bylined or len(lines[i].split()) <= _LABEL_WORDS}
    # After furniture, labels alone ("POLITICS") leave the headline to the next line, and so
    # does a line in capitals (a site's tagline under its masthead: "THE INTERNET NEWSPAPER:
    # NEWS BLOGS VIDEO COMMUNITY"), unless no other line could be the headline.
    # The page's first line is its headline whatever its case ("STORM HITS CORK"), but a
    # site's name alone ("threadhub") over its furniture and a longer line is no headline
    # (right over its date line, "Floods" is).
    longer = [i for i in header if len(lines[i].split()) > _LABEL_WORDS]
    first_named = header[0] == 0 and (
        len(lines[0].split()) > 1 or not longer or not any(furniture[1:longer[0]])
        or bool(len(lines) > 1 and furniture[1] and _BYLINE_OR_DATE_RE.match(lines[1])))
    headline = 0 if first_named else next(
        (i for i in longer if not _is_shouting(lines[i])), longer[0] if longer else None)
    return {i for i in header if i != headline and (
        len(lines[i].split()) <= _LABEL_WORDS
        or (headline is not None and i < headline and _is_shouting(lines[i])))}


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
        and (not furniture[at + 1] or len(lines[at + 1].split()) >= _HEADLINE_WORDS)
        and bylines(lines, furniture, at + 2))


def _is_shouting(line: str) -> bool:
    """Return True for a line written in capitals ("THE INTERNET NEWSPAPER")."""
    return line.upper() == line and any(c.isalpha() for c in line)
