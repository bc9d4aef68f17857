"""Graceful shutdown on SIGTERM: the server finishes requests in flight; the bot stops polling."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

import httpx
import pytest

from tests.conftest import ROOT, LiveServer

pytestmark = pytest.mark.integration


def test_server_finishes_an_in_flight_request_after_sigterm(tmp_path):
    server = LiveServer(tmp_path / "data", env={"NEWSDESK_ADMIN_TOKEN": "tok"}).wait_ready()
    # A long article takes a while to clean, split and embed: SIGTERM arrives meanwhile.
    body = " ".join(f"Sentence number {i} tells of the harbour festival in town." for i in
                    range(300))
    result: dict[str, object] = {}

    def add() -> None:
        response = httpx.post(f"{server.url}/articles", json={"title": "Long", "text": body},
                              headers={"Authorization": "Bearer tok"}, timeout=120)
        result["status"] = response.status_code

    thread = threading.Thread(target=add)
    thread.start()
    time.sleep(0.5)
    server.proc.send_signal(signal.SIGTERM)
    thread.join(timeout=120)
    server.stop()
    assert result.get("status") == 201
    assert "Application shutdown complete" in server.log()
    # The article written during shutdown is served after a restart.
    restarted = LiveServer(tmp_path / "data").wait_ready()
    try:
        titles = [a["title"] for a in httpx.get(f"{restarted.url}/articles").json()]
        assert "Long" in titles
    finally:
        restarted.stop()


def test_bot_stops_polling_on_sigterm(tmp_path):
    from tests.telegram.conftest import OTHER_TOKEN, Emulator

    emulator = Emulator(tmp_path)
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "NEWSDESK_TELEGRAM_TOKEN": OTHER_TOKEN,
           "NEWSDESK_TELEGRAM_API_URL": f"{emulator.url}/bot",
           "NEWSDESK_TELEGRAM_POLL_INTERVAL": "0.1"}
    log_path = tmp_path / "bot.log"
    try:
        with log_path.open("wb") as log:
            proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "bot", "--data-dir",
                                     str(tmp_path / "data")], cwd=ROOT, env=env, stdout=log,
                                    stderr=subprocess.STDOUT)
            emulator.send("Who is Park Il?", chat_id=4001, token=OTHER_TOKEN)
            (reply,) = emulator.replies(chat_id=4001, token=OTHER_TOKEN)
            assert "spokesperson" in reply["text"]
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=30) == 0
    finally:
        emulator.stop()
    text = log_path.read_text()
    assert "Application.stop() complete" in text and "Traceback" not in text
