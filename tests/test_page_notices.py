"""Furniture of institutions' and communities' pages (other11's site styles), and story lines."""

from __future__ import annotations

import pytest

from retrieval.cleaning import clean_text, is_boilerplate
from retrieval.comment_sections import comment_section_start, reply_bar_comments
from retrieval.furniture import is_menu, is_short_trail
from retrieval.reader_posts import forum_posts, readers_questions, subject_replies

OTHER11_FURNITURE = [
    "On this page", "Issued: Tuesday, 15 September 2026, 16:30 EAT",
    "Next scheduled update: Friday, 18 September 2026",
    "Service update · Published 12 October 2026, 10:15 (Peru time, UTC−5)",
    "Disclosure No. 2026-041 | 08 October 2026",
    "Posted by LFAU Secretariat on September 22, 2026", "Lima, 15 October 2026",
    "Download as PDF (214 KB)", "Download PDF (2 pages, 168 KB)", "Accept all cookies",
    "Listen to this note", "Letter size: A- A+", "Share this statement:", "Share in:",
    "Cusco – Puno: SUSPENDED", "ALERT LEVEL: ORANGE – ENHANCED RESPONSE",
    "This update will be revised as new information becomes available.",
    "Media enquiries: communications@lakebasinhealth.example", "press@museum.example",
    "#FairRestNow #SafeCrewSafeFlights", "Click to expand...",
    "Reactions: Wuod_Ahero, Nyar_Gem and 14 others",
    "You must log in or register to reply here.",
    "New ferry levy – will fares go up again? · Started by Odera_K · Replies: 64",
    "Forum software © 2026 ThreadCraft Ltd.",
    "All times are GMT+3. This page was generated at 12:04 PM.",
    "Image 1: The suspect van on Kerkstraat at 02:48 (camera image)",
    "Photo: Minister Carmen Rosa Huanca Velarde at the derailment site. (MTPW Press)",
    "Photo: The work crews replaced sleepers near Ayaviri. / Heraldo del Altiplano",
    "This page has been translated from Spanish by an automatic translation service.",
    "Show original", "Always translate Spanish", "Continued on Page A4", "Health Correspondent",
    "El Heraldo del Altiplano © 2026 – All the rights reserved.",
    "Amaury Desmet, De Leie bij winter, 1911. Oil on canvas. © Museum Hof van Ravesteyn",
    "Press release – 3 November 2026", "Read also: Hospital of Juliaca receives donation",
    "Responses (18)", "What are your thoughts?", "Related statements", "Similar threads",
    "We use functional and analytical cookies. Read more in our cookie policy.",
    "Updated 27/10/2026 07:45 h",
    "This disclosure may contain forward-looking statements that are subject to risks.",
    # other12's: a Q&A site, a newsletter archive, a wire portal, a consent banner.
    "asked by marten_k", "Asked 15 Nov 2026", "Viewed 2,417 times",
    "Answer accepted", "Improve this answer", "Reputation 18.2k",
    "Related questions", "Hot network questions", "Issue 214 | 5 min read",
    "Read time: 4 minutes", "Forward to a friend", "Previous issue", "Write a comment...",
    "You are reading an archived issue. Subscribe to get The Slide every Friday.",
    "Reuse this content", "Subscribe to print", "Est. 1911 - Hamilton, Waikato",
    "(c) BNA Baltic News Agency. All rights reserved. Republication without permission "
    "prohibited.",
    "We value your privacy. We and our partners use cookies to personalise content and ads.",
    "Your privacy choices: We and our 214 partners store and access information on your device.",
]
OTHER11_LOOKALIKES = [
    "Confirmed cases: 14", "Deaths among confirmed cases: 2",
    "First case identified: 29 August 2026", "Helpline: 0800 555 0101",
    "ICU status: closed to new admissions since 12 September 2026",
    "The museum's insurer has offered a reward of €25,000 for information.",
    "Police said the van was seen on Kerkstraat at 02:48, the image shows.",
    "The minister said the line would reopen on 2 November.",
    "Lima, the capital, was quiet on 15 October 2026 as the news spread.",
    "The union said it would accept the offer.", "She read also the second report.",
    "Investigators traced the spread to reusable temperature probes.",
    # Found by a review of the other11 rules.
    "Bristol Central: GREEN GAIN FROM LABOUR", "Verdict: NOT GUILTY",
    "The sign on the door read: NO ENTRY",
    "Figure 2: The researchers found 270 billion tonnes a year, the study said.",
    "Under the 1988 Act, a notice such as © 2024 Jane Doe is not required for protection.",
    "Reactions: Ministers welcomed the report, but unions called it a whitewash.",
    "We use chocolate chip cookies from a local bakery in every sundae, the owner said.",
    "Dear Editor", "Decline", "Telegram", "Contacts",
    "The club was established in 1911 by railway workers.", "Read time fell by half, he said.",
    "The reader asked by email whether the dam was safe.", "Issue 214 of the magazine sold out.",
    "We and our partners will rebuild the bridge, the mayor said.",
    # Found by a review of the other12 rules.
    "We and our partners use your data to show you relevant ads, the banner at the centre of "
    "the case read.", "We value your privacy, Meta said in 2019, before rewriting its cookies "
    "policy.", "Founded in 1926 by railway workers, the club has produced 14 All Blacks",
    "Founded 1904 in Madrid", "Asked by reporters", "Active today", "Next post",
    "(c) The League retains all rights reserved under clause 4, including highlights.",
]


