"""The kind of fact a question asks for: a date, a number, a measure, a name, a place."""

from __future__ import annotations

import re

from retrieval.fact_patterns import SAID_KINDS
from retrieval.length_questions import ASKS_LENGTH_RE


def _asked_at_head(word: str) -> str:
    """Return the pattern of "when"/"where" asking a question, not joining clauses.

    It asks at the head of a question ("so when is it"), before an auxiliary ("...when did
    they meet"), after a phrase that embeds a question ("tell me where", "since when") or
    last ("until when?"); "when asked", "given where the talks stand" ask nothing.
    """
    return (rf"^\W*(?:(?:and|so|but|ok|okay)\s+)?{word}\b"
            rf"|\b{word}(?:['’]s\b|\s+(?:did|does|do|is|was|will|are|were|would|could|can|has"
            r"|have|had|should)\b)"
            rf"|\b(?:know|tell\s+me|idea|wonder|until|since|by)\s+(?:exactly\s+)?"
            rf"{word}\b|\b{word}\W*$")


# What comes from no place: "Where does the name Big Hank come from?" asks its story.
_NAME_ORIGIN_RE = re.compile(r"\bwhere\s+(?:do|does|did)\s+(?:the|its|their|his|her|this|that)"
                             r"\s+(?:\w+\s+)?(?:name|word|term|idea|phrase|inspiration|nickname)"
                             r"\b[^?]{0,60}?\bcome\s+from\b", re.I)
# A question opening with who, whom or whose ("and who leads it?").
WHO_RE = re.compile(r"^\W*(?:(?:and|so|but|ok|okay)\s+)?(?:who|whom|whose)\b", re.I)
# "Who is Tor Eilertsen?": asks who a named person is, so the answer names them.
WHO_IS_NAMED_RE = re.compile(r"^\W*(?i:who(?:['’]s|\s+(?:is|was|are|were)))\s+"
                             r"(?:[A-Z][\w'’.-]*+\s*)+\W*$")

_SOUNDS = (r"(?:hum|tone|noise|signal|note|sound|radio|band|whine|whistle|drone|buzz|beep|alarm"
           r"|siren|transmitter|station)s?\b")
