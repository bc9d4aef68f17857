"""The words facts are written in: dates, numbers, currencies and sums of money, titles, names.

The vocabularies `fact_patterns` builds its patterns from (and `answer_slots` its holder of a
role), kept apart so each list is written once.
"""

from __future__ import annotations

# The calendar's words for every pattern of dates; longest first ("March" before "Mar").
MONTH_NAMES = ("September", "February", "November", "December", "January", "October",
               "August", "March", "April", "June", "July", "Sept", "May", "Jan", "Feb", "Mar",
               "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAY_NAMES = ("Wednesday", "Thursday", "Saturday", "Tuesday", "Monday", "Friday", "Sunday",
                 "Thurs", "Tues", "Thur", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = "|".join(MONTH_NAMES)
WEEKDAYS = "|".join(WEEKDAY_NAMES)
FULL_WEEKDAYS = "|".join(WEEKDAY_NAMES[:7])  # the full names: "Monday", not "Mon"
# Since when a state has lasted: "since 1993", "since May", "since the 1980s".
SINCE_WHEN = rf"since\s+(?:(?:19|20)\d\d|(?-i:{MONTHS})|the\s+\d\d\d0s)\b"
# A date written out, month first or day first: "March 5, 2026", "5 March 2026" (bylines').
MONTH_FIRST_DATE = rf"(?:{MONTHS})\.?\s+\d{{1,2}},?\s+\d{{4}}"
DAY_FIRST_DATE = rf"\d{{1,2}}\s+(?:{MONTHS})\.?,?\s+\d{{4}}"
# A date written out, maybe after its weekday: "Tuesday, 15 September 2026", "October 29, 2026".
WRITTEN_DATE = rf"(?:(?:{WEEKDAYS})\w*,?\s+)?(?:{MONTH_FIRST_DATE}|{DAY_FIRST_DATE})"
# A time of day written with a dot and no "am"/"pm", after "at", "to" or "at about": "stopped
# at 10.52", "set to 22.15"; not a measure, a share or a price ("at 10.52 metres", "to 3.25
# per cent", "1.45 a litre", "1.50 EUR"), nor a value changing or trading ("fell to 3.25",
# "updated to 2.14", "closed at 19.59").
_VALUE_VERBS = ("rose", "risen", "fell", "fallen", "cut", "climbed", "dropped", "dipped",
                "improved", "updated", "upgraded", "increased", "reduced", "lowered", "raised",
                "slipped", "jumped", "slumped", "surged", "soared", "plunged", "tumbled", "eased",
                "edged", "recovered", "rallied", "changed", "moved", "closed", "settled", "traded",
                "trading", "stood", "stands", "priced", "valued", "sold", "bought", "fixed")
_NOT_AFTER_VALUE_VERB = "".join(rf"(?<!\b{verb} {word} )" for verb in _VALUE_VERBS
                                for word in ("to", "at"))
_DOTTED_CLOCK = (rf"(?:(?<=\bat\s)|(?<=\bto\s)|(?<=\bat about\s)|(?<=\bat around\s))"
                 rf"{_NOT_AFTER_VALUE_VERB}(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d.]\d|\s*(?:%"
                 r"|(?-i:(?!GMT|BST|UTC|CET)[A-Z]{3}\b)|(?-i:(?!(?:on|in|the|that|this|and|when"
                 r"|as|but|before|after|with|at|from|by|until|local|precisely|exactly|sharp|today"
                 r"|tonight|yesterday|last|every|each)\b)[a-z])))")
# A clock's time in figures: "9.30am", "14:05", "at 10.52".
CLOCK_FIGURES = rf"\d{{1,2}}(:\d{{2}})?\s*[ap]\.?m\b\.?|\d{{1,2}}:\d{{2}}|{_DOTTED_CLOCK}"
# A part of the day: it says when, but no clock's time ("on Tuesday afternoon").
PARTS_OF_DAY = r"morning|afternoon|evening|tonight"
# A time of day, as "when" accepts it: a clock's, "noon", "this afternoon".
TIME_OF_DAY = rf"{CLOCK_FIGURES}|noon|midnight|{PARTS_OF_DAY}"

# An age: "aged 75", "the 29 year old", "Kenteris, 31," (not "after two years, 1,186 members"),
# "who at 75" (not "at 11.30"), "who is 58 and", "who is now 52," (not a score or a rank: "who
# was 5-2 up", "who was 4 in the world").
AGE = (r"\b(aged?\s+\d{1,3}|\d{1,3}[- ]years?[- ]old|\d{1,3}[- ]year[- ]old|\d{1,3} years? of age"
       r"|at \d{2}\b(?![.:,]\d|\s*(%|percent|per|mph|km|miles|degrees|am|pm|a\.m|p\.m))"
       r"|(?<=, )\d{1,3}(?=,(?!\d))|(?<=\bwho )(is|was|turns|turned)( now| still)? \d{1,3}\b"
       r"(?![.,]?\d|[-/]\d|\s*(%|(?!(and|when|last|this|on|earlier|yesterday|today)\b)[a-z])))")

ONE_TO_TWELVE = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"

# An amount in a currency: "$110m", "1.5bn euros", "Rs 500 crore"; not "Million Dollar Baby".
CURRENCY = (r"(euros?|dollars?|pounds?|sterling|yen|won|yuan|rupees?|francs?|cents?|pence"
             r"|kroner|kronor|krona|krone|rand|reais|real|lira|liras|roubles?|rubles?|pesos?"
             r"|shekels?|dinars?|dirhams?|baht|ringgit|zloty|zlotys|forint|koruna|shillings?"
             r"|naira|cedis?|riyals?|rials?|kwacha)")
# A currency's sign or code, as written, before the amount: "$", "₹", "A$", "KSh 32 billion",
# "Rs 500" (not "PHP 8", "CAD 3" or an Audi "RS 6").
MONEY_SIGN = (r"(?:[$£€¥₹₦₩₽₺₱₪]|\b(?-i:[A-Z]{1,2}\$|(?:Rs|KSh|Ksh|INR|USD|EUR|GBP|KES|AUD|NZD"
               r"|CHF|SEK|NOK|DKK|PLN|ZAR|NGN|BRL|MXN|JPY|CNY|HKD|SGD|MYR|THB|IDR|EGP|GHS|UGX"
               r"|TZS)\.?))")
# A code in any case before a sum with its size or thousands: "KSH 32 billion" (not "PHP 8").
CODE = (r"\b(?:ksh|kes|inr|usd|eur|gbp|aud|cad|nzd|chf|sek|nok|dkk|pln|zar|ngn|brl|mxn|jpy|cny"
         r"|hkd|sgd|myr|php|thb|idr|egp|ghs|ugx|tzs)\.?(?=\s?\d[\d,.]*\s?(?:million|billion"
         r"|trillion|bn|m|k)\b|\s?\d{1,3}(?:,\d{3})+)")
# A sum of money in full, to take out of a sentence: "$40 million", "8,000 zlotys" (not a
# word that is also a currency's: "4 won gold", "5 Real Madrid players", "4 pounds").
MONEY_AMOUNT = (rf"(?:{MONEY_SIGN}|{CODE})\s?\d[\d,.]*+(?:\s?(?:million|billion|trillion|m|bn"
                r"|k)\b)?|(?<![\w.,])\d[\d,.]*+\s?(?:(?:million|billion|trillion|bn|m|k)\s+"
                rf"|\s*(?!(?:won|real|rand|pounds?)\b)){CURRENCY}\b")
# What follows a number that is no sum of money: "a 23-year-old", "19 goals", "2 million
# people", "thousands of residents". A share and a measure may answer a money question: a
# wage demand of "18 percent", "34.6 million metric tons" for "how much steel did the US bring
# in" (read as money); taking them out declined both.
NO_SUM = (r"-year-old|\s+(?:(?:of|million|billion|thousand|hundred)\s+)?(?:(?!(?:a|an|per"
           r"|each|every)\b)[a-z-]+\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?"
           r"|goals?|points?|matches|games|seasons?|people|players?|members?|workers?"
           r"|residents?)\b")
MONEY = (rf"((?:{MONEY_SIGN}|{CODE})\s?\d|(?<![\d.,])\b\d[\d,.]*+\s?(crore|lakh)\b"
          rf"|(?<![\d.,])\b(\d[\d,.]*+|{ONE_TO_TWELVE}|\w+ty|hundreds?|thousands?)\s?((bn|m|k"
          rf"|million|billion|trillion)\s+|\s*(?!(won|real|rand)\b)){CURRENCY}\b"
          rf"|\b(half\s+)?an?\s+(million|billion|trillion)\s+{CURRENCY}\b)")  # "half a trillion"
# Titles and roles that stand before or after a person's name ("Vice Minister Jeong", "Kevin
# Kim, Deputy Chief of Mission").
ROLES = (r"(?i:minister|ambassador|president|professor|prof|spokesperson|spokesman|spokeswoman"
          r"|secretary|chairman|chairwoman|chair|director|governor|senator|leader|official"
          r"|envoy|chief|coach|captain|executive|analyst|mayor|judge|dr|mr|mrs|ms|sir"
          r"|lord|king|queen|prince|pope|rep|sen|gov|commissioner|founder|manager|editor"
          r"|reporter|correspondent|researcher|scientist|lawyer|attorney|officer|police)")
PLACE_FIRST = (r"(?:North|South|East|West|New|United|Saudi|Costa|Sri|Hong|El|Los|Las|San"
                r"|Santa|St|Sierra|Puerto|Czech|Middle|Far|Latin|Central|Great|Greater)")
BODY_LAST = (r"(?:Korea|Korean|Koreans|States|Kingdom|Republic|Africa|African|America|American"
              r"|Americans|Zealand|Arabia|Lanka|Kong|Rica|Islands?|City|County|Street|House"
              r"|Office|Ministry|Department|University|College|Union|Nations|Party|Council"
              r"|Committee|Agency|Bank|Court|Congress|Senate|Government|Administration|Strategy"
              r"|Security|News|Times|Post|Airways|Airlines|Group|Company|Association|Federation"
              r"|Organization|Organisation|Service|Forces|Army|Navy|Police|Museum|Hospital|School"
              r"|Institute|Center|Centre|Park|Square|Bridge|Hotel|Stadium|Cup|League|Games"
              r"|Olympics|Day|War|Act|Bill|Treaty|Summit|Studies|Affairs|Policy|Assembly|Force"
              r"|Commission|Reserve|Cross|Library|Board|Authority|Foundation|Motors|General"
              r"|East|West|Asia|Europe|Sea|Ocean|River|Valley|Coast|Championship|Open|Awards?"
              r"|Trust|Society|Club|Fund|Charity|Networks?)")
# Capital and small letters of the Latin alphabets, for character classes: names are written
# with "É", "Ó", "Ł" ("Éamon Ó Cuív", "Łukasz"), and `re` has no class for a letter's case.
UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
LOWER = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.islower())
# A capitalised word of a name ("Ó Cuív" one), tried only where a word starts and never
# backtracked into: linear on any line.
NAME_WORD = rf"(?:(?-i:Ó)\s+)?(?<![\w'’])(?-i:[{UPPER}])(?-i:[{LOWER}])[\w'’]*+(?:-[\w'’]++)?"
# The particles inside a surname: "Joost van Reenen", "Ursula von der Leyen", "Éamon Ó Cuív".
NAME_PARTICLES = (r"(?:(?-i:van|von|de|der|den|da|di|du|del|della|dos|das|le|la|ter|ten|bin"
                  r"|ibn|al|Ó)\s+){0,2}")

