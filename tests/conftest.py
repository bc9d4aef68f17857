"""Shared fixtures: small hand-written articles, a fake embedder, and the real seed service."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from retrieval.embedding import HashingEmbedder
from retrieval.service import QAService

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "seeds"
SHARED_EVAL = ROOT.parent / "shared" / "eval"

HARBOUR_TXT = """Harbour bridge to close for repairs
By Coast Times | Updated: March 3, 2025 09:00 IST
Open in app
The city council voted on Monday to close the harbour bridge for six weeks of repairs.
Mayor Ana Lopez said the work would start on April 1 and cost 12 million dollars.
Traffic will be diverted through the tunnel, the transport office said.
NO COMMENTS
"""

ORCHARD_MD = """---
title: Apple harvest breaks records
outlet: Farm Weekly
published: 2025-09-20
url: https://example.org/apples
---
Growers in the valley picked 40,000 tonnes of apples this year, a record.
The cooperative's chairman, Tom Reed, credited the mild spring.
Prices fell by a tenth as a result.
"""

LIBRARY_JSON = """{"title": "Library opens late on Fridays", "outlet": "Town Crier",
"published": "2025-05-02", "url": "https://example.org/library",
"text": "The public library will stay open until 10 p.m. on Fridays from June. \
Head librarian Mia Chen said students had asked for longer hours."}
"""


class CountingEmbedder(HashingEmbedder):
    """The hashing embedder, counting how many texts it embeds (to prove caching)."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0
        self.texts = 0

    def encode(self, texts: Sequence[str], *, show_progress: bool = False) -> np.ndarray:
        self.calls += 1
        self.texts += len(texts)
        return super().encode(texts, show_progress=show_progress)


@pytest.fixture
def articles_dir(tmp_path: Path) -> Path:
    """A folder of three small articles in three formats."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "harbour.txt").write_text(HARBOUR_TXT, "utf-8")
    (folder / "orchard.md").write_text(ORCHARD_MD, "utf-8")
    (folder / "library.json").write_text(LIBRARY_JSON, "utf-8")
    return folder


@pytest.fixture
def fake_embedder() -> CountingEmbedder:
    """A deterministic model-free embedder that counts its work."""
    return CountingEmbedder()


@pytest.fixture
def fake_service(tmp_path: Path, articles_dir: Path, fake_embedder: CountingEmbedder) -> QAService:
    """A real QAService over the small articles, with the fake embedder."""
    return QAService.open(data_dir=tmp_path / "data", articles_dir=articles_dir,
                          embedder=fake_embedder)


@pytest.fixture(scope="session")
def real_embedder():
    """The bundled all-MiniLM-L6-v2, loaded once per test session."""
    from retrieval.embedding import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder()


@pytest.fixture(scope="session")
def seed_service(real_embedder, tmp_path_factory: pytest.TempPathFactory) -> QAService:
    """The real service (real model, real FAISS) over the seed articles."""
    return QAService.open(data_dir=tmp_path_factory.mktemp("seed-data"), articles_dir=SEEDS_DIR,
                          embedder=real_embedder)
