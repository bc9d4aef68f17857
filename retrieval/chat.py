"""Chat-style questions made plain: question words spelled out, shorthand expanded, fillers gone."""

from __future__ import annotations

import re

# Chat spellings of question words, in any case: the question's type ("when" wants a date)
# hangs on them, and they are too short for the spelling repair.
QUESTION_WORDS = {
    "wat": "what", "wut": "what", "wht": "what", "whaat": "what", "wats": "what is",
    "whats": "what is", "wen": "when", "whn": "when", "wens": "when is", "wher": "where",
    "whr": "where", "wheres": "where is", "whens": "when is", "whos": "who is", "wich": "which",
    "whch": "which",
    "hw": "how", "hows": "how is", "howmany": "how many",
}
# Shorthand, only as chat writes it, in lower case: "SK Hynix", "George W. Bush" and "DPRK"
# are names, and the articles may use them as they are.
SHORTHAND = {
    "r": "are", "u": "you", "ur": "your", "abt": "about", "thru": "through", "w/": "with",
    "w": "with", "bc": "because", "cuz": "because", "coz": "because", "gonna": "going to",
    "wanna": "want to", "gotta": "have to", "kinda": "kind of", "sorta": "sort of",
    "govt": "government", "admin": "administration", "prez": "president",
    "intl": "international", "rep": "representative", "reps": "representatives", "yr": "year",
    "yrs": "years", "tmrw": "tomorrow", "rn": "right now", "b4": "before",
    "bfore": "before", "2day": "today", "2moro": "tomorrow", "pic": "picture", "ppl": "people",
    "tha": "the", "teh": "the", "dat": "that", "dey": "they", "wot": "what",
    # Not "info" nor "pics": articles write them too ("info@...", "more pics").
    "uni": "university", "secs": "seconds", "mins": "minutes", "hrs": "hours",
    "dept": "department", "approx": "approximately",
    # Apostrophes dropped ("why isnt it going"; not "wont", "id", "its", "well", nor "im",
    # "ive": "Freiburg im Breisgau", "Jony Ive").
    "dont": "don't", "doesnt": "doesn't", "didnt": "didn't",
    "isnt": "isn't", "wasnt": "wasn't", "arent": "aren't", "werent": "weren't", "cant": "can't",
    "couldnt": "couldn't", "wouldnt": "wouldn't", "hasnt": "hasn't", "havent": "haven't",
    "thats": "that's", "theyre": "they're", "youre": "you're",
}
# "da" for "the" only after a word that is followed by "the" ("is da meeting", "in da talks"):
# "Lula da Silva" and "Leonardo da Vinci" keep theirs.
_DA_RE = re.compile(r"\b(is|was|are|were|in|of|to|for|at|on|with|from|by|about|did|does|do"
                    r"|when|what|who|where|how|why|wen|wat|all|and|but|so)(\s+)da(?=\s)",
                    re.IGNORECASE)
# Fillers that only dilute what the model reads, in any case.
FILLERS = {"or nah", "in all this", "in all of this", "lol", "btw", "tbh", "pls", "plz", "idk",
           "lmk"}


def _whole_words(words: list[str], *, ignore_case: bool) -> re.Pattern[str]:
    """Return a pattern matching any of the words as a whole word ("u", not the u of "U.S.")."""
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"(?<![\w'.&/@-])({alternatives})(?![\w'.&/@-])",
                      re.I if ignore_case else 0)


_ANY_CASE_RE = _whole_words([*QUESTION_WORDS, *FILLERS], ignore_case=True)
_SHORTHAND_RE = _whole_words(list(SHORTHAND), ignore_case=False)


def normalise_chat(text: str) -> str:
    """Spell out chat forms ("wen" -> "when", "govt" -> "government") and drop fillers.

    Args:
        text: A user's question.

    Returns:
        The question with chat spellings of question words and lower-case shorthand
        replaced and fillers ("lol", "or nah") removed; everything else untouched.
    """
    spelled = _ANY_CASE_RE.sub(lambda m: QUESTION_WORDS.get(m.group(1).lower(), ""), text)
    spelled = _SHORTHAND_RE.sub(lambda m: SHORTHAND[m.group(1)], spelled)
    spelled = _DA_RE.sub(r"\1\2the", spelled)
    return re.sub(r"\s+([?.!,])", r"\1", re.sub(r"\s{2,}", " ", spelled)).strip()
