"""Does an answer stand on the question's words: its topical words, and the names it gives?"""

from __future__ import annotations

import re

from retrieval.corpus import Corpus
from retrieval.lexical import LexicalIndex, common_words
from retrieval.question_types import asks_for
from retrieval.search import ScoredSentence


def grounded_in(corpus: Corpus, topical: set[str] | frozenset[str], best: ScoredSentence) -> bool:
    """Return True when a candidate sentence, its windows or its context hold a topical word.

    Args:
        corpus: The snapshot the candidate comes from.
        topical: Stemmed topical words (`topical_terms`); none asks nothing.
        best: The candidate.

    Returns:
        True when one of the words is in the sentence, a window around it or the context
        it leans on, or when there are no words to hold.
    """
    if not topical:
        return True
    terms = corpus.lexical.passage_terms
    around = [best.position, *corpus.windows_of.get(best.position, ())]
    if best.position in corpus.context_of:
        around.append(corpus.context_of[best.position])
    return any(topical & terms[p] for p in around)


# A person, place or thing the question names in two to four capitalised words ("Tomasz
# Wierzbicki", "British Airways"; not a sentence's first word, nor a title: "Prime Minister"):
# the answer, or the text around it, names it too. On nineteen sets it
# declined two traps ("How many passengers did British Airways carry in January?" answered by
# another airline's "passenger numbers rose 8.1% in January") and one answerable question
# whose answer was wrong. Typed in lower case or misspelt, a name is not checked.
_CAPITALISED_RUN_RE = re.compile(r"[A-Z][\w'’]+(?:[\s-][A-Z][\w'’]+)*")
_NAME_WORDS = (2, 4)
_TITLE_WORDS = frozenset((
    "prime", "minister", "president", "vice", "chief", "executive", "secretary", "general",
    "deputy", "foreign", "home", "finance", "defence", "defense", "interior", "justice",
    "health", "chairman", "chair", "director", "officer", "head", "navy", "army", "air", "force",
    "police", "government", "ministry", "department", "office", "court", "supreme", "high",
    "state", "national", "federal", "council", "board", "committee", "party", "mayor",
    "governor", "senator", "judge", "united", "nations", "house", "senate", "parliament",
    "assembly", "white"))


def _names(question: str) -> list[str]:
    """Return the names a question gives: runs of two to four capitalised words, no title."""
    found = []
    for run in _CAPITALISED_RUN_RE.finditer(question):
        words = re.findall(r"[\w'’]+", run.group())
        # A sentence's first word is capitalised whatever it is ("Which South Carolina ...").
        if not question[:run.start()].strip() or question[:run.start()].rstrip()[-1] in ".!?":
            words = words[1:]
        if (_NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1]
                and not all(re.sub(r"['’]s$", "", word.lower()) in _TITLE_WORDS
                            for word in words)):
            found.append(" ".join(words))
    return found


def names_near(corpus: Corpus, question: str, best: ScoredSentence) -> bool:
    """Return False when the question names someone the articles name, but not near the answer.

    Args:
        corpus: The snapshot searched.
        question: The question, spelling repaired.
        best: The chosen answer sentence.

    Returns:
        False when a name of two to four capitalised words that the articles use stands
        neither in the answer, its windows or its context, nor in its article's title.
    """
    for name in _names(question):
        # A street typed short ("Kiln St") may be written in full ("Kiln Street").
        spellings = {name, _STREET_RE.sub(lambda m: _STREETS[m.group(1)], name)}
        if not any(_near(corpus, spelled, best) for spelled in spellings):
            return False
    return True


_WE_RE = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")  # not "the US team"
QUOTED_RE = re.compile(r"[\"“][^\"”]*[\"”]")  # a quotation: someone else's words
_STREETS = {"St": "Street", "Rd": "Road", "Ave": "Avenue", "Ln": "Lane", "Sq": "Square"}
_STREET_RE = re.compile(r"(?<=\w\s)(St|Rd|Ave|Ln|Sq)\.?$")


