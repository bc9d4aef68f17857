"""The wording of other page formats' furniture: reports, live blogs, wires, podcasts, archives.

Whole-line patterns like page_notices.py's (furniture.py compiles them), from a thirteenth
set of pages: an agency's report converted from PDF, a live blog, a press-release wire, a
podcast's episode page, a listings site, a web-archive capture of an operator's service
page, a community radio station and a writer's newsletter. Each names what only a site
says; a story's line reporting someone saying it ("..., the minister said.") is kept
(UNREPORTED).
"""

from __future__ import annotations

from retrieval.fact_patterns import MONTHS, WRITTEN_DATE
from retrieval.furniture_wording import TIME_FIRST, UNREPORTED

_NAME = r"(?-i:[A-Z])[\w.'’-]+(\s+(?-i:[A-Z])[\w.'’-]+){1,3}"

PAGE_FORMAT_LINES = [
    # A report's, from its PDF: a contents entry ("2 Factual information .......... 2"), a
    # month's date line ("Published November 2026"), its disclaimers (a figure's "Source:
    # voyage data recorder" is a fact box's "Source: shared reusable temperature probes").
    # A contents entry has its section's number ("Labour ........ 412" is a result).
    r"\d{1,2}(\.\d{1,2}){0,3}\.?\s[^.!?…]{1,80}?\s?((\.\s?){4,}|(…\s?){2,})\s?\d{1,4}",
    rf"(published|updated|issued|released)\s*:?\s*(?-i:{MONTHS})\s+\d{{4}}",
    # ... said of itself: "This interim report is published to inform ... It does not
    # apportion blame or liability." (not "The inquest does not apportion blame, leaving ...").
    r"((this|the) (\w+ )?(report|investigation|document|publication)\b[^.!?]{0,150}\.\s*)?it"
    r" does not (seek to )?apportion (blame|liability)( or (blame|liability))?\.?",
    r"(extracts|(this|the) (report|publication|document)|it) may be (freely )?(reproduced"
    r"|re-?used|copied)\b[^.!?]{0,80}\b(free of charge|provided|without (permission|charge)"
    r"|with acknowledge?ment)\b[^.!?]{0,80}\.?",
    # A live blog's: "Last updated 14:05 BST, Thursday 8 October 2026", "Refresh to see latest
    # updates", "Comments are closed on live blogs."
    rf"last updated\s+({TIME_FIRST})?{WRITTEN_DATE}[^.!?]{{0,40}}",
    r"refresh (this page )?(to see|for) (the )?latest( updates| posts| entries)?\.?",
    rf"{UNREPORTED}comments are (closed|disabled|turned off)( on (this|these|live|our)"
    r"( \w+){1,2})?\.?",
    # A caption credited after it: "Image: The ferry near the lighthouse. Photograph: reader
    # submission".
    r"(photo|image|picture)s?:\s.{1,300}\b(photograph|photo|picture|credit)\s*:\s*[^.!?]{1,60}",
    # A press wire's dateline and credit: "ANDØYA, Norway, 20 October 2026 /NordPress/ --",
    # "Distributed by NordPress Newswire on behalf of Kvarstad Aerospace AS".
    rf"[^.!?/]{{1,60}},\s*{WRITTEN_DATE}\s*/[^/]{{1,40}}/\s*(--|[–—-])?",
    r"distributed by [^.!?,]{1,60} on behalf of [^.!?,]{1,80}\.?",
    # A search box's placeholder: "Search events, venues, artists..." (not "Search continues
    # for missing climber...").
    r"search( for)? ([\w-]+,\s*){1,5}(and |or )?[\w-]+\s?(\.\.\.|…)",
    # A podcast's and a radio station's: "29 October 2026 · 54 min", "Guest: Lena Varga,
    # senior analyst, Orbitrend", "▶ Play episode", "Author: Oban Bay Radio Newsroom",
    # "Listen: ... speaks to passengers on this morning's show (4 min 31 sec)".
    rf"{WRITTEN_DATE}\s*[·•|]\s*\d+\s*(min|mins|minutes|hr|hrs|hours)\b( read| listen)?",
    rf"(guests?|featuring)\s*:\s*{_NAME}(,\s*[^.!?]{{1,80}})?",
    r"[▶►]\s*(play|listen|watch)\b[^.!?]{0,40}|play (the )?episode",
    r"author\s*:\s*[^.!?:]{1,60}",
    r"(listen|watch|audio|video)\s*:\s*.{1,150}\(\d+\s*(min|mins|minutes|sec|secs|seconds)\b"
    r"[^)]{0,20}\)",
    # A service board's routes in title case ("Oban – Lismore: Normal service") and its
    # alerts ("Get text alerts for your route").
    r"[^.!?:]{1,40}\s[–-]\s[^.!?:]{1,60}:\s+(normal|good|reduced|no|part suspended|suspended"
    r"|disrupted|amended) service",
    r"(get|sign up for) (text |e-?mail |sms |route |travel |service )?(alerts|updates)"
    r"( for your [^.!?]{1,30})?\.?",
    # A web archive's notice: "This page was captured by ArcSnap. Some images ... missing."
    r"this (page|snapshot) was (captured|archived|saved) by [^.!?]{1,40}\.(\s*some (images"
    r"|content|links|scripts)\b[^.!?]{0,100}\.?)?",
    # A newsletter's sign-off and subscription box: "That's it for this week. Next issue:
    # ...", "Thanks for reading Zugzwang Notes! Subscribe for free ...", "Type your email...".
    r"that['’]s (it|all) for (this|today|the) (week|issue|edition|one)[.!](\s.{0,150})?",
    rf"{UNREPORTED}thanks for reading [^.!?]{{1,60}}[.!]\s*(subscribe|sign up)\b.{{0,200}}",
    r"type your e-?mail( address)?\s*(\.\.\.|…)?|pledge your support",
]
