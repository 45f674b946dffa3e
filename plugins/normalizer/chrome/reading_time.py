"""Reading-time and audio-length labels: `4 min read`, `Temps de lecture 4 min.`,
`Lesezeit: 3 Minuten`, `読了時間 3分`."""

from __future__ import annotations

import re

from ..segments import Segment
from ._lexicon import contains_any, phrase_set

READING_TIME = phrase_set([
    "min read", "minute read", "minutes read", "reading time", "temps de lecture", "lecture min",
    "lesezeit", "lesedauer", "tiempo de lectura", "lectura min", "tempo di lettura", "tempo de leitura",
    "leestijd", "lesetid", "läsningstid", "läsetid", "lukuaika", "czas czytania", "doba čtení",
    "время чтения", "час читання", "thời gian đọc", "阅读时间", "閱讀時間", "読了時間", "읽는 시간", "وقت القراءة",
])


# "5–6 minutes", "3 min", "4分": a reading time with no label.
BARE_DURATION = re.compile(r"(?i)^\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s*(?:min\.?|mins|minutes?|minuten|minutos|minuti|minut|мин\.?|минут|分)$")


def check(segment: Segment) -> str | None:
    if BARE_DURATION.match(segment.text):
        return "reading-time label"
    if segment.words <= 8 and contains_any(segment.text, READING_TIME):
        return "reading-time label"
    return None
