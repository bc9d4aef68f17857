"""What a sentence holds: a date, a number, an amount, an age, a place, a person, a reason."""

from __future__ import annotations

import functools
import re

from retrieval.fact_words import (
    AGE,
    BODY_LAST,
    COLOUR,
    FULL_WEEKDAYS,
    LONE_NUMBER,
    MONEY,
    MONTHS,
    NAME_WORD,
    NO_SUM,
    ONE_TO_TWELVE,
    ORIGIN,
    PLACE,
    PLACE_FIRST,
    ROLES,
    SINCE_WHEN,
    TENS,
    TIME_OF_DAY,
    WEEKDAYS,
)

# Months as articles write them, capitalised: "may" is a verb far more often than a month.
_MONTHS = f"(?-i:{MONTHS})"
_DAY = (rf"\b({FULL_WEEKDAYS}|today|tomorrow|yesterday|tonight"
        rf"|({_MONTHS})\.? \d{{1,2}}(st|nd|rd|th)?|\d{{1,2}}(st|nd|rd|th)? ({_MONTHS}))\b")
# An earlier century's year after "in", "since"... ("sank in 1891"; not "in 1500 homes").
_YEAR = (r"\b((19|20)\d{2}|(next|last|this) year|(in|since|until|circa|c\.)\s+1[5-8]\d{2}"
         r"(?!\s+(to\s+\d|(?!(the|a|an|and|when|after|before|it|he|she|they|but|as|at|on|in|by"
         r"|with|was|were)\b)[a-z])))\b")
# "What time" accepts a few more than a time of day ("at dawn").
_CLOCK = rf"\b({TIME_OF_DAY}|o'clock|overnight|dawn|dusk)\b"
# A race or a wait is timed too: "in 19.85 seconds", "after 40 minutes".
_DURATION = r"\b\d+(\.\d+)?\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?)\b"
SAID_KINDS = {"day": "day said", "time": "time said", "clock": "clock said", "year": "year said"}
# A score or a tally, at a sentence's end too: "7–6", "2 - 1", "4-3" (not "2025-26", "12.5-13").
_SCORE_PAIR = r"(?<![\d.,:/])\d{1,3}\s?[–-]\s?\d{1,3}(?![\d:/%]|[.,]\d)"
# Two capitalised words after a place's preposition are a place's name, unless a possessive
# ("at Jane Smith's side"); "in", "into" take people too ("in Keir Starmer's cabinet").
_NOT_AT_PLACE = "(?:" + "".join(rf"(?<!\b{word}\s)(?<!\b{word.title()}\s)" for word in (
    "at", "near", "across", "along", "around", "off", "beyond")) + r"|(?=\S+\s+[\w-]+['’]s\b))"
