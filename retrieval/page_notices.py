"""The wording of institutions' and communities' page furniture: notices, contacts, forums.

Whole-line patterns like page_styles.py's (furniture.py compiles them), from an eleventh set
of pages: a health authority's alert box and its "On this page" index, a rail operator's
service board and helplines, a ministry's and a museum's press office, a union's statement
page, an investor-relations disclosure, a forum thread, a blog platform, a machine-translated
paper and a print replica. Each names what only a site says; a story's line reporting
someone saying it ("..., the minister said.") is kept (UNREPORTED).
"""

from __future__ import annotations

from retrieval.fact_words import WRITTEN_DATE
from retrieval.furniture_wording import UNREPORTED

# Headings of lists of other pages ("On this page" heads the page's own sections, whose
# headings recur over their text: a box of facts may follow one).
NOTICE_LIST_HEADINGS = (
    r"related (statements|releases|disclosures|posts|threads|updates|articles|links|news)"
    r"|earlier (press )?releases|similar threads|recent posts|more read|read also"
    r"|you (may|might) (also )?be interested( in)?|in this issue")
# A small site's other posts: "Other news", "Latest parish news", "From the blog". Over a
# post's headline these are its section's label: a list only once the story has begun.
LATE_LIST_HEADINGS = (r"other (news|stories|posts|articles)|latest ([\w'’&-]+ ){1,2}(news|posts"
                      r"|stories)|from (the|our) (blog|journal|diary)")

