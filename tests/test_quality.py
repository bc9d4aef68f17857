"""Answer quality with the real model on the question sets, by the eval metrics.

Six sets ask about the seeds; "other" to "other39" ask about thirty-nine sets of other articles
(business, sport, politics, technology, entertainment, science, health, world news; scraped
pages among them; other5 to other39 invented stories on pages of invented site styles), each
written by a helper session that never saw the code.

The floors are the figures measured when this was written (see the README); they guard
against regressions. Issue 5's targets are stricter where the method does not reach them yet.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from retrieval.evaluation import evaluate, load_items
from retrieval.service import QAService
from tests.conftest import SHARED_EVAL

pytestmark = pytest.mark.integration
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def other_service(real_embedder, tmp_path_factory: pytest.TempPathFactory):
    """The real service over a set of other articles, opened once per set on first use."""
    opened: dict[str, QAService] = {}

    def service(name: str) -> QAService:
        if name not in opened:
            opened[name] = QAService.open(data_dir=tmp_path_factory.mktemp(f"{name}-data"),
                                          articles_dir=DATA / name / "articles",
                                          embedder=real_embedder)
        return opened[name]

    return service


def _rates(service, *files: Path) -> dict[str, float | None]:
    items = [item for path in files for item in load_items(path)]
    report = evaluate(lambda q, **kw: service.ask(q, top_k=3, **kw), items)
    print("\n".join(report.misses))
    return report.rates()


def _files(name: str, folder: Path = DATA) -> tuple[Path, Path]:
    return folder / f"{name}_questions.jsonl", folder / f"{name}_conversations.jsonl"


# Floors at the figures of the README: lower bounds, but an upper one for answerable_declined.
METRICS = ("top1", "recall_at_3", "outlet", "answerable_declined", "offtopic_declined",
           "followups")
SETS = {
    "dev": (_files("dev", SHARED_EVAL), (11 / 12, 1.0, 0.95, 0.025, 1.0, 1.0)),
    "heldout": (_files("heldout"), (0.881, 0.881, 0.921, 0.079, 1.0, 1.0)),
    "blind": (_files("blind"), (0.832, 0.866, 0.9, 0.10, 0.9, 1.0)),
    "unseen": (_files("unseen"), (0.56, 0.76, 0.76, 0.12, 0.875, 1.0)),
    "blind2": (_files("blind2"), (0.80, 0.832, 0.90, 0.067, 0.75, 0.8)),
    # Near-topic traps are this set's weakness too: half are answered.
    "blind3": (_files("blind3"), (0.866, 0.933, 0.966, 0.034, 0.582, 0.8)),
    "other": (_files("other"), (0.70, 0.90, 0.95, 0.025, 11 / 12, 1.0)),
    "other2": (_files("other2"), (0.75, 0.875, 0.90, 0.05, 0.785, 0.832)),
    # Near-topic traps (a caravan's asylum numbers, a film's cast) are this set's weakness:
    # every word is in the articles and the closest sentence is about the same event. A
    # match's score, asked for, is declined where no candidate first holds one (one answerable
    # question, "the final score when Swansea played at Tottenham", with it). "how far did
    # rory throw it" is declined, not answered by a sentence holding no distance (its
    # outlet was right): a measure is stated in its units only.
    "other3": (_files("other3"), (0.699, 0.824, 0.924, 0.05, 0.57, 0.832)),
    "other4": (_files("other4"), (0.70, 0.875, 0.975, 0.025, 0.570, 0.666)),
    # Ten pages in ten invented site styles; six of its traps are answered only by furniture.
    "other5": (_files("other5"), (0.825, 0.925, 0.975, 0.025, 0.50, 0.666)),
    # Five invented events, each reported by two outlets on two dates, stating some facts
    # differently; ten more site styles. Its outlet at 0.775: a question answered wrongly
    # either way ("When will Norwick high schoolers actually get the later start?") is
    # answered from another outlet since a sentence saying what will be earns a bonus.
    # A wrongly answered which-question declined: its sentence names nothing the question
    # does not ("Which company ..."). Traps 11 of 14 since a who-question's own names name no
    # one asked for: one about a sheriff had been declined only because a wrong sentence
    # naming him alone came first.
    "other6": (_files("other6"), (0.674, 0.749, 0.799, 0.075, 11 / 14, 0.832)),
    # Four events outside the US on ten pages (a live page, an aggregator, a trade journal).
    # "how many trains ..." is declined, not answered by a "three-day strike" (its outlet was
    # right): a span of time counts no trains.
    # Outlet 0.925 -> 0.90 and one more declined: "What pay deal ended the rail strike?" asks
    # for a share or a sum, and the best sentence (wrong before) holds neither.
    "other7": (_files("other7"), (0.624, 0.724, 0.899, 0.05, 9 / 14, 0.666)),
    # Four events on eleven pages of new styles (a wire, a live blog, a newsletter e-mail, a
    # Q&A, a FAQ explainer, a TV site); later pages update earlier figures.
    "other8": (_files("other8"), (0.674, 0.775, 0.899, 0.075, 12 / 14, 0.832)),
    # Four events on ten pages of ten more styles (a gallery, a fact check, a podcast page).
    # "how long is the tram line" is declined, not answered by the governor's words.
    # "What colour are the Kisumu trams painted?" is declined: no sentence names a colour.
    "other9": (_files("other9"), (0.65, 0.775, 0.85, 0.125, 13 / 14, 0.832)),
    # Four events on eleven pages of eleven more styles (a science site, a court reporter, a
    # markets page, a wiki); later pages update earlier figures and names.
    # Outlet 0.90 -> 0.875: m12's pay rise, wrong before, is now another outlet's demand.
    # Outlet 0.875 -> 0.85, declined 0.05 -> 0.075: m36 ("how much did the municipality
    # spend"), answered by a sentence stating no payment, is declined.
    "other10": (_files("other10"), (0.724, 0.75, 0.849, 0.075, 0.714, 0.832)),
    # Four events on eleven pages of institutions and communities (a health authority, a
    # rail operator, a union, a forum thread, a machine-translated paper, a print replica).
    # Recall 0.80 -> 0.775: n05's wrong answer now names the health authority (another
    # sentence within 0.08 sharing two words asked), pushing the right one out of the three.
    "other11": (_files("other11"), (0.625, 0.775, 0.85, 0.0, 0.571, 1.0)),
    # Three events on ten pages (a dam breach, a health app's data leak, a rowing final).
    "other12": (_files("other12"), (0.799, 0.832, 0.866, 0.068, 0.70, 0.79)),
    # Three events on ten pages (a ferry grounding, a rocket failure, a chess tournament): a
    # live blog, a web-archive capture, an agency's report from a PDF, a podcast page.
    "other13": (_files("other13"), (0.599, 0.699, 0.766, 0.067, 1.0, 0.20)),
    # Three events on ten pages (a bridge closure, a marathon's short course, a bank takeover):
    # a TV station, council minutes, a community group, a results page, a thread, a union.
    "other14": (_files("other14"), (21 / 30, 24 / 30, 26 / 30, 0.034, 0.60, 0.80)),
    # Three events on ten pages (a mine rescue, a museum's reopening, a kettle recall): a fire
    # service, a microblog thread, a wiki, a briefing transcript, an OCR'd print archive.
    # A wrongly answered question declined ("how far down were the miners stuck?": the later
    # depth first, its sentence holding none of the question's words).
    # And "how much did the ashdown museum refurb cost in the end", wrong, holding no sum.
    "other15": (_files("other15"), (17 / 30, 19 / 30, 21 / 30, 3 / 30, 0.80, 0.60)),
    # Three events on ten pages (a lynx's escape, a card-payment outage, a wreck found): a
    # police appeal, a status page, an app store, a parliamentary record, a crowdfunding page.
    # Its furniture's words gone, one answer is declined (its question's words are rarer in
    # the articles now: coverage 0.13, similarity 0.549 against the sure 0.55).
    "other16": (_files("other16"), (20 / 30, 24 / 30, 24 / 30, 2 / 30, 0.70, 0.60)),
    # Three events on ten pages (a moorland wildfire, a couriers' tribunal ruling, a new
    # festival): a weather bulletin, a school newsletter, a job board, a parish newsletter.
    # Follow-ups 0.60: conv05's follow-up is answered from the sentence after the car park's
    # ("will pay £4,000", nineteenth session).
    "other17": (_files("other17"), (18 / 30, 25 / 30, 23 / 30, 1 / 30, 0.80, 0.80)),
    # Three events on ten pages (a coastal landslip, a hospital's new wing, a record pumpkin):
    # a bus operator's update, an insurer's help page, an MP's site, a recipe blog.
    "other18": (_files("other18"), (25 / 30, 28 / 30, 29 / 30, 0 / 30, 0.70, 0.80)),
    # Three events on ten pages (a city's power cut, a lighthouse relit, a cyclone): a
    # motoring site, a library's blog, a forum digest, a shipping line's notice, a cricket club.
    "other19": (_files("other19"), (22 / 30, 23 / 30, 24 / 30, 4 / 30, 0.60, 1.0)),
    # Three events on ten pages (a water main burst, a vineyard's harvest, a library sold):
    # a vet practice, a business directory, an open-data portal, an auction house's listing.
    "other20": (_files("other20"), (25 / 30, 26 / 30, 28 / 30, 0 / 30, 0.70, 0.40)),
    # Three events on ten pages (a sinkhole, a theatre fire, a bread championship): an estate
    # agent, a choir, a hotel's blog, a TV weather blog, a brewery, an alumni magazine.
    # Outlet 24 -> 23: q02's wrong answer lost its accidental right outlet when a day's number
    # ("opened on 6 October") stopped counting as a newer count (seventeenth session).
    # Recall 24 -> 23 and declined 5 -> 6: q16 ("the estimate for repairing", now a sum of
    # money) is declined instead of answered wrong with the right sentence second.
    "other21": (_files("other21"), (24 / 30, 25 / 30, 25 / 30, 4 / 30, 0.90, 0.60)),
    # Three events on ten pages (a hailstorm, a lido reopened, a runway extension): a taxi
    # firm, a dental practice, an astronomy society, a caravan park, a flying club.
    # Its surf school's caption gone, "How warm is the water?" takes the pool's planned 24C
    # (the same story, first) over the surf school's measured 25C.
    "other22": (_files("other22"), (24 / 30, 28 / 30, 27 / 30, 1 / 30, 0.70, 0.80)),
    # Three events on ten pages (a wartime bomb in a harbour, a village buying its pub, a
    # meteorite fall): a funeral director, a pharmacy, kennels, a bus forum, a piano tuner.
    "other23": (_files("other23"), (21 / 30, 24 / 30, 25 / 30, 3 / 30, 0.80, 0.80)),
    # Three events on ten pages (a canal breach, a gondola stranding, a whale refloated): a
    # narrowboat hire firm, an allotment society, a climbing wall, a bridal shop, a printer.
    "other24": (_files("other24"), (22 / 30, 23 / 30, 25 / 30, 1 / 30, 0.70, 0.20)),
    # Three events on ten pages (a drowned village uncovered by drought, a fell race caught by
    # a storm, an Iron Age bog body): a pottery, a genealogist, a farm shop, an outdoor shop,
    # a physio, a dog groomer, a yoga studio, a music school, a tattoo studio, a yarn shop.
    "other25": (_files("other25"), (20 / 30, 24 / 30, 24 / 30, 2 / 30, 0.90, 0.20)),
    # Three events on ten pages (a time capsule opened, a balloon's hard landing, a tractor
    # run record): a stonemason, a locksmith, a hairdresser, a watch repairer, a riding school,
    # a kayak club, a florist, a tractor dealer, a bakery, a golf club.
    "other26": (_files("other26"), (21 / 30, 24 / 30, 25 / 30, 2 / 30, 0.80, 0.60)),
    # Three events on ten pages (a container spill, a tied by-election, a lottery syndicate):
    # a beach-clean group, a roastery, a fishmonger, a surfboard shaper, a chimney sweep, a
    # cinema, a butcher, a chip shop, a framing shop, a credit union's newsletter.
    # Top1 24 -> 23: q22's newer count, 0.104 below the first once a caption no longer
    # counts as a headline, is past the revision margin (0.1).
    "other27": (_files("other27"), (23 / 30, 28 / 30, 27 / 30, 0 / 30, 0.80, 0.40)),
    # Three events on ten pages (dinosaur footprints after a cliff fall, a wind turbine's
    # blade breaking off, a solo row round Britain): a fossil-walk guide, a jet jeweller, a
    # camera club, beekeepers, a plumber, a pipe band, a gig rowing club, a joinery, a bowls
    # club, a cheesemonger.
    # Outlet 26 -> 25 and one declined: "What did it finally cost to get the slab off the
    # beach?" asks for money now, and no sentence near the top holds any (it was answered
    # wrongly before).
    "other28": (_files("other28"), (24 / 30, 25 / 30, 25 / 30, 1 / 30, 0.80, 0.80)),
    # Three events on ten pages (an ancient oak's fall, a gas main struck, a 101-year-old's
    # skydive): an orchard, a signwriter, a tree surgeon, a dance school, a toy shop, a darts
    # league, a fireworks firm, a quilting circle, a glassblower, an optician.
    "other29": (_files("other29"), (26 / 30, 27 / 30, 28 / 30, 0 / 30, 0.80, 0.40)),
    # Three events on ten pages (a church bell cracking, the longest knitted scarf, a pier's
    # collapse): a ringers' guild, a clock repairer, a tea room, a knitting circle, a pub, a
    # land surveyor, beach donkeys, a charter boat, a forge, a seaside rock maker.
    "other30": (_files("other30"), (22 / 30, 24 / 30, 27 / 30, 1 / 30, 0.80, 1.0)),
    # Three events on ten pages (lightning striking a church spire, a blizzard trapping a
    # sheepdog society's dinner at an inn, a storm washing casks out of a distillery): an organ
    # builder, a stained-glass studio, a bridge club, a saddler, a falconry centre, a sheepdog
    # trials society, a lifeboat station shop, a thatcher, a cooper, a men's shed.
    "other31": (_files("other31"), (29 / 30, 29 / 30, 29 / 30, 0 / 30, 0.80, 1.0)),
    # Three events on ten pages (a relay swim across the North Channel lost in fog, ewes
    # stolen from a hill farm, an electric car's beach speed record): a sea sauna, a
    # chandlery, a wetsuit maker, a livestock mart, a shearing contractor, a show society, a
    # livestock haulier, a drone filming firm, an ice-cream parlour, a sports timing firm.
    "other32": (_files("other32"), (23 / 30, 27 / 30, 26 / 30, 0 / 30, 1.0, 0.60)),
    # Three events on ten pages (a rare bird in a Norfolk garden, a barn-find motorcycle sold
    # at auction, a tortoise found after 32 years): a toastie trailer, a village shop, a
    # wildlife tour firm, a clearance firm, a motorcycle restorer, an auction house, an
    # owners' register, a landscaper, a vet practice, a pet shop.
    "other33": (_files("other33"), (21 / 30, 22 / 30, 23 / 30, 1 / 30, 0.70, 0.80)),
    # Three events on ten pages (a low-loader stuck in a lane, a town's hum traced to a fan,
    # a tollhouse slid inland): a tyre centre, a residents' association, a pizza takeaway, a
    # skip hire firm, a hearing centre, a recording studio, a launderette, a crane hire firm,
    # a history society, a walking group.
    "other34": (_files("other34"), (26 / 30, 26 / 30, 28 / 30, 0 / 30, 0.70, 0.60)),
    # Three events on ten pages (a beck dyed pink, a school's hovercraft crossing, a piano
    # carried up a fell): an angling club, an ecological consultancy, a textile conservation
    # studio, a school, a hovercraft club, a metal fabricator, a removals firm, a rope access
    # firm, a mountain guide, a bunkhouse.
    "other35": (_files("other35"), (24 / 30, 27 / 30, 26 / 30, 0 / 30, 0.80, 0.80)),
    # Three events on ten pages (a brass heron found after a riddle book, a hot spring struck
    # by a heat-pump borehole, a tug-of-war across a river revived): a publisher, a board-game
    # cafe, a cottage agency, a stationer, a driller, a heat-pump installer, a water
    # laboratory, a tug-of-war club, a marquee hire firm, a strength gym.
    "other36": (_files("other36"), (23 / 30, 25 / 30, 24 / 30, 2 / 30, 0.60, 0.60)),
    # Three events on ten pages (a phone-box defibrillator saving a footballer, a giant
    # inflatable duck adrift, welcome signs misspelt): a five-a-side league, a first-aid
    # trainer, an electrician, an inflatables hire firm, a radio club, a fishermen's
    # co-operative, a paddleboard hire, an ironmonger, a proofreader, a Scrabble club.
    "other37": (_files("other37"), (24 / 30, 24 / 30, 25 / 30, 3 / 30, 0.80, 0.80)),
    # Three events on ten pages (a small earthquake, a violin left on a train, a baby born in
    # a lay-by): a seismograph network, a wine merchant, an alpaca farm, structural
    # engineers, an orchestra, a cleaning contractor, a violin maker, a doula, a recovery
    # firm, a car valeter.
    "other38": (_files("other38"), (21 / 30, 23 / 30, 23 / 30, 3 / 30, 0.90, 0.60)),
    # Three events on ten pages (a birthday party lost in a maize maze, cash envelopes through
    # a terrace's doors, a cave breakthrough): a maze, a hog roast caterer, a young farmers'
    # club, an upholsterer, a chapel, a greengrocer, a cricket club, a caving club, a
    # chocolatier, a tutor.
    "other39": (_files("other39"), (25 / 30, 28 / 30, 28 / 30, 1 / 30, 0.80, 0.40)),
}


@pytest.mark.parametrize("name", list(SETS))
def test_quality_floors(request, name):
    files, values = SETS[name]
    floors = dict(zip(METRICS, values, strict=True))
    service = (request.getfixturevalue("other_service")(name) if name.startswith("other")
               else request.getfixturevalue("seed_service"))
    rates = _rates(service, *files)
    below = {metric: rates[metric] for metric, floor in floors.items()
             if (rates[metric] > floor + 1e-9 if metric == "answerable_declined"
                 else rates[metric] < floor - 1e-9)}
    assert not below, f"{name}: {below} beyond the floors {floors}"


# Forty follow-ups about what a local story almost never says ("Who is their accountant?",
# "when did she last go to the dentist"), written by a helper that never saw the code, each
# asked after a conversation's first turn: the share declined, at least (at 5a9644d: 73 and
# 62 of 80; 43 and 39 of them before the follow-up topic rule; other37 at cae3d51: 66).
OFF_TOPIC_FOLLOW_UPS = DATA / "off_topic_follow_ups.txt"


@pytest.mark.parametrize(("name", "floor"), [("other35", 0.9), ("other36", 0.75),
                                             ("other37", 0.8)])
def test_follow_ups_about_what_no_article_says_are_declined(other_service, name, floor):
    service = other_service(name)
    turns = [line.strip() for line in OFF_TOPIC_FOLLOW_UPS.read_text("utf-8").splitlines()
             if line.strip()]
    asked = declined = 0
    for item in load_items(DATA / f"{name}_conversations.jsonl")[:2]:
        for turn in turns:
            conversation = f"off-{item['id']}-{asked}"
            assert service.ask(item["turns"][0], conversation_id=conversation).answered
            asked += 1
            declined += not service.ask(turn, conversation_id=conversation).answered
    assert declined / asked >= floor, f"{name}: {declined} of {asked} declined"


@pytest.mark.parametrize("name", ["other", "other2", "other3", "other4"])
def test_no_page_furniture_is_left_in_the_other_articles(other_service, name):
    # Some are scraped pages: navigation, cookie notices, share bars, newsletter boxes, link
    # lists and date lines must all be gone before passages are made.
    service = other_service(name)
    furniture = re.compile(r"\bcookies?\b|\bsubscribe\b|\bnewsletter\b|\bshare (on|this)\b"
                           r"|\badvertisement\b|\s\|\s|related stories|trending in|terms of use"
                           r"|https?://|^(markets|aviation|associated press|scitech)$|most read"
                           r"|try again later|published \d+ years ago|last updated|│|»"
                           r"|about the author|follow @|photo:|image credit|in the comments"
                           r"|all rights reserved|^credit:|^follow .* on twitter|\(ap photo\)"
                           r"|posted:|comments \(|have your say|around the web|recommendations$"
                           r"|^watch:|text size|\[ ?sign",
                           re.IGNORECASE)
    passages = [p.text for p in service.corpus.passages]
    assert len(passages) > 300
    left = [p for p in passages if furniture.search(p)]
    assert not left, left[:3]
