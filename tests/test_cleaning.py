"""Cleaning: boilerplate out of both seeds, every real line kept, no false positives."""

from __future__ import annotations

import pytest

from retrieval.byline import bylines
from retrieval.cleaning import clean_text, is_boilerplate, normalize_line
from tests.conftest import SEEDS_DIR

IANS = SEEDS_DIR / "000_852d18bf0627f11b.txt"
NEWS1 = SEEDS_DIR / "002_01cbb1661ea87ed4.txt"

# What a reader would call page furniture in each seed (test data, not product code).
IANS_FURNITURE = ["By IANS | Updated", "as ...", "Disclaimer:", "Open in app"]
NEWS1_FURNITURE = ["Home NorthKorea", "/ News1", "NO COMMENTS", "LEAVE A REPLY",
                   "Please enter your comment!", "Please enter your name here",
                   "Exit mobile version"]


@pytest.mark.parametrize(("path", "furniture"), [(IANS, IANS_FURNITURE),
                                                  (NEWS1, NEWS1_FURNITURE)])
def test_seed_boilerplate_is_removed(path, furniture):
    cleaned = clean_text(path.read_text("utf-8"))
    for fragment in furniture:
        assert fragment not in cleaned.text
    assert "\n0\n" not in f"\n{cleaned.text}\n"  # the bare comment count


@pytest.mark.parametrize("path", [IANS, NEWS1])
def test_seed_every_real_line_is_kept(path):
    raw = path.read_text("utf-8")
    cleaned = clean_text(raw)
    kept = 0
    for line in (normalize_line(x) for x in raw.splitlines()):
        if not line or line in cleaned.dropped:
            continue
        assert line in cleaned.text
        kept += 1
    assert kept >= 12
    # Only furniture, the headline and its teaser copies were dropped: nothing long but those.
    for line in cleaned.dropped:
        assert (is_boilerplate(line) or line == cleaned.title or line.endswith(("...", "…")))


def test_headline_appears_once_as_title_not_in_body():
    cleaned = clean_text(IANS.read_text("utf-8"))
    assert cleaned.title == ("South Korea, US likely to launch regular consultations next week "
                             "on North Korea policy")
    assert cleaned.title not in cleaned.text
    news1 = clean_text(NEWS1.read_text("utf-8"))
    assert news1.title is not None and news1.title.startswith("South Korea-US Regular")
    assert not news1.title.startswith("Home")


def test_truncated_teaser_of_first_paragraph_is_dropped_but_paragraph_kept():
    cleaned = clean_text(IANS.read_text("utf-8"))
    assert cleaned.text.startswith("Seoul, Dec 12 South Korea and the United States are likely")
    assert cleaned.text.count("Seoul, Dec 12") == 1


