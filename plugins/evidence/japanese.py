"""Names and words in Japanese: katakana runs (foreign names: トランプ,
ゼレンスキー) are romanised for the phonetic match; kanji are read as
Chinese (``chinese``): Chinese personal names (習近平) and place names
written in kanji meet their Chinese forms."""

from __future__ import annotations

import re

from anyascii import anyascii

from . import chinese
from .model import Found
from .names import add_name
from .romanise import canon

KATAKANA = re.compile(r"[\u30a0-\u30ff\u31f0-\u31ff]{2,}")
_LONG_VOWEL = "ー"


def names(text: str, lang: str) -> Found:
    found = chinese.names(text, lang)
    for match in KATAKANA.finditer(text):
        for word in re.split(r"[・＝=]", match.group(0)):
            if len(word.replace(_LONG_VOWEL, "")) >= 2:
                sounds = canon(anyascii(word.replace(_LONG_VOWEL, "")))
                add_name(found, [sounds], word, weak_only=True)
                found.add("n:ja-" + sounds, word)
    return found


def words(text: str, lang: str) -> Found:
    found = Found()
    for key, count in chinese.words(text, lang).counts.items():
        found.add("w:ja:" + key.split(":", 2)[2], key.split(":", 2)[2], count)
    for match in KATAKANA.finditer(text):
        found.add("w:ja:" + match.group(0), match.group(0))
    return found
