"""The headline block of a scraped page: the headline, and the site's lines around it.

The headline stands over its byline or date line (or over a standfirst over it); above it
are the site's name, motto and section labels, under the site's menus when there are any.
`cleaning` drops the labels and takes the headline for the title.
"""

from __future__ import annotations

import itertools
import re

from retrieval.byline import HEADLINE_WORDS, bylines, over_byline
from retrieval.fact_words import MONTHS
from retrieval.furniture import SENTENCE_END
from retrieval.page_regions import reads_as_story

_LABEL_WORDS = 2
_SENTENCES_ABOVE = 2  # sentences above the menus that show the story began there
_NOTICE_WORDS = 8  # a site's notice over the headline is shorter than a story's sentence
_NOTICES = 2  # a site's notices stacked over the headline, past the first
_NOTICE_MAX_WORDS = 25  # and each is short: "Kitchen open 12pm-8pm. Tours on Saturdays."
_BANNER_GAP = 5  # a banner (or the headline) stands at most four lines above the byline
_MENU_ITEM_WORDS = 4  # a menu's item is this short: "Displays for Events", "Support the Shed"
_MENU_ITEMS = 3  # a menu has at least this many items
_MENU_SPAN = 16  # and the headline stands fewer lines than this under the notice
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
# A blog's section heading over its post: "News from the bakehouse", "From the blog", "Quay
# Notes - the boatyard blog".
_SECTION_RE = re.compile(r"^(?:(?:the\s+)?latest\s+)?(?:news|updates?|stories|posts|blog)"
                         r"(?:\s+(?:from|at)\s+(?:the\s+|our\s+)?[\w'’&-]+(?:\s+[\w'’&-]+){0,3})?$"
                         r"|^from\s+(?:the|our)\s+(?:blog|journal|diary|newsroom)$"
                         r"|^[\w'’&]+(?:\s+[\w'’&]+){0,3}\s+[–—-]\s+(?:the|our)\s+(?:[\w'’&-]+\s+){0,2}"
                         r"(?:blog|journal|diary|newsletter)$", re.I)
# A field's line is no headline: "Location: PSE offices, Canary Wharf, London".
_FIELD_RE = re.compile(r"^(?:location|venue|from|to|date|time|where|when|ref|reference|category"
                       r"|categories|tags?|filed under|posted in|subject|author)\s*:", re.I)


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
    # a sentence with a menu right under it and no byline above it. Nor is a motto over a
    # menu laid out one item a line ("Come and see us - we're open all year!" over "Home",
    # "Our Shop", "Visit Us").
    story = [i for i, line in enumerate(lines) if not furniture[i] and reads_as_story(line)]
    after = dict(itertools.pairwise(i for i in range(len(lines)) if not furniture[i]))
    first_byline = next((i for i in range(len(lines)) if bylines(lines, furniture, i)),
                        len(lines))
    lead = next((i for i in story if i > first_byline or not (
        any(menus[i + 1:after.get(i, len(lines))])
        or _menu_items(lines, furniture, i)[0] >= _MENU_ITEMS)), len(lines))
    menu_lines = [i for i in range(lead) if menus[i]]
    below = _header_from(lines, furniture, menus, menu_lines[-1] + 1) if menu_lines else []
    above = {i for i in range(menu_lines[-1]) if not furniture[i]} if menu_lines else set()
    # Two such sentences, or one under a byline: one alone may be the site's notice, and so
    # is one over the site's trail over the headline and its byline.
    sentences = sum(lines[i].endswith(SENTENCE_END) and i - 1 not in mastheads
                    and not _over_headline(lines, furniture, menus, i) for i in above)
    story_above = sentences >= _SENTENCES_ABOVE or (
        sentences > 0 and first_byline < (menu_lines[-1] if menu_lines else 0))
    if story_above or not any(len(lines[i].split()) > _LABEL_WORDS
                              and not _is_shouting(lines[i]) for i in below):
        # No menus, only labels under them, or the story begun above them: the headline is
        # the first line's or above.
        return _labels_by_the_headline(lines, furniture, _header_from(lines, furniture, menus, 0))
    return above | _labels_by_the_headline(lines, furniture, below)


def _header_from(lines: list[str], furniture: list[bool], menus: list[bool],
                 start: int) -> list[int]:
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
        # A site's notice over its trail over the headline and its byline: "Kitchen open
        # Wed-Sun, 12pm-8pm. Food last orders at 7.30pm." over "Home › News".
        if lines[i].endswith(SENTENCE_END) and _over_headline(lines, furniture, menus, i):
            header.append(i)
            continue
        # A site's notice over its menu's items and the headline over its byline: "Open
        # Tuesdays and Thursdays, 10am to 3pm. All welcome." over "Home", "About the Shed".
        if lines[i].endswith(SENTENCE_END) and _over_menu_and_headline(lines, furniture, i):
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


def _over_headline(lines: list[str], furniture: list[bool], menus: list[bool], at: int, *,
                   stacked: int = 0) -> bool:
    """Return True for a notice over the site's trail over a headline and byline, or notices."""
    # The site's trail between ("Home › News"): a standfirst stands right over a writer's
    # name or a "From: ..." line over the date line, a story's lead over a "Read more" link
    # or an advertisement, and a sentence over results ("Rovers 2 Town 1") over a heading
    # and its date line is the story's. A notice is short.
    if len(lines[at].split()) > _NOTICE_MAX_WORDS:
        return False
    trail = False
    for i in range(at + 1, min(len(lines), at + _BANNER_GAP)):
        if furniture[i]:
            trail = trail or menus[i]
            continue
        if lines[i].endswith(SENTENCE_END) or reads_as_story(lines[i]):
            return stacked < _NOTICES and _over_headline(lines, furniture, menus, i,
                                                         stacked=stacked + 1)
        if len(lines[i].split()) > _LABEL_WORDS and bylines(lines, furniture, i + 1):
            return trail
    return False


def _over_menu_and_headline(lines: list[str], furniture: list[bool], at: int) -> bool:
    """Return True for a line over three or more menu items, then a headline over its byline."""
    items, i = _menu_items(lines, furniture, at)
    return (i < len(lines) and items >= _MENU_ITEMS and len(lines[i].split()) > _LABEL_WORDS
            and bylines(lines, furniture, i + 1))


def _menu_items(lines: list[str], furniture: list[bool], at: int) -> tuple[int, int]:
    """Return how many menu items a line stands over, one a line, and the line after them."""
    items = 0
    # A menu's items hold no figures ("Rovers 2 Town 1" is a result) and are few.
    for i in range(at + 1, min(len(lines), at + _MENU_SPAN)):
        if furniture[i]:
            continue
        if (len(lines[i].split()) <= _MENU_ITEM_WORDS and not lines[i].endswith(SENTENCE_END)
                and not any(c.isdigit() for c in lines[i])):
            items += 1
            continue
        return items, i
    return items, len(lines)


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
            and len(lines[bylined - 1].split()) >= HEADLINE_WORDS
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
        or bylines(lines, furniture, 1))
    headline = 0 if first_named else next(
        (i for i in longer if not _is_shouting(lines[i])), longer[0] if longer else None)
    return {i for i in header if i != headline and (
        len(lines[i].split()) <= _LABEL_WORDS
        or (headline is not None and i < headline and _is_shouting(lines[i])))}


def _is_shouting(line: str) -> bool:
    """Return True for a line written in capitals ("THE INTERNET NEWSPAPER")."""
    return line.upper() == line and any(c.isalpha() for c in line)
