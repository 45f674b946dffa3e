"""Normalized clippings cached on disk, keyed by what decides the result.

Pelican's own content cache is keyed by file path and modification time
only, so a change to the normalizer or to the settings would serve stale
articles. Here the key is the raw bytes, the sidecar's bytes, the file name
(messages name it), the normalizer's version and the settings that reach
the normalizer. Results are stored as JSON, never pickled.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .model import ClippingResult
from .version import NORMALIZER_VERSION


class ResultCache:
    def __init__(self, folder: Path | None, settings_key: str = "") -> None:
        self.folder = folder
        self.settings_key = settings_key

    def key(self, name: str, raw: bytes, sidecar: bytes | None) -> str:
        digest = hashlib.sha256()
        for part in (NORMALIZER_VERSION.encode(), self.settings_key.encode(), name.encode(), raw, sidecar or b"\0"):
            digest.update(len(part).to_bytes(8, "big"))
            digest.update(part)
        return digest.hexdigest()

    def get(self, key: str) -> ClippingResult | None:
        if self.folder is None:
            return None
        path = self._path(key)
        try:
            return ClippingResult.from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            return None  # absent or unreadable: normalize again

    def put(self, key: str, result: ClippingResult) -> None:
        if self.folder is None:
            return
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(result.to_dict(), ensure_ascii=False), encoding="utf-8")
        temporary.replace(path)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"
