"""Furniture of wikis, microblogs, print archives, wires and briefings (other15's site styles)."""

from __future__ import annotations

import pytest

from retrieval.cleaning import clean_text, is_boilerplate
from retrieval.page_boxes import pull_quotes
from retrieval.reader_posts import microblog_replies

STORY = ("The recall covers 73,400 kettles across Europe, the company said on Friday, and "
         "owners are told to stop using them at once.")

OTHER15_FURNITURE = [
    "Cookies on the Product Safety Executive website",
    "We'd like to set additional cookies to understand how you use the site.",
    "Accept additional cookies", "Reject additional cookies", "View cookies",
    "This is a transcript of the briefing as it was delivered. Some questions have been "
    "edited for length.", "MODERATOR: Thank you. We have time for a few questions.",
    "MODERATOR: Next question, please.", "From: Product Safety Executive",
    "Jump to navigation", "Jump to search", "From Wikinaut, the free encyclopedia",
    "History[edit]", "1. ^ Lyle, Dorothy (2009). Fifty Years of Time. Coventry: Ferrier & Lyle.",
    "Text is available under a Creative Commons licence; additional terms may apply.",
    "This article is about the museum in Coventry. Not to be confused with Ashdown House.",
    "This article documents a recently reopened institution. Some information may change "
    "quickly as new sources become available.", "Contents",
    "Search or paste URL", "Boost 212", "Favourite 388", "Show more replies",
    "Jonty Pell @jontyp@fellside.town", "Jonty Pell @jontyp@fellside.town · 2h",
    "Move to Washington, D.C.[edit]", "Freelance reporter, Hope Valley & Peak. Views my own. "
    "DMs open for tips.", "dalesfolk.social is one server in the fediverse.", "Server rules",
    "« Previous page", "Next page »", "View page image",
    "Text below was generated automatically from the printed page and may contain errors.",
    "THE WENSUM COURIER, Wednesday, November 18, 2026 7",
    "Wednesday 18 November 2026 · Page 7 of 48", "The Wensum Courier – print edition",
    "l ■ ■ . ,", "English service – machine-assisted translation from Dutch, checked by an "
    "editor. The Dutch original is authoritative.", "(translation: ZPD English service / ed. MvdB)",
    "ZPD/EN 03-11-2026 11:48", "Slug: VELMORA-RECALL (update 1)", "Section: Economy",
    "Subtitle: Base of VK-200 can overheat; customers must stop use immediately",
    "Note to editors: photos available in the ZPD photo service under reference ZPD-F-88214.",
    "End of message", "Earlier messages on this subject", "Posted by the Communications Team",
    "Previous post: Meet the volunteers re-cataloguing 4,000 watch parts",
    "We are currently closed for redevelopment. See you soon!", "Be the first to hear our news",
    "Hydra-Bolt XR: resin anchors rated to 25 tonnes. Request a datasheet",
    "Christmas parties at The Foundry Rooms – three courses and a DJ from £34.50. Book now",
    "Neil Trescothick has covered ground control and mine safety for Underground Review since "
    "2011.",
]
OTHER15_LOOKALIKES = [
    "Cookies on sale at the school fair raised £300 for the roof fund.",
    "From January, the museum will open on Mondays.", "Posted by the regiment to Cyprus in 1974, "
    "he never returned.", "Section 4.2 of the act says otherwise.", "Boost for the high street",
    "Moderator: the panel was chaired by the council's leader.",
    "MODERATOR: Good morning, everyone. Margaret Oduya, our deputy chief executive, will make "
    "a short statement and then take a few questions.",
    "We are currently closed for redevelopment, the museum's director said.",
    "Visitors should book now.", "Readers told us their views are their own business.",
    "The museum's history is told in the Long Gallery.", "End of an era for the Wensum mill",
    "The text of the ruling was published on Monday.",
    "Subtitles are available for every film at the festival.",
    "The page was the first to report the collapse, the editor said.",
    # Found by a review: story lines ending on a pattern's words, and headlines.
    "Teenagers' DMs are open to strangers by default, the campaign group claims.",
    "Meta confirmed that the DMs are open to adults the teens do not follow.",
    "In his X bio, which carries the line 'Views my own', he describes himself as a patriot.",
    "Automatic translation of court documents into Welsh will begin next year.",
    "Machine translation of medical leaflets has caused mistakes in three hospitals.",
    "This is a transcript of the conversation between the pilot and air traffic control.",
    "Not to be confused with the 1998 law, the new act covers renters in every region.",
    "This article is about how one family rebuilt their home after the flood.",
    "The Met Office has reported on rainfall for the government since 1910.",
    "We are temporarily closed for maintenance after the flood and hope to reopen in June.",
    "Be the first to hear the new bells at St Mary's on Sunday.",
    "Subtitle: the director said the film needed no subtitles.",
    "Slug: the garden pest farmers fear most.",
    "Previous post: the council deleted it within an hour.",
    "Flights to Spain surge as families rush to book now",
    "House prices: why first-time buyers should buy now",
    "From: Paris to Pyongyang, the long road of a defector",
    "Posted by hand to every home in the ward", "A farewell to the Courier – print edition",
    "Cookies on a construction site", "Police urged residents to contact @hvpolice@police.social",
    "His bio said simply: Activist. Views my own.",
    # Reported by "claims" or "confirmed": a story's line, whatever furniture's words it holds.
    "This is a transcript of the briefing as it was delivered, the ministry confirmed.",
]