@pytest.mark.parametrize("line", [
    "Copyright law changes were passed on Monday.",
    "Register to vote by Friday.",
    "Home sales rose 5% in May.",
    "17 people were hurt.",
    "Share prices fell sharply.",
    "The Second Trump Administration’s Approach Differs From its First Term",
])
def test_real_sentences_are_not_boilerplate(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize("line", ["Open in app", "NO COMMENTS", "0", "/ News1", "Share",
                                  "Exit mobile version", "© 2025 Example Media",
                                  "Please enter your name here", "Advertisement"])
def test_furniture_is_boilerplate(line):
    assert is_boilerplate(line)


def test_whitespace_is_normalised_and_paragraphs_separated():
    cleaned = clean_text("Title here\n\u00a0First   paragraph.\n\n\nSecond\tparagraph.\n")
    assert cleaned.title == "Title here"
    assert cleaned.text == "First paragraph.\n\nSecond paragraph."


# A scraped page in the shape of real ones (our own words): navigation, a cookie notice, a
# section label and a wire credit above the story, share bars and an advertisement inside it,
# and a footer of link lists, other stories' headlines, a newsletter box and legal links.
PAGE_ARTICLE = [
    "Harbour ferry fares to rise in spring",
    "Ferry fares across the harbour will rise by 8% from April, the operator said on Tuesday.",
    "Short hops stay free.",
    "The operator blamed fuel and wages, which rose 12% last year.",
    "Commuters' groups said the rise was unfair | unexpected, and asked for a review.",
    "It is the first rise since 2019.",
]
PAGE_FURNITURE = [
    "Home | Local | Business | Travel | Opinion | Watch Live",
    "We use cookies to give you the best experience on our website. By continuing without "
    "changing your cookie settings, we'll assume you are happy to receive all cookies. "
    "Accept and continue | Change settings",
    "Transport",
    "Published March 3, 2026",
    "Coast Press",
    "Share on Facebook | Share on Twitter | Print | Email",
    "Advertisement",
    "___",
    "Contact Rivera at https://example.org/rivera",
    "Related Stories",
    "Bus lanes planned for the ring road",
    "Council approves new cycle paths",
    "Trending in Travel",
    "Sign up for our newsletter",
    "Get the day's top headlines delivered to your inbox every morning.",
    "Enter your email address | Subscribe",
    "Quotes delayed at least 15 minutes. Market data provided by Example Data.",
    "About us | Contact us | Terms of use | Privacy policy",
]


def test_page_furniture_goes_and_every_sentence_of_the_story_stays():
    f = PAGE_FURNITURE
    a = PAGE_ARTICLE
    page = [a[0], *f[0:6], a[1], a[2], f[6], a[3], a[4], f[6], a[5], *f[7:]]
    cleaned = clean_text("\n".join(page))
    assert cleaned.title == a[0]
    assert cleaned.text == "\n\n".join(a[1:])
    assert sorted(cleaned.dropped) == sorted([*f, f[6], a[0]])


def test_a_footer_starts_only_after_the_story_ends():
    # Furniture between sentences, then short unpunctuated lines: the story's own last line
    # ends like a sentence, so nothing before it is taken for the footer.
    text = "Headline\nFirst sentence here.\nAdvertisement\nA subheading\nLast sentence.\nShare"
    assert clean_text(text).text == "First sentence here.\n\nA subheading\n\nLast sentence."


STORY_END = ["Headline of the parish news", "The festival comes to the park this weekend.",
             "The church field will be a car park for 400 cars on both days."]


@pytest.mark.parametrize(("after", "kept"), [
    # A school's diary and reminders, a review's verdict and readers' lines, a bulletin's
    # related links: unpunctuated lines between the story's last sentence and the footer.
    (["Dates for your diary", "Mon 12 Oct: School reopens", "Reminders",
      "PE kit every Tuesday"], []),
    (["Our verdict", "Music: 5/5", "Getting home: 1/5", "Related reviews",
      "Five smaller festivals worth the trip"], []),
    # A letter's sign-off, a box of key facts and a table of results are the story's.
    (["With every blessing, Revd Canon Judith Hale", "Also this month",
      "Coffee morning every Wednesday"], ["With every blessing, Revd Canon Judith Hale"]),
    (["Key facts", "Road reopened: Monday 19 October 2026", "Hardship fund: £400,000",
      "Related pages", "Road closures and roadworks"],
     ["Key facts", "Road reopened: Monday 19 October 2026", "Hardship fund: £400,000"]),
    # A timeline by the clock or by dashes; a heading over no entries is the site's.
    (["How it unfolded", "07:25: The ferry leaves Ardrossan", "9.30am: Police arrive",
      "Most read"], ["How it unfolded", "07:25: The ferry leaves Ardrossan",
                     "9.30am: Police arrive"]),
    (["Timeline of the landslip", "9 October - Cracks appear on the path", "Most read"],
     ["Timeline of the landslip", "9 October - Cracks appear on the path"]),
    (["Timeline", "Most read", "Five walks for autumn"], []),
    # A timeline's dated entries (a value may run to twenty words).
    (["Timeline", "9 October: Cracks appear on the cliff path above the bay",
      "12 October: Rock and clay slip onto the beach, closing the A174 between Sandsend "
      "and the golf club course", "Most read", "Five walks for autumn"],
     ["Timeline", "9 October: Cracks appear on the cliff path above the bay",
      "12 October: Rock and clay slip onto the beach, closing the A174 between Sandsend "
      "and the golf club course"]),
    (["RESULTS", "MEN — TOP 2", "Pl | Name | Time", "1 | Tomasz Wierzba | 2:11:48",
      "2 | Daniel Rotich | 2:12:10", "Other results"],
     ["RESULTS", "MEN — TOP 2", "Pl | Name | Time", "1 | Tomasz Wierzba | 2:11:48",
      "2 | Daniel Rotich | 2:12:10"]),
    (["Yours sincerely,", "Margaret Ellis", "Related letters"],
     ["Yours sincerely,", "Margaret Ellis"]),
    # A list after the story's colon, a quotation, a correction: the story goes on.
    (["The shortlisted entries are:", "Ashcombe Primary School", "The Old Bakery"],
     ["The shortlisted entries are:", "Ashcombe Primary School", "The Old Bakery"]),
    (['"We will rebuild this road," she said', "Related stories"],
     ['"We will rebuild this road," she said']),
    (["Correction: an earlier version gave 80,000 tonnes", "Most read"],
     ["Correction: an earlier version gave 80,000 tonnes"]),
])
def test_unpunctuated_lines_between_the_story_and_its_footer_are_the_site_s(after, kept):
    page = [*STORY_END, *after, "Privacy policy", "© 2026 St Aldhelm's Church"]
    assert clean_text("\n".join(page)).text.split("\n\n") == [*STORY_END[1:], *kept]


def test_a_story_without_a_footer_keeps_its_last_unpunctuated_lines():
    # Nothing of the site's after them: they may be the story's own ("Full list below").
    page = [*STORY_END, "Winners of the best stall", "The Old Bakery"]
    assert clean_text("\n".join(page)).text.split("\n\n") == [*STORY_END[1:], *page[3:]]


@pytest.mark.parametrize("line", [
    "Bakers sold 4,000 cookies at the fair.",
    "Browsers will block third-party cookies next year, the company said.",
    "Top officials met on Monday.",
    "More than 200 people attended.",
    "Published in 2004, the report found a rise.",
    "Published 2004 figures show a rise.",
    "Subscribers to the service rose 8%.",
    "Watch: the video shows the moment the bridge collapsed.",
    "More than 30 people were hurt in the crash (police photo).",
    "The singer's credit card was declined.",
    "By March 5, 2015, the plan had been approved by the council.",
    "Follow-up tests on Twitter's code found no breach.",
    "Copyright lawyers said the ruling would be appealed.",
    "The site posted: 12 new cases on Monday.",
    # Found by a reviewer after the four site styles' rules were first written.
    "Originally published by a small press in Leeds, the memoir became a bestseller.",
    "Have your say: the consultation on the new bus lanes runs until 5 March.",
    "Comment policy: the paper said it would close comments on stories about the trial.",
    "Credit: Moody's cut the city's rating to junk on Tuesday.",
    "Follow the money on Twitter and you find the same three donors, Smith said.",
    "Follow @NYPD on Twitter for updates, police said in a statement.",
    "Copyright lawyers say the words all rights reserved no longer carry legal weight.",
    "Leave a comment below the line, the editor urged readers, and keep it short.",
    "Sign up for our newsletter, the mayor joked, was the most clicked link on the city site.",
    "More: 48 parking spaces will go",
    "By the end of the talks on 30 December 2014, the two sides had agreed",
    "Officials released a photo of the suspect taken in 2019 at the airport (file photo)",
    "Protesters waved banners outside parliament (photos)",
    "Reporting by the BBC found 40 cases.",
    "The AP/Ipsos poll found 40% support.",
    "Smith contributed to this report, the editor said.",
    "Share on Facebook rose 3% after the results.",
    "Image source, the police said, was a phone camera.",
])
def test_sentences_like_furniture_are_kept(line):
    assert not is_boilerplate(line)
    assert clean_text(f"Headline\n{line}").text == line


def test_link_lists_labels_before_the_headline_and_date_lines_go():
    page = "\n".join([
        "Skip to main content",
        "Transport",
        "Last Updated: Tuesday, 14 December 2004, 10:41 GMT",
        "Harbour ferry fares to rise in spring",
        "January 17, 2005 — 2.41pm",
        "We’re sorry, this feature is currently unavailable. Please try again later.",
        "This was published 19 years ago",
        "Ferry fares will rise by 8% from April, the operator said.",
        "Related stories:",
        "Bus lanes planned for the ring road",
        "1. Council approves new cycle paths",
        "Commuters' groups called the rise unfair.",
        "Most read",
        "2. Cold weather warning for the weekend",
    ])
    cleaned = clean_text(page)
    assert cleaned.title == "Harbour ferry fares to rise in spring"
    assert cleaned.text == ("Ferry fares will rise by 8% from April, the operator said.\n\n"
                            "Commuters' groups called the rise unfair.")


def test_a_short_headline_is_kept_as_the_title():
    cleaned = clean_text("Fares rise\nFerry fares will rise by 8% from April.")
    assert cleaned.title == "Fares rise"
    assert cleaned.text == "Ferry fares will rise by 8% from April."


@pytest.mark.parametrize("line", [
    "Travel » Destinations » Italy",
    "By CNN Travel staff",
    "│ Advertisement │",
    "TRENDING IN U.S.",
    ">> MORE STORIES",
    "ONPOLITICS NEWSLETTER",
    "(AP Photo/Hans-Maximo Musielik)",
    "Photo caption: The prime minister speaks to the media in Davos.",
    "[f] Facebook [t] Twitter [@] Email [+] More | 1,207 shares",
    "Read or Share this story: https://example.org/x1",
    "Was this fair? Tell us what you think in the comments below. Keep it civil.",
    "Comments are subject to our Community Guidelines.",
    "Tweet · Share · Pin · Email · 312 comments",
    "The Colosseum in Rome. Photos: Rome's landmarks | Image credit: A. Person/Getty Images",
    "≡ Menu World Politics Money Entertainment Tech Sport Travel Style Health Video 🔍",
    "World Politics Money Entertainment Tech Sport Travel",
    # Four more site styles (other4: Fox, HuffPost, Live Science, cricket.com.au; the BBC).
    "RNC Chairman Michael Steele is shown in this file photo. (AP Photo)",
    "Credit: WhiteHaven/Shutterstock.com View full size image",
    "The Huffington Post First Posted: 12/08/10 04:21 PM Updated: 12/08/10 06:05 PM",
    "By cricket.com.au 30 December 2014, 7:05 PM AEDT",
    "WATCH: Day five highlights from the MCG",
    "MORE: Latest team news ahead of Sydney",
    "Around the Web:",
    "Editor’s Recommendations",
    "Follow HuffPost Politics on Twitter: www.twitter.com/HuffPostPol",
    "Follow Tia Ghose on Twitter and Google+. Follow Live Science @livescience, Facebook & "
    "Google+. Originally published on Live Science.",
    "Comment Policy: HuffPost welcomes all comments. Comments are pre-moderated.",
    "Have your say: leave a comment below. You must be signed in to comment.",
    "Copyright 2014 LiveScience, a Purch company. All rights reserved. This material may not "
    "be published, broadcast, rewritten or redistributed.",
    "This material may not be published, broadcast, rewritten, or redistributed. © 2010 FOX "
    "News Network, LLC. All rights reserved. All market data delayed 20 minutes.",
    "Sign up for our newsletter: Get the world’s most fascinating discoveries delivered "
    "straight to your inbox. [Enter your email] [Sign Me Up]",
    "[ Enter your email ] [ Sign Up ]",
    "Share on Facebook",
    "Share on Twitter",
    "Image caption, Fallen trees blocked roads in Cork",
    "Image source, Getty Images",
    # Wire and news-site credits and widgets (a second user test's pages).
    "By Jane Doe, Reuters",
    "Link Copied!",
    "Ad Feedback",
    "Follow:",
    "CNN —",
    "Reporting by Jane Doe; Editing by John Roe",
    "CNN's Maria Lopez contributed to this report.",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "By subscribing you agree to our Terms of Use and Privacy Policy.",
    "(Photo by Mike Stone / Valley Courier)",
    "A protester holds a sign in Veltria on March 2, 2026. REUTERS/Peter Smith",
])
def test_more_furniture_is_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "The company sold 5,000 shares on Monday.",
    "He said in the comments section of the site that he would resign.",
    "A group photo/video was shared widely.",
    "By Monday, the talks had ended.",
    "NATO met on Friday to discuss the plan further with its allies and partners.",
])
def test_sentences_like_the_new_furniture_are_kept(line):
    assert not is_boilerplate(line)


def test_an_author_biography_goes_with_its_heading():
    page = ("Headline here\nThe story's only sentence.\nABOUT THE AUTHOR\n"
            "Staff cover destinations from three bureaus. Follow @Desk.\n─────\n"
            "A closing sentence of the story.")
    assert clean_text(page).text == ("The story's only sentence.\n\n"
                                     "A closing sentence of the story.")


