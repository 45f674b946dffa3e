"""Pelican plugin: read `.md` files with markdown-it-py instead of Python-Markdown.

`register()` only connects signals; the rendering itself lives in `render.py`.
"""

from __future__ import annotations

import datetime as dt

from pelican import signals
from pelican.readers import BaseReader

from .render import render_markdown

EXTENSIONS = ("md", "markdown")


class MarkdownItReader(BaseReader):
    enabled = True
    file_extensions = list(EXTENSIONS)

    def read(self, source_path: str) -> tuple[str, dict]:
        with open(source_path, encoding="utf-8") as handle:
            document = render_markdown(handle.read())
        metadata = {
            name: self.process_metadata(name, _as_text(value))
            for name, value in document.metadata.items()
        }
        return document.html, metadata


def _as_text(value: object) -> str:
    # YAML turns `date: 2024-10-14` into a date and `tags: [a, b]` into a list;
    # Pelican's metadata processors expect the raw strings.
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return ", ".join(str(item) for item in value)
    return str(value)


def add_reader(readers) -> None:
    for extension in EXTENSIONS:
        readers.reader_classes[extension] = MarkdownItReader


def forget_disabled_markdown_reader(generator) -> None:
    # Pelican still lists its own Markdown reader as "disabled" for `.md` and
    # warns once per file (Pelican issue #3466) although ours handles them.
    for extension in EXTENSIONS:
        generator.readers.disabled_readers.pop(extension, None)


def register() -> None:
    signals.readers_init.connect(add_reader)
    signals.generator_init.connect(forget_disabled_markdown_reader)
