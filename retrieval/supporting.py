"""The quotes shown after the answer: the runner-up, then those close to the answer's fact."""

from __future__ import annotations

from collections.abc import Sequence

from retrieval.corpus import Corpus
from retrieval.passages import is_fragment
from retrieval.search import ScoredSentence

OTHER_SOURCE_RATIO = 0.85  # another outlet's best quote is shown if it scores this close
SUPPORT_SIMILARITY = 0.3  # weight of closeness to the answer sentence for supporting quotes
SUPPORT_MIN_RATIO = 0.4  # of the answer's score, for a supporting quote (0.3-0.6 the same)


def with_support(corpus: Corpus, distinct: Sequence[tuple[ScoredSentence, float]], *,
                 top_k: int) -> list[tuple[ScoredSentence, float]]:
    """Pick the answer and up to top_k - 1 supporting quotes from the ranked candidates.

    Args:
        corpus: The snapshot the candidates come from.
        distinct: Distinct candidates with their scores, the answer first.
        top_k: How many quotes to return at most.

    Returns:
        (candidate, score) pairs: the answer, the runner-up, then quotes close to the answer;
        headings only when too few sentences are left.
    """
    # The runner-up (the best sentence after the answer) stays second whatever it says: when
    # the answer sentence is wrong, it is the likeliest right one. Further quotes are
    # relevant to the question and close to the answer's sentence, so another outlet's report
    # of the same fact ranks above merely related sentences.
    # A heading names a topic and states nothing: it supports the answer only when too few
    # sentences close enough to be shown are left ("The mill in numbers" under the mill's
    # height is no quote), and then after them.
    floor = SUPPORT_MIN_RATIO * distinct[0][1]
    said: list[tuple[ScoredSentence, float]] = []
    headings: list[tuple[ScoredSentence, float]] = []
    below: list[tuple[ScoredSentence, float]] = []
    for pair in distinct[1:]:
        (headings if is_fragment(pair[0].passage.text) else said if pair[1] >= floor
         else below).append(pair)
    distinct = [distinct[0], *said, *(headings if len(said) < top_k - 1 else []), *below]
    picked = list(distinct[:2][:top_k])
    anchor = corpus.vectors[distinct[0][0].position]
    support = sorted(
        ((c, s, s + SUPPORT_SIMILARITY * float(corpus.vectors[c.position] @ anchor))
         for c, s in distinct[2:]),
        key=lambda triple: -triple[2],
    )
    picked += [(c, s) for c, s, _ in support[: max(0, top_k - 2)]]
    shown = {c.passage.article_id for c, _ in picked}
    # Another outlet's quote takes the last supporting place, never the runner-up's.
    if top_k > 2 and len(shown) == 1 and support:
        best = support[0][2]
        for cand, score, rank in support[max(0, top_k - 2):]:
            if (cand.passage.article_id not in shown and rank >= OTHER_SOURCE_RATIO * best
                    and (is_fragment(picked[-1][0].passage.text)
                         or not is_fragment(cand.passage.text))):
                picked[-1] = (cand, score)
                break
    # A quote scoring far below the answer bears on neither the question nor the answer (a
    # chess result under "How hot did it get in Athens?"): fewer quotes are better than that.
    return picked[:1] + [(c, sc) for c, sc in picked[1:] if sc >= floor]
