"""Which sentence measures the thing asked about: "a full barrel weighs around 250kg"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.figure_words import words_before
from retrieval.lexical import LexicalIndex
from retrieval.search import ScoredSentence

# Within this of the best, a sentence measuring more of the thing asked comes first: "how
# heavy is a full whiskey barrel?" - "a full barrel weighs around 250kg" (0.095 below) over
# "a full butt weighs the best part of 600kg".
MEASURED_MARGIN = 0.1
_BEFORE_WORDS = 6  # the words before a measure that name what it measures
# The word asking for a measure and the nouns naming it before one: "how far is it to the
# island?" - "a distance of about 20 kilometres" over "they were about four miles out".
_NAMED_BY = {"far": frozenset({"distance"}), "tall": frozenset({"height", "tall"}),
             "high": frozenset({"height", "high"}), "deep": frozenset({"depth", "deep"}),
             "wide": frozenset({"width", "wide"}), "long": frozenset({"length", "long"}),
             "heavy": frozenset({"weight", "weighs", "weighing"}),
             "fast": frozenset({"speed"})}
_ASKING_RE = re.compile(rf"\bhow\s+({'|'.join(_NAMED_BY)})\b", re.I)
# A measure opening its clause names what it measures after it: "At about 12 tonnes, the
# whale ..."; these words before it say nothing of what it measures.
_OPENERS = frozenset({"at", "about", "around", "just", "over", "under", "nearly", "almost",
                      "roughly", "some", "an", "estimated", "approximately", "more", "less",
                      "than", "up", "to", "of", "a", "with"})


def measure_names(lexical: LexicalIndex, question: str) -> frozenset[str]:
    """Return the terms that name the measure a question asks for.

    Args:
        lexical: The index whose stemmer the terms use.
        question: The question, spelling repaired.

    Returns:
        The stems of the nouns naming it ("distance" for "how far"); none for other questions.
    """
    asking = _ASKING_RE.search(question)
    return lexical.stem_set(_NAMED_BY[asking.group(1).lower()]) if asking else frozenset()


def measured_counts(lexical: LexicalIndex, kind: str, asked: frozenset[str],
                    sentence: str) -> list[int]:
    """Return, for each of the sentence's measures, how many asked terms stand before it.

    Args:
        lexical: The index whose stemmer the terms use.
        kind: A measure's kind ("weight", "length"...).
        asked: The question's topical terms (the words asking for a measure left out, the
            nouns naming it in: `measure_names`).
        sentence: The candidate sentence.

    Returns:
        For each measure, the number of asked terms among the six words before it, within
        its clause (not past a comma, a semicolon, a colon or the measure before it), units
        left out ("a full barrel weighs around" for "250kg"); -1 for one opening its clause
        (a word at most, or only a preposition or an approximation, before it: "At about 12
        tonnes, ..."); an empty list without one.
    """
    measures = words_before(kind, sentence, count=_BEFORE_WORDS)
    units = set(lexical.terms(" ".join(sentence[start:end] for _, (start, end) in measures)))
    counts = []
    for words, _ in measures:
        terms = set(lexical.terms(" ".join(words))) - units
        opens = all(word.strip("“”\"‘’'()").lower() in _OPENERS for word in words)
        counts.append(-1 if len(words) <= 1 or opens else len(asked & terms))
    return counts


def measured_first(lexical: LexicalIndex, kind: str, asked: frozenset[str],
                   ranked: Sequence[tuple[ScoredSentence, float]]) -> int:
    """Return where a close sentence measuring more of the thing asked than the first stands.

    Args:
        lexical: The index whose stemmer the terms use.
        kind: A measure's kind (not a part of a thing: "9 metres of the spire" names it after).
        asked: The question's topical terms, as for `measured_counts`.
        ranked: (candidate, score) pairs, the first first.

    Returns:
        The index of the candidate within MEASURED_MARGIN of the best score whose best
        measure has more of the asked terms just before it than the first's (of several, the
        one with most); 0 when none has, or the first's measure opens its clause ("At
        about 12 tonnes, the whale ...": what it measures may come after).
    """
    first = ranked[0][0]
    counts = measured_counts(lexical, kind, asked, first.passage.text)
    if not asked or not counts or kind == "portion" or -1 in counts:
        return 0
    top = max(score for _, score in ranked)
    most, found = max(counts), 0
    for i, (cand, score) in enumerate(ranked[1:], start=1):
        if score < top - MEASURED_MARGIN:
            continue
        held = max(measured_counts(lexical, kind, asked, cand.passage.text), default=0)
        if held > most:
            found, most = i, held
    return found
