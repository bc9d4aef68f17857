"""The wording of a site's notes around a story: credits, appeals, comments, its notes on itself.

Whole-line patterns like furniture_wording.py's (furniture.py compiles them), from the pages
of more site styles: photo credits alone on their line, captions ending in their credit,
appeals for support, comment sections, cookie notices and notes naming the site.
"""

from __future__ import annotations

from retrieval.furniture_wording import UNREPORTED

_NO_QUOTE = r"(?!.*[\"“”])"  # a line quoting someone is a story's

# A photo credit alone on its line: "Priya Sandoval/KNFR", "Jane Doe / AP", "Photo: Ana
# Ruiz", "Photo by Rosa Delgado", "Credit: Courtesy of the family".
CREDIT_LINES = [
    r"(?-i:[A-Z])[\w.'’-]+(\s+(?-i:[A-Z])[\w.'’-]+){1,3}\s*/\s*(?-i:[A-Z])[\w&.'’-]*"
    r"(\s+(?-i:[A-Z&])[\w&.'’-]*){0,4}",
    r"\(?((file )?photo(graph)?|image|picture)s?( credit)?\s*:\s*(?-i:[A-Z])[^.!?]{0,80}\)?",
    r"\(?(photo|photograph|image|picture)s? by (?-i:[A-Z])[^.!?()]{1,80}\)?",
    r"credits?:\s*(?-i:[A-Z])[^.!?]{1,80}",
    r"((photo|image|picture)s?\s+)?courtesy( of)? (?-i:[A-Z])[^.!?]{1,60}",
]
SITE_NOTE_LINES = [
    # A comment section's heading: '14 thoughts on "Title"' (its comments: page_regions.py).
    r"\d+ (thoughts|responses|replies|comments) (on|to) [\"“‘'][^\"“”‘’]{1,150}[\"”’']",
    r"was this (page|article|story|information) (helpful|useful)\??",
    # Captions ending with their credit: "... in her farmhouse. Photo by Samuel Oyelaran for
    # The Clearwater Ledger", "... which closed in 2019. Credit: Ana Ruiz for The Chronicle",
    # "... on a dark morning in January. (Photo by Rosa Delgado)".
    r".{0,300}[.!?]\s+(photo|image|picture|illustration)s? by (?-i:[A-Z])[^.!?]{1,80}"
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
    r"comments (on this (article|story|post) )?are (now )?closed\.?"
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
]
