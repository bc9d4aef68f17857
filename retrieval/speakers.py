"""Who said it: a quotation's speaker named before it, a follow-up asking what was said."""

from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.fact_patterns import holds
from retrieval.search import ScoredSentence

# "What did she say (right after the breach)?" after a quotation of hers: the quotation is
# what she said (not "what did he say about the backlog?", a topic of its own).
_SAY_ASKED_RE = re.compile(r"^\W*(?:and\s+|so\s+)?what\s+(?:did|does|has)\s+(?:he|she|they)\s+"
                           r"(?:say|said|tell us|add)(?:\s+(?:then|next|afterwards|later|at first"
                           r"|(?:right\s+|just\s+)?after\s+(?:that|it|this|the\s+\w+)"
                           r"|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day))?\W*$", re.I)
# Its wider twin (when a quotation may follow the previous answer): "what did she say once
# the picking was over?"; not what was said of something ("what did she say the damage would
# cost?", "... next about the shops?").
_ONLY_SAID_RE = re.compile(r"^\W*(?:and\s+|so\s+)?what\s+(?:else\s+)?(?:(?:did|does)\s+(?:he|she"
                           r"|they)\s+(?:say|tell\s+\w+|add)|(?:has|had)\s+(?:he|she|they)\s+"
                           r"(?:said|told\s+\w+|added))(?:\s+(?:then|next|later|afterwards)|\s+(?:once"
                           r"|when|after|before)\b(?:(?!\b(?:about|regarding|on|and)\b)[^?])*)?\W*$",
                           re.I)
_QUOTED_SPEECH_RE = re.compile(r"[\"“”].{10,}[\"“”].{0,60}\b(?:said|says|told|added)\b"
                               r"|\b(?:said|says|told \w+|added)\s*:?\s*[\"“]", re.I)
# "Who said ...?": a quotation given to "he" or "she" names no one; the sentence before it in
# the same story names the speaker ("Pieter Goossens, a former security manager, told me ...").
_WHO_SAID_RE = re.compile(r"^\W*who\s+(?:said|says|told|warned|argued|claimed|called|described"
                          r"|added|insisted|remarked|wrote)\b", re.I)
_PRONOUN_SAID_RE = re.compile(r"\b(?:he|she)\s+(?:said|says|added|told|warned|argued"
                              r"|insisted|wrote)\b|\b(?:said|says|added)\s+(?:he|she)\b", re.I)
# The speaker's sentence speaks too: "Pieter Goossens ... told me", "Maria Lopez said".
_SPEAKS_RE = re.compile(r"\b(?:said|says|told|tells|added|warned|argued|insisted|wrote|spoke"
                        r"|explained|stressed|noted|speaking)\b", re.I)
_SPEAKER_GAP = 2  # how many sentences before the quotation the speaker may be named


def speaker_named_before(question: str,
                          distinct: Sequence[tuple[ScoredSentence, float]]) -> int | None:
    """Return the index of the candidate naming a pronoun's speaker just before the answer.

    Args:
        question: The question ("Who said the works were unprotected?").
        distinct: (candidate, score) pairs, best first.

    Returns:
        For a who-said question whose best sentence gives its quotation to "he" or "she",
        the index of the nearest candidate before it in the same story naming someone who
        speaks; None otherwise.
    """
    if not distinct or not _WHO_SAID_RE.search(question):
        return None
    top = distinct[0][0].passage
    if holds("name", top.text) or not _PRONOUN_SAID_RE.search(top.text):
        return None
    before = {cand.passage.sentences[0]: i for i, (cand, _) in enumerate(distinct[1:], start=1)
              if cand.passage.article_id == top.article_id}
    # The nearest sentence before it naming someone who speaks ("The minister, Tom Reed,
    # later visited." names someone who says nothing).
    return next((before[k] for k in range(top.sentences[0] - 1,
                                          top.sentences[0] - _SPEAKER_GAP - 1, -1)
                 if k in before and holds("name", distinct[before[k]][0].passage.text)
                 and _SPEAKS_RE.search(distinct[before[k]][0].passage.text)), None)