@pytest.mark.parametrize("line", OTHER11_FURNITURE)
def test_furniture_of_institutions_and_communities_pages_is_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", OTHER11_LOOKALIKES)
def test_story_lines_like_that_furniture_are_kept(line):
    assert not is_boilerplate(line)


def test_breadcrumb_trails_are_menus():
    for trail in ("Press Room › Press Releases › October 2026", "Home / Statements / 2026",
                  "Home › Outbreaks & Alerts › Candida auris – Lakeside Mission Referral Hospital"):
        assert is_menu(trail), trail
    assert not is_menu("He said 5 > 3 > 1 was wrong.")
    # Two places parted by an arrow have a trail's shape (a trail among the site's lines: see
    # below); a pager's two items, a comparison or a headline with an arrow have none.
    assert is_short_trail("Tech > Security")
    assert is_short_trail("Racing › Pacific Rim Championships")
    for line in ("Prev | Next", "Revenue > costs", "Safety > speed, says regulator"):
        assert not is_short_trail(line) and not is_menu(line), line


STORY = ("The museum said two paintings were stolen overnight, and police are asking witnesses "
         "to come forward.")


def test_a_forum_thread_keeps_the_pasted_story_and_drops_the_replies():
    lines = ["Odera_K", "Well-known member", "#1 · Sep 19, 2026 at 8:42 AM", STORY,
             "Wuod_Ahero", "#2 · Sep 19, 2026 at 9:05 AM", "Nyakwana is good, she will find it.",
             "Nyar_Gem", "#3 · Sep 19, 2026 at 9:31 AM", "It is more like 25 cases now.",
             "You must log in or register to reply here."]
    furniture = [False] * 10 + [True]
    assert forum_posts(lines, furniture) == {0, 1, 2, 4, 5, 6, 7, 8, 9}
    # One numbered line is no thread, nor is a ranked list without posters' names.
    assert forum_posts(["#1 · Sep 19, 2026 at 8:42 AM", STORY], [False, False]) == set()
    ranked = ["#1 · 15 March 2026", STORY, "#2 · 20 May 2026",
              "Adele's comeback record sold 900,000 copies in a week.", "#3 · 2 June 2026", STORY]
    assert forum_posts(ranked, [False] * 6) == set()


