"""Keyword and tag lists: `russia, china, military, cooperation`."""

from __future__ import annotations

import re

from ..segments import Segment
from ..text import word_count

SEPARATORS = re.compile(r"\s*[,;|、，；#]\s*")


HASHTAGS = re.compile(r"^(?:#[^\s#]+\s*){1,6}$|^#[^\W\d_][^#.!?]{0,40}$")


def check(segment: Segment) -> str | None:
    if HASHTAGS.match(segment.text):
        return "keyword or tag list"
    if segment.sentence_end:
        return None
    items = [item for item in SEPARATORS.split(segment.text) if item.strip()]
    if len(items) < 3:
        return None
    sizes = [word_count(item) for item in items]
    if max(sizes) <= 3 and sum(sizes) / len(sizes) <= 2.2:
        return "keyword or tag list"
    return None
