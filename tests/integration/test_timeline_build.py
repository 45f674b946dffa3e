"""The timeline pages, data files and language versions of a real build."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

EVENT_DATES = ["2023-11-08", "2024-10-14", "2026-01-27"]
UI_PAGES = {"en": "index.html", "ru": "ru/index.html", "zh": "zh/index.html", "nb": "nb/index.html"}
JANUARY_2026 = {"en": "January 2026", "ru": "январь 2026\u202fг.", "zh": "2026年1月", "nb": "januar 2026"}


def event_ids(page: str) -> list[str]:
    return re.findall(r'<li class="event" id="([^"]+)"', page)


@pytest.mark.parametrize("ui", UI_PAGES)
def test_each_interface_language_shows_the_three_events_in_order(built_site, ui: str) -> None:
    page = built_site.read(UI_PAGES[ui])
    assert f'<html lang="{ui}">' in page
    assert [event_id[:10] for event_id in event_ids(page)] == EVENT_DATES
    year_page = built_site.read(UI_PAGES[ui].replace("index.html", "2026/index.html"))
    assert JANUARY_2026[ui] in year_page
    assert [event_id[:10] for event_id in event_ids(year_page)] == ["2026-01-27"]


def test_the_overview_lists_events_briefly_and_year_pages_in_full(built_site) -> None:
    overview = built_site.read("index.html")
    assert "Participants:" not in overview
    assert 'href="./2024/index.html#2024-10-14-belousov-dong-jun"' in overview
    year = built_site.read("2024/index.html")
    assert "Participants: Andrei Belousov, Dong Jun" in year
    assert "articles/001_9b9f4fc7c43814ba/index.html" in year and "articles/002_dea994c06cffd1c0/index.html" in year


def test_years_run_from_2023_to_2026_and_an_empty_year_says_so(built_site) -> None:
    page = built_site.read("index.html")
    assert re.findall(r'<section class="year" id="y(\d{4})"', page) == ["2023", "2024", "2025", "2026"]
    year_2025 = page.split('id="y2025"', 1)[1].split("</section>", 1)[0]
    assert "No events this year." in year_2025
    assert "Нет" not in year_2025 and "В этом году событий нет." in built_site.read("ru/index.html")


def test_dates_and_interface_strings_are_localized(built_site) -> None:
    # CLDR puts a narrow no-break space before "г."
    assert "27 января 2026\u202fг." in built_site.read("ru/index.html")
    assert "2026年1月27日" in built_site.read("zh/index.html")
    assert "27. januar 2026" in built_site.read("nb/index.html")
    assert "<h1>Хронология</h1>" in built_site.read("ru/index.html")
    assert "<h1>时间线</h1>" in built_site.read("zh/index.html")
    assert "<h1>Tidslinje</h1>" in built_site.read("nb/index.html")


def test_headline_in_the_readers_language_when_the_event_has_one(built_site) -> None:
    chinese = built_site.read("zh/index.html")
    assert "视频:在世界局势背景下" in chinese.split('id="2026-01-27', 1)[1].split("</li>", 1)[0]
    english = built_site.read("index.html")
    first_event = english.split('id="2023-11-08', 1)[1].split("</li>", 1)[0]
    assert 'lang="ru"' in first_event  # no English coverage: the Russian headline, marked


@pytest.mark.parametrize(
    ("page", "dates"),
    [
        ("coverage/ru/index.html", ["2023-11-08", "2026-01-27"]),
        ("coverage/zh/index.html", ["2026-01-27"]),
        ("coverage/nb/index.html", ["2024-10-14"]),
        ("coverage/en/index.html", ["2024-10-14", "2026-01-27"]),
        ("ru/coverage/zh/index.html", ["2026-01-27"]),
    ],
)
def test_coverage_filter_pages_show_only_events_covered_in_that_language(built_site, page: str, dates: list[str]) -> None:
    assert [event_id[:10] for event_id in event_ids(built_site.read(page))] == dates


def test_timeline_pages_declare_their_alternates(built_site) -> None:
    page = built_site.read("coverage/zh/index.html")
    for lang, href in {"en": "coverage/zh/", "ru": "ru/coverage/zh/", "zh": "zh/coverage/zh/", "nb": "nb/coverage/zh/"}.items():
        assert re.search(rf'<link rel="alternate" hreflang="{lang}" href="[./]*/?{href}index.html">', page), lang


def test_timeline_json_lists_events_and_their_coverage(built_site) -> None:
    data = json.loads(built_site.read("timeline.json"))
    assert [event["date"] for event in data["events"]] == EVENT_DATES
    last = data["events"][-1]
    assert set(last["languages"]) == {"en", "ru", "zh"}
    assert set(last["headline"]) == {"en", "ru", "zh", "nb"}
    assert last["anchor_url"].endswith("#" + last["id"])
    assert {article["url"] for article in last["articles"]} == {
        "articles/000_d21d09f468805305/", "articles/000_d21d09f468805305/zh/", "articles/003_9876cca6b7c2da3e/",
    }
    assert data["undated"] == []


def test_timeline_csv_has_one_row_per_article(built_site) -> None:
    rows = list(csv.DictReader(io.StringIO(built_site.read("timeline.csv"))))
    assert len(rows) == 6
    assert sorted({row["event_date"] for row in rows}) == EVENT_DATES


def test_article_pages_link_their_event_on_the_timeline(built_site) -> None:
    page = built_site.read("articles/003_9876cca6b7c2da3e/index.html")
    assert re.search(r'href="\.\./\.\./2026/index\.html#2026-01-27[^"]*"', page)
