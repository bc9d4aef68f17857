"""When-questions: whether one asks (or a sentence says) what is still to come, and its verb.

"When does the stand-in ferry start running?" is answered by "A chartered vessel is expected
to begin ... on Sunday 11 October", not by a story's lead dating what happened ("At 07:46 on
8 October 2026 the ferry ... ran aground"): `answer_slots` gives such a sentence a bonus.
"""

from __future__ import annotations

import re

from retrieval.fact_words import FULL_WEEKDAYS
from retrieval.lexical import LexicalIndex

# A question about when something is still to come: "when will it reopen", "when's the first
# meeting", "what day does the stand-in ferry start running", "when is the ruling due", "when
# did the council say it will reopen"; not "when did it close", "what time did the scheduled
# crossing leave", "when was the line originally supposed to open" (the earlier plan).
_AHEAD_ASKED_RE = re.compile(
    r"\b(?:will|won['’]t|going to|gonna|supposed to|expected to|due|(?:scheduled|set|planned"
    r"|planning|plans?) (?:to|for))\b|['’]ll\b"
    r"|\b(?:when|what (?:day|date|time|month|year))(?:['’]s|\s+(?:is|are|does|do|shall|can))\b",
    re.I)
# A past word: "did", "was", "last time", a perfect's participle ("to have started"); not a
# word ending so ("the speed limit", "the delayed ferry", "Leeds United").
_PAST_ASKED_RE = re.compile(r"\b(?:did|was|were|had|last time|(?:been|has|have)\s+\w+ed)\b",
                            re.I)
_FUTURE_ASKED_RE = re.compile(r"\b(?:will|won['’]t|going to|gonna)\b|['’]ll\b", re.I)
# A sentence speaking of what is to come: "will now begin sailing on Tuesday", "is expected
# to begin", "is not expected to return to service before February 2027", "due in March",
# "next Tuesday"; not "was expected", "the next day", "would flood every spring", nor a guess
# at what was ("many of you will have seen the pictures"), nor the readers addressed ("most
# of you will know by now"; not "Families will know the outcome by March", "We won't know").
_GUESSED = (r"(?!\s+(?:\w+ly\s+|already\s+|no\s+doubt\s+)?have\s+(?:seen|heard|noticed|read"
            r"|spotted|watched|known)\b)")
_READERS_KNOW_RE = re.compile(r"\b(?:you|readers|regulars)\s+will\s+(?:\w+ly\s+|already\s+)?"
                              r"(?:know|remember|recall|be\s+aware)\b", re.I)
_AHEAD_SAID_RE = re.compile(
    rf"\b(?:will{_GUESSED}|shall|won['’]t{_GUESSED}|(?:is|are|now|not)\s+(?:expected|due)"
    r"|expects\s+to|expects?\s+(?:[\w'’-]+\s+){1,4}?to(?=\s+(?-i:[a-z]))"
    r"|(?:is|are)\s+(?:forecast|predicted)\s+to"
    r"|due\s+(?:in|on|by|back)|(?:is|are)\s+(?:scheduled|set|planned|going)\s+to"
    r"|(?:scheduled|set)\s+for|(?:plans?|aims?|intends?|hopes?)\s+to|upcoming"
    rf"|(?<!the\s)next\s+(?:week|month|year|spring|summer|autumn|fall|winter|{FULL_WEEKDAYS}))"
    rf"\b|['’]ll\b{_GUESSED}", re.I)


_DEADLINE_RE = re.compile(r"^\W*(?:until|till|up\s+to)\s+(?:when|what)\b", re.I)


def asks_ahead(question: str) -> bool:
    """Return True for a question about when something is still to come.

    Args:
        question: The question as asked.

    Returns:
        True for a future word ("will", "supposed to", "due") or a present "when is/does"
        ("when does construction start?"), unless a past word says it asks about what was
        ("did", "was", "last time", "have started"), which a future word outweighs ("when did the
        council say it will reopen?").
    """
    # "Until what date can I rebook?" asks a deadline, not when something comes.
    if not _AHEAD_ASKED_RE.search(question) or _DEADLINE_RE.match(question):
        return False
    return bool(_FUTURE_ASKED_RE.search(question)) or not _PAST_ASKED_RE.search(question)


