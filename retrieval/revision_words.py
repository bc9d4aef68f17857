"""A revision's wording: "not 94 as first announced", "now stands at 214", "raised its bid to".

A later report may say it revises a figure; `revisions` reads such a sentence as the newer
report of the value, and `answering` as a revision when a follow-up asks about the story.
"""

from __future__ import annotations

import re

from retrieval.fact_patterns import fact_spans
from retrieval.fact_words import ONE_TO_TWELVE, TENS

# A revision's own words, with the value it revises or puts: "revised the number ... to 21",
# "the latest quote has gone up to £52,400" (an estimate's, not "inflation has risen to 4%"),
# "53 people, not the 52 that everyone had been quoting", "376 casks, more than first
# thought", "the distillery now says 376", "has now confirmed that 418", "raised its estimate
# to 15", "now stands at 214", "have now been evacuated, up from about 140", "not 94 as first
# announced" (not "an updated version of the app", "first reported in 1976", "down from 4.3%
# in December": a change over time is no correction).
REVISES_RE = re.compile(
    r"\b((revised|raised|lowered|increased|cut|corrected|updated)\s+(its|their|the|his|her)\s+"
    r"(\w+\s+){0,6}?(to|at)\s+(about\s+|around\s+|some\s+)?\d+"
    # A provisional figure raised from its first value: "raised its bid from £8,000 to
    # £11,000" (not "raised its prices to £3", "its fee from £20 to £25": a change over time).
    r"|(raised|lowered|increased|cut|revised)\s+(its|their|the|his|her)\s+(offer|bid|estimate"
    r"|forecast|valuation|quote|figure|total|count|toll|tally)\b(\s+\w+){0,5}?\s+from\s+[£$€]?"
    r"\d[\d,.]*(m|bn|k)?\s+to\s+[£$€]?\d[\d,.]*|(revised|corrected|updated)\s+"
    r"(its|their|the)\s+(figure|figures|count|total|toll|estimate|estimates|timeline|number|tally)"
    r"|now\s+(stands|stand)\s+at|now\s+puts?\s+(the|its|their)\s+(\w+\s+){0,2}?(total|toll|figure|number|cost|count"
    r"|amount|estimate|bill)\s+(\w+\s+){0,5}?at\s+(about\s+|around\s+)?\d[\d,.]*"
    # "now put the quake at magnitude 2.9", "has now confirmed the jolt at magnitude 4.2": a
    # scale's name may stand between (not "confirmed the fire at flat 12", "the match at
    # 3.30pm", "the concert at the 2,000-seat arena").
    r"|now\s+(puts?|confirm(s|ed)?)\s+(?:(the|its|their)\s+(\w+\s+){1,3}?|it\s+|that\s+"
    r"|this\s+)at\s+(about\s+|around\s+|magnitude\s+|level\s+|grade\s+|force\s+"
    r"|category\s+)?\d[\d,.]*(?![\d,.]*(?:\s*(?:am|pm)\b|-))"
    r"|than\s+(the|its|their)\s+(first|initial|original|earlier)\s+(estimate|figure|count"
    r"|forecast|budget)(?!\s+of\b)|now\b[^.!?]{0,60}\b(up|down)\s+from\s+(about\s+|around\s+)?\d+"
    r"|(quote|estimate|bill|cost|toll|figure|total|count|budget|tally)s?\b[^.;:!?]{0,50}?\b(has|have"
    r"|had)\s+(now\s+)?(gone\s+up|risen|climbed|increased|jumped|soared|gone\s+down|fallen"
    r"|dropped)\s+(again\s+)?(from\s+\S+\s+)?to\s+(an\s+estimated\s+|more\s+than\s+|nearly\s+"
    r"|about\s+|around\s+)?[£$€]?\d[\d,.]*"
    r"|(taking|takes|took|bringing|brings|brought)\s+(the|its)\s+(\w+\s+){0,3}?total\s+"
    r"(\w+\s+){0,3}?to"
    # "not 40 as first announced", "not the 40 first reported", "not the 40 minutes first
    # reported" (with a unit, only "first ..."; "not the 2 players given red cards" is none).
    r"|not\s+[£$€]?\d[\d,.:]*(\s+[a-z]+)?\s+as\s+(first|previously|earlier|initially)\b"
    # "not four as we had believed", "not 1927 as they thought", "not midnight as was first
    # thought": a belief held before.
    rf"|not\s+([£$€]?\d[\d,.:]*(m|bn|k)?|{ONE_TO_TWELVE}|(?:{TENS})(-\w+)?|\w+teen|overnight"
    r"|midnight|midday|noon|dawn|dusk)(\s+[a-z]+)?"
    r"\s+as\s+(((we|they|he|she|I|everyone|many|most|police|officials|organisers|experts)(['’]d)?"
    r"|had\s+been|was)\s+)(had\s+|have\s+|once\s+|first\s+|originally\s+){0,2}(believed"
    r"|thought|assumed|feared|understood|reported|claimed)\b"
    r"|not\s+the\s+[£$€]?\d[\d,.:]*\s+(first\s+|initially\s+|originally\s+)?(announced|reported"
    r"|given|stated)\b"
    r"|not\s+the\s+[£$€]?\d[\d,.:]*((\s+and)?(\s+\d+)?\s+[a-z]+){1,3}?\s+(first|initially|originally"
    r"|previously)\s+(announced|reported|given|stated)\b"
    r"|final\s+(count|figure|tally|total)"
    # "40 metres, not the 30 the club had ordered": what someone had expected.
    r"|not\s+the\s+[£$€]?\d[\d,.:]*(\s+[a-z]+)?\s+((that|which)\s+)?(the\s+\w+|we|they|he|she)"
    r"\s+had\s+(ordered|expected|planned|booked|thought|estimated|quoted|budgeted|announced"
    r"|reported|given|said)\b"
    # A running total brought up to date: "90 riders have now entered", "has now reached £800".
    r"|(has|have)\s+now\s+(been\s+)?(reached|topped|passed|risen|grown|climbed|hit|exceeded"
    r"|signed\s+up|entered|registered|enrolled|joined|booked|collected|raised|donated|pledged"
    r"|sold|totall?ed)\b"
    r"|not\s+the\s+[£$€]?\d[\d,.:]*\s+(that|which)\s+(\w+\s+){0,3}?(had|have|has)\s+been\s+(quoting"
    r"|quoted|reporting|reported|saying|said|given|told)"
    r"|not\s+the\s+[£$€]?\d[\d,.:]*(\s+[a-z]+){1,2}?\s+(that|which)\s+(\w+\s+){0,3}?(had|have|has)"
    r"\s+been\s+(quoting|quoted|reporting|reported)"
    r"|(more|fewer|less|higher|lower|greater|worse|bigger|larger|smaller)\s+than\s+(first|initially"
    r"|originally|previously)\s+(thought|feared|reported|estimated|believed|expected|announced)"
    # The new value after, not in the match: `names_value` reads a match's values as corrected.
    r"|now\s+(says?|said|confirms?|confirmed|estimates?|reports?)(?=\s+(that\s+)?(about\s+"
    r"|around\s+|some\s+)?\d)"
    # "with the herd's value now estimated at £5,000": the new value after, as above (not "now
    # valued at", a firm's growth).
    r"|now\s+(estimated|put|reckoned)\s+(to\s+be|at)(?=\s+((about|around|some|over|nearly"
    r"|almost|more\s+than|up\s+to|at\s+least)\s+)?[£$€]?\d)"
    r"|than\s+the\s+(about\s+|around\s+)?\d[\d,.:]*(\s+[a-z\d]+){0,3}?\s+(first\s+|initially\s+"
    r"|originally\s+|previously\s+|earlier\s+)?(given|announced|reported|stated|estimated"
    r"|quoted)\b(?!\s+(in\s+\d{4}|at\s+last|for\s+(similar|other|previous)|last\s+year|that\s+year"
    r"|the\s+year|in\s+previous)\b))\b", re.I)

