"""The wording of a site's notes around a story: credits, appeals, comments, its notes on itself.

Whole-line patterns like furniture_wording.py's (furniture.py compiles them), from the pages
of more site styles: photo credits alone on their line, captions ending in their credit,
appeals for support, comment sections, cookie notices and notes naming the site.
"""

from __future__ import annotations

from retrieval.fact_words import MONTHS, WEEKDAYS
from retrieval.furniture_wording import UNREPORTED

_NO_QUOTE = r"(?!.*[\"“”])"  # a line quoting someone is a story's
# Headings over lists: of a fact check's sources, a podcast's chapters and links, an
# aggregator's other stories.
LIST_HEADINGS = (r"sources|timestamps|chapters|show notes|links mentioned in this (episode|show)"
                 r"|more coverage( of this story)?|also in the news|local news( for .{1,30})?"
                 r"|more (fact )?checks")

# A photo credit alone on its line: "Priya Sandoval/KNFR", "Jane Doe / AP", "Photo: Ana
# Ruiz", "Photo by Rosa Delgado", "Credit: Courtesy of the family".
CREDIT_LINES = [
    r"(?-i:[A-Z])[\w.'’-]+(\s+(?-i:[A-Z])[\w.'’-]+){1,3}\s*/\s*(?-i:[A-Z])[\w&.'’-]*"
    r"(\s+(?-i:[A-Z&])[\w&.'’-]*){0,4}",
    r"\(?((file|viewer|reader|staff|handout|supplied) )?(photo(graph)?|image|picture)s?"
    r"( credit)?\s*:\s*(courtesy\s+of\s+)?(?-i:[A-Z])[^.!?]{0,80}\.?\)?",
    r"\(?(photo|photograph|image|picture)s? by (?-i:[A-Z])[^.!?()]{1,80}\)?",
    r"credits?:\s*(?-i:[A-Z])[^.!?]{1,80}",
    r"((photo|image|picture)s?\s+)?courtesy( of)? (?-i:[A-Z])[^.!?]{1,60}",
]
SITE_NOTE_LINES = [
    # A comment section's heading: '14 thoughts on "Title"' (its comments: site_voice.py).
    r"\d+ (thoughts|responses|replies|comments) (on|to) [\"“‘'][^\"“”‘’]{1,150}[\"”’']",
    r"was this (page|article|story|information) (helpful|useful)\??",
    # Captions ending with their credit: "... in her farmhouse. Photo by Samuel Oyelaran for
    # The Clearwater Ledger", "... which closed in 2019. Credit: Ana Ruiz for The Chronicle",
    # "... on a dark morning in January. (Photo by Rosa Delgado)", "... committee in 1898.
    # Photo courtesy of the Clonakilty Heritage Group".
    r".{0,300}[.!?]\s+(photo|image|picture|illustration)s? (by|courtesy( of)?) (the )?(?-i:[A-Z])"
    r"[^.!?]{1,80}"
    r"|.{0,300}[.!?]\s+credit:\s*(?-i:[A-Z])[^.!?]{1,80}"
    r"|.{0,300}[.!?]\s*\((photo|photograph|picture)s? by [^)]{1,80}\)",
    # Appeals for support and a newsletter's promise: "Independent journalism like this depends
    # on readers like you.", "Your donation will help cover printing costs.", "No spam, ever."
    # Only the site's own, about its journalism or with "our"/"us", and quoting no one.
    rf"{UNREPORTED}{_NO_QUOTE}(?=.*\b(journalism|reporting|news|newsroom|our|us)\b).{{0,150}}"
    r"\b(readers|listeners|viewers|members|supporters|donors) like you\b.{0,300}",
    rf"{UNREPORTED}{_NO_QUOTE}(?=.*\b(our|us|we)\b)your (donation|gift|support|contribution)s?"
    r" (will )?(help|helps|keeps?|makes?|allows?)\b.{0,300}",
    rf"{UNREPORTED}.{{0,150}}\bno spam(,? ever)?[.!]?",
    rf"{UNREPORTED}(?=.*\bnewsletters?\b).{{0,120}}\b(to|in) your inbox\b.{{0,60}}",
    rf"{UNREPORTED}(?=.*\b(stories|news|headlines|newsletter|briefing|best of)\b).{{0,120}}"
    r"\b(to|in|into) your inbox (by|every|each|daily|weekly)\b.{0,40}",
    # Paywall meters: "You've read 3 of 5 free articles this month. Subscribe for unlimited
    # access.", "Registered readers can read 3 articles a month free."
    rf"{UNREPORTED}.{{0,60}}\b(you['’]ve read|you have read|can read)\s+\d+ (of \d+ )?(free )?"
    r"(articles?|stories) (a|per|this) month\b.{0,150}",
    r".{0,100}\bsubscribe for unlimited access\b.{0,100}",
    # Syndication notes: "This story was published by Canadian Wire Service and is displayed
    # by NewsBrisk under licence.", "Read the original at Canadian Wire Service →".
    r"this (story|article) was (first |originally )?(published|written|produced) by .{1,80}"
    r"\bunder licen[cs]e\b.{0,40}|read the original (story |article )?(at|on) [^,.;:]{1,60}",
    # A comment section closed or for subscribers: "Comments on this article are now closed."
    r"comments (on this (article|story|post|live blog|page|gallery|video|episode) )?are (now )?"
    r"closed"
    r"( on this [\w ]{1,30})?\.?( please .{1,80})?"
    r"|comments are (only )?open to (subscribers|registered (users|readers|members))\b.{0,120}",
    # A live page's invitation and an app's: "Follow the latest trends, winners and reactions
    # here", "Download now for Android and iOS."
    r".{0,150}\bfollow (the )?(latest|live)\b.{0,80}\bhere\b\.?",
    r".{0,150}\bdownload (it )?now for (android|ios)( and (android|ios))?\.?",
    # Alerts to sign up for: "Stay informed. Sign up for CorriganAlert to receive emergency
    # alerts by text, phone and email."
    rf"{UNREPORTED}([^.!?]{{1,30}}[.!]\s+)?sign up (for|to)\b.{{0,60}}\bto (receive|get)\b"
    r".{0,100}",
    # A site's cookie notice naming itself: "KNFR uses cookies and similar technologies to
    # improve your experience ..."
    rf"{UNREPORTED}[^.!?]{{1,40}}\buses cookies\b(?=.*\b(your|you|our (site|website))\b).{{0,300}}",
    # Who supplies a page's market data: "Market data provided by Harbourline Data Services."
    r"(market )?data (provided|supplied|powered) by (?-i:[A-Z])[\w&'’-]*(\s+(?-i:[A-Z&])[\w&'’.-]*)"
    r"{0,5}\.?",
    # A student reporter's or staff writer's note: "Kenji Abara-Morrow is a junior and a
    # second-year staff reporter for The Norwick Lantern." (a rank or a desk in it: "Daniel
    # Pearl was a reporter for The Wall Street Journal" is a story's sentence).
    rf"{UNREPORTED}(?-i:[A-Z])[\w.'’-]+(\s+(?-i:[A-Z])[\w.'’-]+){{1,3}} is an? [^.!?]{{0,60}}"
    r"\b(staff|senior|associate|contributing|freelance|student|junior|intern|deputy|assistant"
    r"|chief|[\w-]+-year)\b[^.!?]{0,30}"
    r"\b(reporter|writer|editor|correspondent|columnist|journalist|contributor|intern)"
    r" (for|at|with) (the )?(?-i:[A-Z])[\w&'’-]*(\s+(?-i:[A-Z&])[\w&'’-]*){0,5}"
    r"(, based in (?-i:[A-Z])[\w'’-]*(\s+(?-i:[A-Z])[\w'’-]*){0,2})?\.?",
    # Opening hours: "Office Hours: Monday - Friday, 8:00 a.m. - 5:00 p.m."
    r"(office|opening) hours\s*:\s*[^.!?]{0,60}?\d{1,2}([:.]\d{2})?\s*[ap]\.?m\b.{0,60}",
    r"a version of this article appears in print on\b.{0,250}",
    r"this (work|article|story) is licensed under a creative commons\b.{0,400}",
    # A site's notes on itself: "The Ledger is a 501(c)(3) nonprofit newsroom.", "... is not
    # a registered investment adviser. Nothing on this page constitutes investment advice."
    r".{0,80}\bis an? .{0,30}501\s*\(c\)\s*\(3\)\s+(non-?profit\s+)?(newsroom|news (organi[sz]ation"
    r"|outlet|site|service)|publication|media organi[sz]ation)\b.{0,200}",
    rf"{UNREPORTED}.{{0,150}}\bnothing on this (page|site) constitutes\b.{{0,300}}",
    # Corrections and editing notes: "This article was amended on 3 May to correct a name.",
    # "Editor's note: ...", "This interview has been edited for length and clarity."
    rf"{UNREPORTED}(editor['’]?s note:\s*|correction:\s*)?this (article|story|report|piece)"
    r" (was|has been) (amended|corrected|updated) on\b.{0,40}\bto (correct|clarify|reflect"
    r"|remove|add|include|update|amend|show)\b.{0,200}",
    rf"{UNREPORTED}(this )?(interview|conversation|transcript|q&a) (has been|was) (lightly )?"
    r"(edited|condensed)( and (edited|condensed))? for (length|clarity|brevity|space)\b.{0,60}",
    r"this (article|story) appeared in print\b.{0,300}|pull ?quote:.{0,300}",
    # A caption ending with its agency's credit: "... in Miedzianów, Sept 13, 2026. CEPA/Ewa Sroka".
    r".{0,300}[.!?]\s+(?-i:[A-Z]{2,10})/(?-i:[A-Z])[\w'’-]+(\s+(?-i:[A-Z])[\w'’-]+){1,2}",
    # A newsletter's greeting: "Hello, specimen collectors!"
    r"(hello|hi|hey|greetings|good (morning|afternoon|evening)),?\s+(?!.*\b(i|i['’]m|my|me)\b)"
    r"[^.!?]{1,40}!",
    # A live page's byline: "Live updates by Agnieszka Pawlak, Dawid Sroka and Herald reporters".
    r"live (updates|coverage|blog) by (?-i:[A-Z])[^.!?]{1,100}",
    # Notes on the people of the page: "About the interviewee: Ingrid Solheim is ...".
    r"about the (author|writer|reporter|interviewee|interviewer|photographer|contributor)s?:"
    r"\s.{1,500}",
    # A wire's and a print version's notes: "Subscriber licence: for distribution by CEPA
    # clients only", "Redistribution without permission is prohibited.", "This copy is for
    # your personal, non-commercial use only.", "Printed: 3/11/2026 8:14 AM", "Reprints and
    # permissions: syndication@...", "((jakub.ostrowski@cepa.example; +48 22 555 0101))".
    r"(subscriber|content|image) licen[cs]e\s*:.{1,120}|licensing terms apply\b.{0,150}",
    r".{0,200}\bredistribution without (written )?permission is (strictly )?(prohibited"
    r"|not permitted|forbidden)\b.{0,60}",
    r"this copy is for your personal,? non-?commercial use only\b.{0,300}",
    r"printed( on)?\s*:?\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}.{0,30}",
    r"(reprints|permissions|syndication)( (and|&) (reprints|permissions|syndication))?\s*:"
    r"(?=.*(@|www\.|https?://|\+?\d[\d ()-]{7,})).{1,120}",
    r"\(\([^()]{0,150}@[^()]{0,150}\)\)",
    r"customer (service|support|care)\s*:\s*[\d +()-]{6,20}",
    # Who the site's journalism answers to: "Our reporters follow the CEPA Trust Principles
    # ...", "The Australian Ledger's journalism is independent and funded by subscribers."
    rf"{UNREPORTED}{_NO_QUOTE}our (reporters|journalists|journalism|newsroom) (follows?|adheres?"
    r"|abides?)\b(?=.*\b(principles|standards|code|guidelines|policies|ethics)\b).{0,150}",
    # (The site's name alone before it, no clause: "Critics argue that the BBC's journalism
    # is ..." and "..., which ministers have vowed to abolish" are a story's.)
    rf"{UNREPORTED}{_NO_QUOTE}((?-i:[A-Z])[\w&.'’-]*( (?-i:[A-Z&])[\w&.'’-]*){{0,4}}['’]s?|our)"
    r" journalism is (independent|funded|supported|free)\b[^,;]{0,150}",
    rf"{UNREPORTED}{_NO_QUOTE}enjoyed this (interview|article|story|piece|newsletter|issue)\?"
    r".{0,250}",
    # Paywall offers: "Subscribe from €5 a month", "Subscribe to the Ledger from $1 a week".
    r"subscribe( to (the )?(?-i:[A-Z])[\w&'’-]*( (?-i:[A-Z])[\w&'’-]*){0,3})? (from|for)"
    r" (only |just )?\S{1,12}( [^\s|\d]{1,4})?( (a|per|for the first) (week|month|year))?"
    r"(\s*\|\s*(log|sign) in)?",
    # A newsletter e-mail's furniture: its headers, "View this email in your browser", "You are
    # receiving this because ...", "In this issue: ...", "Forward this email to a friend".
    r"from:\s.{0,80}<\S+@\S+>",  # a sender; the headers under it: site_voice.py
    r"view (this )?(e-?mail|newsletter) (in|on) (your|a|the) (web )?browser\.?",
    r"you('re| are) receiving this (e-?mail |newsletter |message )?because\b.{0,200}",
    r"in (this|today['’]s) (issue|edition|newsletter)\s*:.{1,300}",
    r"this (issue|newsletter|edition|e-?mail|episode|podcast) is (sponsored|brought to you) by\b"
    r".{0,200}|this (issue|newsletter|edition|e-?mail|episode|podcast) is supported by .{0,100}"
    r"\b(try|free|visit|learn more|download|sign up)\b.{0,100}",
    r"forward this (e-?mail|newsletter) to\b.{0,100}|was this (e-?mail |newsletter )?"
    r"forwarded to you\?.{0,80}",
    r"get (?-i:[A-Z])[\w&'’ -]{1,50} in your inbox\b.{0,80}",
    # A link's arrow: "Read the university's announcement →"; a newsletter's numbered section
    # heading in capitals: "2. QUICK HITS".
    r".{1,200}\s→",
    r"\d{1,2}\.\s+(?-i:[A-Z][A-Z'&-]+( [A-Z'&-]+){1,5})",
    # A link behind a label: "Read more: How to apply for flood aid", "Related: ...",
    # "Podcast: ...", "Most watched: ...".
    r"(read more|read next|also read|related( stories| articles)?|see also|podcast|most (watched"
    r"|read|viewed|popular)|more on this( story)?)\s*:\s+(?-i:[A-Z\"“‘]).{0,150}",
    # A page's reading aids, a video's label and a transcript's frame: "Estimated reading time:
    # 4 minutes", "Watch: 1:48", "Video transcript (auto-generated, may contain errors)".
    r"(estimated )?reading time\s*:?\s*\d+\s*min(ute)?s?",
    r"(watch|listen|play)\s*:?\s*\d{1,2}:\d{2}",
    r"(video |audio )?transcript(\s*\([^()]{1,80}\))?|end of (the )?transcript",
    # A broadcaster's promotions and its acknowledgement of country: "Watch HC5 News at 6pm
    # weeknights and stream anytime on HC5 Go.", "Follow HC5 News on Facebook and Instagram".
    rf"{UNREPORTED}watch .{{1,60}} (at|on) .{{0,60}}\band stream\b"
    r"(?=.*\b(weeknights|nightly|anytime|on demand|every (day|night|weekday|evening))\b).{0,60}",
    r"follow (?-i:[A-Z])[\w&'’ -]{1,40} on (facebook|twitter|instagram|x|tiktok|youtube|threads"
    r"|bluesky|linkedin)(,? (and|&) (facebook|twitter|instagram|x|tiktok|youtube|threads|bluesky"
    r"|linkedin))?\.?",
    rf"{UNREPORTED}.{{0,60}}\backnowledges the traditional (custodians|owners)\b"
    r"(?=.*\b(we|our|elders past)\b).{0,300}",
    # A reader's photo and the call for more: "Reader photo: ...", "Send us your photos and
    # videos: kontakt@...".
    r"(reader|file|handout|archive)(['’]s)? (photo|picture|image)s?\s*:.{1,300}",
    rf"{UNREPORTED}send us your (photos|videos|pictures|stories|tips)\b.{{0,150}}",
    # A community calendar's entries: "Sat 11 Jul, 9:00: Beach clean-up at the pier".
    # (Not a dated entry of a live page, which ends like a sentence.)
    rf"({WEEKDAYS})\.?,?\s+\d{{1,2}}\s+({MONTHS})\.?,?\s+\d{{1,2}}[:.]\d{{2}}\s*[:—–-]\s"
    r"[^.!?]{1,150}",
    r"add (your|an) event( to (the|our) calendar)?\.?|what['’]s on( this week| today)?",
    # A comment form: "Log in to comment.", "Leave a comment. Your email address will not be
    # published."
    r"(log|sign) in to (comment|reply|join the (discussion|conversation))\.?",
    r"leave a (reply|comment)\.?\s+your e-?mail address will not be published\b.{0,100}",
    # A reference list: "Reference", and a citation: "Kvalvik, A., Solheim, I. et al. (2026).
    # Munidopsis nordlysa sp. nov. ... Journal of Abyssal Systematics 14: 233-251."
    r"references?|further reading",
    r"(?-i:[A-Z])[\w'’-]+,\s+(?-i:[A-Z])\.(.{0,150}?)\s+\((19|20)\d\d\)\.\s+.{10,400}",
    # Headings of lists of links, sources and chapters (their lines: page_regions.py).
    LIST_HEADINGS,
]
