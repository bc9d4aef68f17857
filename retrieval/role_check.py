"""Deciding to decline a who- or which-question: is its role named, is anyone named at all?

"Who is South Korea's foreign minister?" matches every word of a sentence naming a vice
minister at the foreign ministry, but no sentence names a "foreign minister": the role's words
must all occur in the articles, and when a candidate holds them all, some candidate must hold
them together.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.corpus import Corpus
from retrieval.fact_words import MONTHS, WEEKDAYS
from retrieval.focus import role_asked
from retrieval.grounding import QUOTED_RE
from retrieval.lexical import LexicalIndex, common_words
from retrieval.question_types import WHO_IS_NAMED_RE, WHO_RE, asks_for
from retrieval.role_holders import GENERIC_LEADERS
from retrieval.search import ScoredSentence

# "What is the name of the ferry's skipper?": someone's role by its ending or its word (not
# "the brewery's new beer", "the band's first album").
_NAME_OF_ROLE_RE = re.compile(
    r"^\W*what(?:['’]?s|\s+(?:is|was))\s+the\s+name\s+of\s+(?=(?:the\s+)?(?:[\w-]+\s+){0,3}"
    r"[\w-]+['’]s?\s+(?:[\w-]+\s+)?(?:[\w-]{4,}(?:er|or)|[\w-]+(?:ist|ian|man|woman|person|hand"
    r"|ess|ee|ive)|wife|husband|son|daughter|chief|head|boss|captain|mate|partner|coach|chair"
    r"|clerk|envoy|pilot|chef|cook|nurse|vet|guide|judge|host|rep|agent)s?\b)", re.I)


def role_found(corpus: Corpus, question: str, candidates: Sequence[ScoredSentence]) -> bool:
    """Return False when a candidate holds a "who is <role>" role's words, but none in a row.

    Args:
        corpus: The snapshot searched.
        question: The question as asked.
        candidates: The candidate sentences found for it.

    Returns:
        False when the articles never use a word of the role, or some candidate holds all
        its words but none in a row ("Vice Minister ... at the foreign ministry" for
        "foreign minister"); True otherwise and for other questions.
    """
    # "What is the name of the ferry's skipper?" asks who holds its role.
    role = role_asked(_NAME_OF_ROLE_RE.sub("who is ", question), described=False)
    if role is None:
        return True
    # "who was tallowoods ceo": a possessor the articles write "Tallowood's" is not the role.
    words = role.split()
    if (len(words) > 1 and re.fullmatch(r"[A-Za-z]+[^s'’]s", words[0])
            and words[0][:-1].lower() in corpus.possessors):
        role = " ".join(words[1:])
    lexical = corpus.lexical
    wanted = lexical.terms(role)
    # "Who is Kvarstad's boss?": any leader's title names one ("Chief executive ...").
    if not wanted or words[-1].lower() in GENERIC_LEADERS:
        return True
    # Every word of the role, not only one sharing its first letters ("principle" for
    # "principal", whose stems share seven); a spokesperson may be a spokeswoman.
    if not all(_role_word_used(lexical, word) for word in re.findall(r"[^\W\d_]+", role.lower())
               if lexical.terms(word)):
        return False  # the articles never use a word of the role ("envoy", "CEO")
    size = len(wanted)
    scattered = False
    for cand in candidates:
        terms = lexical.terms(cand.passage.text)
        if any(terms[i:i + size] == wanted for i in range(len(terms) - size + 1)):
            return True
        scattered = scattered or set(wanted) <= set(terms)
    # The trap: a sentence holding the role's words, never together. When no one sentence
    # holds them all ("the Korean representative" for "South Korea is ... represented by"),
    # the phrase may be the user's own.
    return not scattered


_PERSON_ENDINGS = ("person", "persons", "people", "woman", "women", "man", "men")


def _role_word_used(lexical: LexicalIndex, word: str) -> bool:
    """Return True when the articles use a role's word, it with another ending, or its deed."""
    # "fisherman": "who has fished there" (and any word of the stem: "fish" too).
    if lexical.known(lexical.stem(word)):
        return True
    ending = next((e for e in _PERSON_ENDINGS if word.endswith(e) and len(word) > len(e) + 2),
                  None)
    if ending is None:
        return False
    base = word[:-len(ending)]
    deed = base[:-2] if base.endswith("er") and len(base) > 4 else ""
    return (any(lexical.known(lexical.stem(base + other)) for other in _PERSON_ENDINGS)
            or (bool(deed) and lexical.known(lexical.stem(deed))))


