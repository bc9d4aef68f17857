"""Passages: sentence-aware spans whose text is exactly the article text at their offsets."""

from __future__ import annotations

from retrieval.corpus import ArticleChunks, Corpus
from retrieval.embedding import HashingEmbedder
from retrieval.folders import load_paths
from retrieval.loading import build_article
from retrieval.passages import (
    is_box_entry,
    is_fragment,
    leans_back,
    sentence_spans,
    split_passages,
)
from tests.conftest import SEEDS_DIR


def test_abbreviations_dates_and_quotes_do_not_split_sentences():
    text = ('The U.S. delegation met on Dec. 12 in Seoul. Mr. Kim said "We will. Soon." '
            "Then he left.\n\nA new paragraph starts here.")
    sentences = [text[s:e] for s, e in sentence_spans(text)]
    assert sentences[0] == "The U.S. delegation met on Dec. 12 in Seoul."
    assert sentences[-1] == "A new paragraph starts here."
    assert "Then he left." in sentences
    assert all(s == s.strip() and s for s in sentences)


def test_a_sentence_cut_after_an_abbreviation_is_joined_again():
    text = ('Sen. John McCain, R-Ariz., said the comments were "wildly inaccurate." He left. '
            "He was the world's reigning No 1. player. The Demos report, entitled Broadband "
            "Britain: The End Of Asymmetry?, was commissioned by AOL. PELLATT LAKE, Ont. — All "
            "seven miners were brought to the surface.")
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        'Sen. John McCain, R-Ariz., said the comments were "wildly inaccurate."', "He left.",
        "He was the world's reigning No 1. player.",
        "The Demos report, entitled Broadband Britain: The End Of Asymmetry?, was commissioned "
        "by AOL.", "PELLATT LAKE, Ont. — All seven miners were brought to the surface."]


def test_a_clock_time_ends_a_sentence_only_when_no_day_date_or_zone_follows():
    text = ("The fire was reported shortly after 2:30 p.m. Thursday along Route 41. It was 10 "
            "percent contained as of 7 a.m. Saturday, officials said. Polls close at 8 p.m. ET. "
            "The strike begins at 12:01 a.m. Sept. 15 unless a deal is reached. The vote "
            "ended at 5 p.m. The council adjourned at 9 p.m. May said nothing. Doors open "
            "at 7 p.m. Mondays are quiet. He arrived at 3 a.m. CT scans showed a fracture. It "
            "ended at 9 p.m. Tuesday's session starts at noon. Turnout was low. — Officials "
            "blamed the rain.")
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "The fire was reported shortly after 2:30 p.m. Thursday along Route 41.",
        "It was 10 percent contained as of 7 a.m. Saturday, officials said.",
        "Polls close at 8 p.m. ET.",
        "The strike begins at 12:01 a.m. Sept. 15 unless a deal is reached.",
        "The vote ended at 5 p.m.", "The council adjourned at 9 p.m.", "May said nothing.",
        "Doors open at 7 p.m.", "Mondays are quiet.", "He arrived at 3 a.m.",
        "CT scans showed a fracture.", "It ended at 9 p.m.", "Tuesday's session starts at noon.",
        "Turnout was low.", "— Officials blamed the rain."]


def test_a_closing_quote_stays_with_the_sentence_it_closes():
    # Two quoted sentences, the first left open as the BBC writes them: the segmenter splits
    # after the full stop, before the closing quote mark.
    text = ('Gardner said: "We are investing upfront without the need for huge teams. '
            '"It\'s vital we avoid huge teams." He said Climax was already directing '
            "about 20% of its resources to it.")
    sentences = [text[s:e] for s, e in sentence_spans(text)]
    assert sentences[-2].endswith('huge teams."')
    assert sentences[-1].startswith("He said Climax")
    # A spaced opening quote after a closed sentence opens a quotation: it stays.
    text = 'The crowd chanted. " We want more " was on every banner.'
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "The crowd chanted.", '" We want more " was on every banner.']


def test_every_passage_is_a_verbatim_slice_of_the_seed_text():
    for article in load_paths([SEEDS_DIR]).articles:
        passages = split_passages(article)
        assert passages
        for p in passages:
            assert article.text[p.start:p.end] == p.text
        sentences = [p for p in passages if p.kind == "sentence"]
        windows = [p for p in passages if p.kind == "window"]
        contexts = [p for p in passages if p.kind == "context"]
        # Three-sentence contexts are windows already; only two-sentence ones are added.
        assert contexts and all(len(c.sentences) == 2 for c in contexts)
        assert len(windows) == len(sentences) - 2
        assert all(len(w.sentences) == 3 for w in windows)


def test_sentences_cover_all_text_of_the_article():
    article = load_paths([SEEDS_DIR]).articles[0]
    spans = sentence_spans(article.text)
    covered = "".join(article.text[s:e] for s, e in spans)
    assert covered.replace(" ", "") == article.text.replace(" ", "").replace("\n", "")


def test_short_article_has_sentences_and_one_window():
    article = build_article("T\nOne sentence here. Another one here.")
    passages = split_passages(article)
    assert [p.kind for p in passages] == ["sentence", "sentence", "window"]
    assert passages[-1].text == "One sentence here. Another one here."


