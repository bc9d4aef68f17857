"""Where the site or its readers speak: comment sections, its notes on itself and its authors.

What `cleaning` drops by where a line stands and whom it names, beyond its wording: readers'
comments ("Dana P. says:" to "Reply"; "PedroT: Crazy." beside the comment form), and at the
page's foot the outlet's notes on itself ("Huanchaco Community Post is run by volunteers.")
and its reporter's ("Caitlin Morrow is the Harbour City Times' legal affairs reporter."),
which belong to the page's footer.
"""

from __future__ import annotations

import re

from retrieval.fact_words import DAY_FIRST_DATE, MONTH_FIRST_DATE
from retrieval.furniture_wording import BYLINE_WORDS

_COMMENTER_RE = re.compile(r"[\w .'’-]{1,40} (says|wrote):", re.I)
_REPLY_RE = re.compile(r"reply", re.I)
_COMMENT_LINES = 6  # a comment's text, its date and its button


def comment_blocks(lines: list[str]) -> set[int]:
    """Return the lines of readers' comments: from "Dana P. says:" to its "Reply" button.

    Args:
        lines: The page's normalised lines.

    Returns:
        The indexes of each comment's lines, when a "Reply" line closes it within a few
        lines ("The mayor says:" over a quoted statement has none).
    """
    found: set[int] = set()
    for i, line in enumerate(lines):
        if not _COMMENTER_RE.fullmatch(line):
            continue
        end = None
        for j in range(i + 1, min(len(lines), i + _COMMENT_LINES + 1)):
            if _COMMENTER_RE.fullmatch(lines[j]):
                break  # the next commenter's: this one has no Reply button
            if _REPLY_RE.fullmatch(lines[j]):
                end = j
                break
        if end is not None:
            found.update(range(i, end + 1))
    return found


# A reader's comment under a user name: "Kari_N: Fantastic interview, thank you!", "Pádraig
# M: Best night in years." Not a timeline's year or a live page's time ("2019: ...", "19.40:
# ..."): a name has a letter.
_HANDLE_RE = re.compile(r"(?P<handle>(?=[\w.-]*[A-Za-z])[\w.'’-]{2,30}"
                        r"(?:\s+(?-i:[A-Z])[\w.'’-]{0,20}){0,3}):\s+\S.{0,400}")
_COMMENT_FORM_RE = re.compile(r"\b(comments?|reply|replies)\b", re.I)
_DISTINCT_HANDLES = 3


def _user_name(handle: str) -> bool:
    """Return True for a handle only a user name has: "Kari_N", "oceanfan77", "PedroT"."""
    # Not a surname's inner capital ("McAllister").
    return bool(re.search(r"_|[A-Za-z]\d|\d[A-Za-z]|^[a-z]|[a-z][A-Z]$", handle))


def handle_comments(lines: list[str], furniture: list[bool]) -> set[int]:
    """Return readers' comments written "handle: text", in a run beside the comment section.

    Args:
        lines: The page's normalised lines.
        furniture: Whether each line is furniture.

    Returns:
        The indexes of two or more "handle: text" lines in a row, right under or over a
        comment section's furniture ("Comments (12)", "Log in to comment."), when a handle is
        a user name's or three or more people under one-word names speak once each (an
        interview's "Solheim: ..." answers alternate between two speakers), or any such lines
        framed by a section's heading and its form ("Comments", ..., "Post a comment"),
        the heading and the form with them.
    """
    found: set[int] = set()
    handles_of = [None if flagged else _HANDLE_RE.fullmatch(line)
                  for line, flagged in zip(lines, furniture, strict=True)]
    i = 0
    while i < len(lines):
        if handles_of[i] is None:
            i += 1
            continue
        end = i
        while end < len(lines) and handles_of[end] is not None:
            end += 1
        handles = [m.group("handle") for m in handles_of[i:end] if m is not None]
        beside = [j for j in (i - 1, end) if 0 <= j < len(lines) and furniture[j]]
        # Names of several words ("Cllr Brown: ...") may be a report's speakers: only framed.
        people = (len(set(handles)) == len(handles) >= _DISTINCT_HANDLES
                  and not any(" " in handle for handle in handles))
        # Between a section's heading and its form ("Comments", ..., "Post a comment"), any
        # run is readers' comments.
        framed = (i > 0 and end < len(lines) and bool(_SECTION_RE.fullmatch(lines[i - 1]))
                  and bool(_SECTION_RE.fullmatch(lines[end])))
        if framed or (len(handles) >= 2 and any(_COMMENT_FORM_RE.search(lines[j]) for j in beside)
                      and (people or any(_user_name(h) for h in handles))):
            found.update(range(i - 1 if framed else i, end + 1 if framed else end))
        i = end
    return found


