"""A count given loosely, then exactly by a later report: the exact count comes first.

A first report's "roughly three dozen loaves", a later one's "we baked 38 loaves": asked how
many loaves, the user wants the exact count first, the loose one beside it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.corpus import Corpus
from retrieval.counted import count_matches
from retrieval.grounding import grounded_in
from retrieval.revisions import published
from retrieval.search import ScoredSentence
from retrieval.typed_first import same_story

# A later exact count comes first from this far below a loose one.
EXACT_MARGIN = 0.2
# Not "over" or "under", a verb's as often ("handed over 27 crates"); a range's first figure
# ("25 to 30 crates") hedges the second.
_HEDGE_RE = re.compile(
    r"(?:\b(?:about|around|roughly|some|nearly|almost|approximately|an\s+estimated|up\s+to"
    r"|more\s+than|at\s+least|upwards\s+of|close\s+to|fewer\s+than|less\s+than"
    r"|getting\s+on\s+for)\s*|\d\s*(?:to|-|–|or)\s*)$", re.I)
# "dozens of", "two dozen", "30 or so", "30-odd", "25 to 30": no exact count.
_VAGUE_RE = re.compile(r"(?i)(?:\w+\s+)?dozens?\b|hundreds|thousands|\S+\s+or\s+so\b|\d+-odd\b"
                       r"|\d[\d,]*\s*(?:to|-|–|or)\s*\d")


def _loose(sentence: str, found: re.Match[str]) -> bool:
    """Return True for a count hedged ("about 30", "25 to 30") or vague ("dozens of")."""
    return bool(_HEDGE_RE.search(sentence[:found.start()]) or _VAGUE_RE.match(found.group()))


def counts_loosely(sentence: str, noun_stems: Sequence[str]) -> bool:
    """Return True when the sentence counts the nouns, and only loosely ("around 30 loaves").

    Args:
        sentence: The candidate sentence.
        noun_stems: The stemmed nouns a how-many question counts.

    Returns:
        True when every number counting them is hedged or vague; False when one is exact or
        none counts them.
    """
    found = count_matches(sentence, noun_stems)
    return bool(found) and all(_loose(sentence, match) for match in found)


def counts_exactly(sentence: str, noun_stems: Sequence[str]) -> bool:
    """Return True when a figure in digits, unhedged, counts one of the nouns ("38 loaves").

    Args:
        sentence: The candidate sentence.
        noun_stems: The stemmed nouns a how-many question counts.

    Returns:
        True for a count in figures with no hedge before it nor vague word in it.
    """
    return any(match.group()[0].isdigit() and not _loose(sentence, match)
               for match in count_matches(sentence, noun_stems))


def exact_count(corpus: Corpus, ranked: Sequence[tuple[ScoredSentence, float]],
                noun_stems: Sequence[str], *,
                topic: set[str] | frozenset[str] = frozenset()) -> int:
    """Return where a later exact count of what the first counts loosely stands.

    Args:
        corpus: The snapshot the candidates come from.
        ranked: (candidate, score) pairs, best first.
        noun_stems: The stemmed nouns a how-many question counts.
        topic: The question's topical words (`story_phase.question_topic`); none, no check.

    Returns:
        The index of the best candidate within EXACT_MARGIN of a first counting the nouns
        only loosely that counts them exactly, of its story (`same_story`) in a later
        article; 0 when there is none or the first's date is unknown.
    """
    if len(ranked) < 2 or not counts_loosely(ranked[0][0].passage.text, noun_stems):
        return 0
    first, first_score = ranked[0]
    first_date = published(corpus, first)
    if first_date is None:
        return 0
    for i, (cand, score) in enumerate(ranked[1:], start=1):
        if score < first_score - EXACT_MARGIN:
            break
        dated = published(corpus, cand)
        if (dated is not None and dated > first_date and same_story(corpus, cand, first)
                and counts_exactly(cand.passage.text, noun_stems)
                and grounded_in(corpus, topic, cand)):
            return i
    return 0