# "When did the heron get out?", "When was the ferry running again?": what has happened.
_BEHIND_ASKED_RE = re.compile(r"^\W*(?:(?:and|so|but|ok|okay)\s+)?(?:when|what\s+(?:day|date"
                              r"|time|month|year))\s+(?:did|was|were|had)\b", re.I)


def asks_behind(question: str) -> bool:
    """Return True for a when-question about what has happened, not what was planned.

    Args:
        question: The question as asked.

    Returns:
        True for "when did/was ..." with no word of what was to come ("supposed to", "due",
        "will": "when was it originally supposed to open?" asks the plan).
    """
    return bool(_BEHIND_ASKED_RE.match(question)) and not _AHEAD_ASKED_RE.search(question)


_WAS_AHEAD_RE = re.compile(r"\b(?:had\s+been|was|were)\s+(?:\w+ly\s+)?(?:expected|due|scheduled"
                           r"|supposed|planned|set|meant)\s+to\b", re.I)


def speaks_behind(sentence: str) -> bool:
    """Return True for a sentence speaking neither of what is to come nor of what was to be.

    Args:
        sentence: The candidate sentence.

    Returns:
        False when it `speaks_ahead` or tells an expectation held before ("had been expected
        to sail on Friday"); True otherwise.
    """
    return not speaks_ahead(sentence) and not _WAS_AHEAD_RE.search(sentence)


def speaks_ahead(sentence: str) -> bool:
    """Return True for a sentence speaking of what is to come.

    Args:
        sentence: The candidate sentence.

    Returns:
        True for "will", "is expected to", "is due", "is scheduled to", "plans to", "next
        Tuesday"...; False for "was expected", "the next day", "would" and "should".
    """
    return bool(_AHEAD_SAID_RE.search(_READERS_KNOW_RE.sub(" ", sentence)))


# A when-question's verb ends its phrase: "When did the Rialto Theatre close (in 1997)?".
_WHEN_RE = re.compile(r"^\W*(?:and\s+|so\s+)?when(?:['’]s\s+|\s+(?:did|does|do|will|would|is|was"
                      r"|are|were|has|have|had)\s+)(?P<rest>.+?)\W*$", re.I)
# What is planned is the verb after it: "expected to open", "supposed to reopen".
_PLANNED_RE = re.compile(r"\b(?:expected|supposed|due|set|going|planned|scheduled|likely|hoped)"
                         r"\s+to\s+(?:be\s+)?(?=[a-z])", re.I)
_AGAIN_RE = re.compile(r"\bagain\b", re.I)
# Verbs done again under a name of their own ("open again" is "reopen"; "flood again" no word).
_REDONE_RE = re.compile(r"(?:open|start|build|launch|join|enter|connect|elect|appoint|appear"
                        r"|emerge|surface|unite|assemble|run)(?:s|ed|ing)?")
# A place, a time or a thing after the event's verb: "at the factory", "in Europe", "as CEO
# of the company", "today" ("in Springvale close" is no such phrase: "close" is the verb).
_TRAILING_RE = re.compile(
    r"\s+(?:(?:in|at|of|on|for|from|to|with|as|after|before|during|into|over|near|under|by)"
    r"\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
    r"|[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})|now|today|tonight|yesterday|again|finally)$")


def says_again(text: str) -> bool:
    """Return True for a question or sentence saying "again" ("open again" is "reopen")."""
    return _AGAIN_RE.search(text) is not None


def event_asked(lexical: LexicalIndex, question: str) -> str | None:
    """Return the stem of a when-question's verb: its last word past a trailing phrase.

    Args:
        lexical: The index whose stemmer the sentences' terms use.
        question: The question ("When did the Rialto Theatre close?").

    Returns:
        The verb's stem ("close"; "reopen" for "open again"), or None for no when-question
        or no word to stem.
    """
    found = _WHEN_RE.match(question)
    if not found:
        return None
    rest = _PLANNED_RE.sub("", found.group("rest"))
    while (shorter := _TRAILING_RE.sub("", rest)) != rest and len(shorter.split()) > 1:
        rest = shorter
    last = rest.split()[-1].lower()
    if len(last) <= 2 or not last.isalpha():
        return None
    # "open again" is "reopen" (`answer_slots` takes "open ... again" in a sentence for it).
    if says_again(found.group("rest")) and _REDONE_RE.fullmatch(last):
        last = f"re{last}"
    return lexical.stem(last)
