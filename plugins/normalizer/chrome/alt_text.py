"""Image alt text that pages print with their site name and image size:
`Flags of two countries - Example News, 1920, 23.01.2026`."""

from __future__ import annotations

import re

from ..segments import Segment

SIZE_SUFFIX = re.compile(r"\s[-–—|]\s[^,]{2,60},\s*\d{3,4}(?:,\s*\d{1,2}[./]\d{1,2}[./]\d{2,4})?\s*$")
SITE_AND_SIZE = re.compile(r"^[-–—|]\s*[^,]{2,60},\s*\d{3,4}\s*$")


def check(segment: Segment) -> str | None:
    if SITE_AND_SIZE.match(segment.text) or SIZE_SUFFIX.search(segment.text):
        return "image alt text (site name and image size)"
    return None
