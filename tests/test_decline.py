"""The decline decision: coverage of topical words, answer type, similarity thresholds."""

from __future__ import annotations

import pytest

from retrieval.corpus import ArticleChunks, Corpus
from retrieval.counted import counting_text
from retrieval.decline import (
    FULL_COVERAGE_MIN_DENSE,
    MIN_COVERAGE,
    MIN_DENSE,
    NAMED_COVERAGE,
    SURE_DENSE,
    Relevance,
    relevance,
    should_answer,
)
from retrieval.embedding import HashingEmbedder
from retrieval.fact_patterns import holds, states
from retrieval.focus import role_asked
from retrieval.grounding import ages_the_person
from retrieval.item_prices import names_measure, prices_item
from retrieval.lexical import LexicalIndex
from retrieval.loading import build_article
from retrieval.passages import split_passages
from retrieval.question_types import asks_for
from retrieval.role_check import names_someone_new, role_found
from retrieval.search import ScoredSentence

TEXT = ("Briefing\n\nForeign Ministry spokesperson Park Il made the remarks in a regular press "
        "briefing. The meeting is likely to be held next Tuesday. Vice Minister Lee met "
        "officials at the foreign ministry.")


def _pages(*pages: tuple[str, ...]) -> Corpus:
    """A corpus of one article per (text, title[, outlet]), embedded by the fake embedder."""
    chunks = []
    for text, title, *outlet in pages:
        article = build_article(text, title=title, outlet=outlet[0] if outlet else None)
        passages = tuple(split_passages(article))
        chunks.append(ArticleChunks(article, passages,
                                    HashingEmbedder().encode([p.text for p in passages])))
    return Corpus(chunks, dim=chunks[0].vectors.shape[1])


def _at(corpus: Corpus, start: str) -> ScoredSentence:
    """The first passage starting with `start`, scored 0.5 for meaning, 1.0 for words."""
    i = next(i for i, p in enumerate(corpus.passages) if p.text.startswith(start))
    return ScoredSentence(i, corpus.passages[i], 0.5, 0.5, 0.5, 1.0, 1.0)


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return _pages((TEXT, "Briefing"))


def _best(corpus: Corpus, dense: float) -> ScoredSentence:
    return ScoredSentence(0, corpus.passages[0], dense, dense, dense, 1.0, 1.0)


def test_reporting_verbs_and_framing_words_do_not_count_against_coverage(corpus):
    # "speak" and "role" frame the question; "park" and "il" are its topic.
    assert relevance(corpus, "where did park il speak", _best(corpus, 0.5)).coverage == 1.0
    assert relevance(corpus, "what is park il's role", _best(corpus, 0.5)).coverage == 1.0
    # Words about the articles themselves carry no topic either.
    assert relevance(corpus, "which spokesperson does the article quote",
                     _best(corpus, 0.5)).coverage == 1.0
    # So does asking for the extreme of a speed: "fastest" names the kind, not a topic.
    assert relevance(corpus, "what's the fastest park il went",
                     _best(corpus, 0.5)).coverage == 1.0
    # A topical word the articles never use lowers coverage.
    assert relevance(corpus, "how many warheads", _best(corpus, 0.5)).coverage == 0.0


def test_a_page_s_own_rare_name_counts_as_the_articles_word_short_of_full_coverage():
    # A hotel's own blog never names "Larkfield"; "Hotel", "School", "Park" are common words
    # and a newspaper's name is no topic.
    pages = _pages(("Please arrive by car via Tenby Street, where our car park is.", "Update",
                    "The Larkfield Hotel Blog"),
                   ("The county voted to replace the steel span next spring.", "Update",
                    "The Harrow Valley Gazette"),
                   ("Lessons run every weekend on the main beach.", "Update",
                    "Cat Nab Surf School"),
                   ("Fresh bread every morning from six.", "Update", "Boulangerie Élodie"))
    assert "larkfield" in pages.own_names
    assert pages.lexical.terms("Élodie")[0] in pages.own_names  # accents are letters
    assert not pages.own_names & {"harrow", "valley", "gazett", "school", "surf", "hotel"}
    best = ScoredSentence(0, pages.passages[0], 0.4, 0.4, 0.4, 1.0, 1.0)
    assert relevance(pages, "which street for the larkfield", best).coverage == NAMED_COVERAGE
    assert relevance(pages, "which street for the gazette", best).coverage < 0.5


