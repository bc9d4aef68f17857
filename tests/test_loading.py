"""Loading every accepted format, metadata inference, sidecars and bad files."""

from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path

import pytest

from retrieval.errors import ArticleFormatError
from retrieval.folders import load_paths
from retrieval.loading import build_article, build_posted_article, load_file
from retrieval.markdown import markdown_text
from retrieval.metadata import InferredMetadata, infer_metadata
from tests.conftest import SEEDS_DIR


def test_seeds_load_with_outlet_and_date():
    report = load_paths([SEEDS_DIR])
    assert not report.errors
    by_outlet = {a.source.outlet: a for a in report.articles}
    assert set(by_outlet) == {"IANS", "News1"}
    assert by_outlet["IANS"].source.published == date(2025, 12, 12)
    # News1 prints no date line; seeds/sources.toml supplies it.
    assert by_outlet["News1"].source.published == date(2025, 12, 14)


def test_byline_and_photo_credits_give_outlet_and_date():
    ians = infer_metadata("Title\nBy IANS | Updated: December 12, 2025 12:45 IST\nBody.")
    assert (ians.outlet, ians.published) == ("IANS", date(2025, 12, 12))
    news1 = infer_metadata("Title\n\n / News1\n / News1\nBody text.")
    assert news1.outlet == "News1" and news1.published is None


@pytest.mark.parametrize(("line", "outlet", "published"), [
    ("By Maria Gonzalez, Reuters | Updated: March 3, 2026", "Reuters", date(2026, 3, 3)),
    ("By Ana Rojas | AP | March 5, 2026", "AP", date(2026, 3, 5)),
    ("By USA TODAY staff, with contributions from London | Updated 4:12 p.m. ET April 26, 2018",
     "USA TODAY", date(2018, 4, 26)),
    ("by Tia Ghose, Staff Writer | October 28, 2014 07:01pm ET", None, date(2014, 10, 28)),
    ("By cricket.com.au 30 December 2014, 7:05 PM AEDT", "cricket.com.au", date(2014, 12, 30)),
    ("By Maria Gonzalez, Reuters", "Reuters", None),
    ("Published 14 February 2026, 09:12 GMT", None, date(2026, 2, 14)),
    ("Published July 04, 2010 | FoxNews.com", None, date(2010, 7, 4)),
    # Roles, reading times, photographers, places, days and degrees are no outlets.
    ("By John Smith | Staff Writer | March 5, 2026", None, date(2026, 3, 5)),
    ("By Ana Rojas | 7 min read | Photographs by Tim Lee", None, None),
    ("By John Smith, PhD", None, None),
    ("By John Smith, New York", None, None),
    ("By March, Congress", None, None),
    ("By John Smith | Published: March 5, 2026", None, date(2026, 3, 5)),
    ("By Maria Gonzalez and John Smith, Reuters", "Reuters", None),
    ("By Sarah Chen, Editor-at-large, Reuters", "Reuters", None),
    ("Updated 5 March 2026 | Published 1 March 2026", None, date(2026, 3, 1)),
    # A date alone on its line is the page's date when nothing says published.
    ("By Jane Doe, Reuters\nMarch 5, 2026", "Reuters", date(2026, 3, 5)),
    ("Saturday 14 February 2026 09.12 GMT", None, date(2026, 2, 14)),
    ("Feb. 14, 2026 at 9:12 a.m. EST", None, date(2026, 2, 14)),
    ("The talks ended on March 5, 2026.", None, None),
    # Sentences, not bylines or date lines.
    ("Published on 5 May 2021, the report found 300 homes at risk.", None, None),
    ("Posted on March 3, 2019 the clip has been viewed 2m times", None, None),
    ("By Monday, the talks had ended.", None, None),
    ("By March 5, 2026, the plan was approved", None, None),
    # A wire story's dateline names its agency; a date line may give the time first.
    ("LONDON, March 3 (Reuters) - The Fed held rates.", "Reuters", None),
    ("WASHINGTON (AP) — The Senate voted on Monday.", "AP", None),
    ("Seoul, Dec 12 South Korea said so.", None, None),
    ("FEMA (Federal Emergency Management Agency) will open a center.", None, None),
    ("Posted on March 9, 2026 by Jim Beam", None, date(2026, 3, 9)),
    ("Updated 6:42 PM EDT, Tue August 12, 2025", None, date(2025, 8, 12)),
    ("Last Updated: Tuesday, 14 December 2004, 10:41 GMT", None, date(2004, 12, 14)),
    ("The talks ended on March 5, 2026 by the lake.", None, None),
    ("By 2030 the city aims to be carbon neutral", None, None),
    # A person's name is no outlet, whatever its alphabet's capitals.
    ("By Łukasz Nowak | Updated: March 5, 2026", None, date(2026, 3, 5)),
    ("By Síle Ní Bhriain | March 5, 2026", None, date(2026, 3, 5)),
    ("By Éamon Ó Cuív | March 5, 2026", None, date(2026, 3, 5)),
])
def test_bylines_name_the_outlet_after_the_author(line, outlet, published):
    assert infer_metadata(f"Title\n{line}\nBody.") == InferredMetadata(outlet, published)


