"""Items of bulleted lists around an article: menus (`• About Us`) and
teaser lists (`• Another story headline`)."""

from __future__ import annotations

import re

from ..segments import Segment

BULLET_ITEM = re.compile(r"^[•·▪►▸▶◦‣*]\s*\S")


def check(segment: Segment) -> str | None:
    if BULLET_ITEM.match(segment.text) and segment.words <= 14 and not segment.sentence_end:
        return "list item (menu or teaser)"
    return None
