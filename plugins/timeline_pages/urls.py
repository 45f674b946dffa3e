"""Where each timeline page lives. The first interface language is the site
root; each other has its own folder; each coverage filter a subfolder; each
year a subfolder of those: `index.html`, `2026/index.html`,
`coverage/ru/index.html`, `ru/index.html`, `ru/coverage/zh/2024/index.html`.
The overview pages list every event briefly (with its anchor), the year
pages in full (with the same anchor), so no page grows with the collection.
"""

from __future__ import annotations


def timeline_path(ui_lang: str, default_ui: str, coverage: str | None = None, year: int | str | None = None) -> str:
    """The folder URL ("" for the site root, else ending in "/"); with a
    year, that year's page, which holds the events in full."""
    folder = "" if ui_lang == default_ui else f"{ui_lang}/"
    if coverage:
        folder += f"coverage/{coverage.lower()}/"
    if year is not None:
        folder += f"{year}/"
    return folder


def timeline_file(ui_lang: str, default_ui: str, coverage: str | None = None, year: int | str | None = None) -> str:
    return timeline_path(ui_lang, default_ui, coverage, year) + "index.html"
