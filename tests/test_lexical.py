"""Lexical matching: BM25 scores, acronyms, irregular verbs, spelling repair."""

from __future__ import annotations

from retrieval.lexical import LexicalIndex

TEXTS = ["The U.S. delegation will be led by the deputy chief.",
         "The foreign ministry spokesperson spoke on Monday.",
         "Bakers sell bread."]


def test_bm25_prefers_passages_with_rarer_terms():
    index = LexicalIndex(TEXTS)
    scores = index.scores("ministry spokesperson")
    assert scores.argmax() == 1 and scores[0] == 0


def test_acronyms_and_irregular_verbs_match():
    index = LexicalIndex(TEXTS)
    assert "us" in index.terms("Who leads the US side?")
    assert index.scores("Who leads the US side?").argmax() == 0
    # A ship "sank", a suspect "fled": the question's "sink" and "flee" meet them.
    ships = LexicalIndex(["The paddle steamer sank in a gale.", "The driver fled the scene."])
    assert ships.terms("when did it sink?") == ships.terms("sank")
    # And the containers that "sank" are the "sunken" ones.
    assert ships.terms("sunken containers")[0] == ships.terms("sank")[0]
    assert ships.scores("why did the driver flee?").argmax() == 1
    # "when did he ring the depot?" meets "He rang the depot at 9am"; "swam" meets "swim",
    # "flew" "fly".
    calls = LexicalIndex(["He rang the depot at 9am.", "Few swim in the lake."])
    assert calls.scores("when did he ring the depot?").argmax() == 0
    assert calls.terms("swam") == calls.terms("swim") and calls.terms("rung") == ["ring"]
    assert calls.terms("when did the team fly home") == calls.terms("when the team flew home")
    # Not "lost" (a race lost is no weight lost), nor "built", nor "woke" ("in the wake of").
    assert calls.terms("lost") != calls.terms("lose") and calls.terms("built") != ["build"]
    assert calls.terms("woke") != calls.terms("wake")


def test_misspelt_words_are_repaired_only_when_close():
    index = LexicalIndex(TEXTS)
    assert index.repair_spelling("wat did the forign minstry say") == \
        "wat did the foreign ministry say"
    # "break" is not in the texts, and "bread" must never become an unrelated word.
    assert index.repair_spelling("how to bake bread") == "how to bake bread"
    assert index.repair_spelling("capital of australia") == "capital of australia"


def test_common_english_words_are_never_repaired_into_article_words():
    index = LexicalIndex(["The star related the mission to the pace of talks.",
                          "The foreign minister spoke."])
    # Each is within the spelling cutoff of a word of the texts, but is a word as typed.
    question = "When did the talks start, how has he reacted, what is missing at this place?"
    assert index.repair_spelling(question) == question
    assert index.repair_spelling("the forign minster") == "the foreign minister"


def test_unknown_terms_get_the_highest_idf():
    index = LexicalIndex(TEXTS)
    assert index.idf("zebra") > index.idf(index.stem("delegation"))


def test_acronyms_the_articles_only_spell_out_become_the_name():
    index = LexicalIndex(["Trump vowed to leave the North American Free Trade Agreement.",
                          "The Securities and Exchange Commission opened a probe.",
                          "The US and the EU met."])
    assert index.repair_spelling("How did Trump describe NAFTA?") == \
        "How did Trump describe North American Free Trade Agreement?"
    assert index.repair_spelling("what did the SEC find") == \
        "what did the Securities and Exchange Commission find"
    # Acronyms the articles use stay; lower-case words are never taken for acronyms.
    assert index.repair_spelling("Did the US and EU meet?") == "Did the US and EU meet?"
    assert index.repair_spelling("the sec probe") == "the sec probe"
    # A name's words may start with a capital beyond ASCII.
    irish = LexicalIndex(["Raidió Teilifís Éireann showed the match.", "The board met."])
    assert irish.repair_spelling("what did RTE show") == "what did Raidió Teilifís Éireann show"
    assert irish.repair_spelling("what did RTÉ show") == "what did Raidió Teilifís Éireann show"
    polish = LexicalIndex(["The Łódź Jazz Orchestra played.", "The board met."])
    assert polish.repair_spelling("what did the LJO play") == \
        "what did the Łódź Jazz Orchestra play"


