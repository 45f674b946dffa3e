"""Evidence from an article's text that compares across languages and
scripts: names, places, numbers and words reduced to keys (see ``model``).

Pure Python (no Pelican). One module per script or language family, each
with ``names(text, lang)`` and ``words(text, lang)``:

* ``latin`` (and ``vietnamese`` on top of it), ``cyrillic``, ``chinese``,
  ``japanese``, ``korean``, ``alphabets`` (Arabic, Hebrew, Greek, Indic...);
* ``places`` (GeoNames + CLDR), ``numbers``, ``chinese_names`` (pinyin,
  Palladius, Sino-Vietnamese), ``romanise`` (the folds names meet by),
  ``dictionaries`` (the package data, loaded once and only when needed).

A new language is one module, added to ``_SCRIPTS`` below.
"""

from __future__ import annotations

import re

from . import alphabets, chinese, cyrillic, japanese, korean, latin, vietnamese
from .model import Evidence, Found
from .numbers import numbers
from .places import index as place_index

__all__ = ["Evidence", "read_evidence"]

# (characters that call the module, module): a text is read by every module
# whose script it contains.
_SCRIPTS = (
    (re.compile(r"[A-Za-zÀ-ɏḀ-ỿ]"), latin),
    (re.compile(r"[Ѐ-ӿ]"), cyrillic),
    (re.compile(r"[\u3400-\u9fff\uf900-\ufaff]"), chinese),
    (re.compile(r"[\u3040-\u30ff]"), japanese),
    (re.compile(r"[\uac00-\ud7a3]"), korean),
    (re.compile(r"[\u0370-\u03ff\u0530-\u058f\u0590-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0e7f\u10a0-\u10ff]"), alphabets),
)


def read_evidence(text: str, lang: str, lead: str, title: str = "") -> Evidence:
    """The keys of `text` (the whole article), of its `lead` (the opening,
    which says what the article is about) and of its `title`."""
    whole = keys(text, lang)
    opening = keys(lead, lang)
    heading = keys(title, lang) if title else Found()
    return Evidence(
        lang=lang,
        lead=frozenset(opening.counts),
        title=frozenset(heading.counts),
        counts=dict(whole.counts),
        shown={**whole.shown, **opening.shown},
    )


def keys(text: str, lang: str) -> Found:
    found = Found()
    primary = lang.split("-", 1)[0].lower()
    for script, module in _SCRIPTS:
        if not script.search(text):
            continue
        if module is latin and primary == "vi":
            module = vietnamese
        if module is chinese and (primary == "ja" or japanese is _module_for(text)):
            continue  # the Japanese module reads kanji itself
        found.update(_places(module.names(text, lang)))
    found.update(_places_in_unspaced(text))
    found.update(numbers(text))
    found.update(_words(text, lang))
    return found


def _module_for(text: str):
    return japanese if re.search(r"[\u3040-\u30ff]", text) else chinese


def _words(text: str, lang: str) -> Found:
    primary = lang.split("-", 1)[0].lower()
    module = {"zh": chinese, "ja": japanese, "ko": korean, "vi": vietnamese}.get(primary)
    if module is None:
        module = cyrillic if re.search(r"[Ѐ-ӿ]{3}", text[:400]) and not re.search(r"[a-z]{3}", text[:200]) else latin
        if re.search(r"[\u0590-\u06ff\u0370-\u03ff]{3}", text[:400]):
            module = alphabets
    return module.words(text, lang)


def _places(found: Found) -> Found:
    """Names that are places become place keys: the whole name, or one of
    its words ("Nova Kakhovka", "Пекин")."""
    places = place_index()
    out = Found()
    for key, count in found.counts.items():
        shown = found.shown[key]
        if key.startswith("?:"):  # a word that only counts as a place
            place = places.lookup(key[2:])
            if place:
                out.add(place, shown, count)
        elif key.startswith("n:"):
            place = places.lookup(shown) or places.lookup(key[2:])
            out.add(place or key, shown, count)
        else:
            out.add(key, shown, count)
    return out


def _places_in_unspaced(text: str) -> Found:
    found = Found()
    for place, name in place_index().scan(text):
        found.add(place, name)
    return found