@pytest.mark.parametrize(("footer", "outlet"), [
    ("© 2025 The Valley Courier. All rights reserved.", "The Valley Courier"),
    ("Copyright 2014 LiveScience, a Purch company. All rights reserved.", "LiveScience"),
    ("Copyright © 2005 The Age Company Ltd", "The Age"),
    ("© 2010 FOX News Network, LLC. All rights reserved.", "FOX News Network"),
    ("© Cricket Australia 2014. All rights reserved. Privacy Policy | Terms of Use",
     "Cricket Australia"),
    # A picture's credit, a sentence, a footer naming no one: no outlet.
    ("© Getty Images", None),
    ("Copyright laws are strict.", None),
    ("© All Rights Reserved", None),
    ("Copyright 2020 by the author", None),
    ("© Copyright 2024 The Guardian", "The Guardian"),
    ("© 2024 Bloomberg L.P.", "Bloomberg"),
    ("© 2024 Nikkei Inc. All rights reserved.", "Nikkei"),
    ("Bloomberg L.P. © 2024", None),
    ("© ZPD Zuid Persdienst B.V. Reproduction only for subscribers.", "ZPD Zuid Persdienst"),
    ("Copyright © 2024, Fox News Network, LLC", "Fox News Network"),
    ("© 2010-2024 Acme News Inc.", "Acme News"),
    # A year alone, or a law's or an office's name, is no owner.
    ("Copyright 2024\nAll rights reserved.", None),
    ("© 2019.", None),
    ("Copyright Act 1976", None),
    ("Copyright Office 2023", None),
])
def test_a_copyright_footer_names_the_outlet_when_nothing_else_does(footer, outlet):
    assert infer_metadata(f"Title\nBody of the story.\n{footer}").outlet == outlet
    # A byline wins over the footer (a syndicated story on another site's page).
    assert infer_metadata(f"Title\nBy IANS | Updated: December 12, 2025\nBody.\n{footer}"
                          ).outlet == "IANS"


def test_the_page_footer_s_copyright_wins_over_a_photo_s():
    page = "Title\n© 2024 Jane Doe\nBody.\n© 2025 The Valley Courier. All rights reserved."
    assert infer_metadata(page).outlet == "The Valley Courier"


def test_a_masthead_named_by_the_copyright_footer_is_not_the_title(tmp_path: Path):
    page = tmp_path / "courier.txt"
    page.write_text("THE VALLEY COURIER\nYour community, your news\n"
                    "Home | Local | Sports | Opinion\n"
                    "City council approves new bike lanes on Main Street\n"
                    "By Dana Whitfield, Staff Writer\nMarch 3, 2025\n"
                    "The city council voted 5-2 on Tuesday to approve protected bike lanes.\n"
                    "Construction will begin in June.\n"
                    "© 2025 The Valley Courier. All rights reserved.\n", encoding="utf-8")
    article = load_file(page)
    assert article.source.title == "City council approves new bike lanes on Main Street"
    assert article.source.outlet == "The Valley Courier"
    assert "VALLEY COURIER" not in article.text and "rights reserved" not in article.text
    assert "Your community" not in article.text  # the motto under the masthead


def test_plain_txt_first_line_is_title(articles_dir: Path):
    article = load_file(articles_dir / "harbour.txt")
    assert article.source.title == "Harbour bridge to close for repairs"
    assert article.source.outlet == "Coast Times"
    assert article.source.published == date(2025, 3, 3)
    assert "Open in app" not in article.text and "NO COMMENTS" not in article.text
    assert article.text.startswith("The city council voted")


def test_front_matter_markdown(articles_dir: Path):
    article = load_file(articles_dir / "orchard.md")
    assert article.source.title == "Apple harvest breaks records"
    assert article.source.outlet == "Farm Weekly"
    assert article.source.published == date(2025, 9, 20)
    assert article.source.url == "https://example.org/apples"
    assert article.text.startswith("Growers in the valley")


def test_json_article(articles_dir: Path):
    article = load_file(articles_dir / "library.json")
    assert article.source.title == "Library opens late on Fridays"
    assert article.source.published == date(2025, 5, 2)
    assert "Mia Chen" in article.text


def test_html_article_main_text_and_metadata(tmp_path: Path):
    page = tmp_path / "page.html"
    page.write_text("""<html><head><title>Ferry service resumes | Island News</title>
<meta property="og:site_name" content="Island News">
<meta property="og:url" content="https://example.org/ferry">
<meta property="article:published_time" content="2025-07-04T08:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Ferry service resumes</h1>
<p>The ferry between the two islands resumed service on Thursday after a three-week strike
by crew members over pay and working hours, the operator said in a statement.</p>
<p>Captain Lena Berg said the first crossing carried 212 passengers and ran on time, and
that the timetable would return to normal by the weekend.</p></article>
<footer>Copyright 2025 Island News. All rights reserved.</footer></body></html>""", "utf-8")
    article = load_file(page)
    assert "Captain Lena Berg" in article.text
    assert "Home | World" not in article.text and "All rights reserved" not in article.text
    assert article.source.outlet == "Island News"
    assert article.source.published == date(2025, 7, 4)
    assert article.source.url == "https://example.org/ferry"


