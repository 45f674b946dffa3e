"""Small, script-aware measures of a piece of text.

Word counts must work for languages written without spaces (Chinese,
Japanese, Thai…), so those scripts count characters at a fixed rate per word.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NOT_WORD = re.compile(r"[\W_]+")
_NOT_LETTER = re.compile(r"[\W\d_]+")
# Characters of scripts written without spaces between words, and how many
# of them make up roughly one word of a spaced language.
_UNSPACED_RANGES = (
    (0x0E00, 0x0EFF, 4.0),  # Thai, Lao
    (0x1000, 0x109F, 4.0),  # Myanmar
    (0x1780, 0x17FF, 4.0),  # Khmer
    (0x3040, 0x30FF, 2.0),  # Hiragana, Katakana
    (0x3400, 0x4DBF, 1.6),  # CJK extension A
    (0x4E00, 0x9FFF, 1.6),  # CJK unified ideographs
    (0xF900, 0xFAFF, 1.6),  # CJK compatibility ideographs
)
_UNSPACED_BY_RATE = {
    rate: re.compile("[" + "".join(f"\\u{low:04X}-\\u{high:04X}" for low, high, r in _UNSPACED_RANGES if r == rate) + "]")
    for rate in {rate for _, _, rate in _UNSPACED_RANGES}
}
_UNSPACED_ANY = re.compile("[" + "".join(f"\\u{low:04X}-\\u{high:04X}" for low, high, _ in _UNSPACED_RANGES) + "]")
# A spaced word: a run without spaces holding a letter or digit (vowel
# signs of Indic scripts are not "word" characters to `re`, so runs, not
# \w-sequences, count).
_SPACED_WORD = re.compile(r"[^\s\w]*[^\W_]\S*")
SENTENCE_END = frozenset(".!?…。！？؟।։።")
CLOSING = frozenset("\"'»”’›」』）)]】〕")


def collapse_whitespace(text: str) -> str:
    # str.split and the regex \s agree on what whitespace is; splitting is faster.
    return " ".join(text.split())


def unspaced_rate(char: str) -> float | None:
    code = ord(char)
    if code < 0x0E00:  # everything below Thai is written with spaces
        return None
    for low, high, rate in _UNSPACED_RANGES:
        if low <= code <= high:
            return rate
    return None


def has_unspaced_script(text: str) -> bool:
    return _UNSPACED_ANY.search(text) is not None


def word_count(text: str) -> float:
    """Words in `text`, counting unspaced scripts by characters per word."""
    if not has_unspaced_script(text):
        return float(len(_SPACED_WORD.findall(text)))
    unspaced = sum(len(pattern.findall(text)) / rate for rate, pattern in _UNSPACED_BY_RATE.items())
    return len(_SPACED_WORD.findall(_UNSPACED_ANY.sub(" ", text))) + unspaced


def letter_count(text: str) -> int:
    # Letters are what is left once non-word characters, digits and "_" go.
    return len(_NOT_LETTER.sub("", text))


def last_meaningful_char(text: str) -> str:
    """The last character that is not closing punctuation or space."""
    for char in reversed(text.rstrip()):
        if char not in CLOSING and not char.isspace():
            return char
    return ""


def ends_sentence(text: str) -> bool:
    return last_meaningful_char(text) in SENTENCE_END


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Text reduced for comparison: case, compatibility forms, spacing, punctuation.

    Cached: every rule compares the same few hundred lines of a clipping.
    """
    # Turkish "İ" casefolds to "i" plus a combining dot: drop the dot.
    folded = unicodedata.normalize("NFKC", text).casefold().replace("\u0307", "")
    return _NOT_WORD.sub(" ", folded).strip()