# A who-question's answer names someone: a capitalised word the question does not hold ("Who
# is running against Sheriff Amos Whitcombe?" is not answered by "Sheriff Amos Whitcombe
# thanked residents"), and a which-question's names the thing ("Which company drilled the
# shaft at Grindlow Edge?" is not answered by "Drilling of the shaft started at 09:40."). On
# twenty-one sets: four traps declined (other6, other15) and one wrongly answered question
# (other6), no right answer. Only a question naming something is checked: "Who found the
# body?" may be answered by "A dog walker found it."; nor "Who is Park Il?", which asks who
# a named person is.
# "Which company ...", not "Which month/number/way ...", "Which is bigger?", "Which of the
# two ...", "Which bid won, the first or the second?".
_WHICH_RE = re.compile(
    r"^\W*(?:(?:and|so|but|ok|okay)\s+)?which\s+(?!(?:is|was|are|were|one|ones|of|month|week"
    r"|season|time|floor|side|way|number|year|day|date|hour|minute|part|half|end|round|stage"
    r"|quarter|period|place|position|step|level|grade|size|colou?r|direction|leg|lap|set|game"
    r"|version|option)s?\b)[a-z]", re.I)
# A make asked for is a name too: "What make of engine is fitted to it?", "which brand of ...".
_NAME_OF_RE = re.compile(r"^\W*(?:(?:and|so|but|ok|okay)\s+)?(?:what(?:['’]?s|\s+(?:is|was|are"
                         r"|were))\s+(?:the|their|his|her|its)\s+(?:full\s+)?names?\s+of\b"
                         r"|(?:what|which)\s+(?:make|brand|marque)s?\s+of\b)", re.I)
_WORD_RE = re.compile(r"[\w'’]+")
# A site's own voice doing what was asked: "When we wired the hall ..." for "Which firm
# wired it?" (not "we will take a look" for "Which firm made it?", nor a quoted "we"): the
# verb after its helpers.
_WE_DID_RE = re.compile(r"\bwe\s+(?:(?:have|had|also|first|then|finally|were|was|will|would|did"
                        r"|are|can|could|should|not|just|all)\s+)*([\w'’]+)", re.I)
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?]\s+|:\s*[\"“‘'])[\"“‘'(]*$")
_CALENDAR_RE = re.compile(rf"(?:{MONTHS}|{WEEKDAYS})\.?")
# A street's name names no one a who-question asks for: "a dozen were left on Brook Terrace"
# (not a kind that is also a surname: "Lane", "Close", "Green", "Hill", "Way", "Drive").
_STREET_KINDS = frozenset({"street", "road", "terrace", "avenue", "crescent", "wynd", "square",
                           "mews"})


def _capitalised(word: str) -> bool:
    """Return True for a word holding a capital: "Smith", "eBay", "Ólafur", "VK-200"."""
    return any(c.isupper() for c in word)


def _own_words(text: str) -> set[str]:
    """Return a text's words, casefolded, without a possessive's "'s"."""
    return {re.sub(r"['’]s$", "", word).casefold() for word in _WORD_RE.findall(text)}


def names_someone_new(question: str, sentence: str, *, context: str = "",
                      site: str | None = None) -> bool:
    """Return False when a who-, which- or name-of question's answer names no one new.

    Args:
        question: The question as asked.
        sentence: The best candidate sentence.
        context: The text around it, when it leans on the sentence before ("He replaces").
        site: The outlet whose page it is: a sentence saying "we" did what was asked names it.

    Returns:
        False for a who- or which-question naming something (a capitalised word past its
        first), or any "what's the name of ...?", whose sentence and context hold no
        capitalised word outside the question (a month, a weekday and a sentence's common
        first word before a lowercase one do not count; a name written in lower case, such
        as a drug's, is missed; a sentence saying "we" did what was asked names its `site`);
        True otherwise.
    """
    # Asked for a name ("What's the name of the delivery driver who found it?"), the answer
    # names someone or something however little the question names.
    name_of = bool(_NAME_OF_RE.match(question))
    asks = name_of or WHO_RE.match(question) or (
        _WHICH_RE.match(question) and " or " not in question
        and asks_for(question) in (None, "name"))
    named = name_of or any(_capitalised(word) for word in _WORD_RE.findall(question)[1:])
    if not asks or not named or WHO_IS_NAMED_RE.match(question):
        return True
    asked = _own_words(question)
    # A thing asked for ("Which engineering firm ...?") is named in the sentence itself, not
    # by the person a "she said" leans back to.
    who = bool(WHO_RE.match(question))
    texts = [sentence, context] if who else [sentence]
    if any(did.group(1).casefold() in asked
           for did in _WE_DID_RE.finditer(QUOTED_RE.sub(" ", sentence))):
        texts.append(site or "")
    for text in texts:
        words = list(_WORD_RE.finditer(text))
        for k, found in enumerate(words):
            word = re.sub(r"['’]s$", "", found.group())
            following = words[k + 1].group() if k + 1 < len(words) else ""
            if (not _capitalised(word) or word.casefold() in asked
                    or _CALENDAR_RE.fullmatch(word) or (who and _street(word, following))):
                continue
            first = _SENTENCE_START_RE.search(text[:found.start()]) is not None
            if not first or word.casefold() not in common_words() or _capitalised(following):
                return True
    return False


def _street(word: str, following: str) -> bool:
    """Return True for a street's kind or the word before it ("Kiln" of "Kiln Wynd")."""
    return word.casefold() in _STREET_KINDS or (
        following.casefold() in _STREET_KINDS and _capitalised(following))
