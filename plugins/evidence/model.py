"""What evidence extraction gives: keys that compare across languages.

A key is a short string with a kind prefix:

* ``n:`` a name (person, organisation, place, operation, ship...) in its
  canonical romanised form (``n:belusov``), one key per word of a name and
  one for the whole name (``n:dongiun``);
* ``s:`` the consonant skeleton of a name (``s:trmp``), a weak key that
  links transliterations no dictionary knows (トランプ, 트럼프, ترامب);
* ``p:`` a place: a GeoNames id or a country's ISO code (``p:MA``);
* ``#:`` a number, as a plain decimal (``#:6.8``, ``#:2946``);
* ``w:`` a word of one language (``w:de:erdbeb``), compared within that
  language only.

The grouping sees only keys, never text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

KINDS = ("n", "s", "p", "#", "w")


@dataclass
class Found:
    """Keys collected from one text, in order of first appearance."""

    counts: Counter[str] = field(default_factory=Counter)
    shown: dict[str, str] = field(default_factory=dict)  # key -> the text it came from, first seen

    def add(self, key: str, shown: str, times: int = 1) -> None:
        if not key or len(key) < 3:
            return
        self.counts[key] += times
        self.shown.setdefault(key, shown)

    def update(self, other: Found) -> None:
        self.counts.update(other.counts)
        for key, shown in other.shown.items():
            self.shown.setdefault(key, shown)


@dataclass(frozen=True)
class Evidence:
    """One article's keys: those of its lead (what it is about) and of its
    whole text, with the text each key was read from."""

    lang: str
    lead: frozenset[str]
    title: frozenset[str]
    counts: dict[str, int]
    shown: dict[str, str]

    def kind(self, key: str) -> str:
        return key.split(":", 1)[0]
