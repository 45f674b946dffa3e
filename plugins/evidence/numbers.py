"""Numbers any language writes in digits: magnitudes (6.8), counts of dead
or displaced (2,946), distances and sums. Years, times of day and small
counts say little and are left out.

"2,946", "2 946", "2.946" (German) and "2946" are one number; "6,8" is
6.8 (a comma before other than three digits is a decimal comma). A
multiplier word after the number is applied (2.5 million, 1,5 млн, 3万).
"""

from __future__ import annotations

import re

from .model import Found

_NUMBER = re.compile(
    r"(?<![\d.,:/\-])(\d{1,3}(?:(?:[,.\u00a0\u202f ]\d{3})+)|\d+)(?:([.,])(\d+))?(?![\d:/])"
    r"\s*(million|millions|mio|mln|млн|миллион\w*|milliard\w*|billion|bn|тыс\w*|thousand|万|億|亿|만|千)?",
    re.IGNORECASE,
)
_SCALE = {
    "million": 1e6, "millions": 1e6, "mio": 1e6, "mln": 1e6, "млн": 1e6, "миллион": 1e6,
    "billion": 1e9, "bn": 1e9, "milliard": 1e9, "thousand": 1e3, "тыс": 1e3,
    "万": 1e4, "만": 1e4, "億": 1e8, "亿": 1e8, "千": 1e3,
}


def numbers(text: str) -> Found:
    found = Found()
    for match in _NUMBER.finditer(text):
        whole, mark, fraction, scale = match.groups()
        digits = re.sub(r"\D", "", whole)
        grouped = digits != whole
        if mark and fraction and len(fraction) == 3 and not grouped and len(digits) <= 3 and mark == ",":
            digits, fraction = digits + fraction, None  # "2,946": thousands
        value = float(digits + ("." + fraction if fraction else ""))
        if scale:
            value *= next((factor for word, factor in _SCALE.items() if scale.lower().startswith(word)), 1)
        if _uninformative(value, fraction, grouped or bool(scale)):
            continue
        shown = match.group(0).strip()
        found.add("#:" + (f"{value:.10g}"), shown)
    return found


def _uninformative(value: float, fraction: str | None, grouped: bool) -> bool:
    if fraction:
        return value == 0
    if value < 10:
        return True
    if 1900 <= value <= 2100 and not grouped:
        return True  # a year
    return False