def test_a_site_the_question_names_by_most_of_its_name_covers_its_common_words():
    # The club's page never says "model railway"; the question names the club by three of
    # its name's five words, and the answer is on the club's own page.
    pages = _pages(("Our annual exhibition will now take place on Saturday 28 November.",
                    "Update", "Marple & District Model Railway Club"),
                   ("Routes heading north through Marple will be turned round at Top Lock.",
                    "Update", "Goyt Valley Narrowboats"),
                   ("Lessons run every weekend from the pool at Saltburn.", "Update",
                    "Saltburn Seals Swimming Club"),
                   ("The county voted to replace the steel span next spring.", "Update",
                    "The Harrow Valley Gazette"))
    question = "when is the marple model railway exhibition happening now"
    sites = pages.named_outlets(question)
    assert list(sites) == ["Marple & District Model Railway Club"]
    # Half a name is not enough ("a swim at Saltburn"), nor a news outlet's name; two words
    # are, side by side in the name's order, or three ("Marple railway modellers").
    assert not pages.named_outlets("how much is a single adult swim at saltburn")
    assert not pages.named_outlets("how busy was the railway in marple")
    assert list(pages.named_outlets("when do the marple railway modellers meet")) == [
        "Marple & District Model Railway Club"]
    assert list(pages.named_outlets("are goyt valley boats for hire")) == [
        "Goyt Valley Narrowboats"]
    assert not pages.named_outlets("how wide is the valley at goyt")
    assert not pages.named_outlets("what did the harrow valley gazette report")
    club = _at(pages, "Our annual")
    assert relevance(pages, question, club).coverage < MIN_COVERAGE
    assert relevance(pages, question, club, sites=sites).coverage == 1.0
    # Its name grounds its page's sentences ("Marple" is another page's word only).
    vague = "is the marple model railway club busy"
    assert not relevance(pages, vague, club).grounded
    assert relevance(pages, vague, club, sites=pages.named_outlets(vague)).grounded
    # Another page's answer counts the name short of full coverage, grounded by its own words.
    boats = relevance(pages, question, _at(pages, "Routes heading"), sites=sites)
    assert MIN_COVERAGE <= boats.coverage == NAMED_COVERAGE and boats.grounded


def test_the_answer_s_own_headline_covers_and_grounds_the_question_s_words():
    # The post says "snow" and "thermometer"; its headline says "blizzard".
    pages = _pages(("The thermometer outside the back door read minus 11C on Sunday night.",
                    "How the owls sat out the blizzard", "Wild Fell Falconry"),
                   ("Snow closed the road over the pass on Saturday night.", "Road update"))
    question = "what did the thermometer read during the blizzard"
    owls = relevance(pages, question, _at(pages, "The thermometer"))
    assert owls.grounded and owls.coverage == 1.0
    # Another article's headline grounds nothing.
    road = relevance(pages, question, _at(pages, "Snow closed"))
    assert not road.grounded and road.coverage < 1.0


def test_answer_type_is_checked_on_the_best_sentence(corpus):
    assert relevance(corpus, "where did park il speak", _best(corpus, 0.5)).typed
    assert not relevance(corpus, "how many remarks did park il make", _best(corpus, 0.5)).typed
    # A follow-up's type is its own: "Why?" after a "when" question wants no date.
    joined = "Why? When did Park Il make the remarks?"
    assert not relevance(corpus, joined, _best(corpus, 0.5)).typed
    assert relevance(corpus, joined, _best(corpus, 0.5), asked="Why?").typed
    # A who-question may be answered without a name ("the government"): not declined for it.
    nameless = next(i for i, p in enumerate(corpus.passages) if p.text.startswith("The meeting"))
    best = ScoredSentence(nameless, corpus.passages[nameless], 0.5, 0.5, 0.5, 1.0, 1.0)
    assert relevance(corpus, "who is to blame", best).typed
    # Asked what something cost, a figure is not a price.
    race = _pages(("The Skyline, the 32km race round the tops, was abandoned on Saturday.",
                   "Race"))
    length = _at(race, "The Skyline")
    assert not relevance(race, "how much did it cost to enter the skyline race", length).typed
    # Prices as written, a share of a cost, and a money question naming no payment are not
    # held to a sum of money; a wage demand may be a percentage.
    union = _pages(("Entry cost 20p a head on the day. The council will cover 40% of the cost. "
                    "The union demanded an 18 percent rise in wages.", "Union"))
    assert relevance(union, "how much did it cost to enter", _at(union, "Entry cost")).typed
    assert relevance(union, "How much of the cost will the council cover?",
                     _at(union, "The council")).typed
    assert relevance(union, "what was the union originally demanding for wages",
                     _at(union, "The union")).typed


def test_a_number_counting_what_the_question_names_is_not_the_count_asked_for():
    text = ("The two sides are not considering a permanent body. "
            "They hope to get 60 signatures on their letter.")
    corpus = _pages((text, "Talks"))
    sides, signatures = (ScoredSentence(i, corpus.passages[i], 0.5, 0.5, 0.5, 1.0, 1.0)
                         for i in (0, 1))
    # "two sides" is the question's own "each side", not a count of officials.
    assert not relevance(corpus, "How many officials will each side send?", sides).typed
    assert relevance(corpus, "How many sides are there?", sides).typed
    # The counted noun's own number answers.
    assert relevance(corpus, "How many signatures are they hoping to get on their letter?",
                     signatures).typed
    # Numbers of things the question names without quantifying them answer too.
    assert relevance(corpus, "What is the number of signatures on the letter?",
                     signatures).typed
    assert relevance(corpus, "How many long-range signatures did they want?", signatures).typed


