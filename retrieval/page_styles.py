"""The wording of more site styles' furniture: galleries, fact checks, podcasts, wires, sport.

Whole-line patterns like site_notes.py's (furniture.py compiles them), from a ninth set of
pages: a gallery's counter, a fact check's verdict box, a podcast's credits, a business
wire's notes, a match report's line-ups and scorers, a radio station's and a student
paper's prompts. Each names what only a site says; a story's line reporting someone saying
it ("..., the health secretary urged.") is kept (UNREPORTED).
"""

from __future__ import annotations

from retrieval.fact_patterns import MONTHS, WEEKDAYS
from retrieval.furniture_wording import UNREPORTED

_NO_QUOTE = r"(?!.*[\"“”])"  # a line quoting someone is a story's

PAGE_STYLE_LINES = [
    r"\d{1,3}\s+of\s+\d{1,3}",
    rf"{UNREPORTED}{_NO_QUOTE}.{{0,100}}\byou (can|may) unsubscribe at any time\b.{{0,40}}",
    r"verdict|how we rate (claims|statements)|(our |the )?(rating|verdict)\s*:\s*(true|false"
    r"|mostly (true|false)|half true|misleading|unproven|mixture|satire|missing context"
    r"|partly false)\b.{0,40}",
    r"(claimed|reviewed|fact-checked|checked) by\s*:\s*(?-i:[A-Z]).{1,120}",
    # A rating scale: "FALSE: The claim is inaccurate. MISLEADING: ..."
    r"(true|false|misleading|unproven|mixture|satire):\s[^:]{1,300}\s(true|false|misleading"
    r"|unproven|mixture|satire|mostly true|mostly false|half true):\s.{1,600}",
    rf"{UNREPORTED}.{{0,100}}\?\s+send (it|them) to \S+@\S+.{{0,100}}",
    r"support (?-i:[A-Z])[\w&'’ -]{1,40}\s*:\s*we are (funded|supported) by (readers|listeners"
    r"|viewers|members|donors)\b.{0,150}",
    rf"{UNREPORTED}support (?-i:[A-Z])[\w&'’ -]{{1,40}} on (patreon|ko-fi|substack|buy me a coffee)"
    r"\b.{0,150}",
    # A button at a line's end: "Newsletter: The week's fact checks, every Friday. Sign up".
    r".{1,150}[.!?]\s+sign up( free| now| here| today)?\.?",
    # Names only, a list of them ("Hosts: Leah Brannigan and Nicolás Ferrada"), then maybe
    # another credit ("Producer: Imogen Tarrant · Music: ...").
    r"(hosts?|producers?|presenters?|music|sound|mixing|executive producer)\s*:\s*(?-i:[A-Z])"
    r"[\w.'’-]+(\s+(?-i:[A-Z])[\w.'’-]+){1,3}((,\s*| and | & )(?-i:[A-Z])[\w.'’-]+"
    r"(\s+(?-i:[A-Z])[\w.'’-]+){0,3})*(\s*·\s*[^.!?]{1,100})?",
    r"transcripts? (is|are) (generated|produced|created) automatically\b.{0,150}",
    r"news provided by .{1,80}|(?-i:SOURCE)\s+(?-i:[A-Z]).{1,80}",
    r"forward-looking statements|safe harbou?r statement|cautionary (note|statement)s?",
    r"(this|the) (press )?release contains forward-looking statements\b.{0,1500}",
    rf"{UNREPORTED}this (content|release|press release) (has not been|was not) (reviewed|edited)"
    r"\b.{0,300}",
    r"(media|press|investor) (contacts?|relations|enquiries|inquiries)\s*:?",
    r"((?!(to|call|contact|should|told|ring|phone)\b)[\w&'’-]+\s+){0,4}(press office|newsroom"
    r"|media desk|press officer)\s*:\s*\+?[\d ()/+-]{6,40}(\s*\([^()]{1,60}\))?"
    r"(\.\s*e-?mail\s*:\s*\S+@\S+)?",
    r"e-?mail\s*:\s*\S+@\S+",
    rf"({WEEKDAYS})?,?\s*\d{{1,2}}\s+({MONTHS})\s+\d{{4}}\s*[·•|]\s*kick-?off\b.{{0,30}}",
    r"(?-i:[A-Z])[\w .'’-]{1,30}\s*\(\d-\d(-\d){1,3}\)\s*:.{1,500}",  # "Chile (4-3-3): Mella; ..."
    # Scorers and their minutes: "Llanquileo 34', Fuenzalida 112' | Arboleda 61'", "Owen 12',
    # 34'", "O'Brien 45+2'" (atomic groups: linear).
    r"(?>[^,|.!?\d]{0,60})\d{1,3}(\+\d{1,2})?['’](?>(\s*[,|]\s*(?>[^,|.!?\d]{0,60})\d{1,3}"
    r"(\+\d{1,2})?['’])+)",
    r"player ratings\s*:.{1,300}|(please )?(gamble|bet) responsibly\.?(\s*(18\+( only)?|t&cs"
    r" apply|begambleaware\.org|when the fun stops,? stop)\.?){0,3}",
    r"(donate|give) to (student|local|independent|our) (journalism|news(room)?)\b.{0,40}",
    rf"{UNREPORTED}.{{0,200}}\bsend (us )?your .{{1,40}} (to|at) \S+@\S+.{{0,40}}",
    rf"{UNREPORTED}(corrections?\s*:\s*)?an earlier version of this (article|story|report)\b"
    r".{0,300}",
    r"(text|call|phone|whatsapp) (the )?(studio|newsroom|us)\s*:?\s*\+?[\d ()-]{6,20}",
    # A weather box, no forecast's sentence: "Weather: Sunny, high of 24°C" (not "Heavy rain is
    # forecast, with highs of 24°C, so ...").
    rf"{UNREPORTED}weather\s*:\s*(?!.*\b(is|are|was|were|will|may|could|should)\b)"
    r"[^.!?]{1,60}-?\d{1,2}\s*°[CF]\b[^.!?]{0,80}(\.\s*[^.!?]{0,60}\.?){0,2}",
    r"got a (story|tip|news tip)\?.{0,200}",
    # A date line with its reading time, a source with its age: "15 November 2026 · 14 min
    # read", "Atlantic 24 · 5 hours ago".
    rf"\d{{1,2}}\s+({MONTHS})\s+\d{{4}}\s*[·•|]\s*\d+\s+min(ute)?s?\s+read",
    r".{1,40}\s*[·•]\s*\d+\s+(min(ute)?s?|hours?|days?)\s+ago",
    r"this (article|story) appears in (issue \d+|(the|our) print edition)\b.{0,150}",
    r"claim\s*:\s*[\"“].{1,300}|line-?ups|match stats|team news",
    rf"{UNREPORTED}download (the |our )?(?-i:[A-Z])[^.!?]{{0,40}} app( for [^.!?]{{1,60}})?\.?",
    r"(photo|image|picture)s?:\s.{1,300}\([^()]{1,60}/[^()]{1,60}\)",
]
