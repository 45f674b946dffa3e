"""Where each timeline page lives. The first interface language is the site
root; each other has its own folder; each coverage filter a subfolder:
`index.html`, `coverage/ru/index.html`, `ru/index.html`, `ru/coverage/zh/index.html`.
"""

from __future__ import annotations


def timeline_path(ui_lang: str, default_ui: str, coverage: str | None = None) -> str:
    """The folder URL ("" for the site root, else ending in "/")."""
    folder = "" if ui_lang == default_ui else f"{ui_lang}/"
    if coverage:
        folder += f"coverage/{coverage.lower()}/"
    return folder


def timeline_file(ui_lang: str, default_ui: str, coverage: str | None = None) -> str:
    return timeline_path(ui_lang, default_ui, coverage) + "index.html"
