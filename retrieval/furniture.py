"""What page furniture looks like: the wording of lines that are never article text.

Each pattern is matched against a whole stripped line, case-insensitively, and kept narrow on
purpose: a false positive loses article text. Where a line sits on the page (a footer after
the story, labels around the headline, link lists) is judged in cleaning.py.
"""

from __future__ import annotations

import re

from retrieval.fact_patterns import MONTHS, WEEKDAYS

SENTENCE_END = (".", "!", "?", "\"", "”", "’", "'")

# A line in which someone is reported saying something is a story's sentence, whatever else
# it holds ("Follow @NYPD on Twitter for updates, police said").
_UNREPORTED = r"(?!.*\b(said|says|told|tells|urged|joked|added|according to|asked)\b)"
# Headings of link lists: "Top Stories", "More from UK Politics", "Most read".
_STORY_LIST = (r"(top|latest|more|trending|popular|most (read|popular|viewed|shared|watched))"
               r"( (stories|news|headlines|videos|now))?( (in|from|on) .{1,40})?")
# Whole lines that are page furniture, never article text; matched case-insensitively against
# the stripped line and kept narrow on purpose, since a false positive loses article text.
# Navigation and widget labels never end like a sentence, so those only match such lines.
_WIDGET_LINES = [
    r"open in app",
    r"exit mobile version",
    r"(no|\d+) comments?",
    r"leave a (reply|comment)",
    r"(advertisement|advertising|sponsored( content)?|skip to (main )?content)",
    r"(share|share this( article| story)?|print|email|tweet|whatsapp|facebook|twitter)",
    r"share (on|via|to) (facebook|twitter|x|whatsapp|linkedin|e-?mail|messenger|reddit"
    r"|pinterest|bluesky|threads)",
    r"(read more|read also|also read|related( articles| news| stories)?)",
    # A link to another page behind a label: "WATCH: Day five highlights", "MORE: Team news".
    r"(?-i:WATCH|MORE|LISTEN|VIDEO|PHOTOS|GALLERY|RELATED|READ MORE|SEE ALSO)\s*:\s+\S.{0,100}",
    r"(view|see) full[- ]size image|text size",
    r"(\[[^\[\]]{1,40}\]\s*)+",  # a form's buttons: "[ Enter your email ] [ Sign Up ]"
    r"(subscribe|sign in|log in|sign up)( now| here| for \S{1,12})?",  # "Subscribe for $1"
    r"/\s+[\w .&'-]{1,40}",  # photo-credit line such as " / News1"
    r"[\W_\d]+",  # bare numbers and rules (comment counts, timestamps, "___", "* * *")
    r"home(\s*[›»>/|]\s*\S.*|\s+\S.*(\.\.\.|…))",  # breadcrumb navigation
    # A byline without a date ("By CNN Travel staff", "By Jane Doe, Reuters"), not "By 2030
    # the city aims...".
    rf"by\s+(?!(?:{MONTHS}|{WEEKDAYS})\b)(?-i:[A-Z])[\w.'’-]*"
    r"(,?\s+[\w.'’&-]+){0,6}",
    # Widgets of news sites: "Link Copied!", "Ad Feedback", "Follow:", "Related topics".
    r"ad feedback|follow|related topics|(?-i:[A-Z]{2,10})\s*[—–]",
    r".{0,30}\bnewsletters?",  # "ONPOLITICS NEWSLETTER"
    r"(buy|view|see|more) (photos?|images?|videos?|gallery)",
    r"about the author|you (may|might) also like|recommended( for you)?",
    r"around the web|editor['’]?s['’]? (picks?|choice|recommendations)",
    r"menu\b.{0,200}",  # "≡ Menu World Politics Money ..." (the symbol is stripped first)
    # A share bar's counts: "[f] Facebook [t] Twitter | 1,207 shares".
    r".{0,60}\b(facebook|twitter|email|share)\b.{0,60}\b[\d,.]+k?\s+(shares|comments)",
    _STORY_LIST,
]
_ANY_LINES = [
    r"please enter your (comment|name|email)( here)?[!.]?",
    r"(you have entered an incorrect email address|save my name, email and website).*",
    r"disclaimer:.*",
    # Wire credits: "Reporting by Jane Doe; Editing by John Roe", "CNN's Maria Lopez
    # contributed to this report.", "Our Standards: The Thomson Reuters Trust Principles."
    r"(additional )?reporting by (?-i:[A-Z])[^;.]{1,80}(;\s*(additional reporting|editing"
    r"|writing|compiled) by [^;.]{1,80})+\.?|(additional )?reporting by (?-i:[A-Z])[^;.!?]{1,80}",
    r"link copied!?",
    r"[^.!?]{1,80}\bcontributed (reporting )?to this (report|story)\.?",
    r"our standards:.{0,120}",
    r"by subscribing,? you agree to .{0,150}",
    # A photographer's credit: "(Photo by Mike Stone / Valley Courier)", and a caption that
    # ends with its agency's: "... on March 2, 2026. REUTERS/Peter Smith".
    r"\((photo|photograph|picture)s? by [^)]{1,80}\)",
    r".{0,300}\b(?-i:REUTERS|AFP|AP|EPA|Getty Images)/(?-i:[A-Z])[\w .'’-]{1,40}",
    r"(copyright\s*)?©.{0,120}|copyright \d{4}.{0,120}",
    r"all rights reserved\.?",
    # A legal footer, however long: "Copyright 2014 LiveScience ... All rights reserved. This
    # material may not be published, broadcast, rewritten or redistributed."
    r"(copyright\s*(©|\(c\))?\s*\d{4}|©|\(c\)\s*\d{4}).{0,400}\ball rights reserved\b.{0,300}",
    r"(this material )?may not be (re)?published, broadcast, rewritten,? or redistributed\b"
    r".{0,300}",
    # The site's own social accounts: "Follow HuffPost Politics on Twitter: www.twitter.com/...".
    # ... with the handle or address to follow, and no one reported saying it.
    rf"{_UNREPORTED}(?=.*(@\w|www\.|://))follow [^.!?]{{1,60}} on (twitter|facebook|instagram"
    r"|linkedin|google\+|threads|x)\b.{0,250}",
    r"originally published (on|in|by) [^.,;!?]{1,40}\.?",
    # Captions and credits: "Photo: Getty Images", "(AP Photo/Hans Musielik)", "Photo
    # caption: ...", "... | Image credit: Filippo Monteforte/AFP/Getty Images".
    r"(photo|image|file photo|picture)( credit)?:\s*(?-i:[A-Z]).{0,80}",
    # "Credit: WhiteHaven/Shutterstock.com View full size image": a name and an agency.
    r"credits?:\s*[^\s/]{1,40}(\s[^\s/]{1,40}){0,3}/\S.{0,80}",
    # A caption ends with its agency's credit: "... is shown in this file photo. (AP Photo)".
    r".{0,250}\((ap|afp|reuters|getty images|upi|epa|pa|xinhua|yonhap)\s+(photo|photograph"
    r"|image)s?\)",
    r"\(\s*([\w-]+\s+){0,2}(photo|image|picture)s?\s*[:/].{0,150}\)",
    r"(photo|image|picture)s? (caption|credit)s?\s*:.{0,200}",
    # The BBC's spoken labels: "Image caption, Fallen trees blocked roads in Cork".
    r"(image|media|video|photo) (caption|source|credit), (?-i:[A-Z]).{0,200}",
    r".{0,120}\b(photo|image|picture) credit:.{0,150}",
    # Comment prompts and share counts: "Tell us what you think in the comments below."
    r".{0,80}\b((tell|let) us (what you think|know)|share your (thoughts|views)).{0,60}"
    r"\b(comments|below)\b.{0,150}",
    r".{0,80}\b(join the conversation|keep it civil|comments (are|will be) (subject|moderated"
    r"|pre-?moderated|removed)|our community (rules|guidelines))\b.{0,100}",
    # A comment box speaks to the reader: "Have your say: leave a comment below. You must be
    # signed in to comment."; "Comment policy: the paper said ..." is a story's sentence.
    rf"{_UNREPORTED}(comment policy|have your say)\s*:(?=.*\b(you|your|below|welcomes?"
    r"|moderated|signed in|logged in)\b).{0,200}",
    rf"{_UNREPORTED}(leave a comment below|you must be (signed|logged) in to comment)\b.{{0,100}}",
    r".{0,60}:\s*https?://\S*[^\s.]",  # a link after a label: "Read or Share this story: https://"
    r"by\s+[^|]{1,60}\|\s*(updated|published|posted)\b.*",  # byline block
    r"(last )?(updated|published|posted)\s*:.{0,80}",
    # "The Huffington Post First Posted: 12/08/10 04:21 PM Updated: 12/08/10 06:05 PM".
    r".{0,40}\b(first )?(updated|published|posted)\s*:\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b.{0,80}",
    # A byline with a date: "By cricket.com.au 30 December 2014, 7:05 PM AEDT".
    rf"by\s+\S+(\s+\S+){{0,2}}\s+(\d{{1,2}}\s+({MONTHS})\.?,?\s+\d{{4}}"
    rf"|({MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}})[^.!?]{{0,30}}",
    # "Published October 23, 2014", "Updated on 2014-10-23 10:15": a date line, not a sentence.
    rf"(updated|published|posted)(\s+on)?\s+(({MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+({MONTHS})\.?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})[^.!?]{{0,40}}",
    r"sign up (for|to) our\b.{0,60}",
    rf"{_UNREPORTED}sign up (for|to) our\b.{{0,60}}\b(newsletters?|alerts|emails?)\b.{{0,200}}",
    r"sign up (for|to) the\b.{0,40}\b(newsletter|alerts|emails?)\b.{0,30}",
    r".{0,80}\b(delivered|straight) to your inbox\b.{0,60}",
    r"enter your e-?mail( address)?\b.{0,40}",
    r"contact \S+( \S+)? at (https?://|www\.|\S+@)\S*",  # the reporter's contact line
    r".{0,60}\bquotes\b.{0,40}\bdelayed\b.{0,120}",  # "Quotes delayed 15 minutes. Market data..."
    # A widget's error message, and a page's note of the article's age.
    r"(we['’]re sorry,?\s*|sorry,?\s*)?this (feature|content|video|page) is (currently "
    r"|temporarily )?unavailable\b.{0,80}|please try again later\.?",
    r"this (article |story |page )?was (first )?published .{1,30} ago\.?",
    # A date line: "January 17, 2005 — 2.41pm", "Tuesday, 14 December 2004, 10:41 GMT".
    rf"(({WEEKDAYS}),?\s+)?(({MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+({MONTHS})\.?,?\s+\d{{4}})([\s,—–-]+\d{{1,2}}[.:]\d{{2}}\s*"
    r"([ap]\.?m\.?)?(\s*[A-Z]{2,4})?)?",
]
# Headings of link lists inside or after the story ("Related stories:", "Most read"): the
# unpunctuated lines under them are other pages' headlines.
LIST_HEADING_RE = re.compile(
    r"(related|see also|read more|also read|recommended|you (may|might) also like|around the web"
    r"|editor['’]?s['’]? (picks?|choice|recommendations))\b.{0,40}"
    rf"|{_STORY_LIST}", re.IGNORECASE)
