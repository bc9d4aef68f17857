"""Asked for a figure aimed at, the sentence stating it as a target: "a target of £500,000"."""

from __future__ import annotations

import re

from retrieval.fact_patterns import fact_spans

# "How much is the appeal trying to raise?", "how many are they hoping to recruit?", "what is
# the target?": a figure aimed at, not one reached so far.
_ASKS_AIM_RE = re.compile(
    r"\b(?:trying|hoping|aiming|seeking|looking|hopes?|aims?|seeks?|wants?|set\s+out)\s+to\s+"
    r"(?:raise|collect|get|reach|find|recruit|sign\s+up|sell|plant|hit|attract|gather|enrol)\b"
    r"|\b(?:target|goal)\b", re.I)
# The words before a figure that make it an aim ("launched an appeal to raise £50,000",
# "increased its target to €425,000", "hoping to get 60 signatures"), not a sum reached
# ("raised £1,215 ... which passed £310,000").
_AIM_WORDS_RE = re.compile(
    r"\b(?:targets?|goals?|aim(?:s|ing|ed)?|hop(?:e|es|ed|ing)|trying|tries|seek(?:s|ing)?"
    r"|to\s+(?:raise|collect|reach|recruit|sell|attract|gather))\b", re.I)
_BEFORE_WORDS = 6  # the words before a figure that say it is aimed at
AIM_KINDS = frozenset({"money", "number"})


def asks_aim(question: str) -> bool:
    """Return True when the question asks for a figure aimed at (a target), not one reached."""
    return bool(_ASKS_AIM_RE.search(question))


def states_aim(kind: str, sentence: str) -> bool:
    """Return True when one of the sentence's figures of the kind is stated as an aim.

    Args:
        kind: "money" or "number".
        sentence: The candidate sentence.

    Returns:
        True when, within its clause, one of the six words before a figure says it is aimed
        at ("a target of £500,000", "an appeal to raise £50,000").
    """
    previous = 0
    for start, end in fact_spans(kind, sentence):
        clause = re.split(r"[,;:]", sentence[previous:start])[-1]
        if _AIM_WORDS_RE.search(" ".join(clause.split()[-_BEFORE_WORDS:])):
            return True
        previous = end
    return False
