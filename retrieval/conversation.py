"""Per-conversation memory (bounded, expiring) and the rewrite of follow-up questions."""

from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

_PRONOUNS = r"he|she|him|his|her|hers|they|them|their|theirs|it|its"
_DEMONSTRATIVES = r"this|that|these|those"
# A follow-up leans on the previous turn through a pronoun ("What is his title?"), an
# elliptic opener ("And the South Korean side?") or a bare question word ("Why?"). A
# demonstrative counts only standing alone ("Who said that?", "What does that mean?"):
# followed by a noun ("these talks") it usually points into the articles.
_FOLLOW_UP_RE = re.compile(
    rf"\b({_PRONOUNS})\b"
    rf"|\b({_DEMONSTRATIVES})\s*(?:[?.!]|$)"
    # ... or before a noun naming what a previous answer was about: "Where is that company
    # based?" after a question on a fitness app.
    r"|\b(that|this)\s+(?:company|firm|group|project|plan|deal|team|club|agency|man|woman"
    r"|person|official|event|study|report)\b"
    rf"|\b(?:did|does|do|is|was|about|of)\s+({_DEMONSTRATIVES})\b"
    r"(?=\s+(?:mean|means|happen|happened|matter|matters|about)\b|\s*[?.!,]|\s*$)"
    r"|^\s*(and|what about|how about|also|same)\b"
    r"|^\s*(why|when|where|who|how|really|how come)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# Words pointing at the previous answer itself ("What about that?"): it stays in the search.
_POINTER_RE = re.compile(rf"\b({_PRONOUNS}|{_DEMONSTRATIVES})\b", re.IGNORECASE)

# "What about Biden's?", "And the South Korean side?": the previous question asked again of
# another subject. Its answer was about the old subject, so it is left out of the search.
_SUBSTITUTE_RE = re.compile(r"^\W*(?:and\s+)?(?:what|how)\s+about\b|^\W*and(?:\s+[\w'’-]+){1,4}"
                            r"\W*$", re.IGNORECASE)


@dataclass(frozen=True)
class Turn:
    """One answered question of a conversation."""

    question: str
    answer: str
    article_id: str = ""
    sentence: int = -1  # index of the answer sentence in its article


def is_follow_up(question: str) -> bool:
    """Return True when the question refers back to an earlier turn."""
    return bool(_FOLLOW_UP_RE.search(question))


# "How hot did it get in Athens?", "What did they close in Athens?": "it" and "they" are often
# no reference at all. A question leaning on nothing but them, and naming something the
# previous turn never mentioned, asks about that; "he", "she" and "that" still refer back.
_IMPERSONAL_RE = re.compile(r"\b(it|they|them)\b", re.IGNORECASE)
_NAME_RE = re.compile(r"(?<=\s)[\"“‘(]?((?-i:[A-Z])[\w’'.-]*[A-Za-z])")
_NO_NAMES = frozenset({
    "i", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
})


def leans_only_on_it_or_they(question: str) -> bool:
    """Return True when an impersonal "it"/"they" is all that ties a turn to the last one."""
    return (bool(_IMPERSONAL_RE.search(question))
            and not is_follow_up(_IMPERSONAL_RE.sub(" ", question)))


def _names_a_new_topic(question: str, last: Turn) -> bool:
    """Return True when "it"/"they" are a turn's only reference and it names a new topic."""
    if not leans_only_on_it_or_they(question):
        return False
    before = {_bare(w) for w in re.findall(r"[\w.’'-]+", f"{last.question} {last.answer}")}
    names = {_bare(m.group(1)) for m in _NAME_RE.finditer(question)} - _NO_NAMES
    # A name is known when any of its parts is: "U.S.-led" after "the U.S. delegation".
    return any(not set(name.split("-")) & before for name in names)


# "the paper", "the trials": a noun after "the", not a word that only describes one ("the new
# coach" after an answer on "the new collection").
_DEFINITE_RE = re.compile(r"\bthe\s+([a-z][\w-]{2,})\b", re.I)
_DESCRIBING = frozenset({
    "new", "old", "first", "last", "next", "same", "other", "main", "big", "small", "local",
    "national", "final", "former", "latest", "early", "late", "current", "recent", "major",
    "high", "low", "long", "short", "young", "full", "open", "public", "general", "special",
    "whole", "press", "top", "second", "third", "good", "best",
})
_SHORT_TURN_WORDS = 7


def _names_the_last_answer_s_thing(question: str, last: Turn) -> bool:
    """Return True for a short turn naming by "the" a thing of the last answer, and nothing new."""
    # "When did the paper come out?" after "It is described in a paper published on 30
    # September ...": the paper is the one just quoted.
    words = question.split()
    if len(words) > _SHORT_TURN_WORDS or any(_NAME_RE.finditer(question)):
        return False
    said = {_bare(w) for w in re.findall(r"[\w’'-]+", last.answer)}
    nouns = [_bare(m.group(1)) for m in _DEFINITE_RE.finditer(question)]
    return any(noun not in _DESCRIBING and (noun in said or (len(noun) > 4 and noun[:-1] in said))
               for noun in nouns)


def asks_again(question: str) -> bool:
    """Return True for a turn asking the last question again, of another subject.

    Args:
        question: The turn ("And the growers?", "what about the mayor?").

    Returns:
        True for "and ..."/"what about ..." with no pronoun pointing back ("and what about it?").
    """
    return bool(_SUBSTITUTE_RE.search(question)) and not _POINTER_RE.search(question)


def _bare(word: str) -> str:
    """Return a word as names compare: "Kim’s" -> "kim", "U.S." -> "us"."""
    return re.sub(r"['’]s$", "", word).replace(".", "").casefold()


def contextualise(question: str, history: tuple[Turn, ...]) -> str:
    """Return the text to search for: a follow-up gets the previous question and answer.

    Args:
        question: The new turn, as asked.
        history: Earlier answered turns of the same conversation, oldest first.

    Returns:
        The question itself, or for a follow-up the question joined with the last turn (its
        question only, when the follow-up asks it again of another subject).
    """
    if not history:
        return question
    last = history[-1]
    if not (is_follow_up(question) or _names_the_last_answer_s_thing(question, last)):
        return question
    if _names_a_new_topic(question, last):
        return question
    if asks_again(question):
        return f"{question} {last.question}"
    return f"{question} {last.question} {last.answer}"


class ConversationMemory:
    """Remembers the last turns of each conversation; least recently used ones are dropped."""

    def __init__(self, *, max_conversations: int = 10_000, max_turns: int = 3,
                 ttl_seconds: float = 1800.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        """Bound the memory by conversations, turns each, and seconds since the last turn."""
        self._turns: OrderedDict[str, tuple[float, tuple[Turn, ...]]] = OrderedDict()
        self._max_conversations = max_conversations
        self._max_turns = max_turns
        self._ttl = ttl_seconds
        self._clock = clock
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._turns)

    def history(self, conversation_id: str) -> tuple[Turn, ...]:
        """Return the remembered turns, oldest first; empty when unknown or expired."""
        with self._lock:
            entry = self._turns.get(conversation_id)
            if entry is None:
                return ()
            if self._clock() - entry[0] > self._ttl:
                del self._turns[conversation_id]
                return ()
            return entry[1]

    def remember(self, conversation_id: str, turn: Turn) -> None:
        """Append a turn, keeping only the most recent turns and conversations."""
        with self._lock:
            _, turns = self._turns.pop(conversation_id, (0.0, ()))
            self._turns[conversation_id] = (self._clock(), (*turns, turn)[-self._max_turns:])
            while len(self._turns) > self._max_conversations:
                self._turns.popitem(last=False)