PAGE_NOTICE_LINES = [
    NOTICE_LIST_HEADINGS,
    LATE_LIST_HEADINGS,
    r"on this page|in this (article|page|update|release)\s*:?|contents|jump to\s*:?",
    # A notice's dates: "Issued: Tuesday, 15 September 2026, 16:30 EAT", "Next scheduled
    # update: Friday, 18 September 2026", "Service update · Published 12 October 2026, 10:15".
    rf"(issued|next (scheduled )?update|last reviewed|reviewed|valid until|effective)\s*:\s*"
    rf"{WRITTEN_DATE}[^.!?]{{0,40}}",
    r"[^.!?]{1,40}\s[·|]\s*(published|updated|posted)\b[^.!?]{0,80}",
    rf"[^!?|]{{1,60}}\|\s*{WRITTEN_DATE}",  # "Disclosure No. 2026-041 | 08 October 2026"
    rf"(posted|written|submitted) by [^.!?]{{1,60}} on {WRITTEN_DATE}",
    # A dateline alone in mixed case: "Lima, 15 October 2026"; a team's: "Events team, ...".
    rf"(?-i:[A-Z])[\w'’.-]+(\s+((?-i:[A-Z])[\w'’.-]+|team|desk|staff|office|newsroom)){{0,2}},"
    rf"\s+{WRITTEN_DATE}",
    # A place box's prompt: "Forecast for your area: enter a town or postcode".
    r"([^.!?:]{0,60}:\s*)?enter (a|an|your) (town|city|postcode|zip( code)?|location|place|address"
    r"|search term|keyword)s?\b[^.!?]{0,40}",
    # Buttons and controls: "Download as PDF (214 KB)", "Accept", "Listen to this note".
    r"download( as| the)? (pdf|images?|zip|document|file|report|press kit)\b[^.!?]{0,40}",
    r"(accept|refuse|reject|decline) (all|(all |optional |necessary )?cookies)",
    r"listen to this (article|story|note|page|report)|(letter|font|text) size\s*:.{0,20}",
    r"share (this )?(statement|release|update|alert|disclosure)?\s*(in|on|via)?\s*:",
    # A service board's status and an alert box's level: "Cusco – Puno: SUSPENDED", "ALERT
    # LEVEL: ORANGE – ENHANCED RESPONSE" (not a result in a story: "Bristol East: LABOUR
    # HOLD", "Verdict: NOT GUILTY").
    r"[^.!?:]{1,60}:\s+(?-i:(?:SUSPENDED|PART SUSPENDED|NORMAL SERVICE|GOOD SERVICE|REDUCED"
    r" SERVICE|NO SERVICE|CANCELLED|CANCELED|DIVERTED)(?: [–-] [A-Z ]{3,40})?)"
    r"|(?:alert|threat|warning) level\s*:\s+(?-i:[A-Z][A-Z –-]{2,40})",
    rf"{UNREPORTED}this (update|page|statement|release|notice) will be (revised|updated)\b"
    r"[^!?]{0,80}",
    # Contacts: "Media enquiries: press@...", an address alone ("press@museum.example"); a
    # helpline's number ("Helpline: 0800 555 0101") may be the story's.
    r"[^.!?:]{1,60}:\s*\S+@\S+|\S+@\S+\.\S+",
    # Hashtags alone: "#FairRestNow #SafeCrewSafeFlights" (not a rank: "#1").
    r"(#[A-Za-z]\w*\s*){1,8}",
    # A forum's furniture: "Click to expand...", "Reactions: Wuod_Ahero and 14 others".
    r"click to expand\.*|reactions\s*:\s*[\w.-]+(,\s*[\w.-]+)*\s+and\s+\d+\s+others?"
    r"|you must (log in|sign in|be logged in|register|initiate session)\b[^!?]{0,60}",
    r"[^·•]{1,100}\s[·•]\s*started by [^·•]{1,40}\s[·•]\s*replies\s*:\s*\d+",
    r"forum software\b.{0,80}|all times are (gmt|utc)[^.!?]{0,10}\.\s*this page was generated"
    r".{0,40}",
    # Captions with a number or a credit: "Image 1: The suspect van ... (camera image)",
    # "Photo: Minister ... near Ayaviri. (MTPW Press)", "Photo: ... / Heraldo del Altiplano".
    rf"{UNREPORTED}(image|photo|picture|figure)\s+\d+\s*:.{{1,200}}(?<![.!?])",
    r"(photo|image|picture)s?:\s.{1,300}(\([^()]{1,60}\)|\s/\s[^/]{1,60})",
    # A machine translation's notices.
    r"this page (has been|was) (automatically )?translated\b.{0,120}|show original"
    r"|always translate \w+|translation options|original text in \w+\..{0,150}",
    # A print replica's: "Continued on Page A4", "Health Correspondent".
    r"continued (on|from) page \w+",
    r"(health|political|business|sports?|court|crime|science|education|environment|foreign"
    r"|city|news|legal|economics|technology|transport|diplomatic|chief|senior|deputy)"
    r" (correspondent|reporter|editor)",
    # A copyright line or credit: "El Heraldo del Altiplano © 2026 – All the rights
    # reserved.", "Amaury Desmet, De Leie bij winter, 1911. Oil on canvas. © Museum ...".
    r".{0,80}©\s*\d{4}(?!.*\b(is|are|was|were|not|said|says)\b).{0,100}"
    r"|.{0,250}©\s*(?-i:[A-Z])[^.!?©]{1,60}",
    rf"press release\s*[-–—:|]\s*{WRITTEN_DATE}|images? for (the )?press\b.{{0,40}}",
    r"(read|see) also\s*:\s*[^.!?]{1,150}|(responses|replies)\s*\(\d+\)|contacts\s*:"
    r"|what are your thoughts\?|copy link",
    rf"{UNREPORTED}receive (the|our) .{{1,60}} in your (mail|inbox|e-?mail)\.?",
    r"this (disclosure|announcement|document|statement) (may )?contains? forward-looking"
    r" statements\b.{0,1500}",
    # A Q&A site's: "asked by marten_k", "Asked 15 Nov 2026", "Viewed 2,417 times", "Active
    # today", "Answer accepted", "Improve this answer", "Reputation 18.2k".
    # A user's name has a digit or an underscore: not "Asked by reporters".
    r"(asked|answered|edited) by [\w.-]*[_\d][\w.-]*|(asked|answered)\s+\d{1,2}\s+(jan|feb|mar"
    r"|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d{4}|viewed [\d,]+ times|answer accepted"
    r"|improve this (answer|question)|reputation [\d.,]+k|(related|linked) questions"
    r"|hot network questions",
    # A newsletter's: "Issue 214 | 5 min read", "Read time: 4 minutes", "Forward to a
    # friend", "Previous issue", "You are reading an archived issue. ...".
    r"issue \d{1,4}\s*[|·•]\s*\d+ min(ute)?s? read|read(ing)? time\s*:\s*\d+ min(ute)?s?"
    r"|forward (this )?to a friend|(previous|next|older|newer) issue\s*[:»›→]?"
    r"|write a comment\.*|you are reading an archived (issue|edition|version|copy)\b.{0,150}",
    r"reuse this content|subscribe to (print|the print edition)",
    # An age check and its buttons: "You must be 18 or over to enter this site.", "Yes, I'm
    # over 18", "No"; a brewer's "Please drink responsibly."
    r"(you must be|are you) (aged )?(over )?(1[89]|2[01])( or over| or older| years or older|\+)?"
    r"( to (enter|visit|view|use) this (site|website))?[.?]?"
    r"|yes,? i(['’]m| am) (over |aged )?(1[89]|2[01])( or over| or older|\+)?|yes|no"
    r"|please (drink|enjoy) (responsibly|sensibly)\.?",
    # A club's or a firm's founding year under its name, with its place at most: "Est. 1911
    # - Hamilton, Waikato" (not "Founded in 1926 by railway workers, the club ...").
    r"(est\.|(established|founded)\s+(in\s+)?(?=\d{4}\s*[-–·|,]))\s*\d{4}(\s*[-–·|,]\s*"
    r"(?-i:[A-Z])[\w'’-]*(,?\s+(?-i:[A-Z])[\w'’-]*){0,3})?",
    r"\(c\)\s*(\d{4}\s+)?(?-i:[A-Z])[^.]{0,60}\.\s*all rights reserved\.?(\s+(?-i:[A-Z])[^.]{0,100}"
    r"\.)?",
]