def test_a_sentence_that_leans_back_is_searched_with_its_context():
    article = build_article("T\n\nProfessor Kim Chung spoke on Monday. It was brief. "
                            "He added that talks matter. These talks start soon.\n\n"
                            "A Heading Without A Stop\n\nHowever, nothing is settled.")
    passages = split_passages(article)
    vectors = HashingEmbedder().encode([p.text for p in passages])
    corpus = Corpus([ArticleChunks(article, tuple(passages), vectors)], dim=vectors.shape[1])
    sentences = [p.text for p in passages if p.kind == "sentence"]
    context = {sentences[k]: corpus.passages[corpus.context_of[pos]].text
               for k, pos in enumerate(corpus.sentence_positions[article.id])
               if pos in corpus.context_of}
    # "It was brief" leans on the sentence before it: a context passage of two sentences.
    assert context["It was brief."] == "Professor Kim Chung spoke on Monday. It was brief."
    # "He added" leans on "It was brief", which leans on the one naming the professor: that
    # context is the window over the three sentences, not a passage embedded twice.
    assert context["He added that talks matter."] == (
        "Professor Kim Chung spoke on Monday. It was brief. He added that talks matter.")
    assert [p.kind for p in passages].count("context") == 1
    # A determiner names its own subject; a heading is never context.
    assert set(context) == {"It was brief.", "He added that talks matter."}
    assert all(article.text[p.start:p.end] == p.text for p in passages)


def test_leans_back_only_on_pronouns_and_linking_phrases():
    assert leans_back("He added that the talks matter.")
    assert leans_back("In contrast, the Biden administration chose otherwise.")
    assert leans_back("“It is a start,” she said.")
    assert not leans_back("These consultations are new.")
    assert not leans_back("Herbert Kim said so.")
    # A quotation attributed to a surname alone or a pronoun: the speaker was named before.
    assert leans_back("“Through the meeting, we plan to discuss policy,” Park said.")
    assert leans_back('"We will go ahead," said Kim.')
    assert leans_back('"Talks matter," he told reporters.')
    assert not leans_back('"We will go ahead," Kevin Kim said.')
    assert leans_back('"No," Smith told reporters on Monday.')
    assert leans_back('"Go," said Mr. Park.') and leans_back('"Go," he said in a statement.')
    # An apostrophe in a name opens no quotation.
    assert not leans_back("The budget will rise, Conan O'Brien said.")
    assert not leans_back("Apple said it would grow.")


def test_a_fact_box_entry_is_no_heading():
    assert is_fragment("Magic mushrooms")
    assert is_fragment("Larry Summers: If Tax Deal Goes Down There's A Risk")
    assert not is_fragment("The talks ended.")
    # A table's row with a number is a record; one without is a header.
    assert not is_fragment("2; Ridgeview Academy; 910")
    assert is_fragment("Rank; School; Score")
    # A label with a number after it states a fact, as a list or fact box gives it.
    assert not is_fragment("Parking spaces removed: 48")
    assert not is_fragment("Death toll: at least 12 people")
    assert is_box_entry("Death toll: at least 12 people")
    assert not is_box_entry("2; Ridgeview Academy; 910")  # a table's row, no box's entry
    assert not is_box_entry("Magic mushrooms")
    assert not is_box_entry("Raised so far: £4,120.")  # said, as a sentence is


def test_a_sentence_ending_in_a_wiki_s_reference_marks_is_whole():
    assert not is_fragment("It recorded 11,400 visitors in its first week.[5]")
    assert not is_fragment("The museum reopened in 2026.[3][4]")
    assert not is_fragment("The clock was built in 1787.[citation needed]")
    assert not is_fragment("It closed in 2019. [5]") and not is_fragment("It closed.[when?]")
    # A section heading with its edit link, and a heading with a number, stay headings.
    assert is_fragment("History[edit]")
    assert is_fragment("The Long Gallery [2]")


def test_a_title_s_abbreviation_ends_no_sentence():
    text = ("Rhiannon Calloway-Hines: The hon. Gentleman makes a fair point, and the Government "
            "will act. Det. Supt. Hale said so.")
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Rhiannon Calloway-Hines: The hon. Gentleman makes a fair point, and the Government "
        "will act.", "Det. Supt. Hale said so."]
    # A title's abbreviation may end a sentence: what follows opens one.
    for text in ("She rose to Det. Insp. Her first murder case came a year later.",
                 "He left the Navy as a Cdr. Two years later he joined BAE Systems.",
                 "His father was styled the Hon. The title passed to his son in 1990."):
        assert len(sentence_spans(text)) == 2, text


def test_an_estimate_s_abbreviation_ends_no_sentence():
    for text in ("The barge weighs approx. 96 tonnes and was lifted whole.",
                 "Time taken: approx. 7 hours", "The mill was built c. 1790 by the estate.",
                 "Cost: est. £9,000 in all.", "Roost count ca. 4,000 birds"):
        assert [text[a:b] for a, b in sentence_spans(text)] == [text], text
    # The abbreviation may end a sentence: what follows opens one, no figure; nor is a unit
    # or a state's abbreviation in capitals one ("35 °C. Firefighters ...").
    for text in ("The weight was given as approx. The crew thought it fair.",
                 "It reached 35 °C. Firefighters were called to three fires.",
                 "She grew up in Fresno, Ca. Police said so."):
        assert len(sentence_spans(text)) == 2, text