def test_a_span_of_time_counts_nothing_but_time():
    lexical = LexicalIndex(["The chair of judges had judged for fifteen years."])
    sentence = "The chair of judges praised the loaf she had tasted in fifteen years of judging."
    judges = "how many judges were on the panel?"
    assert not states("number", counting_text(lexical, sentence, judges))
    assert states("number", counting_text(lexical, sentence, "How many years has she judged?"))
    assert states("number", counting_text(lexical, "Five judges sat for two days.", judges))
    # "five times" counts occurrences; compound words keep their time word.
    assert states("number", counting_text(lexical, "She has won the title five times.",
                                          "How many titles has she won?"))
    goals = counting_text(lexical, "He scored two second-half goals.", "How many goals?")
    assert "second-half" in goals and states("number", goals)
    assert states("number", counting_text(lexical, "They sold three day trips a week.",
                                          "How many day trips were sold?"))
    assert not states("number", counting_text(lexical, "Twenty-one days later it reopened.",
                                              judges))
    # Not a how-many question: the sentence is left as it is.
    assert counting_text(lexical, sentence, "What did the judge say?") == sentence


def test_thresholds():
    assert not should_answer(Relevance(MIN_DENSE - 0.01, MIN_DENSE - 0.01, 0.9, True))
    # Every topical word in the articles: a detail of a long sentence may score lower.
    assert should_answer(Relevance(MIN_DENSE - 0.03, MIN_DENSE - 0.03, 1.0, True))
    assert not should_answer(Relevance(FULL_COVERAGE_MIN_DENSE - 0.01,
                                       FULL_COVERAGE_MIN_DENSE - 0.01, 1.0, True))
    assert not should_answer(Relevance(MIN_DENSE - 0.03, MIN_DENSE - 0.03, 1.0, True,
                                       grounded=False))
    # A question naming no topic ("What happened?") covers nothing, though no word is missing.
    assert not should_answer(Relevance(MIN_DENSE - 0.03, MIN_DENSE - 0.03, 1.0, True,
                                       has_topic=False))


def test_a_question_naming_no_topic_is_not_fully_covered(corpus):
    for question in ("What happened?", "What did you say?", "Who said that?",
                     "Do you need anything?", "What do you think?"):
        rel = relevance(corpus, question, _best(corpus, 0.2))
        assert not rel.has_topic and not should_answer(rel), question
    assert relevance(corpus, "What did Park Il say?", _best(corpus, 0.2)).has_topic
    assert not should_answer(Relevance(0.9, 0.9, 1.0, False))  # lacks the date/number asked for
    assert should_answer(Relevance(SURE_DENSE, 0.3, 0.0, True))  # similar enough on its own
    # A paraphrase in other words: its window is as similar as a sure sentence.
    assert should_answer(Relevance(0.5, SURE_DENSE, 0.1, True))
    assert not should_answer(Relevance(0.5, SURE_DENSE - 0.01, 0.1, True))
    assert should_answer(Relevance(0.4, 0.4, 0.6, True))
    assert not should_answer(Relevance(0.4, 0.4, 0.3, True))


def test_a_who_is_question_needs_its_role_named_in_a_row(corpus):
    candidates = [ScoredSentence(i, p, 0.5, 0.5, 0.5, 1.0, 1.0)
                  for i, p in enumerate(corpus.passages) if p.kind == "sentence"]
    assert role_found(corpus, "Who is the foreign ministry spokesperson?", candidates)
    assert role_found(corpus, "Who is Park Il?", candidates)
    # A sentence holds both words, but none names a "foreign minister" (nor a "ministry park").
    assert not role_found(corpus, "Who is South Korea's foreign minister?", candidates)
    assert not role_found(corpus, "Who is the ministry Park?", candidates)
    # A role word the articles never use: no one here holds that role.
    assert not role_found(corpus, "Who is the foreign envoy?", candidates)
    # Nor one that only shares its first letters with a word they use ("regulator" and
    # "regular", as "principal" and "principle").
    assert not role_found(corpus, "Who is the regulator?", candidates)
    # A name's accented letters are part of its words ("Seánie" is no "se" and "nie").
    accented = _pages(("The 24th is Seánie Mulligan, 44, a forklift driver.", "Syndicate"))
    assert role_found(accented, "who is Seánie Mulligan?",
                      [ScoredSentence(0, accented.passages[0], 0.5, 0.5, 0.5, 1.0, 1.0)])
    # A spokeswoman, a spokesman: the spokesperson with another person's ending.
    assert role_found(corpus, "Who is the foreign ministry spokeswoman?", candidates)
    assert role_found(corpus, "Who is the ministry spokesman?", candidates)
    # The words occur, but never in one sentence: they may be the user's own phrase.
    assert role_found(corpus, "Who is the Tuesday spokesperson?", candidates)
    # A boss, a head: any leader's title names one, though the articles never say "boss".
    assert role_found(corpus, "Who is the ministry's boss?", candidates)
    assert not role_found(corpus, "Who is the ministry's envoy?", candidates)
    # Asked the name of someone's role holder, as asked who holds it (not a thing's name).
    assert not role_found(corpus, "What is the name of the ministry's envoy?", candidates)
    assert not role_found(corpus, "whats the name of the foreign ministry's envoy", candidates)
    assert role_found(corpus, "What is the name of the ministry's spokesperson?", candidates)
    assert role_found(corpus, "What was the name of the envoy they sent?", candidates)
    # A thing someone has is no role: the articles may call it otherwise.
    assert role_found(corpus, "What is the name of the ministry's new app?", candidates)
    # Not a "who is <role>" question: nothing to check.
    assert role_found(corpus, "Who is arranging the regular press briefing?", candidates)
    # A possessor typed without its apostrophe is no word of the role ("who was tallowoods
    # ceo"), when the articles write it with one; the role is still checked, without it.
    telco = _pages(("Tallowood's former chief executive, Damian Petrakis, spoke. "
                    "The sports desk said nothing.", "Telco"))
    found = [ScoredSentence(i, p, 0.5, 0.5, 0.5, 1.0, 1.0) for i, p in enumerate(telco.passages)]
    assert role_found(telco, "who was tallowoods chief executive", found)
    assert not role_found(telco, "who is the sports chief executive", found)
    # A role named after its deed: the articles say what he did ("has fished there"), not
    # "fisherman"; a deed they never name ("trawl") leaves a trawlerman unfound, and a role
    # without a person's ending ("fishmonger") is not read this way.
    pier = _pages(("Only Owen Tal, 63, who has fished off the pier for years, was on it. "
                   "The pier fell.", "Pier"))
    on_pier = [ScoredSentence(i, p, 0.5, 0.5, 0.5, 1.0, 1.0) for i, p in enumerate(pier.passages)]
    assert role_found(pier, "who was the fisherman on the pier", on_pier)
    assert not role_found(pier, "who was the trawlerman on the pier", on_pier)
    assert not role_found(pier, "who was the fishmonger on the pier", on_pier)


