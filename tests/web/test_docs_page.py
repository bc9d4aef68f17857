"""The API docs pages in headless Chromium, whose background networking is off: no CDN."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.integration


def test_swagger_ui_renders_every_route_without_a_network(page: Page, live_server):
    offsite: list[str] = []
    page.on("request", lambda request: offsite.append(request.url)
            if not request.url.startswith(live_server.url) else None)
    page.goto(live_server.url + "/docs")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("newsdesk")
    for path in ("/ask", "/articles", "/health"):
        expect(page.locator(f".opblock-summary-path[data-path='{path}']").first).to_be_visible()
    assert offsite == []


def test_redoc_renders_the_api(page: Page, live_server):
    page.goto(live_server.url + "/redoc")
    expect(page.locator("h1").first).to_contain_text("newsdesk")
    expect(page.get_by_text("/ask").first).to_be_attached()
