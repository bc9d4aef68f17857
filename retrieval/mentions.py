"""Outlets named in a question ("according to IANS"): a filter on sources, not words to match."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from retrieval.metadata import SOURCE_INITIALS, SOURCE_WORDS

# What introduces a source in a question: "according to IANS", "per the Korea Herald".
_LEAD = r"\b(?P<lead>according\s+to|per|in|by|from)\s+(?:the\s+)?"


def _key(name: str) -> str:
    return " ".join(re.findall(r"\w+", name)).casefold()


def _spelled(name: str) -> str:
    """Return the pattern of an outlet's name as written, spaces loose ("C++ Weekly")."""
    return r"\s+".join(map(re.escape, name.split()))


@lru_cache(maxsize=4)
def _matcher(outlets: frozenset[str]) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """Return one pattern matching a mention of any outlet, and outlets by their key.

    After "according to", "per", "in"... a name is matched in any case ("per ians"). Standing
    alone, it is matched only as the outlet writes it, unless it holds a digit ("news1"), so
    that "what time" stays a question when an outlet is called "Time" or "TIME".
    """
    by_key = {_key(o): o for o in outlets if _key(o)}
    if not by_key:
        return None
    # Longer names first, so "Korea Herald" is not taken for a shorter outlet "Korea".
    # Only names with a word in them: "+" or "..." from a byline would match punctuation.
    names = sorted(by_key.values(), key=len, reverse=True)
    led = "|".join(_spelled(n) for n in names)
    bare = "|".join(f"(?i:{_spelled(n)})" if any(ch.isdigit() for ch in n) else _spelled(n)
                    for n in names)
    return re.compile(rf"(?i:{_LEAD})(?i:(?P<led>{led}))(?:'s|’s)?(?!\w)"
                      rf"|(?<!\w)(?P<bare>{bare})(?:'s|’s)?(?!\w)"), by_key


# A news source no served article comes from, at either end of a question: "according to CNN,
# when is the meeting?", "... according to the Wall Street Journal?". Its name is no topic to
# look for, and with no article from it all outlets answer, each quote naming its own. Only
# names that are a news source's: an agency or broadcaster's initials, or a name holding a
# word such as "News" or "Times" ("according to NASA", "per MWh" stay words of the question).
_CAPITALISED = r"(?-i:[A-Z])[\w.&'’-]*"
_SOURCE_NAME = (rf"(?:the\s+)?(?:(?-i:{SOURCE_INITIALS})\b"
                rf"|(?:{_CAPITALISED}\s+){{0,3}}(?-i:{SOURCE_WORDS})\b(?:\s+{_CAPITALISED}){{0,2}})")
_OTHER_SOURCE_RE = re.compile(
    rf"^\W*(?:according\s+to|per)\s+{_SOURCE_NAME}\s*[,:]\s*"
    rf"|(?<![\s,])[\s,]+according\s+to\s+{_SOURCE_NAME}(?=\W*$)", re.IGNORECASE)


def _without_other_sources(question: str) -> str:
    """Return the question without a leading or trailing attribution to an unserved source."""
    cleaned = _OTHER_SOURCE_RE.sub("", question).strip()
    return cleaned if re.search(r"\w", cleaned) else question


def outlet_mentions(question: str, outlets: frozenset[str], *,
                    reported_on: Callable[[str], bool] | None = None,
                    ) -> tuple[str, frozenset[str]]:
    """Find the served outlets a question names, and remove those mentions from it.

    Args:
        question: The question as asked.
        outlets: The outlets of the served articles.
        reported_on: Whether other outlets' stories name an outlet: then its name alone
            ("When did Museum Hof van Ravesteyn reopen?") is the question's subject, not
            its source; "according to ..." still names a source.

    Returns:
        The question without the outlet mentions (and their "according to", "per", "in"),
        and the outlets named. Articles rarely name their own outlet, so a name left in the
        question would only count as a word the articles lack.
    """
    matcher = _matcher(outlets)
    if matcher is None:
        return _without_other_sources(question), frozenset()
    pattern, by_key = matcher
    named: set[str] = set()

    def drop(match: re.Match[str]) -> str:
        outlet = by_key.get(_key(match.group("led") or match.group("bare")))
        # Named alone or after "in", "from", "by", an outlet other stories report on is the
        # question's subject ("What was stolen from Museum Hof van Ravesteyn?").
        lead = " ".join((match.group("lead") or "").lower().split())
        cited = lead in {"per", "according to"}
        if outlet is None or (not cited and reported_on and reported_on(outlet)):
            return match.group(0)
        named.add(outlet)
        return " "

    cleaned = pattern.sub(drop, question)
    if not named:
        return _without_other_sources(question), frozenset()
    cleaned = re.sub(r"[\s,;:]+([?.!])", r"\1", re.sub(r"\s{2,}", " ", cleaned)).strip(" ,;:")
    return cleaned, frozenset(named)