# A site's own cookie notice ("We use cookies ... By continuing to browse ..."), not an
# article that mentions cookies: it speaks of this site, or asks to accept or continue.
_CONSENT_RE = re.compile(
    r"((this|our) (site|website) uses|we use) cookies\b|by (continuing|using this site)\b"
    r"|cookies help us\b", re.IGNORECASE)
# A bar of links or buttons: "Email | Facebook | Twitter | Print", "Learn more | OK".
_BAR_ITEM_WORDS = 6
_WIDGET_RE = re.compile("|".join(f"(?:{p})" for p in _WIDGET_LINES), re.IGNORECASE)
_ANY_RE = re.compile("|".join(f"(?:{p})" for p in _ANY_LINES), re.IGNORECASE)
# Linear on any line: no quantified whitespace around the separators.
_BAR_SEPARATOR_RE = re.compile(r"\||\s[»›>·•](?=\s)")
# Box-drawing characters frame advertisements and boxes; article prose never holds them.
_BOX_RE = re.compile("[\u2500-\u257f]")


def _short_items(items: list[str]) -> bool:
    """Return True for two or more items of a few words each, not all numbers (a table row)."""
    # Every item holding a number is a table row or a score ("Liverpool 2 | Everton 1").
    return (len(items) >= 2 and all(0 < len(item.split()) <= _BAR_ITEM_WORDS for item in items)
            and not all(re.search(r"\d", item) for item in items))