def test_a_microblog_s_replies_are_dropped_but_the_author_s_posts_kept():
    lines = ["Marnie Kerrigan", "@marniek@dalesfolk.social", "Thread: I'm at the mine.",
             "Boost 212", "Drilling started at 09:40.", "Jonty Pell @jontyp@fellside.town",
             "Hoping for good news for all of them.", "The trapped group: five names.",
             "Sal R @salr@dalesfolk.social · 2h", "2h", "Thank you for keeping us posted.",
             "@marniek@dalesfolk.social", "All five are out."]
    assert microblog_replies(lines) == {6, 10}
    # A story quoting a post, on a page without a thread's counters, keeps it.
    story = ["By Marnie Kerrigan @marniek@dalesfolk.social", STORY,
             "Hope Valley Police @hvpolice@police.social", "All five miners are out of the mine."]
    assert microblog_replies(story) == set()
    assert microblog_replies(["No handles here.", STORY]) == set()


def test_a_pull_quote_repeating_the_story_s_words_is_dropped():
    said = '"The rescue was the easy bill to pay," Marchbank said. "The rest is harder."'
    lines = [said, '"The rescue was the easy bill to pay"', "“We wanted people to feel that.”",
             '"A quotation said nowhere else on the page"']
    assert pull_quotes(lines) == {1}
    # Quoted alone with its words in no longer line: a story's paragraph of its own; nor is a
    # paragraph a headline quotes, naming no one who said it, a pull-quote.
    assert pull_quotes(['"Nothing like it has happened here before."', STORY]) == set()
    headline = "‘It was like a bomb going off’: families describe kettle fire ordeal"
    assert pull_quotes([headline, "“It was like a bomb going off.”", STORY]) == set()


def test_a_print_page_s_headline_in_capitals_over_its_byline_and_a_wiki_s_title():
    page = ("PressVault Digital Archive\nThe Wensum Courier – print edition\n"
            "Wednesday 18 November 2026 · Page 7 of 48\nNEWS\n"
            "KETTLE RECALL WIDENS AFTER HELLESDON KITCHEN FIRE\nBy TOM ASHBY-REEVE\n"
            f"{STORY}\n{STORY}")
    assert clean_text(page).title == "KETTLE RECALL WIDENS AFTER HELLESDON KITCHEN FIRE"
    # A section's label in capitals over a date line stays a label.
    wire = ("MARKETS WIRE\nBANKING & FINANCE\nNovember 2, 2026 · 10:47 AM\n"
            "Halvorsen Bank agrees to buy Fjordkyst Bank for 24.6 billion crowns\n"
            "By Sigrun Halle\n" f"{STORY}\n{STORY}")
    assert clean_text(wire).title.startswith("Halvorsen Bank agrees")
    wiki = ("Jump to navigation\nJump to search\nWikinaut\nMain page\nLog in\n"
            "Ashdown Museum of Timekeeping\nFrom Wikinaut, the free encyclopedia\n"
            "Contents\n1 History\n2 Reopening\nHistory[edit]\n" f"{STORY}\n{STORY}")
    cleaned = clean_text(wiki)
    assert cleaned.title == "Ashdown Museum of Timekeeping"
    assert "1 History" not in cleaned.text and STORY in cleaned.text


