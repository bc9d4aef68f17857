"""Where a page's footer begins: after the story's last sentence, past the site's own lines.

After the story come the site's furniture (found by its wording), other pages' headlines
(unpunctuated lines) and its notes on itself or its reporter. Between the story's last
sentence and that furniture, unpunctuated lines are the site's too: a school newsletter's
"Dates for your diary", a review's "Our verdict" and "Music: 5/5", a bulletin's "Related
bulletins". The story keeps a letter's sign-off, a box of key facts, a timeline and a table
of results.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.page_regions import is_link_title
from retrieval.passages import without_note_marks
from retrieval.site_voice import byline_names, notes_on_site

# A letter's sign-off, with its writer after a comma or on the next line: "With every
# blessing, Revd Canon Judith Hale", "Yours sincerely," over "Margaret Ellis".
_VALEDICTION = (r"(?:with (?:every|best|warm|kind)\w* (?:blessings?|wishes|regards)|yours"
                r"(?: sincerely| faithfully| truly)?|(?:best|kind|warm(?:est)?) (?:regards|wishes)"
                r"|all the best|regards|sincerely|many thanks)")
_SIGN_OFF_RE = re.compile(rf"{_VALEDICTION},\s+(?-i:[A-Z])", re.I)
_VALEDICTION_RE = re.compile(rf"{_VALEDICTION},?", re.I)
# The story's own, whatever follows: a list after its colon ("The shortlisted entries
# are:"), a quotation, a correction or an update.
_STORY_GOES_ON_RE = re.compile(r".*:$|.*[\"“”]|(?:correction|clarification|update|updated)\b",
                               re.I)
# A box of key facts or a timeline: "Key facts" over "Road reopened: Monday 19 October
# 2026", "Timeline" over "12 October: ..." (a label and its value, a number or not). A
# diary's dates under its own heading ("Dates for your diary") stay the site's.
_FACT_BOX_RE = re.compile(r"(?:key|main|quick) (?:facts|figures|numbers|points|dates)"
                          r"|at a glance|in numbers|fact ?(?:box|file)|the facts"
                          r"|(?:timeline|chronology)(?: of .{1,40})?"
                          r"|how (?:it|events|the \w+) unfolded", re.I)
# "Label: value", "07:25: The ferry leaves", "9 October - Cracks appear".
_KEY_VALUE_RE = re.compile(r"(?:\d{1,2}[:.]\d\d\s*(?:am|pm)?|[^:.!?]{2,50}?)(?::|\s[–-])\s+"
                           r"\S.{0,200}", re.I)


def footer_start(lines: list[str], furniture: list[bool], *, outlet: str | None,
                 tables: Sequence[tuple[int, int]] = ()) -> int:
    """Return where the page footer begins, or the line count for a page without one.

    Args:
        lines: The page's normalised lines.
        furniture: Whether each line is furniture.
        outlet: The page's outlet, when known (its notes on itself are the footer's).
        tables: The page's tables, (first row, end) pairs (`page_regions.table_runs`).

    Returns:
        The index of the footer's first line: the first unpunctuated line after the story's
        last sentence (but a sign-off, key facts, a timeline or a table) when furniture follows
        it, else the line count.
    """
    start = last = len(lines)
    authors = byline_names(lines, furniture)
    for i in range(len(lines) - 1, -1, -1):
        if furniture[i] or notes_on_site(lines[i], outlet=outlet, authors=authors):
            start = i
        # A wiki's sentence ends in its reference marks: "... before its closure.[5]".
        elif not is_link_title(without_note_marks(lines[i])):
            last = i
            break
    if start == len(lines):
        return start  # no furniture after the story: its last lines may be its own
    # A table's headings stand right over its rows ("RESULTS", "MEN — TOP 5" over "Pl | Bib").
    rows = {row for begin, end in tables for row in range(begin, end)}
    i = last + 1
    while i < start:
        if _FACT_BOX_RE.fullmatch(lines[i].rstrip(":")):
            entries = i + 1
            while entries < start and _KEY_VALUE_RE.fullmatch(lines[entries]):
                entries += 1
            if entries == i + 1:
                break  # a heading over no entries is the site's
            i = entries
        elif _STORY_GOES_ON_RE.match(lines[i]):
            return start
        elif _VALEDICTION_RE.fullmatch(lines[i]):
            i += 2  # the writer's name under it
        elif _SIGN_OFF_RE.match(lines[i]) or rows & {i, i + 1, i + 2}:
            i += 1
        else:
            break
    return min(start, i)
