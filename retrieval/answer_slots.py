"""Where a sentence holds the very thing asked: the holder of a role, a count of a noun."""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.fact_patterns import BODY_LAST, NAME_WORD, ONE_TO_TWELVE

_HONORIFIC = r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Rev)\.?\s+)?"


def names_holder(sentence: str, role_stems: Sequence[str]) -> bool:
    """Return True when the sentence names the person holding a role.

    Args:
        sentence: The candidate sentence.
        role_stems: The role's stemmed words ("chief", "execut"), as the question names it.

    Returns:
        True for the role right before a name ("Corvane CEO Grady Mulvany", "Superintendent
        Dr. Yolanda Pruitt") or a name before it ("Kasia Brennan Holt, the union's chief
        negotiator"); a role alone ("a state judge ruled") names no one.
    """
    if not role_stems:
        return False
    role = r"\s+".join(rf"{re.escape(stem)}[\w'’]*" for stem in role_stems)
    return bool(re.search(
        rf"(?i:\b{role})\.?\s+{_HONORIFIC}{NAME_WORD}\s+(?!{BODY_LAST}\b){NAME_WORD}"
        rf"|{NAME_WORD}\s+{NAME_WORD},\s+(?:[\w'’-]+\s+){{0,4}}?(?i:{role})\b", sentence))


def counts(sentence: str, noun_stems: Sequence[str]) -> bool:
    """Return True when a number in the sentence counts one of the nouns.

    Args:
        sentence: The candidate sentence.
        noun_stems: The stemmed words of what a "how many" question counts (dock, worker).

    Returns:
        True for a number followed, within two words, by one of them ("About 2,300
        longshore workers"); a noun without a number before it counts nothing.
    """
    if not noun_stems:
        return False
    nouns = "|".join(rf"{re.escape(stem)}[\w'’]*" for stem in noun_stems)
    return bool(re.search(rf"(?<![\w.,])(?:\d[\d,.]*|{ONE_TO_TWELVE}|dozens|hundreds|thousands)"
                          rf"\s+(?:[\w'’-]+\s+){{0,2}}?(?:{nouns})\b", sentence, re.I))