def test_role_asked():
    assert role_asked("Who is South Korea's foreign minister?") == "foreign minister"
    assert role_asked("who is the us president") == "us president"
    assert role_asked("Who is the chairman of the cooperative?") == "chairman"
    assert role_asked("Who is the Vice Minister for Intelligence?") == "Vice Minister"
    assert role_asked("Who was the lead claimant against Parcelo?") == "lead claimant"
    assert role_asked("Who is the Labour by-election candidate?") == "Labour by-election candidate"
    assert role_asked("Who is the stand-in captain?") == "stand-in captain"
    assert role_asked("Who is leading the talks?") is None
    assert role_asked("Who is leading the dockworkers' union in the dispute?") is None
    # A capitalised first word is a name, not a verb.
    assert role_asked("Who is Boeing Commercial Airplanes' chief executive?") == "chief executive"
    assert role_asked("Who is the U.S. foreign minister?") == "U.S. foreign minister"
    assert role_asked("Who is the king?") == "king"
    assert role_asked("who's the head of the museum") == "head"
    assert role_asked("who’s leading the talks") is None
    # A plural possessor ends with an apostrophe alone.
    assert role_asked("Who was the Greek sprinters' coach?") == "coach"
    assert role_asked("Who are the Smiths’ lawyers?") == "lawyers"
    # A count names none of the role: "the two captains" asks for captains.
    assert role_asked("Who were the two captains in the MCG Test?") == "captains"
    assert role_asked("Who leads the US side?") is None
    # A clause says who is meant: the role is its head noun (none for anyone at all).
    assert role_asked("Who is the ecologist who tested the water in the beck?") == "ecologist"
    assert role_asked("who's the council engineer dealing with the sinkhole?") == "council engineer"
    assert role_asked("Who is the chief executive who resigned?") == "chief executive"
    # Only to rank: no sentence naming a "teenager" may still name whoever is meant.
    assert role_asked("Who is the teenager who found the ring?", described=False) is None
    assert role_asked("Who is the Pennine Water manager dealing with the burst?") == "manager"
    assert role_asked("Who is the head of the museum that was robbed?") == "head"
    assert role_asked("Who is the Tenby man who rowed round Britain?") is None
    # A verb naming a role asks for its holder, only to rank: "Captain Jo Bell" answers "Who
    # captained the side?", but an article may say "manager" for whoever "coached" it.
    assert role_asked("Who captained the winning side?") == "captain"
    assert role_asked("who piloted the hovercraft") == "pilot"
    assert role_asked("Who skippered the boat?", described=False) is None
    # Not a verb whose noun is its stem ("coached Jo Parr" is no coach named) or no role.
    for question in ("Who coached the winning side?", "Who presented the award?"):
        assert role_asked(question) is None, question
    assert role_asked("Who captured the thief?") is None
    assert role_asked("Who said the captain piloted it?") is None


def test_a_sentence_holding_no_topical_word_of_the_question_does_not_answer_it():
    corpus = _pages(*((text, text[:10]) for text in (
        "Acting Ambassador Kevin Kim will lead the delegation.",
        "An 11-year-old girl from Oslo beat a grandmaster on Saturday.")))

    def best(start: str) -> ScoredSentence:
        position = next(i for i, p in enumerate(corpus.passages) if p.text.startswith(start))
        return ScoredSentence(position, corpus.passages[position], 0.5, 0.4, 0.4, 0.5, 0.5)

    # "old" frames the question; "kevin" and "kim" are its topic, and the girl's sentence
    # holds neither, though it holds an age.
    girl = relevance(corpus, "How old is Kevin Kim?", best("An 11-year-old"))
    assert girl.typed and not girl.grounded and not should_answer(girl)
    assert relevance(corpus, "How old is Kevin Kim?", best("Acting")).grounded
    # Very similar, it may answer in other words.
    assert should_answer(Relevance(SURE_DENSE, SURE_DENSE, 1.0, True, grounded=False))


