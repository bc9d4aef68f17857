"""The nudges a candidate sentence earns for holding what a question asks, and why each weighs so.

`answer_slots.Asked.bonus` adds them to a candidate's fused score; each weight was measured on
the question sets named beside it.
"""

from __future__ import annotations

TYPE_BONUS = 0.05  # small nudges for sentences holding the kind of fact asked for
FRAGMENT_PENALTY = 0.08  # headings and captions have no closing punctuation
# A question (an explainer's heading, an interviewer's line) states nothing: never the answer
# while a statement is there (other8: one answer first, one trap answered; 0.05-0.1: none).
QUESTION_PENALTY = 1.0
# A sentence naming the holder of the role asked about ("Corvane CEO Grady Mulvany" for "who
# is the ceo of corvane") answers it, whatever else it says: 0.1 put two such answers first
# on other6 and 0.2 three, without changing an answer on the eleven other sets; 0.25 one more
# on other6 and on other8 ("Justice Miranda Okafor-Reid" for "whos the judge"), changing none
# other of fifteen sets (0.3 no more).
ROLE_HOLDER_BONUS = 0.25
# So does a number counting what a "how many" question counts ("About 2,300 longshore workers
# ..." for "how many dock workers are covered?"): 0.1 put an answer first on four sets
# (other, other2, other4, other6) and changed none other; 0.15-0.2 put more first, but then
# answers declined for their lower similarity.
COUNT_BONUS = 0.1
# And a name of the kind of thing a "which" question asks for ("Cedar Hollow Middle School" for
# "Which school has had the most cases?"): 0.15 put one answer first on other5 and one in
# the first three on other4, changing none other; 0.1 changed nothing, 0.2 lost one on unseen.
# Asked "what is the name of the pony ...", "our pony Sorrel" earns it too (other26).
NAMED_BONUS = 0.15
# And a sentence stating a cause ("because", "suspended for failing to") a why-question: 0.1
# put one answer first on other8 and one in the first three on other2, changing none other
# of fifteen sets (0.05 the first only).
REASON_BONUS = 0.1
# And a sentence stating the asked event beside a date ("closed in 1997" for "When did the
# Rialto Theatre close?", not "will reopen ... on Saturday"): 0.05 put one answer first on
# blind3 and on other5, changing none other of sixteen sets (0.1 lost a follow-up on other9).
EVENT_BONUS = 0.05
# And a sentence naming someone as doing what a who-question asks ("Mariana Couto has won the
# Classic" for "who won the classic") over the story's other sentences naming people: 0.1 put
# an answer first on each of other3, other10, other12 and other13 and changed none other of
# nineteen sets (0.05 the last only; 0.15 and 0.2 the same as 0.1).
DOER_BONUS = 0.1
# And a sentence saying how things stand now ("Today, the company employs 30") for "how many
# ppl does taylor employ now": 0.05 put one answer first on other8, none other of 16 changed.
PRESENT_BONUS = 0.05
# And a sentence speaking of what is to come ("is expected to begin a reduced timetable on
# Sunday 11 October") answers a question asking when something will be ("When does the
# stand-in ferry start running?") before a story's lead dating what happened: 0.1 put an
# answer in the first three on other5 and other14 and an outlet first on other15, and moved
# one wrongly answered question's outlet aside on other6, on twenty-one sets (0.05 fewer;
# 0.15 lost an outlet on other11).
AHEAD_BONUS = 0.1
# And a sentence quoting someone or giving a named speaker's words ("Festival director Priya
# Castellano apologised, saying: ...") a question asking what someone said: 0.05 put an
# answer first on other17 and other18, changing none other of twenty-four sets (counting a
# pronoun's "He added that ..." lost one on blind; counting quotations only, a follow-up on
# other6).
SAID_BONUS = 0.05
# And one giving the end's figure ("the final cost ... came to") a question asking how it
# ended ("cost in the end").
OUTCOME_BONUS = 0.1
# And the time something took ("took 3 hours and 40 minutes") a question asking how long it
# took, over a span of another kind ("In 21 years as a locksmith").
TAKEN_BONUS = 0.15