def _near(corpus: Corpus, name: str, best: ScoredSentence) -> bool:
    """Return True when a name's terms stand near the answer, or the articles lack them."""
    lexical = corpus.lexical
    terms = lexical.terms(name)
    wanted = set(terms)
    if not wanted or not all(lexical.known(t) for t in wanted):
        return True
    # The name's own words: its last (its kind, "Tarn") or a rare one ("Alderbrook").
    own = {terms[-1]} | {term for word in re.findall(r"[^\W\d_]+", name)
                         if word.lower() not in common_words() for term in lexical.terms(word)}
    # One of its words will do: a person is often named again by surname alone ("Kim
    # reaffirmed" for "What did Kevin Kim reaffirm?"); a place by its kind, under a
    # headline naming it in full ("The airport's managing director ..." under "Fenland
    # Coast runway extension approved"; not "Ryanair carries more British ..."), or by its
    # own word when the story names it in full ("The boat, the tarn and the dawn" over
    # "... rowed across Blea Crag Tarn"; not "British" for British Airways).
    article = best.passage.article_id
    title = corpus.title_terms[article]
    site = set(lexical.terms(corpus.articles[article].source.outlet or ""))

    def in_full() -> bool:
        """Return True when one sentence of the answer's article holds all the name's words."""
        return any(wanted <= lexical.passage_terms[position]
                   for position in corpus.sentence_positions[article])

    # A common kind alone ("the hall" for "Amber Hall") is another's unless its story names
    # it in full, its title the name's other words, or it is the page of the site so named.
    last = re.sub(r"['’]s?$", "", name.split()[-1]).lower()
    kind = {terms[-1]} if len(wanted) > 1 and last in common_words() else set()
    if grounded_in(corpus, wanted - kind, best) or wanted <= title:
        return True
    if kind and ((wanted - kind) <= title or wanted <= site or in_full()) and grounded_in(
            corpus, kind, best):
        return True
    # A site's own page names it as "we": "we baked 40 loaves" on Hob Lane Bakery's news page
    # (not a sentence without "we" on it: "Jo Bell, 17, steered" for "... after Crate & Co?").
    if wanted <= site and _WE_RE.search(QUOTED_RE.sub(" ", best.passage.text)):
        return True
    return bool(own & title) and in_full()


def ages_the_person(lexical: LexicalIndex, question: str, sentence: str, *,
                    context: str = "") -> bool:
    """Return False when asked a named person's age, the answer sentence does not name them.

    Args:
        lexical: The index whose terms the words are compared by.
        question: The question, spelling repaired.
        sentence: The chosen answer sentence.
        context: The sentence it leans on ("Kevin Kim leads it." before "He is 56."), if any.

    Returns:
        False for "How old is Rhodri Vaughan?" answered by a sentence holding another's age
        ("after a 62-year-old man from Llandrindod Wells sank ...") with no word of the name;
        True for "Megan Probert, who is 97", and for any other question; a name's words
        the articles never use (misspelt) are not looked for.
    """
    # An age belongs to whoever it stands by; the name's window is not enough: Rhodri
    # Vaughan is named in the sentence before the 62-year-old's. Six traps on six sets ask
    # a named person's age; this declined the one answered (other25's), and no answer moved.
    if asks_for(question) != "age":
        return True
    name = person_asked(lexical, question)
    return not name or bool(name & set(lexical.terms(f"{sentence} {context}")))


def person_asked(lexical: LexicalIndex, question: str) -> set[str]:
    """Return the terms naming the person whose age is asked, as the articles use them.

    Args:
        lexical: The index whose terms the words are compared by.
        question: The question, spelling repaired.

    Returns:
        The known terms of the question's first name ("Rhodri Vaughan" in "How old is Rhodri
        Vaughan from Cambrian Uplands Water?"), or of the words after "how old is" typed in
        lower case; none when no one is named.
    """
    # The person asked about is the question's first name: "from Cambrian Uplands Water" only
    # says which Rhodri Vaughan ("Rhodri Vaughan, 54, has run the reservoir" answers).
    # Typed in lower case, the two to four words after "how old is" name the person, any of
    # them will do ("how old is rhona gauld who organised the run", "how old is balloon pilot
    # mark"), unless they describe one ("the lady from skipton"); one word will do before
    # "who" ("how old is bernadette who runs the syndicate").
    names = _names(question) or [m.group(1) for m in _AGE_OF_RE.finditer(question)]
    if not names:
        return set()
    return {term for term in lexical.terms(names[0]) if lexical.known(term)}


_AGE_OF_RE = re.compile(r"\bhow\s+old\s+(?:is|was|'s|’s)\s+(?!(?:the|a|an|his|her|their|its|this"
                        r"|that|these|those|he|she|they|it|you|i|we|our|my|your|one|each|every"
                        r"|him|someone|somebody|everyone|everybody|anyone|anybody|nobody|whoever"
                        r"|person|people|man|woman|boy|girl|child|winner)\b)"
                        r"((?:(?!(?:who|whom|that|which|from|at|in|of|with|when|now|going|be"
                        r"|today)\b)[a-z][\w'’-]+(?:\s+|(?=[?.!,]|$))){2,4}"
                        r"|[a-z][\w'’-]+(?=,?\s+who\b))", re.I)
