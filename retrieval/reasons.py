"""A why-question and the sentences that give a reason ("because", "fined for ...")."""

from __future__ import annotations

import functools
import re

# A sentence giving a reason: "because", "due to", "needed to fund", "blamed ... for".
_CAUSE = (
    r"\b(because|due to|owing to|thanks to|as a result|in order to|so that|so as to|amid|blamed"
    r"|blames|citing|cited|caused|traced\s+(?:(?:the|a|an|its|this|that)\s+(?:\w+\s+){0,2}?)?to"
    r"|triggered by|led to|needed to"
    # "The fire was started by sparks", "age and ground movement were to blame", "the report
    # points to corrosion", "it was down to a faulty valve", "weakened by a lightning strike"
    # (not "The race was started by the mayor", "10 points to stay up", "down to 2,000",
    # "The result of the vote will be announced").
    r"|(?:fire|blaze|flames|explosion|outbreak)\s+(?:\w+\s+){0,3}?(?:was|were|had\s+been)"
    r"\s+(?:\w+ly\s+)?started\s+by|(?:sparked|set\s+off)\s+by|(?:was|were|is|are)\s+(?:partly"
    r"\s+|largely\s+)?to\s+blame|(?:stems?|stemmed|stemming|resulted|resulting|arose|arises)"
    r"\s+from|(?:reports?|investigations?|inquiry|evidence|findings?|inspections?|review"
    r"|analysis)\b[^.;:!?]{0,60}?(?<!\d\s)\b(?:points?|pointed|pointing)\s+to\s+(?![\d£$€])"
    r"|(?:was|were|is|are)\s+(?:all\s+)?down\s+to\s+(?![\d£$€]|(?:one|two|three|four|five|six"
    r"|seven|eight|nine|ten|a\s+few|a\s+handful|just|only|around|about)\b)|(?:was|were|is|are"
    r"|be|been)\s+(?:the|a)\s+(?:direct\s+)?result\s+of|(?:weakened|undermined|corroded"
    r"|eroded)\s+by"
    r"|need to|aimed at|designed to|intended to|to (fund|pay|help|offset|avoid|prevent|ensure"
    r"|cover|cut|save|protect|boost|meet))\b"
    # Punished or praised for what was done: "suspended for failing to turn up", "sacked for
    # gross misconduct", "jailed over his role", "banned after failing a drugs test" (not "He
    # signed for Reading", "fees for parking": the verb says a deed is judged).
    r"|\b(fined|jailed|sentenced|suspended|sacked|fired|banned|barred|arrested|charged|convicted"
    r"|punished|penali[sz]ed|disciplined|critici[sz]ed|condemned|praised|thanked|honou?red"
    r"|rewarded|sued|prosecuted|expelled|dismissed|disqualified|censured|reprimanded"
    r"|investigated|recalled|withdrawn)\s+(?:\w+\s+){0,8}?(for|over|after)\b"
    # The cause named: "The cause was a routine configuration change", "the root cause of the
    # outage lies in ...", "the reason for the delay was" (not "The cause of the fire is not
    # yet known").
    r"|\bthe\s+(?:likely\s+|probable\s+|main\s+|root\s+|immediate\s+)?(?:causes?|reasons?)"
    r"(?:\s+(?:of|for)\s+[\w\s'’-]{1,40}?)?\s+(?:was|were|is|are|lies|lay|appears\s+to\s+be"
    r"|seems\s+to\s+be)\b(?!\s+(?:as\s+yet\s+)?(?:not|unknown|unclear|still|yet|being|under"
    r"|never|also|undetermined|unexplained|a\s+mystery|the\s+subject|to\s+be|investigated"
    r"|disputed|uncertain))"
    # Why, shown and told after a colon: "The section also showed why it fell: the trunk had
    # been ..." (not "Nobody knows why it fell: ...", "Here is why it matters: ...").
    r"|\b(?:showed|shows|show|explained|explains|revealed|reveals|found|is\s+clear)\s+why"
    r"\s+(?:\w+\s+){0,5}?\w+:\s+\w"
    # A device or a route that sent someone where they went: "her sat-nav had taken her
    # onto the towpath", "a diversion routed lorries through the village" (not "the referee
    # sent him off", "the guide directed them up the path": no one was misled there).
    r"|\b(?:satnavs?|sat-?navs?|sat\s+navs?|gps|apps?|maps?|signs?|signposts?|diversions?"
    r"|closures?|directions|route\s+planners?)\b(?:\s+[\w'’-]+){0,3}?\s+(?:(?:had|has|have)\s+)?"
    r"(?:taken|sent|directed|routed|diverted|steered|misled|led|took)\s+(?:him|her|them|us|me"
    r"|it|(?:the\s+)?(?:drivers?|lorry|lorries|vehicles?|traffic|cars?))\s+(?:down|off|onto|into"
    r"|along|through|up|via|the\s+wrong\s+way)\b"
    # A consequence in a clause of its own: "..., causing a fuel line to rupture", "...,
    # which is why the ewes got out" (its cause before it; not "That's why ...", whose cause
    # is the sentence before, nor "It is unclear why").
    r"|,\s+causing\b|,\s+which\s+(?:is|was)\s+(?:also\s+|exactly\s+|partly\s+)?why\b"
    # Where a name comes from: "hence the name", "..., which is how the lane got its name",
    # "takes its name from" (not "named after": a name given, no reason told; nor "Nobody
    # knows where the name came from").
    r"|(?:,\s+which(?:\s+is|\s+was)?|\bthat['’]s|\bthat\s+(?:is|was))\s+(?:where|how)\s+"
    r"[^,.;]{0,30}?\b(?:nick)?names?\b|^(?:the|its|their)\s+(?:nick)?name\s+(?:comes?|came)\s+from"
    r"|\bhence\s+(?:the|its|their)\s+(?:nick)?name\b|\b(?:gets?|got|takes?|took)\s+"
    r"(?:its|their|the|his|her)\s+(?:nick)?name\s+from\b"
    # What happened first, in a clause of its own: "..., after the phrase was absent from ...".
    r"|,\s+after\s+(?!which\b|that\b|whom\b)(?:\w+\s+){1,6}?(?:was|were|had|did|failed"
    r"|refused|found|discovered|showed|revealed)\b")
