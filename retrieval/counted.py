"""The numbers of a sentence that can answer a how-many question.

A number counting what the question itself quantifies ("each side" - "the two sides") or a
span of time ("in fifteen years of judging") counts nothing the question asks for.
"""

from __future__ import annotations

import re

from retrieval.focus import counted_words
from retrieval.lexical import LexicalIndex


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
