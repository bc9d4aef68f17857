"""Deciding to decline a price question: does the answer price the thing asked about?

"How much does a ticket to the museum cost?" asks for an item's price. A story about the
museum holds other amounts ("a new hall at a cost of 1.2 billion tögrög"), close in meaning
and of the right kind, and none of them is a ticket's price: the answer must name the item
near its amount ("Tickets cost £12", "£9 for an adult ticket"). A question about a thing
asked with "the" or no article ("How much does the Kabini water project cost?", "How much
will the bridge cost?") is not checked: its amount is the thing's own.
"""

from __future__ import annotations

import bisect
import re

from retrieval.fact_words import MONEY_AMOUNT, ONE_TO_TWELVE, TENS
from retrieval.lexical import LexicalIndex
from retrieval.question_types import asks_for

# "How much does a <item> cost / earn / pay", "how much is a season ticket?": an item's price
# or a person's pay, asked with an indefinite article and closed by a verb of price (not
# "How much does a storm weigh?", "How much will a recession hurt growth?").
_ITEM_PRICE_RE = re.compile(
    r"^\W*how\s+much\s+(?:(?:does|do|would|will)\s+(?:a|an|one)\s+(?P<item>[\w'’ -]{2,80}?)"
    r"\s+(?:cost|costs|be|earn|earns|pay|pays|charge|charges|sell\s+for|go\s+for)\b"
    r"|is\s+(?:a|an|one)\s+(?P<named>[\w'’ -]{2,80}?)\s*\?\s*$)", re.I)
# The item is the phrase before a preposition, and the noun after "of" ("single dose" and
# "Respavo" of "single dose of Respavo", "cup" and "coffee" of "a cup of coffee in Oslo"):
# one of its words names it near an amount ("£9 for adults" for "an adult ticket").
_PREPOSITION_RE = re.compile(r"\s+(?:to|on|from|for|in|at|with|by|between)\s+", re.I)
_OF_RE = re.compile(r"\s+of\s+(?:the\s+)?", re.I)
# An amount as prices are written: "£12", "12 euros", "12 pounds", "150p", "twelve dollars",
# "free".
AMOUNT_RE = re.compile(
    rf"{MONEY_AMOUNT}|\b\d[\d,.]*\s?p\b|\b(?:\d[\d,.]*|{ONE_TO_TWELVE}|{TENS})\s+(?:us\s+)?"
    r"(?:pounds?|dollars?|euros?|pence|cents?|kroner|krona|francs?|quid|grand|gbp|usd|eur|chf)\b"
    r"|\bfree\b", re.I)
_NEAR_WORDS = 10  # how near its amount the item must be named
# "How much did the farm pay for the pump?", "how much was spent on the roof?" (the verb in
# lower case: "Pay for Schools" is a name; a thing itself, not "a ticket", whose price is an
# item's, below) asks what was paid: an answer says money changed hands, not "insured for
# £90,000" or "expect to save £800".
_PAID_ASKED_RE = re.compile(r"(?i:^\W*(?:and\s+)?how\s+much\b)(?!\s+(?:time|longer|effort)\b).*"
                            r"\b(?:(?:pay|paid)\s+(?:[\w'’-]+\s+){0,3}?for|(?:spend|spent)\s+on)"
                            r"\s+(?!(?:a|an|one|each)\b)")
_PAID_RE = re.compile(r"\b(?:paid|pay|pays|paying|bought|buy|buys|purchased?|purchases|cost|costs"
                      r"|costing|price|prices|priced|spent|spend|spends|sold|sale|fees?|charged?"
                      r"|charges|bid|fetched|deal|invest|invested|investment|bill)\b", re.I)


def prices_item(lexical: LexicalIndex, question: str, text: str) -> bool:
    """Return False when an item's price is asked and the answer prices something else.

    Args:
        lexical: The index whose stemmer the terms use.
        question: The question, spelling repaired.
        text: The answer's passage (its sentence, or its window of sentences).

    Returns:
        False for "How much does a <item> cost?" when no amount in the text has a word of
        the item within ten words of it, and for "how much did they pay for / spend on"
        a thing when the text says nothing was paid, bought, spent or cost; True otherwise.
    """
    if _PAID_ASKED_RE.search(question) and not _PAID_RE.search(text):
        return False
    asked = _ITEM_PRICE_RE.match(question)
    if asked is None:
        return True
    phrase = asked.group("item") or asked.group("named")
    head, *after_of = _OF_RE.split(_PREPOSITION_RE.split(phrase)[0], maxsplit=1)
    noun = after_of[0].split()[0] if after_of and after_of[0].split() else ""
    item = set(lexical.terms(head)) | set(lexical.terms(noun))
    if not item:
        return True
    # Each word's start, once: an amount's neighbours are found by bisection (linear).
    words = list(re.finditer(r"\S+", text))
    starts = [word.start() for word in words]
    for amount in AMOUNT_RE.finditer(text):
        first = bisect.bisect_left(starts, amount.start())
        last = bisect.bisect_left(starts, amount.end())
        around = words[max(0, first - _NEAR_WORDS):first] + words[last:last + _NEAR_WORDS]
        if item & set(lexical.terms(" ".join(word.group() for word in around))):
            return True
    return False


