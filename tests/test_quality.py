"""Answer quality with the real model on the question sets, by the eval metrics.

Four sets ask about the seeds; "other", "other2" and "other3" ask about three sets of other
articles (business, sport, politics, technology, entertainment, health, world news; scraped
pages among them), each written by a helper session that never saw the code.

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


def _open(embedder, tmp_path_factory: pytest.TempPathFactory, name: str) -> QAService:
    return QAService.open(data_dir=tmp_path_factory.mktemp(f"{name}-data"),
                          articles_dir=DATA / name / "articles", embedder=embedder)


@pytest.fixture(scope="module")
def other_service(real_embedder, tmp_path_factory: pytest.TempPathFactory) -> QAService:
    """The real service over the first set of other articles."""
    return _open(real_embedder, tmp_path_factory, "other")


@pytest.fixture(scope="module")
def other3_service(real_embedder, tmp_path_factory: pytest.TempPathFactory) -> QAService:
    """The real service over the third set of other articles."""
    return _open(real_embedder, tmp_path_factory, "other3")


@pytest.fixture(scope="module")
def other2_service(real_embedder, tmp_path_factory: pytest.TempPathFactory) -> QAService:
    """The real service over the second set of other articles."""
    return _open(real_embedder, tmp_path_factory, "other2")


def _rates(service, *files: Path) -> dict[str, float | None]:
    items = [item for path in files for item in load_items(path)]
    report = evaluate(lambda q, **kw: service.ask(q, top_k=3, **kw), items)
    print("\n".join(report.misses))
    return report.rates()


# Floors at the figures of the README: lower bounds, but an upper one for answerable_declined.
SETS = {
    "dev": ((SHARED_EVAL / "dev_questions.jsonl", SHARED_EVAL / "dev_conversations.jsonl"),
            {"top1": 11 / 12, "recall_at_3": 1.0, "outlet": 0.95, "offtopic_declined": 1.0,
             "answerable_declined": 0.025, "followups": 1.0}),
    "held-out": ((DATA / "heldout_questions.jsonl", DATA / "heldout_conversations.jsonl"),
                 {"top1": 0.88, "recall_at_3": 0.88, "outlet": 0.88, "offtopic_declined": 1.0,
                  "answerable_declined": 0.12, "followups": 1.0}),
    "blind": ((DATA / "blind_questions.jsonl", DATA / "blind_conversations.jsonl"),
              {"top1": 0.80, "recall_at_3": 0.83, "outlet": 0.86, "offtopic_declined": 0.9,
               "answerable_declined": 0.14, "followups": 1.0}),
    "unseen": ((DATA / "unseen_questions.jsonl", DATA / "unseen_conversations.jsonl"),
               {"top1": 0.48, "recall_at_3": 0.68, "outlet": 0.72, "offtopic_declined": 0.875,
                "answerable_declined": 0.16, "followups": 0.75}),
    "other": ((DATA / "other_questions.jsonl", DATA / "other_conversations.jsonl"),
              {"top1": 0.65, "recall_at_3": 0.85, "outlet": 0.95, "offtopic_declined": 0.75,
               "answerable_declined": 0.025, "followups": 0.83}),
    "other2": ((DATA / "other2_questions.jsonl", DATA / "other2_conversations.jsonl"),
               {"top1": 0.675, "recall_at_3": 0.825, "outlet": 0.90, "offtopic_declined": 0.78,
                "answerable_declined": 0.05, "followups": 0.83}),
    # Near-topic traps (a caravan's asylum numbers, a golfer's final score) are this set's
    # weakness: every word is in the articles and the closest sentence is about the same event.
    "other3": ((DATA / "other3_questions.jsonl", DATA / "other3_conversations.jsonl"),
               {"top1": 0.575, "recall_at_3": 0.75, "outlet": 0.95, "offtopic_declined": 0.42,
                "answerable_declined": 0.025, "followups": 0.5}),
}


@pytest.mark.parametrize("name", list(SETS))
def test_quality_floors(request, name):
    files, floors = SETS[name]
    service = request.getfixturevalue(f"{name}_service" if name.startswith("other")
                                      else "seed_service")
    rates = _rates(service, *files)
    below = {metric: rates[metric] for metric, floor in floors.items()
             if (rates[metric] > floor + 1e-9 if metric == "answerable_declined"
                 else rates[metric] < floor - 1e-9)}
    assert not below, f"{name}: {below} beyond the floors {floors}"


@pytest.mark.parametrize("name", ["other", "other2", "other3"])
def test_no_page_furniture_is_left_in_the_other_articles(request, name):
    # Some are scraped pages: navigation, cookie notices, share bars, newsletter boxes, link
    # lists and date lines must all be gone before passages are made.
    service = request.getfixturevalue(f"{name}_service")
    furniture = re.compile(r"\bcookies?\b|\bsubscribe\b|\bnewsletter\b|\bshare (on|this)\b"
                           r"|\badvertisement\b|\s\|\s|related stories|trending in|terms of use"
                           r"|https?://|^(markets|aviation|associated press|scitech)$|most read"
                           r"|try again later|published \d+ years ago|last updated|│|»"
                           r"|about the author|follow @|photo:|image credit|in the comments",
                           re.IGNORECASE)
    passages = [p.text for p in service.corpus.passages]
    assert len(passages) > 300
    left = [p for p in passages if furniture.search(p)]
    assert not left, left[:3]
