"""A figure restated: a newer report giving another value in the earlier report's own words.

"roughly 450 metres from the nearest bus stop" and, a week later, "about 420 metres from the
nearest bus stop" report one fact; the newer says nothing of revising it, but its unit and the
words after it are the same, so it is read as a revision (`revisions.newest_report`).
"""

from __future__ import annotations

import re

# A value, its unit and the next few words: "450 metres from the nearest bus".
_FRAME_RE = re.compile(r"(?<![\w.,])(\d[\d,.]*)\s*([a-z]+)((?:\s+[a-z]+){4})", re.I)
# The words after it must name something ("from the nearest bus"), not only join ("per cent
# of the", "people in the town" hold no word this long but "people").
_CONTENT_LETTERS = 5


def restated(first: str, text: str) -> re.Match[str] | None:
    """Return where a sentence gives another value than the first in the first's own words.

    Args:
        first: The earlier report's sentence.
        text: A newer report's sentence.

    Returns:
        The newer sentence's value, unit and following words when the first has the same
        unit and words (one of them a word of at least five letters) with another value;
        None otherwise.
    """
    frames = {_frame(found): found.group(1) for found in _FRAME_RE.finditer(first)
              if _names_something(found)}
    return next((found for found in _FRAME_RE.finditer(text)
                 if frames.get(_frame(found)) not in (None, found.group(1))), None)


def _frame(found: re.Match[str]) -> tuple[str, str]:
    """Return a value's unit and following words, lower-cased and single-spaced."""
    return found.group(2).lower(), " ".join(found.group(3).lower().split())


def _names_something(found: re.Match[str]) -> bool:
    """Return True when a word after the unit is long enough to name something."""
    return any(len(word) >= _CONTENT_LETTERS for word in found.group(3).split())
