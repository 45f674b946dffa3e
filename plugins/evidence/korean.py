"""Names and words in Korean (Hangul): particles are cut off each word
(벨루소프는 -> 벨루소프), and each word of two syllables or more gives a weak
skeleton key of its romanisation, for the phonetic match with names written
in other scripts (트럼프 -> "trmp")."""

from __future__ import annotations

import re

from anyascii import anyascii

from .model import Found
from .names import add_name
from .romanise import canon

HANGUL = re.compile(r"[\uac00-\ud7a3]+")
_PARTICLES = sorted(
    ["은", "는", "이", "가", "을", "를", "의", "에", "에서", "와", "과", "도", "로", "으로", "에게", "까지",
     "부터", "하고", "이다", "였다", "이며", "에게서", "께서", "측은", "측", "씨", "대통령", "장관"],
    key=len, reverse=True,
)


def stem(word: str) -> str:
    for particle in _PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 2:
            return word[: -len(particle)]
    return word


def names(text: str, lang: str) -> Found:
    found = Found()
    for match in HANGUL.finditer(text):
        word = stem(match.group(0))
        if len(word) >= 2:
            add_name(found, [canon(anyascii(word))], word, weak_only=True)
    return found


def words(text: str, lang: str) -> Found:
    found = Found()
    for match in HANGUL.finditer(text):
        word = stem(match.group(0))
        if len(word) >= 2:
            found.add("w:ko:" + word, word)
    return found