# Any word of cause, to keep a why-question's candidate; naming a reason ("the reason", "why")
# keeps it too, but states none: "It is unclear why the line was closed."
_REASON = re.compile(rf"{_CAUSE}|\b(reason|reasons|why)\b", re.I)
_CAUSE_RE = re.compile(_CAUSE, re.I)
# "What made the ferry run aground?", "what caused the fire?" ask why too; not "What made up
# most of the budget?", "What made headlines?", "What made it into the bill?".
_WHY_RE = re.compile(r"^\W*(?:(?:and|but|so|ok|okay)\W+)?(?:why|how come|what\s+(?:caused|led to"
                     r"|triggered|went wrong|made\s+(?!up\b|it\b|headlines\b|the\s+(?:list|most"
                     r"|cut|news)\b)\w+\s+\w+))\b", re.I)


def asks_why(question: str) -> bool:
    """Return True for a question asking for a reason ("why", "how come").

    Args:
        question: The question as asked.

    Returns:
        True when it opens with "why", "how come" or "what caused/made/led to/triggered/went
        wrong" (after "and", "but", "so" or "ok").
    """
    return bool(_WHY_RE.search(question))


NAMING = "name"  # `reason_asked` for why something is called what it is
CAUSE = "cause"  # `reason_asked` for any other why-question
_NAMING_RE = re.compile(r"\b(?:call|calls|called|name|names|named|nickname|nicknamed)\b", re.I)
# "why did they call it the Ember Room?", "why is the lane called Cat's Walk?", "why was it
# named ...?" (not "why did Jo call the police?", "why was the man not named?").
_ASKS_NAMING_RE = re.compile(r"\b(?:call|name|nickname)(?:d|ed)?\s+(?:it|them|her|him|this"
                             r"|that)\b|\b(?:is|was|are|were)\s+(?:\w+\s+){0,4}?(?<!not\s)"
                             r"(?:called|named|nicknamed)\b(?!\s+(?:off|in|out|up|as|for|by)\b)",
                             re.I)


def reason_asked(question: str) -> str | None:
    """Return which reason a why-question asks for: a name's (NAMING), another (CAUSE), none.

    Args:
        question: The question as asked.

    Returns:
        NAMING for "why did they call it ...?", CAUSE for another why-question, None for a
        question asking no reason.
    """
    if not asks_why(question):
        return None
    return NAMING if _ASKS_NAMING_RE.search(question) else CAUSE


def names_something(sentence: str) -> bool:
    """Return True for a sentence using a word of naming ("called", "the name").

    Args:
        sentence: The candidate sentence.

    Returns:
        True when it holds "call", "called", "name", "named" or a nickname's word.
    """
    return _NAMING_RE.search(sentence) is not None


# "Due to" with a verb of what is planned is a plan, no cause: "patients are due to move in
# on Monday", "the hearing, due to start on Monday" (not "was due to human error").
_SCHEDULED_RE = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being|now|not|also|still|originally|initially)\s+"
    r"|['’]re\s+|,\s*)(?:\w+ly\s+)?due\s+to\s+(?:be|open|reopen|start|restart|begin|finish"
    r"|close|move|arrive|meet|hear|vote|decide|consider|deliver|bring|report|publish|launch"
    r"|complete|return|sign|appear|enter|take|go|come|resume|expire|end|run|visit|speak|give"
    r"|receive|make|hold|sit|retire|leave|play|face|land|depart|sail|fly|announce|discuss"
    r"|debate|review|rule|join|travel|perform|reach|switch|get|have)\b", re.I)


@functools.lru_cache(maxsize=8192)  # the same corpus sentences recur as candidates
def states_cause(sentence: str) -> bool:
    """Return True for a sentence stating a cause or purpose ("because", "fined for ...").

    Args:
        sentence: The candidate sentence.

    Returns:
        True for a word or phrase of cause or purpose; a sentence only naming a reason ("It
        is unclear why", "The reason has not been given") states none.
    """
    return bool(_CAUSE_RE.search(_SCHEDULED_RE.sub(" ", sentence)))


def gives_reason(question: str, sentence: str) -> bool:
    """Return False when a why-question meets a sentence that states no reason at all.

    Args:
        question: The question as asked.
        sentence: The candidate sentence.

    Returns:
        False for a question opening with "why"/"how come" and a sentence without a word of
        cause or purpose ("because", "due to", "needed to fund"); True otherwise.
    """
    return not asks_why(question) or bool(_REASON.search(_SCHEDULED_RE.sub(" ", sentence)))
