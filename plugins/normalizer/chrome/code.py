"""Markup and script residue a text dump keeps: JSON-LD blocks, analytics
snippets (`dataLayer.push(…)`, `window.__STATE__ = …`), CSS rules."""

from __future__ import annotations

import re

from ..segments import Segment

JSON_LIKE = re.compile(r'^\s*[\[{].*"[^"]{1,40}"\s*:')
SCRIPT_LIKE = re.compile(
    r"^\s*(?:(?:var|let|const|function)\s+\w|window\.\w|document\.\w|dataLayer|googletag|gtag\(|_gaq|"
    r"[\w$.]+\s*=\s*[\[{(]|@media\b|[.#][\w-]+\s*\{)"
)


def check(segment: Segment) -> str | None:
    if JSON_LIKE.match(segment.text) or SCRIPT_LIKE.match(segment.text):
        return "page code or structured data (JSON, script, style)"
    return None
