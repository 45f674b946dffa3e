"""The timeline in Chromium: every interface language and coverage filter,
the switcher, anchors; with JavaScript on and off (the site needs none)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

pytestmark = pytest.mark.browser

UI_HOMES = {"en": "/", "ru": "/ru/", "zh": "/zh/", "nb": "/nb/"}
SWITCHER_NAMES = {"en": "English", "ru": "русский", "zh": "中文", "nb": "norsk bokmål"}
MONTH = {"en": "November 2023", "ru": "ноябрь 2023", "zh": "2023年11月", "nb": "november 2023"}


@pytest.fixture(params=[True, False], ids=["js", "no-js"])
def reader(request, browser: Browser) -> Iterator[Page]:
    context = browser.new_context(java_script_enabled=request.param)
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("ui", UI_HOMES)
def test_each_interface_language_shows_three_events_with_local_months(reader: Page, site_url: str, ui: str) -> None:
    reader.goto(site_url + UI_HOMES[ui])
    expect(reader.locator("html")).to_have_attribute("lang", ui)
    expect(reader.locator("li.event")).to_have_count(3)
    expect(reader.locator("#y2025 .empty")).to_be_visible()
    reader.locator("li.event a.headline").first.click()
    expect(reader.locator("h3.month").first).to_contain_text(MONTH[ui])
    expect(reader.locator("li.event")).to_have_count(1)


@pytest.mark.parametrize(("filter_path", "count"), [("coverage/ru/index.html", 2), ("coverage/zh/index.html", 1), ("coverage/nb/index.html", 1), ("coverage/en/index.html", 2)])
def test_coverage_filter_links_lead_to_pages_with_only_those_events(reader: Page, site_url: str, filter_path: str, count: int) -> None:
    reader.goto(site_url + "/")
    reader.locator(f'.coverage-filter a[href$="{filter_path}"]').click()
    expect(reader).to_have_url(re.compile(re.escape(filter_path) + "$"))
    expect(reader.locator("li.event")).to_have_count(count)
    expect(reader.locator('.coverage-filter [aria-current="page"]')).to_have_count(1)


def test_switcher_keeps_the_reader_on_the_same_filtered_page(reader: Page, site_url: str) -> None:
    reader.goto(site_url + "/coverage/zh/index.html")
    for ui in ("ru", "zh", "nb", "en"):
        reader.locator(".switcher a", has_text=SWITCHER_NAMES[ui]).click()
        expect(reader.locator("html")).to_have_attribute("lang", ui)
        expect(reader).to_have_url(re.compile(r"/coverage/zh/index\.html$"))
        expect(reader.locator("li.event")).to_have_count(1)


def test_an_event_anchor_scrolls_to_its_entry(reader: Page, site_url: str) -> None:
    reader.set_viewport_size({"width": 800, "height": 400})
    reader.goto(site_url + "/")
    last = reader.locator("li.event").last
    anchor = last.get_attribute("id")
    reader.goto(site_url + "/#" + anchor)
    expect(reader.locator(f'[id="{anchor}"]')).to_be_in_viewport()
    assert reader.evaluate("window.scrollY") > 0


def test_article_page_links_back_to_its_event(reader: Page, site_url: str) -> None:
    reader.goto(site_url + "/articles/003_9876cca6b7c2da3e/")
    reader.locator(".event-link a").click()
    target = reader.url.split("#", 1)[1]
    expect(reader.locator(f'[id="{target}"]')).to_be_in_viewport()