def test_a_bulletin_board_s_replies_go_under_their_subjects():
    subject = "Re: Lowestoft bomb: what actually happened"
    lines = ["Lowestoft bomb: what actually happened",
             "Post by NR32Spotter » Mon 19 Oct 2026, 8:47am",
             STORY, STORY, subject, "Post by Waveney_Wanderer » Mon 19 Oct 2026, 9:32am",
             "Great write-up. I heard on the radio it was half a tonne!", subject,
             "Post by GreenVRT » Mon 19 Oct 2026, 10:05am", "Was 711 on the 99 or parked up?",
             "Would love a copy of that photo.", "Post Reply"]
    furniture = [False] * 11 + [True]
    assert subject_replies(lines, furniture) == {1, 4, 5, 6, 7, 8, 9, 10}
    # A blog's posts under "Posted by X | date" have no subjects: nothing goes.
    blog = ["Posted by Club Secretary | 3 October 2026", STORY,
            "Posted by Club Secretary | 10 October 2026", STORY]
    assert subject_replies(blog, [False] * 4) == set()
    # A header with the day and month in full.
    full = [*lines[:5], "Post by Bob » Wednesday 19 September 2026, 10:32am", *lines[6:]]
    assert subject_replies(full, furniture) == {1, 4, 5, 6, 7, 8, 9, 10}
    # One reply's subject is not a board.
    assert subject_replies(lines[:7], [False] * 7) == set()


def test_a_comment_section_ends_the_story_only_after_it():
    story = [STORY] * 3
    assert comment_section_start([*story, "Responses (18)", "Jens D.", "I live nearby."],
                                 [False] * 6) == 3
    assert comment_section_start(["Comments", *story], [False] * 4) is None
    # A heading without its count ends it too, after the story: "Comments", "Members' comments".
    for heading in ("Comments", "Members' comments"):
        assert comment_section_start([*story, heading, "Bill Hay", "Worth every rut."],
                                     [False] * 6) == 3, heading
    assert comment_section_start([*story, "Comments", "Graham T: In my defence it was big."],
                                 [False] * 5) == 3
    # Or a commenter with the comment's date before the text, after a comma or between dashes.
    for comment in ("Nell Tarrant, 4/11/2026: We walked past it every day.",
                    "Brackenby Farm Supplies — 5 November 2026 — Thanks Nell, we will.",
                    "Ifor Lyle | 6 Nov 2026 | Good work all round.",
                    "Ifor Lyle · November 6, 2026 at 9.14pm · Good work."):
        assert comment_section_start([*story, "Comments", comment], [False] * 5) == 3, comment
    # Not a story line that opens with a name and a date, nor a dated notice.
    for line in ("Friday, 6 November 2026: the road reopens at noon.",
                 "Deadline, 30 November 2026: send your views to the clerk.",
                 "Update — 5 November 2026 — The council has agreed the plan."):
        assert comment_section_start([*story, "Comments", line], [False] * 5) is None, line
    assert comment_section_start([*story, "Comments", "Nell Tarrant, 44, said the path was "
                                  "shut."], [False] * 5) is None
    # Not over the story's own lines: a consultation's "Comments" section, a sidebar's link.
    assert comment_section_start([*story, "Comments", "Comments can be made online until 30 "
                                  "November.", STORY], [False] * 6) is None
    # An explainer's own "Responses" section is the story's.
    assert comment_section_start([*story, "Responses", "Of the 4,000 responses, 62 per cent "
                                  "opposed the route."], [False] * 5) is None


def test_a_site_notice_over_the_menus_is_not_the_story_s_lead():
    page = "\n".join(["Museum Hof van Ravesteyn", "Visit", "Exhibitions", "Support the museum",
                      "The museum is temporarily closed. Online tickets will be refunded.",
                      "Home › Press › Press releases", "Press release – 3 November 2026",
                      "Statement on the theft of two paintings from the museum", STORY,
                      STORY.replace("two", "three")])
    assert clean_text(page).title == "Statement on the theft of two paintings from the museum"
    dated = "\n".join(["Ministry of Transport", "Minister orders inspection of the railway",
                       "Lima, 15 October 2026", STORY])
    assert clean_text(dated).title == "Minister orders inspection of the railway"


