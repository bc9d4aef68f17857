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

from retrieval.byline import bylines, over_byline
from retrieval.captions import captions_over_credits, shows_scene
from retrieval.comment_sections import comment_section_start, reply_bar_comments
from retrieval.furniture import (
    is_boilerplate,
    is_credit,
    is_menu,
    is_short_trail,
    is_spaced_bar,
)
from retrieval.headline import header_labels
from retrieval.page_boxes import boxes, notes_to_editors
from retrieval.page_foot import footer_start
from retrieval.page_regions import (
    above_title,
    drop_taglines,
    end_marker,
    is_teaser,
    link_lists,
    masthead_key,
    reads_as_story,
    table_runs,
)
from retrieval.reader_posts import (
    forum_posts,
    microblog_replies,
    readers_questions,
    subject_replies,
)
from retrieval.site_voice import comments

logger = logging.getLogger(__name__)

_SENTENCE_WORDS = 16  # longer than headlines are
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


def _is_sentence(line: str) -> bool:
    """Return True for a line that reads as the story's text, not a headline."""
    # Headlines may end in a full stop ("Trump will visit the UK in July."), but they are
    # short and one sentence; a pasted story's first paragraph is neither.
    return line.endswith((".", "!", ".\"", ".”")) and (
        len(line.split()) >= _SENTENCE_WORDS or bool(re.search(r"[.!?][\"”’]?\s+[A-Z\"“]", line)))


def _shortened(line: str) -> str:
    """Return a line cut to a title's length at a word boundary."""
    return line if len(line) <= _TITLE_CHARS else line[:_TITLE_CHARS - 1].rsplit(" ", 1)[0] + "…"


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
    # Which lines open a block of their own (a blank line above): an image's caption does.
    blocks = [line != "" and (i == 0 or pairs[i - 1][0] == "") for i, (line, _) in enumerate(pairs)]
    blocks = [opens for opens, (line, _) in zip(blocks, pairs, strict=True) if line]
    pairs = [(line, scraped) for line, scraped in pairs if line]
    lines = [line for line, _ in pairs]
    masthead = masthead_key(outlet) if outlet else None
    mastheads = {i for i, line in enumerate(lines)
                 if masthead is not None and masthead_key(line) == masthead}
    furniture = [is_boilerplate(line) or is_spaced_bar(scraped) or is_teaser(line, lines)
                 or i in mastheads for i, (line, scraped) in enumerate(pairs)]
    drop_taglines(lines, furniture, mastheads)
    tables = table_runs(lines)
    for start, end in tables:
        furniture[start:end] = [False] * (end - start)  # a table's rows, not a bar of links
    # A list under a menu's "Top Stories" ends at the headline over the byline (or over a
    # standfirst over it).
    listed = link_lists(lines, furniture)
    listed -= {i for i in listed if over_byline(lines, furniture, i)}
    # A post's own headline and byline, alone under "Latest from the farm" above the story
    # (its first sentence under a byline; a site's blurb above is none): the list's only item
    # over the only other, a byline, before the post's first line (after the story, one other
    # post's headline and date line are a list).
    bylined = [f or i in listed for i, f in enumerate(furniture)]
    byline = next((i for i in range(len(lines)) if bylines(lines, bylined, i)), len(lines))
    lead = next((i for i in range(byline + 1, len(lines))
                 if not bylined[i] and reads_as_story(lines[i])), len(lines))
    listed -= {i for i in listed if i < lead and i - 1 not in listed and i + 1 in listed
               and i + 2 < len(lines) and i + 2 not in listed and bylines(lines, bylined, i + 1)}
    listed |= comments(lines, furniture) | boxes(lines) | forum_posts(lines, furniture)
    listed |= readers_questions(lines, furniture) | reply_bar_comments(lines, furniture)
    listed |= microblog_replies(lines) | subject_replies(lines, furniture)
    furniture = [f or i in listed for i, f in enumerate(furniture)]
    # Not the story's first paragraph under its byline over an uncaptioned photo's credit,
    # unless it shows a scene ("Nia Rhys leaving the harbour on 5 July").
    captions = {i for i in captions_over_credits(lines, furniture,
                                                 [is_credit(line) for line in lines],
                                                 blocks=blocks)
                if not bylines(lines, furniture, i - 1) or shows_scene(lines[i])}
    furniture = [f or i in captions for i, f in enumerate(furniture)]
    # A press release's "###" or its notes to editors end the story.
    ends = [i for i in (end_marker(lines, furniture), notes_to_editors(lines, furniture),
                        comment_section_start(lines, furniture)) if i is not None]
    footer = min([footer_start(lines, furniture, outlet=outlet, tables=tables), *ends])
    if title is not None:  # the site's lines above the known headline, found once
        above = above_title(lines, furniture, normalize_line(title))
        furniture = [f or i in above for i, f in enumerate(furniture)]
    # A two-place trail ("Tech > Security") among the site's lines, not a story's "Arsenal >
    # Chelsea" between its headline and standfirst.
    menus = [furniture[i] and (is_menu(line, scraped) or (
        is_short_trail(line) and ((i > 0 and furniture[i - 1])
                                  or (i + 1 < len(lines) and furniture[i + 1]))))
             for i, (line, scraped) in enumerate(pairs)]
    labels = header_labels(lines, furniture, menus, mastheads)
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

