"""Questions asking for a length: how tall, far or deep a thing is, how long one that has one."""

from __future__ import annotations

import re

# Things with a length: "How long is the bridge?" asks for one, "How long is the ban?" not.
# Of them, things that stay where they are, and stay as long: "How long was the rope at the
# regatta?" asks its length (not "how long was the ship in dry dock?", a span of time).
_FIXED = ("bridge", "tunnel", "road", "runway", "wall", "pipeline", "canal", "cable", "corridor",
          "fence", "banner", "rope", "cave", "cavern", "pier", "path")
_MOVING_OR_LONG = ("river", "track", "border", "route", "coastline", "trail", "beach", "highway",
                   "railway", "street", "course", "lane", "line", "queue", "whale", "shark",
                   "snake", "crocodile", "eel", "dinosaur", "boat", "ship", "yacht", "vessel",
                   "train")
_FIXED_THINGS = rf"(?:{'|'.join(_FIXED)})s?"
_LONG_THINGS = rf"(?:{'|'.join(_FIXED + _MOVING_OR_LONG)})s?"

# "How high is the tower?", "how much rain fell?" ask a length; "How high is the duty?" not.
# "How long is the bridge?", "How long will the new tunnel be?": a length, of a thing that
# has one; any other "how long" a duration ("How long is the ban?", "How long did the
# strike go on?").
ASKS_LENGTH_RE = re.compile(
    # "How big were the hailstones?", "how big was the exclusion zone?": a size in metres.
    r"\bhow (?:big|large)\s+(?:is|was|are|were)\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:zone|cordon|crater|hole|sinkhole|hailstones?|hail|wave|waves|strewn\s+field"
    r"|exclusion\s+area)\b(?!\s+(?:in\s+(?:the\s+)?(?:\w+['’]s\s+)?(?:budget|finances"
    r"|accounts|funds?|pension|books)|damage|bill|claims?|of)\b)"
    r"|\bhow much (?:rain|rainfall|snow|snowfall)\b(?=\s+(?:fell|fall|has|had|is|was|did"
    r"|will|came|come|were|(?:had|has|have)\s+fallen)\b|\W*$)"
    r"|\bhow (?:tall|far|high|deep|wide|thick|short|narrow|shallow)\b(?!.*\b(?:dut(?:y|ies)"
    r"|tariffs?|tax(?:es)?|rates?|prices?|costs?|fees?|fares?|bills?|fines?|rents?|wages?"
    r"|salar(?:y|ies)|inflation|unemployment|interest|turnout|percent(?:age)?|points?|scores?"
    r"|ratings?|demand|sales|bids?|offers?|numbers?|shares?|stocks?|cuts?|gap|polls?|lead"
    r"|risk|levels?|growth)\b)"
    r"|\bwhat(?:['’]s|\s+(?:is|was|are|were|will\s+be)\s+)?\s*(?:the\s+|its\s+)?"
    r"(height|distance|depth|width|wingspan|diameter|altitude|elevation)\b"
    r"(?!\s+(?:of\s+)?(?:concern|debate|feeling|knowledge|understanding|experience|support"
    r"|cover)\b)"
    r"|\bhow long (?:is|are|was|were|will)\s+"
    rf"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:(?!(?:for|on|of|to|at|in|with|from)\b)"
    rf"[\w'’-]+\s+){{0,3}}?{_LONG_THINGS}"
    # Which one: "the whale that beached"; where, before "be": "will the runway at the
    # airfield be" (not "was the ship in dry dock", "the wait for the train", "the ship
    # that blocked the canal stuck": spans of time).
    r"(?:(?:\s+(?:at|in|on|near|of)\s+[^?]{0,60}?)?\s+(?:be|(?:expected|going|planned"
    r"|supposed|set)\s+to\s+be)|\s+(?:that|which)\s+[^?]{0,60}?(?<!stuck)(?<!delayed)"
    r"(?<!held)(?<!closed)(?<!waiting)(?<!trapped)(?<!missing)(?<!there)(?<!\bout)(?<!shut)"
    r"(?<!\bopen)(?<!\bdown)(?<!\bkept)(?<!\bleft)(?<!\baway)(?<!\bgone))?"
    r"(?:\s+(?:once|when|after)\s+[^?]{0,40})?\W*$"
    r"|\bhow long (?:is|are|was|were)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    rf"(?:(?!(?:for|on|of|to|at|in|with|from)\b)[\w'’-]+\s+){{0,3}}?{_FIXED_THINGS}\s+(?:at|in|on"
    r"|near|of|across|over|along|between|under|around|round|through|beside)\s+(?![^?]*\b(?:shut|closed|blocked|open|stuck"
    r"|delayed|held|out|down|left|kept|gone|away|waiting|trapped|missing|for|use|service"
    r"|operation|action|place|force|repair|repairs)\b)[^?]{0,60}?\W*$"
    # "How long is the biggest of the prints?": a size's superlative asks a length (not
    # "how long was the biggest delay?").
    r"|\bhow long (?:is|are|was|were)\s+(?:the|its|their)\s+(?:biggest|largest|smallest"
    r"|tallest)\b(?![^?]*\b(?:delays?|waits?|queues?|gaps?|breaks?|outages?|strikes?"
    r"|stoppages?|closures?|shutdowns?|cuts?|blackouts?|sentences?|hold-?ups?|spells?"
    r"|interruptions?)\b)", re.I)
