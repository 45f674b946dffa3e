"""Pelican plugin: turn raw clippings (`content/clippings/*.txt`) into articles.

Minimal reader for the foundation: the first non-blank line is the title and
every other non-blank line a paragraph, all escaped. The normalizer replaces it.
"""

from __future__ import annotations

import html
from pathlib import Path

from pelican import signals
from pelican.readers import BaseReader

# Pelican requires a date on every article; undated clippings carry this one
# together with `undated`, and templates print "undated" instead of it.
UNDATED_SENTINEL = "1970-01-01"


class ClippingReader(BaseReader):
    enabled = True
    file_extensions = ["txt"]

    def read(self, source_path: str) -> tuple[str, dict]:
        text = Path(source_path).read_bytes().decode("utf-8", errors="replace")
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        title = lines[0] if lines else Path(source_path).stem
        body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines[1:])
        metadata = {
            "title": self.process_metadata("title", title),
            "date": self.process_metadata("date", UNDATED_SENTINEL),
            "slug": Path(source_path).stem,
            "undated": True,
        }
        return body, metadata


def add_reader(readers) -> None:
    readers.reader_classes["txt"] = ClippingReader


def register() -> None:
    signals.readers_init.connect(add_reader)
