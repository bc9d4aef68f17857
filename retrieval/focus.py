"""What a question is about: the noun of a which-phrase, the role of a "who is" question."""

from __future__ import annotations

import re

from retrieval.lexical import STOPWORDS
from retrieval.word_forms import IRREGULAR

_FOCUS_RE = re.compile(r"\b(?:which|what)\s+(?:(?:is|are|was|were)\s+)?(?:(?:the|a|an)\s+)?"
                       r"(\w+)(?:\s+(\w+))?(?:\s+(\w+))?", re.I)
_COUNTED_RE = re.compile(r"\bhow\s+many\s+(\w+)(?:\s+(\w+))?(?:\s+(\w+))?", re.I)


# Words that count the thing asked for and name none of it: "the two captains".
_QUANTIFIERS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                          "both", "several", "many", "some", "few", "other", "main"})


def counted_words(question: str) -> list[str]:
    """Return the noun phrase a "how many" question counts ("how many dock workers are ...").

    Args:
        question: The question as asked.

    Returns:
        Up to three lowercase words after "how many", up to the first stop word or verb; the
        last is the phrase's head (dock, workers); none for other questions.
    """
    return _phrase(_COUNTED_RE.search(question))


def focus_words(question: str) -> list[str]:
    """Return the noun phrase a which/what question asks for ("which agency" -> agency).

    Args:
        question: The question as asked.

    Returns:
        Up to three lowercase words after "which"/"what", up to the first stop word; the last
        is the phrase's head ("which US strategy document" -> us, strategy, document).
    """
    return _phrase(_FOCUS_RE.search(question))


def _phrase(match: re.Match[str] | None) -> list[str]:
    """Return the words of a matched question phrase up to a stop word or a verb."""
    if not match:
        return []
    found: list[str] = []
    for word in match.groups():
        # The phrase ends at a stop word or at the question's verb ("which agency reported",
        # "which minister met").
        low = (word or "").lower()
        if not found and (low in _QUANTIFIERS or low.isdigit()):
            continue
        if not low or low in STOPWORDS or (found and (low.endswith(("ed", "ing"))
                                                      or low in IRREGULAR)):
            break
        found.append(low)
    return found


# "Who is the US Secretary of State?", "Who is South Korea's foreign minister?": the role
# asked about, a short noun phrase (a clause such as "who is arranging the talks" is not).
_WHO_IS_RE = re.compile(r"^\W*who\s+(?:is|was|are|were)\s+(?P<article>(?:the|an?)\s+)?"
                        r"(?P<phrase>.+?)[\s?!.]*$", re.I)
_ROLE_WORDS = 4


def role_asked(question: str) -> str | None:
    """Return the role a "who is ..." question names ("foreign minister"), or None.

    Args:
        question: The question as asked.

    Returns:
        The head of the noun phrase after "who is": after the possessor's "'s" and before a
        preposition ("chairman" of "the chairman of the cooperative", which the articles may
        call "the cooperative's chairman"); None for other questions and for clauses ("who is
        leading the talks").
    """
    match = _WHO_IS_RE.match(question)
    if not match:
        return None
    # Without an article, a first word in -ing or -ed is a verb ("who is leading the
    # dockworkers' union"); after one it is a noun ("who is the king").
    # A capitalised first word is a name ("Boeing Commercial Airplanes' chief executive").
    first = match.group("phrase").split()[0]
    if not match.group("article") and first.islower() and first.endswith(("ing", "ed")):
        return None
    phrase = re.split(r"['’]s\b|(?<=s)['’](?=\s)", match.group("phrase"))[-1]
    phrase = re.split(r"\b(?:of|for|at|in|on|from|with|to)\b", phrase, maxsplit=1)[0].strip()
    words = phrase.split()
    while words and (words[0].lower() in _QUANTIFIERS or words[0].isdigit()):
        words = words[1:]  # "the two captains": the role is "captains"
    phrase = " ".join(words)
    if not words or len(words) > _ROLE_WORDS:
        return None
    return phrase
