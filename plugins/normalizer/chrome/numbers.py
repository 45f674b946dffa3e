"""Numbers with no words: image sizes, counters, years and ratings left over
from page markup (`1920`, `252`, `0`, `18+`)."""

from __future__ import annotations

from ..segments import Segment


def check(segment: Segment) -> str | None:
    text = segment.text
    if segment.letters == 0 and len(text) <= 24 and any(char.isdigit() for char in text):
        return "number without text (image size, counter or markup residue)"
    return None
