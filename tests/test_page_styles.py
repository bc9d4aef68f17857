"""Furniture of the invented corpora's site styles (other6 to other10), and story lines like it."""

from __future__ import annotations

import pytest

from retrieval.cleaning import clean_text, is_boilerplate
from retrieval.page_boxes import about_boxes, notes_to_editors
from tests.test_cleaning import (
    OTHER6_FURNITURE,
    OTHER6_LOOKALIKES,
    OTHER7_FURNITURE,
    OTHER7_LOOKALIKES,
)
from tests.test_site_voice import OTHER8_FURNITURE, OTHER8_LOOKALIKES

OTHER9_FURNITURE = [
    "1 of 10", "We will use your email only to send you the newsletter. You can unsubscribe at "
    "any time.", "Comments on this gallery are now closed.",
    "Steam rises where lava meets the sea. Photograph: Marta Quental/The Atlantic Lens",
    "Search fact checks", "VERDICT", "Our rating: FALSE", "How we rate claims",
    'Claim: "The new RSV jab Respavo was approved after being tested on only 600 people."',
    "Claimed by: Viral social media posts, shared more than 40,000 times",
    "Reviewed by: Amira Haddad, Health Editor",
    "FALSE: The claim is inaccurate. MISLEADING: The claim leaves out facts.",
    "Did you see a claim you want us to check? Send it to tips@factlens.example.",
    "Support FactLens: we are funded by readers and do not accept political donations.",
    "Newsletter: The week's fact checks, every Friday. Sign up", "Sources", "More fact checks",
    "Released 20 November 2026 · 58 min", "Timestamps",
    "Hosts: Leah Brannigan and Nicolás Ferrada",
    "Producer: Imogen Tarrant · Music: \"Far Post Theme\" by The Overlaps",
    "Links mentioned in this episode",
    "Transcripts are generated automatically and may contain errors. Read the full transcript",
    "Support The Far Post on Patreon from £3 a month and get ad-free episodes.",
    "News provided by Tessaro Infrastructure Group plc", "Forward-Looking Statements",
    "This press release contains forward-looking statements, including statements regarding "
    "the expected start of passenger services.", "Media contact:", "Investor relations:",
    "SOURCE Tessaro Infrastructure Group plc",
    "This content has not been reviewed or edited by GlobeNewsline. The issuer is solely "
    "responsible for its accuracy.",
    "Saturday 24 October 2026 · Kick-off 20:00 local", "LINE-UPS",
    "Chile (4-3-3): Mella; Cortés, Rojo (c), Saavedra, Paillalef; Aravena, Contreras",
    "Llanquileo 34', Fuenzalida 112' | Arboleda 61'",
    "Player ratings: Fuenzalida 9, Mella 8, Llanquileo 8",
    "Download the GoalLine app for live scores and instant goal alerts.",
    "Please gamble responsibly. 18+ only.", "Donate to student journalism",
    "By Faith Adhiambo, City Editor, and Brian Ochieng, Staff Writer",
    "Photo: The first tram leaves Kisumu Central on Saturday. (Brian Ochieng / The Lantern)",
    "The Lantern will track ridership. Send your tram stories to news@lantern.example.",
    "Corrections: An earlier version of this article gave the student fare as KSh 35.",
    "Text the studio: 913 972 972", "By the Maré FM newsroom",
    "Weather: Velas 18°C, light north-westerly winds. Ash advisory lifted.",
    "Got a story? Call the newsroom on 295 000 972.",
    "Download the Maré FM app for iOS and Android",
    "NMC Press Office: +45 33 00 41 18 (weekdays 09:00–16:00 CET)",
    "Email: press@nordicmedicines.example", "15 November 2026 · 14 min read",
    "This article appears in Issue 41 of The Pitchside Review. Buy the print edition.",
    "More coverage of this story", "Atlantic 24 · 5 hours ago", "Also in the news",
    "Local news for Lisbon",
    # Found by a third review: forms the first narrowing missed.
    "By Caitlin Morrow, Legal Affairs Reporter, The Harbour City Times",
    "By Jane Doe and John Roe, The Associated Press",
    "By Jane Doe, John Roe and Mary Poe, Staff Writers",
    "Owen 12', 34', Gerrard 56'", "O'Brien 34', D'Souza 78'",
    "Fuenzalida 45+2', Llanquileo 90+4'", "Weather: Sunny, high of 24°C",
    "Weather: Sunny intervals, 18°C. Tonight: clear, 9°C.",
    "Press office: 020 7946 0000. Email: press@example.org",
    "Press office: +254 20 123 4567 / +254 722 000 000",
    "Please gamble responsibly. 18+. T&Cs apply.",
    "By signing up you agree to our privacy policy. You may unsubscribe at any time.",
]
OTHER9_LOOKALIKES = [
    "Customers can unsubscribe at any time, the regulator said.",
    "Rating: AAA", "The verdict was read out on Monday.",
    "The release said the company had reviewed its costs.",
    "This content has not been reviewed by the FDA, the label says.",
    "Residents were told to send their photos to the council.",
    "He scored twice, in the 34th and 61st minutes.",
    "Music: the band played until midnight, residents complained.",
    "Download speeds doubled after the upgrade, the company said.",
    "Search teams found the hikers on Tuesday.", "Sources said the deal was close.",
    "The programme opens on Monday, and anyone can apply.",
    # Found by a review of the other9 rules.
    "Anyone with information should contact the Kisumu police press office: 0800 723 253.",
    "Investors were told to call the company's press office: +254 20 555 0101 for details.",
    "Under the new rules, customers must be able to unsubscribe at any time.",
    "Residents can send it to samples@ivar.uac.pt for testing.",
    "The article appears in the March issue of The Lancet.",
    "MARTIN: So what happens now? KELLY: We wait for the court to rule.",
    "We are funded by donors and the county, and the cuts mean we will close in June.",
    "Support for the club on Patreon has tripled since the final.",
    "Gamble responsibly messages do not work, a new study finds.",
    "Download the Kisumu Tram app to buy tickets before the line opens on 1 June.",
    "Weather: Heavy rain is forecast, with highs of 24°C, so the final may be delayed.",
    "By Christmas the first trams will run between Kisumu and Kibuye",
    "By the Numbers: Kenya's Overworked Hospital Staff",
    "Hosts: Portugal and Spain will share the 2030 tournament with Morocco",
    "Music: A lifeline for refugees in the Azores",
    "The settlement acknowledges the traditional owners of the land, and our community will "
    "finally be heard, elder Denise Lovett said.",
    # Found by a third review.
    "Download the NHS App for your repeat prescriptions, the health secretary urged.",
    "Seen something odd? Send it to tips@example.com, police said.",
    "Support Kisumu Queens on Patreon, the club's chairman urged fans.",
    "Marketers claim you can unsubscribe at any time, but regulators found the opposite",
    'Emails promised "you can unsubscribe at any time" but the court heard that was false.',
    "By Tuesday Mayor Jane Smith, the longtime leader, and Council Chair John Brown",
    "By Easter the new trams will run", "By Summer, Kisumu Will Have Three New Markets",
    "Weather: Mombasa 34°C, the hottest day on record. Officials urged residents to stay in.",
    "Producers: Saudi Arabia and Russia agreed to cut output by 2 million barrels a day",
    "Hosts: South Africa, who beat Nigeria 2-1 on Saturday, top Group B",
    "Jessie Usher cast in 'Independence Day 2'",
    # Many minute marks in a sentence, read in linear time.
    "Kisumu Queens had shots at " + ", ".join(f"{m}'" for m in range(3, 90, 3))
    + " and still needed extra time.",
]

