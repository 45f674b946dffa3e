"""What an article page is made of, reduced to one hash (pure: no Pelican).

Two builds that give a page the same fingerprint write the same bytes, so
the second may skip it. The fingerprint covers the page's own content and
metadata, what it lists of other pages (language versions, coverage of the
same event, site navigation), the settings the templates read, and the code
and templates that render it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

RENDERING_SETTINGS = (
    "SITENAME", "PUBLISH_URL", "SITEURL", "RELATIVE_URLS", "INTERFACE_LANGUAGES", "FEED_ALL_ATOM",
    "THEME_STATIC_DIR", "DEFAULT_LANG", "TIMEZONE",
)


def files_digest(paths: Iterable[Path]) -> str:
    """One hash over the names and bytes of files (templates, catalogs, code)."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(str(path).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def page_fingerprint(parts: dict[str, object]) -> str:
    """The hash of a page's rendering inputs, given as JSON-able parts."""
    encoded = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def settings_part(settings: dict) -> dict[str, object]:
    return {name: settings.get(name) for name in RENDERING_SETTINGS}
