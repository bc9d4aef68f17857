"""Which thing's name a question asks: "what is the name of the pony", "what's the horse called"."""

from __future__ import annotations

import re

from retrieval.lexical import STOPWORDS
from retrieval.word_forms import PAST_FORMS

# "What is the name of the pony that got hurt?", "whats the big grey horse called?", "what's
# the rowing boat that went round Britain called?": a name of the thing, right after it ("our
# pony Sorrel"), ending in it, or set beside it ("Marmalade, our old pony") answers.
_NAME_OF_RE = re.compile(r"\bname\s+of\s+(?:the|a|an|his|her|their|its|this|that)\s+"
                         r"(?P<first>(?-i:[a-z]{3,}))(?:['’]s\s+(?:(?-i:[a-z]{3,})\s+)??"
                         r"(?P<owned>(?-i:[a-z]{3,}))(?!\s+(?-i:[a-z]{3,})\b)"
                         r"|\s+(?P<second>(?-i:[a-z]{3,})))?\b(?!\s+(?:of|and)\b)(?P<after>\s+\w+)?"
                         r"|\bwhat(?:['’]?s|\s+is|\s+was)\s+the\s+"
                         r"(?:(?!(?:that|which|who)\b)(?-i:[a-z]{3,})\s+){0,2}"
                         r"(?!(?:that|which|who)\b)(?P<called>(?-i:[a-z]{3,}))"
                         r"(?:\s+(?:that|which|who)\s+[^?]{1,60}?)?"
                         r"\s+called\b",
                         re.I)
# A participle with words after it: "the pony hurt in the crash", "the man seen by police"
# (not an adjective's noun: "the new ferry on the Clyde").
_PREPOSITION_RE = re.compile(r"\s+(?:in|on|at|by|from|with|during|after|near|for)\b", re.I)
_UNCHANGED_PASTS = frozenset({"hurt", "cut", "set", "cast"})  # "hit", "shut": PAST_FORMS


def name_asked_of(question: str) -> str | None:
    """Return the thing whose name a question asks, if it asks one.

    Args:
        question: The question as asked.

    Returns:
        The phrase's head, lowercase: "pony" of "the name of the pony that got hurt" or of
        "the pony hurt in the crash", "ferry" of "the new ferry", "founder" of "the club's
        founder", "horse" of "what's the horse called"; None for other questions.
    """
    found = _NAME_OF_RE.search(question)
    if not found:
        return None
    if found["owned"]:  # "the club's founder": the founder is named
        return found["owned"].lower()
    last = (found["second"] or "").lower()
    # A past form or "-ed" is never the head; one unchanged from its verb ("hurt") is not
    # when a preposition follows it.
    participle = last in _UNCHANGED_PASTS and bool(
        found.group("after") and _PREPOSITION_RE.fullmatch(found.group("after")))
    if (last and last not in STOPWORDS and not last.endswith(("ed", "ing"))
            and last not in PAST_FORMS and not participle):
        return last
    return (found["first"] or found["called"]).lower()