def test_a_sentence_under_a_byline_over_a_tag_bar_is_the_lead():
    lead = "The river rose two metres overnight and the barrier was closed, the agency said."
    page = "\n".join(["Floods close the Severn barrier at Bewdley", "By Jane Doe", lead,
                      "The barrier at Bewdley on Monday morning",
                      "Floods | Weather | Environment | Shropshire", "What happens next",
                      lead.replace("two", "three"), lead.replace("two", "four")])
    cleaned = clean_text(page)
    assert cleaned.title == "Floods close the Severn barrier at Bewdley"
    assert cleaned.text.startswith(lead)


def test_a_two_place_trail_counts_among_the_site_s_lines_only():
    story = "The grocer made a profit for the first time in ten years, its owners said on Monday."
    site = "\n".join(["NORDPULSE", "Home", "News", "Tech", "This site uses cookies. By continuing "
                      "to browse you agree to our use of cookies. OK", "Tech > Security",
                      "Smart ring data of 1.2 million users exposed", story, story])
    assert clean_text(site).title == "Smart ring data of 1.2 million users exposed"
    derby = "\n".join(["Derby day drama at the Emirates", "Arsenal > Chelsea",
                       "Late winner settles a tense derby", story, story])
    assert clean_text(derby).title == "Derby day drama at the Emirates"


def test_a_reader_s_question_is_dropped_and_a_story_s_kept():
    asked = ("I had a smart ring and got the email about the leak. I saw a regulator decided "
             "something. Did they get fined, and how much? Does it change anything for me?")
    kept = [
        # Rhetorical questions answered in the paragraph, a quoted question (and a question
        # on a line marked as furniture already, below).
        "Why does this keep happening to small museums? A former security manager told me "
        "that building works are the most dangerous time.",
        '"Did I do enough? Could I have saved them?" she asked the inquiry.',
        "Will the dam hold? Will the council pay? I put both to the mayor, who said yes.",
    ]
    kept += [  # Found by a review: headlines and names that only ask.
        "Energy price cap: Will my bills go up? And what can I do?",
        "Could this be World War I all over again? Or is the comparison overblown?",
        "Was the My Lai massacre covered up? Who knew?", "Is it safe? Should I be worried?",
        "I asked the minister twice: would the plan work? And who would pay for it?"]
    lines = [asked, *kept, asked]
    assert readers_questions(lines, [False] * (len(lines) - 1) + [True]) == {0}
    assert readers_questions(["What now? Who pays?"], [False]) == set()  # no one asks


def test_an_appeal_for_the_writer_s_coffee_is_furniture():
    assert is_boilerplate("Like this post? Norwick Neighbors is a one-person, ad-light "
                          "operation. Buy me a coffee to keep it going.")
    assert not is_boilerplate('"Buy me a coffee," she said, and he did.')
    assert not is_boilerplate("Buy Me a Coffee raises $10m in a funding round.")


