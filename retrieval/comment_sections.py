"""A comment section under a story: where its heading ends the story, its comments' bars.

A blog or a news page ends its story where its comment section begins ("Responses (18)", "3
comments", "Comments" over a comment); under a community group's post, comments stand over
"Like · Reply · 1d" bars. `cleaning` ends the story at the heading and drops the comments.
"""

from __future__ import annotations

import re

from retrieval.fact_words import DAY_FIRST_DATE, MONTH_FIRST_DATE, MONTHS, WEEKDAYS
from retrieval.furniture_wording import NUMERIC_DATE
from retrieval.page_regions import reads_as_story
from retrieval.reader_posts import POSTER_WORDS, poster

# A comment section's heading, alone on its line, with its count: "Responses (18)", "3
# comments", "Comments (23)"; not an explainer's "Responses" or "Replies:" section.
_SECTION_RE = re.compile(r"\d+\s+(?:readers['’]?\s+)?(?:comments?|responses|replies)"
                         r"|(?:readers['’]?\s+)?(?:comments?|responses|replies)\s*\(\d+\)", re.I)
# Without its count ("Comments", "Members' comments"), only over a comment: a commenter's
# name, "Name: text", "Name, 3/11/2026: text", "Name — 3 Nov 2026 — text", "Add a comment"
# (not a consultation's "Comments can be made online").
_BARE_SECTION_RE = re.compile(r"(?:(?:members|readers|reader|your)['’]?\s+)?comments", re.I)
# An explainer may have a "Responses" section ("The council: ..."), and a form's "Leave a
# reply" may head the comments: only over a dated comment.
_DATED_SECTION_RE = re.compile(r"responses|replies|leave\s+a\s+(?:comment|reply)", re.I)
# Not a dated notice: "Tuesday, 4 March 2031: ...", "Update — 4 March 2031 — ...".
_COMMENTER = (rf"(?!(?:{WEEKDAYS}|{MONTHS}|updated?|deadline|closing|posted|published|date"
              r"|when|where|time|note|notice|editor)\b)"
              r"(?-i:[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}|[a-z_][\w.]*)")
_WHEN = (rf"(?:{NUMERIC_DATE}|{DAY_FIRST_DATE}|{MONTH_FIRST_DATE})"
         r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]m)?)?")
# "Name on 3 Nov 2026 — text", or the date alone after "says": "Name says: 3/11/2026 at 10:05".
_DATED_TEXT = rf"\s+{_WHEN}\s*(?::|\s[—–·|])\s+\S"
_SAYS_WHEN = rf"\s+(?:says|wrote):?\s+{_WHEN}$"
_DATED_COMMENT_RE = re.compile(
    rf"{_COMMENTER}(?:(?:,|\s+[—–·|]|\s+on){_DATED_TEXT}|{_SAYS_WHEN})", re.I)
# Under "Responses", only a commenter's forms: "Name on <date> — text", "Name says: <date>"
# (not a consultation's "Natural Trust, 4 May 2026: We support ...").
_REPLY_RE = re.compile(rf"{_COMMENTER}(?:\s+on{_DATED_TEXT}|{_SAYS_WHEN})", re.I)
_COMMENT_RE = re.compile(rf"{_COMMENTER}:\s+\S|(?:write|add|post|leave)\s+a\s+comment\b", re.I)
_SENTENCES_BEFORE_COMMENTS = 3  # story sentences above a comment section's heading

# A comment's bar of buttons under it, with its age or its votes: "Like · Reply · 1d", "⬆ 388 ·
# Reply · Share" (not an embedded post's "Reply · Copy link", nor "Reply" alone).
_REPLY_BAR_RE = re.compile(r"(?:[^·•|]{1,20}\s*[·•|]\s*)?reply(?:\s*[·•|]\s*[^·•|]{1,20}){1,3}"
                           r"|[^·•|]{1,20}\s*[·•|]\s*reply", re.I)
_BAR_MARK_RE = re.compile(r"\b\d+\s?[smhdw]\b|\b\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago\b"
                          r"|^\W*\d", re.I)
_COMMENT_LINES_OVER_BAR = 3  # a comment's name and its text over its bar
_COMMENTER_WORDS = POSTER_WORDS + 1  # "Bev Kowalczyk · Admin"
_BARS = 2  # comments under their bars: two at least


def comment_section_start(lines: list[str], furniture: list[bool]) -> int | None:
    """Return where a comment section begins after the story (its heading), or None.

    Args:
        lines: The page's normalised lines.
        furniture: Whether each line is furniture.

    Returns:
        The index of the first comment section heading ("Responses (18)"; "Comments" over a
        comment) with story sentences above it (a menu's "Comments" begins nothing), or None.
    """
    above = 0
    for i, line in enumerate(lines):
        after = lines[i + 1] if i + 1 < len(lines) else ""
        dated = bool(_DATED_COMMENT_RE.match(after))
        if above >= _SENTENCES_BEFORE_COMMENTS and (_SECTION_RE.fullmatch(line) or (
                _BARE_SECTION_RE.fullmatch(line)
                and (poster(after) or dated or _COMMENT_RE.match(after)))
                or (_DATED_SECTION_RE.fullmatch(line) and _REPLY_RE.match(after))):
            return i
        if not furniture[i] and reads_as_story(line):
            above += 1
    return None


def reply_bar_comments(lines: list[str], furniture: list[bool]) -> set[int]:
    """Return readers' comments under a post, each under its name and over its bar of buttons.

    Args:
        lines: The page's normalised lines.
        furniture: Whether each line is furniture.

    Returns:
        The indexes of each comment's name, text and "Like · Reply · 1d" bar, from the first
        comment to the last, when two such bars stand there with a commenter's name over
        each; none otherwise.
    """
    bars = [i for i, line in enumerate(lines)
            if _REPLY_BAR_RE.fullmatch(line) and _BAR_MARK_RE.search(line)]
    found: set[int] = set()
    previous = -1
    for bar in bars:
        # The commenter's name over the comment's text over the bar; none, no comment here.
        names = [j for j in range(max(previous + 1, bar - _COMMENT_LINES_OVER_BAR), bar - 1)
                 if poster(lines[j], words=_COMMENTER_WORDS)]
        if not names:
            continue
        # Between two bars, a reply's comment (its name, its text) is a comment too.
        near = previous >= 0 and names[-1] - previous <= _COMMENT_LINES_OVER_BAR + 1
        found.update(range(previous + 1 if near else names[-1], bar + 1))
        previous = bar
    return found if len([b for b in bars if b in found]) >= _BARS else set()
