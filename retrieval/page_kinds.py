"""The wording of more page kinds' furniture: wikis, microblogs, print archives, wires.

Whole-line patterns like page_formats.py's (furniture.py compiles them), from a fifteenth set
of pages: a wiki's article, a microblog's thread, an archive of a paper's print pages read by
OCR, a regional wire agency's English service, a government's briefing transcript under its
cookie banner, a museum's blog, a trade magazine and an events magazine; and a sixteenth: a
parliament's record, a service's status page, an app store's listing, a police appeal, an
aggregator, a crowdfunding page, a professional body's bulletin. Each names what only
a site says, in the site's own wording: a story's sentence about the same things ("Automatic
translation of court documents will begin next year", "Teenagers' DMs are open to strangers")
does not match, and one a story might write reports no one (UNREPORTED).
"""

from __future__ import annotations

from retrieval.fact_words import MONTH_FIRST_DATE, MONTHS, WEEKDAYS, WRITTEN_DATE
from retrieval.furniture_wording import NUMERIC_DATE, UNREPORTED

# A post's byline in the site's own words, its date last: "Posted by Ann Brewer on Tuesday
# 3rd March 2026 in Club News", "Diary entry by Sam Holt, head brewer — Friday 6 March 2026",
# "Field notes from Rhian Lloyd, Warden | 07.03.2026", "Walk report by Ivo Penn, leader · 4
# May 2026". Its words name a post ("entry",
# "update"), not a deed ("Objection lodged by the Wildlife Trust on 12 May 2025" in a story's
# timeline).
POST_LINE = (r"(?:[\w'’-]+\s+){0,2}?(?:posted|written|entry|update|notes|diary|blog|letter"
             r"|message|words|report|post|column|dispatch|bulletin)\s+(?:by|from)\s+(?:the\s+)?"
             r"(?-i:[A-Z])[^!?]{0,60}?"
             rf"(?:,|\s[|·—–-]|\son)\s+(?:(?:{WEEKDAYS})\w*,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?"
             rf"\s+(?:{MONTHS})\.?,?\s+\d{{4}}|{MONTH_FIRST_DATE}|{NUMERIC_DATE})"
             r"(?:\s+in\s+(?-i:[A-Z])[\w&'’ ]{0,30})?")
# Headings of lists of other items: a wire's "Earlier messages on this subject", a wiki's
# "Contents" over its sections' numbered names ("1 History"), a police site's "Related
# appeals", a status page's "Past incidents".
KIND_LIST_HEADINGS = (r"earlier (messages|reports|stories|items|dispatches) (on|about) this"
                      r" (subject|story|topic)|(table of )?contents|related appeals|past incidents")
_NAME = r"(?-i:[A-Z])[\w'’.&-]*(\s+(?-i:[A-Z])[\w'’.&-]*){0,4}"
# A microblog's: a post's counter ("Boost 212"), an account's handle ("@jontyp@fellside.town")
# and a post's age after it (" · 2h"); reader_posts finds a thread's replies by them.
MICROBLOG_COUNTER = r"(?:boosts?|favou?rites?|reblogs?)\s*[\d.,]+k?"
HANDLE = r"@[\w.]+@[\w.-]+\.\w+"
POST_AGE = r"(?:\s*[·•]\s*\S{1,14})?"

