"""Lexical matching: BM25 (bm25s) over passages, term statistics and query spelling repair."""

from __future__ import annotations

import difflib
import math
import re
from collections import Counter
from collections.abc import Sequence

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_EN_PLUS
from bm25s.tokenization import Tokenizer

# Question fillers and chat spellings that carry no topic; "us" stays (it is often "U.S.").
STOPWORDS = frozenset(STOPWORDS_EN_PLUS) | {
    "whos", "whose", "wat", "whats", "wht", "hows", "tell", "please", "know", "say", "says",
    "said", "thing", "things", "anything", "something", "much", "many", "get", "got", "would",
    "could", "also", "ok", "okay", "pls", "plz", "u", "ur", "r", "one",
}
_WORD_RE = re.compile(r"(?u)\b\w\w+\b")
# A misspelt query word is repaired only when it is this close to a word in the articles:
# "forign"~"foreign" is 0.92, while unrelated look-alikes such as "bread"~"break" are 0.80.
SPELLING_CUTOFF = 0.85
SPELLING_MIN_LENGTH = 5


def words(text: str) -> list[str]:
    """Return the lowercase word tokens of a text (two or more word characters)."""
    return _WORD_RE.findall(text.lower())


class LexicalIndex:
    """BM25 over a fixed list of passage texts, with document frequencies and a vocabulary."""

    def __init__(self, texts: Sequence[str]) -> None:
        """Tokenise (stemmed, stop words removed) and index the texts."""
        self._stemmer = Stemmer.Stemmer("english")
        self._tokenizer = Tokenizer(stemmer=self._stemmer.stemWord, stopwords=list(STOPWORDS))
        corpus_ids = self._tokenizer.tokenize(list(texts) or [""], return_as="ids",
                                              show_progress=False)
        self._bm25 = bm25s.BM25()
        self._bm25.index(corpus_ids, show_progress=False)
        vocab = self._tokenizer.get_vocab_dict()
        self._vocab = dict(vocab)
        id_to_term = {i: t for t, i in vocab.items()}
        df: Counter[str] = Counter()
        for doc in corpus_ids:
            df.update(id_to_term[i] for i in set(doc))
        self._df = df
        self._n_docs = max(1, len(texts))
        self._surface = sorted({w for t in texts for w in words(t) if not w.isdigit()})
        self._size = len(texts)

    def __len__(self) -> int:
        return self._size

    def stem(self, word: str) -> str:
        """Return the stem the index uses for a lowercase word."""
        return self._stemmer.stemWord(word)

    def terms(self, text: str) -> list[str]:
        """Return the stemmed content terms of a text, in order, stop words removed."""
        return [self.stem(w) for w in words(text) if w not in STOPWORDS]

    def known(self, term: str) -> bool:
        """Return True when a stemmed term occurs somewhere in the indexed passages."""
        return term in self._df

    def idf(self, term: str) -> float:
        """Return the smoothed inverse document frequency; unseen terms get the maximum."""
        return math.log(1.0 + (self._n_docs - self._df.get(term, 0) + 0.5)
                        / (self._df.get(term, 0) + 0.5))

    def repair_spelling(self, text: str) -> str:
        """Replace words absent from the passages by a very close word that is present.

        Args:
            text: A user's question.

        Returns:
            The question with misspelt content words ("forign") replaced ("foreign").
        """
        def fix(match: re.Match[str]) -> str:
            word = match.group(0)
            low = word.lower()
            if (len(low) < SPELLING_MIN_LENGTH or low in STOPWORDS or low.isdigit()
                    or self.known(self.stem(low))):
                return word
            close = difflib.get_close_matches(low, self._surface, n=1, cutoff=SPELLING_CUTOFF)
            return close[0] if close else word

        return _WORD_RE.sub(fix, text)

    def scores(self, text: str) -> np.ndarray:
        """Return the BM25 score of every passage for a query text (zeros if nothing matches)."""
        ids = [self._vocab[t] for t in self.terms(text) if t in self._vocab and self.known(t)]
        if not ids:
            return np.zeros(self._size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(ids), dtype=np.float32)[: self._size]