_HOLDS = {
    "rise": re.compile(rf"(?:\d[\d.,]*+|\b(?:{ONE_TO_TWELVE}|\w+teen|{TENS}))\s*(?:%|per\s?cent\b"
                       rf"|percent\b|pc\b|percentage\s+points?\b)|\b\d+p\b|{MONEY}", re.I),
    "frequency": re.compile(
        r"\b(every|each (day|week|month|quarter|year)|daily|weekly|monthly|quarterly"
        r"|annual(ly)?|yearly|biweekly|fortnightly|twice|once an?|times an?"
        r"|per (day|week|month|year)"
        # A count of occurrences answers "how often has it happened": "the 13th time", "three
        # times"; not "the first time", which says when something began.
        r"|(\d+(st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+time"
        r"|(\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|dozens? of)\s+times)\b",
        re.I),
    "number": re.compile(rf"\b(?!(?:19|20)\d\d\b)\d|\b({ONE_TO_TWELVE}|(thir|four|fif|six|seven"
                         rf"|eigh|nine)teen|{TENS}|dozens?|hundreds?|thousands?|millions?|billions?"
                         r"|a (third|quarter|fifth|tenth)(?![\s-]+(party|term|time|place|round"
                         r"|final|generation))|by half|(halved|doubled|tripled)(?!\s+(down|as)))\b",
                         re.I),
    "weight": re.compile(rf"(?<![\d.,])\b(?:\d[\d,.]*+|{ONE_TO_TWELVE})\s*(?:-\s*)?(?:grams?"
                         r"|(?-i:g)|kilograms?|kilos?|kg|pounds|lbs?|ounces|oz|tonnes?|tons?|stone)\b",
                         re.I),
    "length": re.compile(rf"(?<![\d.,$£€])\b(?:\d[\d,.]*+|{ONE_TO_TWELVE})\s*(?:-\s*)?"
                         r"(?:metres?|meters?|(?-i:m)"
                         r"|kilometres?|kilometers?|km|miles?|feet|foot|ft|inches|inch"
                         r"|(?:centi|milli)met(?:re|er)s?|cm|mm|yards?)\b(?!\s+(?:(?:the|a|an)\b|\d))",
                         re.I),
    # Not a score or a range's end ("beating Colombia 2-1" states no age), nor a number of
    # something else ("worked there for 22 years", "6.5 points out of 9": "N years old" is
    # an age of its own).
    "count": re.compile(r"(?<!\d[.,])(?<!\d[–-])(?<!\d\s[–-]\s)(?<!out of )\b(?:(\d{1,2}"
                        r"|1[01]\d)\b(?![.,]\d)(?!\s?[–-]\s?\d)(?!\s*(%|percent|per cent))"
                        rf"|({TENS})\b)(?![\s-]+(?:years?\b(?![\s-]+old)|yrs?|months?|weeks?|days?|hours?|minutes?"
                        r"|seconds?|points?|goals?|runs?|games?|matches|rounds?|times|laps?|km|miles?"
                        r"|metres?|meters?|kg)\b)", re.I),
    "lone number": re.compile(LONE_NUMBER, re.I),
    "amount": re.compile(r"\b(?!(19|20)\d\d\b)\d|\b(hundred|thousand|[mb]illion|dozen)s?\b", re.I),
    # From a number's first digit (linear; "Rs.500", not "G20"): no year, age, span, count.
    "sum": re.compile(r"(?:(?<=rs\.)|(?<![\w.,]))(?!(?:19|20)\d\d\b)(?:\d[\d,.]*+|\b(?:hundreds"
                      rf"|thousands|millions|billions)\b)(?!{NO_SUM})", re.I),
    # A match's score: "7–6", "2 - 1", "a 3-2 loss" (not "2025-26", "12.5-13"); a golfer's
    # "shot a 68", "12 under par".
    "score": re.compile(rf"{_SCORE_PAIR}"
                        r"|\b(?:shot|carded|signed for)\s+(?:an?\s+)?(?:\w+-round\s+)?\d{2}\b"
                        r"|\b\d{1,2}[ -](?:under|over)(?:[ -]par)?\b", re.I),
    # A tally: "4-3", "by 68 votes to 52", "voted seven to three" (at a sentence's end too).
    "tally": re.compile(rf"{_SCORE_PAIR}"
                        rf"|\b(?:\d{{1,4}}|{ONE_TO_TWELVE})\s+(?:votes?\s+)?to\s+(?:\d{{1,4}}"
                        rf"|{ONE_TO_TWELVE})\b", re.I),
    # Any number, or a vote without one ("The vote was unanimous").
    "vote": re.compile(r"\b(?!(?:19|20)\d\d\b)\d|\bunanimous(?:ly)?\b", re.I),
    "day": re.compile(_DAY, re.I),
    "year": re.compile(_YEAR, re.I),
    # A match's minute too: "in the 112th minute", "eight minutes from the end of extra time".
    "time": re.compile(rf"{_DAY}|{_YEAR}|\b(({_MONTHS})|(next|last|this|coming) (week|month)"
                       rf"|\d{{1,2}}(st|nd|rd|th)|{TIME_OF_DAY}|\d{{1,3}}(st|nd|rd|th) minute"
                       r"|minutes? (from|before) the end of (the )?(extra time|normal time"
                       r"|full time|match|game|half|race)"
                       r"|(in|into) (stoppage|injury|extra) time"
                       r"|(in|within|for|after)\s+(\d+|an?|one|two|three|four|five|six|several"
                       r"|a few)\s+(hours?|days?|weeks?|months?|years?))\b", re.I),
    # "What time ..." wants a time of day or a duration (`states` takes a day for it).
    "clock": re.compile(rf"{_CLOCK}|{_DURATION}", re.I),
    # A span of time: "a nine-day strike", "underway for months"; "two years ago", "since 2018"
    # say when it began, but "has grown them as a hobby since 2009" how long. "What a year it
    # has been" or "quite a month" sums one up ("not quite a year" is one).
    "duration": re.compile(rf"\b(\d+(\.\d+)?|{ONE_TO_TWELVE}|(?<!\bwhat )(?<!\bsuch )"
                           rf"(?<!(?<!\bnot )\bquite )an?|a few|several|\w+teen|{TENS}"
                           r"|hundred)(\s+and\s+a\s+half)?(\s*-\s*|\s+)(second|minute|hour|day"
                           r"|night|week|month|year)s?\b(?!\s+(?:ago|earlier|later)\b"
                           r"|(?<=(?-i:Year))\s+\d)"
                           r"|\b(for|over)\s+(the\s+(past|last)\s+)?"
                           r"(hours|days|weeks|months|years|decades)\b|\b(has|have|had)\s+([\w'’-]+"
                           rf"\s+){{0,8}}?{SINCE_WHEN}", re.I),
    "age": re.compile(AGE, re.I),
    "pitch": re.compile(r"\d\s*(?:hz|khz|mhz|ghz|hertz|kilohertz|megahertz)\b", re.I),
    "colour": re.compile(COLOUR, re.I),  # "navy", "rust-coloured"; "Mr Brown" is a name
    "speed": re.compile(r"\d\s*(mph|km/h|kmh|kph|km/s|m/s|ft/s|knots?|(miles|kilomet(re|er)s|km"
                        r"|metres|meters|m|feet|ft) (an|per|a) (hour|second)(?! time))\b", re.I),
    "temperature": re.compile(r"\d\s*[°º]|(?<![\d.])(?!(?:90|180|270|360)\s)\d[\d.]*\s*degrees\b"
                              r"|(?<!(?:flat|gate|room|seat|unit|form) )(?<!(?:bay|row) )(?<![\w.])"
                              r"\d{1,3}(?-i:[CF])\b", re.I),
    "money": re.compile(MONEY, re.I),
    "place": re.compile(PLACE),
    # A capitalised word after the first that is no day, month or "I": "led by Kevin Kim",
    # "organized by Pueblos Sin Fronteras"; not "the two sides are not considering ...".
    "capitalised": re.compile(rf"(?<=\S)\s+[\"“‘(]?(?!(?:{_MONTHS}|{FULL_WEEKDAYS}|I)\b)"
                              r"(?-i:[A-Z])\w"),
    # A person: a title before a name ("Vice Minister Jeong", "spokesperson Park Il"), or a
    # name before a role ("Kevin Kim, Deputy Chief of Mission") or a verb of saying.
    "name": re.compile(
        rf"\b(?:{ROLES})\.?\s+(?:[A-Z]\.\s+)?{NAME_WORD}|\bby\s+{NAME_WORD}\s+{NAME_WORD}"
        rf"|{NAME_WORD}\s+{NAME_WORD}(?:\s+{NAME_WORD})?(?:,\s+(?:the\s+|a\s+|an\s+)?"
        rf"(?:[a-z]+\s+)?(?i:{ROLES}|head|deputy|acting|former|vice|senior)"
        r"|\s+(?:said|says|told|added|noted))\b"
        # Or a bare pair of name words that no place or body ends or begins with ("to Ray
        # Mabus"; not "South Korea", "the White House", "at Greystone Wyke").
        rf"|(?<!\bthe\s){_NOT_AT_PLACE}(?<=\s)(?!{PLACE_FIRST}\b){NAME_WORD}\s+(?!{BODY_LAST}\b)"
        rf"{NAME_WORD}\b"),
    "origin": re.compile(rf"{PLACE}|{ORIGIN}"),
    # A place as a way or an end: "direct drivers to the Route 9 crossing", "via Calais".
    "direction": re.compile(rf"{PLACE}|\b(?:(?:direct|divert|detour|move|send|head|lead"
                            r"|redirect|route|travel|fl[yi]|return|drive|walk|go|relocat)\w*"
                            r"\s+(?:\w+\s+){0,3}?to|toward|towards|into|onto|via|across)"
                            r"\s+(?:the\s+)?(?-i:[A-Z])\w+"),
}
# A part of a thing: a weight, a length, an area or a volume, a share or a fraction ("9 metres
# of the spire", "2.3kg", "half of it", "40 per cent"); no sum of money, no day.
_HOLDS["portion"] = re.compile(
    "|".join(f"(?:{_HOLDS[kind].pattern})" for kind in ("weight", "length"))
    + rf"|(?<![\d.,])\b(?:\d[\d,.]*+|{ONE_TO_TWELVE})\s*(?:litres?|liters?|gallons?|acres?"
    r"|hectares?|square\s+(?:metres?|meters?|feet|miles|kilometres?))\b"
    r"|\d\s*(?:%|per\s?cent\b|percent\b)|(?<!\bfirst\s)(?<!\bsecond\s)\b(?:half(?![\s-]+(?:past"
    rf"|time|term|hour|an?\s+hour|way|dozen|year|century|marathon|price|timbered|brother|sister"
    rf"|hearted|a\s+(?:dozen|day|century|mile)|\d|(?:{ONE_TO_TWELVE})\b))|(?<!\ball\s)(?:a|one"
    r"|two|three|four|\d+)[\s-]+(?:thirds?|quarters?|fifths?)(?![\s-]+(?:past|to|of\s+an?\s+hour)"
    r"\b))\b",
    re.I)
