"""The wording of page furniture: patterns of whole lines that are never article text.

Matched case-insensitively against a whole stripped line (furniture.py compiles them), and
kept narrow on purpose: a false positive loses article text.
"""

from __future__ import annotations

from retrieval.fact_words import MONTHS, WEEKDAYS, WRITTEN_DATE

# A date line may give the time first: "Updated 6:42 PM EDT, Tue August 12, 2025".
TIME_FIRST = (rf"\d{{1,2}}[:.]\d{{2}}\s*([ap]\.?m\.?)?(\s*[A-Z]{{2,5}})?,?\s+"
              rf"(({WEEKDAYS})\.?,?\s+)?")

# Times that may follow "By" in a headline: "By Christmas ...", "By Easter ...".
_SEASONS = (r"christmas|easter|midsummer|summer|spring|autumn|fall|winter|ramadan|diwali"
            r"|new year|then|now|contrast|comparison|far|law|default|design|chance|midnight|noon")
# What a byline may say before "by": "Words by Elena Marsh", "Reported by ...".
BYLINE_WORDS = "words|story|text|written|reported"
# A ride's report by a person: "Report by Hayley Dunmore" (not "Report by MPs Slams Water Firm").
REPORT_BY = r"report by (?-i:[A-Z][a-z'’-]+)(?:\s+(?-i:[A-Z][a-z'’-]+)){1,2}"
# A line reporting someone saying something is a story's ("Follow @NYPD ..., police said").
UNREPORTED = (r"(?!.*\b(said|says|told|tells|urged|joked|added|according to|asked|warned|warns"
              r"|noted|stated|explained|found|finds|wrote|writes|alleged|alleges|announced"
              r"|reported|claimed|claims|confirmed|confirms|argued|concluded|insisted|admitted"
              r"|estimated|testified|(?<!your )say|reads|recalled|reminded)\b)")
# A date in figures: "2026-11-16", "16.11.2026", "16-11-2026", "2026/11/16", "27/10/2026".
NUMERIC_DATE = (r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}"
                r"|\d{1,2}-\d{1,2}-\d{4}|\d{1,2}/\d{1,2}/\d{4})")
# A byline naming no one: "Staff Reporter", "Web Desk", "Express News Service".
NAMELESS_BYLINE = (r"(?i:(?:our\s+)?(?:staff|special|senior)\s+(?:reporter|correspondent|writer)s?"
                   r"|our\s+(?:reporter|correspondent|bureau)s?|(?:web|news|city|metro|sports?"
                   r"|business|online)\s+desk)|(?-i:[A-Z])\w+\s+(?i:news\s+service)")
# Link lists' headings: "Top Stories", "More from UK Politics", "Most read".
STORY_LIST = (r"(top|latest|more|trending|popular|most (read|popular|viewed|shared|watched))"
               r"( (stories|news|headlines|videos|now))?( (in|from|on) .{1,40})?")
