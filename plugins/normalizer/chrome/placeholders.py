"""Ad and template placeholders left by the page: `[annonse_2]`, `[ad]`, `{{banner}}`."""

from __future__ import annotations

import re

from ..segments import Segment

PLACEHOLDER = re.compile(r"\[[^\[\]\s]{1,40}\]|\{\{[^{}]{1,60}\}\}|%%[^%]{1,40}%%|<!--[^>]{0,80}-->")


def check(segment: Segment) -> str | None:
    if PLACEHOLDER.fullmatch(segment.text):
        return "ad or template placeholder"
    return None
