"""A plan's date put back: the sentence saying so comes before the one giving the old date."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from retrieval.corpus import Corpus
from retrieval.fact_patterns import holds
from retrieval.fact_words import MONTHS
from retrieval.grounding import grounded_in
from retrieval.revisions import REVISED_MARGIN, published
from retrieval.search import ScoredSentence
from retrieval.typed_first import same_story

# A plan's date put back: "the job has been put back to March 2027", "postponed until May",
# "moved back to 14 March" (not "moved back to Cork", "delayed for two hours"); the plan it
# replaces: "we were due to start rethatching ... on 2 November" (not "was due to heavy rain").
_PUT_BACK_RE = re.compile(rf"\b(?:put|pushed)\s+back\s+(?:to|until|till)\b|\bmoved\s+back\s+(?:to"
                          rf"|until)\s+(?=\d|(?:{MONTHS})\b)|\b(?:postponed|delayed|deferred"
                          r"|rescheduled)\s+(?:until|till|to)\b", re.I)
_WAS_DUE_RE = re.compile(r"\b(?:was|were|had\s+been)\s+(?:due|supposed|scheduled|planned|meant"
                         r"|set)\s+to\s+(?:be|start|open|reopen|begin|finish|close|end|take\s+place"
                         r"|complete|arrive|leave|depart|launch|resume|return|run|hold|marry|fly"
                         r"|sail|meet|play|perform|visit|move|go|come|jump|fire|race)\b", re.I)
_DATED_PLANS = frozenset({"time", "day", "year", "clock"})


def put_back(corpus: Corpus, kind: str | None,
             ranked: Sequence[tuple[ScoredSentence, float]], *,
             topic: set[str] | frozenset[str] = frozenset()) -> int:
    """Return where a sentence putting back the first's planned date stands, if close.

    Args:
        corpus: The snapshot the candidates come from.
        kind: The kind of fact asked for (`question_types.asks_for`), or None.
        ranked: (candidate, score) pairs, best first.
        topic: The question's topical words (`story_phase.question_topic`); none, no check.

    Returns:
        The index of the first candidate within REVISED_MARGIN of a first saying what was
        due ("we were due to start on 2 November"), of its article or of its story in a
        later one (an undated first, its article only), holding a date and a topical word
        and saying it was put back ("put back to March 2027"); 0 when there is none.
    """
    first, first_score = ranked[0]
    if (kind not in _DATED_PLANS or not _WAS_DUE_RE.search(first.passage.text)
            or _PUT_BACK_RE.search(first.passage.text)):
        return 0
    first_date = published(corpus, first)
    return next((i for i, (cand, score) in enumerate(ranked[1:], start=1)
                 if score >= first_score - REVISED_MARGIN
                 and _PUT_BACK_RE.search(cand.passage.text) and holds(kind, cand.passage.text)
                 and grounded_in(corpus, topic, cand)
                 and (cand.passage.article_id == first.passage.article_id
                      or (first_date is not None and same_story(corpus, cand, first)
                          and (published(corpus, cand) or date.min) > first_date))), 0)