# "How long will it be?": a thing's length or a span of time.
_HOLDS["extent"] = re.compile(f"(?:{_HOLDS['length'].pattern})|(?:{_HOLDS['duration'].pattern})",
                              re.I)
# The same facts, for a question about when something was said (`question_types.asks_for`).
_HOLDS.update({said: _HOLDS[kind] for kind, said in SAID_KINDS.items()})


# To decide whether the articles state the fact at all, a looser form will do: an age as a
# number standing alone ("from 26 to 70"; not "100m"), a sum of money as a number that is no
# year, age, span, count of people or goals, day or time ("30,000 a year"; not "the 2005
# Globe", "on 9 July": other8's "How much does the striker earn a week?"), a time as a day,
# a part of a thing as any number ("£4m of the £10m debt").
_STATED_AS = {"age": "lone number", "money": "sum", "clock": "day", "clock said": "day said",
              "name": "capitalised", "place": "direction", "duration": "number", "tally": "vote",
              "portion": "number", "extent": "number"}


def states(kind: str | None, sentence: str) -> bool:
    """Return True when the sentence states the kind of fact in some form (see `holds`).

    Args:
        kind: A kind from `question_types.asks_for`, or None.
        sentence: The candidate sentence.

    Returns:
        `holds` of the kind, or of the looser kind it may be written as (an age as a number).
    """
    loose = _STATED_AS.get(kind or "")
    return holds(kind, sentence) or (loose is not None and holds(loose, sentence))


