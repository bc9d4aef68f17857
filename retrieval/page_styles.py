"""The wording of more site styles' furniture: galleries, fact checks, podcasts, wires, sport.

Whole-line patterns like site_notes.py's (furniture.py compiles them), from a ninth set of
pages: a gallery's counter, a fact check's verdict box, a podcast's credits, a business
wire's notes, a match report's line-ups and scorers, a radio station's and a student
paper's prompts; and from a tenth: a science site's journal reference and citation, a wiki's
notices, a markets page's data note, a council's contacts, a federation's results, reading
controls; customers' reviews. Each names what only a site says; a story's line reporting
someone saying it ("..., the health secretary urged.") is kept (UNREPORTED).
"""

from __future__ import annotations

from retrieval.fact_words import DAY_FIRST_DATE, MONTH_FIRST_DATE, MONTHS, WEEKDAYS
from retrieval.furniture_wording import NAMELESS_BYLINE, UNREPORTED

_NO_QUOTE = r"(?!.*[\"“”])"  # a line quoting someone is a story's
_WRITER = r"(?-i:[A-Z][\w'’&-]{0,30}\.?|[A-Z]\.)"  # a capitalised word of a reviewer's name

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
    # An appeal for the writer's coffee, not news of the platform "Buy Me a Coffee".
    rf"{UNREPORTED}[^\"“”]{{0,150}}\b(?-i:[Bb]uy (me|us) a coffee)\b[^\"“”]{{0,80}}",
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
    # A science site's reference box: "Journal reference", "DOI: 10.4471/...", "Cite this page:
    # ...", a citation with its authors and its tail ("Wróblewska A., Ganzorig B. et al. ...
    # (2026)"), its source's note.
    r"(journal|original|story) (references?|source)\s*:?|cite (this|the) (page|article|story)"
    r"(\s*:.{1,400})?|citation\s*:?|(doi\s*:?\s*|https?://(dx\.)?doi\.org/)10\.\d{4,9}/\S+",
    rf"{UNREPORTED}(?-i:[A-Z])[\w'’-]+,?\s+(?-i:[A-Z])\.(\s*(?-i:[A-Z])\.)?,\s+(?-i:[A-Z])"
    r"[\w'’-]+,?\s+(?-i:[A-Z])\.(?=.*(\bet al\b|\(\d{4}\)|\bdoi\b|\b\d+,\s*\d+[–-]\d+)).{1,400}",
    r".{0,200}\bcontent may be edited for (style and length|length and style)\.?",
    # A wiki's notices: "From OpenChronicle, the free news source you can write!".
    r"from (?-i:[A-Z]).{1,40}, the free .{1,40} (that )?(you|anyone) can (write|edit)!?",
    r"have an opinion on this (story|article)\?.{0,100}|this page was last (edited|modified"
    r"|updated) on .{1,60}",
    rf"{UNREPORTED}(the )?text is available under the creative commons\b.{{0,200}}",
    # Reading controls: "+ Add to Watchlist", "Font size: A- A+", "A A", "Share this report".
    r"\+?\s*(save|add) to (my )?(reading list|watch ?list|favou?rites|portfolio|bookmarks)",
    r"((font|text) size\s*:?\s*)?(a[-+]*\s+){1,3}a[-+]*|(font|text) size",
    r"share this (report|article|story|page|post|video)\s*:?",
    r"give (us )?(your )?feedback(\s*\([^()]{1,20}\))?",
    r"comments are (now )?closed( (on|for) (this|these|all|our|reports?|articles?|stories|posts?)"
    r"\b[^.,;!?]{0,50})?\.?",
    rf"{UNREPORTED}(market data (is )?delayed\b|(data|quotes|prices) (is |are )?delayed by "
    r"(at least |up to )?\d+ min(ute)?s\b).{0,100}",
    rf"{UNREPORTED}unauthori[sz]ed (reproduction|copying|redistribution|republication)\b.{{0,40}}"
    r"\b(content|material|articles?|stories|photos|images)\b.{0,40}\b(prohibited|forbidden"
    r"|not permitted)\.?",
    # A byline without a name, a dateline alone: "Staff Reporter", "THOOTHUKUDI, October 29,
    # 2026 06:30 IST", "NAIROBI, Kenya, March 3, 2025".
    NAMELESS_BYLINE,
    rf"(?-i:[A-Z][A-Z .'’-]{{2,30}}),(\s+(?-i:[A-Z])[\w'’-]+){{0,2}},?\s+({MONTH_FIRST_DATE}"
    rf"|{DAY_FIRST_DATE})(,?\s+\d{{1,2}}[:.]\d\d(\s*[ap]\.?m\.?)?)?(\s+(?-i:[A-Z]{{2,4}}))?",
    # A council's contacts: "(For) more information", "Jari Koskinen, municipal manager, tel.
    # +358 44 712 3090" (a name and a role before the number), "Tel: +254 722 123 456".
    r"(for )?(more|further) information\s*:?",
    r"(?-i:[A-Z])[^.!?,]{1,40},\s*[^.!?,]{1,60},\s*(tel|phone|mob|mobile|gsm)[.:]?\s*\+?\d"
    r"[\d ()/-]{6,20}(,?\s*\S+@\S+)?",
    r"(tel|telephone|phone|mob|mobile|fax)\s*[.:]\s*\+?\d[\d ()/-]{6,20}",
    # A results box's heading with its day ("Results — Saturday 7 November"); a link with an
    # arrow ("Full results and line scores »").
    rf"(results|fixtures)\s*[-–—:]\s*(({WEEKDAYS})\w*,?\s+)?(\d{{1,2}}\s+({MONTHS})|({MONTHS})"
    r"\.?\s+\d{1,2})\b[^.!?]{0,20}",
    r"(?!.*«)(full|all|more|see|read|view|watch|listen|continue|browse|explore|go to|back to)\b"
    r"[^.!?]{0,70}\s[»→]",
    r".{0,30}\b(paybill|till number|iban|sort code)\b\s*:?\s*\d[^.!?]{0,60}",
    # A customer's review, quoted whole to its full stop, with its writer's capitalised name
    # after a dash: '"Best chipper in Monaghan, no contest." - Ciarán, Google review',
    # '"Honest price." - Mark T.' (not a song's title and singer, a quoted headline's "-
    # Kenny fumes", an interview's '"Was it a penalty?" - Not in a million years.').
    rf"[\"“][^\"“”]{{3,300}}[.!][\"”]\s*[-–—]\s*(?!(?-i:Yes|No|Not|Never|Nothing)\b){_WRITER}"
    rf"(\s+{_WRITER}){{0,2}}(\s+(?-i:review))?(,\s*{_WRITER}(\s+{_WRITER}){{0,2}}"
    r"(\s+(?-i:review))?)?",
]
