"""The Pelican side of incremental article writing."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pelican import __version__ as PELICAN_VERSION

from .fingerprint import files_digest, page_fingerprint, settings_part

PLUGINS = Path(__file__).resolve().parent.parent

# Reset as each build starts: `--autoreload` reuses the process.
_state: dict = {}


def start(generator) -> None:
    settings = generator.settings
    cache = settings.get("CLIPLINE_CACHE_PATH")
    output = Path(settings["OUTPUT_PATH"]).resolve()
    _state.clear()
    if not cache:
        return
    name = hashlib.sha256(str(output).encode()).hexdigest()[:16]
    manifest = Path(cache) / "pages" / f"{name}.json"
    theme = Path(settings["THEME"])
    _state.update(
        output=output,
        manifest=manifest,
        previous=_load(manifest),
        current={},
        skipped=0,
        # Pelican's version too: it processes the metadata the pages show.
        code=files_digest([*theme.rglob("*.html"), *theme.rglob("*.po"), *PLUGINS.rglob("*.py")]) + PELICAN_VERSION,
        settings=settings_part(settings),
    )


def unchanged(save_as: str, parts: dict[str, object]) -> bool:
    """Record the page's fingerprint; True when the last build wrote this
    very page and its file is still there (so it need not be written)."""
    if "manifest" not in _state or not save_as:
        return False
    fingerprint = page_fingerprint({"code": _state["code"], "settings": _state["settings"], **parts})
    _state["current"][save_as] = fingerprint
    if _state["previous"].get(save_as) == fingerprint and (_state["output"] / save_as).is_file():
        _state["skipped"] += 1
        return True
    return False


def maybe_skip(generator, content) -> None:
    # A reader may name its page's inputs in one digest (clippings do);
    # otherwise the page's content and metadata are hashed whole.
    inputs = content.metadata.get("inputs_digest")
    own = {"inputs": inputs} if inputs else {"content": content.content, "metadata": content.metadata}
    if unchanged(content.save_as, {
        **own,
        "url": content.url,
        "translations": [(t.url, t.title, t.lang) for t in content.translations],
        "event": [getattr(content, "event_id", None), getattr(content, "event_url", None)],
        "coverage": [(o.url, o.title, o.lang, o.outlet) for o in getattr(content, "event_coverage", [])],
        "pages": [(p.url, p.title, p.lang) for p in generator.context.get("pages", [])],
    }):
        content.override_save_as = ""  # Pelican writes nothing for an empty save_as


def save(pelican) -> None:
    if "manifest" not in _state:
        return
    manifest: Path = _state["manifest"]
    manifest.parent.mkdir(parents=True, exist_ok=True)
    manifest.write_text(json.dumps(_state["current"], sort_keys=True), encoding="utf-8")


def _load(path: Path) -> dict[str, str]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
