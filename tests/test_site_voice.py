"""Furniture of an eighth corpus's site styles (other8), and where the site or readers speak."""

from __future__ import annotations

from retrieval.cleaning import clean_text
from retrieval.furniture import is_menu
from retrieval.site_voice import byline_names, handle_comments, notes_on_site

# From other8: a wire, a live blog, AMP and print versions, a newsletter e-mail, an interview,
# a TV station's site, a community site, a FAQ explainer.
OTHER8_FURNITURE = [
    "Subscriber licence: for distribution by CEPA clients only",
    "Licensing terms apply to this image. Contact CEPA Photo for rights.",
    "Photo: Firefighters evacuate residents by boat in Miedzianów, Sept 13, 2026. CEPA/Ewa Sroka",
    "((jakub.ostrowski@cepa.example; +48 22 555 0101))",
    "Keywords: POLAND-FLOODS/MIEDZIANOW (UPDATE 2)",
    "Sign up for the CEPA Morning Briefing, delivered to clients at 06:00 CET.",
    "CEPA's wire is available to licensed clients. Redistribution without permission is "
    "prohibited.",
    "Our reporters follow the CEPA Trust Principles on independence and freedom from bias.",
    "Filed 13 Sep 2026 21:47 CEST | Updated 13 Sep 2026 22:30 CEST",
    "Live updates by Agnieszka Pawlak, Dawid Sroka and Herald reporters", "Auto-refresh: ON",
    "Key events", "Show all key events",
    "Reader photo: Water surrounds the church. Photo: sent by Krystyna via WhatsApp",
    "Send us your photos and videos: kontakt@silesiaherald.example",
    "Read more: How to apply for emergency flood aid, a step-by-step guide",
    "Comments are closed on this live blog. Please be kind to one another.",
    "Image source: BPB/Tom Ashdown", "Media caption: Drone footage shows the flooding",
    "Watch: 1:48",
    "This article was amended on 18 September to correct the spelling of Paweł Gajda's name.",
    "Editor's note: This article was amended on November 3 to correct a name.",
    "Estimated reading time: 4 minutes", "Reference",
    "Kvalvik, A., Solheim, I. et al. (2026). Munidopsis nordlysa sp. nov. from the Skjold vent "
    "field. Journal of Abyssal Systematics 14: 233-251.",
    "This interview has been edited for length and clarity.",
    'Pull quote: "You cannot launch the vehicle in big waves."',
    "About the interviewee: Ingrid Solheim is a professor of marine ecology at Nordhavn.",
    "Enjoyed this interview? Deep Current is independent and ad-free.",
    "Subscribe from €5 a month", "Subscribe from 1 zł for the first month | Log in",
    "Subscribe to the Ledger from $1 a week", "Log in to comment.",
    "From: The Weekly Specimen <newsletter@weeklyspecimen.example>",
    "View this email in your browser",
    "You are receiving this because you signed up at weeklyspecimen.example.",
    "Hello, specimen collectors!",
    "In this issue: 1. The lantern lobster gets a sequel | 2. Quick hits",
    "Read the university's announcement →", "2. QUICK HITS",
    "Museum volunteers finish counting 1.2 million beetles →",
    "This issue is supported by FieldNote, the notebook app. Try it free for 30 days.",
    "Forward this email to a friend who loves weird animals.",
    "Was this forwarded to you? Subscribe here.",
    "Get Andes Football Weekly in your inbox every Friday. Sign up free",
    "This copy is for your personal, non-commercial use only.", "Printed: 3/11/2026 8:14 AM",
    "Related: Data breach victims still waiting for new passports",
    'This article appeared in print in The Australian Ledger on November 4, 2026 as "Record '
    'fine".', "The Australian Ledger's journalism is independent and funded by subscribers.",
    "Reprints and permissions: syndication@australianledger.example",
    "Customer service: 1300 555 010",
    "Posted Thu 5 Nov 2026 at 6:02pm, updated Thu 5 Nov 2026 at 7:30pm",
    "Video transcript (auto-generated, may contain errors)", "End of transcript",
    "Watch HC5 News at 6pm weeknights and stream anytime on HC5 Go.",
    "Follow HC5 News on Facebook and Instagram", "Most watched: Lake Macquarie ferry trial",
    "HC5 acknowledges the Traditional Custodians of the lands on which we live and work.",
    "What's on this week", "Sat 11 Jul, 9:00: Beach clean-up at the pier, bring gloves",
    "Add your event to the calendar", "Podcast: Can a coastal club break Lima's grip?",
    "Leave a comment. Your email address will not be published.",
]
OTHER8_LOOKALIKES = [
    "The article was amended on Tuesday to remove the clause, the minister said.",
    "This story was updated on Monday, the editor said.",
    "Redistribution of the drug without a licence is prohibited under the new law.",
    "Reprints: the paper sold 4,000 copies of the special edition.",
    "Our reporters follow the money, as always.",
    "This issue is supported by 60 percent of voters, a poll found.",
    "This issue is supported by most voters. Critics disagree.",
    "Forward the email to IT if it looks suspicious.",
    "The final will stream live on Netflix on Sunday.",
    "Send us your tips, police urged residents.",
    "Coverage by Fox News drew criticism.", "Live updates by the council were sparse.",
    "The interview was edited heavily before broadcast, the lawyer said.",
    "Subscribers to the service pay from $5 a month.",
    "Hello, he said, and walked away.",
    "The council reads every reply it receives.",
    "Subject to approval, the bridge will open in May.",
    # Found by a review of the other8 rules.
    "Monday 14 September 19:40: Police have confirmed that the death toll has risen to three.",
    "Mon 14 Sep 19:40 - Police confirm the death toll has risen to three.",
    "The BBC's journalism is funded by the licence fee, which ministers have vowed to abolish.",
    "Critics argue that the BBC's journalism is independent in name only.",
    "Our journalism is independent, the paper's new owner promised staff in a memo on Monday.",
    "The council's new plaque acknowledges the traditional custodians of the land.",
    "Watch the final on BBC One at 8pm and stream it live on iPlayer.",
    "This conversation was edited out of the broadcast version after complaints.",
    "This post was changed on Friday after the company faced a wave of complaints.",
    "This story was changed on the orders of the editor-in-chief, three reporters claim.",
    "Sign up for the Environment Agency's flood alerts service by calling Floodline on 0345 "
    "988 1188.", "Sign up to the council's emergency bulletin by texting FLOOD to 80011 today.",
    "Helpline: 0800 555 0101", "Hotline: 1-800-273-8255",
    "Licence: revoked in March 2025 after the inspection",
    "Related: the minister also resigned from two boards in May",
    "Podcast: a new medium for political campaigns, or just noise?",
    "Hi, I'm Dana and I run the food bank!",
    "Subject: Urgent – evacuation of the Zalesie district", "1. ARGENTINA",
    "Updates by Apple break older iPhones",
]