def test_a_caption_in_a_block_of_its_own_over_its_credit_is_dropped():
    page = ("Incident update: rescue operation continues\nLast updated: 07 October 2026, 05:40\n\n"
            f"{STORY}\n{STORY}\n\nRescue vehicles at the site on Tuesday evening.\n"
            "Photo: PVFRS\n\n" f"{STORY} Again.")
    cleaned = clean_text(page)
    assert "Rescue vehicles" not in cleaned.text and f"{STORY} Again." in cleaned.text
    # A story's paragraph right under another, or a blank line away from the credit under
    # it, over an uncaptioned photo's credit, stays.
    joined = page.replace(f"{STORY}\n\nRescue", f"{STORY}\nRescue")
    assert "Rescue vehicles at the site on Tuesday evening." in clean_text(joined).text
    spaced = ("Fire at Grindlow mill\n\nBy Jane Doe\n\n" f"{STORY}\n\n"
              "Firefighters from three stations fought the blaze through the night.\n\n"
              "Photo: PVFRS\n\n" f"{STORY} Again.")
    assert "Firefighters from three stations" in clean_text(spaced).text


def test_a_leader_s_surname_may_hold_a_particle():
    from retrieval.role_holders import holder_pattern

    pattern = holder_pattern((("director",), ("manag", "director")))
    assert pattern is not None
    for sentence in ("It takes no risks, says director Joost van Reenen in a statement.",
                     "Managing director Joost van Rheenen said the firm was sorry.",
                     "Director Ursula von der Leyen said so.",
                     # Capitals beyond ASCII, and the Irish "Ó" before a surname.
                     "Managing director Éamon Ó Cuív said the firm was sorry.",
                     "Director Łukasz Żuławski said so."):
        assert pattern.search(sentence), sentence
    assert not pattern.search("The director of the museum said so.")


