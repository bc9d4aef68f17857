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


def test_a_story_s_list_under_its_first_sentence_stays_on_a_page_without_a_byline():
    # Short lines under a sentence are a story's list there: no menu, no headline under them.
    story = ["All you need for it are three things, and every one of them is in the village shop.",
             "Flour", "Eggs", "Butter",
             "Mix them well and bake the sponge for twenty minutes in a hot oven."]
    page = "Village Bakes\nHome | Recipes | About\nThe simplest sponge you will ever make\n"
    cleaned = clean_text(page + "\n".join(story))
    assert cleaned.title == "The simplest sponge you will ever make"
    assert cleaned.text.split("\n\n") == story


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


STORY = [LEAD, "Nell Carrow, who runs the barn, said it was the best firing in ten years.",
         "The pots go on sale at the barn from Saturday, with a tea room open alongside them."]


def _page(after: str) -> str:
    """Return a small site's post: its headline, byline and story, then what follows it."""
    return ("Our biggest kiln opening of the year\nPosted 3 May 2026 by Nell Carrow\n"
            + "\n".join(STORY) + "\n" + after)


def test_a_post_s_categories_are_no_date_line_under_another_post_s_headline():
    # "Filed under: ..." names categories, not a date: the related post over it is no
    # headline over its byline, and the list under "More from the barn" goes.
    page = _page("More from the barn\nGlazing with seaweed ash\nWhy we fire with wood\n"
                 "Filed under: Kiln News, Events\nShare: Facebook / Email")
    cleaned = clean_text(page)
    assert cleaned.text.split("\n\n") == STORY
    assert not bylines(["Filed under: Kiln News, Events"], [True], 0)
    assert not bylines(["Posted in: Kiln News"], [True], 0)
    assert bylines(["Posted in Kiln News on 3 May 2026"], [True], 0)


def test_a_small_site_s_other_posts_under_their_heading_go():
    for heading in ("Other news", "Latest barn news", "From our blog"):
        page = _page(f"{heading}\nGlazing with seaweed ash\nWhy we fire with wood")
        assert clean_text(page).text.split("\n\n") == STORY, heading


def test_dated_comments_under_responses_or_a_reply_form_end_the_story():
    for comments in ("Responses\nAnn Lee on 4 May 2026 — What a lovely set of pots.\nBen Roe on "
                     "5 May 2026 — Buying two on Saturday.",
                     "Leave a reply\nAnn Lee says: 04/05/2026 at 09:15\nWhat a lovely set of "
                     "pots.\nBen Roe says: 05/05/2026 at 18:40\nBuying two on Saturday."):
        assert clean_text(_page(comments)).text.split("\n\n") == STORY, comments


def test_an_explainer_s_responses_section_stays():
    # Speakers' answers under "Responses" are no readers' comments: undated, they stay.
    answers = ["The council: We will look again at the plans in June.",
               "The barn: We welcome the chance to talk it over."]
    page = _page("Responses\n" + "\n".join(answers))
    assert clean_text(page).text.split("\n\n") == [*STORY, "Responses", *answers]


def test_a_post_line_naming_its_category_and_author_is_a_byline_under_the_headline():
    # "Posted in <category> by <name>" names who wrote it: no list of categories.
    page = ("Marram Pottery Barn\nThrow a pot by the sea and take it home with you!\nHome\n"
            "Classes\nThe Kiln\nOur biggest kiln opening of the year\n"
            f"Posted in Kiln News by Nell Carrow\n{LEAD}")
    cleaned = clean_text(page)
    assert cleaned.title == "Our biggest kiln opening of the year"
    assert cleaned.text.split("\n\n") == [LEAD]


def test_a_section_label_over_the_headline_is_no_list_of_other_posts():
    for label in ("From the blog", "Other news", "Latest barn news"):
        page = (f"Marram Pottery Barn\nHome | Classes | Visit\n{label}\n"
                f"Our biggest kiln opening of the year\n{LEAD}")
        cleaned = clean_text(page)
        assert cleaned.title == "Our biggest kiln opening of the year", label
        assert LEAD in cleaned.text


def test_a_story_s_responses_section_of_named_bodies_stays():
    responses = ["Natural Trust, 4 May 2026: We support the plan for the new path.",
                 "Esk Anglers, 5 May 2026: We ask for the bank to be fenced.",
                 "The council will decide in June which of the routes to take."]
    page = ("Esk Valley Parish Council\nHome | Meetings | Contact\nNew riverside path: what "
            f"you told us\nPosted 6 May 2026\n{LEAD}\nA second sentence of the story runs "
            "here, long enough to read as one.\nAnd a third one, also long enough to read as "
            "a story's sentence.\nResponses\n" + "\n".join(responses))
    kept = clean_text(page).text
    assert all(line in kept for line in responses)
