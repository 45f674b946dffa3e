"""The home page in a real Chromium: clean load, every internal link alive."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import Page

pytestmark = pytest.mark.browser


def test_home_page_loads_without_console_errors_or_failed_requests(page: Page, site_url: str) -> None:
    console_errors: list[str] = []
    failed: list[str] = []
    page.on("console", lambda message: message.type == "error" and console_errors.append(message.text))
    page.on("pageerror", lambda error: console_errors.append(str(error)))
    page.on("requestfailed", lambda request: failed.append(request.url))
    page.on("response", lambda response: response.status >= 400 and failed.append(response.url))

    response = page.goto(site_url + "/")

    assert response is not None and response.ok
    page.wait_for_load_state("networkidle")
    assert console_errors == []
    assert failed == []
    assert page.locator("h1").first.is_visible()


def test_every_internal_link_on_home_page_resolves(page: Page, site_url: str) -> None:
    page.goto(site_url + "/")
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))")
    internal = sorted({
        urljoin(site_url + "/", href).split("#")[0]
        for href in hrefs
        if urlsplit(urljoin(site_url + "/", href)).netloc == urlsplit(site_url).netloc
    })

    assert len(internal) >= 6  # the home page, the about page and the five clippings
    broken = [url for url in internal if page.request.get(url).status != 200]
    assert broken == []