# other16's: a parliament's record, a status page, an app store, a police appeal, an
# aggregator, a crowdfunding page, a bulletin, a tourism notice.
OTHER16_FURNITURE = [
    "Volume 781: debated on Wednesday 11 November 2026", "Share this debate",
    "Previous debate: Rural Bus Services", "Column 412",
    "Citation: HC Deb, 11 November 2026, vol 781, col 412",
    "This is the edited Official Report. The text may be subject to correction.",
    "Parliamentary copyright 2026", "Report a problem with this page", "Back to top",
    "Sign in to save debates and set alerts", "Subscribe to updates",
    "Get notified by email, SMS or webhook when Corvane Pay creates or updates an incident.",
    "← Current status", "Incident report for Corvane Pay",
    "This incident affected: Card authorisation API (Major outage)",
    "Card authorisation API — Operational", "Uptime over the past 90 days: 99.71%",
    "This page refreshes automatically every 60 seconds.",
    "Oct 19, 2026 — No incidents reported.", "Past incidents",
    "Corvane Pay Ltd is registered in England and Wales, company no. 11840273.",
    "4.1 ★ · 12.8K ratings", "#14 in Business", "Add to wishlist",
    "Crashes on refunds ★★ mikeyp_deli, 29 Oct", "Developer response: Thanks Mike, fixed.",
    "Size: 84.2 MB", "[Image: a lynx with black ear tufts lying in long grass]", "Adopt now",
    "Report online", "Upload footage", "Related appeals",
    "Sources: Devon Vale Police, Kestrel Hill Wildlife Park, West Country Echo and 3 more",
    "Read full coverage at West Country Echo",
    "Your ad-free feed is one click away. Try Newsdrift Plus free for 30 days",
    "Created by Merrivale Maritime Archaeology Unit", "£39,210 pledged of £48,000 goal",
    "£3m raised of £5m target", "Back this project",
    "All or nothing. This project will only be funded if it reaches its goal by Wed 14 Oct 2026.",
    "Pledge £10 or more",
    "Sioned W. · Backer – My great-great-grandfather was the second engineer.",
    "Volunteer with the Halcyon Belle project – register your interest",
    "Download this issue as PDF (2.4 MB)", "Notice ref. MCS/2026/31 · Issued 20 November 2026",
    "Map of the exclusion zone (opens in new window)",
    "Classifieds: For sale, 2 x drysuits, size L, little used. Contact the office.",
    "Obituaries: Dennis Arkwright MGNA (1941–2026)",
    "We use some essential cookies to make this service work.",
]
OTHER16_LOOKALIKES = [
    "The minister said the debate would resume at 12.34 pm on Thursday.",
    "This is the unedited transcript of the call, the White House said.",
    "The company is registered in England and Wales, the court heard.",
    "Classifieds: Newspaper ad revenue fell 40% in 2025.",
    "Sources said the deal was done on Friday.", "The appeal raised £39,210 of its £48,000 goal.",
    "Nine days to go before the vote, the polls are tied.",
    "The lynx was seen in long grass near Harcombe Cross.",
    "Uptime over the past 90 days fell below the 99.9% the contract demands.",
    "Volunteers were asked to register their interest by Friday.",
    # Found by a review: story lines and headlines like those pages' furniture.
    "Arkwright Holdings is registered in Scotland with company number 04567123.",
    "Get notified by email when your bin day changes, the council's new app promises.",
    "Powered by Nord Stream gas until 2022.", "Powered by Women",
    "This is the edited transcript of an interview with the Chancellor on Tuesday.",
    "This page updates automatically as results come in.", "100 days to go",
    "Incident report for Grenfell published", "Incident report for the Croydon tram crash",
    "Obituary: Dennis Skinner (1932–2026)", "Microsoft Teams and Outlook – major outage",
    "Heathrow - Partial outage", "Created by Banksy, the mural was painted over on Tuesday",
    "Amazon lets shoppers try Prime free for 30 days", "Read the full report on the inquiry",
    "#10 in Europe for air pollution", "Hamlet ★★★★ Barbican, 12 Mar",
]


@pytest.mark.parametrize("line", OTHER15_FURNITURE + OTHER16_FURNITURE)
def test_furniture_of_wikis_microblogs_archives_records_and_status_pages_is_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", OTHER15_LOOKALIKES + OTHER16_LOOKALIKES)
def test_story_lines_like_those_pages_furniture_are_kept(line):
    assert not is_boilerplate(line)


def test_a_status_page_s_incident_title_and_a_record_s_debate_title_are_the_headlines():
    status = ("Corvane Pay\nStatus\nSubscribe to updates\n← Current status\n"
              "Card payment processing degraded across UK and Ireland\n"
              "Incident report for Corvane Pay\nResolved\n" f"{STORY}\n{STORY}")
    assert clean_text(status).title == "Card payment processing degraded across UK and Ireland"
    record = ("Skip to main content\nParliamentary Official Report\n"
              "House of Commons | House of Lords | Committees\n"
              "Volume 781: debated on Wednesday 11 November 2026\nCard Payment Outage\n"
              "Share this debate\nWatch the debate\n12.34 pm\n" f"{STORY}\n{STORY}")
    assert clean_text(record).title == "Card Payment Outage"


