"""What timeline pages show and where they live (pure view code)."""

from __future__ import annotations

import datetime as dt

from timeline.gazetteer import Gazetteer
from timeline.model import Event, Timeline, TimelineArticle
from timeline_pages.urls import timeline_file, timeline_path
from timeline_pages.views import coverage_filters, coverage_languages, interface_switcher, overview, undated_view, year_view

UI = ["en", "ru", "zh", "nb"]


def article(key: str, lang: str, day: dt.date | None) -> TimelineArticle:
    return TimelineArticle(key=key, clipping=key, lang=lang, title=f"Title {key}", date=day, outlet=None, url=f"articles/{key}/", text="")


def test_each_interface_language_and_filter_has_its_own_page() -> None:
    assert timeline_file("en", "en") == "index.html"
    assert timeline_file("en", "en", "ru") == "coverage/ru/index.html"
    assert timeline_file("nb", "en") == "nb/index.html"
    assert timeline_path("zh", "en", "zh-Hant") == "zh/coverage/zh-hant/"


def test_switcher_keeps_the_filter_and_marks_the_current_language() -> None:
    options = interface_switcher(UI, "ru", "zh")
    assert [(o.lang, o.url, o.current) for o in options] == [
        ("en", "coverage/zh/", False), ("ru", "ru/coverage/zh/", True), ("zh", "zh/coverage/zh/", False), ("nb", "nb/coverage/zh/", False),
    ]
    assert options[1].name == "русский"


def test_filters_offer_all_languages_and_each_coverage_language() -> None:
    options = coverage_filters(["en", "ru"], "nb", UI, "ru")
    assert [(o.lang, o.url, o.current) for o in options] == [("", "nb/", False), ("en", "nb/coverage/en/", False), ("ru", "nb/coverage/ru/", True)]
    assert options[2].name == "russisk"


def test_years_keep_empty_years_and_filters_pick_events() -> None:
    first = Event(id="2023-11-08-a", date=dt.date(2023, 11, 8), articles=(article("a", "ru", dt.date(2023, 11, 8)),), participants=(), languages=("ru",))
    last = Event(id="2026-01-27-b", date=dt.date(2026, 1, 27), articles=(article("b", "zh", dt.date(2026, 1, 27)), article("c", "en", dt.date(2026, 1, 27))), participants=(), languages=("en", "zh"))
    timeline = Timeline(events=(first, last), undated=(article("d", "en", None),))
    gazetteer = Gazetteer.from_yaml("{}", "empty")

    years = overview(timeline, "ru", UI, None, None, None)
    assert [(y.year, len(y.events), y.url) for y in years] == [
        (2023, 1, "ru/2023/"), (2024, 0, "ru/2024/"), (2025, 0, "ru/2025/"), (2026, 1, "ru/2026/"),
    ]
    assert year_view(timeline, gazetteer, "ru", None, 2023).months[0].heading == "ноябрь 2023\u202fг."
    assert year_view(timeline, gazetteer, "ru", None, 2024).months == []

    filtered = overview(timeline, "en", UI, "zh", 2023, 2026)
    assert [event.id for year in filtered for event in year.events] == ["2026-01-27-b"]
    assert filtered[-1].events[0].url == "coverage/zh/2026/#2026-01-27-b"
    full = year_view(timeline, gazetteer, "en", "zh", 2026)
    assert [a.key for a in full.months[0].events[0].articles] == ["b", "c"]  # all of its coverage
    assert coverage_languages(timeline) == ["en", "ru", "zh"]
    assert [a.key for a in undated_view(timeline, "en")] == ["d"] and undated_view(timeline, "ru") == []
