"""API test fixtures: the app in-process over the fake-embedder service from tests/conftest.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from bot.api import create_app
from bot.settings import Settings
from retrieval.service import QAService

ADMIN_TOKEN = "s3cret"


@pytest.fixture
def auth() -> dict[str, str]:
    """The admin bearer header the `client` app accepts."""
    return {"Authorization": f"Bearer {ADMIN_TOKEN}"}


@pytest.fixture
def client(fake_service: QAService, tmp_path: Path) -> Iterator[TestClient]:
    """The app (admin token set, no Telegram) over the three small articles."""
    settings = Settings(data_dir=tmp_path / "data", admin_token=ADMIN_TOKEN, telegram_token=None)
    with TestClient(create_app(settings, service=fake_service)) as test_client:
        yield test_client