@pytest.mark.parametrize("line", [
    "Facebook said the posts violated its community guidelines.",
    "“We use cookies to personalise ads,” Google said in a statement.",
    "The big picture: the economy is slowing.",
    "Police photo: the suspect was seen near the bank.",
    "Details are available at https://www.cdc.gov/flu.",
    "“Please try again later,” the clerk told voters.",
    "The quotes, provided by a spokesman, were later withdrawn.",
    "Market data provided by the exchange showed a 5% fall.",
    "Sign up for the programme opened on Monday.",
    "NO COLLUSION!",
    "UN SECURITY COUNCIL VOTES",
    "Liverpool 2 | Everton 1",
    "By 2030 the city aims to be carbon neutral",
    "By Monday the talks had ended",
    "The firm would cancel 40,000 shares",
    "IBM Sells PC Unit to China's Lenovo",
    "Rory McIlroy Hurls Iron Into Lake After Bad Shot",
    # Story lines that look like the later furniture families: calls to action, contacts,
    # tips, memberships, widgets, bylines of other words.
    "She hopes to become a member of parliament next year.",
    "Residents can send tips to the police hotline at any hour.",
    "Written by Jane Austen in 1813, the novel remains popular.",
    "The agency received 300 comments.",
    "Support for the bill grew after the vote.",
    "Sen. Warren (@SenWarren) called it a scandal in 2024.",
    "Police ask anyone with information to contact them at crimetips@harrowpd.org.",
    "Drivers can send tips about the broken traffic signal to the city's 311 line.",
    "Register for CodeRED emergency notifications at the county's website or by calling 311.",
    "Sign up for volunteer shift updates through the county's Emergency Management newsletter.",
    "Donate blood at the Red Cross center on Main Street through Friday.",
    "Support local shelters by dropping off blankets at City Hall.",
    "Download the app, called FixIt, and it asks for a location and a photo.",
    "Donate to the Harrow Public Library children's fund in her memory.",
    "Write to the family at lindqvistfamily@example.com to share a memory.",
    "About the Survey: The poll of 1,000 likely voters has a margin of error of 3 points.",
    "It costs nothing. Become a member at the front desk with a photo ID.",
    "Billboards across the state now ask: Gambling problem? Call 1-800-GAMBLER.",
    "LIVE: Hurricane Milton makes landfall near Siesta Key",
    "Listen to nurses, union tells Valley General",
    "Park plan draws 1,200 comments",
    "Written by Women festival returns to Harrow",
    "Reported by Neighbors, Coyote Sightings Rise",
    "1; 41%",
])
def test_sentences_and_headings_a_reviewer_found_dropped_are_kept(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize(("page", "title", "body"), [
    # A short headline stays the title though a longer standfirst follows it.
    ("Obama wins\nA longer standfirst about the night\nObama won the vote.", "Obama wins",
     "A longer standfirst about the night\n\nObama won the vote."),
    # A headline in capitals is a headline, and a closing factbox is the story's.
    ("SENATE PASSES BUDGET\nThe Senate passed the budget.\nKEY FACTS\nCapital: Oslo",
     "SENATE PASSES BUDGET", "The Senate passed the budget.\n\nKEY FACTS\n\nCapital: Oslo"),
    # A page's first line is its headline, in capitals too.
    ("STORM HITS CORK\nThousands without power after gale\nFallen trees blocked roads.",
     "STORM HITS CORK", "Thousands without power after gale\n\nFallen trees blocked roads."),
    # Pasted text without a headline: its first paragraph names it and stays in it.
    ("The council voted 7-2 on Monday to close the library. Staff will move to the town hall.\n"
     "The building will be sold.", "The council voted 7-2 on Monday to close the library. "
     "Staff will move to the town hall.", "The council voted 7-2 on Monday to close the library. "
     "Staff will move to the town hall.\n\nThe building will be sold."),
])
def test_headlines_and_factboxes_are_kept(page, title, body):
    cleaned = clean_text(page)
    assert (cleaned.title, cleaned.text) == (title, body)


@pytest.mark.parametrize(("page", "outlet", "title", "body"), [
    # The outlet's masthead and labels around the headline are no headline.
    ("USA TODAY\nNEWS | SPORTS | LIFE\nPOLITICS\nTrump will visit the UK in July.\n"
     "By USA TODAY staff | Updated 4:12 p.m. ET April 26, 2018\n"
     "President Trump will travel to the United Kingdom on July 13.", "USA Today",
     "Trump will visit the UK in July.",
     "President Trump will travel to the United Kingdom on July 13."),
    # Nor is a tagline in capitals under the masthead.
    ("THE HUFFINGTON POST\nTHE INTERNET NEWSPAPER: NEWS BLOGS VIDEO COMMUNITY\n"
     "Larry Summers: If Tax Deal Goes Down There's A Risk\n"
     "Officials raised the stakes on Wednesday.", "The Huffington Post",
     "Larry Summers: If Tax Deal Goes Down There's A Risk",
     "Officials raised the stakes on Wednesday."),
])
def test_mastheads_and_taglines_are_no_headline(page, outlet, title, body):
    cleaned = clean_text(page, outlet=outlet)
    assert (cleaned.title, cleaned.text) == (title, body)


@pytest.mark.parametrize(("page", "title", "paragraphs"), [
    # Buttons set apart by wide spacing are a bar; a table and double-spaced prose are laid
    # out the same way, and kept.
    ("Skip to content\nNEWS   VIDEO   MATCHES   TEAMS   SHOP\n"
     "Print   Email   Share   Comments (812)   Text Size\nAustralia retain the trophy\n"
     "Australia drew the third Test at the MCG.   It was their second win.\n"
     "County\tHomes without power\tCrews\nCork\t3,000\t12\n"
     "He was 42.  He leaves a wife.  Funeral details to follow\nSmith said:  \"We are happy.\"\n",
     "Australia retain the trophy",
     ["Australia drew the third Test at the MCG. It was their second win.",
      "County Homes without power Crews", "Cork 3,000 12",
      "He was 42. He leaves a wife. Funeral details to follow", 'Smith said: "We are happy."']),
    # A sentence holding "|" and a table of "|" rows are no bar of links; a menu is.
    ("Ports report\n"
     "Exports from Ruse port rose sharply last year, the port authority said.\n"
     "The results were mixed: wheat up | coal down | oil flat, the director said.\n"
     "Month | Rainfall (mm) | Average (mm)\nDecember | 142 | 88\nJanuary | 167 | 91\n"
     "Home | Video | Politics | World\nEmail | Facebook | Twitter | Print\n"
     "The port expects further growth in 2028.", "Ports report",
     ["Exports from Ruse port rose sharply last year, the port authority said.",
      "The results were mixed: wheat up | coal down | oil flat, the director said.",
      "Month | Rainfall (mm) | Average (mm)", "December | 142 | 88", "January | 167 | 91",
      "The port expects further growth in 2028."]),
])
def test_bars_of_links_go_and_tables_stay(page, title, paragraphs):
    cleaned = clean_text(page)
    assert (cleaned.title, cleaned.text.split("\n\n")) == (title, paragraphs)


def test_a_blog_s_headline_stands_over_its_date_written_with_the_weekday():
    page = ("Tuned Up\nNotes from a West Cork piano tuner\nEoin Brosnan, piano tuning and repairs "
            "across Cork and Kerry\nHome\nBlog\nBook a Tuning\nPrices\nContact\nBlog\n"
            "A 1912 Broadwood, a silent bar and a village that wants it back\n"
            "Friday 9 October 2026\nFiled under: Uprights, Pubs and halls\n"
            "On Wednesday I spent the afternoon in Hegarty's Harbour Bar with an upright piano.\n"
            "The piano is a Broadwood made in 1912, and it had dropped below concert pitch.")
    cleaned = clean_text(page)
    assert cleaned.title == "A 1912 Broadwood, a silent bar and a village that wants it back"
    assert cleaned.text.startswith("On Wednesday I spent the afternoon")
    # Or before the site's name; a date followed by more ("· Page 7 of 48") is an archive's,
    # not a headline's.
    cleaned = clean_text("Molloy Eyecare\nIndependent opticians · Main Street, Birr\n"
                         "Book an eye test: 057 912 0448\nHome\nEye Examinations\nGlasses\n"
                         "Contact\nPractice news\nGoggles for a 101-year-old skydiver\n"
                         "Thursday 19 November 2026 | Molloy Eyecare\nWe have made some unusual "
                         "pairs of glasses in our time.\nNance has been coming to us for years.")
    assert cleaned.title == "Goggles for a 101-year-old skydiver"
    assert cleaned.text.startswith("We have made some unusual pairs")
    longer = clean_text("Birr Quilting Circle\nHome\nNews\nNance's big day\nThursday 19 November "
                        "2026 | The Birr Quilting Circle Blog\nNance jumped on Saturday.\n"
                        "She raised money for the hospice.")
    assert longer.title == "Nance's big day"
    assert clean_text("PressVault Digital Archive\nThe Wensum Courier – print edition\n"
                      "Wednesday 18 November 2026 · Page 7 of 48\nKETTLE RECALL WIDENS\n"
                      "By TOM ASHBY\nA couple welcomed the recall of the kettles on Monday."
                      ).title != "PressVault Digital Archive"


def test_a_section_heading_and_a_firm_s_abbreviated_name_are_no_headline():
    # A blog's section heading over the post's headline is no headline over a standfirst.
    cleaned = clean_text("The Corner Bakery\nHome\nOur Bread\nNews\nFind Us\nNews from the "
                         "Corner Bakery\nA loaf for the lifeboat: how you can help\nPosted by Ann "
                         "& Tom, 25 November 2026\nRegular customers will know the lifeboat "
                         "crew well.\nSo we have decided to do our bit this winter.")
    assert cleaned.title == "A loaf for the lifeboat: how you can help"
    assert cleaned.text.startswith("Regular customers will know")
    # "Co." ends a firm's name, not a sentence: the site's lines go, the post's headline stays.
    cleaned = clean_text("Harbour Fudge Co.\nHandmade fudge since 1961\nBasket (0)\nShop\n"
                         "Fudge\nGifts\nOur Story\nBlog\nContact\nBlog\nLIFEBOAT fudge goes "
                         "on sale this weekend\n20 November 2026 · Posted by Kate Hall\nOur "
                         "boilers have been busy this month.\nEvery bar costs £2.50.")
    assert cleaned.title == "LIFEBOAT fudge goes on sale this weekend"
    assert cleaned.text.startswith("Our boilers have been busy")


def test_a_site_s_notice_over_its_menu_is_no_headline_and_a_dated_byline_is_furniture():
    # A notice ending like a sentence over the menu's items, then the post's headline over
    # its date line: the notice and the items are the site's, the headline is the title.
    page = ("Kinsale Boat Club\nAfloat since 1990\nOpen Tuesdays, 10am to 3pm. All welcome.\n"
            "Home\nAbout the Club\nWhat We Do\nJoin Us\nNews\nFrom storm wreckage to new oars\n"
            "{dated}When the storm came we lost four boats.\nWe have rebuilt two of them.")
    cleaned = clean_text(page.format(dated="23 November 2026 · Club news\n"),
                         outlet="Kinsale Boat Club")
    assert cleaned.title == "From storm wreckage to new oars"
    assert cleaned.text.startswith("When the storm came")
    # Nor over a list longer than a menu: a sentence over twenty short lines is the story's.
    listed = "\n".join("Tea and scones" if n % 2 else "Cakes and jam" for n in range(20))
    long_list = clean_text(page.replace("Home\nAbout the Club\nWhat We Do\nJoin Us\nNews\n",
                                        listed + "\n").format(dated="23 November 2026\n"),
                           outlet="Kinsale Boat Club")
    assert "Open Tuesdays, 10am to 3pm. All welcome." in long_list.text.split("\n\n")
    # With no byline or date line under it, a longer line is no headline: the notice stays.
    undated = clean_text(page.format(dated=""), outlet="Kinsale Boat Club")
    assert "Open Tuesdays, 10am to 3pm. All welcome." in undated.text.split("\n\n")
    # A sentence over results, then a heading over a date line: the results are no menu.
    scores = clean_text("Weekend football\nA wet weekend, but every game was played.\n"
                        "Rovers 2 Town 1\nCity 0 United 3\nAthletic 1 Wanderers 1\n"
                        "Reports from every ground this weekend\n23 November 2026\n"
                        "Rovers came from behind to win at home.")
    assert "City 0 United 3" in scores.text.split("\n\n")
    # "Written by <name>, <date>" is a byline; a sentence about the writer is not.
    assert is_boilerplate("Written by Ellie Raine, 10 November 2026")
    assert not is_boilerplate("Written by Ellie Raine, who has run the shop since 1990.")


_SHOP = ("Lochaber Boulder Barn\nIndoor climbing and bouldering, Fort William\n"
         "Open today: 10am to 10pm\nHome\nClimb\nPrices\nCourses\nCafe\nBlog\nContact\n"
         "Book a session\nBlog\n")


@pytest.mark.parametrize(("header", "title"), [
    # A team's byline with its date; a section's label and the date; the site's name, the
    # date and the post's categories: the headline stands over each, not the site's strapline.
    ("Our instructors join a rope rescue on the gondola\n"
     "Written by the Boulder Barn team, 6 October 2026\n",
     "Our instructors join a rope rescue on the gondola"),
    ("Our instructors join a rope rescue on the gondola\n"
     "By the Lochaber Boulder Barn team - Sunday 8 November 2026\n",
     "Our instructors join a rope rescue on the gondola"),
    ("Our bride who was lowered from a stuck gondola\nReal Brides | 13 October 2026\n",
     "Our bride who was lowered from a stuck gondola"),
    ("600 whale T-shirts later: our busiest week\n"
     "Banner Print Ennis | 24 November 2026 | Our Work, Community\n",
     "600 whale T-shirts later: our busiest week"),
    # Under its date line, right over the story (under an issue's number and month).
    ("Monthly newsletter for residents, families and friends\nIssue 71 - November 2026\n"
     "Published 16 November 2026\nThe day the whale came to the strand\n",
     "The day the whale came to the strand"),
    # The blog's name over the headline, and a post's own headline and date line alone
    # under "Latest from the wall", a list's heading.
    ("Boulder Notes - the climbing wall blog\nThe night the rope jammed: a lesson for us all\n"
     "Written by Idris Lloyd\n15 October 2026\n",
     "The night the rope jammed: a lesson for us all"),
    ("Latest from the wall\nBringing the stranded walkers home\n13 November 2026 - Idris Lloyd\n",
     "Bringing the stranded walkers home"),
])
def test_a_headline_by_its_date_line_beats_the_site_s_strapline(header, title):
    cleaned = clean_text(_SHOP + header + "On Sunday three of our instructors went up the hill. "
                         "The gondola had stopped at 11.50am.", outlet="Lochaber Boulder Barn")
    assert cleaned.title == title
    assert cleaned.text.startswith("On Sunday three of our instructors")


def test_a_caption_over_a_labelled_credit_goes_on_a_page_without_blank_lines():
    # Under a facts box's last line or a post's categories, not furniture by their words.
    page = ("The Harbour Cafe\nOur winter swim, in numbers\nSwimmers: 40\nLongest swim: 2 miles\n"
            "Idris Lloyd on the slipway before the first swim at dawn.\n"
            "Photo: Harbour Cafe\nForty swimmers went into the sea on Sunday morning.\n"
            "Anna Reyes with the cup after the race.\nPicture: courtesy of Anna Reyes\n"
            "The race was won in 31 minutes.")
    kept = clean_text(page).text.split("\n\n")
    assert "Idris Lloyd on the slipway before the first swim at dawn." not in kept
    assert "Anna Reyes with the cup after the race." not in kept
    assert "Picture: courtesy of Anna Reyes" not in kept
    assert "Forty swimmers went into the sea on Sunday morning." in kept
    assert "The race was won in 31 minutes." in kept
    # A story's sentence telling something stays over one: what was, or what happened.
    for sentence in ("Anna Reyes was given the cup after the race.",
                     "The lifeboat reached them within minutes.",
                     "Then the fog came down over the bay.", "No one expected the fog.",
                     "Everyone got out safely in the end, thankfully."):
        told = clean_text(page.replace("Anna Reyes with the cup after the race.", sentence))
        assert sentence in told.text.split("\n\n"), sentence
    # A scene's participle or a name is no telling: these are captions.
    for caption in ("A bottle found on the beach at dawn.", "Cakes made in the cafe kitchen.",
                    "Medals won at the race on display.", "A rose left at the slipway.",
                    "Ahmed the lifeguard on the slipway.", "A seal towed home by the crew."):
        shown = clean_text(page.replace("Anna Reyes with the cup after the race.", caption))
        assert caption not in shown.text.split("\n\n"), caption


def test_a_list_of_other_posts_with_their_dates_stays_furniture():
    # Two posts' headlines over their date lines under a list's heading are other pages'.
    page = ("The Harbour Cafe\nLatest from the cafe\nOur new winter menu is here\n"
            "12 November 2026 - Idris Lloyd\nThe roof is fixed at last\n"
            "10 November 2026 - Idris Lloyd\nCrab sandwiches are back on the menu this week.\n"
            "We open at 9am every day.")
    kept = clean_text(page).text.split("\n\n")
    assert "Our new winter menu is here" not in kept
    assert "The roof is fixed at last" not in kept
    assert "Crab sandwiches are back on the menu this week." in kept
    # After the story, one other post's headline and date line are a list too.
    story = ("Climbing news\nBy Idris Lloyd\n12 November 2026\nThe wall reopened on Saturday "
             "after three weeks of repairs to its roof.\nLatest from the wall\nThe night the "
             "rope jammed\n10 November 2026 - Idris Lloyd\nWe are open every day from 10am.")
    assert "The night the rope jammed" not in clean_text(story).text.split("\n\n")
    # A site's blurb above the list's heading is no story: the post's headline stays.
    blurb = ("Welcome to our blog, where we share news from the climbing wall every week.\n"
             "Latest from the wall\nBringing the stranded walkers home\n13 November 2026 - "
             "Idris Lloyd\nThe rescue team brought four walkers down from the ridge on Sunday.")
    assert "Bringing the stranded walkers home" in clean_text(blurb).text.split("\n\n")


def test_a_field_or_an_issue_line_is_no_headline_but_a_numbered_headline_is():
    # A field's line under the date line is no headline ("Location: PSE offices").
    fielded = clean_text("Transcript\nKettle recall: press briefing transcript\n"
                         "From: Product Safety Executive\nPublished 5 November 2026\n"
                         "Location: PSE offices, Canary Wharf, London\n"
                         "MODERATOR: Good morning, everyone. The chief executive will speak.")
    assert fielded.title == "Kettle recall: press briefing transcript"
    # A headline starting with a number sign is one: "No. 10 backs ..." over its byline.
    numbered = clean_text(_SHOP + "No. 10 backs our rope rescue on the gondola\nBy Jane Smith\n"
                          "On Sunday three of our instructors went up the hill.",
                          outlet="Lochaber Boulder Barn")
    assert numbered.title == "No. 10 backs our rope rescue on the gondola"


def test_a_short_headline_right_under_the_masthead_is_no_motto():
    cleaned = clean_text("The Valley Courier\nStorm hits Cork\nBy Dana Whitfield, Staff Writer\n"
                         "Winds of 120 km/h brought down trees across the city on Sunday.",
                         outlet="The Valley Courier")
    assert cleaned.title == "Storm hits Cork"
    # Under the masthead and above a menu, with the headline still to come: the site's motto.
    cleaned = clean_text("The Valley Courier\nYour community, your news\nHome | Local | Sports\n"
                         "Storm hits Cork\nWinds of 120 km/h brought down trees on Sunday.",
                         outlet="The Valley Courier")
    assert cleaned.title == "Storm hits Cork"
    assert "Your community, your news" in cleaned.dropped
    # A call to action between the menu and the headline ends like a sentence: still furniture.
    cleaned = clean_text("The Valley Courier\nYour trusted local news since 1892\n"
                         "Home | News | Sport | Opinion\n"
                         "Subscribe to our newsletter for the latest headlines!\n"
                         "Storm hits Cork\nWinds of 120 km/h brought down trees on Sunday.",
                         outlet="The Valley Courier")
    assert cleaned.title == "Storm hits Cork"
    assert cleaned.text == "Winds of 120 km/h brought down trees on Sunday."
    # Under the masthead a byline, a date line, a share button or an advertisement label is
    # no menu: the short line above it is the headline, and nothing of the story is lost.
    for furniture in ("By Dana Whitfield | March 3, 2025", "Published March 3, 2025",
                      "Share on Facebook", "Advertisement", "Share | Tweet | Email",
                      "Facebook | Twitter | Email"):
        cleaned = clean_text(f"The Valley Courier\nStorm hits Cork\n{furniture}\n"
                             "Mayor warns of more to come\n"
                             "Winds brought down trees on Sunday.", outlet="The Valley Courier")
        assert cleaned.title == "Storm hits Cork", furniture
        assert "Winds brought down trees on Sunday." in cleaned.text


def test_calls_to_action_share_runs_author_notes_and_dropdown_menus_are_furniture():
    page = ("Skip to main content\nThe Harbor Times\n"
            "Sections ▾   Local   Politics   Weather   Obituaries   E-Edition\n"
            "Subscribe to our newsletter for the latest headlines!\n"
            "Wildfire forces evacuation near Pine Ridge\n"
            "Updated 6:42 PM EDT, Tue August 12, 2025\nBy Carla Mendes\n"
            "Share on Facebook Share on X Copy link\n"
            "A fast-moving wildfire forced about 3,000 residents to evacuate on Tuesday.\n"
            "Click here to get breaking news alerts sent to your phone.\n"
            "Subscribers to the county's alert service rose by 20%, officials said.\n"
            "He told reporters to email him at the fire station with questions.\n"
            "The cause of the fire is under investigation.\n"
            "Carla Mendes is a staff reporter covering wildfires. Email her at cm@example.org.\n")
    cleaned = clean_text(page)
    assert cleaned.title == "Wildfire forces evacuation near Pine Ridge"
    assert cleaned.text.split("\n\n") == [
        "A fast-moving wildfire forced about 3,000 residents to evacuate on Tuesday.",
        "Subscribers to the county's alert service rose by 20%, officials said.",
        "He told reporters to email him at the fire station with questions.",
        "The cause of the fire is under investigation."]


def test_the_headline_is_under_the_menus_and_the_site_s_lines_above_them_are_dropped():
    page = ("KTRV 7\nYour Valley. Your News.\nLIVE: Watch KTRV 7 News at 5\n"
            "News    Weather    Traffic    Sports    7 Investigates    Contests\n"
            "Health officials confirm 23 whooping cough cases in county schools\n"
            "Story by Marisol Vega | KTRV Staff\n"
            "Traffic crosses the bridge on Monday. (KTRV photo / Ray Ocampo)\n"
            "Public health officials said Tuesday they have confirmed 23 cases of whooping "
            "cough among students.\n"
            "Most of the cases have been reported at one middle school, officials said.\n"
            "You have 2 free articles remaining this month. Subscribe now: $1 a month.\n"
            "Already a subscriber? Sign In\nComments (14)\n"
            "Local news is a public service. Become a sustaining member today.\n")
    cleaned = clean_text(page, outlet="KTRV 7")
    assert cleaned.title == "Health officials confirm 23 whooping cough cases in county schools"
    assert cleaned.text.split("\n\n") == [
        "Public health officials said Tuesday they have confirmed 23 cases of whooping cough "
        "among students.",
        "Most of the cases have been reported at one middle school, officials said."]
    # A headline above the menus, with only labels under them, stays the headline.
    cleaned = clean_text("Guantanamo pair's passport ban\nHome | UK | World | Politics\n"
                         "Markets\nThe government has written to two of the men freed from "
                         "Guantanamo Bay on Monday.")
    assert cleaned.title == "Guantanamo pair's passport ban"


@pytest.mark.parametrize(("page", "title", "kept"), [
    # Short opening sentences above a pager stay; the headline stays the headline.
    ("Hawks win first state title in 40 years\nIt's official.\nThe Hawks are champions.\n"
     "Prev | Next\nFans storm the field at Crew Stadium\n"
     "The Hawks beat the Eagles 21-14 on Friday night to win the state title.",
     "Hawks win first state title in 40 years", ["It's official.", "The Hawks are champions."]),
    # Under a section menu, sentences above it are kept even when a subhead follows it.
    ("Storm closes Harrow schools\nSchools closed.\nPower is out.\n"
     "Local    Politics    Business    Weather\nWhat we know so far\n"
     "All schools in Harrow were closed on Monday after the overnight storm.",
     None, ["Schools closed.", "Power is out."]),
    # A site's name over the headline, no menu: the headline over the byline is the title.
    ("The Harbor Times\nCouncil approves downtown parking plan\nBy Ana Ruiz\nMarch 3, 2025\n"
     "The council voted 5-2 on Tuesday to approve a downtown parking plan.",
     "Council approves downtown parking plan", []),
    # A club's menu over its post, whose labels stand before "Posted ... by": the headline
    # over that line is the title, not a menu item.
    ("Slade Point Cricket Club\nHome\nTeams\nFixtures & results\nJuniors\nLatest news\n"
     "Gulls back home at last and back in the win column\n"
     "Match report | A Grade | Posted 29 November 2026 by Club Media\n"
     "The Seagulls returned to their home ground on Saturday and won by 56 runs.",
     "Gulls back home at last and back in the win column",
     ["The Seagulls returned to their home ground on Saturday and won by 56 runs."]),
    # An appeal's dates joined by a dot, a help page's "Last reviewed".
    ("Valley Community Trust\nRegistered charity no. 1189432\nDonate\nAbout\nNews\n"
     "Cwm Tarren Fire Appeal: help families rebuild\n"
     "Appeal launched 12 October 2026 · Updated 14 October 2026\n"
     "The fire destroyed four homes in the valley last week.",
     "Cwm Tarren Fire Appeal: help families rebuild",
     ["The fire destroyed four homes in the valley last week."]),
    ("Ravensworth Mutual\nHome insurance\nMake a claim\nHome > Help & claims > Major incidents"
     "\nMajor incident support\nSkelder Nab landslip: help for our customers\n"
     "Last reviewed: 12 November 2026\n"
     "We are supporting customers whose homes were affected by the landslip.",
     "Skelder Nab landslip: help for our customers",
     ["We are supporting customers whose homes were affected by the landslip."]),
    # A table laid out by spaces keeps its rows.
    ("Budget rises\nThe budget rises by 4% this year, the city said on Monday.\n"
     "Business development    $2.1M    $2.4M\nLocal grants    $1.5M    $1.5M",
     "Budget rises", ["Business development    $2.1M    $2.4M", "Local grants    $1.5M    $1.5M"]),
])
def test_headlines_and_story_lines_around_menus_are_kept(page, title, kept):
    cleaned = clean_text(page)
    if title is not None:
        assert cleaned.title == title
    paragraphs = cleaned.text.split("\n\n")
    assert all(normalize_line(line) in paragraphs for line in kept), paragraphs


def test_a_search_box_s_ellipsis_ends_no_sentence_over_the_headline():
    # "Search seeds..." under the shop's menu: the header goes on to the headline.
    page = ("FREE SHIPPING ON SEED ORDERS OVER $35\nLantern Hill Seed Co.\nShop Seeds\n"
            "Giant Pumpkins\nVegetables\nFlowers\nGrowing Guides\nBlog\nAccount\nCart (0)\n"
            "Search seeds...\nBlog / Grower Stories\n"
            '"Big Hank" smashes weigh-off record at 2,412 lbs\n'
            "October 13, 2026 | by the Lantern Hill team\n"
            "The pumpkin tipped the scales at 2,412 pounds on Saturday.")
    cleaned = clean_text(page, outlet="Lantern Hill Seed Co.")
    assert cleaned.title == '"Big Hank" smashes weigh-off record at 2,412 lbs'
    assert cleaned.text == "The pumpkin tipped the scales at 2,412 pounds on Saturday."


# From a sixth blind corpus (other6): ten pages in ten more site styles.
OTHER6_FURNITURE = [
    "Filed under: Schools, Norwick Unified, Local Government",
    "See more on: Pellucid Coatings Inc., Water Pollution, PFAS",
    "Email this story", "Gift this article", "Share full article", "Copy HTML", "Got it",
    "Give Now", "Was this page helpful?",
    '14 thoughts on "It\'s official: School board votes 4-3"',
    "March 6, 2025 at 8:12 am", "July 19, 2025 · 8:05 AM PDT", "Reply", "Name *",
    "Post Comment", "Your email address will not be published. Required fields are marked *",
    "Read 247 Comments", "Listen: The station's evening fire update with Priya Sandoval (4:12)",
    "[VIDEO] Watch: Local 412 members react as the results are announced (2:14)",
    "Priya Sandoval/KNFR", "Office Hours: Monday - Friday, 8:00 a.m. - 5:00 p.m.",
    "A version of this article appears in print on June 20, 2025, Section A, Page 14.",
    "This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 "
    "International License. You may republish it for free.",
    "The Clearwater Ledger is a 501(c)(3) nonprofit newsroom. EIN 00-0000000.",
    "Bellport Financial Wire is not a registered investment adviser. Nothing on this page "
    "constitutes investment advice.",
    "[Ad] Norwick Hardware & Feed — Spring seed starting kits are in! 412 Eastview Road",
    "SPONSORED: Hygienic conveyor systems for cultured dairy", "SKIP ADVERTISEMENT",
    "Martin Ekwueme, Senior Editor", "Contact Us", "Privacy Policy", "Your email address",
    "Bluesky", "NEWS RELEASE", "Keep Reading", "Related Coverage", "Text size: A A A",
    "Search corrigancounty.gov", "Release Date: August 4, 2025",
    "Ruth Abernathy-Kline holds a jug of water in her farmhouse. Photo by Samuel Oyelaran for "
    "The Clearwater Ledger",
    "The site of the former plant, which closed in 2019. Credit: Ana Ruiz for The Chronicle",
    "Juniors wait outside the main entrance in January. (Photo by Rosa Delgado)",
    "Michael J. Hennessy (front row) with the hall committee in 1898. Photo courtesy of the "
    "Clonakilty Heritage Group",
    "Independent journalism like this depends on readers like you. Make a gift today.",
    "Your donation will help cover printing costs and send our staff to the conference.",
    "The Ledger Weekly — Our best investigations, every Thursday. No spam, ever.",
    "Stay in the know. Get The Northfork Dispatch, KNFR's weekday newsletter, in your inbox.",
    "Stay informed. Sign up for CorriganAlert to receive emergency alerts by text and email.",
    "KNFR uses cookies and similar technologies to improve your experience.",
    "Market data provided by Harbourline Data Services.",
    "Kenji Abara-Morrow is a junior and a second-year staff reporter for The Norwick Lantern.",
]
OTHER6_LOOKALIKES = [
    "Sponsored by the mayor, the bill passed 7-2.",
    "Advertisement revenue fell 12 percent last year.",
    "John Smith, a senior editor at the paper, resigned on Monday.",
    "Contact with the crew was lost at 3 a.m.", "Comments from residents were mostly positive.",
    "X, formerly Twitter, suspended the account.",
    "Corrections officers walked off the job on Friday.",
    "The fire was photographed by a drone. Photo by a resident shows the flames.",
    "Readers like you have written in about the bridge, the editor said.",
    "Your donation helps, the charity told donors in a letter.",
    "The scam letters land in your inbox, police warned.",
    "Residents can sign up for CorriganAlert to receive evacuation orders, the sheriff said.",
    "Google uses cookies to track your browsing, regulators said.",
    "Market data provided by the exchange showed a 5% fall.",
    "Jane Doe is a former reporter for The Times who now runs a bakery.",
    "Release date: the film opens on Friday, the studio said.",
    "Hours: the council met for 9 hours on Monday.",
    "Topics: the council discussed the budget and the new bridge.",
    "Nadia Lund, Staff Reporter at the Ledger, won the award.",
    "Photos by the agency show the damage in Linden Hollow.",
    "Text size matters for older readers, the study found.",
    "Smith says: the plan is dead.", "The mayor says:",
]


@pytest.mark.parametrize(("page", "title", "gone", "kept"), [
    # A press release ends at "###": the share buttons and links after it are the site's.
    ("Fire contained\nThe fire was declared contained on Saturday, officials said.\n###\n"
     "Wildfire Preparedness: Ready, Set, Go!\nBoard of Supervisors Agendas & Minutes",
     None, ["Wildfire Preparedness: Ready, Set, Go!", "Board of Supervisors Agendas & Minutes"],
     ["The fire was declared contained on Saturday, officials said."]),
    # Readers' comments, from the commenter to the Reply button; "says:" over a statement
    # that no Reply closes is the story's.
    ("Board votes for later start\nThe board voted 4-3 on Tuesday for a later start.\n"
     "The mayor says:\nThe new schedule begins in the fall of 2026 for every high school.\n"
     "Dana P. says:\nMarch 6, 2025 at 8:12 am\nFinally! Thanks for sitting through it all.\n"
     "Reply",
     None, ["Finally! Thanks for sitting through it all."],
     ["The mayor says:", "The new schedule begins in the fall of 2026 for every high school."]),
    # A caption over its credit line, under the share buttons; a paragraph over an
    # uncaptioned photo's credit stays.
    ("Fire grows\nBy Jo Reyes\nJuly 19, 2025\nEmail\nSmoke rises above Linden Hollow on "
     "Friday evening.\nPriya Sandoval/KNFR\nThe wildfire grew to 4,200 acres by Saturday, "
     "officials said.\nCrews held the line at the river.\nJane Doe/AP\nMore rain is due.",
     "Fire grows", ["Smoke rises above Linden Hollow on Friday evening."],
     ["Crews held the line at the river."]),
    # The headline under a menu's "Top Stories" and over the byline is no listed link.
    ("MERIDIAN WIRE\nTop Stories\nWorld\nNation\nNATION\nDockworkers reach a deal, ending "
     "the strike\nBy Owen Pryce\nPublished 11:08 AM ET, Sept. 26, 2025\nDockworkers went back "
     "to work on Thursday after a nine-day strike.",
     "Dockworkers reach a deal, ending the strike", ["World", "Nation"], []),
    # A standfirst between the headline and a byline of name and role; a section label "U.S."
    ("The National Chronicle\nU.S.\nWorld\nJudge orders maker to pay $61.4 million\n"
     "The ruling is among the largest judgments won by well owners.\n"
     "Kenji Morrow, Staff Reporter\nJune 20, 2025\nA state judge on Thursday ordered the "
     "company to pay residents whose wells were contaminated.",
     "Judge orders maker to pay $61.4 million", ["U.S.", "World"],
     ["The ruling is among the largest judgments won by well owners."]),
])
def test_press_release_ends_comments_captions_and_headlines_in_more_site_styles(
        page, title, gone, kept):
    cleaned = clean_text(page)
    if title is not None:
        assert cleaned.title == title
    paragraphs = cleaned.text.split("\n\n")
    assert not set(gone) & set(paragraphs), paragraphs
    assert all(line in paragraphs for line in kept), paragraphs


def test_the_site_s_lines_above_a_known_headline_go():
    page = ("THE CLEARWATER LEDGER\nNonprofit. Nonpartisan. Journalism for Ashford County.\n"
            "Investigations\nEnvironment\nAfter an 11-day trial, families wait on a judge\n"
            "For more than a decade, Ruth boiled the water from her kitchen tap.")
    cleaned = clean_text(page, title="After an 11-day trial, families wait on a judge")
    # A line ending like a sentence stays, however short ("The vote was 7-2." may be the
    # story's): the motto does, the menu does not.
    assert cleaned.text.split("\n\n") == [
        "Nonprofit. Nonpartisan. Journalism for Ashford County.",
        "For more than a decade, Ruth boiled the water from her kitchen tap."]
    # A story's sentence above the headline: nothing above it is dropped for its place.
    page = ("Investigations\nThe council voted on Monday to close the harbour bridge.\n"
            "Bridge to close\nRepairs will take six weeks.")
    assert "Investigations" in clean_text(page, title="Bridge to close").text


# From a seventh blind corpus (other7): a live page, an aggregator, a trade journal, papers
# of four countries.
OTHER7_FURNITURE = [
    "18:45 IST", "Share this update", "Auto-refresh ON", "Load more comments",
    "Follow us on WhatsApp", "Download The Deccan Current app", "Email address",
    "Europe / Portugal", "Sign up to Meridian Travel Weekly",
    "Hugo Ashdown, Europe correspondent", "Joana Reis, Portugal correspondent",
    "Photograph: Pedro Nunes/CNA",
    "Shreya Kulkarni is a senior associate editor at Plateau Weekly, based in Bengaluru.",
    "Africa's most important business stories, in your inbox by 7am EAT.",
    "You've read 3 of 5 free articles this month. Subscribe for unlimited access.",
    "Registered readers can read 3 articles a month free. Subscribe for unlimited access.",
    "This story was published by Canadian Wire Service and is displayed by NewsBrisk under "
    "licence.", "Read the original at Canadian Wire Service →",
    "Comments on this article are now closed.",
    "Comments are open to subscribers only. Log in or subscribe to join the discussion.",
    "Counting for all 65 wards. Follow the latest trends, winners and reactions here",
    "Get the latest election news on the DeshDigest app. Download now for Android and iOS.",
    "Published October 14, 2026 at 7:15 a.m. | Updated October 14, 2026 at 11:02 a.m.",
    "Photo courtesy of Corvane Creameries", "Also on Equator Business Review", "Upcoming events",
]
OTHER7_LOOKALIKES = [
    "The council meets at 18:45 IST on Tuesday, the mayor said.",
    "Readers can view 10 free articles a month, the company said.",
    "Comments on the plan are open until Friday, the council said.",
    "Scam emails landing in your inbox daily are a growing problem, police warned.",
    "The ratio rose to 3 / 4 of all votes cast in the ward.",
    "Jane Roe, the paper's former editor, resigned on Monday.",
    "Published in 2019, the report found 40 cases.",
    "Courtesy of the city, residents got free passes.",
    # Found by a review: story sentences and list items the new rules first dropped.
    "Daniel Pearl was a reporter for The Wall Street Journal.",
    "Comments are now closed, and the agency will publish its final rule in June.",
    "The clinic is a 501(c)(3) nonprofit that serves 4,000 patients a year.",
    "Smith is not a registered investment adviser and was barred from trading in 2019.",
    "Meta uses cookies to track you across websites, regulators found.",
    "Phishing emails land in your inbox every morning, the report found.",
    "The program depends on donors like you, the director wrote in a letter.",
    "15 responses to the survey were negative.", "Donate to the Red Cross",
    "Sign up to volunteer at the shelter", "Also on the ballot",
    "Harbor Fund is a registered 501(c)(3) that was investigated by regulators in 2024.",
    # Found by a second review.
    "Comments are open to members of the public until Aug. 15.",
    '12 responses to "Have your say" were deleted by the moderators.',
    "The food bank relies on donors like you to keep its shelves stocked through the winter.",
    "Readers like you keep the paper alive, its editors say.",
    '"Listeners like you make this possible," the station\'s founder recalled in 2019.',
    "Your donations help fund 40 scholarships a year, the foundation's brochure reads.",
    "The fake invoices land in your inbox every morning, disguised as bank alerts.",
    "Google uses cookies to track you across websites, critics say.",
    "No spam filter caught the messages.",
    "The paper publishes about 40 stories a month on local government.",
    "Read the original at the National Archives, where the letter is on display.",
    "The Minneapolis/St. Paul area got 3 inches of snow.",
    "Hours: The clinic is open 9 a.m. to 5 p.m. weekdays.",
]


def test_headlines_over_a_syndication_credit_or_a_standfirst_under_a_latest_list():
    page = ("NewsBrisk\nTop Stories\nCanada\nWorld\nAll seven miners brought to surface after "
            "36-hour ordeal\nVia Canadian Wire Service · Oct. 16, 2026 · 6:12 AM ET\n"
            "PELLATT LAKE, Ont. — All seven miners trapped for about 36 hours were brought up.")
    cleaned = clean_text(page)
    assert cleaned.title == "All seven miners brought to surface after 36-hour ordeal"
    assert cleaned.text.startswith("PELLATT LAKE, Ont. — All seven miners")
    page = ("DeshDigest\nLatest\nIndia\nElections\nMysuru civic polls: NKP single largest party\n"
            "SLD reduced to 24 as drinking water crisis dominates\n"
            "Written by Pradeep Hegde | Edited by Ananya Rao\n"
            "Mysuru | Updated: Nov 4, 2026, 08:20 AM IST\n"
            "MYSURU: The NKP emerged as the single largest party in the election.")
    assert clean_text(page).title == "Mysuru civic polls: NKP single largest party"
    page = ("CNA Continental News Agency\nEnglish Service\nWorld\nEurope\n"
            "Portuguese train drivers confirm 72-hour strike\n21 September 2026 | 14:32 CEST\n"
            "LISBON, 21 September (CNA) – The union confirmed a 72-hour strike on Monday.")
    assert clean_text(page).title == "Portuguese train drivers confirm 72-hour strike"


def test_a_question_headline_in_a_link_list_is_listed():
    page = ("Board votes\nThe board voted 4-3 on Tuesday for a later start.\nAlso read\n"
            "Mysuru civic polls: Who are the key candidates in the fray?\n"
            "Why banks are racing to raise capital\nThe new schedule begins in the fall.")
    paragraphs = clean_text(page).text.split("\n\n")
    assert "Mysuru civic polls: Who are the key candidates in the fray?" not in paragraphs
    assert "The new schedule begins in the fall." in paragraphs


@pytest.mark.parametrize(("page", "kept"), [
    # A lede under its byline, over an uncaptioned photo's credit, is no caption.
    ("Library to close\nBy Jane Doe\nThe council voted 7-2 on Tuesday to close the main "
     "library by June.\nJane Doe / AP\nThe library opened in 1902.",
     "The council voted 7-2 on Tuesday to close the main library by June."),
    # After a widget, over a credit, a paragraph telling what happened is the story's.
    ("Plan\nBy Jo Roe\nMarch 3, 2025\nAdvertisement\nThe plan was first proposed in 2019 by "
     "former mayor Tom Reyes.\nJane Doe / AP\nIt passed on Monday.",
     "The plan was first proposed in 2019 by former mayor Tom Reyes."),
    # "###" between two parts of a story divides them; it ends nothing.
    ("Storm hits\nThe storm knocked out power to 40,000 homes.\n###\nOfficials said repairs "
     "would take a week to finish across the county.",
     "Officials said repairs would take a week to finish across the county."),
])
def test_story_lines_by_a_credit_or_after_a_divider_are_kept(page, kept):
    assert kept in clean_text(page).text.split("\n\n")


@pytest.mark.parametrize(("line", "dated"), [
    ("Match report | A Grade | Posted 29 November 2026 by Club Media", True),
    ("Guidance | Last reviewed: 12 November 2026", True),
    ("Issued: 23 November 2026", True),
    ("Report by Hayley Dunmore", True),
    ("Report by MPs Slams Water Firm", False),
    # A menu's or a filter's labels, and a review's heading, date nothing.
    ("Shop | Gifts | By occasion", False),
    ("Home | News | Sport | Published works", False),
    ("Reviewed: Skoda Octavia estate", False),
])
def test_a_date_line_after_a_post_s_labels(line, dated):
    assert bylines([line], [True], 0) is dated


@pytest.mark.parametrize("line", [
    "You must be 18 or over to enter this site.",
    "Yes, I'm over 18",
    "No",
    "Please drink responsibly.",
    "Book now",
    "Buy tickets",
    "View offer",
    "Add to calendar",
    "Buy our beers online",
    "Posted in Concerts, Choir news",
    "Tickets £8",
    "Viewer photo: Sam K via Ridings TV",
    "Photo: Nidd Valley Brewing Co.",
    "Forecast for your area: enter a town or postcode",
    "Events team, 20 October 2026",
    "By Priya Lomax (MA Journalism, 2011) | 20 November 2026 | 6 min read",
    "In this issue",
    "Written by the Cat Nab team",
    "Pictured: the lido from the top of the Cliff Lift, October 2026",
    "Photo: opening morning, by Cat Nab instructor Lewis",
    "Check availability",
    "See the deals",
])
def test_an_age_check_buttons_and_a_shop_s_lines_are_furniture(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "No one was hurt.",
    "Book now, the council says, because places are limited.",
    "Tickets for the reopening sold out in two hours.",
    "You must be 18 or over to apply, the council said.",
    "Visitors were asked to enter a town hall side door.",
    # Headlines end without a full stop.
    "Russian troops enter a city in eastern Ukraine",
    "Posted in Kabul: a diplomat looks back",
    "Filed under Section 8, the claim failed",
    "Book now, pay later: the new loans worrying regulators",
    "Check the small print before you sign, the regulator said.",
    "Check all smoke alarms",
    "Image: 12,000 people marched through Leeds on Saturday.",
    'Photo: "We lost everything," said Jo Bell',
    "Picture: police said the driver, 34, was arrested",
    "By the Numbers: How the Team Won",
])
def test_sentences_like_an_age_check_or_a_button_are_kept(line):
    assert not is_boilerplate(line)


