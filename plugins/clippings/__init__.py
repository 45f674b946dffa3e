"""Pelican plugin: every raw clipping in `content/clippings/` becomes articles.

The normalizer (`plugins/normalizer`, pure Python) does the work; this plugin
only connects it to Pelican: a reader for `.txt` clippings, the extra
language versions of bilingual clippings, and the build's problem report.
`register()` only connects signals.
"""

from __future__ import annotations

from pelican import signals

from . import build


def register() -> None:
    signals.readers_init.connect(build.add_reader)
    signals.article_generator_init.connect(build.prepare_all_clippings)
    signals.article_generator_pretaxonomy.connect(build.add_language_versions)
    signals.finalized.connect(build.finish_review)