# For "when" questions (not about saying), a story's dateline gives the day it was filed, not a
# fact of its first sentence: "Seoul, Dec 12 ...", "WASHINGTON, March 3 (Reuters) - ...".
_NOT_PLACES = (r"(?:On|By|Until|Till|Since|From|Before|After|In|At|Through|During|For|Starting"
               r"|Beginning|Ending|Also|Then|Now|And|But|Last|Late|Early|Next|This|Earlier"
               rf"|Later|{WEEKDAYS}|{MONTHS})\b")
_PLACE_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_DATELINE_RE = re.compile(
    rf"^(?!{_NOT_PLACES}){_PLACE_NAME}(?:,\s+{_PLACE_NAME})?,\s+(?:(?:{_MONTHS})\.?\s+\d{{1,2}}"
    rf"|\d{{1,2}}\s+(?:{_MONTHS})\.?)"
    r"(?:,\s+\d{4})?(?:\s*\([^()]{1,30}\))?\s*(?:[-–—:]+\s*)?(?=[A-Z\"“])")
# Nor does an attribution's day: "..., diplomatic sources said Friday" is when it was said.
_SAID_ON_RE = re.compile(rf",\s+(?:[\w.'’-]+\s+){{0,5}}(?:said|says|told\s+\w+|reported"
                         rf"|announced)\s+(?:on\s+)?(?:{FULL_WEEKDAYS}|today|yesterday)(?![\w'’])")


# A day of the month or a time of day is no sum: "on 9 July", "at 10:15" ("at 12.40" may be).
_DAY_OR_TIME_RE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b"
                             rf"|\b(?:{_MONTHS})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}:\d{{2}}\b"
                             r"|\b\d{1,2}\.\d{2}\s*[ap]\.?m\b", re.I)


def fact_spans(kind: str, sentence: str) -> list[tuple[int, int]]:
    """Return where the sentence holds the kind of fact (start and end offsets), if anywhere.

    Args:
        kind: A kind from `question_types.asks_for`.
        sentence: The candidate sentence.

    Returns:
        The offsets of each match of the kind's pattern; none for a kind without one.
    """
    pattern = _HOLDS.get(kind)
    return [found.span() for found in pattern.finditer(sentence)] if pattern else []


# The same corpus sentences are candidates for many questions: each is read once per kind.
@functools.lru_cache(maxsize=16384)
def holds(kind: str | None, sentence: str) -> bool:
    """Return True when the sentence holds the kind of fact asked for (or none is needed).

    Args:
        kind: A kind from `question_types.asks_for`, or None.
        sentence: The candidate sentence.

    Returns:
        True when the sentence holds a date, number, place... of that kind, or kind is None.
    """
    pattern = _HOLDS.get(kind) if kind else None
    if pattern is None:
        return True
    if kind in SAID_KINDS:
        sentence = _SAID_ON_RE.sub(",", _DATELINE_RE.sub("", sentence, count=1))
    elif kind in ("sum", "lone number"):
        sentence = _DAY_OR_TIME_RE.sub(" ", sentence)
    return bool(pattern.search(sentence))

