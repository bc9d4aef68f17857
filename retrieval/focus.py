"""What a question is about, and whether a sentence names it.

The noun of a which-phrase, the role of a "who is" question; a name of the thing asked
("Cedar Hollow Middle School"). What a "how many" question counts is `counted`'s.
"""

from __future__ import annotations

import functools
import re

from retrieval.fact_words import LOWER, MONTHS, UPPER, WEEKDAYS
from retrieval.lexical import STOPWORDS
from retrieval.word_forms import PAST_FORMS

_FOCUS_RE = re.compile(r"\b(?:which|what)\s+(?:(?:is|are|was|were)\s+)?(?:(?:the|a|an)\s+)?"
                       r"(\w+)(?:\s+(\w+))?(?:\s+(\w+))?", re.I)


# Words that count the thing asked for and name none of it: "the two captains".
_QUANTIFIERS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                          "both", "several", "many", "some", "few", "other", "main"})


def focus_words(question: str) -> list[str]:
    """Return the noun phrase a which/what question asks for ("which agency" -> agency).

    Args:
        question: The question as asked.

    Returns:
        Up to three lowercase words after "which"/"what", up to the first stop word; the last
        is the phrase's head ("which US strategy document" -> us, strategy, document).
    """
    return noun_phrase(_FOCUS_RE.search(question))


def noun_phrase(match: re.Match[str] | None) -> list[str]:
    """Return the words of a matched question phrase up to a stop word or a verb.

    Args:
        match: A match whose groups are the phrase's words, one each (or None).

    Returns:
        The lowercase words, a leading quantifier or number skipped ("the two captains").
    """
    if not match:
        return []
    found: list[str] = []
    for word in match.groups():
        # The phrase ends at a stop word or at the question's verb ("which agency reported",
        # "which minister met").
        low = (word or "").lower()
        if not found and (low in _QUANTIFIERS or low.isdigit()):
            continue
        if not low or low in STOPWORDS or (found and (low.endswith(("ed", "ing"))
                                                      or low in PAST_FORMS)):
            break
        found.append(low)
    return found


# "Who is the US Secretary of State?", "Who is South Korea's foreign minister?": the role
# asked about, a short noun phrase (a clause such as "who is arranging the talks" is not).
_WHO_IS_RE = re.compile(r"^\W*who(?:['’]s|\s+(?:is|was|are|were))\s+(?P<article>(?:the|an?)\s+)?"
                        r"(?P<phrase>.+?)[\s?!.]*$", re.I)
_ROLE_WORDS = 4
# "Who captained the winning side?" asks for the captain, whom articles call "Captain Jo
# Bell" as often as they say what she did (only to rank). Not a verb whose noun stems alike
# ("coached Jo Parr" would read as naming a coach) or that names no role ("presented").
_ROLE_VERBS = {"captained": "captain", "piloted": "pilot", "skippered": "skipper",
               "refereed": "referee", "umpired": "umpire", "edited": "editor",
               "commanded": "commander"}
_ROLE_VERB_RE = re.compile(rf"^\W*who\s+({'|'.join(_ROLE_VERBS)})\b", re.I)
_ANYONE = frozenset({"man", "men", "woman", "women", "person", "people", "one", "guy", "lady",
                     "boy", "girl", "couple", "family", "pair"})


def role_asked(question: str, *, described: bool = True) -> str | None:
    """Return the role a "who is ..." question names ("foreign minister"), or None.

    Args:
        question: The question as asked.
        described: Whether a role followed by a clause saying who is meant counts ("the
            surveyor who checked the wall"): to rank sentences naming its holder, not to
            decline when no sentence does (the articles may call a "teenager" by name only).

    Returns:
        The head of the noun phrase after "who is": after the possessor's "'s" and before a
        preposition ("chairman" of "the chairman of the cooperative", which the articles may
        call "the cooperative's chairman"), or its last one or two words in lower case (or
        an acronym) before a clause ("council engineer" of "the council engineer dealing
        with ..."); for "who skippered ...", the role of a verb naming one ("skipper"), only when
        `described`; None for other questions and clauses ("who is leading the talks").
    """
    match = _WHO_IS_RE.match(question)
    if not match:
        verb = _ROLE_VERB_RE.match(question)
        return _ROLE_VERBS[verb.group(1).lower()] if verb and described else None
    # Without an article, a first word in -ing or -ed is a verb ("who is leading the
    # dockworkers' union"); after one it is a noun ("who is the king").
    # A capitalised first word is a name ("Boeing Commercial Airplanes' chief executive").
    first = match.group("phrase").split()[0]
    if not match.group("article") and first.islower() and first.endswith(("ing", "ed")):
        return None
    phrase = re.split(r"['’]s\b|(?<=s)['’](?=\s)", match.group("phrase"))[-1]
    # Nor a clause saying what they did or do: "the surveyor who checked the wall", "the gas
    # board's manager dealing with the leak". The clause says who is meant, so the role is
    # the head's last words ("manager"; none for "the Penrith man who swam ...").
    head, *clause = re.split(r"\s+(?:(?:who|that|which|whom|whose)\b|(?-i:[a-z]+ing)\s+(?:with"
                             r"|the|a|an|on|for|at|in|into|to|up|out|over)\b)", phrase, maxsplit=1)
    # Not inside a hyphened word: "by-election candidate", "stand-in captain".
    phrase = re.split(r"(?<![\w-])(?:of|for|at|in|on|from|with|to|against|by|behind|over|about"
                      r"|between|during|after|before)(?![\w-])", head, maxsplit=1)[0].strip()
    words = phrase.split()
    if clause:
        return _head_role(words) if described else None
    while words and (words[0].lower() in _QUANTIFIERS or words[0].isdigit()):
        words = words[1:]  # "the two captains": the role is "captains"
    phrase = " ".join(words)
    if not words or len(words) > _ROLE_WORDS:
        return None
    return phrase


