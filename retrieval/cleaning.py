"""Raw scraped article text -> cleaned text: web boilerplate out, every real sentence kept.

HTML pages go through trafilatura first (see markup.py); what arrives here is plain text,
one page element per line, where no library helps: jusText, tried on such text wrapped in
paragraphs, dropped an article's short opening sentences and kept its footer. So the rules
are our own: page furniture is recognised by its wording (share bars, cookie notices,
newsletter sign-ups) and by its place (a page's footer, after the article's last sentence).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass

from retrieval.fact_patterns import DAY_FIRST_DATE, MONTH_FIRST_DATE, WEEKDAYS
from retrieval.furniture import SENTENCE_END, is_boilerplate, is_credit, is_menu, is_spaced_bar
from retrieval.furniture_wording import BYLINE_WORDS, NAMELESS_BYLINE, NUMERIC_DATE
from retrieval.page_boxes import boxes, notes_to_editors
from retrieval.page_regions import (
    above_title,
    captions_over_credits,
    drop_taglines,
    end_marker,
    is_teaser,
    link_lists,
    masthead_key,
    reads_as_story,
    table_runs,
)
from retrieval.site_voice import comments, footer_start

logger = logging.getLogger(__name__)

_LABEL_WORDS = 2
_SENTENCE_WORDS = 16  # longer than headlines are
_HEADLINE_WORDS = 5  # a headline over a standfirst is this long; a site's name is shorter
_TITLE_CHARS = 120


@dataclass(frozen=True)
class CleanedText:
    """The article body after cleaning, the title it appeared under, and what was dropped."""

    text: str
    title: str | None
    dropped: tuple[str, ...]


def normalize_line(line: str) -> str:
    """Return the line NFC-normalised with non-breaking and repeated whitespace collapsed."""
    line = unicodedata.normalize("NFC", line).replace("\u00a0", " ").replace("\u200b", "")
    return re.sub(r"[ \t\f\v]+", " ", line).strip()


_BYLINE_OR_DATE_RE = re.compile(
    # "Kenji Abara-Morrow, Staff Reporter": a byline with the role instead of "by".
    r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3},\s+(?:(?i:senior|staff|contributing|associate"
    r"|managing|deputy|chief|special)\s+)*(?i:editor|reporter|writer|correspondent|columnist"
    r"|contributor)\b|"
    rf"(?i:(?:(?:{BYLINE_WORDS}|live\s+(?:updates|coverage))\s+)?by\s+\S"
    rf"|via\s+\S|(?:last\s+)?(?:updated|published|posted|filed)\b|(?:(?:{WEEKDAYS}),?\s+)?"
    rf"{MONTH_FIRST_DATE}|{DAY_FIRST_DATE}|{NUMERIC_DATE}"
    # A byline naming no one: "Staff Reporter", "Our Special Correspondent", "Web Desk".
    rf"|{NAMELESS_BYLINE})")


def _header_labels(lines: list[str], furniture: list[bool], menus: list[bool],
                   mastheads: set[int]) -> set[int]:
    """Return the lines around the headline that are the site's: labels, credits, mottos."""
    # Above the article's first sentence. The headline is the page's first line, or after
    # furniture the first longer line: "SciTech" above "IBM Sells PC Unit to China's Lenovo".
    # Under the site's menus, when there are any before the story's lead (a long sentence):
    # above and between them are the site's name, motto and section labels, unless a line
    # there reads like a story's sentence (not the motto right under the masthead: "Your
    # Valley. Your News.").
    lead = next((i for i, line in enumerate(lines) if not furniture[i] and reads_as_story(line)),
                len(lines))
    menu_lines = [i for i in range(lead) if menus[i]]
    below = _header_from(lines, furniture, menu_lines[-1] + 1) if menu_lines else []
    above = {i for i in range(menu_lines[-1]) if not furniture[i]} if menu_lines else set()
    story_above = any(lines[i].endswith(SENTENCE_END) and i - 1 not in mastheads for i in above)
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
        # An abbreviation alone ends no sentence: "U.S." is a section's label; nor does a
        # closing quote: 'No, the vaccine was not tested on "only 600 people"'.
        if (re.search(r"[.!?][\"'”’)]*$", lines[i])
                and not re.fullmatch(r"(?:[A-Z]\.){2,}", lines[i])):
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
    bylined = next((i for i in header if not _is_shouting(lines[i])
                    and len(lines[i].split()) > _LABEL_WORDS
                    and _over_byline(lines, furniture, i, header=in_header)), None)
    # Over a standfirst ("Midwestern grocer bets on expansion ..."), the headline is the line
    # right above it.
    if (bylined is not None and bylined - 1 in header and not furniture[bylined - 1]
            and len(lines[bylined - 1].split()) >= _HEADLINE_WORDS
            and not _is_shouting(lines[bylined - 1])):
        bylined -= 1  # a site's name above is shorter: "The Harbor Times"
    if bylined is not None:
        return {i for i in header if i < bylined or len(lines[i].split()) <= _LABEL_WORDS}
    # After furniture, labels alone ("POLITICS") leave the headline to the next line, and so
    # does a line in capitals (a site's tagline under its masthead: "THE INTERNET NEWSPAPER:
    # NEWS BLOGS VIDEO COMMUNITY"), unless no other line could be the headline.
    # The page's first line is its headline whatever its case ("STORM HITS CORK").
    longer = [i for i in header if len(lines[i].split()) > _LABEL_WORDS]
    headline = 0 if header[0] == 0 else next(
        (i for i in longer if not _is_shouting(lines[i])), longer[0] if longer else None)
    return {i for i in header if i != headline and (
        len(lines[i].split()) <= _LABEL_WORDS
        or (headline is not None and i < headline and _is_shouting(lines[i])))}