def test_a_name_the_question_gives_must_stand_near_the_answer():
    text = ("Results\n\nVice Minister Lee Sang-hoon met the delegation on Monday. The talks "
            "lasted two hours.\n\nIn other news, the ministry's budget rose by 4 percent this "
            "year, officials said. It was the largest rise in a decade. Spending on schools "
            "was cut. Farmers protested in the capital on Friday.")
    corpus = _pages((text, "Results"))

    def best(start: str) -> ScoredSentence:
        i = next(i for i, p in enumerate(corpus.passages)
                 if p.kind == "sentence" and p.text.startswith(start))
        return ScoredSentence(i, corpus.passages[i], 0.5, 0.5, 0.5, 1.0, 1.0)

    question = "How much did the budget of Lee Sang-hoon rise?"
    assert not relevance(corpus, question, best("Farmers protested")).grounded
    assert relevance(corpus, question, best("The talks lasted")).grounded  # beside his name
    # A name the articles never use, a title, or the question's first word asks for nothing
    # here; one word of a name stands for it (a surname alone).
    assert relevance(corpus, "How much did the budget of Kim Jong rise?",
                     best("Farmers protested")).grounded
    assert relevance(corpus, "How much did the Vice Minister's budget rise?",
                     best("Farmers protested")).grounded
    assert relevance(corpus, "Ok. Did Farmers protest?", best("Farmers protested")).grounded
    assert relevance(corpus, "How much did Lee Sang-hoon's budget rise?",
                     best("The talks lasted")).grounded
    assert relevance(corpus, "How much did the budget of Farmers Lee rise?",
                     best("Farmers protested")).grounded
    # A place named by its kind under a headline naming it ("the airport's ..." under
    # "Fenland Coast runway ...") stands near; under another headline it does not.
    question = "How much is the Fenland Coast runway extension going to cost?"
    for title, near in (("Fenland Coast runway extension approved", True),
                        ("Planning news", False)):
        airports = _pages(("The airport's managing director said the cost had risen to "
                           "£46.5 million.", title),
                          ("Fenland Coast is a small airport near King's Lynn.", "Other"))
        assert relevance(airports, question,
                         _at(airports, "The airport")).grounded is near, title
    # One word of the name in the headline is not the name: "Ryanair carries more British
    # holidaymakers" names no British Airways, even when the story names it further down.
    for text, title in (("Passenger numbers rose 8.1% in January.",
                         "Ryanair carries more British holidaymakers"),
                        ("Passenger numbers rose 8.1% in January. Its fleet grew. Fares fell. "
                         "Rivals struggled. British Airways cut two routes.",
                         "British airlines' January")):
        airlines = _pages((text, title), ("British Airways flies from Heathrow.", "Other"))
        assert not relevance(airlines, "How many passengers did British Airways carry in "
                             "January?", _at(airlines, "Passenger")).grounded, title
    # A place the headline names by its last word ("the tarn") stands near when the story
    # names it in full; a headline sharing another of its words names something else.
    for story, near in (("The boat was rowed across Blea Crag Tarn on Sunday.", True),
                        ("The boat was rowed across the lake on Sunday.", False)):
        tarn = _pages((f"{story} We chose the north shore. It is kinder for a heavy load. The "
                       "path climbs 300 feet. Its surface lies at 1,584 feet.",
                       "The boat, the tarn and the dawn"),
                      ("Blea Crag Tarn is popular with walkers.", "Other"))
        assert relevance(tarn, "How high above the sea is Blea Crag Tarn?",
                         _at(tarn, "Its surface")).grounded is near, story
    # Or by a rare word of its own ("Rebuilding the Haverleigh" for the Haverleigh Playhouse).
    theatre = _pages(("The Haverleigh Playhouse burned in March. Crews came. The roof fell. "
                      "Donors gave. The rebuild is now costed at £9 million.",
                      "Rebuilding the Haverleigh"),
                     ("The Haverleigh Playhouse once staged opera.", "Other"))
    assert relevance(theatre, "What is the latest estimate for rebuilding the Haverleigh "
                     "Playhouse?", _at(theatre, "The rebuild")).grounded
    # A street typed short is the street written in full in the headline.
    for title, near in (("Burst water main: Kiln Street, Castlebridge", True),
                        ("Burst water main: Castlebridge", False)):
        street = _pages(("Crews worked through the night, said the incident manager.", title),
                        ("St Anne's on Kiln Street hosts a craft fair.", "Other"))
        assert relevance(street, "Who is dealing with the Kiln St burst?",
                         _at(street, "Crews")).grounded is near, title


