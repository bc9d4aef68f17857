"""The Telegram emulator (telegram-test-api on loopback) and a real bot process against it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import ROOT, SEEDS_DIR, free_port

HERE = Path(__file__).resolve().parent
TOKEN = "123456:TEST-newsdesk-token"
# A second bot, for servers started while the module's bot process polls with TOKEN.
OTHER_TOKEN = "654321:TEST-newsdesk-server"
HOSTILE_ARTICLE = """Fish & Chips <b>shop</b> wins award
The Fish & Chips shop on Harbour Road won the <b>Best Chippy</b> award & a trophy on Friday.
Owner Sam Lee said the secret was "fresh fish & hot oil".
"""


def _ensure_node_modules() -> None:
    if not (HERE / "node_modules" / "telegram-test-api").exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=HERE,
                       check=True, timeout=300)


class Emulator:
    """The patched telegram-test-api server, driven as a Telegram user would."""

    def __init__(self, tmp: Path) -> None:
        _ensure_node_modules()
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = tmp / "emulator.log"
        self._log = self.log_path.open("wb")
        self.proc = subprocess.Popen(["node", "emulator.js", str(self.port)], cwd=HERE,
                                     stdout=self._log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                httpx.get(f"{self.url}/bot{TOKEN}/getMe", timeout=1)
                return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError(self.log_path.read_text())

    def _user(self, chat_id: int, chat_type: str = "private", token: str = TOKEN) -> dict:
        chat = {"id": chat_id, "type": chat_type, "first_name": "Tester"}
        if chat_type != "private":
            chat = {"id": chat_id, "type": chat_type, "title": "Newsroom"}
        return {"botToken": token, "from": {"id": abs(chat_id), "first_name": "Tester",
                                            "is_bot": False},
                "chat": chat, "date": int(time.time())}

    def send(self, text: str, *, chat_id: int = 1001, chat_type: str = "private",
             extra: dict | None = None, token: str = TOKEN) -> None:
        """Send a text message (or a /command) to the bot with `token`, as a user."""
        body = {**self._user(chat_id, chat_type, token), "text": text, **(extra or {})}
        if text.startswith("/"):
            length = len(text.split()[0])
            body["entities"] = [{"offset": 0, "length": length, "type": "bot_command"}]
            httpx.post(f"{self.url}/sendCommand", json=body).raise_for_status()
        else:
            httpx.post(f"{self.url}/sendMessage", json=body).raise_for_status()

    def send_raw(self, message: dict, *, chat_id: int = 1001) -> None:
        """Send any message payload (e.g. a sticker) as a user."""
        httpx.post(f"{self.url}/sendMessage",
                   json={**self._user(chat_id), **message}).raise_for_status()

    def replies(self, *, chat_id: int = 1001, count: int = 1, timeout: float = 60,
                token: str = TOKEN) -> list[dict]:
        """Wait for `count` new bot messages in the chat; return them."""
        found: list[dict] = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and len(found) < count:
            result = httpx.post(f"{self.url}/getUpdates",
                                json={"token": token, "chatId": chat_id}).json()["result"]
            found += [u["message"] for u in result]
            if len(found) < count:
                time.sleep(0.1)
        assert len(found) >= count, f"expected {count} replies, got {found}"
        return found

    def fail_next_sends(self, kind: str, count: int = 1) -> None:
        """Make the bot's next sendMessage calls fail (429 or 400)."""
        httpx.post(f"{self.url}/control/fail", json={"kind": kind, "count": count})

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)
        self._log.close()


@pytest.fixture(scope="module")
def emulator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Emulator]:
    """One emulator for the module."""
    emu = Emulator(tmp_path_factory.mktemp("emulator"))
    yield emu
    emu.stop()


@pytest.fixture(scope="module")
def bot_process(emulator: Emulator, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The real `newsdesk bot` (real model, seeds plus a hostile article) polling the emulator."""
    tmp = tmp_path_factory.mktemp("bot")
    articles = tmp / "articles"
    shutil.copytree(SEEDS_DIR, articles)
    (articles / "hostile.txt").write_text(HOSTILE_ARTICLE, "utf-8")
    log_path = tmp / "bot.log"
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "NEWSDESK_TELEGRAM_TOKEN": TOKEN,
           "NEWSDESK_TELEGRAM_API_URL": f"{emulator.url}/bot",
           "NEWSDESK_TELEGRAM_POLL_INTERVAL": "0.1", "NEWSDESK_TELEGRAM_RATE_LIMIT": "8"}
    with log_path.open("wb") as log:
        proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "bot", "--data-dir",
                                 str(tmp / "data"), "--articles-dir", str(articles)],
                                cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            yield log_path
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