def test_a_bar_of_fields_is_no_menu():
    assert not is_menu("Priority: URGENT | Category: DIS | Words: 640")
    assert is_menu("Wire | Photo | Video | Data")


def test_story_lines_by_a_read_more_link_a_timeline_or_a_quote_at_the_end_are_kept():
    page = ("Flood aid opens\nBy Anna Nowak\nThe council opened its flood aid scheme on "
            "Monday for every family in the town.\nRead more: How to apply for emergency flood "
            "aid\nThe council listed three ways residents can get help:\nCash grants of up to "
            "8,000 zlotys\nFree temporary housing in the sports hall\nKey events:\nSunday: "
            "Embankment behind the textile mill gives way\nMonday 14:10: River crests at 7.42 "
            "metres\nAsked whether he would stand again next year, Wrzossek said only: "
            "“We’ll see”\nAdvertisement\nShare")
    kept = clean_text(page).text.split("\n\n")
    for line in ("The council listed three ways residents can get help:",
                 "Cash grants of up to 8,000 zlotys", "Free temporary housing in the sports hall",
                 "Sunday: Embankment behind the textile mill gives way",
                 "Monday 14:10: River crests at 7.42 metres",
                 "Asked whether he would stand again next year, Wrzossek said only: “We’ll see”"):
        assert line in kept, line


