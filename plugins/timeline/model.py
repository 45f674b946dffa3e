"""The timeline's data model: articles in, events out.

Frozen dataclasses of plain values, so a timeline compares by value (the
grouping tests rely on it) and can be shared between page builds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class TimelineArticle:
    """One article (one language version of a clipping) as the grouping sees it."""

    key: str  # unique id, e.g. the article URL
    clipping: str  # the clipping file stem; articles of one clipping are translations of each other
    lang: str  # BCP-47: "en", "ru", "zh-Hant"
    title: str
    date: dt.date | None
    outlet: str | None
    url: str  # the article's page on the site, e.g. "articles/<stem>/"
    text: str  # title + body plain text (paragraphs on their own lines), for name matching
    event: str | None = None  # forced event id from the clipping's sidecar


def article_order(article: TimelineArticle) -> tuple:
    """Date (undated last), outlet, key: how an event lists its articles."""
    return (article.date is None, article.date or dt.date.min, (article.outlet or "").casefold(), article.key)


@dataclass(frozen=True)
class Named:
    """A participant or a place of an event, with its name per language:
    from the gazetteer or a dictionary where one knows it, else as the
    event's articles write it in that language."""

    id: str  # a gazetteer id ("belousov"), a place id ("p:MA") or a name key ("n:belusov")
    kind: str  # "person", "organisation", "place" (gazetteer or places), "name" (found in the text)
    written: str  # as the articles write it most often
    names: tuple[tuple[str, str], ...] = ()  # (language, name), sorted by language

    def name_for(self, lang: str) -> str:
        """The name for a reader of `lang` ("zh-Hant" falls back to "zh"),
        else as written."""
        wanted = lang.replace("_", "-").lower()
        known = {code.lower(): name for code, name in self.names}
        return known.get(wanted) or known.get(wanted.split("-", 1)[0]) or self.written

    @property
    def slug(self) -> str:
        return self.id.split(":", 1)[-1]


@dataclass(frozen=True)
class SharedKey:
    """One piece of evidence shared by articles of an event: a name, place
    or number, how the articles write it, and how many of them have it."""

    key: str  # "n:belusov", "p:MA", "#:6.8", "e:belousov" (a gazetteer entity)
    kind: str  # "name", "place", "number", "entity", "word", "sound" (a phonetic match)
    written: tuple[str, ...]  # distinct forms in the articles, most common first
    articles: int  # how many of the event's clippings have it


@dataclass(frozen=True)
class Event:
    """Articles reporting one real-world event."""

    id: str  # stable anchor id: from the date and who took part, never from a position
    date: dt.date | None  # None only in Timeline.undated_events
    articles: tuple[TimelineArticle, ...]  # in article_order: the earliest report first
    participants: tuple[Named, ...]  # most central first
    languages: tuple[str, ...]  # sorted
    places: tuple[Named, ...] = ()  # where it happened, most named first
    evidence: tuple[SharedKey, ...] = ()  # what its articles share, strongest first
    date_source: str = "articles"  # "articles": the articles' own dates; "none": an undated event
    inferred: tuple[str, ...] = ()  # keys of undated articles placed here by content (date inferred)
    # Anchors this event was published under before its id changed (see
    # stable_ids.py): each stays on the pages as a target inside its entry.
    aliases: tuple[str, ...] = ()

    def headline_for(self, ui_lang: str) -> tuple[str, str]:
        """(headline, its language) for a reader of `ui_lang`: the title of the
        first article in that language when the event has one (a "zh" reader
        also takes "zh-Hant"), else the original headline, i.e. the earliest
        article's title."""
        wanted = ui_lang.lower()
        primary = _primary(wanted)
        exact = [a for a in self.articles if a.lang.lower() == wanted]
        chosen = exact or [a for a in self.articles if _primary(a.lang.lower()) == primary] or self.articles
        return chosen[0].title, chosen[0].lang


def _primary(lang: str) -> str:
    return lang.replace("_", "-").split("-", 1)[0]


@dataclass(frozen=True)
class Timeline:
    events: tuple[Event, ...]  # date order (same date: by id)
    undated: tuple[TimelineArticle, ...]  # articles no date or content could place; never dropped
    undated_events: tuple[Event, ...] = ()  # undated articles that report one event together

    def years(self, start: int | None = None, end: int | None = None) -> list[int]:
        """Every year from `start` to `end` (default: the first and last
        event's years), empty years included so a reader sees the gaps."""
        first = start if start is not None else (self.events[0].date.year if self.events else None)
        last = end if end is not None else (self.events[-1].date.year if self.events else None)
        if first is None or last is None:
            return []
        return list(range(first, last + 1))

    def events_in(self, year: int) -> list[Event]:
        return [event for event in self.events if event.date.year == year]