# The values a sentence states, whole: "212", "41.5", "07:46" (a kind's pattern may match a
# value's first digit only), and numbers in words ("eleven").
VALUE_RE = re.compile(rf"\d(?:[\d,.:]*\d)?|\b(?:{ONE_TO_TWELVE}|{TENS}|hundred|thousand"
                      r"|million|billion)\b", re.I)


def stated_values(sentence: str) -> frozenset[str]:
    """Return the values a sentence states, lowercased ("212", "41.5", "07:46", "eleven")."""
    return frozenset(found.group().lower() for found in VALUE_RE.finditer(sentence))


def corrects_value(first: str, text: str) -> bool:
    """Return True when a sentence says it revises a value the first states.

    Args:
        first: The earlier report's sentence.
        text: The later report's sentence.

    Returns:
        True for "67 passengers ..., rather than the 58 in 14 cabins first reported" after
        "... leaving 58 passengers stuck": one of its revision's words names the 58.
    """
    return names_value(stated_values(first), text)


def names_value(values: frozenset[str], text: str) -> bool:
    """Return True when one of a sentence's revision wordings names one of the values."""
    return any(stated_values(found.group()) & values for found in REVISES_RE.finditer(text))


_REVISED_VALUE_CHARS = 15  # how soon after its revision wording the revised value stands


def says_revised(kind: str | None, text: str) -> bool:
    """Return True when a sentence says it revises a value of the kind asked.

    Args:
        kind: The kind of fact asked (`question_types.asks_for`), or None for any value.
        text: The sentence.

    Returns:
        True when a value of the kind stands in or just after a revision wording ("now
        estimated at £41,000"), not when another figure is revised ("Police now say 30 cows
        were taken, and the trailer cost £7,000" asked what the cows are worth).
    """
    spans = fact_spans(kind, text) if kind else [m.span() for m in VALUE_RE.finditer(text)]
    return any(found.start() <= start <= found.end() + _REVISED_VALUE_CHARS
               for found in REVISES_RE.finditer(text) for start, _ in spans)
