"""Which sum is asked: a figure aimed at ("a target of £80,000"), or a cost, not money raised."""

from __future__ import annotations

import re

from retrieval.fact_words import MONEY_AMOUNT
from retrieval.figure_words import words_before

# "How much is the appeal trying to raise?", "how many are they hoping to recruit?", "what is
# its fundraising target?": a figure aimed at, not one reached so far (nor "the target of the
# fraud", who was aimed at).
_ASKS_AIM_RE = re.compile(
    r"\b(?:trying|hoping|aiming|seeking|looking|hopes?|aims?|seeks?|wants?|set\s+out)\s+to\s+"
    r"(?:raise|collect|get|reach|find|recruit|sign\s+up|sell|plant|hit|attract|gather|enrol)\b"
    r"|\b(?:hoping|aiming|hope|aim)\s+for\b"
    r"|\b(?:target|goal)\b(?!\s+of\s+(?:the|a|an|his|her|their|its)\s+(?:fraud|scam|attacks?"
    r"|abuse|criticism|raids?|theft|hack(?:ers)?|investigation|inquiry|complaints?|ridicule"
    r"|protests?)\b)", re.I)
# The words before a figure that make it an aim ("launched an appeal to raise £9,000", "put
# its target up to €60,000", "hoping to get 40 names"), not a sum reached ("raised £950 for
# the appeal, which passed £40,000"); "a target of" once the words after it are read.
_AIM_BEFORE_RE = re.compile(
    r"\b(?:target|goal|aim(?:s|ing|ed)?|hop(?:e|es|ed|ing)|trying|tries|seek(?:s|ing)?"
    r"|(?:appeal|bid|campaign|drive|effort|offer)\s+to\s+(?:raise|collect|recruit|sell"
    r"|attract|gather)|to\s+(?:raise|collect))\b", re.I)
# ... or the words right after it: "a £9,000 target", "their 40-name goal" (not "£1,500 over
# target", "a 2-goal lead", "12 target areas").
_AIM_AFTER_RE = re.compile(r"^[\d,.]*(?:\s*(?:million|billion|thousand|m|bn|k)\b)?[\s-]*"
                           r"(?:(?!(?:over|above|towards?|beyond|short|below|under|of|for|to|on"
                           r"|in|from|by|at)\b)\w+[\s-]+)?(?:target|goal)\b(?![\s-]+(?:areas?"
                           r"|audiences?|groups?|markets?|dates?|lists?|lead|margin|advantage"
                           r"|deficit|difference)\b)", re.I)
_BEFORE_WORDS = 6  # the words before a figure that say it is aimed at
AIM_KINDS = frozenset({"money", "number"})


def asks_aim(question: str) -> bool:
    """Return True when the question asks for a figure aimed at (a target), not one reached.

    Args:
        question: The question, spelling repaired.

    Returns:
        True for "how much are they trying to raise?", "what is the appeal's target?".
    """
    return bool(_ASKS_AIM_RE.search(question))


def states_aim(kind: str, sentence: str) -> bool:
    """Return True when one of the sentence's figures of the kind is stated as an aim.

    Args:
        kind: "money" or "number".
        sentence: The candidate sentence.

    Returns:
        True when, within its clause, one of the six words before a figure says it is aimed
        at ("a target of £9,000", "an appeal to raise £9,000"), or a word right after it
        does ("a £9,000 target").
    """
    return any(_AIM_BEFORE_RE.search(" ".join(words)) or _AIM_AFTER_RE.match(sentence[end:end + 30])
               for words, (_, end) in words_before(kind, sentence, count=_BEFORE_WORDS))


# "What did the repair cost?", "how much was the bill?": a cost, not money raised for it (not
# "how much did the raffle raise?", "what did the appeal collect?", "what price did the quilt
# fetch?").
_ASKS_COST_RE = re.compile(r"\b(?:cost|costs|costing|bill|spend|spent|pay|paid|price)\b", re.I)
_RAISED = (r"\b(?:rais|collect|donat|pledg|fundrais|sponsor|fetch|sold|sell|earn|brought\s+in"
           r"|bring\s+in|made|make)\w*")
_ASKS_RAISED_RE = re.compile(_RAISED, re.I)
# The words before a sum saying what it is: "the repair bill was £640", "will cost £900";
# "2,000 tickets were sold, raising £3,500", "donated £50" (a total that "came to" either).
_COST_BEFORE_RE = re.compile(r"\b(?:cost|costs|costing|bills?|prices?|priced|paid|pay|pays"
                             r"|paying|spent|spend|spending|charged?)\b", re.I)
_RAISED_BEFORE_RE = re.compile(_RAISED, re.I)
# A sum put towards a thing is what has been found for it so far: "the scouts have £420
# towards a boat" (not its cost; nor in a sentence stating the cost too).
_TOWARDS_RE = re.compile(rf"(?:{MONEY_AMOUNT})\s+(?:\w+\s+)?(?:so\s+far\s+)?towards?\b", re.I)


def asks_cost(question: str) -> bool:
    """Return True when the question asks what something cost, not what was raised.

    Args:
        question: The question, spelling repaired.

    Returns:
        True for "what did it cost to fix?", "how much was the bill?"; not for "how much
        did the raffle raise?" nor "what price did the quilt fetch?".
    """
    return bool(_ASKS_COST_RE.search(question)) and not _ASKS_RAISED_RE.search(question)


def states_cost(sentence: str) -> bool:
    """Return True when a word before one of the sentence's sums says it is a cost.

    Args:
        sentence: The candidate sentence.

    Returns:
        True when, within its clause, one of the six words before a sum is a cost's ("the
        repair bill was £640", "will cost £900").
    """
    return _said_before(_COST_BEFORE_RE, sentence)


def states_raised(sentence: str) -> bool:
    """Return True when a word before one of the sentence's sums says it was raised or given.

    Args:
        sentence: The candidate sentence.

    Returns:
        True when, within its clause, one of the six words before a sum says so ("sold,
        raising £3,500", "donated £50", "brought in £700"), or the sum is put towards a thing.
    """
    return _said_before(_RAISED_BEFORE_RE, sentence) or (
        _TOWARDS_RE.search(sentence) is not None and not states_cost(sentence))


def _said_before(words_re: re.Pattern[str], sentence: str) -> bool:
    """Return True when, within its clause, the words before one of the sums match."""
    return any(words_re.search(" ".join(words))
               for words, _ in words_before("money", sentence, count=_BEFORE_WORDS))
