"""Names and words in alphabets without capital letters (Arabic, Persian,
Hebrew, Georgian, the Indic scripts, Thai...) and in Greek and Armenian.

Where a script has no capitals a name cannot be told from an ordinary word,
so every word of four letters or more gives only a weak skeleton key of its
romanisation (ترامب -> "trmp"), which counts when it meets a name of another
language and other shared evidence. Greek and Armenian capitalise names and
are read like Latin. Arabic and Hebrew words lose their one-letter
prefixes first (و "and", ب "in", ال "the").
"""

from __future__ import annotations

import re

from .model import Found
from .names import add_name, name_runs
from .romanise import canon, romanise

CASED = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff\u0530-\u058f]+")
UNCASED = re.compile(
    r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0e7f\u10a0-\u10ff\u1200-\u137f]+"
)
_ARABIC_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ب", "ف", "ل", "ك")
_HEBREW_PREFIXES = ("וה", "ה", "ו", "ב", "ל", "מ", "ש")


def _bare(word: str) -> str:
    for prefix in _ARABIC_PREFIXES + _HEBREW_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            return word[len(prefix):]
    return word


def names(text: str, lang: str) -> Found:
    found = Found()
    for run in name_runs(text, CASED):
        add_name(found, [canon(romanise(word)) for word in run], " ".join(run))
    for match in UNCASED.finditer(text):
        word = _bare(match.group(0))
        if len(word) >= 4:
            add_name(found, [canon(romanise(word))], word, weak_only=True)
            found.add("?:" + word, word)  # kept only if it names a place
    return found


def words(text: str, lang: str) -> Found:
    found = Found()
    primary = lang.split("-", 1)[0].lower()
    for pattern in (CASED, UNCASED):
        for match in pattern.finditer(text):
            word = _bare(match.group(0).lower())
            if len(word) >= 4:
                found.add(f"w:{primary}:{word[:6]}", word)
    return found