def _is_bar(line: str) -> bool:
    """Return True for a line of short items between separators (navigation, share buttons)."""
    # A sentence may hold separators ("wheat up | coal down | oil flat, the director said.").
    if line.endswith((".", "!", "?")) or not re.match(_UNREPORTED, line):
        return False
    return _short_items([item.strip() for item in _BAR_SEPARATOR_RE.split(line)])


# Items laid out by wide spacing ("Print   Email   Share   Comments (812)   Text Size"). Tables
# and double-spaced prose are laid out so too, so a bar also names what a page's buttons and
# menus name, and holds no sentence's end.
_SPACED_SEPARATOR_RE = re.compile(r"[ \u00a0]{2,}|\t")
_SPACED_ITEMS = 3
_WIDGET_WORD_RE = re.compile(
    r"\b(share|e-?mail|print|comments?|facebook|twitter|google\+|g\+|tweet|like|whatsapp"
    r"|linkedin|pinterest|reddit|sign (up|in)|log in|subscribe|menu|home|news|video|videos|search"
    r"|text size|more|shop|tickets|react)(?!\w)", re.IGNORECASE)


def is_spaced_bar(raw_line: str) -> bool:
    """Return True for a raw line of short items set apart by runs of spaces or tabs.

    Args:
        raw_line: The line as scraped, before its whitespace is collapsed.

    Returns:
        True for three or more items of at most six words each, one of them a button's or a
        menu's word ("Share", "Email", "News"), none ending a sentence inside, the line not
        ending like one, and not all numbers (a table row).
    """
    line = raw_line.strip()
    if line.endswith(SENTENCE_END) or re.search(r"[.!?][\"”’]?\s", line):
        return False
    items = [item.strip() for item in _SPACED_SEPARATOR_RE.split(line) if item.strip()]
    return (len(items) >= _SPACED_ITEMS and _short_items(items)
            and bool(_WIDGET_WORD_RE.search(line)))


