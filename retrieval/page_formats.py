"""The wording of other page formats' furniture: reports, live blogs, wires, groups, threads.

Whole-line patterns like page_notices.py's (furniture.py compiles them), from a thirteenth
and a fourteenth set of pages: an agency's report converted from PDF, a live blog, a
press-release wire, a podcast's episode page, a listings site, a web-archive capture, a
community radio station, a writer's newsletter, a TV station, a council's minutes, a paper's
print-to-web page, a community group's post, a results page, a thread and a foreign paper's
English edition. Each names what only a site says; a story's line reporting someone saying
it ("..., the minister said.") is kept (UNREPORTED).
"""

from __future__ import annotations

from retrieval.fact_words import MONTHS, WRITTEN_DATE
from retrieval.furniture_wording import NUMERIC_DATE, TIME_FIRST, UNREPORTED

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
    # A TV station's weather ticker: "7 FIRST ALERT WEATHER: 54° Cloudy, showers after 3 p.m."
    rf"{UNREPORTED}[\w ]{{0,30}}\bweather\s*:\s*(?!.*\b(is|are|was|were|will|may|could|should)\b)"
    r"-?\d{1,3}\s*°\s*[CF]?\b[^!?]{0,80}",
    # A community group's: its composer ("Write something..."), a post's author and group
    # ("Bev Kowalczyk ▸ Harlan Ford Neighbors"), its counts ("64 comments · 29 shares").
    r"(write|say|post|share) something( here)?\s*(\.\.\.|…)?|what['’]s on your mind\??",
    r"(?-i:[A-Z])[\w'’.-]+( (?-i:[A-Z])[\w'’.-]+){0,3}\s[▸►]\s[^.!?]{1,60}",
    r"[\d.,]+k?\s+(comments?|replies|shares?|reactions?|likes?|upvotes?|points?)(\s*[·•|]\s*[\d.,]+k?"
    r"\s+(comments?|replies|shares?|reactions?|likes?|upvotes?|points?))+",
    # A foreign paper's English edition: a consent banner in two languages, a translation's
    # notice, a date line with numeric dates ("Published 19.11.2026 07:45 · Updated ...").
    rf"{UNREPORTED}.{{0,60}}\bwe use cookies\b.{{0,200}}\b(accept( all)?|manage( settings)?"
    r"|reject( all)?|settings)(\s*[|·]\s*[\w ]{1,20}){0,3}\.?",
    rf"{UNREPORTED}this (article|story|page) was (first |originally )?(published|written) in \w+"
    r" and translated\b.{0,250}",
    rf"(published|updated)\s+{NUMERIC_DATE}(\s+\d{{1,2}}[:.]\d\d)?(\s*[·|]\s*(updated|published)"
    rf"\s+{NUMERIC_DATE}(\s+\d{{1,2}}[:.]\d\d)?)?",
    # A thread's and a group's controls: votes ("⬆ 1.2k ⬇"), "Save", "Award", "Like", "Most
    # relevant ▾", "View 58 more comments", "Write a public comment…", "214k members · 1.1k
    # online", rules ("Rules: 1. Link to sources 2. ...").
    r"[⬆▲↑]\s*[\d.,]+k?\s*[⬇▼↓]?|save|award|like|(most relevant|newest first|oldest first|top"
    r" comments|all comments)\s*▾?|view( all)? \d+ more (comments|replies)|write a (public )?"
    r"(comment|reply)\s*(\.\.\.|…)?",
    r"[\d.,]+k?\s+members\s*[·•]\s*[\d.,]+k?\s+online",
    r"(group |community )?rules\s*:\s*1\.\s[^.]{1,60}\s2\.\s[^.]{1,60}(\s3\.\s[^.]{1,60})?",
    # A council's minutes and documents: "Agenda – Special Meeting October 14, 2026 (PDF)",
    # "Subscribe to Notify Me® alerts for Borough Council", "Office hours: Monday–Friday ...".
    r"[^.!?]{1,100}\((pdf|docx?|xlsx?|csv)(,\s*[\d.]+\s?[km]b)?\)|download (the )?full results"
    r"\b.{0,30}|search by (name|bib|keyword|date|number)\b[^.!?]{0,40}",
    rf"{UNREPORTED}subscribe to [^.!?]{{1,50}}\b(alerts|updates|notifications)\b[^.!?]{{0,40}}",
    r"(borough |council |town |city )?(office|opening|business) hours\s*:\s*(mon|tue|wed|thu|fri"
    r"|sat|sun|daily|weekdays)\w*.{0,80}",
    r"respectfully submitted,?|related documents",
    # A print edition's on the web: "This story appeared in the Oct. 29 print edition on Page
    # A1.", jumps ("See BRIDGE, Page A6", "BRIDGE: From Page A1"), its subscription offers.
    rf"{UNREPORTED}this (story|article) appeared in the [^!?]{{1,40}}edition (on|of) page "
    r"[a-z]?\d{1,3}\.?",
    r"see (?-i:[A-Z]+),? page [a-z]?\d{1,3}|(?-i:[A-Z]+)\s*:\s*from page [a-z]?\d{1,3}",
    r"(print )?subscribers get free digital access\.?\s*activate\b.{0,20}"
    r"|[^.!?:]{0,40}\bclassifieds\s*:\s*place an ad\b.{0,60}",
    r"[^()]{1,300}[.!?]\s*\((\w+ )?(photo|photograph|image|picture) by [^()]{1,60}\)",
    # A results page's and a blog's: "Filed 4:52 PM ET by RaceDay Staff", "October 20, 2026
    # by Maddie", "★ 14 bloggers like this.", a release's "ENDS".
    r"filed\s+\d{1,2}[:.]\d\d\s*([ap]\.?m\.?)?(\s*[A-Z]{2,4})?\s+by\s+[^.!?]{1,40}",
    rf"{WRITTEN_DATE}\s+by\s+(?-i:[A-Z])[^.!?]{{0,40}}",
    r"★?\s*\d+ bloggers? likes? this\.?|-*\s*ends\s*-*",
    # A foreign paper's original and its press code: "Read the Norwegian original: «...»".
    r"read the \w+ original\s*:\s*[«\"“].{0,150}",
    rf"{UNREPORTED}[^.!?]{{1,60}} follows the [^.!?]{{1,40}}(press|editors['’]?) code\.\s*(have you"
    r"|if you|complaints?|contact)\b.{0,250}",
    # A council's posted line with its status: "Posted: October 15, 2026 | Status: DRAFT ...".
    r"(updated|published|posted)\s*:[^|]{1,40}\|\s*status\s*:.{0,120}",
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
