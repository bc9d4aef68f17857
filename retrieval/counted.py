"""What a how-many question counts, and the numbers of a sentence that count it.

A number counting what the question itself quantifies ("each side" - "the two sides") or a
span of time ("in fifteen years of judging") counts nothing the question asks for; people
are counted by what they are ("640 visitors" for "how many people came").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from retrieval.fact_patterns import fact_spans
from retrieval.fact_words import ONE_TO_TWELVE, TENS
from retrieval.focus import noun_phrase
from retrieval.lexical import LexicalIndex

_HOW_MANY_RE = re.compile(r"\bhow\s+many\s+(\w+)(?:\s+(\w+))?(?:\s+(\w+))?", re.I)


def counted_words(question: str) -> list[str]:
    """Return the noun phrase a "how many" question counts ("how many dock workers are ...").

    Args:
        question: The question as asked.

    Returns:
        Up to three lowercase words after "how many", up to the first stop word or verb; the
        last is the phrase's head (dock, workers); none for other questions.
    """
    return noun_phrase(_HOW_MANY_RE.search(question))


_PEOPLE = frozenset({"people", "persons", "ppl", "folk", "folks"})
# What counted people are called: "640 visitors", "14 passengers", "400 staff", "24,612
# participants" answer "how many people ...". Whole words, not stems: "villages", "local
# councils" and "member states" count no villagers, locals or members.
_PERSONS = ("residents", "visitors", "volunteers", "passengers", "patients", "workers", "staff",
            "employees", "members", "participants", "adults", "children", "pupils", "students",
            "spectators", "fans", "guests", "runners", "riders", "miners", "crew", "tourists",
            "customers", "villagers", "attendees", "players", "competitors", "entrants",
            "survivors", "victims", "casualties", "evacuees", "protesters", "walkers", "swimmers",
            "families", "households", "signatures", "signatories")
_GROUPS = frozenset({"families", "households", "signatures", "signatories", "crew"})

# A question's verbs in -ed or -ing, whose doers may be counted.
_DEED_RE = re.compile(r"\b[a-z]{3,}(?:ed|ing)\b", re.I)


def counted_stems(lexical: LexicalIndex, question: str) -> tuple[str, ...]:
    """Return the stems of what a "how many" question counts, people by what they are.

    Args:
        lexical: The index whose stemmer the sentences' terms use.
        question: The question, spelling repaired.

    Returns:
        The stems of `counted_words` (what `counts` looks for); for people, also the whole
        words naming people counted ("visitors", "passengers", "staff") and the doers of the
        question's verbs ("knitters" of "knitting"); none for other questions.
    """
    words = counted_words(question)
    stems = tuple(lexical.stem(word) for word in words)
    # People by what they are are people too: "some 300 people" for "how many fans came".
    if words and words[-1] in _PERSONS and words[-1] not in _GROUPS:
        return (*stems, *_PEOPLE)
    if not words or words[-1] not in _PEOPLE:
        return stems
    # And by what they did: "how many people knitted / voted" - "1,186 knitters", "voters".
    done = {lexical.stem(word) for word in _DEED_RE.findall(question)}
    agents = {agent for stem in done if len(stem) > 2
              for agent in (f"{stem}ers", f"{stem}{stem[-1]}ers", f"{stem}rs")}
    return (*stems, *_PERSONS, *sorted(agents))


def counts(sentence: str, noun_stems: Sequence[str]) -> bool:
    """Return True when a number in the sentence counts one of the nouns.

    Args:
        sentence: The candidate sentence.
        noun_stems: The stemmed words of what a "how many" question counts (dock, worker).

    Returns:
        True for a number followed, within two words, by one of them ("About 2,300
        longshore workers"); a noun without a number before it counts nothing.
    """
    return bool(noun_stems) and _count_pattern(tuple(noun_stems)).search(sentence) is not None


def count_matches(sentence: str, noun_stems: Sequence[str]) -> list[re.Match[str]]:
    """Return the sentence's numbers counting one of the nouns, each with its noun.

    Args:
        sentence: The candidate sentence.
        noun_stems: The stemmed words of what a "how many" question counts.

    Returns:
        One match per count ("about 40 dock workers"); none without nouns.
    """
    return list(_count_pattern(tuple(noun_stems)).finditer(sentence)) if noun_stems else []


@functools.lru_cache(maxsize=256)
def _count_pattern(noun_stems: tuple[str, ...]) -> re.Pattern[str]:
    """Return the pattern of a number counting one of the nouns (built once per question)."""
    nouns = "|".join(rf"{re.escape(stem)}[\w'’]*" for stem in noun_stems)
    # Not a year ("In 2018 dock workers walked out"), a share ("40 percent of dock workers")
    # nor money ("$40 million to dock workers").
    # A number joined to the noun counts it too: "the 1,100-seat theater", "a 12-member panel".
    return re.compile(rf"(?<![\w.,$£€¥])(?!(?:19|20)\d\d\b)(?:\d[\d,.]*|{ONE_TO_TWELVE}|\w+teen"
                      rf"|{TENS}|a\s+dozen|dozens|hundreds|thousands)"
                      r"(?!\s*(?:%|percent|per cent)\b)"
                      rf"(?:\s+(?:[\w'’-]+\s+){{0,2}}?|-)(?:{nouns})\b", re.I)


def counting_text(lexical: LexicalIndex, sentence: str, question: str) -> str:
    """Return the sentence without the numbers that count nothing a how-many question asks.

    Args:
        lexical: The index whose stemmer the question's terms use.
        sentence: The candidate sentence.
        question: The how-many question.

    Returns:
        The sentence with spans of time dropped (unless time is counted) and numbers of what
        the question itself quantifies reduced to their nouns.
    """
    return _without_asked_counts(lexical, _without_spans(sentence, question), question)


_NUMBERS = r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|both"
# A number and the word after it: "two sides", "60 signatures" (not inside a longer number).
_COUNTED_RE = re.compile(rf"(?<![\d.,])\b(?:{_NUMBERS})\s+([A-Za-z][\w-]{{0,40}})",
                         re.IGNORECASE)
# A thing the question itself quantifies: "each side", "both sides", "the two sides".
_QUANTIFIED_RE = re.compile(rf"\b(?:each|every|either|per|both|the\s+(?:{_NUMBERS}))\s+"
                            r"([A-Za-z][\w-]{0,40})", re.IGNORECASE)


# A span of time counts no judges: "in fifteen years of judging" does not answer "how many
# judges were on the panel?" (unless years, days... are what is counted).
_TIME_UNITS = ("year", "month", "week", "day", "night", "hour", "minute", "second", "decade",
               "season")
# Not "five times" (a count of occurrences), "second-half goals", "day-care centres".
_SPAN_RE = re.compile(rf"(?<![\d.,])\b(?:{_NUMBERS}|\w+teen|(?:twenty|thirty|forty|fifty|sixty)"
                      rf"(?:-\w+)?)[\s-]+(?:{'|'.join(_TIME_UNITS)})s?(?![\w-])", re.IGNORECASE)


def _without_spans(sentence: str, question: str) -> str:
    """Return the sentence without spans of time, when a how-many question counts no time."""
    counted = counted_words(question)
    # "How many days ...", "how many day trips", "how many times": time is counted.
    if not counted or any(word.rstrip("s") in (*_TIME_UNITS, "time") for word in counted):
        return sentence
    return _SPAN_RE.sub(" ", sentence)


def _without_asked_counts(lexical: LexicalIndex, sentence: str, question: str) -> str:
    """Return the sentence without numbers counting what the question itself quantifies.

    "How many officials will each side send?" is not answered by "the two sides are not
    considering ...": "two sides" is the question's own "each side", not a count it asks for.
    """
    quantified = {t for m in _QUANTIFIED_RE.finditer(question) for t in lexical.terms(m.group(1))}
    if not quantified:
        return sentence
    return _COUNTED_RE.sub(
        lambda m: m.group(1) if set(lexical.terms(m.group(1))) & quantified else m.group(0),
        sentence)


# A day's number counts nothing when no noun follows it: "on 14 November", "November 14, the"
# (not "By November 43 containers", "In June 25 homes were flooded").
_COUNTED_AFTER_RE = re.compile(r"\s+(?!(?:and|or|at|in|on|to|when|after|before|the|from|until|by)"
                               r"\b)[a-z]")


def day_numbers(sentence: str) -> list[tuple[int, int]]:
    """Return the spans of the numbers that are days of a month in the sentence."""
    return [(start + number.start(), start + number.end())
            for start, end in fact_spans("day", sentence)
            for number in re.finditer(r"\d+", sentence[start:end])
            if int(number.group()) <= 31
            and not _COUNTED_AFTER_RE.match(sentence, start + number.end())]
