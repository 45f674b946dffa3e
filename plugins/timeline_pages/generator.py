"""The Pelican side of the timeline: gather the articles, group them with the
pure `timeline` package, and write one page per interface language and
coverage filter, plus `timeline.json` and `timeline.csv`."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

from pelican.generators import Generator

from forked_work import map_forked, process_count
from interface.catalogs import install_page_translations
from timeline.export import timeline_csv, timeline_json
from timeline.gazetteer import Gazetteer, load_gazetteer
from timeline.grouping import build_timeline
from timeline.model import TimelineArticle

from . import views
from .urls import timeline_file, timeline_path


# The undated articles' page, beside the year pages ("undated/").
UNDATED = "undated"


def install_interface_translations(generator) -> None:
    """Each page in its `ui_lang`; Pelican's own pages (articles, about) set
    none and get the default interface language."""
    languages = generator.settings["INTERFACE_LANGUAGES"]
    install_page_translations(generator.env, Path(generator.settings["THEME"]) / "translations", languages)
    generator.env.globals.update(
        ui_lang=languages[0],
        ui_home="",
        switcher=views.interface_switcher(languages, languages[0], None),
    )


def timeline_generator(pelican) -> type[Generator]:
    return TimelineGenerator


class TimelineGenerator(Generator):
    """Runs after the articles generator, so every article is known."""

    def generate_context(self) -> None:
        self.gazetteer = _gazetteer(self.settings)
        articles = list(_published_articles(self.context.get("articles", [])))
        processes = process_count(self.settings.get("CLIPLINE_PROCESSES"))
        self.timeline = build_timeline(
            [_timeline_article(article) for article in articles],
            self.gazetteer,
            window_days=self.settings.get("TIMELINE_WINDOW_DAYS", 1),
            map_each=partial(map_forked, processes=processes),
        )
        by_url = {article.url: article for article in articles}
        for event in self.timeline.events:
            for item in event.articles:
                page = by_url[item.url]
                page.event_id = event.id
                page.event_url = timeline_path(*self.settings["INTERFACE_LANGUAGES"][:1] * 2, None, event.date.year) + "#" + event.id
                # The other clippings' coverage; this clipping's languages are listed as versions.
                page.event_coverage = [other for other in event.articles if other.clipping != item.clipping]

    def generate_output(self, writer) -> None:
        languages = self.settings["INTERFACE_LANGUAGES"]
        coverage = self.coverage = views.coverage_languages(self.timeline)
        start, end = self.settings.get("TIMELINE_START_YEAR"), self.settings.get("TIMELINE_END_YEAR")
        for ui_lang in languages:
            for choice in [None, *coverage]:
                overview = views.overview(self.timeline, ui_lang, languages, choice, start, end)
                undated = views.undated_view(self.timeline, choice)
                undated_url = timeline_path(ui_lang, languages[0], choice, UNDATED) if undated else None
                page = partial(self._write, writer, ui_lang=ui_lang, coverage=choice, overview=overview,
                               ui_home=timeline_path(ui_lang, languages[0]), undated_url=undated_url)
                page("timeline", None)
                for year in overview:
                    year_page = views.year_view(self.timeline, self.gazetteer, ui_lang, choice, year.year)
                    page("timeline_year", year.year, year=year_page)
                if undated:
                    page("timeline_undated", UNDATED, undated=undated)
        self._write_data(languages)

    def _write(self, writer, template: str, year_number: int | str | None, *, ui_lang: str, coverage: str | None, **page) -> None:
        languages = self.settings["INTERFACE_LANGUAGES"]
        name = timeline_file(ui_lang, languages[0], coverage, year_number)
        page.update(
            ui_lang=ui_lang,
            coverage=coverage,
            switcher=views.interface_switcher(languages, ui_lang, coverage, year_number),
            filters=views.coverage_filters(self.coverage, ui_lang, languages, coverage, year_number),
        )
        # Not fingerprinted like article pages: hashing these views cost more
        # than rendering them (measured), and one event changes most of them.
        writer.write_file(
            name, self.get_template(template), self.context,
            relative_urls=self.settings["RELATIVE_URLS"], override_output=True, **page,
        )

    def _write_data(self, languages: list[str]) -> None:
        output = Path(self.output_path)
        output.mkdir(parents=True, exist_ok=True)  # pages may not be written yet
        document = timeline_json(
            self.timeline, languages, self.settings.get("PUBLISH_URL", ""), self.gazetteer,
            timeline_path=lambda event: timeline_file(languages[0], languages[0], None, event.date.year),
        )
        (output / "timeline.json").write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        (output / "timeline.csv").write_text(timeline_csv(self.timeline), encoding="utf-8", newline="")


def _gazetteer(settings: dict) -> Gazetteer:
    path = Path(settings["PATH"]) / settings.get("GAZETTEER", "gazetteer.yaml")
    return load_gazetteer(path) if path.exists() else Gazetteer.from_yaml("{}", str(path))


def _published_articles(articles):
    for article in articles:
        yield article
        yield from (version for version in article.translations if version.status == "published")


def _timeline_article(article) -> TimelineArticle:
    return TimelineArticle(
        key=article.url,
        clipping=Path(article.source_path).stem,
        lang=article.lang,
        title=article.title,
        date=None if getattr(article, "undated", False) else article.date.date(),
        outlet=getattr(article, "outlet", "") or None,
        url=article.url,
        text=getattr(article, "plain_text", "") or article.title,
        event=getattr(article, "event", "") or None,
    )
