"""Small sites' pages: a motto over a menu laid out one item a line, bylines in their words."""

from __future__ import annotations

from retrieval.byline import bylines
from retrieval.cleaning import clean_text, is_boilerplate

LEAD = ("The kiln was opened on Sunday morning after three days of firing, and every one of "
        "the forty pots inside had come through without a crack.")


def test_a_motto_ending_like_a_sentence_over_a_menu_one_item_a_line_is_no_lead():
    page = ("Marram Pottery Barn\nThrow a pot by the sea and take it home with you!\nHome\n"
            "Classes\nThe Kiln\nGift Vouchers\nVisit Us\nOPEN WED–SUN 10am–4pm · Kids' clay "
            "club Sat 2pm\nHome › Journal › Kiln News\nOur biggest kiln opening of the year\n"
            f"Posted by Nell Carrow on 3 May 2026 in Kiln News\n{LEAD}")
    cleaned = clean_text(page)
    assert cleaned.title == "Our biggest kiln opening of the year"
    kept = cleaned.text.split("\n\n")
    assert kept == [LEAD]


def test_a_byline_after_a_section_and_a_weekday_date_in_words_stands_under_the_headline():
    byline = "Class Notes · Monday 4 May 2026 · written by Nell Carrow, potter"
    page = (f"Marram Pottery Barn\nPots, classes and commissions on the north coast\nHome\n"
            f"Classes\nJournal\nJournal / Class Notes\nWhat forty pots taught us\n{byline}\n"
            f"{LEAD}")
    assert bylines([byline], [True], 0)
    cleaned = clean_text(page)
    assert cleaned.title == "What forty pots taught us"
    assert cleaned.text == LEAD


def test_a_report_by_its_writer_and_role_dated_after_a_dot_is_a_byline():
    byline = "Walk report by Ivo Penn, walk leader · 4 May 2026"
    assert is_boilerplate(byline)
    page = (f"Moorside Ramblers\nWalking the high moors since 1958\nHome\nWalks\nMembers\n"
            f"Home / Walks / High Cross\nAll the way round High Cross!\n{byline}\n{LEAD}")
    cleaned = clean_text(page)
    assert cleaned.title == "All the way round High Cross!"
    assert cleaned.text == LEAD


def test_a_date_line_after_its_section_and_before_a_titled_name_is_furniture():
    assert is_boilerplate("Parish Notes — posted 3 May 2026 by Dr. Ivo Vane")
    assert is_boilerplate("Kiln News | posted 3 May 2026 by Rev. Ann Penn")
    # A sentence with a titled name in it ends like one: the story's.
    assert not is_boilerplate("Posted 3 May 2026 by Dr. Vane. She says the kiln is fine.")
    assert not is_boilerplate("The letter was posted 3 May 2026 by Dr. Vane to the council.")