def test_a_caption_over_its_credit_goes_though_a_promotion_follows_in_its_block():
    page = ("Brewery news\nCurtain Call: our ale for the Playhouse\nPosted 27 October 2026 by "
            "Jess Tindall\n\nWe have brewed a special beer to help rebuild the Playhouse.\n"
            "Half of every pint goes to the appeal.\n\n"
            "Curtain Call pump clips ready to go out.\nPhoto: Nidd Valley Brewing Co.\n"
            "Buy our beers online\n\nOur head brewer worked at the Playhouse for three summers.")
    cleaned = clean_text(page)
    paragraphs = cleaned.text.split("\n\n")
    assert "Curtain Call pump clips ready to go out." not in paragraphs
    assert "Our head brewer worked at the Playhouse for three summers." in paragraphs
    assert cleaned.title == "Curtain Call: our ale for the Playhouse"
    # A credit between two of a story's sentences is an uncaptioned photo's.
    page = ("Floods\nBy Jo Roe\n\nThe river burst its banks on Sunday, the agency said.\n\n"
            "Heavy rain flooded dozens of homes across the valley overnight.\nPhoto: Reuters\n"
            "Residents spent the morning pumping water out, the council said.")
    assert ("Heavy rain flooded dozens of homes across the valley overnight."
            in clean_text(page).text.split("\n\n"))
    # The buttons' pattern is read once, however long the line.
    assert not is_boilerplate("See" + " our our" * 40 + " !x")
    # Under a button's few words ("Book a free check"), a caption over its credit goes too;
    # a story's line under a headline over a photographers' credit stays.
    page = ("Physio news\nAfter the race: recovering well\nPublished 4 November 2026\n\n"
            "We have seen nine of the runners this week, and most are fine.\n"
            "Runners: a free check until 30 November.\nBook a free check\n"
            "The rescue team at the road end on the evening of the search.\nPhoto: UDMRT\n"
            "About the author")
    assert ("The rescue team at the road end on the evening of the search."
            not in clean_text(page).text.split("\n\n"))
    # A short headline or a subheading is no button: the story's line under it stays.
    for heading in ("Fell race abandoned", "On the hill"):
        page = (f"Race news\n{heading}\nRunners sheltered in a barn near the summit as the "
                "storm hit.\nPhoto: Jo Bell\n\nThe race was stopped at noon, the organisers said.")
        assert ("Runners sheltered in a barn near the summit as the storm hit."
                in clean_text(page).text.split("\n\n")), heading
    page = ("Gallery\nIn pictures: the island lives under the glow of the eruption\n"
            "As lava edged towards the sea, our photographers followed evacuees.\n"
            "Photographs by Marta Quental and Jonas Weir\n\nThe lava reached the sea at dawn.")
    assert ("As lava edged towards the sea, our photographers followed evacuees."
            in clean_text(page).text.split("\n\n"))


