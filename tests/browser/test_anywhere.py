"""The same build works from a domain root, from a sub-path and from disk,
and no request ever leaves the site."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from sitebuild import ROOT, build_site, serving

pytestmark = pytest.mark.browser

PAGES = ["index.html", "ru/coverage/zh/index.html", "articles/000_d21d09f468805305/zh/index.html", "about/index.html"]


@pytest.fixture(scope="module")
def sub_path_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Published at http://127.0.0.1:PORT/clips/ with SITEURL set to that address."""
    root = tmp_path_factory.mktemp("webroot")
    with serving(root) as server_address:
        address = server_address + "/clips"
        site = build_site(ROOT / "content", root / "clips", site_url=address)
        assert site.returncode == 0, site.log
        yield address


def watch_requests(page: Page, allowed_prefix: str) -> list[str]:
    problems: list[str] = []
    page.on("request", lambda r: r.url.startswith(allowed_prefix) or problems.append(f"left the site: {r.url}"))
    page.on("requestfailed", lambda r: problems.append(f"failed: {r.url}"))
    page.on("response", lambda r: r.status >= 400 and problems.append(f"{r.status}: {r.url}"))
    page.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
    return problems


@pytest.mark.parametrize("path", PAGES)
def test_pages_load_from_a_sub_path_without_leaving_the_site(page: Page, sub_path_site: str, path: str) -> None:
    problems = watch_requests(page, sub_path_site + "/")
    page.goto(f"{sub_path_site}/{path}")
    page.wait_for_load_state("networkidle")
    expect(page.locator("link[rel=stylesheet]")).to_have_count(1)
    assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith("system-ui")
    assert problems == []


def test_links_resolve_under_the_sub_path(page: Page, sub_path_site: str) -> None:
    page.goto(sub_path_site + "/index.html")
    hrefs = page.eval_on_selector_all("a[href]:not([href^=http])", "links => links.map(a => a.href)")
    broken = [href for href in {h.split("#")[0] for h in hrefs} if page.request.get(href).status != 200]
    assert broken == []


def test_the_site_works_opened_straight_from_disk(page: Page, built_site) -> None:
    problems = watch_requests(page, "file://")
    page.goto(Path(built_site.output, "index.html").as_uri())
    page.locator("li.event a.headline").last.click()
    page.locator("li.event a[hreflang=zh]").first.click()
    expect(page.locator("article h1")).to_contain_text("视频")
    page.locator(".switcher a", has_text="русский").click()
    expect(page.locator("html")).to_have_attribute("lang", "ru")
    page.locator(".coverage-filter a", has_text="китайский").click()
    expect(page.locator("li.event")).to_have_count(1)
    assert page.evaluate("getComputedStyle(document.body).fontFamily").startswith("system-ui")
    assert problems == []


def test_a_printout_writes_out_the_permanent_url_and_drops_the_navigation(page: Page, site_url: str) -> None:
    page.goto(site_url + "/articles/003_9876cca6b7c2da3e/index.html")
    page.emulate_media(media="print")
    expect(page.locator(".print-only")).to_be_visible()
    expect(page.locator(".print-only")).to_contain_text("articles/003_9876cca6b7c2da3e/")
    expect(page.locator(".switcher")).to_be_hidden()
    expect(page.locator(".source a")).to_contain_text("https://sputnikglobe.com/")
