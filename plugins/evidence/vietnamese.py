"""Vietnamese: Latin-script names as in any Latin language, and Chinese
personal names written in their Sino-Vietnamese reading (Tập Cận Bình,
Đổng Quân), read back to the pinyin they may stand for, so that they meet
the pinyin, Chinese and Russian forms of the same name."""

from __future__ import annotations

from . import latin
from .chinese_names import from_sino_vietnamese, surname_syllables
from .model import Found
from .names import name_runs
from .romanise import canon


def names(text: str, lang: str) -> Found:
    found = latin.names(text, lang)
    for run in name_runs(text, latin.WORD):
        if not 2 <= len(run) <= 3 or not all(word.isalpha() for word in run):
            continue
        shown = " ".join(run)
        for syllables in from_sino_vietnamese(run):
            if syllables[0] in surname_syllables():
                given = canon("".join(syllables[1:]))
                found.add("n:" + canon(syllables[0]) + given, shown)
                found.add("n:" + given, shown)
    return found


words = latin.words
