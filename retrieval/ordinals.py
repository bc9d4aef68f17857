"""Asked about the first (second, last...) of something, not a sentence about another one."""

from __future__ import annotations

import re

from retrieval.corpus import Corpus
from retrieval.lexical import LexicalIndex
from retrieval.search import ScoredSentence
from retrieval.typed_first import asked_topic, close_first

_ORDINALS = {"first": "first", "1st": "first", "second": "second", "2nd": "second",
             "third": "third", "3rd": "third", "fourth": "fourth", "4th": "fourth",
             "fifth": "fifth", "5th": "fifth", "last": "last", "final": "final"}
# "the first run", "her second ever attempt": an ordinal and the word it counts; not a time
# ("last year", "the first week": when, not which one).
_PAIR_RE = re.compile(rf"\b({'|'.join(_ORDINALS)})\s+(?:ever\s+)?(?!(?:year|week(?:end)?"
                      r"|month|night|day|time|half|quarter|season)s?\b)([a-z][\w'’-]*)", re.I)


def ordinal_pairs(lexical: LexicalIndex, text: str) -> frozenset[tuple[str, str]]:
    """Return the (ordinal, stemmed word) pairs of a text ("first run" -> ("first", "run")).

    Args:
        lexical: The index whose stemmer the terms use.
        text: A question or a candidate sentence.

    Returns:
        Each ordinal with the stem of the word after it, that word being no stop word.
    """
    pairs = set()
    for found in _PAIR_RE.finditer(text):
        stems = lexical.terms(found.group(2))
        if stems:
            pairs.add((_ORDINALS[found.group(1).lower()], stems[0]))
    return frozenset(pairs)


def counts_another(asked: frozenset[tuple[str, str]], pairs: frozenset[tuple[str, str]]) -> bool:
    """Return True when a sentence names another of what is asked and not the one asked.

    Args:
        asked: The question's pairs (`ordinal_pairs`).
        pairs: The sentence's pairs.

    Returns:
        True for "her second run" and no "first run" when asked about the first run.
    """
    words = {word for _, word in asked}
    return not asked & pairs and any(word in words for _, word in pairs)


def ordinal_first(corpus: Corpus, distinct: list[tuple[ScoredSentence, float]],
                  question: str) -> frozenset[tuple[str, str]]:
    """Put first a close sentence naming the one asked over a best naming only another.

    Args:
        corpus: The snapshot the candidates come from.
        distinct: The distinct candidates with their scores, best first (reordered in place).
        question: The question, spelling repaired.

    Returns:
        The question's pairs when the first sentence now names one of them (a newer report
        lacking it must not displace it); empty otherwise.
    """
    lexical = corpus.lexical
    asked = ordinal_pairs(lexical, question)
    if not asked:
        return asked
    # Of any story within CLOSE_MARGIN, holding a word asked: "made her first run at 9.05am"
    # 0.05 below "by the time she had done her second run".
    if counts_another(asked, ordinal_pairs(lexical, distinct[0][0].passage.text)) and (
            found := close_first(corpus, distinct, lambda text: bool(
                asked & ordinal_pairs(lexical, text)), asked_topic(lexical, question))):
        distinct.insert(0, distinct.pop(found))
    return asked if asked & ordinal_pairs(lexical, distinct[0][0].passage.text) else frozenset()