# A measure of money or people a question names ("What is Richard Parsons' salary?", "the
# population of Tokyo"), and the words an answer giving it uses: a story's other amounts ("a
# profit of $3.36bn", "fined €4.6 million") are close in meaning and of the right kind.
_MEASURES = {measure: frozenset(words.split()) for measure, words in {
    "salary": "salary salaries pay paid pays earn earns earned earnings wage wages package "
              "compensation remuneration",
    "revenue": "revenue revenues sales turnover income",
    "profit": "profit profits earn earned earns earnings income loss",
    "valuation": "valuation valued value worth",
    "population": "population residents inhabitants people live lives",
    "circulation": "circulation copies readers readership sells sold",
}.items()}
_WHAT_IS_RE = re.compile(r"^\W*what(?:['’]s|\s+(?:is|was|are|were))\b", re.I)
_MEASURE_RE = re.compile(rf"\b({'|'.join(_MEASURES)})s?\b|\bhow much (?:is|are|was|were)\s+"
                         r"(?:[\w'’.-]+\s+){1,6}?paid\b", re.I)


def names_measure(lexical: LexicalIndex, question: str, text: str) -> bool:
    """Return False when a measure such as a salary is asked and the answer does not give it.

    Args:
        lexical: The index whose stemmer the terms use.
        question: The question, spelling repaired.
        text: The answer's sentence.

    Returns:
        False for "What is Richard Parsons' salary?" answered by "TimeWarner posted a profit
        of $3.36bn" (no word of pay), "What is the population of Thornby Bridge?" by a
        council's update; True when the answer uses a word of the measure, and for questions
        asking neither a sum of money nor "what is" of it.
    """
    asked = _MEASURE_RE.search(question)
    # Asked for the measure itself, not about it ("What did BA blame for its slump in profits?")
    # nor for its change ("How much did American's revenue grow?": "4.4 percent").
    if asked is None or not (asks_for(question) == "money" or _WHAT_IS_RE.match(question)):
        return True
    measure = (asked.group(1) or "salary").lower()
    return not lexical.stem_set(_MEASURES[measure]).isdisjoint(lexical.terms(text))


# "How much does the Whitby jet pendant cost?", "what does a ticket cost?": one item's price,
# asked in the present; a sentence giving a price apiece ("priced at £45 each", "£9 per
# ticket") answers it, not the story's total ("The bill has come to £82,000").
# So does what one use cost: "how much did it cost to park your car?" ("at £3 a car").
_UNIT_ASKED_RE = re.compile(r"^\W*(?:how\s+much|what)\s+(?:(?:does|do)\s+(?:a|an|one|the|each)"
                            r"\s+[\w'’ -]{2,80}?\s+cost\b|(?:does|did|will|would)\s+it\s+cost"
                            r"\s+to\s+\w+\s+(?:a|an|one|your|my|their|each)\s+\w)", re.I)
_UNIT_PRICE_RE = re.compile(r"\b(?:each|apiece|a\s+piece|per\s+(?!cent\b)\w+)\b|\bpriced\s+at\b",
                            re.I)
# "£3 a car", "€4.50 a scoop" (not "£300 a few years ago", "£3 a lot cheaper").
_A_RATE_RE = re.compile(rf"(?:{MONEY_AMOUNT})\s+an?\s+(?!few\b|lot\b|little\b|bit\b|further\b"
                        r"|total\b|record\b|year\s+ago\b)\w+\b", re.I)


def asks_unit_price(question: str) -> bool:
    """Return True for a question asking one item's price ("How much does the pendant cost?")."""
    return bool(_UNIT_ASKED_RE.match(question))


def states_unit_price(text: str) -> bool:
    """Return True for a sentence giving a price apiece ("priced at £45 each", "£3 a car")."""
    return ((bool(AMOUNT_RE.search(text)) and bool(_UNIT_PRICE_RE.search(text)))
            or bool(_A_RATE_RE.search(text)))
