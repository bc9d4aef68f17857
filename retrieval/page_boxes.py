"""Boxes and sections a page sets apart from its story, found by their place and shape.

An e-mail's headers under its sender, a live page's index of its entries, a press release's
notes to editors, a company's "About X" box, a pull-quote: `cleaning` drops them with the
furniture. A box of fields ("Court: ...", "Status: Judgment reserved", "Parking spaces
removed: 48") states facts and stays.
"""

from __future__ import annotations

import re

from retrieval.furniture import SENTENCE_END
from retrieval.page_regions import reads_as_story

_HEADER_RE = re.compile(r"(?:to|cc|subject|date|sent|reply-to):\s.{1,200}", re.I)
_SENDER_RE = re.compile(r"from:\s.{0,80}<\S+@\S+>", re.I)


def email_headers(lines: list[str]) -> set[int]:
    """Return the header lines under an e-mail's sender ("To:", "Subject:", "Date:")."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        if _SENDER_RE.fullmatch(line):
            j = i + 1
            while j < len(lines) and _HEADER_RE.fullmatch(lines[j]):
                found.add(j)
                j += 1
    return found


_ENTRY_RE = re.compile(r"(?P<time>\d{1,2}[:.]\d{2})\s+\S.{0,150}")


def key_event_index(lines: list[str]) -> set[int]:
    """Return a live page's index of its entries: "19:40 Death toll rises to three".

    Args:
        lines: The page's normalised lines.

    Returns:
        The indexes of unpunctuated "time title" lines whose time stands alone on a later
        line, the entry itself; a timeline with no such entries stays.
    """
    times = {line: i for i, line in enumerate(lines) if re.fullmatch(r"\d{1,2}[:.]\d{2}", line)}
    found: set[int] = set()
    for i, line in enumerate(lines):
        entry = _ENTRY_RE.fullmatch(line)
        if (entry and not line.endswith(SENTENCE_END)
                and times.get(entry.group("time"), -1) > i):
            found.add(i)
    return found


_NOTES_HEADING_RE = re.compile(r"notes? (?:to|for) editors|editor['’]?s notes", re.I)
_STORY_BEFORE_NOTES = 2


def notes_to_editors(lines: list[str], furniture: list[bool]) -> int | None:
    """Return where a press release's "Notes to editors" begin (the rest is the site's).

    Args:
        lines: The page's normalised lines.
        furniture: Whether each line is furniture.

    Returns:
        The index of the heading, when a story stands above it (two of its lines reading as
        a story's at least, furniture not counted: an "Editor's Notes" column rubric heads a
        story), or None.
    """
    told = 0
    for i, line in enumerate(lines):
        if told >= _STORY_BEFORE_NOTES and _NOTES_HEADING_RE.fullmatch(line.rstrip(":")):
            return i
        told += not furniture[i] and reads_as_story(line)
    return None


_ABOUT_RE = re.compile(r"About\s+(?P<name>(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z&][\w&.'’-]*"
                       r"|plc|ltd|inc|llc|gmbh|of|and|for))+)")
# What a company's boilerplate says of it: "Tessaro Infrastructure Group plc is a London-listed
# engineering and construction company ...", "Kvarstad Aerospace AS is a Norwegian launch
# company ..." under "About Kvarstad Aerospace" (not "Kisumu Queens were founded in 2009 ...").
_COMPANY_RE = re.compile(r"(?:,?\s+(?-i:AS|ASA|AB|AG|SA|NV|BV|Oy|plc|Ltd|Inc|LLC|GmbH)\.?)?"
                         r"(?:\s+\([^()]{1,40}\))?\s+(?:is\s+(?:an?|the|one\s+of)\s+[^.]{0,120}"
                         r"\b(?:compan(?:y|ies)|firms?|groups?|providers?|organi[sz]ations?"
                         r"|manufacturers?|developers?|operators?|business(?:es)?|banks?|networks?"
                         r"|platforms?|charit(?:y|ies)|non-?profits?|agenc(?:y|ies)|producers?"
                         r"|suppliers?|specialists?)\b|(?:designs|builds|provides|operates|develops"
                         r"|manufactures|makes|owns|runs)\b)")


def about_boxes(lines: list[str]) -> set[int]:
    """Return a company's "About X" box: the heading and the paragraph describing X under it.

    Args:
        lines: The page's normalised lines.

    Returns:
        The indexes of an "About Tessaro Infrastructure Group plc" heading and of the
        paragraph under it that starts with that name and says what kind of company it is.
    """
    found: set[int] = set()
    for i in range(len(lines) - 1):
        about = _ABOUT_RE.fullmatch(lines[i].rstrip(":"))
        name = about.group("name") if about else ""
        if name and lines[i + 1].startswith(name) and _COMPANY_RE.match(lines[i + 1][len(name):]):
            found |= {i, i + 1}
    return found


# A line that is a quotation alone: '"The rescue was the easy bill to pay"'.
# ... the story's line saying who said them: a headline quoting a paragraph says no one did
# ("'It was like a bomb going off': families describe fire ordeal").
_SAID_RE = re.compile(r"\b(said|says|told|tells|added|adds|explained|recalled)\b")
_QUOTED_RE = re.compile(r"[\"“”'‘’](?P<words>[^\"“”]{12,250}?)[.,!?]?[\"“”'‘’]")


def pull_quotes(lines: list[str]) -> set[int]:
    """Return pull-quotes: a quotation alone on its line, repeating words of a longer line.

    Args:
        lines: The page's normalised lines.

    Returns:
        The indexes of lines that only quote words the story says in a longer line naming
        who said them ('"The rescue was the easy bill to pay"' over '"The rescue was the
        easy bill to pay," Marchbank said.').
    """
    found: set[int] = set()
    for i, line in enumerate(lines):
        quoted = _QUOTED_RE.fullmatch(line)
        words = quoted.group("words").casefold() if quoted else ""
        if words and any(len(other) > len(line) and words in other.casefold()
                         and _SAID_RE.search(other) for other in lines):
            found.add(i)
    return found


def boxes(lines: list[str]) -> set[int]:
    """Return the lines of the boxes above that a page sets apart wherever they stand.

    Args:
        lines: The page's normalised lines.

    Returns:
        The indexes of `email_headers`, `key_event_index`, `about_boxes` and `pull_quotes`
        together (notes to editors end the story instead: see `notes_to_editors`).
    """
    return email_headers(lines) | key_event_index(lines) | about_boxes(lines) | pull_quotes(lines)
