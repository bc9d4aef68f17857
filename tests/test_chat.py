"""Chat-style questions: question words spelled out, shorthand expanded, fillers dropped."""

from __future__ import annotations

from retrieval.chat import normalise_chat


def test_chat_spellings_of_question_words_are_spelled_out():
    assert normalise_chat("wen did the talks start") == "when did the talks start"
    assert normalise_chat("Whos the korean rep? wat about wich day") == \
        "who is the korean representative? what about which day"
    # Chat spellings only: a place's or a party's initials are the articles' business
    # (acronyms they spell out are matched in lexical.py), not a list of this project's topics.
    assert normalise_chat("is nk gonna talk w the us thru this") == \
        "is nk going to talk with the us through this"
    assert normalise_chat("whos the us president in all this lol") == "who is the us president"
    assert normalise_chat("whos the korean rep") == "who is the korean representative"
    assert normalise_chat("what is n korea doing b4 the talks") == \
        "what is n korea doing before the talks"
    assert normalise_chat("wen is da meeting") == "when is the meeting"
    assert normalise_chat("who is da boss") == "who is the boss"
    assert normalise_chat("what does he study at uni") == "what does he study at university"
    assert normalise_chat("how many secs into the flight, any info?") == \
        "how many seconds into the flight, any info?"
    assert normalise_chat("who owns info@uni.example") == "who owns info@uni.example"
    # Dropped apostrophes put back: "im", "isnt" are no topic words the articles lack.
    assert normalise_chat("why isnt the clock going, dont they know") == \
        "why isn't the clock going, don't they know"
    for kept in ("what did jony ive design", "Freiburg im Breisgau", "its team won well"):
        assert normalise_chat(kept) == kept
    # Only whole words: "Wendy", "whatsoever", "U.S." and "R&D" stay as they are.
    assert normalise_chat("Wendy said whatsoever") == "Wendy said whatsoever"
    assert normalise_chat("Did the U.S. fund R&D?") == "Did the U.S. fund R&D?"


def test_names_that_look_like_shorthand_are_left_alone():
    assert normalise_chat("What did SK Hynix say?") == "What did SK Hynix say?"
    assert normalise_chat("Da Nang hosts the summit") == "Da Nang hosts the summit"
    assert normalise_chat("who's the lib dem spokesman") == "who's the lib dem spokesman"
    assert normalise_chat("The UNI index and Info Ltd") == "The UNI index and Info Ltd"
    for kept in ("What did Lula da Silva say?", "leonardo da vinci", "How long was the title bout?",
                 "the value of n in the formula"):
        assert normalise_chat(kept) == kept
    assert normalise_chat("Did George W Bush meet the DPRK leader?") == \
        "Did George W Bush meet the DPRK leader?"
    assert normalise_chat("Will they meet whether or not it rains?") == \
        "Will they meet whether or not it rains?"
