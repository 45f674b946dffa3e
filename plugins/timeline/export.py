"""The timeline as data for readers' own tools: JSON and CSV.

``timeline_json`` gives everything a page shows, in every interface
language, with links a reader can follow; ``timeline_csv`` one row per
article, for a spreadsheet.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import urlsplit

from .gazetteer import Gazetteer
from .model import Event, Named, Timeline, TimelineArticle

CSV_COLUMNS = ("event_id", "event_date", "article_url", "lang", "title", "outlet", "article_date")


def timeline_json(
    timeline: Timeline,
    ui_languages: Sequence[str],
    site_url: str,
    gazetteer: Gazetteer,
    timeline_path: str | Callable[[Event], str] = "",
) -> dict[str, Any]:
    """A JSON-ready document: `events` (date order) and `undated` articles.

    Links are site-relative (the event's timeline page, `timeline_path` or
    `timeline_path(event)`, + "#" + event id; the article's own URL) unless
    `site_url` is given, which then prefixes them."""
    return {
        "events": [_event(event, ui_languages, site_url, gazetteer, timeline_path) for event in timeline.events],
        "undated_events": [_event(event, ui_languages, site_url, gazetteer, "") for event in timeline.undated_events],
        "undated": [_article(article, site_url) for article in timeline.undated],
    }


def _event(
    event: Event, ui_languages: Sequence[str], site_url: str, gazetteer: Gazetteer, timeline_path: str | Callable[[Event], str]
) -> dict[str, Any]:
    page = timeline_path(event) if callable(timeline_path) else timeline_path
    return {
        "id": event.id,
        "date": event.date.isoformat() if event.date else None,
        "anchor_url": absolute(site_url, f"{page}#{event.id}"),
        "headline": {lang: _headline(event, lang) for lang in ui_languages},
        "participants": [_named(participant, ui_languages) for participant in event.participants],
        "places": [_named(place, ui_languages) for place in event.places],
        "evidence": [
            {"key": shared.key, "kind": shared.kind, "written": list(shared.written), "articles": shared.articles}
            for shared in event.evidence
        ],
        "date_source": event.date_source,
        "languages": list(event.languages),
        "articles": [_article(article, site_url, inferred=article.key in event.inferred) for article in event.articles],
    }


def _named(named: Named, ui_languages: Sequence[str]) -> dict[str, Any]:
    return {
        "id": named.id,
        "kind": named.kind,
        "written": named.written,
        "names": {lang: named.name_for(lang) for lang in ui_languages},
    }


def _headline(event: Event, ui_lang: str) -> dict[str, str]:
    text, lang = event.headline_for(ui_lang)
    return {"text": text, "lang": lang}


def _article(article: TimelineArticle, site_url: str, inferred: bool = False) -> dict[str, Any]:
    return {
        "url": absolute(site_url, article.url),
        "lang": article.lang,
        "title": article.title,
        "outlet": article.outlet,
        "date": article.date.isoformat() if article.date else None,
        # "inferred": undated, placed in its event by content (the event's evidence says why).
        "date_source": "inferred" if inferred else "article" if article.date else None,
    }


def absolute(site_url: str, path: str) -> str:
    """`path` under `site_url` when one is given; an address that already
    has a scheme (https://...) is left alone."""
    if not site_url or urlsplit(path).scheme:
        return path
    return site_url.rstrip("/") + "/" + path.lstrip("/")


def timeline_csv(timeline: Timeline) -> str:
    """One row per article (events in date order, then the undated articles
    with empty event columns), with a header row. Write it as UTF-8 with
    newline="" so the csv module's line ends stay as they are."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for event in timeline.events:
        for article in event.articles:
            writer.writerow([event.id, event.date.isoformat(), *_article_cells(article)])
    for event in timeline.undated_events:
        for article in event.articles:
            writer.writerow([event.id, "", *_article_cells(article)])
    for article in timeline.undated:
        writer.writerow(["", "", *_article_cells(article)])
    return out.getvalue()


def _article_cells(article: TimelineArticle) -> list[str]:
    return [
        article.url,
        article.lang,
        article.title,
        article.outlet or "",
        article.date.isoformat() if article.date else "",
    ]
