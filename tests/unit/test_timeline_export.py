"""The timeline as JSON and CSV: shape, links, languages, undated articles."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from functools import lru_cache
from pathlib import Path

import pytest

from normalizer.files import normalize_file
from timeline.export import CSV_COLUMNS, absolute, timeline_csv, timeline_json
from timeline.gazetteer import Gazetteer, load_gazetteer
from timeline.grouping import build_timeline
from timeline.model import Timeline, TimelineArticle

ROOT = Path(__file__).resolve().parents[2]
UI_LANGUAGES = ["en", "ru", "zh", "nb", "de"]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return load_gazetteer(ROOT / "content" / "gazetteer.yaml")


@lru_cache(maxsize=1)
def sample() -> Timeline:
    """The five real clippings, plus one undated article with a comma and
    quotes in its title (a CSV must quote it)."""
    articles = []
    for path in sorted((ROOT / "content" / "clippings").glob("*.txt")):
        for position, article in enumerate(normalize_file(path).articles):
            url = f"articles/{path.stem}/" if position == 0 else f"articles/{path.stem}/{article.lang}/"
            articles.append(TimelineArticle(
                key=url, clipping=path.stem, lang=article.lang, title=article.title,
                date=dt.date.fromisoformat(article.date) if article.date else None,
                outlet=article.outlet, url=url,
                text="\n".join([article.title, *(paragraph.text for paragraph in article.paragraphs)]),
            ))
    articles.append(TimelineArticle(
        key="articles/undated/", clipping="undated", lang="en", title='Analysis: "partners", not allies',
        date=None, outlet=None, url="articles/undated/", text="Analysis",
    ))
    return build_timeline(articles, gazetteer())


def document(**options) -> dict:
    return timeline_json(sample(), UI_LANGUAGES, options.pop("site_url", ""), gazetteer(), **options)


# --- JSON -------------------------------------------------------------------------------


def test_json_has_events_in_date_order_and_undated_articles() -> None:
    data = document()
    assert set(data) == {"events", "undated_events", "undated"}
    assert [event["id"] for event in data["events"]] == [
        "2023-11-08-putin-zhang-youxia", "2024-10-14-belousov-dong-jun", "2026-01-27-belousov-dong-jun",
    ]
    assert [event["date"] for event in data["events"]] == ["2023-11-08", "2024-10-14", "2026-01-27"]
    assert data["undated"] == [{
        "url": "articles/undated/", "lang": "en", "title": 'Analysis: "partners", not allies',
        "outlet": None, "date": None, "date_source": None,
    }]


def test_json_event_shape() -> None:
    event = document(timeline_path="index.html")["events"][2]
    assert set(event) == {
        "id", "date", "anchor_url", "headline", "participants", "places", "evidence", "date_source", "languages",
        "articles",
    }
    assert event["date_source"] == "articles"
    assert {"key", "kind", "written", "articles"} <= set(event["evidence"][0])
    assert event["anchor_url"] == "index.html#2026-01-27-belousov-dong-jun"
    assert event["languages"] == ["en", "ru", "zh"]
    assert event["articles"][0] == {
        "url": "articles/000_d21d09f468805305/", "lang": "ru",
        "title": "Видео: Глава Минобороны КНР назвал очень важными контакты с Белоусовым на фоне ситуации в мире",
        "outlet": "CRMtv", "date": "2026-01-27", "date_source": "article",
    }
    assert [article["lang"] for article in event["articles"]] == ["ru", "zh", "en"]


def test_json_headline_in_every_interface_language() -> None:
    headline = document()["events"][2]["headline"]
    assert list(headline) == UI_LANGUAGES
    assert headline["en"] == {
        "text": "Russia Ready to Strengthen Practical Cooperation With Chinese Military - Defense Minister",
        "lang": "en",
    }
    assert headline["zh"]["lang"] == "zh"
    assert headline["zh"]["text"].startswith("视频:")
    # No Norwegian or German article: the original (earliest) headline, marked Russian.
    assert headline["nb"] == headline["de"] == headline["ru"]
    assert headline["de"]["lang"] == "ru"


def test_json_participants_with_names_in_every_interface_language() -> None:
    participants = document()["events"][0]["participants"]
    assert [person["id"] for person in participants] == ["putin", "zhang_youxia"]
    assert participants[1] == {
        "id": "zhang_youxia",
        "kind": "person",
        "written": "Zhang Youxia",
        "names": {"en": "Zhang Youxia", "ru": "Чжан Юся", "zh": "张又侠", "nb": "Zhang Youxia", "de": "Zhang Youxia"},
    }


@pytest.mark.parametrize(("site_url", "path", "anchor", "article"), [
    ("", "", "#2024-10-14-belousov-dong-jun", "articles/002_dea994c06cffd1c0/"),
    ("", "ru/", "ru/#2024-10-14-belousov-dong-jun", "articles/002_dea994c06cffd1c0/"),
    ("https://example.org/clips", "index.html", "https://example.org/clips/index.html#2024-10-14-belousov-dong-jun",
     "https://example.org/clips/articles/002_dea994c06cffd1c0/"),
    ("https://example.org/clips/", "", "https://example.org/clips/#2024-10-14-belousov-dong-jun",
     "https://example.org/clips/articles/002_dea994c06cffd1c0/"),
])
def test_json_links(site_url: str, path: str, anchor: str, article: str) -> None:
    event = document(site_url=site_url, timeline_path=path)["events"][1]
    assert event["anchor_url"] == anchor
    assert event["articles"][0]["url"] == article


def test_absolute_leaves_full_addresses_alone() -> None:
    assert absolute("https://example.org", "https://other.org/page") == "https://other.org/page"


def test_json_serialises_and_round_trips() -> None:
    data = document()
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


def test_json_of_an_empty_timeline() -> None:
    assert timeline_json(Timeline((), ()), UI_LANGUAGES, "", gazetteer()) == {"events": [], "undated_events": [], "undated": []}


# --- CSV --------------------------------------------------------------------------------


def rows() -> list[list[str]]:
    return list(csv.reader(io.StringIO(timeline_csv(sample()), newline="")))


def test_csv_header_and_one_row_per_article() -> None:
    table = rows()
    assert tuple(table[0]) == CSV_COLUMNS == (
        "event_id", "event_date", "article_url", "lang", "title", "outlet", "article_date",
    )
    assert len(table) == 1 + 6 + 1  # header, six articles in events, one undated
    assert all(len(row) == len(CSV_COLUMNS) for row in table)


def test_csv_rows_follow_the_events() -> None:
    table = rows()
    assert [row[0] for row in table[1:7]] == [
        "2023-11-08-putin-zhang-youxia",
        "2024-10-14-belousov-dong-jun", "2024-10-14-belousov-dong-jun",
        "2026-01-27-belousov-dong-jun", "2026-01-27-belousov-dong-jun", "2026-01-27-belousov-dong-jun",
    ]
    assert table[1] == [
        "2023-11-08-putin-zhang-youxia", "2023-11-08", "articles/004_54b8889478977de7/", "ru",
        "Путин призывает к более тесному сотрудничеству России и Китая", "AP", "2023-11-08",
    ]


def test_csv_undated_articles_have_empty_event_columns_and_quoted_titles() -> None:
    assert rows()[-1] == ["", "", "articles/undated/", "en", 'Analysis: "partners", not allies', "", ""]
    assert '"Analysis: ""partners"", not allies"' in timeline_csv(sample())


def test_csv_keeps_every_script_as_text() -> None:
    text = timeline_csv(sample())
    assert "视频:在世界局势背景下" in text
    text.encode("utf-8")  # nothing that UTF-8 cannot write
