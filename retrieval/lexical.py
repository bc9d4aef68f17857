"""Lexical matching: BM25 (bm25s) over passages, term statistics and query spelling repair."""

from __future__ import annotations

import difflib
import functools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_EN_PLUS
from bm25s.tokenization import Tokenizer

from retrieval.fact_words import LOWER, UPPER
from retrieval.word_forms import BRITISH_ENDINGS, IRREGULAR, TITLE_ABBREVIATIONS, american

# Question fillers and chat spellings that carry no topic; "us" stays (it is often "U.S.").
STOPWORDS = frozenset(STOPWORDS_EN_PLUS) | {
    "whos", "whose", "wat", "whats", "wht", "hows", "tell", "please", "know", "say", "says",
    "said", "thing", "things", "anything", "something", "much", "many", "get", "got", "would",
    "could", "also", "ok", "okay", "pls", "plz", "u", "ur", "r", "one",
}
_WORD_RE = re.compile(r"(?u)\b\w\w+\b")
# "U.S." and "U.N." are words, not letters: join dotted acronyms before tokenising.
_ACRONYM_RE = re.compile(r"\b((?:[A-Z]\.){2,})")
# A misspelt query word is repaired only when it is this close to a word in the articles:
# "forign"~"foreign" is 0.92, while unrelated look-alikes such as "bread"~"break" are 0.80.
SPELLING_CUTOFF = 0.85
SPELLING_MIN_LENGTH = 5
# A word this common in English is spelt as meant, even when the articles never use it:
# "reacted" must not become "related", nor "start" "star". Counts are pyspellchecker's
# ("reacted" 4,178, "place" 836,017; the misspelling "minster" 106 is still repaired).
COMMON_WORD_COUNT = 1000
# A question word sharing its first letters with a word of the articles ("spokesman" and
# "spokesperson") is about something the articles discuss, though not matched exactly.
PREFIX_LENGTH = 6


@functools.cache
def common_words() -> frozenset[str]:
    """Return the common English words (loaded once, on first use: about 0.2 s)."""
    from spellchecker import SpellChecker

    counts = SpellChecker(language="en", distance=1).word_frequency
    return frozenset(w for w, n in counts.items() if n >= COMMON_WORD_COUNT)


_NAME_LINKS = frozenset({"of", "and", "for", "the", "on", "in", "&"})
_CAPITALISED_RE = re.compile(f"[{UPPER}][{LOWER}]+")
_NAME_WORD_RE = re.compile(_CAPITALISED_RE.pattern + "|" + "|".join(sorted(_NAME_LINKS)))
_ACRONYM_WORDS = (3, 7)  # two letters ("AI", "OK") are too often something else


def _spelled_out_names(texts: Sequence[str]) -> dict[str, str]:
    """Map the initials of capitalised names to the names ("nafta" -> "North American ...")."""
    # Initials shared by two names are left out; no name opens with a stop word ("On Monday").
    names: dict[str, str | None] = {}
    for text in texts:
        tokens = text.split()
        for i, first in enumerate(tokens):
            if not _CAPITALISED_RE.fullmatch(first) or first.lower() in STOPWORDS:
                continue
            words_, initials = [first], first[0]
            for token in tokens[i + 1:i + 3 * _ACRONYM_WORDS[1]]:
                bare = token.strip(",.;:()\"'’”“")
                if not _NAME_WORD_RE.fullmatch(bare):
                    break
                words_.append(bare)
                if bare not in _NAME_LINKS:
                    initials += bare[0]
                    if _ACRONYM_WORDS[0] <= len(initials) <= _ACRONYM_WORDS[1]:
                        name = " ".join(words_)
                        key = _unaccented(initials)
                        names[key] = name if names.get(key, name) == name else None
                if bare != token:  # punctuation ends the name
                    break
    return {k: v for k, v in names.items() if v is not None}


# Letters that no accent decomposes: "LJO" is typed for "Łódź Jazz Orchestra".
_PLAIN_LETTERS = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ß": "ss"})


