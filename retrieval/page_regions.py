"""Parts of a scraped page told by their place among its lines: link lists, tables, teasers.

What `cleaning` needs beyond a line's own wording (furniture.py): lines listed under "Related
stories", a "|" table's rows (kept), a teaser repeating a fuller line, a masthead's motto.
"""

from __future__ import annotations

import re

from retrieval.furniture import LIST_HEADING_RE, SENTENCE_END, is_boilerplate, is_menu
from retrieval.page_notices import LATE_LIST_HEADINGS

_LINK_TITLE_WORDS = 20
_TAGLINE_WORDS = 6  # a site's motto under its masthead is short
_STORY_WORDS = 8  # a line ending like a sentence and this long is a story's, not a motto
_BIO_HEADING_RE = re.compile(r"about the (author|writer|reporter)s?|author bio(graphy)?", re.I)
_ELLIPSIS_RE = re.compile(r"\s*(\.\.\.|…)\s*$")
_LATE_LIST_RE = re.compile(LATE_LIST_HEADINGS, re.I)


def reads_as_story(line: str) -> bool:
    """Return True for a line ending like a sentence, long enough to be a story's, not a motto."""
    return line.endswith(SENTENCE_END) and len(line.split()) >= _STORY_WORDS


def is_link_title(line: str, *, listed: bool = False) -> bool:
    """Return True for a line that may be another page's headline in a list of links.

    Args:
        line: One normalised line of a page.
        listed: Whether the line stands under a link list's heading, where a closing quote
            ends no sentence ('Miedzianów remembers 1997: "We thought it could never happen
            again"'); a story's last paragraph may end so ('... said only: “We’ll see”').

    Returns:
        True for an unpunctuated line of at most twenty words.
    """
    bare = line.rstrip("\"”’'") if listed else line
    return not bare.endswith(SENTENCE_END) and len(line.split()) <= _LINK_TITLE_WORDS


def link_lists(lines: list[str], furniture: list[bool]) -> set[int]:
    """Return the lines listed under link-list headings, and authors' biographies.

    Args:
        lines: The page's normalised lines.
        furniture: Whether each line is furniture by its wording.

    Returns:
        The indexes of the listed lines (other pages' headlines) and biography paragraphs.
    """
    # A list runs to the story's next sentence; a biography is the paragraph under "About...".
    listed: set[int] = set()
    under_heading = under_bio = begun = False
    for i, line in enumerate(lines):
        label = re.sub(r"^[^\w]+", "", line.rstrip(":"))
        begun = begun or (not furniture[i] and reads_as_story(line))
        if furniture[i] and (LIST_HEADING_RE.fullmatch(label)
                             or (begun and _LATE_LIST_RE.fullmatch(label))):
            under_heading = True
        elif furniture[i] and _BIO_HEADING_RE.fullmatch(label):
            under_bio = True
        elif not furniture[i] and (under_bio or (under_heading and (
                is_link_title(line, listed=True) or is_link_title(line.rstrip("?"))))):
            listed.add(i)
            under_bio = False
        elif not furniture[i]:
            under_heading = False
    return listed


def _is_table(lines: list[str]) -> bool:
    """Return True for two or more rows with as many "|" cells each, one holding a number."""
    counts = {len(line.split("|")) for line in lines}
    return (len(lines) >= 2 and len(counts) == 1 and counts.pop() >= 2
            and any(re.search(r"\d", line) for line in lines))


def table_runs(lines: list[str]) -> list[tuple[int, int]]:
    """Return the (start, end) of each run of lines that make a "|" table ("Month | Rain").

    Args:
        lines: The page's normalised lines.

    Returns:
        Half-open index ranges of two or more rows with as many cells, one holding a number.
    """
    runs: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(lines) + 1):
        same = (i < len(lines) and "|" in lines[i] and "|" in lines[start]
                and lines[i].count("|") == lines[start].count("|")
                and not is_boilerplate(lines[i], bars=False)
                and not is_boilerplate(lines[start], bars=False))
        if not same:
            if _is_table(lines[start:i]):
                runs.append((start, i))
            start = i
    return runs