def asks_only_what_was_said(question: str) -> bool:
    """Return True for "what did she say (once the picking was over)?": no topic of its own."""
    return _ONLY_SAID_RE.match(question) is not None


def asks_what_was_said(question: str, previous: str) -> bool:
    """Return True for a follow-up asking what was said, after a quotation that says it.

    Args:
        question: The follow-up ("What did she say right after the breach?").
        previous: The previous answer's sentence.

    Returns:
        True when the follow-up asks only what "he", "she" or "they" said (then, after an
        event) and the previous answer quotes someone saying something.
    """
    return bool(_SAY_ASKED_RE.search(question) and _QUOTED_SPEECH_RE.search(previous))


# "What did the festival boss say about the shuttle buses?", "how did the union react?": a
# sentence quoting or reporting someone's words answers, not one on the topic saying none.
# "What did the mayor say ...", "what are residents saying", "what was her reaction"; not
# "What time did officials say the road would open?" (a time).
_SAID_ASKED_RE = re.compile(r"\bwhat(?:['’]s|\s+(?:(?:exactly|else|then)\s+)?(?:did|does|do|has"
                            r"|have|had|is|was|were|are|will|would|can|could|should|might|may))"
                            r"\b[^?]{0,80}\b(?:say|said|says|saying|tell|told|think|thinks"
                            r"|thought|make of|reckon)\b|\bwhat\s+(?:was|is|were|are)\b[^?]{0,40}"
                            r"(?:['’]s|\btheir|\bhis|\bher|\bits)\s+(?:reaction|response)s?\b"
                            r"|\b(?:reaction|response)s?\s+(?:to|from)\b"
                            r"|\bhow did\b[^?]{0,60}\b(?:react|respond)\b", re.I)
_NAMED_SPEAKER_RE = re.compile(r"\b(?!(?:He|She|They|It|We|I|You|That|This|Having|Being"
                               r"|Needless|Thousands|Many|Some|Others|People)\b)[A-Z][\w'’-]+\s+"
                               r"(?:said|says|told|added|warned|argued|insisted|explained)\b")
# Not a scare quote; double quotes only (a single one is an apostrophe as often).
_QUOTATION_RE = re.compile(r"[\"“](?:[^\"“”\s]+\s+){3}[^\"“”]*[\"”]")
# A verdict reported: "Margaret Dallow described his loaf as the most complete she had tasted".
_DESCRIBED_AS_RE = re.compile(r"\b(?:described|describes|hailed|branded)\s+(?!goods\b)"
                              r"[^.;]{1,60}?\s+as\s+(?:(?:a|an|the|one)\b|[\"“‘])")


def asks_for_words(question: str) -> bool:
    """Return True for a question asking what someone said or thought of something."""
    return bool(_SAID_ASKED_RE.search(question))


def reports_words(sentence: str) -> bool:
    """Return True for a sentence quoting four or more words or giving a named speaker's words."""
    # "Port Director Hollis Kramer said it would take three weeks"; not "He added that ...":
    # a pronoun's sentence goes on from one before, and the next may say more ("It
    # effectively constrains South Korea's policy options.").
    return bool(_QUOTATION_RE.search(sentence) or _NAMED_SPEAKER_RE.search(sentence)
                or _DESCRIBED_AS_RE.search(sentence))


def quotes_words(sentence: str) -> bool:
    """Return True for a sentence quoting four or more words (not a scare quote)."""
    return _QUOTATION_RE.search(sentence) is not None


def names_speaker(sentence: str) -> bool:
    """Return True for a sentence naming who speaks ("Picker Tom Hale said"), not "she said"."""
    return _NAMED_SPEAKER_RE.search(sentence) is not None