@pytest.mark.parametrize(("page", "title"), [
    # A site's banner ending in "!" over the headline ends no header: the headline stands
    # over its byline under it ("Meet the Team" was taken).
    ("Scruff to Fluff\nFull grooms | Bath & brush | Nail clips\nHome\nServices\nMeet the "
     "Team\nBook an Appointment\nNow taking bookings for December: slots are filling fast!\n"
     "Tales\nThe hero collie comes in for a well-earned pamper\nPosted by Kerry Dixon on 11 "
     "November 2026\n\nWe have groomed a lot of muddy dogs in twelve years.",
     "The hero collie comes in for a well-earned pamper"),
    # A short notice ending a sentence over the headline, and the writer's bare name between
    # the headline and its date line ("New here? Your first class is £5.", "Hannah Lowther").
    ("Still Water Yoga\nYoga by the lake in Keswick\nTimetable\nClasses\nJournal\nContact\n"
     "New here? Your first class is £5.\nJournal\nStretching for the rescuers: thank you\n"
     "Hannah Lowther\n25 November 2026\n\nOn Saturday 64 of you rolled out your mats in the "
     "church hall for the rescue team.",
     "Stretching for the rescuers: thank you"),
    # The writer's bare name may start with a capital beyond ASCII ("Éamon Brennan").
    ("Still Water Yoga\nYoga by the lake in Keswick\nTimetable\nClasses\nJournal\nContact\n"
     "New here? Your first class is £5.\nJournal\nStretching for the rescuers: thank you\n"
     "Éamon Brennan\n25 November 2026\n\nOn Saturday 64 of you rolled out your mats in the "
     "church hall for the rescue team.",
     "Stretching for the rescuers: thank you"),
    # A notice under its label over a section's label and the headline ("Course status:").
    ("Ythan Golf Club\nParkland golf on the Ythan\nHome\nThe Course\nClub News\nContact\n"
     "Course status: 18 holes open. Buggies not permitted.\nClub News\nTractor run record "
     "confirmed\n20 November 2026 | Posted by the Club Secretary\n\nMembers will remember the "
     "car park was used as the assembly area.",
     "Tractor run record confirmed"),
    # Not a verdict box's labelled line right over the byline: the headline stands above it.
    ("FactLens\nFact checks | Explainers\nNo, the vaccine was not tested on 600 people\n"
     "Our rating: FALSE\nThe facts: The trial enrolled thousands. The 600 were a dose study.\n"
     "By Oskar Lind · 19 November 2026\n\nA post circulating on Facebook claims the vaccine "
     "was approved after a tiny trial.",
     "No, the vaccine was not tested on 600 people"),
    # A story's lead ending in "!" under the byline still ends the header.
    ("Rowing news\nTamati through to the final\nPosted 2 October 2026\n\nWhat a week for the "
     "club and for Tamati most of all!\nThe heats\nHe won his heat by two lengths on Friday.",
     "Tamati through to the final"),
    # A weather box's prompt over the headline is no headline over a standfirst.
    ("Ridings TV\nNews\nWeather\nWeather Desk blog\nForecast for your area: enter a town or "
     "postcode\n\nHow the wind fed the Playhouse fire, and why the rain came in time\nBy Hannah "
     "Clegg, Ridings TV meteorologist\nSunday 18 October 2026, 10:15\n\nThe fire was fanned by "
     "the strongest winds of the autumn so far.",
     "How the wind fed the Playhouse fire, and why the rain came in time"),
    # A team's date line and a byline with its writer's degree stand under the headline.
    ("Hartwell & Pike\nIndependent booksellers, Harrogate\nBrowse books\nEvents\nBook clubs\n"
     "Events\nAuthor event moves to our Reading Room after the Playhouse fire\nEvents team, 20 "
     "October 2026\n\nOur evening with the novelist will now be held in the Reading Room.",
     "Author event moves to our Reading Room after the Playhouse fire"),
    ("University of Wharfedale\nAlumni & Supporters\nHome\nFeatures\nClass notes\nFeatures\n"
     "Rebuilding the Alderbrook: a graduate and the night his theatre burned\nBy Priya Lomax (MA "
     "Journalism, 2011) | 20 November 2026 | 6 min read\n\nTomasz Wrobel was asleep in his flat "
     "when the phone rang.",
     "Rebuilding the Alderbrook: a graduate and the night his theatre burned"),
    # A notice asking the reader ("Framing for Christmas? Please order by 12 December.") over
    # a label and the headline does not end the header.
    ("Kells Frames\nBespoke picture framing and local art, Kells\nHome\nGallery\nJournal\n"
     "Contact\nFraming for Christmas? Please order by 12 December.\nJournal\nFraming a giant "
     "cheque (and keeping it a secret)\n16 November 2026\nBy Ronan Gartlan\n\nWe frame a lot "
     "of unusual things here, but last week was a first.",
     "Framing a giant cheque (and keeping it a secret)"),
    # Right over the headline, it is no headline over a standfirst either.
    ("Kells Fish\nHome\nShop\nNews\nContact\nFresh crab this week? Ask at the counter.\n"
     "What the spill means for our boats\nBy Tom Hoskins\n\nThe boats stayed in harbour for "
     "three weeks after the storm.", "What the spill means for our boats"),
    # Nor is a headline starting "Edition 12 of ..." an issue line.
    ("Ludlow Eats\nHome\nNews\nEdition 12 of the Ludlow food festival draws record crowds\n"
     "Twenty thousand came to the castle over a wet weekend\nBy Cerys Wynne\n\nThe festival "
     "had its best year yet despite the rain.",
     "Edition 12 of the Ludlow food festival draws record crowds"),
    # An issue line written month first ("November 2026 | Issue 47") is no headline over a
    # standfirst.
    ("Kells Credit Union\nMembers helping members since 1968\nHome\nLoans\nSavings\nContact\n"
     "Winter Members' Newsletter\nNovember 2026 | Issue 47\nWindfalls, wages and the lotto "
     "win: a word from our CEO\nBy Aoife Brennan, chief executive\n\nIt has been quite a "
     "month in the town, and I want to start by congratulating the winners.",
     "Windfalls, wages and the lotto win: a word from our CEO"),
])
def test_headlines_over_a_team_s_date_line_a_degree_byline_or_under_a_place_box(page, title):
    assert clean_text(page).title == title


def test_a_story_s_lead_ending_in_an_exclamation_is_no_banner():
    page = ("Rowing news\nTamati through to the final\nPosted 2 October 2026\n\nWhat a week for "
            "the club and for Tamati most of all!\nThe heats\nHe won his heat by two lengths.")
    assert "The heats" in clean_text(page).text.split("\n\n")


def test_a_trail_introduced_as_you_are_here_is_no_headline():
    page = ("Village Stores\nShop | Post Office | Noticeboard\n"
            "You are here: Home / Village Noticeboard / Warbler week\n"
            "Warbler week: visitors, milk deliveries and a bucket for the roof\n"
            "Noticeboard post · 21 October 2026\n"
            "What a week it has been at the shop since the bird was found on Saturday morning.\n"
            "More than a thousand birdwatchers have come down the lane since it arrived here.")
    assert is_boilerplate("You are here: Home / Village Noticeboard / Warbler week")
    assert not is_boilerplate("You are here at home with us, she said.")
    assert is_boilerplate("You are here: News / Local / Warbler week")
    cleaned = clean_text(page)
    assert cleaned.title == "Warbler week: visitors, milk deliveries and a bucket for the roof"
    assert "You are here" not in cleaned.text
