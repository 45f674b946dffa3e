"""Names and words in Latin-script languages (English, German, French,
Polish, Czech, Turkish, Norwegian, Indonesian, Vietnamese...).

A name is a run of capitalised words (see ``names.name_runs``); each word is
romanised, respelt by its language's orthography and folded by ``canon``.
Inflected languages also give the stem without its case ending (Polish
"Bidena", Czech "Trumpem", German "Putins", Turkish "Trump'ın"), so that
the nominative of another article meets it.
"""

from __future__ import annotations

import re

from .model import Found
from .names import add_name, name_runs
from .romanise import canon, orthography, romanise

WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+(?:['’][A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ]+)*")
_CONNECTORS = frozenset({"de", "da", "do", "dos", "van", "von", "der", "al", "el", "bin", "ibn", "la", "le", "di", "du"})

# Case endings a name may carry, longest first, per language.
_ENDINGS = {
    "pl": ("owie", "owi", "ami", "ach", "iem", "em", "om", "ie", "ą", "ę", "a", "u", "y", "i", "e"),
    "cs": ("ovi", "em", "ou", "ě", "e", "u", "a", "y", "i"),
    "sk": ("ovi", "om", "ou", "e", "u", "a", "y", "i"),
    "sl": ("om", "em", "u", "a", "i", "e"),
    "hr": ("om", "em", "u", "a", "i", "e"),
    "sr": ("om", "em", "u", "a", "i", "e"),
    "lt": ("as", "o", "ui", "ą", "is", "us"),
    "lv": ("s", "am", "u", "a"),
    "fi": ("ssa", "sta", "lla", "lle", "iin", "n", "a"),
    "hu": ("nak", "nek", "val", "vel", "ban", "ben", "ot", "et", "t"),
    "de": ("s",),
    "nb": ("s",),
    "sv": ("s",),
    "da": ("s",),
}


def names(text: str, lang: str) -> Found:
    found = Found()
    primary = lang.split("-", 1)[0].lower()
    for run in name_runs(text, WORD, _CONNECTORS):
        kept = [word for word in run if word.lower() not in _CONNECTORS]
        if not kept:
            continue
        add_name(found, [_canonical(word, primary) for word in kept], kept)
        for word in run:
            stem = _stem(word, primary)
            if stem:
                found.add("n:" + stem, word)
        for word in run:
            if word.isupper() and 2 <= len(word) <= 6:  # an acronym: NATO, APEC, BRICS
                found.add("n:" + canon(romanise(word)), word)
    return found


def _canonical(word: str, lang: str) -> str:
    word = re.split(r"['’]", word, maxsplit=1)[0] if lang == "tr" or word.endswith(("'s", "’s")) else word
    return canon(orthography(romanise(word, lang), lang))


def _stem(word: str, lang: str) -> str:
    """The word without a case ending of its language, when it has one."""
    lowered = word.lower()
    for ending in _ENDINGS.get(lang, ()):
        if lowered.endswith(ending) and len(lowered) - len(ending) >= 4:
            return canon(orthography(romanise(word[: len(word) - len(ending)], lang), lang))
    return ""


def words(text: str, lang: str) -> Found:
    """Ordinary words of four letters or more, cut to six letters (a rough
    stem), for comparing articles in one language."""
    found = Found()
    primary = lang.split("-", 1)[0].lower()
    for match in WORD.finditer(text):
        word = match.group(0).lower()
        if len(word) >= 4:
            found.add(f"w:{primary}:{word[:6]}", match.group(0))
    return found