def test_a_who_question_is_not_answered_by_a_sentence_naming_only_whom_it_names():
    question = "Who is running against Sheriff Amos Whitcombe in the next election?"
    assert not names_someone_new(question, "Sheriff Amos Whitcombe thanked residents.")
    assert names_someone_new(question, "Deputy Carla Ruiz will run against Whitcombe.")
    # Hyphens, months and a sentence's common first word name no one; a rare one does, and a
    # common one before another capitalised word ("Church Street").
    before = "Who ran the Ashdown Museum before Philippa Oyelaran-Marsh?"
    assert not names_someone_new(before, "The museum reopened on 7 November under its chief "
                                         "executive, Philippa Oyelaran Marsh.")
    assert names_someone_new("Who plays the US president?", "Liam Hemsworth will play his son.")
    assert names_someone_new("Who plays the US president?", "Hemsworth will play his son.")
    assert names_someone_new("Which street was closed in Leeds?", "Church Street was closed.")
    # A street names no one a who-question asks for; a surname that is a place's kind does.
    left = "Who left the parcels on Fell Terrace?"
    assert not names_someone_new(left, "There were 30 parcels on Fell Terrace and a few on "
                                       "Kiln Wynd.")
    assert names_someone_new(left, "Jo Green left the parcels on Fell Terrace.")
    assert names_someone_new(left, "Kiln Wynd's Jo Marr left them.")
    assert names_someone_new(left, "Jo Lane left the parcels on Fell Terrace.")
    assert not names_someone_new("Who is running against Sheriff Amos Whitcombe?",
                                 'Residents said: "The sheriff thanked us."')
    # A name with a capital inside or a letter beyond ASCII's names someone.
    assert names_someone_new("Who cancelled flights at Luton?", "easyJet cancelled 40 flights.")
    assert names_someone_new("Who led the Reykjavik inquiry?", "Ólafur led the inquiry.")
    # The sentence it leans on may name him.
    replaced = "Who replaced Smith as coach?"
    assert not names_someone_new(replaced, "He replaces Smith, who left in May.")
    assert names_someone_new(replaced, "He replaces Smith, who left in May.",
                             context="Jones was named coach. He replaces Smith, who left in May.")
    # A thing asked for is named in the sentence itself: the person "she" leans back to is
    # no firm.
    said = '"Tenby without its mill is not Tenby," she said.'
    chair = "Ann Pike chairs the mill trust. " + said
    assert not names_someone_new("Which engineering firm surveyed the Tenby mill?", said,
                                 context=chair)
    assert names_someone_new("Who spoke for the Tenby mill trust?", said, context=chair)
    # A question naming nothing, or asking who a named person is, is not checked.
    assert names_someone_new("who's in charge of the kisumu inquiry",
                             "Critically ill patients are referred elsewhere.")
    assert names_someone_new("Who found the body?", "A dog walker found it on Tuesday.")
    # Asked for a name, the answer names someone or something, however little the question
    # names.
    driver = "what's the name of the delivery driver who found the landslip"
    assert not names_someone_new(driver, "A delivery driver who reached the slip raised the alarm.")
    assert names_someone_new(driver, "The driver, Tom Reyes, raised the alarm at 3am.")
    assert not names_someone_new("What is the name of the company that made the valve?",
                                 "Every valve of that type is being replaced.")
    assert names_someone_new("whats the name of the beer they brewed",
                             "Curtain Call is a 4.2% golden pale ale.")
    # On a site's own page, "we" doing what was asked names the site (not "we" doing
    # something else, nor a sentence without "we").
    fitted = "Which electricians fitted the alarm in the Kiln Street hall?"
    we_fitted = "When we fitted the alarm in the Kiln Street hall in May, it was new."
    assert names_someone_new(fitted, we_fitted, site="Harrow & Daughters Electrical")
    assert not names_someone_new(fitted, we_fitted)
    assert not names_someone_new(fitted, "Book in and we will take a look at the Kiln Street "
                                 "hall.", site="Harrow & Daughters Electrical")
    assert not names_someone_new(fitted, "The alarm in the Kiln Street hall was fitted in May.",
                                 site="Harrow & Daughters Electrical")
    # Its helper verbs are not the verb asked, and a quoted "we" is someone else's.
    hired = "Which electricians were hired for the Kiln Street hall?"
    for sentence in ("We were told the alarm at the Kiln Street hall was fitted by a firm.",
                     'The caretaker said: "When we fitted the alarm in the Kiln Street hall '
                     'in May, it was new."'):
        assert not names_someone_new(hired if "told" in sentence else fitted, sentence,
                                     site="Brackford Gazette"), sentence
    # A make asked for is a name: "a 15-horsepower engine" names none.
    make = "What make of engine is fitted to the Mudlark hovercraft?"
    assert not names_someone_new(make, "Mudlark is powered by a 15-horsepower mower engine.")
    assert names_someone_new(make, "Mudlark runs on a Briggs & Stratton engine.")
    assert names_someone_new("What model of care do they use?", "Care is given at home.")
    assert names_someone_new("Who is Park Il?", "Park Il, a spokesperson, made the remarks.")
    # A which-question asking for a thing is answered by its name too; not one asking for a
    # month, a round, one of two, or "which is".
    shaft = "Which company drilled the rescue shaft at Grindlow Edge?"
    assert not names_someone_new(shaft, "Drilling of the rescue shaft started at 09:40.")
    assert names_someone_new(shaft, "The shaft was drilled by Hallam Drilling Ltd.")
    for question, sentence in (("Which year did Grindlow Edge open?", "It opened in the 1970s."),
                               ("Which month did the Rialto close?", "It closed in March."),
                               ("Which round was Smith knocked out in?", "He lost in the third."),
                               ("Which of the two Leeds bids won?", "The cheaper bid won."),
                               ("Which is bigger, Leeds or York?", "Leeds is bigger.")):
        assert names_someone_new(question, sentence), question
    # Other questions are not checked.
    assert names_someone_new("What did Whitcombe say?", "Sheriff Amos Whitcombe thanked them.")


