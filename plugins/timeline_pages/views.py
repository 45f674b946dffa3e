"""What a timeline page shows, for one interface language and one coverage
filter: years with months and events, headlines in the reader's language
where there is one, localized dates and names. Pure: no Pelican."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
import datetime as dt

from interface.formats import language_name, month_heading, own_language_name
from timeline.gazetteer import Gazetteer
from timeline.model import Event, Timeline, TimelineArticle

from .urls import timeline_path


@dataclass(frozen=True)
class EventView:
    id: str
    date: dt.date
    headline: str
    headline_lang: str
    participants: list[str]
    articles: list[TimelineArticle]


@dataclass(frozen=True)
class MonthView:
    heading: str
    events: list[EventView]


@dataclass(frozen=True)
class YearView:
    year: int
    months: list[MonthView] = field(default_factory=list)


@dataclass(frozen=True)
class EventSummary:
    """An event in the overview: enough to recognise it, a link to it in full."""

    id: str
    date: dt.date
    headline: str
    headline_lang: str
    languages: list[str]
    url: str  # its year page, with the anchor


@dataclass(frozen=True)
class YearSummary:
    year: int
    url: str
    events: list[EventSummary]


@dataclass(frozen=True)
class Option:
    lang: str
    name: str
    url: str
    current: bool


def coverage_languages(timeline: Timeline) -> list[str]:
    found = {a.lang for e in (*timeline.events, *timeline.undated_events) for a in e.articles}
    found |= {a.lang for a in timeline.undated}
    return sorted(found)


def overview(timeline: Timeline, ui_lang: str, ui_langs: Sequence[str], coverage: str | None,
             start: int | None, end: int | None) -> list[YearSummary]:
    """Every year, with its events in brief, each linking to its year page."""
    years = []
    for year in timeline.years(start, end):
        url = timeline_path(ui_lang, ui_langs[0], coverage, year)
        events = []
        for event in timeline.events_in(year):
            if _covered(event, coverage):
                headline, headline_lang = event.headline_for(ui_lang)
                events.append(EventSummary(event.id, event.date, headline, headline_lang, list(event.languages), f"{url}#{event.id}"))
        years.append(YearSummary(year, url, events))
    return years


def year_view(timeline: Timeline, gazetteer: Gazetteer, ui_lang: str, coverage: str | None, year: int) -> YearView:
    """One year in full: months, events, participants, all coverage."""
    months: dict[int, list[EventView]] = {}
    for event in timeline.events_in(year):
        if _covered(event, coverage):
            months.setdefault(event.date.month, []).append(event_view(event, gazetteer, ui_lang))
    return YearView(year, [MonthView(month_heading(year, month, ui_lang), views) for month, views in sorted(months.items())])


def event_view(event: Event, gazetteer: Gazetteer, ui_lang: str) -> EventView:
    headline, headline_lang = event.headline_for(ui_lang)
    # A filter picks events; each event still lists all of its coverage.
    return EventView(
        id=event.id,
        date=event.date,
        headline=headline,
        headline_lang=headline_lang,
        participants=[participant.name_for(ui_lang) for participant in event.participants],
        articles=list(event.articles),
    )


def undated_view(timeline: Timeline, coverage: str | None) -> list[TimelineArticle]:
    """Undated articles: those reporting one event together first, next to
    each other, then the rest."""
    grouped = [article for event in timeline.undated_events for article in event.articles]
    return [a for a in [*grouped, *timeline.undated] if coverage is None or a.lang == coverage]


def _covered(event: Event, coverage: str | None) -> bool:
    return coverage is None or coverage in event.languages


def interface_switcher(ui_langs: Sequence[str], current: str, coverage: str | None, year: int | None = None) -> list[Option]:
    """The same page (same filter, same year) in every interface language."""
    return [
        Option(lang, own_language_name(lang), timeline_path(lang, ui_langs[0], coverage, year), lang == current)
        for lang in ui_langs
    ]


def coverage_filters(languages: Sequence[str], ui_lang: str, ui_langs: Sequence[str], current: str | None,
                     year: int | None = None) -> list[Option]:
    """'All languages' (no name: the template translates it) and one choice
    per coverage language, each its own page (for the same year)."""
    options = [Option("", "", timeline_path(ui_lang, ui_langs[0], None, year), current is None)]
    options += [
        Option(lang, language_name(lang, ui_lang), timeline_path(ui_lang, ui_langs[0], lang, year), lang == current)
        for lang in languages
    ]
    return options