OTHER10_FURNITURE = [
    "Journal reference", "DOI: 10.4471/actamesoz.2026.0417", "https://doi.org/10.1038/s41586-026-0001-2",
    "Wróblewska A., Ganzorig B., Tsend O., Nyamdorj E., Sikora M. et al. A brooding "
    "oviraptorosaur with embryos. Acta Mesozoica 41, 212–239 (2026).",
    "Source: Oder Valley University. Content may be edited for style and length.",
    'Cite this page: Kobayashi-Reyes, H. "Brooding dinosaur from the Gobi gets a name." '
    "Stratum Science News, 22 Oct 2026.",
    "From OpenChronicle, the free news source you can write!",
    "Have an opinion on this story? Share it on the discussion page.",
    "This page was last edited on 19 November 2026, at 16:42.",
    "Text is available under the Creative Commons Attribution 2.5 License; additional terms "
    "may apply.",
    "+ Add to Watchlist", "Save to reading list", "Font size: A- A+", "A A", "Text size",
    "Share this report", "Give feedback (survey)",
    "Comments are closed on reports of ongoing proceedings.",
    "Market data delayed by at least 15 minutes. Source: exchanges.",
    "Quotes are delayed by 20 minutes.",
    "Unauthorised reproduction of premium content is prohibited.",
    "Staff Reporter", "Special Correspondent",
    "THOOTHUKUDI, October 29, 2026 06:30 IST", "Updated - October 29, 2026 11:02 IST",
    "Published - October 29, 2026 06:30 am IST", "Published 16.11.2026 10:12",
    "Updated 16.11.2026 14:05", "More information", "For further information:",
    "Jari Koskinen, municipal manager, tel. +358 44 712 3090",
    "Results — Saturday 7 November", "Full results and line scores »",
    "M-Pesa Paybill 512340, Account: LAKE",
    "Dock workers leave the terminal gate on Wednesday. Photo: N. Rajkumar",
    # Found by a review of the other10 rules.
    "Web Desk", "News Desk", "Express News Service", "Our Staff Reporter",
    "Published 2026/11/16", "Updated - 16-11-2026 10:12", "NAIROBI, Kenya, March 3, 2025",
    "Cite this article", "Citation:", "Tel: +254 722 123 456",
]
OTHER10_LOOKALIKES = [
    "The journal reference was missing from the first version of the paper, she said.",
    "Ganzorig, who led the dig, said the eggs were laid in two rings.",
    "Estonia beat Sweden 7–6 after an extra end.", "Estonia 7 – 6 Sweden after an extra end",
    "Results show the strike cost the port 41 ships a week.",
    "Data delayed by the outage has now been published.",
    "Prices are delayed by 15 minutes, the exchange said.",
    "Unauthorised use of drones near the airport is prohibited.",
    "Comments are closed because the case is before the court, the editor said.",
    "More information will be published on Friday, the council said.",
    "Anyone with information can call the hotline, phone 0800 555 123, police said.",
    "Le ministre a répondu « nous sommes prêts »",
    "Fans sent money to paybill 512340 within hours.",
    "Staff reporters walked out on Tuesday.",
    "Koskinen, the municipal manager, said the hall had never been so full.",
    # Found by a review of the other10 rules: a story's lines.
    "Final score: Leeds United 2 - 1 Chelsea", "Full time: Arsenal 2-1 Chelsea",
    "Round two: Williams 6-4 Osaka", "Results: better than expected",
    "Results — mixed for incumbents", "Scores: up in every subject",
    "Women's semi-final: Estonia 8 – 5 Finland", "Court: Environment and Land Court at Nakuru",
    "Kamau J., Otieno J. and Wanjiru J. found the law unconstitutional.",
    "Smith J., Jones K., and colleagues published the findings in Nature last week.",
    "Comments are closed on the planning application.",
    "The text is available under the Creative Commons licence, the museum said.",
    "And the crowd roared »", "Prices rose from $3 to $5 »", "Give your feedback by Friday",
    "Call the helpline, phone 0800 555 0199",
]