# A comment's header, its writer and when: "Wambui K. — 12 November 2026 at 10:14",
# "palaeo_phil · 2 hours ago".
_COMMENT_META_RE = re.compile(
    r"[^\s·•—–|][^·•—–|]{0,40}?\s+[·•—–|]\s+(?:\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?"
    rf"|days?|weeks?|months?|years?)\s+ago|\d{{1,2}}\s?[mhdw]\b(?:\s*[·•|].{{0,40}})?|yesterday"
    rf"|just\s+now|today|{MONTH_FIRST_DATE}"
    rf"|{DAY_FIRST_DATE}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}})(?:,?\s+(?:at\s+)?\d{{1,2}}[:.]\d\d"
    r"(?:\s*[ap]\.?m\.?)?)?", re.I)
# Or one to three words and a full date after a space alone ("Conor B 7 Nov 2026"), when a
# page has two such lines or more: a byline ("Kerry Dixon 11 November 2026") stands alone,
# and a dated line is no writer ("Posted 11 November 2026", "The hearing resumes on ...").
_SPACED_META_RE = re.compile(
    r"(?!(?:posted|published|updated|written|filed|last)\b)(?!.*\b(?:by|on|at|in)\s)"
    rf"[^\s·•—–|]+(?:\s+[^\s·•—–|]+){{0,2}}\s+(?:{DAY_FIRST_DATE}|{MONTH_FIRST_DATE})", re.I)
_COMMENT_TEXT_LINES = 4  # the longest comment, in lines, under its header
# A comment section's heading: "3 comments", "Comments (23)", "Sort by: Newest"; not a
# headline that mentions comments ("Minister declines to comment on leaked memo").
_SECTION_RE = re.compile(
    r"(?:\d+\s+)?(?:readers['’]?\s+)?(?:comments?|replies|responses)(?:\s*\(\d+\))?:?"
    # Readers' reviews by their count ("Rating: 4.6 (38 reviews)"); an arts page's "Reviews"
    # heads critics' reviews.
    r"|\d+\s+reviews|reviews\s*\(\d+\)|rating\s*:?\s*[\d.]+(?:\s*/\s*\d+)?\s*\(\d+\s+reviews?\)"
    r"|(?:show|view|load|read)\s+(?:all\s+)?(?:\d+\s+)?comments?|sort\s+by\s*:.{0,20}"
    r"|join the (?:discussion|conversation)|(?:leave|post|add) a (?:comment|reply)", re.I)
_HEADING_GAP = 3  # how far above the first comment the section's heading may stand
_BUTTON_LINES = 2  # a comment's buttons under it ("Reply", "Like (14)")


