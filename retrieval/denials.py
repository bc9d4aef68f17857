"""A sentence denying the one before it ("It isn't: the foal is called Pip") answers first."""

from __future__ import annotations

import re
from collections.abc import Callable

from retrieval.corpus import Corpus
from retrieval.typed_first import Ranked, promote

# "It isn't:", "That wasn't so:", "They didn't - ...": a denial of what the sentence before
# said, with what is so after the colon or the dash ("It isn't right: ..." is an opinion).
_DENIAL_RE = re.compile(r"^(?:It|That|This|She|He|They)\s+(?:isn['’]t|wasn['’]t|is\s+not|was\s+not"
                        r"|aren['’]t|weren['’]t|didn['’]t|doesn['’]t|won['’]t)(?:\s+(?:so"
                        r"|true))?(?:\s*:\s+|\s*[—–]\s*|\s+-\s+)\S")
# The denial scores below what it denies, repeating fewer of the question's words.
DENIAL_MARGIN = 0.2


def denial_first(corpus: Corpus, distinct: Ranked, held: Callable[[str], bool]) -> None:
    """Put first the sentence right after the best denying it, if it holds what is asked.

    Args:
        corpus: The snapshot the candidates come from.
        distinct: The distinct candidates with their scores, best first (reordered in place).
        held: Whether a sentence holds what the question asks for.
    """
    after = {cand.passage.text for cand, _ in distinct[1:] if cand.follows(distinct[0][0])}
    promote(corpus, distinct, lambda text: text in after and bool(_DENIAL_RE.match(text))
            and held(text), margin=DENIAL_MARGIN, slack=None)