# The wording of the furniture of the sixth to tenth corpora, and story lines like it.
@pytest.mark.parametrize("line", OTHER6_FURNITURE + OTHER7_FURNITURE + OTHER8_FURNITURE
                         + OTHER9_FURNITURE + OTHER10_FURNITURE)
def test_furniture_of_the_invented_site_styles_is_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", OTHER6_LOOKALIKES + OTHER7_LOOKALIKES + OTHER8_LOOKALIKES
                         + OTHER9_LOOKALIKES + OTHER10_LOOKALIKES)
def test_sentences_like_the_furniture_of_the_invented_site_styles_are_kept(line):
    assert not is_boilerplate(line)


def test_a_company_s_about_box_goes_and_an_explainer_s_section_stays():
    lines = ["About Tessaro Infrastructure Group plc",
             "Tessaro Infrastructure Group plc is a London-listed engineering company.",
             "About Kisumu Queens", "Kisumu Queens were founded in 2009 and have won nothing.",
             "About Kisumu", "Kisumu is a port city on Lake Victoria.",
             "About Tessaro Group", "Tessaro Group (LSE: TIG) designs and builds bridges."]
    assert about_boxes(lines) == {0, 1, 6, 7}
    # A reactions round-up's quotes are the story's.
    page = ("Queens crowned\nBy Anna Nowak\nThe Queens won the league on Sunday after a 2-0 "
            "win in Nairobi.\n“I have waited ten years for this night.”\n— Mercy Achieng, "
            "captain")
    assert "“I have waited ten years for this night.”" in clean_text(page).text


def test_notes_to_editors_end_a_press_release():
    story = ["The regulator approved the vaccine on Thursday after a long review.",
             "It will be available to adults over 60 from February, the council said.",
             "The trial enrolled 24,612 adults in seven countries across the region."]
    lines = [*story, "Notes to editors", "1. The Council is the joint regulator of its members."]
    assert notes_to_editors(lines, [False] * len(lines)) == 3
    assert notes_to_editors(["Editor's note: This article was amended."], [False]) is None
    page = "Vaccine approved\n" + "\n".join(lines)
    assert clean_text(page).text.split("\n\n") == story
    # An "Editor's Notes" column rubric over its story ends nothing.
    column = ["Editor's Notes", "Why we are moving our print day", "By Faith Adhiambo, Editor",
              *story]
    assert notes_to_editors(column, [False] * len(column)) is None
    assert clean_text("\n".join(column)).text.split("\n\n") == story
    # Furniture reading like sentences above the rubric counts for no story.
    flags = [True, True, False, *[False] * len(column)]
    page = ["We use cookies to measure traffic on this site, as our policy explains.",
            "Subscribe today to read all our journalism for just one pound a week.", *column]
    assert notes_to_editors(page, flags) is None


def test_a_headline_ending_in_a_quotation_is_the_headline():
    page = ("FactLens\nFact checks | Explainers | How we work | Corrections\n"
            'No, the vaccine was not tested on "only 600 people"\nVERDICT\nOur rating: FALSE\n'
            "By Oskar Lindqvist · 19 November 2026 · 5 min read\n"
            "A post circulating on Facebook claims that the vaccine was barely tested.")
    cleaned = clean_text(page, outlet="FactLens")
    assert cleaned.title == 'No, the vaccine was not tested on "only 600 people"'
    assert cleaned.text == ("A post circulating on Facebook claims that the vaccine was barely "
                            "tested.")
