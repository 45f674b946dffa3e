"""A line that is nothing but a web address (or several).

Image addresses and bare links are page residue; the article's own address
is picked out beforehand by `attribution.py` as the source URL.
"""

from __future__ import annotations

import re

from ..segments import Segment

URL_ONLY = re.compile(r"(?:(?:https?://|www\.)\S+\s*)+")
IMAGE_ADDRESS = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg|bmp)(?:[?#]\S*)?$", re.IGNORECASE)


def check(segment: Segment) -> str | None:
    if not URL_ONLY.fullmatch(segment.text):
        return None
    if IMAGE_ADDRESS.search(segment.text):
        return "image address"
    return "bare link address"