_SHARE_RE = re.compile(r"\b(share|e-?mail|print|tweet|facebook|twitter|whatsapp|linkedin"
                       r"|pinterest|reddit|comments?)\b", re.IGNORECASE)
_NAV_WORDS = 7
# A headline in title case has a function word somewhere; a menu of section names has none.
_LINKING = frozenset({
    "a", "an", "and", "as", "at", "after", "about", "amid", "against", "before", "but", "by",
    "for", "from", "in", "into", "is", "are", "was", "were", "be", "been", "has", "have", "had",
    "his", "her", "its", "their", "of", "off", "on", "onto", "or", "out", "over", "than", "that",
    "the", "this", "to", "up", "upon", "vs", "with", "without",
})


def _is_word_menu(line: str) -> bool:
    """Return True for a run of capitalised section names: "World Politics Money Tech ..."."""
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    return (len(words) >= _NAV_WORDS and not line.endswith(SENTENCE_END)
            and all(w[0].isupper() and w.lower() not in _LINKING for w in words))


def is_menu(line: str) -> bool:
    """Return True for a site's menu: "Home | Local | Sports", "World Politics Money Tech ..."."""
    # Not a byline or date line laid out as a bar ("By Dana Whitfield | March 3, 2025"), nor
    # a story's share buttons ("Share | Tweet | Email"), which sit under its headline.
    return ((_is_bar(line) or _is_word_menu(line)) and not re.search(r"\d", line)
            and not re.match(r"(?i)by\s", line) and not _SHARE_RE.search(line))


def is_boilerplate(line: str, *, bars: bool = True) -> bool:
    """Return True for a line that is page furniture rather than article text.

    Args:
        line: One stripped line of a page.
        bars: Whether a bar of short items between separators counts ("Home | World");
            False when the line is a row of a table.

    Returns:
        True when the line's wording is furniture's.
    """
    if (_ANY_RE.fullmatch(line) or (bars and _is_bar(line)) or _CONSENT_RE.match(line)
            or _BOX_RE.search(line) or _is_word_menu(line)):
        return True
    # A label in capitals may end in an abbreviation's dot: "TRENDING IN U.S.".
    shouting = line.upper() == line and line.endswith(".")
    label = line.rstrip(":." if shouting else ":")
    bare = re.sub(r"^[^\w/]+", "", label)  # ">> MORE STORIES", "• Top stories"
    return ((shouting or not line.endswith(SENTENCE_END))
            and bool(_WIDGET_RE.fullmatch(label) or _WIDGET_RE.fullmatch(bare)))


