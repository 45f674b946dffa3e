"""Pelican plugin: on a rebuild into the same output folder, skip writing
article pages whose rendering inputs did not change.

Pelican re-renders every page on every build; after adding or editing one
clipping most pages would come out byte for byte the same. Each page's
fingerprint (`fingerprint.py`) is kept in a manifest beside the normalizer
cache; a page is skipped only when its fingerprint matches and its file is
still there. `register()` only connects signals.
"""

from __future__ import annotations

from pelican import signals

from . import skipping


def register() -> None:
    # Per build, not `initialized`: `--autoreload` runs every build in one process.
    signals.article_generator_init.connect(skipping.start)
    signals.article_generator_write_article.connect(skipping.maybe_skip)
    signals.finalized.connect(skipping.save)
