"""Names and words in Chinese (Simplified and Traditional) and in the kanji
of Japanese.

The text is brought to Simplified characters and cut into CC-CEDICT words
(longest match first). Then:

* a word CC-CEDICT knows as a proper name gives the keys of its English form
  (普京 -> "Vladimir Putin": ``n:putin``...);
* a Chinese personal name (a surname and one or two characters, repeated in
  the text, not a dictionary word: 董军) gives the keys of its pinyin, which
  the Russian and Vietnamese renderings also reach (``chinese_names``);
* a run of characters that spell foreign sounds (泽连斯基) gives only the
  weak skeleton key of its pinyin, for the phonetic match;
* every other word of two characters or more is a word key (``w:zh:...``).
"""

from __future__ import annotations

import re

from .dictionaries import cedict, pinyin, to_simplified
from .model import Found
from .names import add_name
from .romanise import canon

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
# Syllables whose pinyin spelling hides the foreign sound they write:
# 基 "ji" writes "ki", 乌 "wu" writes "u", 希 "xi" writes "hi" or "si".
_FOREIGN_SOUND = {"ji": "ki", "qi": "ki", "wu": "u", "xi": "si", "jia": "ka", "qia": "ka", "ke": "k", "ge": "g"}
_NAME_WORD = re.compile(r"^[A-Z][A-Za-z'\-]*$")


def segment(run: str) -> list[str]:
    """`run` cut into dictionary words, longest first; unknown characters
    stand alone."""
    dictionary = cedict()
    words = dictionary.words
    longest = min(dictionary.longest, 8)
    pieces: list[str] = []
    position = 0
    while position < len(run):
        for size in range(min(longest, len(run) - position), 0, -1):
            piece = run[position: position + size]
            if size == 1 or piece in words:
                pieces.append(piece)
                position += size
                break
    return pieces


def names(text: str, lang: str) -> Found:
    found = Found()
    dictionary = cedict()
    simplified = to_simplified(text)
    for match in HAN.finditer(simplified):
        pieces = segment(match.group(0))
        spelling: list[str] = []
        for piece in pieces + [""]:
            if len(piece) == 1 and piece in dictionary.transliteration:
                spelling.append(piece)
                continue
            if len(spelling) >= 2:
                sounds = "".join(_FOREIGN_SOUND.get(syllable, syllable) for syllable in pinyin("".join(spelling)))
                add_name(found, [canon(sounds)], "".join(spelling), weak_only=True)
            spelling = []
            english = dictionary.names.get(piece)
            if english:
                # "Defense Department" is a translation, not a name: its
                # words are ordinary English words elsewhere in the dictionary.
                parts = [part for part in english.split() if part.lower() not in dictionary.english_words]
                if parts and len(parts) <= 3 and all(_NAME_WORD.match(part) for part in parts):
                    add_name(found, [canon(part) for part in parts], piece)
    for surname, given, shown in _personal_names(simplified):
        add_name(found, [canon("".join(pinyin(surname))), canon("".join(pinyin(given)))], shown)
    return found


# The most common Chinese surnames (the head of the Hundred Family Surnames
# by frequency): a rarer surname in a text is more often an ordinary character.
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "习温赖易常康乔齐樊兰殷施洪倪岳牛孟柳葛申安"
)


def _personal_names(text: str):
    """(surname, given name, as written) for each Chinese personal name: a
    common surname and one or two characters that the dictionary cannot
    join into words (each stands alone when the text is segmented), the
    whole written at least twice."""
    seen = set()
    for match in HAN.finditer(text):
        pieces = segment(match.group(0))
        for position, piece in enumerate(pieces):
            if piece not in COMMON_SURNAMES:
                continue
            for size in (2, 1):
                given = pieces[position + 1: position + 1 + size]
                if len(given) < size or any(len(char) != 1 for char in given):
                    continue
                name = piece + "".join(given)
                if name in seen or text.count(name) < 2:
                    continue
                seen.add(name)
                yield piece, "".join(given), name
                break


def words(text: str, lang: str) -> Found:
    found = Found()
    common = cedict().common
    for match in HAN.finditer(to_simplified(text)):
        for piece in segment(match.group(0)):
            if len(piece) >= 2 and piece in common:
                found.add(f"w:zh:{piece}", piece)
    return found