# other13's: an agency's report from a PDF, a live blog, a press wire, a podcast page, a
# listings site, a web-archive capture, a radio station, a newsletter (page_formats.py).
OTHER13_FURNITURE = [
    "1 Summary .......... 1", "2 Factual information …… 2", "Published November 2026",
    "This interim report is published to inform the public and the maritime industry. It does "
    "not apportion blame or liability.",
    "Extracts may be reproduced free of charge provided the source is acknowledged.",
    "Last updated 14:05 BST, Thursday 8 October 2026", "Refresh to see latest updates",
    "Comments are closed on live blogs.",
    "Image: The ferry listing near the lighthouse. Photograph: reader submission",
    "ANDØYA, Norway, 20 October 2026 /NordPress/ --",
    "Distributed by NordPress Newswire on behalf of Kvarstad Aerospace AS",
    "Search events, venues, artists...", "It does not apportion blame or liability.",
    "29 October 2026 · 54 min", "Guest: Lena Varga, senior analyst, Orbitrend", "▶ Play episode",
    "Author: Oban Bay Radio Newsroom",
    "Listen: Donnie Carmichael speaks to passengers on this morning's show (4 min 31 sec)",
    "Oban – Lismore: Normal service", "Get text alerts for your route", "Sign up for route alerts",
    "This page was captured by ArcSnap. Some images and scripts may be missing.",
    "That's it for this week. Next issue: a look back at the best endgames of the autumn.",
    "Thanks for reading Zugzwang Notes! Subscribe for free to receive new posts and support my "
    "work.", "Type your email...", "Pledge your support",
]
OTHER13_LOOKALIKES = [
    "He waited... and waited.... 2 hours", "Published November 2026, the report found 40 faults.",
    "The court said it does not apportion blame, the judge said.",
    "Comments are closed on the council's website, a spokesman said.",
    "Guest: the minister spoke for an hour.", "Author: the novelist, who wrote it in 1999, said.",
    "Oban – Lismore: the route reopened on Monday.", "Source: shared reusable temperature probes",
    "Thanks for reading the letter aloud, the judge told her.",
    "Residents can sign up for flood alerts by texting FLOOD to 80011.",
    "What's on the agenda for the talks?",
    # Found by a review of the other13 rules.
    "The report does not apportion blame but identifies failures in the ship's maintenance "
    "regime.", "The inquest does not apportion blame, leaving the family with questions.",
    "Distributed by volunteers on behalf of the council, the leaflets urge residents to boil "
    "water.", "What's on in Edinburgh this August: the festival guide",
    "What's on at the Barbican this winter", "Search continues for missing climber on Ben Nevis...",
    "Search for missing fishermen called off…", "Search and rescue teams worked through the "
    "night...", "That's it for the week for the Senate, which adjourned on Friday.",
    "This capture was archived by the Wayback Machine on 3 March 2021, days before the site "
    "was deleted.", "The report may be reused in future court proceedings, lawyers believe.",
    "Labour ........ 412", "Manchester United .......... 45", "Conservatives . . . . 121",
    "Buy Me a Coffee hit by data breach affecting two million creators",
    "Fans used Buy Me a Coffee and Patreon to raise more than £40,000 for the striker's family.",
]


@pytest.mark.parametrize("line", OTHER13_FURNITURE)
def test_furniture_of_reports_live_blogs_wires_and_podcasts_is_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", OTHER13_LOOKALIKES)
def test_story_lines_like_other_formats_furniture_are_kept(line):
    assert not is_boilerplate(line)


def test_an_event_page_s_badge_heads_no_list_and_its_reviews_are_comments():
    page = ("Agenda Porto\nHome › Events › Chess\n★ Editor's pick\nRibeira Chess Classic 2026\n"
            "When: Fri 13 Nov 2026 – Sun 22 Nov 2026\nWhere: Casa do Tabuleiro, Porto\n"
            "The Ribeira Chess Classic returns for its third edition, bringing ten grandmasters "
            "to Porto for nine rounds.\nThe prize fund is €120,000, with €35,000 for the winner, "
            "the organisers said on Monday.\nTop seed is Swedish grandmaster Arvid Lindqvist, "
            "the 2025 winner, who will play every round.\nRating: 4.6 (38 reviews)\nReviews\n"
            "joana_p · 3 Nov 2025\n"
            "Went last year, brilliant atmosphere.\n© 2026 Agenda Porto")
    cleaned = clean_text(page, outlet="Agenda Porto")
    assert cleaned.title == "Ribeira Chess Classic 2026"
    assert "Where: Casa do Tabuleiro, Porto" in cleaned.text  # the event's facts
    assert "brilliant atmosphere" not in cleaned.text
    # An arts page's critics' reviews under "Reviews" are its story.
    arts = ("Festival roundup\nBy Ann Lowe\nThe Oban festival opened on Friday with three "
            "premieres and a sold-out concert at the harbour.\nThe organisers said ticket sales "
            "were up by a third on last year.\nReviews\nMacbeth, Oban Players — 3 August 2026\n"
            "A taut, fierce production that never lets up.\nTickets are on sale now at the box "
            "office.")
    assert "A taut, fierce production" in clean_text(arts).text


