"""The wording of more page kinds' furniture: wikis, microblogs, print archives, wires.

Whole-line patterns like page_formats.py's (furniture.py compiles them), from a fifteenth set
of pages: a wiki's article, a microblog's thread, an archive of a paper's print pages read by
OCR, a regional wire agency's English service, a government's briefing transcript under its
cookie banner, a museum's blog, a trade magazine and an events magazine. Each names what only
a site says; a story's line reporting someone saying it is kept (UNREPORTED).
"""

from __future__ import annotations

from retrieval.fact_patterns import WRITTEN_DATE
from retrieval.furniture_wording import NUMERIC_DATE, UNREPORTED

# Headings of lists of other items: a wire's "Earlier messages on this subject", a wiki's
# "Contents" over its sections' numbered names ("1 History").
KIND_LIST_HEADINGS = (r"earlier (messages|reports|stories|items|dispatches) (on|about) this"
                      r" (subject|story|topic)|(table of )?contents")

PAGE_KIND_LINES = [
    KIND_LIST_HEADINGS,
    # A government site's cookie banner: "Cookies on the Product Safety Executive website",
    # "We'd like to set additional cookies to understand how you use the site.", "Accept
    # additional cookies", "View cookies" (not a story's "Cookies on sale at the fair").
    r"cookies on (the )?[^.!?:]{1,60}\b(website|site|portal|gov\.uk)",
    rf"{UNREPORTED}we['’]d (also )?like to (set|use) (some )?(additional |analytics |optional )?"
    r"cookies\b.{0,200}",
    r"(accept|reject|refuse) (additional|analytics|optional) cookies|view cookies"
    r"|hide (this )?(cookie )?message",
    # A transcript's note on itself and its moderator's procedure: "This is a transcript of
    # the briefing as it was delivered.", "MODERATOR: Next question, please." (not one
    # introducing the speaker: "MODERATOR: ... will make a short statement").
    rf"{UNREPORTED}this is a transcript of\b.{{0,250}}",
    r"moderator\s*:\s*(thank you( all| everyone)?[.,!]\s*)?((we have time for|next question"
    r"|that concludes|any (more|other|further) questions)\b[^.!?]{0,60}[.!?]?\s*)+",
    # A wiki's: "Jump to navigation", "From Wikinaut, the free encyclopedia", section headings
    # with their edit links ("History[edit]"), references ("1. ^ Lyle, Dorothy (2009) ..."),
    # its licence, hatnotes ("This article is about ... Not to be confused with ...") and
    # notices ("This article documents a ... Some information may change quickly ...").
    r"(jump|skip) to (navigation|search|content|main content)",
    r"from [^,.!?]{1,40}, the free (online )?encyclop(a)?edia",
    r"[^.!?]{1,80}\[edit( source)?\]",
    r"(\d{1,3}\.?\s*)?\^\s.{1,300}",
    r"text is available under (the |a )?creative commons\b.{0,200}",
    r"from\s*:\s*(the )?(?-i:[A-Z])[^.!?:]{1,80}",
    r"this article is about\b[^.!?]{1,100}\.(\s*(for other uses|not to be confused with)\b"
    r"[^.!?]{1,100}\.?)?|not to be confused with\b[^.!?]{1,100}\.?",
    r"this article (documents|is about|describes) an? (current|recent|recently|ongoing)\b.{0,120}"
    r"\b(may change|change (rapidly|quickly))\b.{0,120}",
    # A microblog's: "Search or paste URL", "Boost 212", "Favourite 388", "Show more
    # replies", a reply's author ("Jonty Pell @jontyp@fellside.town"), a profile's bio
    # ("... Views my own. DMs open for tips."), "... is one server in the fediverse.".
    r"search or paste (a )?url",
    r"(boosts?|favou?rites?|reblogs?|reposts?|quotes|bookmarks?)\s*[\d.,]+k?",
    r"show (more|all|\d+ more) (replies|comments|posts)",
    r"[^@\s][^@]{0,40}\s@[\w.]+@[\w.-]+\.\w+|@[\w.]+@[\w.-]+\.\w+",
    rf"{UNREPORTED}[^\"“”]{{0,150}}\b(views (are )?(my|mine) own|dms (are )?open)\b.{{0,100}}",
    r"[\w.-]+ is one (server|instance) (in|of) the fediverse\.?|(server|instance) rules",
    # An archive's print page: "« Previous page", "View page image", "Text below was
    # generated automatically from the printed page and may contain errors.", its running
    # head ("THE WENSUM COURIER, Wednesday, November 18, 2026 7") and page line ("Wednesday
    # 18 November 2026 · Page 7 of 48"), "The Wensum Courier – print edition", OCR's specks
    # ("l ■ ■ . ,").
    r"«\s*(previous|prev|older)( page| post| article)?|(next|newer)( page| post| article)?\s*»",
    r"view (the )?(page|full|original) (image|scan|pdf)",
    r"(the )?text (below|on this page|of this page) (was|is|has been) (generated|produced"
    r"|created|converted) automatically\b.{0,150}",
    rf"(?-i:[A-Z][A-Z .'’&-]{{2,40}}),\s*{WRITTEN_DATE}(\s+\d{{1,3}})?",
    rf"{WRITTEN_DATE}\s*[·|•]\s*page \d{{1,3}}( of \d{{1,3}})?",
    r"[^.!?]{1,60}\s[–—-]\s(print|digital|e-?)\s?edition",
    r"(?=.*[■□▪▫●◆◇])\W*(\w\W+){0,3}\w?\W*",
    # A wire's: its translation notices ("English service – machine-assisted translation
    # from Dutch ...", "(translation: ZPD English service / ed. MvdB)"), its message header
    # ("ZPD/EN 03-11-2026 11:48", "Slug: VELMORA-RECALL (update 1)", "Section: Economy",
    # "Subtitle: ..."), "Note to editors: photos available ...", "End of message".
    rf"{UNREPORTED}[^.!?]{{0,40}}\b(machine[- ]assisted|machine|automated|automatic) translation"
    r" (from|of) \w+\b.{0,200}",
    r"\((translation|translated|trans\.)\s*:?[^()]{1,80}\)",
    rf"[A-Z]{{2,6}}/[A-Z]{{2,3}}\s+{NUMERIC_DATE}(\s+\d{{1,2}}:\d\d)?",
    r"slug\s*:\s*\S.{0,60}|section\s*:\s*[\w &-]{1,30}|subtitle\s*:\s*.{1,200}",
    r"notes? to editors\s*:\s*(photos?|images?|pictures?|video|footage)\b.{0,200}",
    r"end of (message|release|transmission|dispatch)",
    # A blog's and a magazine's: "Posted by the Communications Team", "Previous post: ...",
    # "We are currently closed for redevelopment. See you soon!", "Be the first to hear our
    # news", an advertisement's call ("... rated to 25 tonnes. Request a datasheet", "...
    # from £34.50. Book now"), a writer's note ("Neil Trescothick has covered mine safety
    # for Underground Review since 2011.").
    r"posted by (the )?[^.!?]{1,40}",
    r"(previous|next) (post|article|story|entry)\s*:\s*.{1,150}",
    rf"{UNREPORTED}we are (currently |temporarily )?closed for (redevelopment|refurbishment"
    r"|renovations?|maintenance|building work)\b.{0,60}",
    r"be the first to (hear|know|get|find out)\b[^.!?]{0,60}[.!]?",
    rf"{UNREPORTED}[^\"“”]{{0,200}}\b(request a (datasheet|quote|demo|brochure|callback|sample)"
    r"|book (now|today)|buy (now|today)|order (now|today)|shop now)\s*[!›»→>]*",
    r"(?-i:[A-Z])[\w'’-]+( (?-i:[A-Z])[\w'’-]+){1,2} has (covered|written about|reported on)\b"
    r"[^.!?]{1,100}\bfor [^.!?]{1,40} since (19|20)\d\d\.",
]