# Question patterns, most specific first: "which day" wants a day, not any time expression.
_ASKS = (
    ("frequency", re.compile(r"\b(how often|how frequently|how regularly)\b", re.I)),
    # "How old is the theatre building?": the year it was built or opened ("since 1898").
    ("year", re.compile(r"\bhow old (?:is|was|are|were) (?:the|its|this|that)\s+(?:(?!(?:of|at|in"
                        r"|on|from|by)\b)[\w'’-]+\s+){0,3}?(?:building|theatre|theater|bridge"
                        r"|church|chapel|cathedral|hall|tower|lighthouse|station|ship|pub|inn|mill"
                        r"|castle|museum|school|library|company|firm|club|business|shop|hotel"
                        r"|market|festival|tradition|race|village|railway|dam|statue|clock)s?"
                        r"(?:\s+(?:in|on|at|of)\s+[^?]*)?\W*$", re.I)),
    ("age", re.compile(r"\b(how (old|young)|what age|at what age)\b", re.I)),
    # "How much do the cubs weigh?", "how much weight did he lose?", "How tall is the tower?":
    # a measure in its units.
    ("weight", re.compile(r"\bhow (much|heavy)\b.*\bweigh(s|ed)?\b|\bhow heavy\b"
                          r"|\bhow much weight\b(?![^?]*\b(?:give|gives|gave|given|giving|attach"
                          r"|attaches|attached|lend|lends|lent)\b)", re.I)),
    # "How low did the temperature drop?", "how high did temperatures get?": a temperature.
    ("temperature", re.compile(r"\bhow\s+(?:low|high|far)\s+(?:did|does|do|has|had|have|will"
                               r"|would|could|can)\s+(?:the\s+)?(?:\w+\s+)?(?:temperatures?"
                               r"|thermometers?|mercury)\b|\bhow\s+(?:low|high)\s+(?:is|are|was"
                               r"|were)\s+(?:the\s+)?(?:\w+\s+)?(?:temperatures?|mercury)\b"
                               r"(?!\s+(?:sensors?|probes?|gauges?|readings?\s+taken))", re.I)),
    # "How high is the tower?", "How long is the bridge?": a length (`length_questions`).
    ("length", ASKS_LENGTH_RE),
    # "How long will it be?", "how long will each one be?", "how long will the new pier be?"
    # (no thing known to have a length, above): a length or a span of time, as it is (a
    # board or a strike); "how long will it be before ..." a span.
    ("extent", re.compile(r"\bhow\s+long\s+(?:will|would|is|was|are|were)\s+(?:it|they|that|this"
                          r"|these|those|each(?:\s+one|\s+of\s+them)?|(?:the|its|their)\s+(?:[\w'’-]+"
                          r"\s+){0,2}[\w'’-]+\s+be)(?:\s+be)?\W*$", re.I)),
    # "How much time did the joiners put into it?": a span of time, as "how long".
    ("duration", re.compile(r"\bhow long\b|\bhow much time\b", re.I)),
    # "How fast was the ball?", "how fast did it go?", "what's the fastest it went?", "what
    # was the boat's top speed?": a speed ("How fast did tickets sell?", "the money run out?",
    # "the fastest goal" none); "How hot was it?".
    ("speed", re.compile(r"\bhow fast (?:is|was|are|were)\b(?![^?]*\b(?!(?:going|travell?ing"
                         r"|moving|driving|flying|blowing|running|bowling)\b)\w+ing\b)"
                         r"|\bhow fast (?:did|does|do|can|could|will|would)\s+(?:[\w'’-]+\s+){1,4}?"
                         r"(?:go|travel|fly|drive|sail|blow|race|ride|skim)\b"
                         r"|^\W*what(?:['’]s|\s+(?:is|was))\s+the\s+fastest\s+(?:[\w'’-]+\s+){0,4}?"
                         r"(?:went|go|goes|travell?ed|flew|sailed|drove|reached|managed)\b"
                         r"|\bwhat (?:\w+\s+){0,3}speed\b|\b(?:top|maximum|peak|average)\s+speed\b"
                         r"|\bhow strong (?:is|was|are|were) (?:the\s+)?(?:\w+\s+)?(?:winds?"
                         r"|gusts?)\b|^\W*what\s+(?:is|was|are|were)\s+the\s+(?:strongest|highest|top"
                         r"|peak|maximum|fastest)\s+(?:wind\s+)?(?:gusts?|winds?|speeds?)\b(?!\s+(?:farm"
                         r"|power|turbine|tunnel|record|camera|limit))", re.I)),
    # "What frequency was the hum?", "the hum's frequency": a sound's or a signal's frequency,
    # not a football pitch's or a bus's ("What frequency will the buses run at?").
    ("pitch", re.compile(rf"\b(?:(?:what|which)\s+|at\s+what\s+)(?:frequency|pitch)\b(?=[^?]*\b"
                         rf"{_SOUNDS})|\bfrequency\s+of\s+(?:the|its|that|this)\s+(?:\w+\s+)?"
                         rf"{_SOUNDS}|{_SOUNDS}['’]s\s+(?:frequency|pitch)\b", re.I)),
    # "What colour was the ring?", "which color are the trams?", "what's the colour of its
    # ring?", "what colour hat was she wearing?": a colour's name.
    ("colour", re.compile(r"\b(?:what|which)\s+colou?r(?:s|['’]s)?\b(?!\s+(?:scheme|code|film"
                          r"|photo|printer|edition|version|chart)s?\b)|\bwhat(?:['’]s|\s+(?:is|was"
                          r"|are|were))\s+the\s+colou?rs?\s+of\b", re.I)),
    ("temperature", re.compile(r"\bhow (?:hot|cold|warm)\b|\bwhat (?:\w+\s+)?temperature\b"
                               r"(?!\s+(?:sensors?|probes?|gauges?|controls?|checks?))", re.I)),
    # "What was the pay rise?", "what pay deal ended the strike?", "what's the nurses' pay
    # award?", "how much is the pay rise?": a share or a sum ("a 9 percent pay rise", "5pc",
    # "£1,200 a year"), no other number.
    ("rise", re.compile(r"\b(?:what(?:['’]s)?|how\s+much)\s+(?:(?:is|was|are|were|will|have|has)"
                        r"\s+)?(?:the\s+)?(?:[\w'’]+\s+)?(?:pay|wage|salary)\s+(?:rise|increase"
                        r"|raise|cut|offer|deal|award|settlement)s?\b", re.I)),
    # "What share of members voted for it?": a number answers ("94.3 per cent").
    ("number", re.compile(r"\bwhat\s+(?:share|proportion|fraction|percentage)\s+of\b", re.I)),
    # "How much did it cost / do they pay?": money ("how much did revenue grow": a percentage).
    ("money", re.compile(
        r"\bhow much\b(?!.*\b(grow|grew|grown|rise|rose|risen|fall|fell|fallen|increase|increased"
        r"|drop|dropped|jump|jumped|climb|climbed|decline|declined|change|changed|shrink|shrank"
        r"|slump|slumped|surge|surged|land|weigh|weighs|weight)\b)(?!\s+(?:extra\s+|more\s+)?time\b)"
        r"(?=.*\b(cost|costs|costing|pay|paid|pays|cash|damages|claim|claimed|take home|save|saved"
        r"|spend|spent|spends|earn|earned|earns|worth|price|charge|charged|fined|compensation"
        r"|fee|fees|salary|budget|revenue|revenues|profit|profits|income|turnover|sales|raise"
        r"|raised|bring in|brings in|money|gross|grossed|box office)\b)", re.I)),
    # "How much is the crane hire?", "how much were tickets?", "how much was the prize?": what a
    # thing's hire, a ticket or a tax costs, what a prize pays (not "How much food was
    # donated?", "How much are bus fares going up?", "By how much would taxes be cut?").
    ("money", re.compile(r"(?<!\bby\s)\bhow much\s+(?:is|are|was|were|will|would|does|do|did|has"
                         r"|have|had)\b(?=[^?]*\b(?:prizes?|rewards?|the\s+fine|fines|payouts?|jackpots?"
                         r"|hire|rents?|rental|tickets?|fares?|admission|deposits?"
                         r"|bills?|donat(?:e|ed|ion|ions)|grants?|wages?|bonus(?:es)?|loans?"
                         r"|tax(?:es)?|sponsorship)\b)(?![^?]*\b(?:(?:go(?:es|ing|ne)?|went|gone)"
                         r"\s+up|cut|rise|rose|fall|fell|grow|grew|grown|climb(?:ed)?|increased?"
                         r"|reduced?|raised)\b)", re.I)),
    # "How much are they paying the church?": what is paid (not "how much attention are
    # people paying", "how much longer are they paying").
    ("money", re.compile(r"\bhow much\s+(?:are|is|was|were|will|would|do|does|did)\s+(?:\w+\s+)"
                         r"{1,3}?(?:paying|spending|earning|charging|costing)\b", re.I)),
    # "What is the ticket price?", "what per share price did they pay", "the latest estimate
    # for fixing the turbine": an amount of money.
    # Not a cause or an effect ("What caused the fuel price spike?", "What factors affect
    # the cost?", "What drove the price up?").
    ("money", re.compile(r"\b(what|which)(?:['’]s)?\s+(?:(?:is|was|are|were|will be)\s+)?"
                         r"(?:the\s+)?"
                         r"(?:(?!(?:is|was|are|were|do|does|did|will|would|can|could|has|have|had"
                         r"|drove|drives|drive|affects?|affected|causes?|caused|pushed|pushes"
                         r"|triggered|sparked|sent|lifted|hit|made|makes)\b)[\w'’-]+\s+){0,5}?"
                         r"(price|cost|fee|fare|salary|wage|budget|fine|valuation|premium|payout"
                         r"|surcharge|reward|levy|(?<!time )estimate(?=s?\s+for\s+(?:fixing"
                         r"|repairing|replacing|rebuilding|restoring|cleaning|mending)\b)"
                         r"|(?:hourly|daily|pay) rate(?!\s+of\b))s?\b(?!\s+(?:increase|rise|hike"
                         r"|cut|drop|fall|change|war|cap|freeze|index|tag|spike|up|down)s?\b)",
                         re.I)),
    # "What is the most a household can get from the fund?": the cap of a grant or a prize.
    ("money", re.compile(r"\bwhat(?:['’]s|\s+(?:is|was|are|were))\s+the\s+most\s+(?:that\s+)?"
                         r"(?:(?:a|an|each|one|any|every)\s+(?:[\w'’-]+\s+){1,3}?|(?:anyone"
                         r"|anybody|everyone)\s+)(?:can|could|may|will|would|might)\s+(?:get"
                         r"|receive|claim|borrow|win|be\s+(?:paid|awarded))\b(?![^?]*\b(?:jail"
                         r"|prison|sentences?|years?|months?|weeks?|days?|points?|bans?)\b)",
                         re.I)),
    # "What would it cost?", "what did she say the damage would cost?": what a thing costs
    # (the verb, last but for whom; not "What did they do to cut the cost?", "... to keep cost
    # down?"). Anchored, so a long question is read once.
    ("money", re.compile(
        r"^(?=.*?\bwhat\b).*\b(would|will|did|does|do|could|might|should|to)\s+(?:\w+\s+){0,3}"
        r"(?<!the )(?<!a )(?<!its )(?<!their )(?<!lower )(?<!cut )(?<!reduce )(?<!keep )"
        r"(?<!raise )(?<!cover )(?<!share )(?<!split )cost(?:\s+(?:us|you|them|him|her|me"
        r"|taxpayers|consumers|residents|families|(?:the\s+)?(?-i:[A-Z])\w+(?:\s+\w+){0,2}))?"
        r"(?:\s+to\s+\w+(?:\s+\w+){0,9})?(?:\s+(?:in the end|in total|altogether|overall"
        r"|eventually|ultimately|finally|so far))?\W*$", re.I)),
    # "What is the total the appeal has raised?", "what was the final total raised by the
    # share offer": a sum of money (not "the total number of people who donated").
    ("money", re.compile(r"\bwhat(?:['’]s|\s+(?:is|was|are|were|will\s+be|has\s+been))\s+the"
                         r"\s+(?:(?:final|latest|overall|grand|running|new)\s+)?(?:total|sum"
                         r"|amount)\b(?!\s+(?:number|count|weight|height|length|distance|area"
                         r"|size|volume|(?:amount\s+)?of\s+(?!money\b|cash\b)))(?=[^?]*"
                         r"\b(?:raised|raise|collected|donated|pledged|given)\b)", re.I)),
    # "How big is the reward?", "how large was the fine?": a sum of money.
    ("money", re.compile(r"\bhow (?:big|large|small)\s+(?:is|was|are|were|will)\s+(?:the\s+|its\s+"
                         r"|their\s+)?(?:\w+\s+){0,2}?(?:reward|fine|payout|bill|budget|bonus"
                         r"|settlement|grant|award|salary|fee)s?\b", re.I)),
    # A match's or a round's score ("7–6", "shot a 68"): "What was the final score (in / of /
    # when ...)?", "What was McIlroy's final score?", "by what score"; not a film's "what
    # score did it get", nor a council vote's.
    ("score", re.compile(r"\bwhat\s+(?:was|is|were|are)\s+(?:the\s+|(?:\S+\s+){0,3}?\S+['’]s?"
                         r"\s+)(?:final\s+|full-time\s+|half-time\s+)?score\b(?!\s+(?:on|of the"
                         r" (?:council|board|committee|vote)|for the (?:film|movie|album|show))\b)"
                         r"|\bby what score\b", re.I)),
    # "What was the vote on the bill?", "what was the vote count", "what was the council vote
    # on the contract": a tally ("68 votes to 52"),
    # though any number may state it ("passed 4-1", "a majority of 16").
    ("tally", re.compile(r"\bwhat\s+(?:was|is|were|are)\s+the\s+(?:(?:final|council|board|committee"
                         r"|senate|house|union|members['’]?|shareholders['’]?)\s+)?(?:vote"
                         r"(?:\s+(?:count|tally))?|tally)\b(?!\s+(?:for|against|in favou?r|to"
                         r"|about)\b)",
                         re.I)),
    # "How much of the spire came down?", "how much of it did she gather?": a part of a thing,
    # measured ("9 metres", "40 kg"), a share or a fraction; not a sum ("how much of the
    # budget", money above) nor a span of time.
    ("portion", re.compile(r"\bhow\s+much\s+of\b(?!\s+an?\b)(?!\s+(?:(?:the|their|its|his|her"
                           r"|this|that|our|your)\s+)?(?:[\w'’-]+\s+)?(?:money|budget|cash|funds?"
                           r"|funding|bill|costs?|fees?|grants?|donations?|savings|income|debts?"
                           r"|loans?|mortgage|deficit|damages?|revenues?|profits?|salary|wages?|pay"
                           r"|prize|time|day|week|month|year|season|night|morning|afternoon"
                           r"|evening|journey|trip|race|match|game|sentence|term)\b)", re.I)),
    # "What was the unemployment rate in May?", "what percentage ...": a number answers ("what
    # share" may be "a quarter").
    ("number", re.compile(r"\b(how (many|much)|number of|what number|percent"
                          r"|(what|which) (is|was|were|are) the [\w\s'’-]{0,30}\b(rate|percentage)"
                          r"(?=\s+(of|in|for|at|on|among|by)\b|\W*$))", re.I)),
    ("day", re.compile(r"\b((what|which) (day|date)|day of the week|on what (day|date))\b", re.I)),
    ("year", re.compile(r"\b((what|which|in what) year)\b", re.I)),
    # "What time ...?", and a race's "what was his time?" ("2:11:48").
    ("clock", re.compile(r"\bwhat time\b(?! of (the )?year)|\bwhat\s+(?:was|is)\s+(?:his|her|their"
                         r"|the\s+winning|the\s+winner['’]s)\s+(?:finishing\s+|winning\s+)?time\b",
                         re.I)),
    ("time", re.compile(_asked_at_head("when") + r"|\b(how soon|what time of (the )?year)\b",
                        re.I)),
    # "Where did the caravan set off from?": a place of origin ("from Tapachula") answers too,
    # asked with a time after "from" too ("Where did the balloon take off from that morning?").
    ("origin", re.compile(rf"(?:{_asked_at_head('where')}).*\bfrom(?:\s+(?:(?:that|this|the)"
                          r"\s+(?:morning|afternoon|evening|night|day|week)|today|yesterday"
                          r"|on\s+\w+))?\W*$", re.I)),
    ("place", re.compile(_asked_at_head("where"), re.I)),
    # "Who leads the US side?" is answered by a sentence naming someone (a person, a body).
    ("name", WHO_RE),
)