def test_an_item_s_price_is_answered_only_by_an_amount_naming_the_item():
    lexical = LexicalIndex(["The institute plans a hall at a cost of 1.2 billion tögrög.",
                            "Tickets cost £12 and entry is £9 for adults."])
    ticket = "How much does a ticket to the Gobi museum cost?"
    assert not prices_item(lexical, ticket, "The institute plans a hall at a cost of 1.2 "
                                            "billion tögrög.")
    assert prices_item(lexical, ticket, "Tickets cost £12 and entry is £9 for adults.")
    assert prices_item(lexical, "How much is an adult ticket?",
                       "Entry will be £9 for adults, £5 for children.")
    assert not prices_item(lexical, "How much does a single dose of Respavo cost?",
                           "The trial enrolled 24,600 adults at a cost of $40 million.")
    # Prices as news writes them, and the noun after "of".
    for question, sentence in (("How much does a ticket cost?", "Tickets cost 12 pounds."),
                               ("How much does a ticket cost?", "Tickets cost twelve pounds."),
                               ("How much does a ticket cost?", "Tickets are free."),
                               ("How much does a litre of petrol cost?", "Petrol is 150p a litre."),
                               ("how much does an adult pay", "Adults pay £12."),
                               ("How much is a cup of coffee in Oslo?", "Coffee costs 60 kroner.")):
        assert prices_item(lexical, question, sentence), question
    # A question not about a price is not checked: "How much does a storm weigh?".
    assert prices_item(lexical, "How much does a storm weigh?", "It weighs millions of tonnes.")
    assert prices_item(lexical, "How much will a recession hurt growth?", "Growth falls by 2%.")
    # A whole thing's cost, or any other question, is not checked.
    assert prices_item(lexical, "How much does the Kabini water project cost?",
                       "The institute plans a hall at a cost of 1.2 billion tögrög.")
    assert prices_item(lexical, "Who runs the museum?", "The hall cost $4 million.")


def test_asked_what_was_paid_an_answer_says_money_changed_hands():
    lexical = LexicalIndex(["The harp is insured for £90,000."])
    question = "How much did the school pay for the harp?"
    assert not prices_item(lexical, question, "The harp is insured for £90,000.")
    assert not prices_item(lexical, "how much was spent on the roof?",
                           "They expect to save £800 a year.")
    for sentence in ("The school paid £12,000 for the harp.", "It cost £12,000.",
                     "They bought it for £12,000 in 1990.", "It came in a £12,000 deal."):
        assert prices_item(lexical, question, sentence), sentence
    # "Pay" in a name is no payment asked; nor is an item's price, time spent or a wage.
    for asked, sentence in (("How much did Pay for Schools raise?", "The charity raised £2m."),
                            ("How much do I have to pay for a ticket?", "Tickets are £10."),
                            ("How much time did the crew spend on the station?",
                             "They were in orbit for six months."),
                            ("How much are nurses paid?", "Nurses earn £29,000 a year.")):
        assert prices_item(lexical, asked, sentence), asked


def test_a_salary_revenue_or_population_asked_is_answered_only_by_a_sentence_giving_it():
    lexical = LexicalIndex(["TimeWarner posted a profit of $3.36bn.", "Parsons earns $8m.",
                            "The town has a population of 4,200 and its residents vote."])
    profit = "For the full year, TimeWarner posted a profit of $3.36bn."
    for question in ("What is Richard Parsons' salary?", "How much is Richard Parsons paid?",
                     "What are TimeWarner's annual revenues?"):
        assert not names_measure(lexical, question, profit), question
    assert names_measure(lexical, "What is Richard Parsons' salary?",
                         "Parsons earned $8m last year, the filing shows.")
    assert names_measure(lexical, "What was TimeWarner's profit?", profit)
    assert not names_measure(lexical, "What is the population of Thornby Bridge?",
                             "The council's update on the recovery in Thornby Bridge.")
    assert names_measure(lexical, "What is the population of the town?",
                         "About 4,200 people live in the town.")
    # About the measure, or its change, is not asking for it: "blamed high fuel prices".
    assert names_measure(lexical, "What did British Airways blame for its slump in profits?",
                         "BA blamed high fuel prices.")
    assert names_measure(lexical, "How much did American's revenue grow?",
                         "American earned an all-time best $942 million.")
    assert names_measure(lexical, "Who paid for the expedition?", "A foundation gave $2m.")


