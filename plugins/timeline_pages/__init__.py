"""Pelican plugin: the timeline pages, in every interface language and for
every coverage language, plus `timeline.json` and `timeline.csv`.

The grouping itself is the pure `timeline` package; `views.py` (pure) turns
a timeline into what a page shows; `generator.py` is the Pelican side.
`register()` only connects signals.
"""

from __future__ import annotations

from pelican import signals

from . import generator


def register() -> None:
    signals.generator_init.connect(generator.install_interface_translations)
    signals.get_generators.connect(generator.timeline_generator)