# A "when" question about saying or writing ("On which day did the sources speak?") is answered
# by an attribution's day or a dateline, which answer no other "when" (see fact_patterns).
# Verbs only: "the state visit", "the comment period" are no saying; nor is a saying whose
# clause says what will be ("when did he say people could see it?" asks when they could).
_ASKS_WHEN_SAID_RE = re.compile(
    r"\b(say|says|said|speak|speaks|spoke|tell|tells|told|announce[sd]?|reported|reveal|reveals"
    r"|revealed|stated|commented|write|wrote|written|filed|publish|published|issued)\b"
    r"(?!\s+(?:that\s+)?(?:[\w'’-]+\s+){1,4}?(?:could|would|will|can|should|might|may|must)\b)",
    re.I)


def asks_for(question: str) -> str | None:
    """Return the kind of fact a question needs: a date, a number, an age, a place....

    Args:
        question: The question as asked (chat spellings already spelled out).

    Returns:
        The kind, or None when any sentence may answer (who, what, why, how). A question
        about when something was said or written ("On which day did the sources speak?")
        gets "day said", "time said", "clock said" or "year said": a story's dateline and an
        attribution's day answer it, and no other (see `fact_patterns.holds`).
    """
    if _NAME_ORIGIN_RE.search(question):
        return None
    for kind, pattern in _ASKS:
        if pattern.search(question):
            if kind in SAID_KINDS and _ASKS_WHEN_SAID_RE.search(question):
                return SAID_KINDS[kind]  # "When did the sources speak?": the day of saying
            return kind
    return None