def _unaccented(word: str) -> str:
    """Return a lowercase word without its accents: "rte" of "Raidió Teilifís Éireann"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower().translate(_PLAIN_LETTERS))
                   if not unicodedata.combining(c))


def _join_acronym(match: re.Match[str]) -> str:
    return match.group(1).replace(".", "")


# Ordinals in figures read as written out: "who came 2nd" meets "Second place went to".
_ORDINALS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth",
             "6th": "sixth", "7th": "seventh", "8th": "eighth", "9th": "ninth", "10th": "tenth"}
# "opened (to cars) again" where the articles write "reopened" (only when they do); not a
# word of its own ("signed again" is no "resigned", "act again" no "react").
_AGAIN_RE = re.compile(r"(?<![\w'’-])((?:[\w'’-]+\s+){1,4})again\b", re.I)
_LINKS = frozenset({"to", "for", "on", "in", "at", "by", "the", "a", "an", "its", "their", "it"})
_RE_WORDS = frozenset({"sign", "present", "act", "cover", "lease", "serve", "treat", "form",
                       "fuse", "call", "mark", "place", "search", "view", "solve", "turn",
                       "store", "lay", "port", "main", "tire", "strain", "sort", "source",
                       "cord", "ward", "spect", "lax", "late", "fund", "tail", "gard", "mind"})


def words(text: str) -> list[str]:
    """Return the lowercase word tokens of a text (two or more word characters)."""
    found = _WORD_RE.findall(_ACRONYM_RE.sub(_join_acronym, text).lower())
    return [_ORDINALS.get(word, word) for word in found]


class LexicalIndex:
    """BM25 over a fixed list of passage texts, with document frequencies and a vocabulary."""

    def __init__(self, texts: Sequence[str], *, sentences: Sequence[str] | None = None) -> None:
        """Tokenise (stemmed, stop words removed) and index the texts.

        Args:
            texts: The passage texts to index.
            sentences: The articles' sentences, where names are spelled out for acronyms
                (default: the texts; windows repeat the sentences, so the corpus passes these).
        """
        self._stemmer = Stemmer.Stemmer("english")
        self._tokenizer = Tokenizer(stemmer=self.stem, stopwords=list(STOPWORDS))
        prepared = [" ".join(words(t)) for t in texts] or [""]
        corpus_ids = self._tokenizer.tokenize(prepared, return_as="ids", show_progress=False)
        self._bm25 = bm25s.BM25()
        self._bm25.index(corpus_ids, show_progress=False)
        vocab = self._tokenizer.get_vocab_dict()
        self._vocab = dict(vocab)
        id_to_term = {i: t for t, i in vocab.items()}
        df: Counter[str] = Counter()
        self.passage_terms: list[frozenset[str]] = []
        for doc in corpus_ids:
            terms = frozenset(id_to_term[i] for i in doc) - {""}
            self.passage_terms.append(terms)
            df.update(terms)
        self._df = df
        # Prefixes of the articles' words, so "prof" relates to "professor".
        self._prefixes = {t[:n] for t in df for n in range(4, PREFIX_LENGTH + 1) if len(t) > n}
        self._n_docs = max(1, len(texts))
        surface = sorted({w for t in texts for w in words(t) if not w.isdigit()})
        self._by_initial: dict[str, list[str]] = {}
        for word in surface:
            self._by_initial.setdefault(word[0], []).append(word)
        self._size = len(texts)
        self._repairs: dict[str, str] = {}
        self._stem_sets: dict[frozenset[str], frozenset[str]] = {}
        self._acronyms = _spelled_out_names(texts if sentences is None else sentences)

    def __len__(self) -> int:
        return self._size

    def stem(self, word: str) -> str:
        """Return the stem the index uses for a lowercase word."""
        if word.endswith(BRITISH_ENDINGS):
            word = american(word)
        return self._stemmer.stemWord(IRREGULAR.get(word, word))

    def stem_set(self, words_: frozenset[str]) -> frozenset[str]:
        """Return the stems of a fixed word list (such as the framing words), stemmed once."""
        stems = self._stem_sets.get(words_)
        if stems is None:
            stems = self._stem_sets[words_] = frozenset(self.stem(w) for w in words_)
        return stems

    def terms(self, text: str) -> list[str]:
        """Return the stemmed content terms of a text, in order, stop words removed."""
        return [self.stem(w) for w in words(text) if w not in STOPWORDS]

    def known(self, term: str) -> bool:
        """Return True when a stemmed term occurs somewhere in the indexed passages."""
        return term in self._df

    def related(self, term: str) -> bool:
        """Return True when a term occurs in the passages or shares a long prefix with one."""
        if self.known(term):
            return True
        return len(term) >= 4 and term[:PREFIX_LENGTH] in self._prefixes

    def idf(self, term: str) -> float:
        """Return the smoothed inverse document frequency; unseen terms get the maximum."""
        return math.log(1.0 + (self._n_docs - self._df.get(term, 0) + 0.5)
                        / (self._df.get(term, 0) + 0.5))

    def weights(self, text: str) -> dict[str, float]:
        """Return each distinct content term of a text with its IDF."""
        return {t: self.idf(t) for t in self.terms(text)}

    def repair_spelling(self, text: str) -> str:
        """Replace words absent from the passages by a very close word that is present.

        Args:
            text: A user's question.

        Returns:
            The question with misspelt content words ("forign") replaced ("foreign"),
            acronyms the articles only spell out ("NAFTA") replaced by the name, and a verb
            done again ("opened again") by the articles' word for it ("reopened").
        """
        shouting = text.upper() == text  # typed in capitals: no acronym stands out
        def fix(match: re.Match[str]) -> str:
            word = match.group(0)
            low = word.lower()
            initials = _unaccented(word)
            if (word.isupper() and not shouting and initials in self._acronyms
                    and not self.known(self.stem(low))):
                return self._acronyms[initials]  # "NAFTA" where the articles spell the name out
            title = TITLE_ABBREVIATIONS.get(low)
            if (title is not None and not self.known(self.stem(low))
                    and all(self.known(t) for t in self.terms(title))):
                return title  # "CEO" where the articles say "chief executive"
            if (len(low) < SPELLING_MIN_LENGTH or low in STOPWORDS or low.isdigit()
                    or self.known(self.stem(low)) or low in common_words()):
                return word
            repaired = self._repairs.get(low)
            if repaired is None:
                if len(self._repairs) > 10_000:
                    self._repairs.clear()
                # Misspellings rarely change the first letter; comparing within it keeps
                # this cheap however large the vocabulary grows.
                close = difflib.get_close_matches(low, self._by_initial.get(low[0], ()), n=1,
                                                  cutoff=SPELLING_CUTOFF)
                repaired = close[0] if close else word
                self._repairs[low] = repaired
            return repaired

        def again(match: re.Match[str]) -> str:
            before = match.group(1).split()  # the verb next to "again", or before "to ..."
            for i, verb in reversed(list(enumerate(word.lower() for word in before))):
                if ((i + 1 == len(before) or before[i + 1].lower() in _LINKS) and len(verb) > 2
                        and verb.isalpha() and not verb.startswith("re") and self.known(
                            self.stem("re" + verb)) and self.stem(verb) not in _RE_WORDS):
                    return " ".join([*before[:i], "re" + verb, *before[i + 1:]])
            return match.group(0)

        return _WORD_RE.sub(fix, _AGAIN_RE.sub(again, text))

    def scores(self, text: str) -> np.ndarray:
        """Return the BM25 score of every passage for a query text (zeros if nothing matches)."""
        ids = [self._vocab[t] for t in self.terms(text) if t in self._vocab and self.known(t)]
        if not ids:
            return np.zeros(self._size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(ids), dtype=np.float32)[: self._size]