# An age stated loosely: a number alone ("Callum, 33, got down", "forty-one"; not "61 tractors",
# "at 9 today", "6.5 points out of 9", nor a day), or a thing's ("made in 1850").
LONE_NUMBER = (
    r"(?<![\d.,£$€])(?<!\d[–-])(?<!\d\s[–-]\s)(?<!out of )(?<!\bat )(?<!\bby )\b(?:\d{1,2}"
    rf"|1[01]\d|(?:{TENS})(?:-(?:{ONE_TO_TWELVE}))?)\b(?![.,]\d)(?!\s*[–-]\s*\d)(?!\s*(?:%"
    r"|percent|per cent))(?![\s-]+(?!(?:and|or|to|years?[\s-]+old|when|last|next|this|today"
    rf"|before|after|yesterday|(?:in|on|at)\s+(?:(?-i:{MONTHS})|{WEEKDAYS}|\d{{4}}))\b)[a-z])"
    r"|\b\d[\d,.]*\s+(?:hundred|thousand|million|billion)\s+years\b|\b(?:dating|dates|dated"
    r"|built|founded|laid|erected|made(?!\s+from))\s+(?:back\s+)?(?:from|in|to)\s+(?:around"
    r"\s+|about\s+|circa\s+)?1\d{3}\b(?!\s+(?:hours?|days?|weeks?|months?|years?)\b)")