# Whole lines of furniture, kept narrow (a false positive loses article text). Navigation and
# widget labels never end like a sentence, so those only match such lines.
WIDGET_LINES = [
    r"open in app",
    r"exit mobile version",
    r"(no|\d+) comments?|leave a (reply|comment)",
    r"(advertisement|advertising|sponsored( content)?|skip to (main )?content)",
    r"(share|share this( article| story)?|print|email|tweet|whatsapp|facebook|twitter)",
    r"share (on|via|to) (facebook|twitter|x|whatsapp|linkedin|e-?mail|messenger|reddit"
    r"|pinterest|bluesky|threads)",
    r"(read more|read also|also read|related( articles| news| stories)?)",
    # A link to another page behind a label: "WATCH: Day five highlights", "MORE: Team news".
    r"(?-i:WATCH|MORE|LISTEN|VIDEO|PHOTOS|GALLERY|RELATED|READ MORE|SEE ALSO|WEATHER ALERT)"
    r"\s*:\s+\S.{0,100}|(?-i:LIVE):\s+(watch|updates?|stream|coverage|blog)\b.{0,80}",
    r"video:\s.{0,150}\(\d{1,2}:\d{2}\)",  # "Video: ... reports from the scene (1:48)"
    # Reading and listening aids: "3 min read", "3 hours ago", "Listen • 3:52".
    r"\d+\s+(min(ute)?s?|hours?|days?)\s+(read|ago)",
    r"(▶\s*)?listen( live| now| to (this |the )?(article|story))?(\s*[•·:-]?\s*\(?\d{1,2}"
    r"(:\d{2}| min(ute)?s?)\)?)?(\s+now playing:.{0,60})?",
    r"search( the web| this site| (our|the) archives?| fact checks| (all )?(stories|articles))?"
    r"|@\w{1,30}",
    r"(comments?|💬)\s*\(?\d+\)?|(join the (debate|conversation)\s*[—–-]\s*)?\d+ comments",
    r"what to read next|related links|more from .{1,40}|(?-i:SUBSCRIBER EXCLUSIVE)",
    r"[—-]\s*embedded (post|tweet)",
    r"(view|see) full[- ]size image|text size",
    r"(\[[^\[\]]{1,40}\]\s*)+",  # a form's buttons: "[ Enter your email ] [ Sign Up ]"
    r"(subscribe|sign in|log in|sign up)( now| here| for \S{1,12})?",  # "Subscribe for $1"
    # A run of share buttons: "Share on Facebook Share on X Copy link".
    r"((share (on|via|to) \w++|copy (the )?link|e-?mail|print|save|tweet|comments?)\s*){2,}",
    r"/\s+[\w .&'-]{1,40}",  # photo-credit line such as " / News1"
    r"(?!.*; )[\W_\d]+",  # bare numbers and rules ("___", "* * *"), not a table's row "1; 41%"
    r"you are here:\s*\S.*|home(\s*[›»>/|]\s*\S.*|\s+\S.*(\.\.\.|…))",  # breadcrumbs
    # A byline without a date ("By CNN Travel staff", "By Jane Doe, Reuters"), not "By 2030
    # the city aims...", with roles and outlets ("By Faith Adhiambo, City Editor, and Brian
    # Ochieng, Staff Writer"); not a headline's "By Christmas the first trams will run ...".
    rf"by\s+(?!(?:{MONTHS}|{WEEKDAYS}|{_SEASONS})\b)(?-i:[A-Z])[\w.'’-]*"
    r"(,?\s+[\w.'’&-]+){0,12}",
    # A team's byline, dated or not: "By the Maré FM newsroom", "By the Barn team, 6 May 2026".
    rf"(({BYLINE_WORDS}) )?by the (?-i:[A-Z])[\w&'’ .-]{{0,30}} (newsroom|news ?desk|(news )?team"
    r"|staff|desk)(\s*[,|·–—-]\s*[\w ,]{0,30}\b\d{4})?",
    # Widgets of news sites: "Link Copied!", "Ad Feedback", "Follow:", "Related topics".
    r"ad feedback|follow|related topics|(?-i:[A-Z]{2,10})\s*[—–]",
    r".{0,30}\bnewsletters?",  # "ONPOLITICS NEWSLETTER"
    r"(buy|view|see|more) (photos?|images?|videos?|gallery)",
    r"about the author|you (may|might) also like|recommended( for you)?",
    r"around the web|editor['’]?s['’]? (picks?|choice|recommendations)",
    r"menu\b.{0,200}",  # "≡ Menu World Politics Money ..." (the symbol is stripped first)
    # A share bar's counts: "[f] Facebook [t] Twitter | 1,207 shares".
    r".{0,60}\b(facebook|twitter|email|share)\b.{0,60}\b[\d,.]+k?\s+(shares|comments)",
    STORY_LIST,
    # A page's taxonomy: "Filed under: Schools, Local Government", "See more on: PFAS".
    r"(filed under|tags?|tagged( with)?|topics?|categories|category|keywords|posted in|see more on"
    r"|more on)\s*:\s*[^!?]{1,200}",
    # Buttons and prompts of the page: "Email this story", "Gift this article", "Copy HTML",
    # "Got it", "Give Now" (not "Donate to the Red Cross" in a list of ways to help).
    r"(e-?mail|gift|republish|share|print|save|translate) (this|full) (story|article|page)",
    r"copy (html|embed code)|got it|(give|donate)( now| today)?",
    # A comment section's buttons and form fields.
    r"read( all)? \d+ comments|reply|post (a )?comment|(name|e-?mail|website)\s*\*",
    # A linked recording and its duration: "Listen: The evening update (4:12)".
    r"(\[(video|audio)\]\s*)?(watch|listen|video|audio)\s*:\s.{1,150}\(\d{1,2}:\d{2}\)",
    # Advertisements behind a label: "[Ad] Norwick Hardware & Feed - Spring kits are in!",
    # "SPONSORED: Hygienic conveyor systems ...", "SKIP ADVERTISEMENT".
    r"(\[ad\]|sponsored|advertisement|promoted)\s*[:—–-]?\s+.{1,200}|skip advertisement",
    # A byline with the role instead of "By": "Martin Ekwueme, Senior Editor".
    r"(?-i:[A-Z])[\w.'’-]+(\s+(?-i:[A-Z])[\w.'’-]+){1,3},\s+([\w-]+\s+){0,3}(editor|reporter|writer"
    r"|correspondent|columnist|contributor|photographer)",
    # A site's footer links, a form's fields, share buttons of other networks, a press release's
    # label: "Contact Us", "Privacy Policy", "Your email address", "Bluesky", "NEWS RELEASE".
    r"(contact|about)( us)?|privacy( policy| notice)?|terms( of (service|use))?|accessibility"
    r"|careers|site ?(map|index)|corrections|advertise( with us)?|work with us"
    r"|your ad choices|cookie (policy|settings)|your e-?mail( address)?|comments?"
    r"|x|bluesky|threads|linkedin|nextdoor|instagram|youtube|tiktok|rss|download audio"
    r"|(news|press|media) release|keep reading|read next|up next"
    r"|related (coverage|content|links)|text size(:.{0,20})?|search \S+\.[a-z]{2,4}"
    r"|also (in|on|from) (?-i:[A-Z]).{1,40}|upcoming events?",
    # A live page's entry times and buttons: "18:45 IST", "Share this update", "Auto-refresh
    # ON", "Load more comments"; app and channel prompts: "Follow us on WhatsApp".
    r"\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*[A-Z]{2,4}|share this (update|post|entry)"
    r"|auto-?refresh:?( on| off)?|(show all )?key events|load more( comments| stories)?"
    r"|follow us on \w+( \w+)?"
    r"|download (the |our )?.{1,40} app( for .{1,40})?|e-?mail( address)?",
    # A section path: "Europe / Portugal", "News / Local / Courts".
    r"[\w&'’ -]{1,30}( / [\w&'’ -]{1,30}){1,4}",
    # A newsletter's sign-up: "Sign up to Meridian Travel Weekly" (not "Sign up to volunteer").
    r"sign up (for|to) (?-i:[A-Z]).{0,40}\b(weekly|daily|newsletter|briefing|digest|dispatch"
    r"|bulletin|alerts)\b.{0,20}",
]
ANY_LINES = [
    r"please enter your (comment|name|email)( here)?[!.]?",
    r"your e-?mail address will not be published\b.{0,100}|required fields are marked\b.{0,10}",
    r"(you have entered an incorrect email address|save my name, email and website).*",
    r"disclaimer:.*",
    # Wire credits: "Reporting by Jane Doe; Editing by John Roe", "... contributed to this".
    r"\(?(additional )?reporting by (?-i:[A-Z])[^;.]{1,80}(;\s*(additional reporting|editing"
    r"|writing|compiled) by [^;.)]{1,80})+\.?\)?"
    r"|(additional )?reporting by (?-i:[A-Z])[^;.!?]{1,80}",
    # Bylines of other words: "Words by Elena Marsh", "Story by Marcus Hale | FullTime Staff",
    # "Written by Ann Lee, 10 May 2026".
    REPORT_BY,
    rf"({BYLINE_WORDS}) by (?-i:[A-Z])[\w.'’-]*(\s+(?-i:[A-Z])[\w.'’-]*){{0,3}}"
    r"(\s*[|,]\s*.{0,40}\b(staff|writer|reporter|correspondent|editor|contributor)\b.{0,20}"
    rf"|\s*[|,;]\s*edit(ed|ing) by (?-i:[A-Z])[\w.'’ -]{{1,40}}|\s*[|,·]\s*{WRITTEN_DATE})?",
    r"link copied!?",
    r"[^.!?]{1,80}\bcontributed (reporting )?to this (report|story)\.?",
    r"our standards:.{0,120}",
    r"by (subscribing|signing up),? you agree to .{0,250}",
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
    rf"{UNREPORTED}(?=.*(@\w|www\.|://))follow [^.!?]{{1,60}} on (twitter|facebook|instagram"
    r"|linkedin|google\+|threads|x)\b.{0,250}",
    r"originally published (on|in|by) [^.,;!?]{1,40}\.?",
    # Captions and credits: "Photo: Getty Images", "Photos: the field ... Ash Farm", "Pictured:".
    rf"(photo|image|file photo|picture)( credit)?:\s*(?-i:[A-Z]).{{0,80}}|{UNREPORTED}(pictured:\s"
    r"[^\"“]{1,100}|(photo|image|picture)s?:\s*[^\d\"“\s][^\"“]{0,250})",
    # "Credit: WhiteHaven/Shutterstock.com View full size image": a name and an agency.
    r"credits?:\s*[^\s/]{1,40}(\s[^\s/]{1,40}){0,3}/\S.{0,80}",
    # A caption ends with its agency's credit: "... is shown in this file photo. (AP Photo)".
    r".{0,250}\((ap|afp|reuters|getty images|upi|epa|pa|xinhua|yonhap)\s+(photo|photograph"
    r"|image)s?\)",
    r"\(\s*([\w-]+\s+){0,2}(photo|image|picture)s?\s*[:/].{0,150}\)",
    # A caption ends with its credit: "... on Monday. (Gazette photo / Ray Ocampo)".
    r".{0,250}\(\s*([\w-]+\s+){0,2}(photo|image|picture|illustration)s?\s*[:/][^()]{1,80}\)",
    # ... by a photographer with initials: "Photo: N. Rajkumar".
    r".{0,250}[.!?]\s+(photo(graph)?|image|picture|illustration|graphic)s?:\s*((?-i:[A-Z])\.\s*)*"
    r"(?-i:[A-Z])[^.!?]{1,80}",
    r"(photo|image|picture)s? (caption|credit)s?\s*:.{0,200}",
    # The BBC's spoken labels: "Image caption, Fallen trees blocked roads in Cork".
    r"(image|media|video|photo) (caption|source|credit)\s*[,:] (?-i:[A-Z]).{0,200}",
    r".{0,120}\b(photo|image|picture) credit:.{0,150}",
    # Comment prompts and share counts: "Tell us what you think in the comments below."
    r".{0,80}\b((tell|let) us (what you think|know)|share your (thoughts|views)).{0,60}"
    r"\b(comments|below)\b.{0,150}",
    r".{0,80}\b(join the conversation|keep it civil|comments (are|will be) (subject|moderated"
    r"|pre-?moderated|removed)|our community (rules|guidelines))\b.{0,100}",
    # A comment box speaks to the reader: "Have your say: leave a comment below. You must be
    # signed in to comment."; "Comment policy: the paper said ..." is a story's sentence.
    rf"{UNREPORTED}(comment policy|have your say)\s*:(?=.*\b(you|your|below|welcomes?"
    r"|moderated|signed in|logged in)\b).{0,200}",
    rf"{UNREPORTED}(leave a comment below|you must be (signed|logged) in to comment)\b.{{0,100}}",
    r".{0,60}:\s*https?://\S*[^\s.]",  # a link after a label: "Read or Share this story: https://"
    rf"by\s+[^|]{{1,60}}\|\s*((updated|published|posted)\b|\d{{1,2}}\s+({MONTHS})\b).*",
    r"(last )?(updated|published|posted)\s*:.{0,80}",
    # A syndicated story's credit and date: "Via Canadian Wire Service · Oct. 16, 2026 · 6:12 AM".
    rf"via\s+[^·•|]{{1,60}}[·•|]\s*(({MONTHS})\.?\s+\d|\d{{1,2}}\s+({MONTHS})).{{0,60}}",
    rf"(release )?dated?\s*:\s*({MONTHS}|{WEEKDAYS}|\d).{{0,60}}",  # "Release Date: August 4, 2025"
    # "The Huffington Post First Posted: 12/08/10 04:21 PM Updated: 12/08/10 06:05 PM".
    r".{0,40}\b(first )?(updated|published|posted)\s*:\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b.{0,80}",
    # A byline with a date: "By cricket.com.au 30 December 2014, 7:05 PM AEDT".
    rf"by\s+\S+(\s+\S+){{0,2}}\s+(\d{{1,2}}\s+({MONTHS})\.?,?\s+\d{{4}}"
    rf"|({MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}})[^.!?]{{0,30}}",
    # "Published October 23, 2014", "Updated on 2014-10-23 10:15": a date line, not a sentence.
    # "Updated - October 29, 2026 11:02 IST", "Published 16.11.2026 10:12", after a section
    # and before a titled name: "Parish Notes — posted 3 May 2026 by Dr. Vane".
    rf"((?-i:[A-Z])[\w'’&]*(\s+[\w'’&]+){{0,3}}\s+[|·—–-]\s+)?"
    rf"(updated|published|posted|filed|released|aired)(\s+on)?(\s*[-–—]\s*|\s+)({TIME_FIRST})?"
    rf"(({WEEKDAYS})\.?,?\s+)?(({MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+({MONTHS})\.?\s+\d{{4}}"
    rf"|{NUMERIC_DATE})([^.!?]|[ap]\.m\.|\b(?-i:[A-Z][a-z]{{1,2}})\.\s){{0,80}}",
    r"sign up (for|to) our\b.{0,60}",
    rf"{UNREPORTED}sign up (for|to) our\b.{{0,60}}\b(newsletters?|alerts|emails?)\b.{{0,200}}",
    # ... not the way to sign up: "... bulletin by texting FLOOD to 80011 before Friday."
    r"sign up (for|to) the\b(?!.*\bby (calling|texting|phoning|visiting|emailing)\b).{0,40}"
    r"\b(newsletter|alerts|emails?|briefing|digest|bulletin)\b.{0,40}",
    r".{0,80}\b(delivered|straight) to your inbox\b.{0,60}",
    # Calls to action: "Subscribe to our newsletter for the latest headlines!", "Click here to
    # get breaking news alerts sent to your phone.", "Download our app ...".
    # The site speaks of itself: "our", "us", its news alerts or app.
    rf"{UNREPORTED}click here\b.{{0,150}}",
    rf"{UNREPORTED}(subscribe|sign up|register)\b(?=.*\b(our|us)\b).{{0,80}}\b(newsletters?"
    r"|alerts|updates|headlines|e-?mails?|inbox|notifications|briefing|digest)\b.{0,80}",
    rf"{UNREPORTED}(get|receive|download)\b.{{0,40}}\b(breaking news|news alerts|our app"
    r"|our newsletters?|news app)\b.{0,100}",
    rf"{UNREPORTED}(donate now|support (us|our|independent \w+ journalism)|never miss)\b.{{0,120}}",
    rf"{UNREPORTED}(.{{0,80}}[.!?—–-]\s+)?become a (sustaining |paying |monthly )?(member"
    r"|subscriber|supporter)\b.{0,40}\b(today|now)\b.{0,20}",
    # An author's note with an address: "... is a staff reporter. Email her at x@y.example."
    rf"{UNREPORTED}(?=.*@).{{0,200}}\b(e-?mail|contact|reach|follow) (her|him|me|us)"
    r" (at|on)\b.{0,100}",
    rf"{UNREPORTED}(?=.*(@|\bsignal:|securedrop)).{{0,200}}\b(send (us |him |her )?tips"
    r"|tips via)\b.{0,100}",
    r"enter your e-?mail( address)?\b.{0,40}",
    r"contact \S+( \S+)? at (https?://|www\.|\S+@)\S*",  # the reporter's contact line
    r"write to (?-i:[A-Z])[\w.'’ -]{1,60} at \S+@\S+( and (?-i:[A-Z])[\w.'’ -]{1,60} at \S+@\S+)?",
    r"(media )?contacts?:.{0,200}(@|\(\d{3}\)).{0,100}",
    # A press release's and a print paper's notes, a paywall's offers, a gambling notice.
    r"for immediate release|appeared in the .{1,40}\bprint edition\b.{0,150}",
    r"(?-i:About (the )?[A-Z][\w&.'’-]*( [A-Z&][\w&.'’-]*){0,8}):\s(?=.{0,300}\b(provides"
    r"|serves|is an?|was founded|founded in|headquartered|employs)\b).{20,800}",
    r"you have \d+ free (articles?|stories) (left|remaining)\b.{0,150}",
    r"continue reading\b.{0,80}\bsubscri.{0,60}|already a (subscriber|member)\?.{0,30}",
    r"(bet responsibly\.?.{0,30})?gambling problem\?.{0,60}",
    r".{0,150}©\s*(\d{4})?\.?",
    r".{1,60}\(@\w{1,30}\)\s+.{0,40}\d{4}",  # an embedded post's author and date
    r".{0,60}\bquotes\b.{0,40}\bdelayed\b.{0,120}",  # "Quotes delayed 15 minutes. Market data..."
    # A widget's error message, and a page's note of the article's age.
    r"(we['’]re sorry,?\s*|sorry,?\s*)?this (feature|content|video|page) is (currently "
    r"|temporarily )?unavailable\b.{0,80}|please try again later\.?",
    r"this (article |story |page )?was (first )?published .{1,30} ago\.?",
    # A date line: "January 17, 2005 — 2.41pm", "Tuesday, 14 December 2004, 10:41 GMT".
    rf"(({WEEKDAYS}),?\s+)?(({MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+({MONTHS})\.?,?\s+\d{{4}})(([\s,—–·•|-]+|\s+at\s+)\d{{1,2}}[.:]\d{{2}}\s*"
    r"([ap]\.?m\.?)?(\s*[A-Z]{2,4})?)?",
]
