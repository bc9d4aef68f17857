"""Readers' posts found by their place: a forum thread's replies, a Q&A site's question.

A forum thread carries a story pasted into its first post and readers' replies under it,
each under a numbered header ("#2 · Sep 19, 2026 at 9:05 AM") with the poster's name and
rank above, or under its subject ("Re: ...") over "Post by <name> » <date>"; a Q&A site's
page opens with a reader's question ("I had a ring ... Did they get fined, and how much?");
a microblog thread's replies stand under other handles. `cleaning` drops the headers, the
replies and the question; a comment section is `comment_sections`'.
"""

from __future__ import annotations

import re

from retrieval.fact_words import DAY_FIRST_DATE, MONTH_FIRST_DATE
from retrieval.furniture import SENTENCE_END
from retrieval.page_kinds import HANDLE, MICROBLOG_COUNTER, POST_AGE

# A numbered post's header: "#2 · Sep 19, 2026 at 9:05 AM", "#14 | 3 hours ago".
_POST_RE = re.compile(
    r"#(?P<number>\d{1,4})\s*[·•|-]\s*(?:\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago|yesterday"
    rf"|today|{MONTH_FIRST_DATE}|{DAY_FIRST_DATE}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?", re.I)
_POSTER_LINES = 3  # a poster's name, rank, counts
POSTER_WORDS = 3  # "Well-known member"
_REPLY_LINES = 6  # the longest reply, in lines

# A reader tells of themselves, outside quotation marks ("I had a Pulsebit ring and got the
# email."), then asks and ends on a question; a story's rhetorical question is answered in the
# same paragraph, an explainer's headline only asks ("Will my bills go up? And what can I
# do?"), "World War I" and "My Lai" are names.
_FIRST_PERSON_RE = re.compile(r"\b(?:I\s+(?-i:[a-z])|[Mm]y\s+(?-i:[a-z])|me\b)")
_QUOTATION_RE = re.compile(r"[\"“”]")
_SENTENCE_RE = re.compile(r"[^.!?]+[.!?]+")
_QUESTIONS_ASKED = 2


def poster(line: str, *, words: int = POSTER_WORDS) -> bool:
    """Return True for a poster's name or rank over a post or comment: short, no sentence.

    Args:
        line: The page's line.
        words: The most words a name or rank has.

    Returns:
        True for a line of one to `words` words not ending like a sentence.
    """
    return 0 < len(line.split()) <= words and not line.endswith(SENTENCE_END)


def _poster_start(lines: list[str], furniture: list[bool], header: int) -> int:
    """Return where a post's poster lines begin over its header (its name, rank, counts)."""
    start = header
    while (start > 0 and header - start < _POSTER_LINES
           and (furniture[start - 1] or poster(lines[start - 1]))):
        start -= 1
    return start


def forum_posts(lines: list[str], furniture: list[bool]) -> set[int]:
    """Return a forum thread's post headers, with their posters, and its replies' text.

    Args:
        lines: The page's normalised lines.
        furniture: Whether each line is furniture.

    Returns:
        The indexes of each numbered header and the poster's lines over it, and of the text
        of every post after the first (the first carries the pasted story), up to the next
        post's lines or furniture; none for a page with fewer than two numbered posts
        under a poster's name.
    """
    posts = [(i, found) for i, line in enumerate(lines) if (found := _POST_RE.fullmatch(line))]
    starts = [_poster_start(lines, furniture, i) for i, _ in posts]
    # A forum's posts stand under their posters' names; a ranked list's "#2 · 20 May 2026"
    # entries do not.
    if sum(any(not furniture[j] for j in range(start, i))
           for start, (i, _) in zip(starts, posts, strict=True)) < 2:
        return set()
    found_lines: set[int] = set()
    for start, (i, _) in zip(starts, posts, strict=True):
        found_lines.update(range(start, i + 1))
    for k, (i, header) in enumerate(posts):
        if int(header.group("number")) < 2:
            continue
        end = starts[k + 1] if k + 1 < len(posts) else len(lines)
        j = i + 1
        while j < end and j - i <= _REPLY_LINES and not furniture[j]:
            found_lines.add(j)
            j += 1
    return found_lines


