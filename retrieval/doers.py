"""Who did what a question asks about: "who won the Classic?" and a sentence naming the doer.

"Mariana Couto has won the Ribeira Chess Classic" and "... was won by defending champion
Mariana Couto" both name whoever did it.
"""

from __future__ import annotations

import re

from retrieval.fact_words import BODY_LAST, NAME_WORD
from retrieval.lexical import LexicalIndex
from retrieval.role_holders import GENERIC_LEADERS, HONORIFIC
from retrieval.word_forms import PAST_FORMS

# "Who won the Ribeira Chess Classic?" asks for whoever did it: a sentence naming someone as
# doing it ("Mariana Couto has won the ...", "... was won by Mariana Couto") answers it.
# An adverb may come first: "who originally made the organ?", "who actually won?" (a verb
# ending in "ly" is none: "who will fly the plane?").
_ADVERBS = (r"(?:originally|actually|really|finally|eventually|initially|first|also|just|last"
            r"|once|never|still|later|ultimately|officially)")
_WHO_DID_RE = re.compile(r"^\W*(?:and\s+|so\s+)?who\s+(?:has\s+|have\s+|had\s+|will\s+)?"
                         rf"(?:{_ADVERBS}\s+)?(?!{_ADVERBS}\b)(?P<verb>[a-z]{{3,}})\b", re.I)
# Making is said many ways: "who made the organ?" is answered by "built in 1884 by Amos
# Webb", "cast in 1683 by ..." (not the other way: a builder is no maker of all things),
# but "who made the decision / the call / it ...?" asks who decided or did it.
_MAKING = frozenset({"make", "build", "built", "cast", "construct", "craft", "create", "forge",
                     "manufacture", "produce"})
ANY_MAKING = "make*"  # `deed_asked`'s deed for a thing made
_MADE_ACT_RE = re.compile(r"\s+(?:(?:the|a|an|that|this|their|his|her|its)\s+)?(?:final\s+"
                          r"|first\s+|last\s+)?(?:decisions?|call|announcement|complaint|claim"
                          r"|mistakes?|discovery|changes?|choice|offer|payment|statement|comments?"
                          r"|remarks?|point|case|donation|bid|deal|move|effort|attempt|appeal"
                          r"|request|promise|threat|speech|arrest|it|sure|up)\b", re.I)
_NOT_DEEDS = frozenset({"is", "was", "are", "were", "been", "does", "did", "can", "could",
                        "should", "would", "might", "must", "else", "exactly"})
_NOT_NAMES = r"(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|In|On|At|For|And|But)\b)"
# The name may be set off by commas after a role: "The head keeper, Jo Marr, spotted the leak"
# (not after a clause's object: "The rider who beat the champion, Jo Parr, won").
_NAMED = rf"{HONORIFIC}{_NOT_NAMES}{NAME_WORD}\s+{NAME_WORD}"
# Or with an age between: "When Jo Marr, 52, collapsed".
_DOER_RE = re.compile(rf"(?:,\s+{_NAMED},|{_NAMED}(?:,\s+\d{{1,3}},)?(?:\s+(?:has|have|had|was"
                      r"|were|will|is|also|then|finally|just|eventually)){0,2})\s*$")
# After "by", a title of up to three lowercase words may come first ("chaired by regional
# labour commissioner R. Lakshminarayanan", "led by then-mayor Jane Doe"), and a first name
# may be an initial; not "by the time Jane Doe arrived", nor a body ("led by the Tuticorin
# Port and Dock Workers' Union", "led by staff at Leeds General Infirmary": no preposition
# among the title's words, and no body's last word ends the name). A few lowercase words may
# stand before "by": "was found three days later in the grass by Shannon Tulley"; not a
# participle's, whose doer "by" names ("found in a wall built by Michael Hennessy"); a clock
# time too: "found at 7.15pm by warden Jo Marr".
_TITLE_WORD = r"(?!(?:of|from|at|in|near|on|with|for|about|to|and|or|the|an?)\b)[a-z][\w'’-]*"
_PARTICIPLES = "|".join(sorted(PAST_FORMS | {"worn", "shown", "run", "done", "set", "cut"}))
_NOT_PARTICIPLES = r"(?:bed|shed|red|hundred|seed|need|speed|feed|sled|sacred|naked|wicked)\b"
_BY_DOER_RE = re.compile(rf"(?:\s+(?!by\b|(?!{_NOT_PARTICIPLES})[a-z]{{2,}}ed\b"
                         rf"|(?:{_PARTICIPLES})\b)(?:[a-z][\w'’-]*|\d[\w.:]*)){{0,6}}?"
                         r"\s+by\s+(?!(?:the\s+)?time\b|then\b(?!-)|now\b|far\b"
                         r"|(?:the|an?)\s+[A-Z])"
                         rf"(?:(?:the|an?)\s+)?(?:{_TITLE_WORD}\s+){{0,3}}"
                         rf"{HONORIFIC}(?:{NAME_WORD}|[A-Z]\.)\s+(?!{BODY_LAST}\b){NAME_WORD}")