# A place follows a locative preposition: a proper name ("in Seoul") or a noun of place or
# occasion ("at a regular press briefing"); "at a time when", "in contrast" are no places.
PLACE = (
    r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ii]nside|[Oo]utside)\s+(?:(?:the|a|an)\s+)?"
    rf"(?:(?!(?:(?-i:{MONTHS})|{FULL_WEEKDAYS})\b)[A-Z]\w+|(?:\w+\s+)"
    r"{0,2}(?:briefing|conference|meeting|summit|ceremony|office|embassy|ministry|headquarters"
    r"|hall|building|room|house|palace|city|capital|village|border|zone|venue|site|forum"
    r"|session|hotel|base|port|airport|parliament|assembly|court|university|campus)"
    # A common place where something happened ("in a lay-by", "in hospital"), not a noun's
    # modifier ("a rise in shop prices", "a fall in hospital admissions").
    r"|(?:\w+\s+){0,2}(?:lay-by|layby|car\s+park|roadside|beach|farm|station|hospital|garden"
    r"|street|road|yard|harbour|church|park|school|shop)(?!\s+(?!(?:on|in|at|near|by|of|off|and"
    r"|or|to|for|with|from|where|when|after|before|until|during|since|was|were|is|are|that"
    r"|which|who|as|while|but|so|then)\b)[a-z]))\b"
    # Where someone works or studies: "Professor Park from Ewha Womans University" ("of
    # Columbia University" is an expert's title more often than where something happened).
    r"|\b[Ff]rom\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:University|College"
    r"|Institute|School|Academy|Hospital|Center|Centre)\b"
    # A destination: "move its headquarters to New York", "festival comes to Ashcombe Park".
    r"|\b(?:move[sd]?|moving|relocat\w+|travel\w*|fl(?:y|ies|ew|own)|return\w*)\b[^.;]{0,40}?"
    r"\bto\s+(?:the\s+)?[A-Z]\w+|(?<!\bit\s)\b(?:com(?:e|es|ing)|came)\s+to\s+(?:the\s+)?[A-Z]\w+")

# Where something came from ("from Leeds") or was traced to ("traced to the Kelby mill"); a
# stretch "from the weir down to the bridge" is no origin.
ORIGIN = (r"\b[Ff]rom\s+(?:the\s+)?(?-i:[A-Z])\w+(?![^,.;]{0,40}?\b(?:down|up|all\s+the\s+way"
          r"|right|as\s+far\s+as)?\s*to\s+(?:the\s+)?(?-i:[A-Z]))"
          r"|\btraced\s+(?:back\s+)?to\s+(?:the\s+|a\s+)?(?-i:[A-Z])\w+")

# A colour by its name, in lower case ("Mr Brown", "the White House" are names), or anything
# coloured ("rust-coloured", "honey coloured").
COLOUR = (r"(?-i:\b(red|orange|yellow|green|blue|purple|violet|pink|brown|black|white|gr[ae]y"
          r"|silver|golden|gold|cream|navy|turquoise|maroon|crimson|scarlet|beige|amber|khaki"
          r"|lilac|ivory|teal|magenta|bronze|burgundy|olive|emerald|copper|rufous|tan|bluish"
          r"|whitish)(?:d?ish)?\b)|\b\w+(?:-\w+){0,2}[- ]colou?red\b")