def test_a_live_page_s_index_of_its_entries_goes_and_a_timeline_stays():
    page = ("Flood live\nBy Anna Nowak\nKey events\n19:40 Death toll rises to three\n"
            "14:10 River crests at 7.42 m\n19:40\nPolice have confirmed that the death toll "
            "has risen to three.\n14:10\nThe river peaked at 7.42 metres this afternoon.")
    assert clean_text(page).text.split("\n\n") == [
        "Police have confirmed that the death toll has risen to three.",
        "The river peaked at 7.42 metres this afternoon."]


def test_an_e_mail_s_headers_go_under_its_sender():
    page = ("From: The Weekly Specimen <newsletter@example.org>\nTo: reader@example.com\n"
            "Subject: This week: the lantern lobster gets a sequel\nThe lantern lobster gets a "
            "sequel\nBy Hannah Okonjo, editor\nThe eyeless squat lobster described last month "
            "is getting a second look.")
    cleaned = clean_text(page)
    assert cleaned.title == "The lantern lobster gets a sequel"
    assert cleaned.text == ("The eyeless squat lobster described last month is getting a "
                            "second look.")


def test_readers_comments_under_user_names_go_beside_the_comment_section():
    lines = ["Comments (3)", "Kari_N: Fantastic interview, thank you!",
             "oceanfan77: Would love to see video.", "Log in to comment."]
    assert handle_comments(lines, [True, False, False, True]) == {1, 2}
    # Three people, once each, under plain names.
    lines = ["Rosa: Finally!", "Pedro: Crazy.", "Surfdad: Will he live here?", "Load more comments"]
    assert handle_comments(lines, [False, False, False, True]) == {0, 1, 2}
    # An interview's answers alternate between two speakers, and need a comment section.
    interview = ["Brenner: Was it cold?", "Solheim: Very.", "Brenner: And now?", "Solheim: Home.",
                 "Comments (2)"]
    assert handle_comments(interview, [False] * 4 + [True]) == set()
    assert handle_comments(["Kari_N: Nice.", "bob77: Yes."], [False, False]) == set()
    # A timeline's years, a live page's times, a surname's inner capital: no user names.
    for lines in (["2019: Tallowood opens the mine", "2021: It expands", "2023: It closes"],
                  ["19.40: Police confirm three dead.", "14.10: The river crests."],
                  ["Reporter: Will you rebuild?", "McAllister: No. We need twice that."]):
        assert handle_comments([*lines, "Comments (12)"], [False] * len(lines) + [True]) == set()
    # Names of two words or more ("Pádraig M", "Aoife Lynch Photography") are commenters'.
    lines = ["Comments", "Ciara: We cried looking at these!", "Pádraig M: Best night in years.",
             "Aoife Lynch Photography: Of course, I'll email you.", "Add a comment"]
    assert handle_comments(lines, [True, False, False, False, False]) == {0, 1, 2, 3, 4}
    # Two comments framed by the section's heading and its form go, however plain the names.
    lines = ["Comments", "Marian O'Driscoll: My grandfather played that piano.",
             "Eoin: Marian, that's lovely to hear.", "Post a comment"]
    assert handle_comments(lines, [True, False, False, True]) == {0, 1, 2, 3}
    # Not framed: a fact box's fields under a heading stay ("Speed: about 17km per second").
    facts = ["Fireball facts", "Speed: about 17km per second", "Type: stony", "Comments (2)"]
    assert handle_comments(facts, [False, False, False, True]) == set()
    # Speakers under names of several words, three of them, are a report's, not comments.
    said = ["What councillors said", "Cllr Brown: We cannot afford this.",
            "Cllr Patel: It is a fair deal.", "Cllr Jones: I abstained.", "3 comments"]
    assert handle_comments(said, [False] * 4 + [True]) == set()