def test_no_acronym_from_sentence_openers_short_words_or_capitals():
    index = LexicalIndex(["As Israel said on Monday, the Amnesty International team met.",
                          "On Monday Oona King spoke."])
    for question in ("Will AI replace reporters?", "Is the deal OK?",
                     "WHAT IF THE TALKS FAIL OR STALL?", "Did AIS report it?"):
        assert index.repair_spelling(question) == question


def test_a_title_abbreviation_is_searched_as_the_articles_write_it():
    index = LexicalIndex(["Chief executive Priya Raman said the firm raised 5 million.",
                          "The CFO quit on Monday."])
    assert index.repair_spelling("Who is the CEO of Orbital Dig?") == \
        "Who is the chief executive of Orbital Dig?"
    assert index.repair_spelling("who is the ceo") == "who is the chief executive"
    professor = LexicalIndex(["Professor Park Won-gon from Ewha Womans University said so."])
    assert professor.repair_spelling("wheres prof park from") == "wheres professor park from"
    # Names are not titles: "Hun Sen" stays, whatever the articles say of senators.
    senators = LexicalIndex(["Senator Hun said Governor Lee agreed."])
    assert senators.repair_spelling("What did Hun Sen say?") == "What did Hun Sen say?"
    # Used by the articles, or not written out in them: left as asked.
    assert index.repair_spelling("Who is the CFO?") == "Who is the CFO?"
    assert index.repair_spelling("Who is the CTO?") == "Who is the CTO?"


def test_british_spellings_meet_american_ones():
    index = LexicalIndex(["Critics criticized the color of the new center's signs.",
                          "Four hours of talks ended."])
    assert index.terms("who criticised the colour of the centre") == \
        index.terms("who criticized the color of the center")
    assert index.known(index.stem("criticised")) and index.known(index.stem("colour"))
    # Short words are left alone: "four" and "hour" are no British "for" and "hor".
    assert index.stem("four") != index.stem("for") and index.stem("hours") == index.stem("hour")
    for british, american in (("organisers", "organizers"), ("advertisers", "advertising"),
                              ("favourite", "favorite"), ("centred", "centered"),
                              ("licences", "licenses")):
        assert index.stem(british) == index.stem(american), british
    assert index.stem("timbre") != index.stem("timber")


def test_a_verb_done_again_is_searched_as_the_articles_write_it():
    index = LexicalIndex(["The road reopened at 6am.", "Ferries were cancelled."])
    assert index.repair_spelling("When was the road opened again?") == \
        "When was the road reopened?"
    assert index.repair_spelling("will they open again soon") == "will they reopen soon"
    # A few words may stand between: the nearest verb the articles write with "re-".
    assert index.repair_spelling("When was the road opened to cars again?") == \
        "When was the road reopened to cars?"
    # Only a verb: the word next to "again", or one before "to", "the"... ("the home side
    # win again" has no "reside").
    words_again = LexicalIndex(["She will reside here.", "They renew it.", "It reopened."])
    for question in ("Did the home side win again?", "Will the new owners close again?"):
        assert words_again.repair_spelling(question) == question
    assert words_again.repair_spelling("will they open it again") == "will they reopen it"
    # Only a word the articles use: "recancelled" is none.
    assert index.repair_spelling("were ferries cancelled again") == \
        "were ferries cancelled again"
    assert index.repair_spelling("was it reopened again") == "was it reopened again"
    # A "re-" word of its own is no verb done again: "signed again" is not "resigned".
    signed = LexicalIndex(["The minister resigned on Monday.", "Parliament reacted."])
    assert signed.repair_spelling("has he signed again") == "has he signed again"
    assert signed.repair_spelling("will they act again") == "will they act again"


def test_ordinals_in_figures_meet_the_written_words():
    index = LexicalIndex(["Second place went to Luis Obregon.", "Third place was shared."])
    assert index.terms("who came 2nd") == index.terms("who came second")
    scores = index.scores("who came 2nd?")
    assert scores[0] > 0 and scores[1] == 0
    assert index.terms("the 22nd floor") == ["22nd", "floor"]