# other14's: a TV station, council minutes, a print-to-web page, a community group, a results
# page, a running blog, a thread, a foreign paper's English edition (page_formats.py).
OTHER14_FURNITURE = [
    "7 FIRST ALERT WEATHER: 54° Cloudy, showers after 3 p.m.",
    "Posted: October 15, 2026 | Status: DRAFT – subject to approval at the November 4 meeting",
    "Write something...", "Bev Kowalczyk ▸ Harlan Ford Neighbors", "64 comments · 29 shares",
    "⬆ 1.2k ⬇", "Save", "Like", "Most relevant ▾", "View 58 more comments",
    "Write a public comment…", "214k members · 1.1k online",
    "Rules: 1. Link to sources 2. No self-promotion 3. Be civil",
    "Vi bruker informasjonskapsler / We use cookies to give you a better experience. Accept all "
    "| Manage", "This article was first published in Norwegian and translated with machine "
    "assistance.", "Published 19.11.2026 07:45 · Updated 19.11.2026 10:02",
    "Agenda – Special Meeting October 14, 2026 (PDF)", "Download full results (CSV)",
    "Subscribe to Notify Me® alerts for Borough Council",
    "Borough Office hours: Monday–Friday 8:00 a.m. – 4:30 p.m.", "Respectfully submitted,",
    "This story appeared in the Oct. 29 print edition on Page A1.", "See BRIDGE, Page A6",
    "BRIDGE: From Page A1", "Print subscribers get free digital access. Activate now.",
    "Ledger Classifieds: Place an ad online 24/7",
    "A crane sits beside Pier 3 of the bridge on Tuesday. (Ledger photo by Ruth Ann Pelletier)",
    "Filed 4:52 PM ET by RaceDay Staff", "October 20, 2026 by Maddie", "★ 14 bloggers like this.",
    "ENDS", "Read the Norwegian original: «Halvorsen øker budet»",
    "Vestlandsposten follows the Norwegian Press Code. Have you been unfairly treated? Contact "
    "the Press Complaints Commission.",
]
OTHER14_LOOKALIKES = [
    "The weather: 40° heat will continue, forecasters said.", "Save the date.",
    "Rules: the league said on Monday it would change them.",
    "The report (PDF) was published on Monday, the ministry said.",
    "She subscribed to the idea, she said.", "See you in court, he said.",
    "The story appeared in the print edition, the editor said, and was then withdrawn.",
    "Fans like this one waited for hours.", "It ends on Friday.",
    # Found by a review of the other14 rules.
    "From January, sites whose banners state \"We use cookies\" must let visitors reject them "
    "in one click.", "Every Norwegian outlet follows the Norwegian Press Code, which the Press "
    "Complaints Commission enforces.", "This story appeared in the 1938 edition of the paper "
    "and caused a panic.", "Classifieds: Newspaper ad revenue fell 40% in 2025.",
    "Print subscribers get free digital access until the end of the year under the new plan.",
    "Search by divers finds no trace of missing fisherman",
    "Office hours: How the four-day week is changing the high street",
    "Rules: 1. Candidates must live in the ward. 2. They must be over 18.",
    "Read the Norwegian original: it was translated by the paper's editors for this edition.",
    "The famous Migrant Mother, taken in 1936 (photograph by Dorothea Lange)",
]


