"""Names and words in Cyrillic-script languages (Russian, Ukrainian,
Belarusian, Bulgarian, Serbian...).

Names are runs of capitalised words (``names.name_runs``). A run that spells
a Chinese name in the Palladius system (Дун Цзюнем, Си Цзиньпин) is read back
to pinyin (``chinese_names``); other words are reduced to their lemma by
pymorphy3 for Russian and Ukrainian (Белоусовым -> белоусов, в Пекине ->
пекин), then romanised and folded like any name.
"""

from __future__ import annotations

import re

from .chinese_names import from_palladius, surname_syllables
from .dictionaries import morphology
from .model import Found
from .names import add_name, name_runs
from .romanise import canon, romanise

WORD = re.compile(r"[Ѐ-ӿԀ-ԯ]+(?:-[Ѐ-ӿ]+)*")
_NAME_TAGS = ("Surn", "Name", "Patr", "Geox", "Orgn", "Abbr", "Trad")
# Case endings a Chinese given name takes in Russian: Цзюнем, Цзиньпина, Юсей.
_PALLADIUS_ENDINGS = ("ем", "ом", "ей", "ою", "а", "я", "у", "ю", "е", "ы", "и")


def names(text: str, lang: str) -> Found:
    found = Found()
    primary = lang.split("-", 1)[0].lower()
    for run in name_runs(text, WORD):
        shown = " ".join(run)
        chinese = _chinese_name(run)
        if chinese:
            add_name(found, [canon(part) for part in chinese], run)
            continue
        lemmas = [lemma(word, primary) for word in run]
        shown = [word[:1].upper() + word[1:] for word in lemmas]  # the nominative, for display
        add_name(found, [canon(romanise(word, primary)) for word in lemmas], shown)
        for word in run:
            if word.isupper() and 2 <= len(word) <= 6:
                found.add("n:" + canon(romanise(word, primary)), word)
    return found


def lemma(word: str, lang: str) -> str:
    """The dictionary form of a name, by pymorphy3 (Russian, Ukrainian);
    other languages keep the word."""
    if lang not in ("ru", "uk") or word.isupper():
        return word.lower()
    parses = morphology(lang).parse(word)
    named = [parse for parse in parses[:4] if any(tag in str(parse.tag) for tag in _NAME_TAGS)]
    chosen = (named or parses)[0]
    return chosen.normal_form


def _chinese_name(run: list[str]) -> list[str] | None:
    """["дун", "цзюнь"] for ["Дун", "Цзюнем"]: a surname of one Palladius
    syllable and a given name of one or two, else None."""
    if len(run) != 2:
        return None
    surname = from_palladius(run[0])
    if not surname or len(surname) != 1 or surname[0] not in surname_syllables():
        return None
    given = _given_name(run[1])
    return [surname[0], "".join(given)] if given else None


def _given_name(word: str) -> list[str] | None:
    lowered = word.lower()
    candidates = [lowered]
    for ending in _PALLADIUS_ENDINGS:
        if lowered.endswith(ending) and len(lowered) > len(ending) + 1:
            stem = lowered[: -len(ending)]
            # Soft endings (Цзюнем, Цзюня) follow a stem in "-ь", hard ones (Цзиньпина) a bare stem.
            soft = ending in ("ем", "я", "ю", "ей")
            candidates += [stem + "ь", stem] if soft else [stem, stem + "ь"]
            candidates += [stem + "я", stem + "а"]
    for candidate in candidates:
        syllables = from_palladius(candidate)
        if syllables and 1 <= len(syllables) <= 2:
            return syllables
    return None


def words(text: str, lang: str) -> Found:
    found = Found()
    primary = lang.split("-", 1)[0].lower()
    for match in WORD.finditer(text):
        word = match.group(0).lower()
        if len(word) >= 4:
            found.add(f"w:{primary}:{word[:6]}", match.group(0))
    return found