def _head_role(words: list[str]) -> str | None:
    """Return a role's last one or two words in lower case, or an acronym ("chief executive")."""
    head: list[str] = []
    for word in reversed(words):
        if not ((word.islower() and word not in _ANYONE and word not in _QUANTIFIERS)
                or (word.isupper() and len(word) > 1)) or len(head) == 2:
            break
        head.insert(0, word)
    return " ".join(head) or None


_FIRMS = frozenset({"company", "companies", "firm", "firms", "business", "businesses",
                    "contractor", "contractors", "bank", "banks", "group", "groups", "insurer",
                    "insurers", "supplier", "suppliers", "operator", "operators"})
_LEGAL_NAME_RE = re.compile(r"\b[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+)*\s+(?:LLC|Inc|Ltd|plc|PLC|GmbH"
                            r"|AG|SA|ASA|AS|Corp|Co|LLP|NV|BV|AB|Oy)\b")


def names_instance(sentence: str, noun: str) -> bool:
    """Return True when the sentence names one of the things a "which" question asks for.

    Args:
        sentence: The candidate sentence.
        noun: The head of the question's which-phrase, as written ("school", "universities").

    Returns:
        True for a name ending in the noun ("Cedar Hollow Middle School", in the singular also
        lowercase: "the Nysa Kłodzka river") or starting with it ("University of Mysore");
        not for the noun alone ("five county schools") nor for a word sharing its stem ("the
        United States Senate" names no senator).
    """
    starting, ending = _instance_patterns(noun)
    if starting.search(sentence):
        return True
    # A firm is named by its legal form: "Brightwater Structural LLC", "Halvorsen Bank ASA".
    if noun.lower() in _FIRMS and _LEGAL_NAME_RE.search(sentence):
        return True
    # The capitalised words before it, less a sentence's or a clause's opening stop words
    # ("His school ...", "In school, ...", "The Nysa Kłodzka river").
    for found in ending.finditer(sentence):
        words = found.group(1).split()
        while (words and words[0].lower().strip("'’.") in STOPWORDS
               and (len(words[0]) == 1 or not words[0].isupper())):  # "The WHO agency" is one
            words = words[1:]
        if words:
            return True
    return False


_LINKS = r"(?:of|for|the|an?|to|with|and|at|in|on|from|by|who|which|that)"
_OPENERS = r"(?:In|On|At|By|For|From|After|Before|Since|Then|Now|When|While|But|And|So|If)"
# Titles before a name: "the club President Jane Doe" names a president, not the club.
_TITLES = (r"(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|President|Chief|Captain|Chairman|Chairwoman|Chair"
           r"|Leader|Councillor|Cllr|Professor|Prof)")


@functools.lru_cache(maxsize=256)
def _instance_patterns(noun: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return the patterns of a name starting and of one ending in the noun (once per noun)."""
    low = noun.lower()
    # "schools" is one school, "universities" one university, "churches" one church,
    # "volcanoes" one volcano; "bus" and "crisis" are one.
    ones = ({low[:-3] + "y"} if low.endswith("ies")
            else {low[:-2], low[:-1]} if re.search(r"(?:ch|sh|x|ss|o)es$", low)  # "avalanches"
            else {low[:-1]} if re.search(r"[^uis]s$", low) else {low})
    forms = {f for one in ones for f in (one, one + "s", one + "es", one[:-1] + "ies")}
    head = "(?:" + "|".join(re.escape(f[:1].upper() + f[1:]) for f in sorted(forms)) + ")"
    lower = "|".join(re.escape(one) for one in ones)  # not "five Redfield County schools"
    # A name right after the lowercase noun too: "our pony Sorrel", "the river Ure" (not a
    # day, a month or a title: "the company Tuesday said", "the club President Jane Doe").
    every = "|".join(re.escape(f) for f in sorted(forms))  # singular and plural forms
    return (re.compile(rf"\b{head}\s+of\s+(?:the\s+)?[A-Z]|\b(?:{every})\s+(?!(?:{WEEKDAYS}"
                       rf"|{MONTHS})\b(?!\s+[A-Z])|{_TITLES}\b)"
                       r"(?-i:[A-Z])[a-z]"
                       # Or set off by commas: "his rowing boat, Cariad Bach, and" (not "the
                       # boat, John said").
                       rf"|\b(?:{every}),\s+(?!(?:{WEEKDAYS}|{MONTHS}|{_TITLES})\b)"
                       rf"(?-i:[{UPPER}][{LOWER}][\w'’-]*(?:\s+(?:of\s+)?[{UPPER}][\w'’-]+){{0,2}})"
                       r"(?=[,.])(?!,\s*\d)"
                       # Or before it, set beside it: "Marmalade, our old pony, ..." (not "Jo
                       # Parr, the pony's owner", "the owner of the pony", "the vet treating
                       # the pony": only describing words between).
                       rf"|(?!(?:{WEEKDAYS}|{MONTHS}|{_OPENERS})\b)(?-i:[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+)"
                       rf"{{0,2}}),\s+(?:the|our|their|his|her|its)\s+(?:(?!{_LINKS}\b|[\w'’-]+ing\b)"
                       rf"[\w'’-]+\s+){{0,3}}?"
                       rf"(?:{every})(?=[,.;:)]|\s+(?:that|which|who)\b)"),
            re.compile(rf"((?:[A-Z][\w'’.&-]*\s+){{1,4}})(?:{head}|{lower})\b"))
