"""Boxes, comment sections and headlines found by where lines stand (other10's site styles)."""

from __future__ import annotations

from retrieval.cleaning import clean_text
from retrieval.furniture import is_menu
from retrieval.site_voice import dated_comments

STORY = ("Dock workers at the terminal stopped work on Friday, the union said, and 41 ships "
         "are now waiting at anchor.")


def test_a_box_of_fields_states_facts_and_stays():
    page = "\n".join(["Naivasha fishers' case closes; judgment set for November 10",
                      "By Brian Chebet, Court Reporter", STORY, "CASE FILE",
                      "Court: Environment and Land Court at Nakuru", "Before: Kamau-Otieno J.",
                      "Status: Judgment reserved", STORY.replace("41", "43")])
    text = clean_text(page).text
    assert "Before: Kamau-Otieno J." in text and "Status: Judgment reserved" in text


def test_readers_comments_under_a_writer_and_a_date_go_in_a_comment_section():
    lines = ["3 comments", "Wambui K. — 12 November 2026 at 10:14",
             "Congratulations to the fishers! Justice has been done.",
             "palaeo_phil · 2 hours ago", "So the nickname was right after all. Nice.",
             "Leave a reply"]
    furniture = [True, False, False, False, False, True]
    assert dated_comments(lines, furniture) == {1, 2, 3, 4}
    # Buttons between comments do not end the section.
    buttons = ["Comments (2)", "gabi_futfem · 3 days ago", "Best episode this season.", "Reply",
               "terrace_tom · 2 days ago", "Can you get her on next?", "Reply · Like (14)"]
    assert dated_comments(buttons, [True, True, False, True, True, False, True]) == {1, 2, 4, 5}
    # A full date after the writer's name and a space alone is a header too.
    spaced = ["Comments", "deirdre_tattoos 6 Nov 2026", "Is the panel still available??",
              "Conor B 7 Nov 2026", "Fair play. Half the town will wear spirals."]
    assert dated_comments(spaced, [True, False, False, False, False]) == {1, 2, 3, 4}
    # Without a comment section's heading, a name over a date is no comment.
    assert dated_comments(["Notes", "Conor B 7 Nov 2026", STORY], [True, False, False]) == set()
    # A byline alone, or a dated line, under a comment count is the story's, not a comment's.
    for byline in ("Kerry Dixon 11 November 2026", "Posted 11 November 2026"):
        page = ["3 Comments", byline, STORY, STORY]
        assert dated_comments(page, [True, False, False, False]) == set(), byline
    # A news list's source and age over a summary is no comment section, nor is a byline
    # under a headline that mentions comments or replies.
    listed = ["Also in the news", "Atlantic 24 · 5 hours ago", STORY]
    assert dated_comments(listed, [True, True, False]) == set()
    for headline in ("Minister declines to comment on leaked memo",
                     "Council to reply to ombudsman over bypass"):
        page = [headline, "Jane Doe — March 3, 2025", STORY, STORY]
        assert dated_comments(page, [False, True, False, False]) == set()


def test_a_trail_from_home_is_a_menu_and_the_headline_stands_under_it():
    assert is_menu("Home / Ports & Terminals / South Asia")
    assert not is_menu("Home / Away")
    # A long bar that is no trail is read in linear time.
    assert is_menu("Home" + " / a" * 40)
    assert not is_menu("Home" + " / a" * 40 + " /")
    page = "\n".join(["Portside Asia", "Subscribe", "News", "Ports & Terminals", "Shipping",
                      "Breaking: Tuticorin strike — vessel queue passes 40",
                      "Home / Ports & Terminals / South Asia", "PREMIUM",
                      "Tuticorin terminal strike enters sixth day as vessel queue grows",
                      "A walkout by dock workers has left 41 ships waiting at anchor.",
                      "Rathika Venkatesan, South Asia Correspondent",
                      "14 October 2026 | 07:45 IST", STORY])
    cleaned = clean_text(page, outlet="Portside Asia")
    assert cleaned.title == "Tuticorin terminal strike enters sixth day as vessel queue grows"
    assert cleaned.text.split("\n\n")[0].startswith("A walkout by dock workers")


def test_a_headline_over_a_date_in_figures_or_a_wiki_s_line_over_its_date():
    page = "\n".join(["NBCF", "Home | Events | Results | Rankings | Media",
                      "Nordic-Baltic Curling Championships 2026", "News",
                      "Estonia and Sweden to meet in women's final at Hiidenlahti",
                      "07.11.2026", "NBCF Media", STORY])
    assert clean_text(page).title == "Estonia and Sweden to meet in women's final at Hiidenlahti"
    wiki = "\n".join(["OpenChronicle", "Main Page", "Recent changes", "Write an article",
                      "Article", "Discussion", "Read", "Edit", "View history",
                      "Sweden's protest rejected; Estonia confirmed as champions",
                      "From OpenChronicle, the free news source you can write!",
                      "Thursday, November 19, 2026", STORY])
    assert clean_text(wiki).title == "Sweden's protest rejected; Estonia confirmed as champions"


def test_a_deck_over_an_advertisement_over_the_byline_is_no_headline():
    page = "\n".join(["Bypass approved",
                      "Residents vow to fight on as diggers wait at the wetland's edge",
                      "Advertisement", "By Jane Doe", STORY])
    cleaned = clean_text(page)
    assert cleaned.title == "Bypass approved"
    assert "Residents vow" in cleaned.text
