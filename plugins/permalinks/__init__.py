"""Pelican plugin: publish `permalinks.json`, every URL of the site with the
anchors on it, so a later build can be checked against it (`make check-links`).

The collecting and comparing live in `links.py` (no Pelican import);
`register()` only connects the signal.
"""

from __future__ import annotations

from pathlib import Path

from pelican import signals

from .links import collect_permalinks, write_permalinks


def publish_permalinks(pelican) -> None:
    output = Path(pelican.settings["OUTPUT_PATH"])
    write_permalinks(output / "permalinks.json", collect_permalinks(output))


def register() -> None:
    signals.finalized.connect(publish_permalinks)
