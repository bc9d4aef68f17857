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


def free_port() -> int:
    """Return a free loopback TCP port."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LiveServer:
    """`newsdesk serve` as a real subprocess on a free loopback port."""

    def __init__(self, data_dir: Path, *, articles_dir: Path | None = SEEDS_DIR,
                 env: dict[str, str] | None = None) -> None:
        import subprocess
        import sys

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = data_dir.parent / f"server-{self.port}.log"
        args = [sys.executable, "-m", "bot.cli", "serve", "--port", str(self.port),
                "--data-dir", str(data_dir)]
        if articles_dir is not None:
            args += ["--articles-dir", str(articles_dir)]
        self._log = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            args, cwd=ROOT, stdout=self._log, stderr=subprocess.STDOUT,
            env={**os.environ, "HF_HUB_OFFLINE": "1", **(env or {})})

    def wait_ready(self, timeout: float = 240) -> LiveServer:
        """Block until /health answers 200; fail with the server's log otherwise."""
        import time

        import httpx

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                break
            try:
                if httpx.get(f"{self.url}/health", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"server did not start:\n{self.log_path.read_text()[-3000:]}")

    def log(self) -> str:
        """Return what the server has logged so far."""
        if not self._log.closed:
            self._log.flush()
        return self.log_path.read_text("utf-8", errors="replace")

    def stop(self) -> int | None:
        """Send SIGTERM, wait for a graceful exit, and return the exit code."""
        import subprocess

        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()
        return self.proc.returncode


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory):
    """One real server over the seeds (admin token "test-admin"), shared by read-only tests."""
    server = LiveServer(tmp_path_factory.mktemp("live") / "data",
                        env={"NEWSDESK_ADMIN_TOKEN": "test-admin"}).wait_ready()
    yield server
    server.stop()
