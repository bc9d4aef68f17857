"""Deciding to decline a price question: does the answer price the thing asked about?

"How much does a ticket to the museum cost?" asks for an item's price. A story about the
museum holds other amounts ("a new hall at a cost of 1.2 billion tögrög"), close in meaning
and of the right kind, and none of them is a ticket's price: the answer must name the item
near its amount ("Tickets cost £12", "£9 for an adult ticket"). A question about a whole
thing ("How much does the Kabini water project cost?", "How much will the bridge cost?")
is not checked: its amount is the thing's own.
"""

from __future__ import annotations

import re

from retrieval.fact_words import MONEY_AMOUNT
from retrieval.lexical import LexicalIndex

# "How much does a <item> cost / earn", "how much is a single ticket": an item's price or a
# person's pay, asked with an indefinite article.
_ITEM_PRICE_RE = re.compile(
    r"^\W*how\s+much\s+(?:does|do|is|would|will)\s+(?:a|an|one)\s+(?P<item>[\w'’ -]{2,80}?)"
    r"(?:\s+(?:cost|costs|be|earn|earns|charge|charges|sell|go)\b|\s*\?|$)", re.I)
# The item is the phrase before a preposition ("normal ferry ticket" of "normal ferry ticket
# from Oban to Craignure", "single dose" of "single dose of Respavo"): one of its words
# names it near an amount ("£9 for adults" for "an adult ticket").
_PREPOSITION_RE = re.compile(r"\s+(?:to|on|of|from|for|in|at|with|by|between)\s+", re.I)
_AMOUNT_RE = re.compile(MONEY_AMOUNT, re.I)
_NEAR_WORDS = 6  # how near its amount the item must be named


def prices_item(lexical: LexicalIndex, question: str, sentence: str) -> bool:
    """Return False when an item's price is asked and the sentence prices something else.

    Args:
        lexical: The index whose stemmer the terms use.
        question: The question, spelling repaired.
        sentence: The best candidate sentence.

    Returns:
        False for "How much does a <item> cost?" when no amount in the sentence has a word
        of the item within six words of it; True otherwise and for other questions.
    """
    asked = _ITEM_PRICE_RE.match(question)
    if asked is None:
        return True
    item = set(lexical.terms(_PREPOSITION_RE.split(asked.group("item"))[0]))
    if not item:
        return True
    for amount in _AMOUNT_RE.finditer(sentence):
        around = (sentence[:amount.start()].split()[-_NEAR_WORDS:]
                  + sentence[amount.end():].split()[:_NEAR_WORDS])
        if item & set(lexical.terms(" ".join(around))):
            return True
    return False
