"""Pelican plugin: publish `permalinks.json`, every URL of the site with the
anchors on it, so a later build can be checked against it (`make check-links`).

The collecting and comparing live in `links.py` (no Pelican import);
`register()` only connects the signal.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pelican import signals

from .links import collect_permalinks, write_permalinks


def publish_permalinks(pelican) -> None:
    output = Path(pelican.settings["OUTPUT_PATH"])
    memo = _memo_path(pelican.settings, output)
    known = _load(memo) if memo else {}
    write_permalinks(output / "permalinks.json", collect_permalinks(output, known))
    if memo:
        memo.parent.mkdir(parents=True, exist_ok=True)
        memo.write_text(json.dumps(known), encoding="utf-8")


def _memo_path(settings: dict, output: Path) -> Path | None:
    # Anchors of pages a rebuild did not rewrite are remembered, not re-read.
    cache = settings.get("CLIPLINE_CACHE_PATH")
    if not cache:
        return None
    name = hashlib.sha256(str(output.resolve()).encode()).hexdigest()[:16]
    return Path(cache) / "anchors" / f"{name}.json"


def _load(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def register() -> None:
    signals.finalized.connect(publish_permalinks)