def dated_comments(lines: list[str], furniture: list[bool]) -> set[int]:
    """Return readers' comments under headers naming their writer and date, in a section.

    Args:
        lines: The page's normalised lines.
        furniture: Whether each line is furniture.

    Returns:
        The indexes of each header and the lines of text under it, up to the next header or
        furniture line, when a comment section's heading ("3 comments", "Comments (23)")
        stands in the three lines above the first header (a news list's "Atlantic 24 · 5
        hours ago" over a summary has none).
    """
    spaced = sum(bool(_SPACED_META_RE.fullmatch(line)) for line in lines) >= 2

    def header(line: str) -> bool:
        """Return True for a comment's header line."""
        return bool(_COMMENT_META_RE.fullmatch(line)
                    or (spaced and _SPACED_META_RE.fullmatch(line)))

    found: set[int] = set()
    i = 0
    while i < len(lines):
        above = lines[max(0, i - _HEADING_GAP):i]
        if not (header(lines[i])
                and any(_SECTION_RE.fullmatch(line) for line in above)):
            i += 1
            continue
        while i < len(lines) and header(lines[i]):
            end = i + 1
            while (end < len(lines) and end - i <= _COMMENT_TEXT_LINES and not furniture[end]
                   and not header(lines[end])):
                end += 1
            found.update(range(i, end))
            # The comment's buttons ("Reply", "Reply · Like (14)") before the next comment.
            i = end
            while (i < len(lines) and furniture[i] and i - end < _BUTTON_LINES
                   and not header(lines[i])):
                i += 1
            if i < len(lines) and not header(lines[i]):
                i = end
                break
        i += 1
    return found


def comments(lines: list[str], furniture: list[bool]) -> set[int]:
    """Return readers' comments of every form above: to "Reply", by handle, under a header.

    Args:
        lines: The page's normalised lines.
        furniture: Whether each line is furniture.

    Returns:
        The indexes of `comment_blocks`, `handle_comments` and `dated_comments` together.
    """
    return (comment_blocks(lines) | handle_comments(lines, furniture)
            | dated_comments(lines, furniture))


# "By Caitlin Morrow, ...", "Words by Isabel Cortázar Marín · ..." (not "Photo by Kenya Power").
_BYLINE_NAME_RE = re.compile(rf"(?i:(?:(?:{BYLINE_WORDS}|interview)\s+)?by)\s+"
                             r"(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})")
# What a site says of itself and of its reporter; a story's last line may start with the
# outlet's name too ("Reuters was unable to verify ...", "The BBC has contacted ...").
_SITE_NOTE = (r"is\s+(?:not|run|written|edited|published|produced|owned|funded|supported"
              r"|independent|part\s+of|an?|the|a\s+member)\b|does\s+not\b|welcomes\b"
              r"|follows\b|collects\b")
_AUTHOR_NOTE = r"is\s+(?:an?|the)\b|covers\b|writes\b|reports\s+on\b"


def byline_names(lines: list[str], furniture: list[bool]) -> list[str]:
    """Return the names in the page's bylines ("By Caitlin Morrow, Legal Affairs Reporter")."""
    names = []
    for line, flagged in zip(lines, furniture, strict=True):
        found = _BYLINE_NAME_RE.match(line) if flagged else None
        if found:
            names.append(found.group("name"))
    return names


def notes_on_site(line: str, *, outlet: str | None, authors: list[str]) -> bool:
    """Return True for a line on the outlet itself or on its reporter (at a page's foot).

    Args:
        line: One normalised line.
        outlet: The page's outlet, when known.
        authors: The names in the page's bylines.

    Returns:
        True when the line starts with the outlet's name, as written, and what a site says
        of itself ("The Weekly Specimen is written by ...", "Andes Football Weekly is not
        affiliated ..."), or with a byline's name and a reporter's description ("Caitlin
        Morrow is the Harbour City Times' legal affairs reporter.").
    """
    # A clause of its own says more than a site's note would: "The BBC is funded mainly by
    # the licence fee, which ministers have vowed to reform."
    name = re.sub(r"^The\s+", "", outlet) if outlet else ""
    if (name and re.match(rf"(?:The\s+)?{re.escape(name)}\s+(?:{_SITE_NOTE})", line)
            and not re.search(r",\s+(?:which|who|but|after|when|while|as|although)\b", line)):
        return True
    return any(re.match(rf"{re.escape(name)}\s+(?:{_AUTHOR_NOTE})", line) for name in authors)
