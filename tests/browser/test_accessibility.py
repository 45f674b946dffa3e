"""Accessibility in Chromium: axe-core's WCAG 2.1 A/AA rules on one page of
each type, and keyboard use of the timeline home (every link reachable with
Tab, focus always visible)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from checker_tools import AXE_JS, CHECKED_PAGES, require_tool

pytestmark = pytest.mark.browser

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
RUN_AXE = """tags => axe.run(document, {
    runOnly: {type: "tag", values: tags},
    resultTypes: ["violations"],
})"""


@pytest.fixture
def axe_page(browser: Browser) -> Iterator[Page]:
    # The site's Content-Security-Policy (script-src 'self') blocks the inline
    # script add_script_tag(path=...) injects ("Executing inline script violates
    # ... 'script-src 'self''"), so this context alone bypasses the CSP. The
    # pages run no script of their own; the CSP is untouched for other tests.
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()


def run_axe(page: Page) -> list[dict]:
    page.add_script_tag(path=require_tool(AXE_JS))
    return page.evaluate(RUN_AXE, AXE_TAGS)["violations"]


def describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}  <{violation['helpUrl']}>")
        for node in violation["nodes"]:
            target = " ".join(map(str, node["target"]))
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"    {target}: {summary[:300]}")
    return "\n".join(lines)


@pytest.mark.parametrize("relative", CHECKED_PAGES.values(), ids=CHECKED_PAGES.keys())
def test_page_has_no_axe_violations(axe_page: Page, site_url: str, relative: str) -> None:
    response = axe_page.goto(f"{site_url}/{relative}")
    assert response is not None and response.ok

    violations = run_axe(axe_page)

    assert not violations, f"{relative}: {len(violations)} axe-core violation(s):\n{describe(violations)}"


def test_axe_reports_a_known_violation(axe_page: Page) -> None:
    """The check above is not vacuous: axe runs and flags an image without alt text."""
    axe_page.set_content('<!DOCTYPE html><html lang="en"><title>canary</title><main><img src="x.png"></main>')

    found = {violation["id"] for violation in run_axe(axe_page)}

    assert "image-alt" in found


FOCUSED = """() => {
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement) return null;
    const seen = (window.__tabbed ??= []);
    const repeat = seen.includes(element);
    if (!repeat) seen.push(element);
    const style = getComputedStyle(element);
    const alpha = style.outlineColor.match(/rgba\\([^)]*,\\s*([\\d.]+)\\)/);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0
        && style.outlineColor !== "transparent" && !(alpha && parseFloat(alpha[1]) === 0);
    const box = element.getBoundingClientRect();
    return {
        key: seen.indexOf(element),
        repeat,
        link: [...document.querySelectorAll("a[href]")].indexOf(element),
        description: element.outerHTML.slice(0, 120),
        focus_indicator: outline || style.boxShadow !== "none",
        in_viewport: box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0
            && box.left < innerWidth && box.top < innerHeight,
    };
}"""

LINKS = """links => links.map(a => ({
    href: a.getAttribute("href"),
    visible: a.getClientRects().length > 0 && getComputedStyle(a).visibility !== "hidden",
    switcher: a.closest(".switcher") !== null,
    filter: a.closest(".coverage-filter") !== null,
}))"""


def test_tab_reaches_every_link_on_timeline_home_with_visible_focus(page: Page, site_url: str) -> None:
    page.goto(site_url + "/")
    assert_keyboard_access(page)


def assert_keyboard_access(page: Page) -> None:
    """Tab from the top of the loaded page until focus cycles back to the first stop."""
    links = page.eval_on_selector_all("a[href]", LINKS)

    stops: list[dict] = []
    for _ in range(2 * len(links) + 10):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused is None:  # focus left the document (past the last link)
            continue
        if focused["repeat"]:
            assert focused["key"] == 0, f"focus is stuck (keyboard trap?) at {focused['description']}"
            break
        stops.append(focused)
    else:
        pytest.fail(f"Tab never cycled back to the first element after {len(stops)} stops")

    reached = {stop["link"] for stop in stops}
    unreached = [link["href"] for index, link in enumerate(links) if link["visible"] and index not in reached]
    assert not unreached, "visible links Tab never reaches:\n" + "\n".join(unreached)
    for group in ("switcher", "filter"):
        members = [(index, link) for index, link in enumerate(links) if link[group]]
        assert members, f"the timeline home has no {group} links"
        missed = [link["href"] for index, link in members if not (link["visible"] and index in reached)]
        assert not missed, f"{group} links hidden or not reachable with Tab:\n" + "\n".join(missed)

    no_indicator = [stop["description"] for stop in stops if not stop["focus_indicator"]]
    assert not no_indicator, "focused elements without an outline or box-shadow:\n" + "\n".join(no_indicator)
    off_screen = [stop["description"] for stop in stops if not stop["in_viewport"]]
    assert not off_screen, "focused elements outside the viewport:\n" + "\n".join(off_screen)