_DOER_WORDS = 6  # a name and its helping verbs before the deed
# Or a name, an age or where they are from, and "who" did it: "thanks to Jo Marr from our
# night team, who found it", "Jo Marr, 34, who found it" (the clause's "who" is the name's,
# not the team's); not "found herself trapped".
_NAMED_WHO_RE = re.compile(rf"{_NAMED}(?:,\s+\d{{1,3}})?(?:\s+(?:of|from|at|in|on|with)\s+"
                           r"(?:[\w'’-]+\s+){0,4}[\w'’-]+)?,\s+who(?:\s+(?:has|had|also|then"
                           r"|finally))?\s*$")
# Or said to be the ones who did it: "Jo Marr and Al Reed were the first walkers who found
# it" (not "Jo Marr is the owner of dogs that found it").
_NAMED_ONES_RE = re.compile(rf"{_NAMED}\s+(?:is|was|are|were)\s+the\s+(?:(?!of\b)[a-z][\w'’-]*"
                            r"\s+){1,3}(?:who|that)(?:\s+(?:had|also|first|finally))?\s*$")
_REFLEXIVE_RE = re.compile(r"\s+(?:him|her|them|it|your|my|our)sel(?:f|ves)\b")
_NAMED_WHO_WORDS = 12
_RELATIVE_RE = re.compile(r"\b(?:who|that|which|whom)\b", re.I)


def deed_asked(lexical: LexicalIndex, question: str) -> str | None:
    """Return the stem of the verb a "who did it" question asks about ("win"), or None.

    Args:
        lexical: The index whose stemmer the terms use.
        question: The question, spelling repaired.

    Returns:
        The stem of the verb after "who" ("who won", "who has won"), ANY_MAKING for "who
        made" a thing (not "the decision", "it"); None for "who is", "who did ... do" and
        other questions.
    """
    found = _WHO_DID_RE.match(question)
    if not found or found.group("verb").lower() in _NOT_DEEDS:
        return None
    deed = lexical.stem(found.group("verb").lower())
    if deed == lexical.stem("make") and not _MADE_ACT_RE.match(question, found.end()):
        return ANY_MAKING
    return deed


def names_doer(lexical: LexicalIndex, sentence: str, deed: str) -> bool:
    """Return True when the sentence names someone as doing the deed asked about.

    Args:
        lexical: The index whose stemmer the terms use.
        sentence: The candidate sentence.
        deed: The stem from `deed_asked`.

    Returns:
        True for a name right before the verb ("Mariana Couto has won") or after it and
        "by" ("was won by Mariana Couto"); for ANY_MAKING, any making verb's ("built in
        1884 by Amos Webb").
    """
    wanted = lexical.stem_set(_MAKING) if deed == ANY_MAKING else frozenset({deed})
    # Only words starting as a stem does are read: irregular forms do too ("won", "led",
    # "ran", "held"), and a question's many candidates are read fast.
    initials = "".join(sorted({stem[0] for stem in wanted}))
    for word in re.finditer(rf"(?i)\b[{initials}][a-z]*", sentence):
        low = word.group().lower()
        stem = lexical.stem(low)
        plural = low.endswith(("ers", "ors"))
        agent = low[:-1] if plural else low
        # Or whoever is named by the deed's agent noun, one or many: "the run's organiser,
        # Rhona Gauld" or "The organisers, Glowworm Events," for "who organised the run",
        # "The finders are Jo and Al Reed" for "who found it",
        # "founder" for "who founded" (a name right after it); not a leader, whom
        # `role_holders` weighs by what they lead ("Scottish leader Ann Blair" for
        # "Who leads the US side?").
        if (agent.endswith(("er", "or")) and agent not in GENERIC_LEADERS
                and deed not in _LEADING
                and (lexical.stem(agent[:-2] + "ed") in wanted
                     or (stem in wanted and len(agent) >= len(stem) + 2))
                and ((_AGENTS_NAMED_RE if plural else _AGENT_NAMED_RE).match(
                    sentence, word.end()) or _AGENT_IS_RE.match(sentence, word.end()))):
            return True
        if stem not in wanted:
            continue
        words_before = sentence[:word.start()].split()
        before = " ".join(words_before[-_DOER_WORDS:])
        named = _DOER_RE.search(before)
        if named and named.group().startswith(",") and _RELATIVE_RE.search(before):
            named = None
        if (named or _BY_DOER_RE.match(sentence, word.end()) or (
                any(found.search(" ".join(words_before[-_NAMED_WHO_WORDS:]))
                    for found in (_NAMED_WHO_RE, _NAMED_ONES_RE))
                and not _REFLEXIVE_RE.match(sentence, word.end()))):
            return True
    return False


# Deeds whose agent nouns are roles `role_holders` weighs ("runner", "leader", "manager").
_LEADING = frozenset({"run", "lead", "head", "chair", "manag"})
_AGENT_NAMED_RE = re.compile(rf",?\s+{HONORIFIC}{_NOT_NAMES}{NAME_WORD}\s+{NAME_WORD}")
# Many named in apposition only: not "The Founders Day Parade", a name of its own.
_AGENTS_NAMED_RE = re.compile(rf",\s+{_NOT_NAMES}{NAME_WORD}\s+{NAME_WORD}")
# Or said to be them: "The winner was Jo Parr", "The finders are Jo and Al Reed".
_AGENT_IS_RE = re.compile(rf"\s+(?:is|are|was|were)\s+{HONORIFIC}{_NOT_NAMES}{NAME_WORD}"
                          rf"(?:\s+(?:and|&)\s+{NAME_WORD})?\s+{NAME_WORD}")
