"""Who holds the role a question asks about: the roles it names, and sentences naming them.

"Who is the ceo of Corvane?" asks for the holder of a role; "who runs Northgate?" for
whoever holds a leader's role near Northgate's name; "who started Mavuno Pay?" for a
founder; "Which judge heard the case?" for a judge, titled "Justice". A sentence names the
holder when the role stands by a name ("Corvane CEO Grady Mulvany", "Kasia Brennan Holt,
the union's chief negotiator", "confirmed Mr. Rafael Sy-Navarro as President").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from retrieval.fact_words import BODY_LAST, NAME_PARTICLES, NAME_WORD
from retrieval.lexical import LexicalIndex

_LEADS_RE = re.compile(
    r"^\W*who\s+(?:leads|led|heads|headed|runs|ran|chairs|chaired|manages|managed|directs"
    r"|directed|commands|commanded|(?:is|was)\s+(?:leading|heading|running|in charge of"
    r"|in command of|at the helm of))\b", re.I)
_FOUNDED_RE = re.compile(r"^\W*who\s+(?:founded|co-?founded|started|created|set up|established)"
                         r"\b", re.I)
LEADERS = ("chief executive", "chief", "ceo", "president", "chair", "chairman", "chairwoman",
           "chairperson", "head", "leader", "director", "general secretary",
           "secretary general", "commander", "boss", "managing director", "governor")
GENERIC_LEADERS = frozenset({"head", "leader", "boss", "chief"})
# In lower case only ("the After School Club" is a name), and "after", "before", "following"
# only before a common noun's phrase ("after the merger"; "before Smith" names whom).
_CLAUSE_RE = re.compile(r"\b(?:now that|since|because|when|while|so that|(?:after|before|following)"
                        r"(?=\s+(?:the|a|an|its|his|her|their)\s+[a-z]))\b")
_BODIES = ("company", "firm", "operator", "organisation", "organization", "group", "business",
           "agency", "body", "team", "unit", "panel", "committee", "board", "crew")
_RELATIVE_RE = re.compile(rf"\b(?:{'|'.join(_BODIES)})\s+(?:that|which|whose)\b", re.I)
FOUNDERS = ("founder", "co-founder", "cofounder", "founded by", "co-founded by")
# One role under its names: a judge is "Justice ...", a goalkeeper "keeper" or "goalie".
TITLE_GROUPS = (("judge", "justice"), ("goalkeeper", "keeper", "goalie"))
# A role asked for by its general name, held under a title of its kind: "the lawyer for the
# company" is "Senior Counsel Kiprono Langat". One way only: a barrister is no solicitor.
TITLES_OF = {"lawyer": ("counsel", "attorney", "barrister", "solicitor")}


def roles_asked(lexical: LexicalIndex, question: str, role: list[str],
                which: list[str]) -> tuple[list[tuple[str, ...]], frozenset[str]]:
    """Return the roles whose holder a question asks for, and the terms of what they lead.

    Args:
        lexical: The index whose stemmer the sentences' terms use.
        question: The question, spelling repaired.
        role: The words of the role a "who is" question names ("head"), or none.
        which: The words of a "which" question's phrase ("judge"), or none.

    Returns:
        Each role as its words' stems (with its titles: a judge's "Justice", a lawyer's
        "Counsel"; a leader's or a founder's roles for "who runs", "the head of", "who
        started"), and the stemmed terms of what a leader leads or a founder founded.
    """
    # The person holding the role a "who is"/"which" question asks for ("which judge");
    # not a "what" question's thing ("What was American Airlines' profit?").
    holder = role or which
    roles = [tuple(lexical.stem(w.lower()) for w in holder)] if holder else []
    # A judge is titled "Justice" ("Justice Miranda Okafor-Reid").
    same = next((group for group in TITLE_GROUPS if holder and holder[-1].lower() in group),
                TITLES_OF.get(holder[-1].lower(), ()) if holder else ())
    roles += [(*roles[0][:-1], lexical.stem(title)) for title in same
              if title != holder[-1].lower()]
    # "Who runs Northgate?", "who started Mavuno Pay?": whoever holds a leader's role
    # ("Alistair Voss, Northgate Meridian's chief executive") or a founder's (as written).
    # "Who is the head of the museum?" asks the same as "who heads the museum?".
    runs = _LEADS_RE.search(question)
    leads = runs or (re.search(rf"(?i)\b{re.escape(role[-1])}\b", question)
                     if role and role[-1].lower() in GENERIC_LEADERS else None)
    verb = leads or _FOUNDED_RE.search(question)
    # "Who runs the company that operates the ferry?": a body named by what it does leads to
    # its noun and the names in the clause ("Glen Rossal"; not "Who chairs that committee?").
    # "Who is running the marathon now that the director quit?": what is led ends at a clause.
    rest = _CLAUSE_RE.split(question[verb.end():], maxsplit=1)[0] if verb else ""
    clause = _RELATIVE_RE.search(rest)
    names = re.findall(r"\b[A-Z][\w'’-]*", rest[clause.end():]) if clause else []
    # "Who is Kvarstad's boss?": the possessor is what the boss leads.
    owner = re.search(r"(\w[\w.&-]*)['’]s?\s+(?:\w+\s+)?$", question[:verb.start()]) if (
        leads and not runs) else None
    led = frozenset(lexical.terms(" ".join([rest[:clause.end()] if clause else rest, *names,
                                            owner.group(1) if owner else ""])))
    asks_holder = bool(led) or clause is not None
    if leads and asks_holder:
        roles += [tuple(lexical.stem(w) for w in title.split()) for title in LEADERS]
    elif verb and asks_holder:
        roles += [tuple(title.split()) for title in FOUNDERS]
    return roles, led


HONORIFIC = r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Rev)\.?\s+)?"
_TRADE_HEADS = frozenset({("head",), ("chief",)})
# A trade's noun, no verb: "head gardener", "chief engineer"; not "chief thanked", "head told".
_TRADE = r"(?-i:[a-z]+(?:er|or|ist|ian|ant|ent|ive|ee|ess)|coach|chef|nurse|constable|steward)\b"
# A word before a role that makes it another's ("as deputy director", "as a director"; not
# "as interim race director").
_NOT_HOLDING = r"(?:an?|deputy|vice|assistant|associate|former|outgoing|ex|junior|co)"
_NOT_APPOINTED = "".join(rf"(?<!{verb} )" for verb in (
    "sacked", "fired", "ousted", "replaced", "replacing", "succeeded", "succeeds", "dismissed",
    "stars", "starring", "plays", "played", "cast"))


# A leader named after the verb: "An internal investigation will be led by chief engineer
# Tor Eilertsen", "the inquiry, chaired by Dame Ann Lowe".
_LED_BY_RE = re.compile(rf"\b(?:led|headed|chaired|run|directed|overseen)\s+by\s+"
                        rf"(?:(?-i:[a-z])[\w'’-]*\s+){{0,3}}{HONORIFIC}{NAME_WORD}\s+{NAME_WORD}")
_LED_WORDS = 6  # how near before the verb the words of what is led must stand
_HELPING_VERBS = frozenset({"is", "was", "are", "were", "be", "been", "being", "will", "would",
                            "has", "have", "had", "to", "currently", "now", "also"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that"})
_PREPOSITIONS = frozenset({"against", "outside", "into", "of", "on", "for", "about", "over",
                           "at", "near", "by", "with", "from", "behind", "inside"})


def led_by(lexical: LexicalIndex, sentence: str, led: frozenset[str], *,
           about: frozenset[str] = frozenset()) -> bool:
    """Return True when the sentence names who leads what the question names.

    Args:
        lexical: The index whose stemmer the terms use.
        sentence: The candidate sentence.
        led: The stemmed terms of what a "who leads" question asks about.
        about: The stemmed terms of the sentence's article's title.

    Returns:
        True for "an investigation ... led by NAME" ("headed", "chaired", "run" by) where the
        thing led, the common noun right before the verb, is one of the led terms and half
        of them are in the sentence or the title ("Kvarstad's investigation": "An internal
        investigation will be led by ..." under "Kvarstad Aerospace: ..."; not a protest
        outside Kvarstad, nor a rail crash's investigation for "the investigation at the
        Kisumu hospital").
    """
    for found in _LED_BY_RE.finditer(sentence):
        words = re.findall(r"[\w'’-]+", sentence[:found.start()])
        while words and words[-1].lower() in _HELPING_VERBS:
            words.pop()
        # The noun's own words before it, back past its determiner: a preposition there
        # makes it another thing's object ("the campaign against the company").
        modifiers = [w.lower() for w in words[-3:-1]]
        if (len(words) < 2 or not words[-1].islower() or lexical.stem(words[-1]) not in led
                or (modifiers and (modifiers[-1] in _PREPOSITIONS or (
                    modifiers[-1] in _DETERMINERS and modifiers[0] in _PREPOSITIONS)))):
            continue
        before = set(lexical.terms(" ".join(words[-_LED_WORDS:])))
        if 2 * len(led & (before | about)) >= len(led):
            return True
    return False


def names_holder(sentence: str, role_stems: Sequence[str]) -> bool:
    """Return True when the sentence names the person holding a role.

    Args:
        sentence: The candidate sentence.
        role_stems: The role's stemmed words ("chief", "execut"), as the question names it.

    Returns:
        True for the role right before a name ("Corvane CEO Grady Mulvany"), a name before
        it ("Kasia Brennan Holt, the union's chief negotiator") or the role then "is" and a
        name ("Top seed is Swedish grandmaster Arvid Lindqvist"; not "The coach is confident
        that John Smith ..."); a role alone ("a state judge ruled") names no one.
    """
    pattern = holder_pattern((tuple(role_stems),))
    return pattern is not None and pattern.search(sentence) is not None


@functools.lru_cache(maxsize=256)
def holder_pattern(roles: tuple[tuple[str, ...], ...]) -> re.Pattern[str] | None:
    """Return one pattern finding the holder of any of the roles (each its words' stems)."""
    # A word or three may come between a role's words ("Founded in 2021 by").
    # A head or chief of a trade leads its people: "Volunteer head gardener Fiona Baird".
    alternatives = "|".join(r"(?:\s+\S+){0,3}?\s+".join(rf"{re.escape(stem)}[\w'’]*"
                                                          for stem in role)
                            + (rf"(?:\s+{_TRADE})?" if role in _TRADE_HEADS else "")
                            for role in roles if role)
    if not alternatives:
        return None
    role = f"(?:{alternatives})"
    # Not another role of the same word: "Attorney General Pam Bondi", "General Counsel".
    holder = (rf"(?!General\b){HONORIFIC}{NAME_WORD}\s+{NAME_PARTICLES}"
              rf"(?!{BODY_LAST}\b){NAME_WORD}")
    return re.compile(
        rf"(?i:\b{role})\.?\s+{holder}"
        # Set off by a comma, a role in lower case: "past the driver, Owen Tal," (not a name
        # asked about: "Owen Tal, Bryn Haulage's driver"). The apposition closes right after
        # the name ("the driver, Mr Pike said" is a clause).
        rf"|\b{role},\s+{holder}(?:\s+{NAME_WORD})?(?=\s*[,;)–—]|\s*\.?$)"
        rf"|{NAME_WORD}\s+{NAME_WORD},\s+(?:[\w'’-]+\s+){{0,4}}?(?<!General )(?i:{role})\b"
        # "Top seed is Swedish grandmaster Arvid Lindqvist".
        rf"|(?i:\b{role})\s+(?:is|was)\s+(?:(?!(?:by|to|in|at|on|of|out|up|off|with|for|from|that"
        rf"|when|because|after|before|while|as|if|among|against|about|the)\b)(?![a-z]+(?:ed|ing)\b)"
        rf"[\w'’-]+\s+){{0,3}}?{NAME_WORD}\s+{NAME_PARTICLES}"
        rf"(?!{BODY_LAST}\b){NAME_WORD}"
        # "confirmed Mr. Rafael Sy-Navarro as President", "named Jane Doe as its new coach";
        # not the holder leaving or an actor ("sacked Marco Ruiz as coach", "stars Daniel
        # Day-Lewis as President Lincoln").
        rf"|(?=(?-i:[A-Z])){_NOT_APPOINTED}{NAME_WORD}\s+{NAME_WORD}\s+as\s+(?:(?:the|its|their|his|her|new"
        rf"|interim|acting|permanent|full-time)\s+){{0,3}}(?:(?!{_NOT_HOLDING}\b)(?-i:[a-z])[\w-]*\s+)?"
        rf"(?i:{role})\b")
