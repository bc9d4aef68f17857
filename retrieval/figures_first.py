"""Figures asked for: which of a question's close candidates states the very figure asked.

Asked what time, "at about 2.15pm" answers where "on Tuesday afternoon" only dates the day;
asked one item's price, "priced at £45 each" answers where a story's total does not; and
another story's sentence close in score may answer if it holds the figure itself.
"""

from __future__ import annotations

import re

from retrieval.answer_slots import Asked
from retrieval.corpus import Corpus
from retrieval.counted import counts
from retrieval.fact_patterns import fact_spans
from retrieval.fact_words import CLOCK_FIGURES, PARTS_OF_DAY
from retrieval.item_prices import asks_unit_price, states_unit_price
from retrieval.typed_first import Ranked, asked_topic, promote

_CLOCK_FIGURES_RE = re.compile(CLOCK_FIGURES, re.I)
# Asked what time, only these say a part of the day ("noon", "midnight" are a clock's time).
_PART_OF_DAY_RE = re.compile(rf"\b(?:{PARTS_OF_DAY})\b", re.I)
_CLOCK_WORDS_RE = re.compile(r"\b(?:noon|midnight|o'clock)\b", re.I)


def holds_figure(asked: Asked, text: str) -> bool:
    """Return True when a sentence holds the kind asked in figures, counting what is counted.

    Args:
        asked: What the question asks for.
        text: The candidate sentence.

    Returns:
        True for a fact of the kind with a digit inside it ("on 10 November"), counting what
        a how-many question counts; not a time, count or sum in words ("starting next year"),
        nor one with a digit beside it ("3 talks starting next year"), nor "83.9 percent
        full" for "how many planes?".
    """
    return (any(any(ch.isdigit() for ch in text[start:end])
                for start, end in fact_spans(asked.kind or "", text))
            and asked.holds_asked(text)
            and (not asked.counted_stems or counts(text, asked.counted_stems)))


def clock_first(corpus: Corpus, distinct: Ranked, asked: Asked) -> None:
    """Asked what time, put a clock's time in figures before a best with a part of the day.

    Args:
        corpus: The snapshot the candidates come from.
        distinct: The distinct candidates with their scores, best first (reordered in place).
        asked: What the question asks for.
    """
    # "on Tuesday afternoon" gives way to "at about 2.15pm on Tuesday" of the same story, as
    # close as a typed one; "at noon" and "at midnight" are a clock's time in words.
    best = distinct[0][0].passage.text
    if (asked.kind == "clock" and _PART_OF_DAY_RE.search(best)
            and not _CLOCK_FIGURES_RE.search(best) and not _CLOCK_WORDS_RE.search(best)):
        promote(corpus, distinct, lambda text: bool(_CLOCK_FIGURES_RE.search(text)))


def unit_price_first(corpus: Corpus, distinct: Ranked, question: str, asked: Asked) -> None:
    """Asked one item's price, put a price apiece naming a word asked before a total.

    Args:
        corpus: The snapshot the candidates come from.
        distinct: The distinct candidates with their scores, best first (reordered in place).
        question: The question, spelling repaired.
        asked: What the question asks for.
    """
    # Of any story as close as a typed one, newer or not: a jeweller's "priced at £45 each
    # ... every pendant" under a camera club's later "The bill ... has come to £82,000, ...
    # the sale of jet pendants" for "how much does the jet pendant cost?". Naming the thing
    # priced, it need not be as close in meaning ("at £2 a bag" under a total raised).
    if (asked.kind != "money" or not asks_unit_price(question)
            or states_unit_price(distinct[0][0].passage.text)):
        return
    lexical = corpus.lexical
    asked_terms = asked_topic(lexical, question)
    promote(corpus, distinct, lambda text: states_unit_price(text)
            and bool(asked_terms & set(lexical.terms(text))), any_story=True,
            slack=None)
