"""Photo captions: a scene's short line over its credit, at the head of an image block."""

from __future__ import annotations

import itertools
import re

from retrieval.furniture import SENTENCE_END

_CAPTION_WORDS = 30
_BUTTON_WORDS = 5
# A caption shows a scene ("Commuters wait for information at Lisbon's Oriente station"); a
# story's sentence tells what happened, was said or will be ("The plan was first proposed").
_TOLD_RE = re.compile(r"\b(was|were|had|has|have|will|would|said|says|told|is|are)\b", re.I)
# ... in the past: a verb with its object or its particle ("reached them", "expected the fog",
# "came down"), not a scene's participle ("lifted from the river", "made in the kitchen",
# "won at the show") nor a name ("Ahmed the lifeguard", "Fell End").
_OBJECT = r"(?:the|a|an|them|him|her|it|us|me|their|his|its|our|my|this|that|these|those)\b"
_PAST_RE = re.compile(rf"\b(?-i:[a-z]\w{{2,}}ed)\s+{_OBJECT}|\b(?-i:came|went|got|took|made|fell"
                      r"|gave|ran|won|began|broke|brought|caught|drove|flew|held|kept|knew|led|met"
                      rf"|paid|sank|sent|stood|struck|swam|threw|wore|wrote|did)\s+(?:{_OBJECT}"
                      r"|(?:down|up|out|off|away|back|into|through|home)\b)", re.I)
# A credit saying what it credits ("Photo: Jo Bloggs") credits a photo shown with its caption
# over it, under whatever the site shows there (a facts box's last line, a post's categories).
_LABELLED_CREDIT_RE = re.compile(r"\(?(?:photo(?:graph)?|picture|image|pic)s?(?:\s+credit)?\s*:",
                                 re.I)


# A scene: someone or something, then what they are doing ("Nia Rhys leaving the
# harbour, escorted by two gigs", "Our trailer being loaded"); a story's first sentence tells
# what happened ("Villagers living near the quarry fear more blasts after a crack appeared").
_SCENE_RE = re.compile(r"^(?:(?:[A-Z][\w'’-]*\s+){1,3}|(?:The|Our|A|An)\s+(?:[\w'’-]+\s+){1,3}?)"
                       r"(?!(?:morning|evening|meeting|building|wedding|ceiling|spring|string|thing"
                       r"|nothing|something|anything|everything|king|ring|wing|during|sibling"
                       r"|funding|housing|training|parking|shopping|clothing|opening|ending"
                       r"|beginning|painting|hearing|ruling)\b)(?-i:[a-z]{2,}ing)\b")
# A verb in the past, not a participle after a comma or "being": "a crack appeared".
_FINITE_PAST_RE = re.compile(r"(?<!, )(?<!being )\b(?-i:[a-z]{3,}ed)\b")


def shows_scene(line: str) -> bool:
    """Return True for a caption's shape: someone doing something, no verb in the past."""
    return _SCENE_RE.match(line) is not None and not _FINITE_PAST_RE.search(line)


def _opens_block_over(lines: list[str], furniture: list[bool], blocks: list[bool], i: int) -> bool:
    """Return True when line i opens a block over line i + 1, and no sentence follows in it."""
    # Only furniture or a shop's unpunctuated promotion after the credit: "Photo: Reuters"
    # between two of a story's sentences credits an uncaptioned photo.
    rest = itertools.takewhile(lambda j: not blocks[j], range(i + 2, len(lines)))
    return (blocks[i] and not blocks[i + 1]
            and all(furniture[j] or not lines[j].endswith(SENTENCE_END) for j in rest))


# A button's words tell the reader to do something; a short headline or a subheading over a
# story's line does not ("Fell race abandoned", "On the hill").
_BUTTON_RE = re.compile(r"(?:book|buy|shop|order|donate|subscribe|sign|join|register|call"
                        r"|contact|visit|view|see|read|learn|find|get|download|listen|watch"
                        r"|try|enquire|reserve|apply)\b", re.I)


def _button(line: str) -> bool:
    """Return True for a button's few words ("Book a free check"), no sentence."""
    return (not line.endswith(SENTENCE_END) and len(line.split()) <= _BUTTON_WORDS
            and bool(_BUTTON_RE.match(line)))


def captions_over_credits(lines: list[str], furniture: list[bool], credits: list[bool], *,
                          blocks: list[bool] | None = None) -> set[int]:
    """Return the photo captions standing over a credit line, at the head of an image block.

    Args:
        lines: The page's normalised lines.
        furniture: Whether each line is furniture.
        credits: Whether each line is a photo credit alone ("Priya Sandoval/KNFR").
        blocks: Whether each line opens a block of the scraped page (a blank line above it).

    Returns:
        The indexes of short lines showing a scene, under furniture, a button's few words
        ("Book a free check") or the page's start and over a credit, or opening a block with
        it (a blank line above them; only furniture or a shop's unpunctuated promotion may
        follow in the block), or, on a page without blank lines, over a labelled credit
        ("Photo: ..."); a story's paragraph over an uncaptioned photo's credit tells
        something ("was", "said", ...), has a paragraph right above it or a sentence under
        the credit, or a blank line between them.
    """
    # Where no blank line parts the page's blocks, a labelled credit tells a caption (with
    # them, a credit inside a story's block is an uncaptioned photo's).
    flat = blocks is None or not any(blocks[1:])
    return {i for i in range(len(lines) - 1)
            if credits[i + 1] and not furniture[i]
            and (i == 0 or furniture[i - 1] or _button(lines[i - 1])
                 or (flat and _LABELLED_CREDIT_RE.match(lines[i + 1]))
                 or (blocks is not None and _opens_block_over(lines, furniture, blocks, i)))
            and len(lines[i].split()) <= _CAPTION_WORDS and not _TOLD_RE.search(lines[i])
            and not _PAST_RE.search(lines[i])}
