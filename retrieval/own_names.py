"""A who-question's own names: a sentence naming only them names no one asked for.

"Who found the prints near Robin Hood's Bay?" is not answered by "The cliff fell between
Robin Hood's Bay and Ravenscar": its one name is the question's. "Who is Tor Eilertsen?"
asks who a named person is, so there the answer's name is the question's.
"""

from __future__ import annotations

import re

from retrieval.fact_patterns import fact_spans, holds
from retrieval.fact_words import MONTHS, NAME_WORD, UPPER, WEEKDAYS
from retrieval.lexical import STOPWORDS
from retrieval.question_types import WHO_IS_NAMED_RE

# A capitalised word, without a possessive "'s" ("Hood" of "Hood's").
_CAPITALISED_RE = re.compile(rf"\b[{UPPER}][\w-]*?(?=['’]s\b|[^\w-]|$)")
# The name pattern misses a name opening its sentence ("Edna Harker found them ...",
# "Alistair Voss, Northgate Meridian's president ..."); not "On Sunday", "In March", "The
# Ministry", "Last Tuesday".
_OPENING_NAME_RE = re.compile(rf"(?!(?:{MONTHS}|{WEEKDAYS}|Last|Next|This|Early|Late)\b)"
                              rf"{NAME_WORD}\s+(?!(?:{MONTHS}|{WEEKDAYS})\b){NAME_WORD}")


def question_names(question: str, kind: str | None) -> frozenset[str]:
    """Return the capitalised words, casefolded, of a question asking for a name, past its first.

    Args:
        question: The question as asked.
        kind: The kind of fact it asks for (`question_types.asks_for`).

    Returns:
        "robin", "hood", "bay" of "Who found the prints near Robin Hood's Bay?"; none for
        other kinds, nor for "Who is Tor Eilertsen?".
    """
    if kind != "name" or WHO_IS_NAMED_RE.match(question):
        return frozenset()
    return frozenset(w.casefold() for w in _CAPITALISED_RE.findall(question.split(maxsplit=1)[-1]))


def names_someone_else(sentence: str, own: frozenset[str]) -> bool:
    """Return True when the sentence names a person or body with a word not the question's.

    Only the spans of `holds("name")` count, and a name opening the sentence: "Ravenscar"
    alone is no name there (unlike `role_check.names_someone_new`, which takes any word).

    Args:
        sentence: The candidate sentence.
        own: The question's own names (`question_names`).

    Returns:
        True for "spotted by a walker, Edna Harker", "Edna Harker found them" or "Alistair
        Voss, Northgate Meridian's president"; False when its only names are the question's
        ("between Robin Hood's Bay").
    """
    # A narrowing of `holds`, never a widening: the same sentences count as naming no one.
    if not own or not holds("name", sentence):
        return holds("name", sentence)
    spans = fact_spans("name", sentence)
    opening = _OPENING_NAME_RE.match(sentence)
    if opening is not None and opening.group().split()[0].casefold() not in STOPWORDS:
        spans.append(opening.span())
    return any(word.casefold() not in own for start, end in spans
               for word in _CAPITALISED_RE.findall(sentence[start:end]))