def test_a_named_person_s_age_is_answered_only_by_a_sentence_naming_them():
    lexical = LexicalIndex(["Rhodri Vaughan runs the reservoir.", "Megan Probert is 97.",
                            "A 62-year-old man sank in the silt.", "He is 56.",
                            "The oldest driver was Alec Mitchell.", "Mark Hughes flew it.",
                            "Stonehenge stands on the plain."])
    other = "A 62-year-old man from Llandrindod Wells sank to his waist in silt."
    assert not ages_the_person(lexical, "How old is Rhodri Vaughan from the water company?",
                               other)
    assert ages_the_person(lexical, "How old is Megan Probert, the former villager?",
                           "The oldest was Megan Probert, who is 97 and left at 27.")
    # A pronoun leaning on the sentence naming them; no name, or no age asked: not checked.
    assert ages_the_person(lexical, "How old is Rhodri Vaughan?", "He is 56.",
                           context="Rhodri Vaughan runs the reservoir.")
    assert ages_the_person(lexical, "how old was the man who sank in the silt", other)
    assert ages_the_person(lexical, "Where does Rhodri Vaughan work?", other)
    # Only the person asked about: the body the question names after them need not be there.
    assert ages_the_person(lexical, "How old is Rhodri Vaughan from Cambrian Uplands Water?",
                           "Rhodri Vaughan, 54, has run the reservoir since 2010.")
    # Typed in lower case, the words after "how old is" name the person, unless they
    # describe one; a word the articles never use (misspelt) is not checked.
    oldest = "The oldest driver was Alec Mitchell, 91, from Methlick."
    assert not ages_the_person(lexical, "how old is rhodri vaughan who runs it", oldest)
    assert ages_the_person(lexical, "how old is rhodri vaughan who runs it",
                           "Rhodri Vaughan, 54, has run the reservoir since 2010.")
    assert ages_the_person(lexical, "how old is the oldest driver", "Alec, 91, drove it.")
    assert ages_the_person(lexical, "how old is rodhri vorghan", oldest)
    # Two to four words, any of them: "balloon pilot mark" is Mark Hughes.
    assert ages_the_person(lexical, "how old is balloon pilot mark", "Mark Hughes, 52, flew it.")
    # One word is no name of two to four ("How old is Stonehenge?").
    assert ages_the_person(lexical, "how old is stonehenge?", "Rhodri Vaughan runs it.")
    # Unless "who" follows it: "how old is megan who left" names Megan.
    assert not ages_the_person(lexical, "how old is megan who left the village", oldest)
    assert not ages_the_person(lexical, "how old is megan, who left the village", oldest)
    # Not a pronoun or a person's kind: "how old is everyone who took part".
    crowd = LexicalIndex(["Everyone took part.", oldest])
    assert ages_the_person(crowd, "how old is everyone who took part", oldest)
    assert ages_the_person(lexical, "how old is megan who left the village",
                           "The oldest was Megan Probert, who is 97 and left at 27.")


def test_a_question_naming_no_topic_is_declined_unless_a_sentence_is_very_close():
    # "from when?" asked first: nothing to search for, any dated sentence would do.
    vague = Relevance(dense=0.26, window_dense=0.23, coverage=1.0, typed=True, has_topic=False)
    assert not should_answer(vague)
    assert should_answer(Relevance(dense=0.6, window_dense=0.6, coverage=1.0, typed=True,
                                   has_topic=False))
    assert should_answer(Relevance(dense=0.3, window_dense=0.3, coverage=1.0, typed=True))


def test_a_colour_asked_for_is_declined_when_the_best_sentence_names_none():
    pages = _pages(("The warbler was ringed on Monday by a licensed ringer. Its ring is "
                    "bright orange.", "Update", "Marsh Tours"))
    assert asks_for("What colour was the ring on the warbler's leg?") == "colour"
    assert asks_for("Which color are the trams painted?") == "colour"
    # Colouring something asks for what did it, not for a colour.
    assert asks_for("what plant was used to colour the cloak's edge") != "colour"
    ringed, coloured = _at(pages, "The warbler was ringed"), _at(pages, "Its ring is")
    question = "What colour was the ring on the warbler's leg?"
    assert not relevance(pages, question, ringed).typed
    assert relevance(pages, question, coloured).typed
    for text in ("a rust-coloured ring", "painted navy and cream", "a greyish bird"):
        assert holds("colour", text), text
    assert not holds("colour", "The bird was seen daily by a redshank.")
    # Colour words in names name no colour; colours the list might miss still count.
    for text in ("Mr Brown ringed it.", "The Red Cross came.", "The White House said so.",
                 "Sue Gray spoke."):
        assert not holds("colour", text), text
    for text in ("a bluish ring", "a whitish bird", "a honey coloured dog", "a burgundy van"):
        assert holds("colour", text), text
    for question in ("What's the colour of the ring?", "What was the colour of the van?",
                     "Do you know what colour the ring was?", "What colour hat was she wearing?"):
        assert asks_for(question) == "colour", question
    assert asks_for("What colour scheme did the council pick?") != "colour"


def test_a_follow_up_asking_only_what_a_thing_is_worth_names_no_topic_of_its_own():
    pages = _pages(("The family put the value of the stolen ewes at about £72,000.", "Update",
                    "Hill Mart"))
    best = _at(pages, "The family put")
    question = "Tell me about the stolen ewes and how much are they worth?"
    # "worth" is not in the articles, but it only asks for the sum.
    assert relevance(pages, question, best, asked="and how much are they worth?",
                     turn="and how much are they worth?").turn_covered
    # Asked what a person is worth, it asks his wealth: not covered by the ewes' value.
    assert not relevance(pages, question, best, asked="and how much is he worth?",
                         turn="and how much is he worth?").turn_covered
    # A word of its own the articles never use is a topic they do not cover.
    assert not relevance(pages, question, best, asked="and how much is the insurance worth?",
                         turn="and how much is the insurance worth?").turn_covered