# Readers' question restated, unanswered: "Several of you have asked us what exactly turned
# the pond green.", "People keep asking when the cafe will reopen." (not "I asked the
# regulator to review whether ...", "The council told residents it had asked ...", nor "...
# asked whether it caused the damage, and I'm glad to say it didn't", "... wondered how he
# did it until he revealed ...": an answer follows). The stretches are bounded: no slow match.
_ANSWERING = r"(?!\b(?:and|but|until|till|said|says|told|confirmed|revealed|explained|because)\b)"
_RESTATED_RE = re.compile(
    r"^(?:[^,.]{0,40},\s+)?(?:(?:several|some|many|most|lots|plenty|a\s+lot|a\s+few|a\s+number"
    r"|loads|dozens|hundreds)\s+(?:of\s+)?)?(?:you|people|customers|readers|members|guests"
    r"|visitors|folk|listeners|followers|parents|residents|neighbours|everyone)\b(?:\s+[\w'’]+)"
    r"{0,3}?\s+(?:asked|asking|wondered|wondering|want(?:ed)?\s+to\s+know)\b"
    rf"(?:{_ANSWERING}[^.?!\"“”:;]){{0,120}}?\b(?:what|why|how|where|who|when|whether|if)\b"
    rf"(?:{_ANSWERING}[^,.?!\"“”:;]){{0,160}}[.!]?$", re.I)


def restates_question(sentence: str) -> bool:
    """Return True for a sentence only restating what people asked ("... asked us why ...").

    Args:
        sentence: The candidate sentence.

    Returns:
        True when people or readers asked or wondered what, why, how ... and the sentence
        ends with the question's clause, no answer after it.
    """
    return bool(_RESTATED_RE.search(sentence))


# Someone setting out to learn what the question asks: "Ravi set out to measure how far the
# passage runs, with a tape and a torch"; what they found is told after it (not "we wanted
# to see what the fuss was about").
_WANTS_TO_KNOW_RE = re.compile(
    r"\b(?:wanted|wants|needed|needs|tried|set\s+out|decided)\s+to\s+(?:know|find\s+out"
    r"|work\s+out|measure)\s+(?:\w+\s+){0,2}?(?:how|what|why|who|when|where|whether)\b", re.I)


def wants_to_know(sentence: str) -> bool:
    """Return True for a sentence telling of someone setting out to learn how, what, why....

    Args:
        sentence: The candidate sentence.

    Returns:
        True for "wanted to know", "set out to find out", "needed to measure" and the like
        before a question's word ("how", "what", "why"...).
    """
    return _WANTS_TO_KNOW_RE.search(sentence) is not None


# "What did the sign on the gate say?": a written thing's words, quoted after it ("The card
# inside read: '...'", "a plaque that says: '...'"), not a person's or a body's ("said Jo").
_WRITTEN = ("note", "card", "sign", "letter", "plaque", "notice", "banner", "label", "message",
            "placard", "poster", "inscription", "text", "email", "postcard", "tag", "board")
_THING_SAID_ASKED_RE = re.compile(
    rf"^\W*(?:and\s+|so\s+)?what\s+(?:did|does|do)\s+(?:the|that|this|its|their|his|her)\s+"
    rf"(?:\w+\s+)?({'|'.join(_WRITTEN)})s?\b[^?]{{0,60}}?\s+(?:say|read)\b", re.I)
WRITING_MARGIN = 0.2  # the thing's quoted words, repeating fewer words asked, score lower


def writing_quoted(question: str,
                   distinct: Sequence[tuple[ScoredSentence, float]]) -> int | None:
    """Return where a sentence quoting the words of the written thing asked about stands.

    Args:
        question: The question ("What did the sign by the gate say?").
        distinct: (candidate, score) pairs, best first.

    Returns:
        The index of the best candidate within WRITING_MARGIN of the first, of its article,
        quoting what the thing said or read ("The sign, hand-painted, read simply: \"...\""),
        when the first does not; None otherwise.
    """
    asked = _THING_SAID_ASKED_RE.match(question)
    if asked is None or len(distinct) < 2:
        return None
    quoted = re.compile(rf"(?i:\b{re.escape(asked.group(1))}s?\b)[^.;\"“]{{0,40}}?\s+(?:said|says"
                        r"|read|reads|saying)(?:\s+\w+ly)?\s*:?\s*[\"“‘']")
    top, top_score = distinct[0]
    if quoted.search(top.passage.text):
        return None
    return next((i for i, (cand, score) in enumerate(distinct[1:], start=1)
                 if score >= top_score - WRITING_MARGIN
                 and cand.passage.article_id == top.passage.article_id
                 and quoted.search(cand.passage.text)), None)