def test_notes_on_the_outlet_or_its_reporter_start_with_their_name():
    assert notes_on_site("Andes Football Weekly is not affiliated with any club.",
                         outlet="Andes Football Weekly", authors=[])
    assert notes_on_site("The Weekly Specimen is written by Hannah Okonjo.",
                         outlet="The Weekly Specimen", authors=[])
    assert notes_on_site("Caitlin Morrow is the Harbour City Times' legal affairs reporter.",
                         outlet=None, authors=["Caitlin Morrow"])
    assert not notes_on_site("Caitlin Morrow is the Harbour City Times' legal affairs reporter.",
                             outlet=None, authors=[])
    assert not notes_on_site("Andes Football Weekly reported the fee first.",
                             outlet="Andes Football Weekly", authors=[])
    # A clause of its own is a story's: "..., which ministers have vowed to reform."
    assert not notes_on_site("The BBC is funded mainly by the licence fee, which ministers have "
                             "vowed to reform.", outlet="BBC", authors=[])
    # A photo's credit names no author: "Photo by Kenya Power".
    assert byline_names(["Photo by Kenya Power", "Words by Isabel Cortázar Marín · Photos"],
                        [True, True]) == ["Isabel Cortázar Marín"]
    # A story's last line may start with the outlet's name, and a name in lowercase is none.
    for line, outlet in (("The BBC has contacted the ministry for comment.", "BBC"),
                         ("Reuters was unable to independently verify the footage.", "Reuters"),
                         ("Times are hard, and the insurers have yet to pay.", "The Times")):
        assert not notes_on_site(line, outlet=outlet, authors=[]), line


def test_notes_on_the_site_go_only_at_the_page_s_foot():
    page = ("Club signs striker\nBy Valentina Oyarzun\n"
            "Sporting Huanchaco signed the striker on Thursday for a fee of $3 million.\n"
            "Valentina Oyarzun is a football writer based in Santiago.\n"
            "Privacy | Cookies | Contact\n"
            "Huanchaco Post is run by volunteers. Stories may be shared with credit.")
    cleaned = clean_text(page, outlet="Huanchaco Post")
    assert cleaned.text == ("Sporting Huanchaco signed the striker on Thursday for a fee of "
                            "$3 million.")
    # Above the story's last sentence, the outlet's name starts a story's sentence.
    story = ("Press office\nUniversity names new species\n"
             "Nordhavn University is leading a second expedition to the vent field next June.\n"
             "The team found 23 animals on the first voyage, the university said.")
    assert "Nordhavn University is leading" in clean_text(story, outlet="Nordhavn University").text


def test_a_live_page_s_headline_over_its_standfirst_and_byline_and_its_key_events_list():
    page = ("The Silesia Herald\nNews | Region | Business | Sport\n"
            "Subscribe from 1 zł for the first month | Log in\nLIVE\n"
            "Flood live: river peaks at 7.42 metres, death toll rises to three\n"
            "The river crested on Monday afternoon above the level seen in 1997.\n"
            "Live updates by Agnieszka Pawlak and Herald reporters\nKey events\n"
            "19:40 Death toll rises to three\n14:10 River crests at 7.42 m\n19:40\n"
            "Police have confirmed that the death toll has risen to three.\n14:10\nThe river "
            "peaked at 7.42 metres at ten past two.\nRelated stories\n"
            'Town remembers 1997: "We thought it could never happen again"')
    cleaned = clean_text(page, outlet="The Silesia Herald")
    assert cleaned.title == "Flood live: river peaks at 7.42 metres, death toll rises to three"
    assert cleaned.text.split("\n\n") == [
        "The river crested on Monday afternoon above the level seen in 1997.",
        "Police have confirmed that the death toll has risen to three.",
        "The river peaked at 7.42 metres at ten past two."]