@pytest.mark.parametrize("line", [
    # A caption behind a bracketed label.
    "[Photo] The crew at the slipway before the launch.",
    "[Image] Our grab lorry lifting the last of the stone.",
    "[Picture] The chapel in about 1910, before the porch was added.",
    # A post's byline in the site's own words.
    "Posted by Ann Brewer on Tuesday 3rd March 2026 in Club News",
    "Diary entry by Sam Holt, head brewer — Friday 6 March 2026",
    "Posted by the Hon. Treasurer, Alan Pike, 12 March 2026",
    "Field notes from Rhian Lloyd, Warden | 07.03.2026",
])
def test_a_labelled_caption_or_a_post_s_byline_in_the_site_s_words_is_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "Barn hit by Storm Ivor on 4 March 2026",
    "Repairs by Holt & Sons due by 30 March 2026",
    # A story's timeline names deeds, not posts.
    "Objection lodged by Natural England on 12 May 2025",
    "Petition handed in by Penally Action Group, 2 February 2026",
    "Missing from Tenby since Friday, 6 March 2026",
    # Behind a label, someone's words are the story's.
    "[Photo] Firefighters were called at 2am, and detectives now say the fire was arson.",
    "[Video] The owner, Dai Prothero, told us he would rebuild the mill within two years.",
])
def test_a_story_s_line_naming_a_doer_and_a_date_is_kept(line):
    assert not is_boilerplate(line)


def test_notices_over_the_headline_and_a_post_s_byline_leave_the_headline_the_title():
    page = ("Holt's Brewery Tap\nReal ale brewed on the premises since 1992\nHome\nOur Beers\n"
            "Events\nVisit\nKitchen open Wed-Sun, 12pm-8pm. Food last orders at 7.30pm.\n"
            "Brewery tours run on Saturdays. Book at the bar or by phone.\n"
            "Home › News › March\n"
            "The night the cellar flooded: how we saved the Easter brew\n"
            "Diary entry by Sam Holt, head brewer — Friday 6 March 2026\n"
            "Water came up through the cellar floor just after midnight on Tuesday.\n"
            "By the morning it stood 40 centimetres deep around the fermenting vessels.")
    cleaned = clean_text(page)
    assert cleaned.title == "The night the cellar flooded: how we saved the Easter brew"
    assert cleaned.text.split("\n\n")[0].startswith("Water came up")
    assert "Kitchen open" not in cleaned.text and "Brewery tours" not in cleaned.text


def test_a_scene_under_the_byline_over_its_credit_is_a_caption():
    page = ("Gig news\nThe row home\nPosted 3 March 2026 by Jo Hale\n{line}\nPhoto: Ray Gwynn\n"
            "The crew rowed into the harbour at dusk on Saturday after nine days at sea.\n"
            "More than two hundred people were waiting on the quay.")
    for scene in ("Nia Rhys leaving the harbour on 5 July, escorted by two gigs.",
                  "The crew warming up on the slipway before the start."):
        assert scene not in clean_text(page.format(line=scene)).text.split("\n\n")
    # A story's first paragraph under the byline over an uncaptioned photo's credit stays.
    for told in ("Nia Rhys set off from the harbour on 5 July with two gigs alongside.",
                 "Hundreds of people lined the harbour wall to wave the crew off.",
                 "Villagers living near the quay fear more storms after a wall cracked.",
                 "Rowers taking part in the race raised £4,000 for the lifeboat.",
                 "A public meeting on the plans takes place at the chapel on Friday."):
        assert told in clean_text(page.format(line=told)).text.split("\n\n")


def test_a_story_s_lead_over_a_link_or_an_advert_is_no_notice():
    # Only the site's trail between a notice and the headline: a "Read more" link or an
    # advertisement under a story's lead leaves the lead and the headline in place.
    for between in ("Read more\nFire crews praised for quick response to harbour blaze\n"
                    "12 February 2026", "Advertisement\nThe mill on Wednesday morning.\n"
                    "By Jo Hale, 3 March 2026"):
        cleaned = clean_text(f"Mill fire was arson, police say\nThe blaze that gutted the old "
                             f"corn mill on Tuesday was started deliberately, detectives "
                             f"believe.\n{between}\nCrews arrived within minutes of the call.")
        assert cleaned.title == "Mill fire was arson, police say"
        assert cleaned.text.startswith("The blaze that gutted")