PAGE_KIND_LINES = [
    KIND_LIST_HEADINGS,
    # A government site's cookie banner: "Cookies on the Product Safety Executive website",
    # "We'd like to set additional cookies to understand how you use the site.", "Accept
    # additional cookies", "View cookies" (not a story's "Cookies on sale at the fair").
    r"cookies on (the )?[^.!?:]{1,60}\b(website|portal|gov\.uk)",
    rf"{UNREPORTED}we['’]d (also )?like to (set|use) (some )?(additional |analytics |optional )?"
    r"cookies\b.{0,200}",
    r"(accept|reject|refuse) (additional|analytics|optional) cookies|view cookies"
    r"|hide (this )?(cookie )?message",
    # A transcript's note on itself, "From:" its department, and its moderator's procedure:
    # "This is a transcript of the briefing as it was delivered.", "MODERATOR: Next question,
    # please." (not one introducing the speaker: "MODERATOR: ... will make a statement").
    rf"{UNREPORTED}this is a transcript of\b[^.!?]{{0,60}}\bas (it was )?(delivered|spoken"
    r"|broadcast)\b.{0,200}",
    r"from\s*:\s*(the\s+)?(?-i:[A-Z])[^\s,.!?:]*(\s+[^\s,.!?:]+){0,5}",
    r"moderator\s*:\s*(thank you( all| everyone)?[.,!]\s*)?((we have time for|next question"
    r"|that concludes|any (more|other|further) questions)\b[^.!?]{0,60}[.!?]?\s*)+",
    # A wiki's: "Jump to navigation", "From Wikinaut, the free encyclopedia", section headings
    # with their edit links ("History[edit]"), references ("1. ^ Lyle, Dorothy (2009) ..."),
    # its licence, hatnotes ("This article is about the museum in Coventry. Not to be
    # confused with Ashdown House.") and notices ("This article documents a recently
    # reopened institution. Some information may change quickly ...").
    r"(jump|skip) to (navigation|search|content|main content)",
    r"from [^,.!?]{1,40}, the free (online )?encyclop(a)?edia",
    r".{1,80}\[edit( source)?\]",
    r"(\d{1,3}\.?\s*)?\^\s.{1,300}",
    r"text is available under (the |a )?creative commons\b.{0,200}",
    r"(this article is about\b[^.!?,]{1,80}\.\s*)?(for other uses, see|not to be confused with)"
    r"\b[^.!?,]{1,60}\.?",
    r"this article (documents|is about|describes) an? (current|recent|recently|ongoing)\b.{0,120}"
    r"\b(may change|change (rapidly|quickly))\b.{0,120}",
    # A microblog's: "Search or paste URL", "Boost 212", "Favourite 388", "Show more
    # replies", a reply's author ("Jonty Pell @jontyp@fellside.town · 2h"), a profile's bio
    # ("Freelance reporter, Hope Valley & Peak. Views my own. DMs open for tips."), "... is
    # one server in the fediverse.".
    r"search or paste (a )?url",
    rf"{MICROBLOG_COUNTER}|(reposts?|quotes|bookmarks?)\s*[\d.,]+k?",
    r"show (more|all|\d+ more) (replies|comments|posts)",
    rf"({_NAME}\s+)?{HANDLE}{POST_AGE}",
    rf"{UNREPORTED}[^\"“”]{{0,150}}[.!|·]\s*(views (are )?(my|mine) own|dms (are )?open"
    r"( for [\w ]{1,20})?)"
    r"[.!]?(\s+[^.!?]{1,60}[.!]?)?",
    r"[\w.-]+ is one (server|instance) (in|of) the fediverse\.?|(server|instance) rules",
    # An archive's print page: "« Previous page", "View page image", "Text below was
    # generated automatically from the printed page and may contain errors.", its running
    # head ("THE WENSUM COURIER, Wednesday, November 18, 2026 7") and page line ("Wednesday
    # 18 November 2026 · Page 7 of 48"), "The Wensum Courier – print edition", OCR's specks
    # ("l ■ ■ . ,": short, so that no long line is tried).
    r"«\s*(previous|prev|older)( page| post| article)?|(next|newer)( page| post| article)?\s*»",
    r"view (the )?(page|full|original) (image|scan|pdf)",
    r"(the )?text (below|on this page|of this page) (was|is|has been) (generated|produced"
    r"|created|converted) automatically\b.{0,150}",
    rf"(?-i:[A-Z][A-Z .'’&-]{{2,40}}),\s*{WRITTEN_DATE}(\s+\d{{1,3}})?",
    rf"{WRITTEN_DATE}\s*[·|•]\s*page \d{{1,3}}( of \d{{1,3}})?",
    rf"(the\s+)?{_NAME}\s[–—-]\s(print|digital|e-?)\s?edition",
    r"(?=.{1,30}$)(?=.*[■□▪▫●◆◇])\W*(\w\W+){0,3}\w?\W*",
    # A wire's: its translation notices ("English service – machine-assisted translation
    # from Dutch, checked by an editor.", "(translation: ZPD English service / ed. MvdB)"),
    # its message header ("ZPD/EN 03-11-2026 11:48", "Slug: VELMORA-RECALL (update 1)",
    # "Section: Economy", "Subtitle: Base of VK-200 can overheat"), "Note to editors: photos
    # available ...", "End of message".
    rf"{UNREPORTED}[^.!?]{{0,40}}\b(machine[- ]assisted|machine|automated|automatic) translation"
    r" (from|of) \w+\b[^.!?]{0,80}\b(checked|edited|reviewed|authoritative|original)\b.{0,150}",
    r"\((translation|translated|trans\.)\s*:?[^()]{1,80}\)",
    rf"[A-Z]{{2,6}}/[A-Z]{{2,3}}\s+{NUMERIC_DATE}(\s+\d{{1,2}}:\d\d)?",
    r"slug\s*:\s*(?-i:[A-Z0-9][A-Z0-9-]{2,})\b[^.!?]{0,40}|section\s*:\s*[\w &-]{1,30}",
    rf"{UNREPORTED}subtitle\s*:\s*(?-i:[A-Z0-9]).{{1,200}}",
    r"notes? to editors\s*:\s*(photos?|images?|pictures?|video|footage)\b.{0,200}",
    r"end of (message|release|transmission|dispatch)",
    # A blog's and a magazine's: "Posted by the Communications Team", "Previous post: Meet
    # the volunteers ...", "We are currently closed for redevelopment. See you soon!", "Be
    # the first to hear our news", an advertisement's call after its offer ("... rated to 25
    # tonnes. Request a datasheet", "... from £34.50. Book now"), a writer's note ("Neil
    # Trescothick has covered mine safety for Underground Review since 2011.").
    r"posted by (the )?(?-i:[A-Z])[^.!?]{1,40}",
    r"(previous|next) (post|article|story|entry)\s*:\s*(?-i:[A-Z\"“‘'])[^.!]{1,150}",
    rf"{UNREPORTED}we are (currently |temporarily )?closed for (redevelopment|refurbishment"
    r"|renovations?|maintenance|building work)\b[^.!?]{0,30}[.!]?(\s*(see you soon|we look"
    r" forward)[^.!?]{0,40}[.!]?)?",
    r"be the first to (hear|know|get|find out) (about )?(our|the latest|new|exclusive|upcoming"
    r"|exhibitions|events|offers|news)\b[^.!?]{0,50}[.!]?",
    rf"{UNREPORTED}[^\"“”]{{0,200}}\d[^\"“”]{{0,100}}[.!]\s*(request a (datasheet|quote|demo"
    r"|brochure|callback|sample)|book (now|today)|buy (now|today)|order (now|today)|shop now)"
    r"\s*[!›»→>]*",
    rf"{_NAME}\s+has (covered|written about|been writing about)\b[^.!?]{{1,100}}\bfor "
    r"[^.!?]{1,40} since (19|20)\d\d\.",
    # From a sixteenth set of pages. A parliament's record: "Volume 781: debated on Wednesday
    # 11 November 2026", "Share this debate", "Previous debate: Rural Bus Services", "Column
    # 412", "Citation: HC Deb, 11 November 2026, vol 781, col
    # 412", "This is the edited Official Report. ...", "Parliamentary copyright 2026".
    rf"volume \d{{1,4}}\s*:\s*debated on {WRITTEN_DATE}",
    r"(share|watch|download|print) (this |the )?(debate|statement|speech|text|transcript)",
    r"(previous|next) (debate|statement|sitting|item)\s*:\s*(?-i:[A-Z])[^.!?]{1,100}",
    r"column \d{1,4}",
    r"citation\s*:\s*[^.!?]{1,100}\bcol\.? \d{1,4}",
    r"this is the (edited|unedited|uncorrected) official report\.(\s*the text may be subject to"
    r" correction\.?)?",
    r"(parliamentary|crown) copyright( \d{4})?|report a problem( with this page)?|back to top",
    r"sign in to save\b[^.!?]{0,60}",
    # A service's status page: "Subscribe to updates", "Get notified by email, SMS or webhook
    # when ...", "← Current status", "This incident affected: ...", "Card authorisation API
    # — Operational", "Uptime over the past 90 days: 99.71%", "This page refreshes
    # automatically every 60 seconds.", "Oct 19, 2026 — No incidents reported.", "Corvane Pay
    # Ltd is registered in England and Wales, company no. 11840273."
    r"subscribe to (updates|alerts|notifications)|get notified by (e-?mail|sms|text|webhook)\b"
    r"[^.!?]{0,80}\bwhen\b[^.!?]{0,60}\b(creates|updates|incidents?)\b[^.!?]{0,30}\.?",
    r"[←‹]\s*[^.!?]{1,30}",
    r"this incident affected\s*:.{1,300}",
    r"(?-i:[A-Z])[^.!?—]{1,60}\s—\s(?-i:Operational|Degraded performance|Partial outage"
    r"|Major outage|Under maintenance)",
    r"uptime (over|for|in) the (past|last) \d{1,3} days\s*:?\s*[\d.]+\s?%",
    r"this page (refreshes|updates|reloads) automatically every \d{1,3} (seconds|minutes)\.?",
    r"(?-i:[A-Z][a-z]{2}) \d{1,2}, \d{4}\s*[—–-]\s*no incidents reported\.?",
    rf"{UNREPORTED}[^.!?]{{1,80}}\b(ltd|limited|plc|llp) is registered in (england|scotland|wales"
    r"|northern ireland)\b[^.!?]{0,40},\s*(company|registration) (no|number)\.?\s*:?\s*\d{5,10}\.?",
    # An app store's listing: "4.1 ★ · 12.8K ratings", "#14 in Business", "Add to wishlist",
    # a review's head ("Crashes on refunds ★★ mikeyp_deli, 29 Oct"), "Developer response:
    # ...", "Size: 84.2 MB".
    r"[\d.]+\s*★\s*[·•|]\s*[\d.,]+k?\s*(ratings|reviews)",
    r"#\d{1,4} in (?-i:[A-Z][\w&]*)(\s+(?-i:[A-Z&][\w&]*)){0,2}|add to (wishlist|cart|basket"
    r"|library)",
    r"[^.!?]{1,80}\s★{1,5}\s+(?-i:[a-z0-9_.-]{2,30}),\s*\d{1,2} (?-i:[A-Z][a-z]{2})",
    r"developer['’]?s? response\s*:.{1,300}|size\s*:\s*[\d.]+\s*(kb|mb|gb)",
    POST_LINE,
    # An appeal's and a blog's: "[Image: a lynx with black ear tufts ...]", a caption behind
    # its label ("[Photo] The crew at the slipway."; no one's words), "Adopt now", "Report
    # online", "Upload footage".
    r"\[(image|photo|picture|video|graphic)\s*:[^\]]{1,200}\]",
    r"(?!.*\b(said|says|say|told|tells)\b)\[(image|photo|picture)\]\s*[^\[\]]{1,200}",
    r"(adopt|donate|give|sponsor|pledge) now|report (it )?online|upload (your )?(footage|photos"
    r"|videos?|evidence)",
    # An aggregator's: "Sources: Devon Vale Police, ... and 3 more", "Read full coverage at
    # West Country Echo", "... Try Newsdrift Plus free for 30 days".
    r"sources?\s*:\s*[^.!?]{1,150}\band \d+ more",
    r"read (the )?full (coverage|story|article|report) (at|on|from) (?-i:[A-Z])[^.!?]{1,40}",
    rf"{UNREPORTED}[^.!?]{{0,80}}[.!]\s*try [^.!?]{{1,40}} (for )?free for \d+ (days|weeks"
    r"|months)\b[^.!?]{0,20}",
    # A crowdfunding page's: "Created by ...", "£39,210 pledged of £48,000 goal", "Back this
    # project", "All or nothing. This project will only be funded if ...",
    # "Pledge £10 or more", a backer's comment ("Sioned W. · Backer – My great-great-...").
    r"created by (?-i:[A-Z])[^.!?,]{1,60}",
    r"[£$€]?[\d,.]+(k|m|bn)? (pledged|raised) of [£$€]?[\d,.]+(k|m|bn)? (goal|target)",
    r"(back|support|fund) this project",
    r"all or nothing\.\s*this project will only be funded\b.{0,100}",
    r"pledge [£$€][\d,.]+ or more",
    r"[^·•]{1,30}\s[·•]\s(backer|supporter|creator)\s[–—-]\s.{1,300}",
    # A bulletin's and a notice's: "Volunteer with ... – register your interest", "Download
    # this issue as PDF (2.4 MB)", "Notice ref. MCS/2026/31 · Issued 20 November 2026", "Map
    # of the exclusion zone (opens in new window)".
    r"[^.!?]{1,80}\s[–—-]\s(register your interest|sign up( now)?|book your place|find out more)",
    r"download (this|the) (issue|report|document|file|bulletin|newsletter)( as (a )?pdf)?"
    r"(\s*\([\d.]+\s?[kmg]b\))?",
    rf"(notice )?ref(erence)?\.?\s*:?\s*[A-Z0-9/-]{{3,30}}\s*[·|]\s*(issued|published|updated)\s+"
    rf"{WRITTEN_DATE}",
    r"[^.!?]{1,80}\(opens in (a )?new (window|tab)\)",
    r"incident report for (?-i:[A-Z][\w&.'’-]*)(\s+(?-i:[A-Z][\w&.'’-]*)){0,3}",
    r"classifieds\s*:\s*(for sale|wanted|to let|lost|found)\b.{0,200}",
    r"obituaries\s*:\s*(?-i:[A-Z])[^.!?]{1,80}\(\d{4}[–-]\d{4}\)",
    # From a twenty-seventh set: a shop's, a hotel's and a choir's buttons alone ("Book now",
    # "Buy tickets", "View offer", "Check availability", "See the deals"), a post's
    # categories ("Posted in Concerts, Choir news"), a ticket's price ("Tickets £8").
    r"check (availability|prices|dates|rates)( now)?|(book|buy|shop|order|view|find out|add to"
    r"|discover|browse|reserve|claim|see)( (now|online|today|more|tickets?|offers?|deals?"
    r"|details|calendar|basket|cart|the (deals|offers?)))*( (all|our) [\w-]+"
    r"( [\w-]+)?)?( (now|online|today))?\s*[!›»→>]*",
    r"(posted|filed) (in|under)\s*:?\s*(?-i:[A-Z])[\w&' -]{1,25}(,\s*(?-i:[A-Z])[\w&' -]{1,25})*",
    r"tickets?\s*:?\s*(from\s+)?[£$€]\d[\d.,]*( each| per person| on the door)?",
]
