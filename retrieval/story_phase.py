"""Which phase of a story a question asks about: how things turned out, or the first figure.

"How much rock actually came down?", "what's the corrected turnout?" ask for the latest
report; "what was the budget originally?" for the first one. `revisions` and `answering`
order reports of a revised value by it.
"""

from __future__ import annotations

import re

from retrieval.decline import topical_terms
from retrieval.lexical import LexicalIndex


def question_topic(lexical: LexicalIndex, question: str) -> set[str]:
    """Return a question's topical words, less those asking how things turned out.

    Args:
        lexical: The index whose stemmer the terms use.
        question: The question, spelling repaired.

    Returns:
        The stemmed terms `decline.topical_terms` gives, "ended up" and "final count" left
        out: they ask how it turned out, not about what.
    """
    return topical_terms(lexical, _LATER_RE.sub(" ", question))


# Asked how things turned out ("what price did they end up paying?", "how much actually came
# down?", "the corrected turnout", "how many days altogether?"); not "how many are actually
# expected": what is to come, nor "before it was corrected".
_LATER_RE = re.compile(r"\b(end(ed|s)? up|ultimately|in the end|eventually|after all"
                       r"|altogether|in total|all told"
                       r"|(?<=the )(?:corrected|revised)|now|so far|latest|currently|finally"
                       r"|final (?:count|toll|figure|total|cost|bill|tally|number)"
                       r"|actually(?!\s+(?:\w+\s+)?(?:expected|planned|due|going|forecast|likely"
                       r"|scheduled|set|projected|supposed|anticipated|estimated|predicted)\b))\b",
                       re.I)
# ... unless it asks for the earlier figure: "What was the first death toll, before the latest?"
_EARLIER_RE = re.compile(r"\b(at first|initially|originally|original|earlier|first (say|said"
                         r"|report|reported|announce|announced|give|given|estimate|estimated|put)"
                         r"|before the)\b", re.I)
# The figure first given, not any earlier thing ("before the road closed").
_FIRST_FIGURE_RE = re.compile(r"\b(at first|initially|originally|first (said|reported|estimated"
                              r"|announced|given|put)|(earlier|original|initial) (figure|estimate"
                              r"|count|total|forecast|budget|cost|price|toll|number))\b", re.I)


# What is to be done now asks for a plan, not how things turned out: "what are they going to
# do with the boat now?", "now what will happen to the pier?", "what happens now?".
_NEXT_STEP_RE = re.compile(r"\bwhat\b[^?]*\b(?:(?:going\s+to|gonna|will|['’]ll|plan(?:s|ning)?"
                           r"\s+to)\s+(?:\w+\s+){0,2}?(?:do|happen|become|use)|happens)\b", re.I)


def asks_later(question: str) -> bool:
    """Return True for a question asking how things turned out ("how much actually came down?")."""
    later = [found.group().lower() for found in _LATER_RE.finditer(question)]
    return bool(later) and not (set(later) == {"now"} and _NEXT_STEP_RE.search(question))


def asks_earlier(question: str) -> bool:
    """Return True for a question asking for something earlier ("first", "before the")."""
    return _EARLIER_RE.search(question) is not None


def asks_first_figure(question: str) -> bool:
    """Return True for a question asking for the figure first given ("the budget originally")."""
    return _FIRST_FIGURE_RE.search(question) is not None


# Asked how it ended ("how much did it cost in the end?"), a sentence saying it is the end's
# figure ("the final cost ... came to £3.1 million") answers before an early estimate.
_ENDED_RE = re.compile(r"\b(end(ed|s)? up|ultimately|in the end|eventually|finally|after all"
                       r"|final (?:cost|bill|price|total|figure|count|tally|toll|number))\b", re.I)
_OUTCOME_RE = re.compile(r"\b(final|finally|ended up|in the end|eventually|ultimately|came to"
                         r"|come to)\b", re.I)


def asks_how_it_ended(question: str) -> bool:
    """Return True for a question asking for the end's figure ("cost in the end", "final")."""
    return _ENDED_RE.search(question) is not None and not asks_earlier(question)


def reports_outcome(sentence: str) -> bool:
    """Return True for a sentence giving the end's figure ("the final cost came to")."""
    return _OUTCOME_RE.search(sentence) is not None
