"""What a question asks for, and the nudges a sentence earns for holding it.

The kind of fact (a date, an amount), the head of a which/what phrase, the holder of a role
("Corvane CEO Grady Mulvany") and a count of the noun asked about ("2,300 longshore workers").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from retrieval.counted import counted_stems, counts
from retrieval.doers import deed_asked, names_doer
from retrieval.fact_patterns import fact_spans, holds
from retrieval.fact_words import MONEY_AMOUNT, ONE_TO_TWELVE, SINCE_WHEN, TENS
from retrieval.focus import focus_words, names_instance, role_asked
from retrieval.lexical import LexicalIndex
from retrieval.name_asked import name_asked_of
from retrieval.own_names import names_someone_else, question_names
from retrieval.passages import is_fragment
from retrieval.question_types import asks_for
from retrieval.reasons import NAMING, names_something, reason_asked, states_cause
from retrieval.role_holders import holder_pattern, led_by, roles_asked
from retrieval.slot_bonuses import (
    AHEAD_BONUS,
    COUNT_BONUS,
    DOER_BONUS,
    EVENT_BONUS,
    FRAGMENT_PENALTY,
    NAMED_BONUS,
    OUTCOME_BONUS,
    PRESENT_BONUS,
    QUESTION_PENALTY,
    REASON_BONUS,
    ROLE_HOLDER_BONUS,
    SAID_BONUS,
    TAKEN_BONUS,
    TYPE_BONUS,
)
from retrieval.speakers import asks_for_words, reports_words, restates_question
from retrieval.story_phase import asks_how_it_ended, reports_outcome
from retrieval.tenses import asks_ahead, event_asked, says_again, speaks_ahead

_EVENT_WORDS = 4  # how near the date the event's word must stand
_PRESENT_RE = re.compile(r"\b(now|today|currently|at present|these days|nowadays|so far"
                         r"|to date)\b", re.I)
_SPEAKER_RE = re.compile(r"(?:Q|(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Baroness)\s+[A-Z][\w'’-]*"
                         r"(?:\s+[A-Z][\w'’-]*){0,3})(?:\s*\([^()]{1,60}\)){1,2}\s*:\s")
WHEN_KINDS = frozenset({"time", "day", "year", "clock"})  # the kinds a when-question asks
# "How long did it take to open it?" is answered by the time it took ("took 3 hours and 40
# minutes", "after nine hours"), not by another span ("In 21 years as a locksmith").
_TAKE_ASKED_RE = re.compile(r"(?i)\bhow\s+long\b.*\b(?:take|took|takes|taking|taken|last|lasted)\b")
# Asked how long a past event took, "had not been held since 1962" holds no span of it.
_PAST_TAKE_RE = re.compile(r"(?i)\bhow\s+long\s+(?:did|was|were)\b.*\b(?:take|last)\b")
_SINCE_RE = re.compile(rf"(?i)\b{SINCE_WHEN}")
_TAKEN_RE = re.compile(r"\b(?:took|takes?|taken|taking|lasted|after)(?:\s+(?!(?:about|around|"
                       r"nearly|almost|just|more|less|over|under|only|for)\b)[a-z]+){0,2}?\s+"
                       r"(?:for\s+)?(?:(?:about|around|nearly|almost|just|more\s+than|less\s+than"
                       rf"|over|under|only)\s+)?(?:\d[\d.,]*|an?|{ONE_TO_TWELVE}|{TENS}|several"
                       r"|a\s+few|half\s+an?)\s*(?:-\s*)?(?:seconds?|minutes?|hours?|days?|weeks?"
                       r"|months?|years?)\b(?!\s+(?:as|in|of)\b)", re.I)
_LED_WORDS = 6  # how near the role what they lead must be
_SUM_RE = re.compile(MONEY_AMOUNT, re.I)
_OWNER_WORDS = 3  # the words before a role that may name whose role it is
_NOT_OWNERS = frozenset({"its", "their", "his", "her", "our", "the", "a", "an", "acting",
                         "former", "interim", "deputy", "senior", "new", "then", "now"})
_LEADER = ("leader",)  # among the roles of a "who leads" question (stemmed as written)


@dataclass(frozen=True)
class Asked:
    """What one question asks for, computed once and matched against every candidate."""

    kind: str | None  # from `question_types.asks_for`
    focus: frozenset[str]  # stems of a which/what phrase's first word and head
    # The roles whose holder is asked for: "ceo" of "who is the ceo", or any leader's of "who
    # runs the company" (each role as its words' stems).
    roles: tuple[tuple[str, ...], ...]
    counted_stems: tuple[str, ...]  # what a "how many" question counts ("dock", "worker")
    # For a leader's or a founder's roles, what they lead: most of its words must stand by the
    # role ("Fenwick Quarries' chief executive" for "Who runs Fenwick Quarries Group?"; not
    # "Scottish leader Ann Blair" for "Who heads the Welsh delegation?").
    led: frozenset[str] = frozenset()
    named: str | None = None  # the thing a "which" phrase or "the name of the ..." asks for
    why: str | None = None  # a why-question (`reason_asked`): a sentence giving a reason answers
    event: str | None = None  # the stem of a when-question's verb ("close", "begin")
    again: bool = False  # it asks when it happens again ("open again": "reopen")
    present: bool = False  # the question asks how things stand now ("employ now", "currently")
    deed: str | None = None  # the stem of a "who did it" question's verb ("win")
    ahead: bool = False  # asks when something still to come will be ("when will it reopen")
    said: bool = False  # asks what someone said ("what did the director say about it")
    ended: bool = False  # asks for the end's figure ("what did it cost in the end")
    took: bool = False  # asks how long something took ("how long did it take to open it")
    lasted: bool = False  # asks how long a past event took ("how long did the pull last")
    own_names: frozenset[str] = frozenset()  # a who-question's own (`own_names` module)
    lexical: LexicalIndex | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, lexical: LexicalIndex, question: str) -> Asked:
        """Read a question.

        Args:
            lexical: The index whose stemmer the sentences' terms use.
            question: The question, spelling repaired.

        Returns:
            What it asks for.
        """
        # The phrase's first word and head: "us", "document" of "which US strategy document".
        focused, role = focus_words(question), (role_asked(question) or "").split()
        words = focused or [w.lower() for w in role]
        focus = frozenset(lexical.stem(w) for w in (words[0], words[-1])) if words else frozenset()
        which = bool(re.search(r"(?i)\bwhich\b", question))
        roles, led = roles_asked(lexical, question, role, focused if which else [])
        named = focused[-1] if which and focused and not role else name_asked_of(question)
        kind = asks_for(question)
        return cls(kind, focus, tuple(roles),
                   counted_stems(lexical, question), led=led, named=named,
                   why=reason_asked(question), event=event_asked(lexical, question),
                   again=says_again(question), present=bool(_PRESENT_RE.search(question)),
                   deed=deed_asked(lexical, question),
                   ahead=asks_ahead(question) and kind in WHEN_KINDS,
                   said=asks_for_words(question), ended=asks_how_it_ended(question),
                   took=kind == "duration" and bool(_TAKE_ASKED_RE.search(question)),
                   lasted=kind == "duration" and bool(_PAST_TAKE_RE.search(question)),
                   own_names=question_names(question, kind),
                   lexical=lexical)

    def bonus(self, sentence: str, sentence_terms: frozenset[str], *,
              about: frozenset[str] = frozenset()) -> float:
        """Return the nudge a candidate earns for holding what is asked.

        Args:
            sentence: The candidate sentence.
            sentence_terms: Its stemmed content terms.
            about: The stemmed terms of its article's title (what the story is about).

        Returns:
            The sum of the bonuses it earns, less a penalty for a heading-like fragment.
        """
        bonus = 0.0
        if self.focus & sentence_terms:
            bonus += TYPE_BONUS
        # A sum of money counts no one: "$40 million" for "how many customers".
        counted = _SUM_RE.sub(" ", sentence) if self.counted_stems else sentence
        if self.kind and self.holds_asked(counted):
            bonus += TYPE_BONUS
        if self._names_holder(sentence, about):
            bonus += ROLE_HOLDER_BONUS
        if counts(sentence, self.counted_stems):
            bonus += COUNT_BONUS
        if self.named and names_instance(sentence, self.named):
            bonus += NAMED_BONUS
        if self.why and states_cause(sentence):  # for a name's, twice one naming it
            bonus += REASON_BONUS * (2 if self.why == NAMING and names_something(sentence) else 1)
        if self.event and self._dates_event(sentence, sentence_terms):
            bonus += EVENT_BONUS
        if self.ahead and holds(self.kind, sentence) and speaks_ahead(sentence):
            bonus += AHEAD_BONUS
        if self.said and reports_words(sentence):
            bonus += SAID_BONUS
        if self.took and _TAKEN_RE.search(sentence):
            bonus += TAKEN_BONUS
        if self.ended and reports_outcome(sentence):
            bonus += OUTCOME_BONUS
        if self.present and _PRESENT_RE.search(sentence):
            bonus += PRESENT_BONUS
        if (self.deed and self.lexical is not None
                and names_doer(self.lexical, sentence, self.deed)):
            bonus += DOER_BONUS
        if is_fragment(sentence):
            bonus -= FRAGMENT_PENALTY
        # Not a statement quoting one: 'He asked: "Where was the government?"'; nor, for a
        # who- or which-question, a transcript's line giving who asked it ("Mr Desmond
        # Achterberg (Ribble East) (Con): Is it not the case ...?"), whose other words are
        # only its premise. Nor a readers' question restated ("People asked who pays.").
        asks = sentence.endswith("?") and not (self._asks_person() and _SPEAKER_RE.match(sentence))
        if asks or restates_question(sentence):
            bonus -= QUESTION_PENALTY
        return bonus

    def holds_asked(self, sentence: str) -> bool:
        """Return True when the sentence holds the kind asked; a name, one not the question's.

        Args:
            sentence: The candidate sentence.

        Returns:
            `holds` of the kind, or `own_names.names_someone_else` for a name asked.
        """
        return (names_someone_else(sentence, self.own_names) if self.own_names
                else holds(self.kind, _SINCE_RE.sub(" ", sentence) if self.lasted else sentence))

    def _asks_person(self) -> bool:
        """Return True for a who- or which-question: a speaker's label may answer it."""
        return self.kind == "name" or self.named is not None or bool(self.roles)

    def _other_owner(self, before: str) -> bool:
        """Return True when a name right before a role says it is someone else's role."""
        clause = re.split(r"[,;:()\"“”]", before)[-1].split()[-_OWNER_WORDS:]
        # A sentence's first word is capitalised whatever it is ("Acting chief executive").
        return self.lexical is not None and any(
            word[0].isupper() and word.lower() not in _NOT_OWNERS
            and self.lexical.stem(word.lower()) not in self.led for word in clause)

    def _dates_event(self, sentence: str, terms: frozenset[str]) -> bool:
        """Return True when the asked event's word ("open ... again" too) stands by a date."""
        if self.lexical is None or self.event is None or self.kind not in WHEN_KINDS:
            return False
        events = {self.event}
        # Asked when it opens again, "open ... again" says it as "reopen" does.
        if self.again and self.event.startswith("re") and says_again(sentence):
            events.add(self.event[2:])
        if not events & terms:  # most candidates hold no word of the event
            return False
        words = list(re.finditer(r"[\w'’-]+", sentence))
        spots = [i for i, word in enumerate(words)
                 if self.lexical.stem(word.group().lower()) in events]
        for start, end in fact_spans(self.kind, sentence) if spots else ():
            inside = [i for i, word in enumerate(words)
                      if word.end() > start and word.start() < end]
            if inside and any(inside[0] - _EVENT_WORDS <= spot <= inside[-1] + _EVENT_WORDS
                              for spot in spots):
                return True
        return False

    def _names_holder(self, sentence: str, about: frozenset[str]) -> bool:
        """Return True when the sentence names a role's holder (by what they lead, if asked)."""
        pattern = holder_pattern(self.roles)
        if pattern is None:
            return False
        if (self.led and self.lexical is not None and _LEADER in self.roles
                and led_by(self.lexical, sentence, self.led, about=about)):
            return True
        for found in pattern.finditer(sentence):
            if not self.led or self.lexical is None:
                return True
            around = " ".join([*sentence[:found.start()].split()[-_LED_WORDS:], found.group(),
                               *sentence[found.end():].split()[:_LED_WORDS]])
            # What they lead may be the story's subject, named in its title ("Chief executive
            # Fiona Drummond-Hale said"), unless a name right before the role says whose it is
            # ("Scottish leader Ann Blair" for "the Welsh delegation").
            near = self.led & set(self.lexical.terms(around))
            role_first = self.lexical.stem(found.group().split()[0].lower()) in {
                role[0] for role in self.roles}
            if role_first and self._other_owner(sentence[:found.start()]):
                about = frozenset()
            if 2 * len(near | self.led & about) > len(self.led):
                return True
        return False
