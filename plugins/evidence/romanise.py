"""Any script to Latin letters, and the forms names are compared by.

``romanise`` writes text of any script in Latin letters: Cyrillic by a table
of our own (``й`` as "y", Ukrainian ``г`` as "h"), everything else through
anyascii. ``canon`` folds a romanised name so that the usual spellings of one
name in different languages meet (Belousov, Beloussow, Белоусов; Zelensky,
Selenskyj, Zełenski), and ``skeleton`` keeps its consonants in classes, for
a phonetic match where transliterations drift further (トランプ, 트럼프).
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u", "ј": "y", "љ": "lj",
    "њ": "nj", "ћ": "c", "ђ": "dj", "џ": "dz", "ѓ": "g", "ќ": "k", "ѕ": "dz",
}
_UKRAINIAN = {**_CYRILLIC, "г": "h", "и": "y"}


def romanise(text: str, lang: str = "") -> str:
    """`text` in Latin letters, lower case (`lang` picks the Cyrillic table)."""
    table = _UKRAINIAN if lang.startswith(("uk", "be")) else _CYRILLIC
    out = []
    for char in text.lower():
        if "\u0400" <= char <= "\u04ff":
            out.append(table.get(char, anyascii(char).lower()))
        elif char.isascii():
            out.append(char)
        else:
            out.append(anyascii(char).lower())
    return "".join(out)


# Spellings of one sound in the languages' own orthographies, applied to a
# romanised word before `canon` (Polish "sz", German "sch", French "ou").
_ORTHOGRAPHY = {
    "pl": (("szcz", "shch"), ("sz", "sh"), ("cz", "ch"), ("rz", "zh"), ("ch", "kh")),
    "cs": (("ch", "kh"),),
    "sk": (("ch", "kh"),),
    "de": (("tsch", "ch"), ("sch", "sh"), ("ch", "kh"), ("j", "y")),
    "nl": (("sj", "sh"), ("tsj", "ch"), ("oe", "u"), ("j", "y")),
    "fr": (("tch", "ch"), ("ch", "sh"), ("ou", "u"), ("gu", "g")),
    "es": (("ch", "ch"),),
    "tr": (("c", "j"), ("ç", "ch"), ("ş", "sh")),
}


def orthography(word: str, lang: str) -> str:
    """`word` (lower case, romanised) with its language's spellings of
    shared sounds rewritten the English way."""
    for old, new in _ORTHOGRAPHY.get(lang.split("-", 1)[0], ()):
        word = word.replace(old, new)
    return word


_CANON_RULES = (
    ("shch", "sh"), ("sch", "sh"), ("tsch", "ch"), ("tch", "ch"), ("ph", "f"), ("kh", "h"), ("ck", "k"),
    ("zh", "j"), ("dj", "j"), ("dzh", "j"), ("ou", "u"), ("w", "v"), ("y", "i"), ("j", "i"), ("z", "s"),
    ("q", "k"), ("x", "ks"), ("c", "k"),
)
_NOT_LETTER = re.compile(r"[^a-z]+")
_DOUBLE = re.compile(r"(.)\1+")


def canon(romanised: str) -> str:
    """A romanised name folded so that common spellings of it meet: lower
    case a-z only, one spelling per sound, no double letters, no "-ij"
    ending: "Beloussow" -> "belusov", "Selenskyj" -> "selenski"."""
    word = _NOT_LETTER.sub("", unicodedata.normalize("NFKD", romanised.lower()))
    for old, new in _CANON_RULES:
        word = word.replace(old, new)
    word = _DOUBLE.sub(r"\1", word)
    if len(word) > 4 and word.endswith("i") and word[-2] == "i":
        word = word[:-1]
    if len(word) > 5 and word[-1] == "e" and word[-2] not in "aeiou":
        word = word[:-1]  # French "Poutine"
    return word


_CLASSES = str.maketrans({
    "b": "p", "p": "p", "f": "f", "v": "f", "t": "t", "d": "d", "k": "k", "g": "k", "s": "s",
    "r": "r", "l": "r", "m": "m", "n": "n",
})


def skeleton(canonical: str) -> str:
    """The consonants of a canonical form in classes (b = p, g = k, v = f, l = r,
    a nasal before p/b = m; Arabic has no "p"), vowels, h and doubled classes dropped:
    "trump", "toranpu", "teureompeu" all give "trmp"."""
    letters = re.sub(r"n(?=[pb])", "m", canonical.replace("ng", "n"))
    consonants = "".join(char for char in letters if char in "bpfvtdkgsrlmn").translate(_CLASSES)
    return _DOUBLE.sub(r"\1", consonants)