def test_sidecar_fills_missing_metadata(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Title A\nBody sentence one. Body sentence two.\n", "utf-8")
    (tmp_path / "sources.toml").write_text(
        '["a.txt"]\noutlet = "Daily"\npublished = 2024-01-02\nurl = "https://x.org/a"\n', "utf-8")
    (article,) = load_paths([tmp_path]).articles
    assert article.source.outlet == "Daily"
    assert article.source.published == date(2024, 1, 2)
    assert article.source.url == "https://x.org/a"


def test_metadata_under_other_common_names(tmp_path: Path):
    # "date:" (Hugo, Jekyll), "publisher", "link": read as published, outlet, url; a file's
    # own field still wins over the sidecar's, whatever name either uses.
    (tmp_path / "a.txt").write_text("Title A\nBody sentence one. Body sentence two.\n", "utf-8")
    (tmp_path / "b.md").write_text("---\ndate: 2025-03-04\n---\nTitle B\n\nBody text here.\n",
                                   "utf-8")
    (tmp_path / "c.json").write_text('{"text": "Body of c.", "publisher": "Wire", '
                                     '"link": "https://x.org/c", "date": "2025-05-06"}', "utf-8")
    (tmp_path / "sources.toml").write_text(
        '["a.txt"]\noutlet = "Daily"\ndate = "2024-01-02"\nlink = "https://x.org/a"\n'
        '["b.md"]\npublished = 2020-01-01\npublisher = "Weekly"\n', "utf-8")
    a, b, c = sorted(load_paths([tmp_path]).articles, key=lambda x: x.origin)
    assert (a.source.outlet, a.source.published, a.source.url) == (
        "Daily", date(2024, 1, 2), "https://x.org/a")
    assert (b.source.outlet, b.source.published) == ("Weekly", date(2025, 3, 4))
    assert (c.source.outlet, c.source.published, c.source.url) == (
        "Wire", date(2025, 5, 6), "https://x.org/c")


def test_unknown_sidecar_keys_are_reported(tmp_path: Path, caplog: pytest.LogCaptureFixture):
    (tmp_path / "a.txt").write_text("Title A\nBody sentence one.\n", "utf-8")
    (tmp_path / "sources.toml").write_text('["a.txt"]\nauther = "Jo"\noutlet = "Daily"\n',
                                          "utf-8")
    with caplog.at_level(logging.WARNING):
        (article,) = load_paths([tmp_path]).articles
    assert article.source.outlet == "Daily"
    assert "ignores auther" in caplog.text and "a.txt" in caplog.text


def test_an_alias_of_another_type_or_format_is_ignored(tmp_path: Path):
    # NewsAPI's "source" is an object; "05/03/2024" and an epoch are dates we cannot read:
    # none of them is taken, and the sidecar's fields stay.
    (tmp_path / "a.json").write_text('{"text": "Body of a.", "source": {"id": null, "name": '
                                     '"BBC News"}, "date": 1709632800}', "utf-8")
    (tmp_path / "b.md").write_text("---\ndate: 05/03/2024\nlink: /news/2024/03/story\n---\n"
                                   "Title B\n\nBody text here.\n", "utf-8")
    (tmp_path / "sources.toml").write_text(
        '["a.json"]\noutlet = "Wire"\npublished = 2024-01-02\n', "utf-8")
    a, b = sorted(load_paths([tmp_path]).articles, key=lambda x: x.origin)
    assert (a.source.outlet, a.source.published) == ("Wire", date(2024, 1, 2))
    assert b.source.published is None and b.source.url is None and b.text == "Body text here."


def test_bad_files_are_reported_by_name_and_others_still_load(tmp_path: Path):
    (tmp_path / "good.txt").write_text("Good title\nA real sentence about ferries.\n", "utf-8")
    (tmp_path / "empty.txt").write_text("  \n", "utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 title\nCaf\xe9 story.\n".encode("latin-1"))
    (tmp_path / "broken.json").write_text("{not json", "utf-8")
    (tmp_path / "furniture.txt").write_text("Title\nOpen in app\nNO COMMENTS\n", "utf-8")
    report = load_paths([tmp_path])
    assert [a.source.title for a in report.articles] == ["Good title"]
    messages = "\n".join(str(e) for e in report.errors)
    assert "empty.txt: the file is empty" in messages
    assert "latin1.txt: not UTF-8" in messages
    assert "broken.json: invalid JSON" in messages
    assert "furniture.txt: no article text left" in messages


def test_unreadable_and_unsupported_files(tmp_path: Path):
    with pytest.raises(ArticleFormatError, match="cannot read file"):
        load_file(tmp_path / "missing.txt")
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    with pytest.raises(ArticleFormatError, match="unsupported file type"):
        load_file(tmp_path / "x.pdf")
    # In a folder, such a file is reported, not ignored; hidden files and the sidecar are not
    # articles at all.
    (tmp_path / "ok.txt").write_text("Title\nThe museum reopened on Monday.", encoding="utf-8")
    (tmp_path / ".DS_Store").write_bytes(b"\0")
    (tmp_path / "sources.toml").write_text('["ok.txt"]\noutlet = "City"\n', encoding="utf-8")
    report = load_paths([tmp_path])
    assert [a.source.outlet for a in report.articles] == ["City"]
    assert [str(e) for e in report.errors] == [
        f"{tmp_path / 'x.pdf'}: unsupported file type '.pdf'; use one of .htm, .html, .json, "
        ".md, .txt"]


def test_malformed_json_and_urls_that_are_no_web_address(tmp_path: Path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"text": "unterminated', encoding="utf-8")
    with pytest.raises(ArticleFormatError, match=r"invalid JSON at line 1, column 10: "
                                                 r"Unterminated string starting at$"):
        load_file(broken)
    bad_url = tmp_path / "bad.json"
    bad_url.write_text('{"title": "T", "text": "A fire broke out on Monday.", '
                       '"url": "javascript:alert(1)"}', encoding="utf-8")
    with pytest.raises(ArticleFormatError, match="is not an http"):
        load_file(bad_url)
    assert build_article("T\nA fire broke out.", url="https://example.org/a").source.url == \
        "https://example.org/a"
    with pytest.raises(ArticleFormatError, match="is not an http"):
        build_article("T\nA fire broke out.", url="https://example.org:70000/a")
    # A bracketed host is an IPv6 address, as URL parsers require ("http://[]/" was taken).
    for url in ("http://[]/", "http://[1:]/", "http://[x]/"):
        with pytest.raises(ArticleFormatError, match="is not an http"):
            build_article("T\nA fire broke out.", url=url)
    for url in ("http://[::1]/a", "https://[2001:db8::1]:8080/x", "http://[::ffff:1.2.3.4]/"):
        assert build_article("T\nA fire broke out.", url=url).source.url == url


def test_same_text_gives_same_id_and_bad_date_is_rejected():
    a = build_article("Title\nSame body text here.", outlet="A")
    b = build_article("Title\nSame body text here.", outlet="B")
    assert a.id == b.id
    with pytest.raises(ArticleFormatError, match="YYYY-MM-DD"):
        build_article("Title\nBody.", published="yesterday")


def test_titleless_json_keeps_its_first_paragraph(tmp_path: Path):
    path = tmp_path / "a.json"
    path.write_text('{"text": "The only paragraph of this article says the bridge reopens."}',
                    "utf-8")
    article = load_file(path)
    assert article.text == "The only paragraph of this article says the bridge reopens."
    assert article.source.title.startswith("The only paragraph")


def test_timestamps_in_front_matter_and_json_become_dates(tmp_path: Path):
    md = tmp_path / "a.md"
    md.write_text("---\ntitle: T\npublished: 2025-12-12 08:00:00\n---\nBody sentence here.\n",
                  "utf-8")
    assert load_file(md).source.published == date(2025, 12, 12)
    js = tmp_path / "b.json"
    js.write_text('{"title": "T", "text": "Body text here.", "published": "2025-12-12T08:00Z"}',
                  "utf-8")
    assert load_file(js).source.published == date(2025, 12, 12)


def test_markdown_markup_is_not_article_text(tmp_path: Path):
    path = tmp_path / "lanes.md"
    path.write_text("---\ntitle: City council approves new bicycle lanes\noutlet: Bayside\n---\n"
                    "# City council approves new bicycle lanes\n\n"
                    "The plan, proposed by *Dana Whitfield*, will cost **$2.3 million**.\n"
                    "Work starts in [May](https://example.org/may).\n\n"
                    "- Parking spaces removed: 48\n- Lanes added: 2\n\n"
                    "![map](map.png)\n", encoding="utf-8")
    article = load_file(path)
    assert article.source.title == "City council approves new bicycle lanes"
    assert article.text == ("The plan, proposed by Dana Whitfield, will cost $2.3 million. "
                            "Work starts in May.\n\nParking spaces removed: 48\n\nLanes added: 2")


def test_articles_in_subfolders_are_read_and_hidden_ones_are_not(tmp_path: Path):
    (tmp_path / "2026" / "march").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    (tmp_path / "2026" / "march" / "a.txt").write_text("Title\nThe port reopened on Monday.",
                                                      encoding="utf-8")
    (tmp_path / ".git" / "b.txt").write_text("Title\nNot an article at all.", encoding="utf-8")
    report = load_paths([tmp_path])
    assert [a.text for a in report.articles] == ["The port reopened on Monday."]
    assert report.errors == ()


def test_markdown_line_breaks_html_blocks_and_tables_keep_their_text():
    body = markdown_text("The plan was dead.<br>Councillors disagreed.\n\n"
                         "<p>The council voted 7-2 on Monday.</p>\n\n"
                         "| Region | Jobs added |\n|---|---|\n| Dublin | 4,200 |\n")
    assert body == ("The plan was dead.\nCouncillors disagreed.\n\nThe council voted 7-2 on "
                    "Monday.\n\nRegion; Jobs added\n\nDublin; 4,200")
    # An HTML table keeps its rows; struck-out words are no longer the text.
    assert markdown_text("<table><tr><th>Year</th><th>Cost</th></tr><tr><td>2027</td>"
                         "<td>0.5</td></tr></table>\n\nIt was ~~cheap~~ dear.") == \
        "Year; Cost\n\n2027; 0.5\n\nIt was dear."
    # Footnote marks are markup; the notes are text of their own.
    assert markdown_text("It will cost $2.3 million.[^1] Work starts in June.[^note]\n\n"
                         "[^1]: Council minutes, 3 March 2025.\n[^note]: Budget office.") == \
        ("It will cost $2.3 million. Work starts in June.\n\nCouncil minutes, 3 March 2025."
         "\n\nBudget office.")
    # A note nothing refers to is kept too, where it stands.
    assert markdown_text("Body text here.\n\n[^1]: An orphan note with facts.\n\nMore body.") \
        == "Body text here.\n\nAn orphan note with facts.\n\nMore body."
    assert markdown_text("Sources:\n\n[^a]: Reuters, 3 March.\n[^b]: AP, 4 March.") == \
        "Sources:\n\nReuters, 3 March.\n\nAP, 4 March."
    # In a list, a quotation or indented; a code block's "[^1]:" line is code, kept as it is.
    assert markdown_text("- Item one.\n\n  [^1]: Orphan inside list.\n\nMore body.") == \
        "Item one.\n\nOrphan inside list.\n\nMore body."
    assert markdown_text("> Quoted.\n>\n> [^1]: Orphan in quote.") == "Quoted.\n\nOrphan in quote."
    assert markdown_text("   [^1]: Indented orphan.") == "Indented orphan."
    assert markdown_text("```\n[^1]: in code\n```") == "[^1]: in code"


def test_posted_markdown_is_read_as_a_markdown_file_is():
    posted = ("---\ntitle: Lakeside robotics\noutlet: The Northern Ledger\n"
              "url: https://example.org/robots\n---\n"
              "# Lakeside wins\n\nThe school receives a grant of **$50,000** for its lab.[^1]\n\n"
              "| Rank | School |\n|---|---|\n| 1 | Lakeside |\n\n[^1]: Interview, May 19.\n")
    article = build_posted_article(posted)
    assert article.source.title == "Lakeside robotics"
    assert article.source.outlet == "The Northern Ledger"
    assert article.source.url == "https://example.org/robots"
    assert "**" not in article.text and "[^1]" not in article.text and "---" not in article.text
    assert "The school receives a grant of $50,000 for its lab." in article.text
    assert "1; Lakeside" in article.text
    # Given metadata wins; without front matter, two kinds of markup make it Markdown.
    article = build_posted_article("## Lakeside wins\n\nA grant of **$50,000** was given.",
                                   title="Robots")
    assert article.source.title == "Robots"
    assert article.text.endswith("A grant of $50,000 was given.")
    # A press release's stars and "# # #" are no Markdown; nor is a block between --- lines
    # that holds no key: value.
    release = build_posted_article("*** EMBARGOED UNTIL 12:01 A.M. ***\nFood bank opens\n"
                                   "The food bank opened on Monday.\n# # #")
    assert "The food bank opened on Monday." in release.text.split("\n\n")
    article = build_posted_article("---\nBREAKING NEWS\n---\nStorm closes Harrow schools\n"
                                   "All schools closed on Monday after the storm.")
    assert article.source.title == "Storm closes Harrow schools"
    # Scraped text with one sign by chance stays text, line by line.
    article = build_posted_article("Storm hits Cork\n# 1 in the charts\nTrees fell on Sunday.\n"
                                   "Roads closed.", title="Storm")
    assert article.text.split("\n\n") == ["Storm hits Cork", "# 1 in the charts",
                                             "Trees fell on Sunday.", "Roads closed."]


def test_posted_html_is_read_as_a_page(tmp_path: Path):
    page = ("<html><head><title>Heatwave in Spain</title></head><body>"
            "<nav>Home | News</nav><h1>Heatwave in Spain</h1>"
            "<p>Temperatures in Seville reached 44C on Tuesday, a record for June.</p>"
            "<p>Officials urged people to stay indoors during the afternoon.</p>"
            "<footer>Cookies policy</footer></body></html>")
    article = build_posted_article(page)
    assert "<" not in article.text and "Home | News" not in article.text
    assert "Temperatures in Seville reached 44C" in article.text
    assert article.source.title == "Heatwave in Spain"
    # Fragments, a BOM, a comment before the page: read as HTML all the same; lists and tables
    # lose their bullets and pipes; a copyright year is no publication date.
    for posted in ("<p>The council voted 7-2 to close the library on Monday.</p>",
                   "\ufeff<!-- saved from url=(0045)https://example.org/ --><html><head><title>"
                   "Library</title></head><body><p>The council voted 7-2 to close the library on "
                   "Monday.</p><footer>Copyright 2026</footer></body></html>"):
        article = build_posted_article(posted, title="Library")
        assert article.text == "The council voted 7-2 to close the library on Monday."
        assert article.source.published is None
    listed = build_posted_article(
        "<html><body><article><p>The council approved the lanes on Monday after a long debate "
        "about parking.</p><ul><li>Parking spaces removed: 48</li></ul><table><tr><th>County"
        "</th><th>Homes</th></tr><tr><td>Cork</td><td>3,000</td></tr></table></article>"
        "</body></html>", title="Lanes")
    assert listed.text.split("\n\n")[1:] == ["Parking spaces removed: 48", "County; Homes",
                                              "Cork; 3,000"]
    # Prose that merely mentions a tag is text.
    prose = "Use the <p> tag for paragraphs, the guide says. It was updated in May."
    assert build_posted_article(prose, title="Guide").text == prose


# Headlines still taken wrongly even with the pages' metadata: other11's blog platform's name
# ("Inkwell") over a publication's motto; other12's rowing club's menu item ("Learn to Row"),
# a company blog's name over its headline ("Lumora Health") and a Q&A site's button ("Ask a
# question").
WRONG_TITLES = {
    "other20": ["marlow-ferris-lot-27-former-priory-hill-library.txt",
                "visit-wilmsford-events-harvest-weekend.txt",
                "wexcombe-open-data-library-visits.txt"],
    "other18": ["pumpkin_coop_newsletter.txt"],
    "other17": ["workloop-parcelo-rider-job.txt", "st-aldhelms-parish-news-october.txt"],
    "other11": ["stolencanvas_latem_heist.txt"],
    "other12": ["lumora_blog_incident_update.txt",
                "querra_lumora_fine.txt"],
}
# Story lines dropped by choice: furniture.json lists a Q&A site's question as story; it asks
# rather than tells, and quoted it answered two questions with "I had a Pulsebit ring ...".
DROPPED_STORY = {
    "other12": ["I had a Pulsebit ring and got the email from Lumora about the data leak. I saw "
                "somewhere that a regulator decided something this week. Did they get fined, "
                "and how much? Does it change anything for people like me?"],
}


# Known gaps (README): link lists under a heading of their own wording, ordinal or time-first
# date lines, captions credited by name only, a community site's notices, standfirsts
# (other6's furniture.json counts them as furniture; they are the outlet's text).
@pytest.mark.parametrize(("corpus", "most_left", "fewest_titles"), [
    # No titles in other5's sources.toml: all ten found in the pages with its outlets; without
    # them, a motto ("Your Valley. Your News.") is taken for one page's headline.
    ("other5", 7, 9),
    ("other6", 12, 8),  # titles in its sources.toml; 8 of 10 found in the pages without it
    ("other7", 8, 10),  # a live page, an aggregator, a trade journal, four countries' papers
    # A wire, a live blog, AMP and print versions, a newsletter e-mail, an interview, a FAQ,
    # a TV site, a community site: 11 pages, a community site's notices left.
    ("other8", 3, 11),
    # An aggregator, a gallery, a radio station, a business wire, a student paper, a
    # regulator's release, a fact check, a match report, a long read, a podcast page.
    ("other9", 13, 10),
    # A university news office, a trade magazine, a markets page, a science site, a foreign
    # paper's English edition, a mobile page, a court reporter, a sports federation, an NGO's
    # blog, a municipality, a wiki: a markets page's quote box and a court case's box of
    # fields (facts: "Before: Kamau-Otieno J.") left.
    ("other10", 12, 11),
    # A health authority's alert, a rail operator's service update, a ministry's, a museum's
    # and a police zone's press pages, a union's statement, an investor-relations disclosure,
    # a forum thread, a blog platform, a machine-translated paper, a print replica: a blog
    # platform's tags and author box, a print replica's advertisements left.
    ("other11", 28, 10),
    # A national daily, a regional weekly, a broadcaster, a council, a rowing club, a wire
    # portal, a magazine, a company blog, a newsletter archive, a Q&A site (62 left and 3
    # headlines at its first run).
    ("other12", 19, 8),
    # A live blog, a radio station, a web-archive capture, an agency's report from a PDF, a
    # press wire, a podcast page, a mobile page, a listings site, a student paper, a newsletter
    # (40 left and 7 headlines at its first run): an event's box of fields (facts), a report's
    # numbered section headings, a standfirst left.
    ("other13", 11, 10),
    # A TV station, council minutes, a print-to-web page, a community group, a results page,
    # a running blog, a thread, a markets wire, a union, a foreign paper's English edition
    # (72 left and 5 headlines at its first run): a council's minutes' procedure, results
    # tables, a deal's box of fields (facts), a standfirst left.
    ("other14", 30, 9),
    # A fire service's incident page, a microblog thread, a hospital's statement, a trade
    # magazine, a museum's blog, a wiki, an events magazine's review, a wire agency in
    # translation, a briefing transcript, an OCR'd print archive (98 left and 4 headlines at
    # its first run): a fire service's incident box and caption, a standfirst, a review's box
    # of visiting facts, a print page's advertisement and another story left.
    ("other15", 10, 10),
    # A police appeal, a zoo's blog, an aggregator, a status page, an app store's listing, a
    # parliamentary record, a crowdfunding page, a university's news, a professional body's
    # bulletin, a tourism board's notice (92 left and 8 headlines at its first run): an
    # appeal's reference and call box, a zoo's adoption offer, a bulletin's diary left.
    ("other16", 16, 10),
    # A weather bulletin, a school newsletter, a radio travel page, a charity appeal, a legal
    # news site, a letters page, a job board, a parish newsletter, a review site, a council
    # consultation (107 left and 7 headlines at its first run).
    ("other17", 41, 8),
    # A bus operator's update, a government agency's press office, an insurer's help page, a
    # history society's blog, an architects' project news, a regional paper, an MP's site, a
    # co-operative's newsletter, a seed shop's blog, a recipe blog (84 left and 7 headlines
    # at its first run).
    ("other18", 72, 8),
    # A motoring site, a library's blog, an energy supplier's notice, a neighbourhood
    # forum's digest, a property developer, a gardening magazine, a conference's report, an
    # airline's advisory, a shipping line's notice, a cricket club (43 left and 8 headlines
    # at its first run).
    ("other19", 41, 9),
    # A water company's incident page, a vet practice's news, a residents' association, a
    # business directory, a wine merchant's blog, a tourist office's events page, a cycling
    # club's ride report, a council's open-data portal, a food bank's update, an auction
    # house's listing (54 left and 6 headlines at its first run).
    ("other20", 47, 7),
    # An estate agent's news, a choir's concert news, a hotel's blog, a TV weather blog, a
    # bookshop's events page, a brewery (behind an age check), an alumni magazine, a garden
    # centre's blog, a flour mill's news, a cookery school's news (70 left and 6 headlines at
    # its first run).
    ("other21", 18, 9),
    # A taxi firm's notice, a dental practice's news, an astronomy society's post, a dent
    # repairer's blog, a swimming club, a caravan park, a surf school, a flying club, a
    # birdwatching society, a travel agent's blog (42 left and 10 headlines at its first run).
    ("other22", 24, 10),
    # A funeral director's notices, a pharmacy's news, kennels' diary, a bus enthusiasts'
    # forum, a piano tuner's blog, an accountant's advice page, a photographer's journal, a
    # driving school's blog, a scout group, a metal-detecting club (73 left and 8 headlines at
    # its first run).
    ("other23", 47, 10),
    # A narrowboat hire firm, an allotment society, a model railway club, a canalside café, a
    # climbing wall, a bridal shop, a bike shop, a sailing school, a care home's newsletter, a
    # printer (92 left and 5 headlines at its first run).
    ("other24", 75, 10),
    # A pottery, a genealogist, a farm shop, an outdoor gear shop, a physio clinic, a dog
    # groomer, a yoga studio, a music school, a tattoo studio, a yarn shop (89 left and 8
    # headlines at its first run).
    ("other25", 63, 10),
    # A stonemason, a locksmith, a hairdresser, a clock and watch repairer, a riding school, a
    # kayak club, a florist, a tractor dealer, a bakery, a golf club (93 left and 7 headlines
    # at its first run).
    ("other26", 61, 10),
    # A beach-clean group, a roastery, a fishmonger, a surfboard shaper, a chimney sweep, a
    # cinema, a butcher, a chip shop, a framing shop, a credit union (78 left and 7 headlines
    # at its first run).
    ("other27", 65, 10),
    # A fossil-walk guide, a jet jeweller, a camera club, a beekeepers' association, a
    # plumber, a pipe band, a gig rowing club, a joinery, a bowls club, a cheesemonger (85
    # left and 10 headlines at its first run).
    ("other28", 78, 10),
    # An orchard, a signwriter, a tree surgeon, a dance school, a toy shop, a darts league, a
    # fireworks firm, a quilting circle, a glassblower, an optician (77 left and 9 headlines
    # at its first run).
    ("other29", 71, 10),
    # A ringers' guild, a clock repairer, a tea room, a knitting circle, a pub, a land
    # surveyor, beach donkeys, a charter boat, a forge, a rock maker (78 left and 8 headlines
    # at its first run).
    ("other30", 69, 10),
    # An organ builder, a stained-glass studio, a bridge club, a saddler, a falconry centre, a
    # sheepdog trials society, a lifeboat station shop, a thatcher, a cooper, a men's shed (93
    # left and 7 headlines at its first run).
    ("other31", 65, 10),
    # A sea sauna, a chandlery, a wetsuit maker, a livestock mart, a shearing contractor, a
    # show society, a livestock haulier, a drone filming firm, an ice-cream parlour, a sports
    # timing firm (107 left and 8 headlines at its first run).
    ("other32", 75, 10),
    # A toastie trailer, a village shop, a wildlife tour firm, a clearance firm, a motorcycle
    # restorer, an auction house, an owners' register, a landscaper, a vet practice, a pet
    # shop (65 left and 9 headlines at its first run; a shop's "You are here: Home / ..."
    # trail had been taken for its post's headline): boxes of fields, lists under headings
    # and comments left.
    ("other33", 65, 10),
    # A tyre centre, a residents' association, a pizza takeaway, a skip hire firm, a hearing
    # centre, a recording studio, a launderette, a crane hire firm, a history society, a
    # walking group (143 left and 4 headlines at its first run: captions behind "[Photo]",
    # bylines in the site's own words and notices over the headline ending like sentences):
    # fact boxes, price lists, job sheets, related posts and comments left.
    ("other34", 89, 10),
    # An angling club, an ecological consultancy, a textile conservation studio, a school, a
    # hovercraft club, a metal fabricator, a removals firm, a rope access firm, a mountain
    # guide, a bunkhouse (70 left and 10 headlines at its first run): fact boxes, a list of
    # readings, price lists, captions, two bylines and comments left.
    ("other35", 70, 10),
    # A book publisher, a board-game cafe, a holiday-cottage agency, a stationer, a borehole
    # driller, a heat-pump installer, a water-testing laboratory, a tug-of-war club, a marquee
    # hire firm, a strength gym (58 left and 10 headlines at its first run): fact boxes,
    # result lists, price lists, two captions, bylines, related posts and comments left.
    ("other36", 52, 10),
    # A five-a-side league, a first-aid trainer, an electrician, an inflatables hire firm, a
    # radio club, a fishermen's co-operative, a paddleboard hire, an ironmonger, a proofreader,
    # a Scrabble club (47 left and 10 headlines at its first run): fact boxes, price lists, a
    # checklist, a byline, a photo credit, related posts and comments left.
    ("other37", 47, 10),
    # A seismograph network, a wine merchant, an alpaca farm, structural engineers, an
    # orchestra, a cleaning contractor, a violin maker, a doula, a recovery firm, a car
    # valeter (31 left and 10 headlines at its first run): fact boxes with their headings, a
    # price list, related posts, a photo caption and three bylines left.
    ("other38", 31, 10),
    # A maize maze, a hog roast caterer, a young farmers' club, an upholsterer, a chapel, a
    # greengrocer, a cricket club, a caving club, a chocolatier, a tutor (59 left and 7
    # headlines at its first run: a motto over a menu laid out one item a line taken for the
    # lead, bylines after a section's label): fact boxes left, kept as facts.
    ("other39", 28, 10),
])
def test_pages_in_new_site_styles_keep_their_story_and_lose_most_furniture(
        tmp_path: Path, corpus: str, most_left: int, fewest_titles: int):
    # tests/data/other5 to 12: a helper wrote ten or eleven pages in invented site styles and
    # listed, for each, its headline, its furniture lines and its story lines (furniture.json).
    folder = Path(__file__).resolve().parent / "data" / corpus
    listed = json.loads((folder / "furniture.json").read_text("utf-8"))
    articles = {Path(a.origin).name: a for a in load_paths([folder / "articles"]).articles}
    assert len(articles) == len(listed) >= 10
    left = []
    # Every headline found, but those the README names as known gaps.
    wrong = [name for name, page in listed.items() if articles[name].source.title != page["title"]]
    assert wrong == WRONG_TITLES.get(corpus, []), wrong
    for name, page in listed.items():
        article = articles[name]
        lost = [line for line in page["story"] if line not in article.text]
        assert lost == [line for line in DROPPED_STORY.get(corpus, []) if line in lost], name
        paragraphs = set(article.text.split("\n\n"))
        left += [line for line in page["furniture"] if line in paragraphs]
    assert len(left) <= most_left, left
    # The headline found in the page itself, without the sidecar's metadata.
    for name in listed:
        (tmp_path / name).write_bytes((folder / "articles" / name).read_bytes())
    found = [a for a in load_paths([tmp_path]).articles
             if a.source.title == listed[Path(a.origin).name]["title"]]
    assert len(found) >= fewest_titles, sorted(a.source.title for a in found)