# A bulletin board's post header, unnumbered: "Post by Waveney_Wanderer » Mon 19 Oct 2026,
# 9:32am"; each reply stands under its subject line, "Re: <the thread's subject>".
_BY_POST_RE = re.compile(r"(?:post(?:ed)?\s+)?by\s+\S[^»|·]{0,40}?\s*[»|·]\s*[^»|·]{0,30}?"
                         r"\b(?:19|20)\d\d\b.{0,20}", re.I)
_SUBJECT_RE = re.compile(r"re:\s+\S.*", re.I)
_SUBJECTS = 2  # replies under subject lines: two at least


def subject_replies(lines: list[str], furniture: list[bool]) -> set[int]:
    """Return a bulletin board's replies: each under its "Re:" subject and its post header.

    Args:
        lines: The page's normalised lines.
        furniture: Whether each line is furniture.

    Returns:
        On a page where two "Re: ..." lines or more each stand over a "Post by <name> » <date>"
        header, the indexes of every such header (the first post's too), of the subject
        lines and of each reply's text up to the next subject or furniture; none otherwise
        (a blog's "Posted by X | 5 March 2026" over each of its posts has no subjects).
    """
    headers = [i for i, line in enumerate(lines) if _BY_POST_RE.fullmatch(line)]
    subjects = [i - 1 for i in headers if i > 0 and _SUBJECT_RE.fullmatch(lines[i - 1])]
    if len(subjects) < _SUBJECTS:
        return set()
    found = set(headers) | set(subjects)
    for subject in subjects:
        j = subject + 2
        while (j < len(lines) and j - subject - 1 <= _REPLY_LINES and not furniture[j]
               and j not in found and j + 1 not in headers):
            found.add(j)
            j += 1
    return found


def readers_questions(lines: list[str], furniture: list[bool]) -> set[int]:
    """Return the lines where a reader asks: a Q&A site's question, not a story's.

    Args:
        lines: The page's normalised lines.
        furniture: Whether each line is furniture.

    Returns:
        The indexes of story lines outside quotation marks that tell of the writer in the
        first person, ask two questions or more and end on one.
    """
    found: set[int] = set()
    for i, line in enumerate(lines):
        if furniture[i] or not line.endswith("?") or _QUOTATION_RE.search(line):
            continue
        sentences = _SENTENCE_RE.findall(line)
        asked = sum(s.endswith("?") for s in sentences)
        told = any(not s.endswith("?") and _FIRST_PERSON_RE.search(s) for s in sentences)
        if asked >= _QUESTIONS_ASKED and told:
            found.add(i)
    return found


# A microblog account's handle, after its name, maybe with the post's age: "Jonty Pell
# @jontyp@fellside.town · 2h"; a thread's counters ("Boost 212") show the page is one.
_HANDLE_RE = re.compile(rf"(?:.{{0,40}}\s)?(?P<handle>{HANDLE}){POST_AGE}")
_COUNTER_RE = re.compile(MICROBLOG_COUNTER, re.I)
_AGE_RE = re.compile(r"\d{1,2}\s?[smhdw]|[A-Z][a-z]{2} \d{1,2}, \d{4}(?:, \d{1,2}:\d\d)?")


def microblog_replies(lines: list[str]) -> set[int]:
    """Return the replies under a microblog thread: each paragraph under another's handle.

    Args:
        lines: The page's normalised lines.

    Returns:
        On a thread's page (one with its counters: "Boost 212"), the index of the paragraph
        right under each handle that is not the thread's author's (the page's first handle,
        on its profile), past a line giving the reply's age; none on other pages (a story
        quoting a post: "Hope Valley Police @hvpolice@police.social" over its text).
    """
    if not any(_COUNTER_RE.fullmatch(line) for line in lines):
        return set()
    handles = [(i, found.group("handle").lower()) for i, line in enumerate(lines)
               if (found := _HANDLE_RE.fullmatch(line))]
    found_lines: set[int] = set()
    for i, handle in handles[1:]:
        if handle == handles[0][1]:
            continue
        j = i + 1
        if j < len(lines) and _AGE_RE.fullmatch(lines[j]):
            j += 1
        if j < len(lines) and not _HANDLE_RE.fullmatch(lines[j]):
            found_lines.add(j)
    return found_lines