def _bylines(lines: list[str], furniture: list[bool], at: int) -> bool:
    """Return True when the line at `at` is furniture reading as a byline or a date line."""
    return at < len(lines) and furniture[at] and bool(_BYLINE_OR_DATE_RE.match(lines[at]))


def _over_byline(lines: list[str], furniture: list[bool], at: int, *,
                 header: set[int] | frozenset[int] = frozenset()) -> bool:
    """Return True for a line over a byline, or over a standfirst or the site's line over it."""
    # The site's line is as long as a sentence: a wiki's "From OpenChronicle, the free news
    # source you can write!"; not "Advertisement" between a deck and its byline.
    return _bylines(lines, furniture, at + 1) or (
        at + 1 not in header and at + 1 < len(lines)
        and (not furniture[at + 1] or len(lines[at + 1].split()) >= _HEADLINE_WORDS)
        and _bylines(lines, furniture, at + 2))


def _is_sentence(line: str) -> bool:
    """Return True for a line that reads as the story's text, not a headline."""
    # Headlines may end in a full stop ("Trump will visit the UK in July."), but they are
    # short and one sentence; a pasted story's first paragraph is neither.
    return line.endswith((".", "!", ".\"", ".”")) and (
        len(line.split()) >= _SENTENCE_WORDS or bool(re.search(r"[.!?][\"”’]?\s+[A-Z\"“]", line)))


def _shortened(line: str) -> str:
    """Return a line cut to a title's length at a word boundary."""
    return line if len(line) <= _TITLE_CHARS else line[:_TITLE_CHARS - 1].rsplit(" ", 1)[0] + "…"


def _is_shouting(line: str) -> bool:
    """Return True for a line written in capitals ("THE INTERNET NEWSPAPER")."""
    return line.upper() == line and any(c.isalpha() for c in line)


def clean_text(raw: str, *, title: str | None = None, title_in_text: bool = True,
               outlet: str | None = None) -> CleanedText:
    """Strip web boilerplate and the duplicated headline block from scraped article text.

    Args:
        raw: The article text as scraped, one paragraph or page element per line.
        title: The known title; when None, the first line that is not boilerplate is taken.
        title_in_text: Whether the text starts with its headline (scraped pages, .txt). When
            False (a JSON or HTML body without a title), the first line is only borrowed as
            the title and stays in the body.
        outlet: The publisher, when known: a line that is only its name is the masthead, and
            one starting with its name and a note on itself at the page's foot is the site's.

    Returns:
        The cleaned body (paragraphs joined by blank lines), the title, and the dropped lines.
    """
    pairs = [(normalize_line(line), line) for line in raw.splitlines()]
    pairs = [(line, scraped) for line, scraped in pairs if line]
    lines = [line for line, _ in pairs]
    masthead = masthead_key(outlet) if outlet else None
    mastheads = {i for i, line in enumerate(lines)
                 if masthead is not None and masthead_key(line) == masthead}
    furniture = [is_boilerplate(line) or is_spaced_bar(scraped) or is_teaser(line, lines)
                 or i in mastheads for i, (line, scraped) in enumerate(pairs)]
    drop_taglines(lines, furniture, mastheads)
    for start, end in table_runs(lines):
        furniture[start:end] = [False] * (end - start)  # a table's rows, not a bar of links
    # A list under a menu's "Top Stories" ends at the headline over the byline (or over a
    # standfirst over it).
    listed = link_lists(lines, furniture)
    listed -= {i for i in listed if _over_byline(lines, furniture, i)}
    listed |= comments(lines, furniture) | boxes(lines)
    furniture = [f or i in listed for i, f in enumerate(furniture)]
    # Not the story's first paragraph under its byline over an uncaptioned photo's credit.
    captions = {i for i in captions_over_credits(lines, furniture,
                                                 [is_credit(line) for line in lines])
                if not _bylines(lines, furniture, i - 1)}
    furniture = [f or i in captions for i, f in enumerate(furniture)]
    # A press release's "###" or its notes to editors end the story.
    ends = [i for i in (end_marker(lines, furniture), notes_to_editors(lines, furniture))
            if i is not None]
    footer = min([footer_start(lines, furniture, outlet=outlet), *ends])
    if title is not None:  # the site's lines above the known headline, found once
        above = above_title(lines, furniture, normalize_line(title))
        furniture = [f or i in above for i, f in enumerate(furniture)]
    menus = [furniture[i] and is_menu(line, scraped) for i, (line, scraped) in enumerate(pairs)]
    labels = _header_labels(lines, furniture, menus, mastheads)
    dropped: list[str] = []
    kept: list[str] = []
    for i, line in enumerate(lines):
        if furniture[i] or i >= footer or i in labels:
            dropped.append(line)
        else:
            kept.append(line)
    given_title = title is not None
    if title is None and kept and (not title_in_text or _is_sentence(kept[0])):
        # No headline in the text, or lost (the first kept line is a sentence of the story):
        # the first line names the article and stays in it.
        return CleanedText(text="\n\n".join(kept), title=_shortened(kept[0]),
                           dropped=tuple(dropped))
    if title is None and kept:
        title = kept[0]
    if title:
        norm_title = normalize_line(title).casefold()
        body: list[str] = []
        for line in kept:
            if line.casefold() == norm_title:
                dropped.append(line)
            else:
                body.append(line)
        # A body that only repeats the headline it was given is still that article's text.
        kept = body or (kept if given_title else body)
    if dropped:
        logger.debug("dropped %d boilerplate lines: %r", len(dropped), dropped)
    return CleanedText(text="\n\n".join(kept), title=title, dropped=tuple(dropped))