@pytest.mark.parametrize("line", OTHER14_FURNITURE)
def test_furniture_of_stations_councils_groups_and_threads_is_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", OTHER14_LOOKALIKES)
def test_story_lines_like_those_sites_furniture_are_kept(line):
    assert not is_boilerplate(line)


def test_a_group_post_s_comments_over_their_reply_bars_are_dropped():
    lines = [STORY, "Most relevant ▾", "Gary Treadwell", "Finally, my knees are ready.",
             "Like · Reply · 1d", "Monique Sarr", "Are strollers allowed on the sidewalk?",
             "Like · Reply · 23h", "Group rules: 1. Be kind"]
    assert reply_bar_comments(lines, [False] * 8 + [True]) == set(range(2, 8))
    # One "Reply" alone is no comment section, nor are embedded posts' "Reply" buttons or
    # comments without their writers' names between a story's paragraphs.
    assert reply_bar_comments([STORY, "Like · Reply · 1d"], [False, False]) == set()
    embedded = ["Bridge to close for a year", STORY, "@mayor: The bridge is safe.", "Reply",
                STORY, "@council: Work starts soon.", "Reply · Copy link", STORY]
    assert reply_bar_comments(embedded, [False] * 8) == set()
    nameless = [STORY, "A great comment here.", "Like · Reply · 1d", STORY, "Another one.",
                "Like · Reply · 2d", STORY]
    assert reply_bar_comments(nameless, [False] * 7) == set()


def test_a_site_s_name_over_its_furniture_is_no_headline_but_a_dated_title_is_one():
    page = ("threadhub\nLog In | Sign Up\nPosted by u/lakeshore_pacer · 3 Nov 2026\n"
            "Port Sable Marathon final decision: course was 412 m short, refunds offered\n"
            f"{STORY}\n{STORY}")
    assert clean_text(page).title.startswith("Port Sable Marathon final decision")
    minutes = ("Borough of Harlan Ford\nHome | Government | Departments | Contact\n"
               "Special Meeting Minutes – Kessler Bridge Emergency Repair – October 14, 2026\n"
               f"{STORY}\n{STORY}")
    assert clean_text(minutes).title.startswith("Special Meeting Minutes")
    # A one-word headline over its date line is one; a menu may hold a year.
    floods = ("Floods\nUpdated: October 3, 2026\nHundreds evacuated as rivers burst their banks\n"
              f"{STORY}")
    assert clean_text(floods).title == "Floods"
    assert is_boilerplate("News Politics Election 2026 Business Sport Opinion Culture")


@pytest.mark.parametrize(("line", "furniture"), [
    # A customer's review, quoted whole with its writer after a dash, is the site's.
    ('"Best chipper in the county, no contest." - Ciarán, Google review', True),
    ('"Honest price and no fuss." - Pádraig, Ballinascarthy', True),
    ("“Patient with my nervous rescue greyhound. Thank you!” – Mark T.", True),
    # A story's quotation, attributed in its words, is not; nor an interview's answer, a
    # quoted headline, a song and its singer, a verdict or a quotation left unfinished.
    ('"We will reopen the beach by December," the council said.', False),
    ('"Was it a penalty?" – Not in a million years.', False),
    ('"We were robbed" - Kenny fumes after late penalty', False),
    ('"Fairytale of New York" - The Pogues and Kirsty MacColl', False),
    ('"Not guilty." - the verdict, after nine hours.', False),
    ('"I will be back next season" - and he meant it.', False),
    ('"Thanks" - ' + "a" * 2000, False),
    ('"It was the strangest way I have ever won anything" - and he meant it, too, as he '
     "walked out of the cinema at two in the morning with his daughter beside him.", False),
])
def test_a_customer_s_review_is_furniture_a_story_s_quotation_is_not(line, furniture):
    assert is_boilerplate(line) is furniture