def masthead_key(name: str) -> str:
    """Return a name as mastheads vary it: "USA TODAY", "usatoday", "The Age" and "Age".

    Args:
        name: An outlet's name or a page's line.

    Returns:
        The name case-folded, without a leading "the" and without spaces or punctuation.
    """
    return re.sub(r"^the\s+|\W", "", name.casefold())


def drop_taglines(lines: list[str], furniture: list[bool], mastheads: set[int]) -> None:
    """Mark as furniture, in `furniture` itself, the short motto under a masthead.

    Args:
        lines: The page's lines.
        furniture: Whether each line is furniture; a motto's entry is set to True.
        mastheads: The lines that are the outlet's name (furniture already).
    """
    # Between the masthead and a menu, a headline still to come ("Your community, your news");
    # a short line under the masthead, over a byline, date line or share button, is the headline.
    for i in range(len(lines) - 3):
        motto = lines[i + 1]
        if (i in mastheads and not furniture[i + 1]
                and is_menu(lines[i + 2]) and len(motto.split()) <= _TAGLINE_WORDS
                and not motto.endswith(SENTENCE_END)
                and _headline_follows(lines, furniture, i + 3)):
            furniture[i + 1] = True


def _headline_follows(lines: list[str], furniture: list[bool], start: int) -> bool:
    """Return True when a line that is neither furniture nor a sentence comes from start on."""
    for line, dropped in zip(lines[start:], furniture[start:], strict=True):
        if not dropped:  # furniture may end like a sentence: "Subscribe to our newsletter!"
            return not line.endswith(SENTENCE_END)
    return False


def is_teaser(line: str, others: list[str]) -> bool:
    """Return True for a truncated line ("... as ...") whose stem appears in a fuller line.

    Args:
        line: One normalised line of a page.
        others: All the page's lines.

    Returns:
        True when the line ends in an ellipsis and another, longer line holds its words.
    """
    if not _ELLIPSIS_RE.search(line):
        return False
    stem = _ELLIPSIS_RE.sub("", line)
    # The last word of a teaser is often cut mid-word, so match without it.
    stem = stem.rsplit(" ", 1)[0] if " " in stem else stem
    if len(stem) < 15:
        return False
    for other in others:
        if other is line or len(other) <= len(stem):
            continue
        if stem in other:
            return True
        # Breadcrumbs prefix the teaser with navigation words ("Home NorthKorea ...").
        words = stem.split(" ")
        for cut in range(1, min(4, len(words) - 2) + 1):
            tail = " ".join(words[cut:])
            if len(tail) >= 15 and other.startswith(tail):
                return True
    return False


# A press release ends at "###" (or "-30-", "- ENDS -"): what follows is the site's.
_END_MARKER_RE = re.compile(r"#{3}|-\s*30\s*-|[-–—]*\s*ends\s*[-–—]*", re.I)


def end_marker(lines: list[str], furniture: list[bool]) -> int | None:
    """Return the index of the line that ends a press release ("###"), or None.

    Args:
        lines: The page's normalised lines.
        furniture: Whether each line is furniture by its wording.

    Returns:
        The first marker with no story sentence after it (a "###" between two parts of a
        story divides them; it ends nothing), or None.
    """
    last_sentence = max((j for j, line in enumerate(lines)
                         if not furniture[j] and reads_as_story(line)), default=-1)
    return next((i for i, line in enumerate(lines)
                 if i > last_sentence and _END_MARKER_RE.fullmatch(line)), None)


def above_title(lines: list[str], furniture: list[bool], title: str) -> set[int]:
    """Return the site's lines above the known headline: mastheads, labels, menus.

    Args:
        lines: The page's normalised lines.
        furniture: Whether each line is furniture.
        title: The article's known title (from metadata).

    Returns:
        The indexes of the lines above the headline's first occurrence that end no sentence
        (a short line ending like one, "The vote was 7-2.", may be the story's), when none of
        them reads as a story's sentence (the story starts under its headline); else none.
    """
    wanted = title.casefold()
    at = next((i for i, line in enumerate(lines) if line.casefold() == wanted), None)
    if at is None:
        return set()
    if any(not furniture[i] and reads_as_story(lines[i]) for i in range(at)):
        return set()
    return {i for i in range(at)
            if not lines[i].endswith(SENTENCE_END) or lines[i].endswith(("...", "…"))}
