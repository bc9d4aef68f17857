"""Asked when something happened, a report that it was done comes before a plan for it.

"When were the new lock gates fitted?" under "the trust expects them to be fitted on 9
March": a sentence of the story saying they were ("swung the last gate into place on 2
March") answers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from retrieval.corpus import Corpus
from retrieval.fact_patterns import holds
from retrieval.revisions import published
from retrieval.tenses import speaks_ahead, speaks_behind
from retrieval.typed_first import Ranked, promote

# A later report of it done may word it otherwise, and be less close to the question than the
# plan: from this much less similar (on other37, 0.53 under the plan's window at 0.63); from
# any, "the gates were delayed by a supplier on 2 March" would come first too.
LATER_SLACK = 0.12


def done_first(corpus: Corpus, distinct: Ranked, kind: str) -> None:
    """Put a report that the thing asked was done before a best sentence planning it.

    Args:
        corpus: The snapshot the candidates come from.
        distinct: The distinct candidates with their scores, best first (reordered in place).
        kind: The kind of date asked for (a when-question's).

    Returns:
        Nothing; when the best speaks ahead, a sentence of its story holding the kind and
        saying what was done comes first: one of a later report than the plan's first,
        within LATER_SLACK of its similarity (what was done before the plan was made is not
        what was planned); else one about as close to the question as the plan.
    """
    if not speaks_ahead(distinct[0][0].passage.text):
        return
    planned = published(corpus, distinct[0][0]) or date.max
    later = {cand.passage.text for cand, _ in distinct
             if (published(corpus, cand) or date.min) > planned}

    def done(texts: set[str] | None) -> Callable[[str], bool]:
        """Whether a sentence says it was done (and is among the texts, when given)."""
        return lambda text: (holds(kind, text) and speaks_behind(text)
                             and (texts is None or text in texts))

    promote(corpus, distinct, done(later), slack=LATER_SLACK)
    if speaks_ahead(distinct[0][0].passage.text):
        promote(corpus, distinct, done(None))
