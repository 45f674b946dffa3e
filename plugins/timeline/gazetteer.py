"""The gazetteer: the people, organisations and places a collection follows,
with their names in every language, and how to find them in text.

It is a YAML file, ``content/gazetteer.yaml``, with up to three sections, each
a mapping of entity id to entity::

    people:
      belousov:
        names: {en: Andrei Belousov, ru: Андрей Белоусов, zh: 安德烈·别洛乌索夫}
        aliases: [Belousov, Белоусов, 别洛乌索夫, Andrey Belousov]
      zhang_youxia:
        names: {en: Zhang Youxia, ru: Чжан Юся, zh: 张又侠}
        aliases: [張又俠]
        short: [Zhang, Чжан]
    organisations:
      nato:
        names: {en: NATO, ru: НАТО, zh: 北约}
    places:
      beijing:
        names: {en: Beijing, ru: Пекин, zh: 北京, de: Peking}

The sections are ``people``, ``organisations`` and ``places``; each is
optional. An entity id is lower-case letters a-z, digits, ``_`` and ``-``
(it becomes part of the timeline's anchors: ``2026-01-27-belousov-dong-jun``).
Each entity has:

``names`` (required)
    The name to show in each language, as a mapping of language code (BCP-47:
    ``en``, ``ru``, ``zh``, ``zh-Hant``, ``nb``) to text. A reader whose
    language is missing sees the English name, else the first one given.
``aliases`` (optional)
    Other ways texts write the entity: surnames alone, other spellings and
    transliterations, Traditional characters. The names count as aliases too.
``short`` (optional)
    Forms too ambiguous to count on their own, typically a common surname
    ("Zhang", "Dong", "Xi"): they count only in a text that also names the
    entity by a name or an alias.
``note`` (optional)
    Free text for whoever maintains the file.

How names are found: letters are compared without case (and Russian "ё" as
"е"). In scripts that separate words with spaces a name matches whole words,
and each word of four letters or more (three in a name of several words) may
carry up to three more letters, with a final vowel, "ь" or "й" replaceable,
so inflected forms count: "Белоусовым", "Дун Цзюнем", "Чжана", "в Москве",
German "Beloussows". In Chinese, Japanese, Korean and Thai, which do not
put spaces between words (or attach particles to them), a name matches
anywhere; the dot inside transliterated names ("安德烈·别洛乌索夫") may be
any middle dot or missing.

Mistakes (bad YAML, an unknown section or key, an entity without names, a
name given for two entities) raise ``InvalidGazetteer``, naming the file and
every problem.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml

from plain_yaml import DuplicateKey, describe_value, load_plain_yaml

Kind = Literal["person", "organisation", "place"]

# Section name in the file -> kind of its entities.
SECTIONS: dict[str, Kind] = {"people": "person", "organisations": "organisation", "places": "place"}
ENTITY_KEYS = ("names", "aliases", "short", "note")

_ID = re.compile(r"[a-z0-9][a-z0-9_-]*")
_LANG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")


@dataclass(frozen=True)
class Entity:
    id: str
    kind: Kind
    names: dict[str, str]  # language -> name, in the file's order
    aliases: tuple[str, ...]  # the names first, then the aliases
    short: tuple[str, ...]


class InvalidGazetteer(ValueError):
    def __init__(self, origin: str, problems: list[str]) -> None:
        super().__init__(f"{origin}: " + "; ".join(problems))
        self.origin = origin
        self.problems = tuple(problems)


def load_gazetteer(path: Path | str, origin: str | None = None) -> Gazetteer:
    """Read and check a gazetteer file; `origin` (default: the path) names it in messages."""
    origin = origin or str(path)
    try:
        text = Path(path).read_bytes().decode("utf-8-sig")
    except OSError as problem:
        raise InvalidGazetteer(origin, [f"cannot read the file: {problem.strerror or problem}"]) from problem
    except UnicodeDecodeError as problem:
        raise InvalidGazetteer(origin, [
            f"is not UTF-8 text (byte {problem.start} cannot be read); re-save it as UTF-8"
        ]) from problem
    return Gazetteer.from_yaml(text, origin)


class Gazetteer:
    """Entities by id, and a matcher that counts their mentions in a text."""

    def __init__(self, entities: Iterable[Entity], origin: str = "gazetteer") -> None:
        self.origin = origin
        self.entities: dict[str, Entity] = {entity.id: entity for entity in entities}
        self._matcher = _Matcher(self.entities.values(), origin)

    @classmethod
    def from_yaml(cls, text: str, origin: str) -> Gazetteer:
        return cls(_parse(text, origin), origin)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self.entities

    def __len__(self) -> int:
        return len(self.entities)

    def kind(self, entity_id: str) -> Kind:
        return self.entities[entity_id].kind

    def name(self, entity_id: str, lang: str) -> str:
        """The entity's name in `lang` ("zh-Hant" falls back to "zh"), else
        in English, else the first name the file gives."""
        names = self.entities[entity_id].names
        wanted = lang.replace("_", "-").lower()
        by_lower = {code.lower(): name for code, name in names.items()}
        for code in (wanted, wanted.split("-", 1)[0], "en"):
            if code in by_lower:
                return by_lower[code]
        return next(iter(names.values()))

    def mentions(self, text: str) -> dict[str, int]:
        """How often each entity is mentioned in `text` (entity id -> count)."""
        return self._matcher.count(text)


# --- matching ------------------------------------------------------------------
#
# Every alias becomes a sequence of units (folded letters plus a few special
# units), and all sequences of a script class go into one trie, written out as
# one regular expression: a text is then scanned once, in C, whatever the
# number of entities. An empty named group at the end of each path says which
# alias matched.

# Each word of a spaced-script name ends in one of four units: exactly here,
# or after up to three more letters (an inflected ending), and then either the
# name ends or another word follows.
_END = "<end>"
_INFLECTED_END = "<inflected-end>"
_SPACE = "<space>"
_INFLECTED_SPACE = "<inflected-space>"
_DOT = "<dot>"  # a middle dot in a transliterated CJK name, or none
_LEAF = "<leaf>"  # trie key: the alias ending here (value: group name)

_UNIT_PATTERNS = {
    _END: r"(?!\w)",
    _INFLECTED_END: r"\w{0,3}(?!\w)",
    _SPACE: r"\s+",
    _INFLECTED_SPACE: r"\w{0,3}\s+",
    _DOT: r"[·・•‧･.\s]?",
}
# Between branches equally long, an exact word before an inflected one: "Kim"
# is Kim, not an inflected "Kima" of another entity.
_PREFERENCE = {_INFLECTED_END: 1}

# Letters a name may lose when it is inflected: Москва -> Москве, Дун Цзюнь ->
# Дун Цзюнем, Андрей -> Андреем, Юся -> Юси; Latin "a" for Polish or Czech
# (Warszawa -> Warszawie).
_REPLACEABLE_ENDINGS = frozenset("аяеоьйыa")
_DOTS = frozenset("·・•‧･")

# Scripts written without spaces between words, or (Korean) with particles
# glued to names: a name there is a plain substring.
_UNSPACED_SCRIPTS = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN")


def fold(text: str) -> str:
    """What matching compares: NFC, case-folded, Russian ё as е."""
    return unicodedata.normalize("NFC", text).casefold().replace("ё", "е")


def is_unspaced(text: str) -> bool:
    return any(_is_unspaced_char(char) for char in text)


def _is_unspaced_char(char: str) -> bool:
    return ord(char) > 0x0E00 and unicodedata.name(char, "").startswith(_UNSPACED_SCRIPTS)


def alias_units(alias: str) -> tuple[str, ...]:
    """The units an alias is matched by (see "matching" above)."""
    folded = fold(alias).strip()
    return _unspaced_units(folded) if is_unspaced(folded) else _spaced_units(folded)


def _unspaced_units(folded: str) -> tuple[str, ...]:
    return tuple(_DOT if char in _DOTS else char for char in folded if not char.isspace())


def _spaced_units(folded: str) -> tuple[str, ...]:
    words = folded.split()
    units: list[str] = []
    for position, word in enumerate(words):
        last = position == len(words) - 1
        letters = sum(char.isalpha() for char in word)
        # A long word inflects; a short one only with another word beside it
        # ("Дун Цзюнем"): "Си" or "Xi" plus any ending would match too much.
        if word[-1].isalpha() and letters >= (3 if len(words) > 1 else 4):
            units.extend(word[:-1] if word[-1] in _REPLACEABLE_ENDINGS else word)
            units.append(_INFLECTED_END if last else _INFLECTED_SPACE)
        else:
            units.extend(word)
            units.append(_END if last else _SPACE)
    return tuple(units)


class _Matcher:
    """One compiled pattern per script class (spaced, unspaced)."""

    def __init__(self, entities: Iterable[Entity], origin: str) -> None:
        self._groups: dict[str, tuple[str, bool]] = {}  # group name -> (entity id, short form)
        tries: dict[bool, dict] = {False: {}, True: {}}
        owners: dict[tuple[str, ...], tuple[str, str]] = {}  # units -> (entity id, alias)
        problems: list[str] = []
        for entity in entities:
            forms = [(alias, False) for alias in entity.aliases] + [(alias, True) for alias in entity.short]
            for alias, short in forms:
                units = alias_units(alias)
                owner = owners.get(units)
                if owner is None:
                    owners[units] = (entity.id, alias)
                    self._add(tries[is_unspaced(alias)], units, entity.id, short)
                elif owner[0] != entity.id:
                    problems.append(
                        f"'{alias}' ({entity.id}) and '{owner[1]}' ({owner[0]}) match the same words; "
                        f"keep it for one entity only"
                    )
        if problems:
            raise InvalidGazetteer(origin, problems)
        self._patterns: list[re.Pattern[str]] = []
        if tries[False]:  # spaced scripts: a name starts a word
            self._patterns.append(re.compile(r"(?<!\w)" + _render(tries[False])))
        if tries[True]:  # unspaced scripts: a name starts anywhere
            self._patterns.append(re.compile(_render(tries[True])))

    def _add(self, trie: dict, units: tuple[str, ...], entity_id: str, short: bool) -> None:
        node = trie
        for unit in units:
            node = node.setdefault(unit, {})
        name = f"g{len(self._groups)}"
        node[_LEAF] = name
        self._groups[name] = (entity_id, short)

    def count(self, text: str) -> dict[str, int]:
        if not self._patterns:
            return {}
        folded = fold(text)
        full: Counter[str] = Counter()
        short: Counter[str] = Counter()
        for pattern in self._patterns:
            for match in pattern.finditer(folded):
                entity_id, is_short = self._groups[match.lastgroup]  # type: ignore[index]
                (short if is_short else full)[entity_id] += 1
        for entity_id, times in short.items():
            if entity_id in full:  # a short form counts only beside a full name
                full[entity_id] += times
        return dict(full)


def _render(node: dict) -> str:
    """The trie below `node` as a pattern. Longer continuations come first so
    "Dong Jun" wins over the short form "Dong"; the alias ending here last."""
    branches = [
        _unit_pattern(unit) + _render(child)
        for unit, child in sorted(
            ((unit, child) for unit, child in node.items() if unit != _LEAF),
            key=lambda item: (-_depth(item[1]), _PREFERENCE.get(item[0], 0), item[0]),
        )
    ]
    if _LEAF in node:
        branches.append(f"(?P<{node[_LEAF]}>)")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _unit_pattern(unit: str) -> str:
    return _UNIT_PATTERNS.get(unit) or re.escape(unit)


def _depth(node: dict) -> int:
    return max((1 + _depth(child) for unit, child in node.items() if unit != _LEAF), default=0)


# --- the file ------------------------------------------------------------------


def _parse(text: str, origin: str) -> list[Entity]:
    document = _load_yaml(text, origin)
    if document is None:
        return []
    if not isinstance(document, dict):
        raise InvalidGazetteer(origin, [
            f"must be a mapping with the sections {', '.join(SECTIONS)}, not {describe_value(document)}"
        ])
    problems: list[str] = []
    entities: list[Entity] = []
    seen: dict[str, str] = {}  # id -> section
    for section, members in document.items():
        if section not in SECTIONS:
            problems.append(_unknown("section", section, tuple(SECTIONS)))
            continue
        if members is None:
            continue
        if not isinstance(members, dict):
            problems.append(f"{section} must be a mapping of id: entity, not {describe_value(members)}")
            continue
        for entity_id, entry in members.items():
            where = f"{section}: {entity_id}"
            if not isinstance(entity_id, str) or not _ID.fullmatch(entity_id):
                problems.append(
                    f"{section}: id '{entity_id}' may only contain a-z, digits, '_' and '-', starting with a letter or digit"
                )
                continue
            if entity_id in seen:
                problems.append(f"{where}: id is also used in {seen[entity_id]}")
                continue
            seen[entity_id] = section
            try:
                entities.append(_entity(entity_id, SECTIONS[section], entry, where))
            except _EntryProblem as problem:
                problems.extend(problem.args[0])
    if problems:
        raise InvalidGazetteer(origin, problems)
    return entities


class _EntryProblem(Exception):
    pass


def _entity(entity_id: str, kind: Kind, entry: Any, where: str) -> Entity:
    if not isinstance(entry, dict):
        raise _EntryProblem([f"{where}: must be a mapping with names (and aliases), not {describe_value(entry)}"])
    problems = [f"{where}: " + _unknown("key", key, ENTITY_KEYS) for key in entry if key not in ENTITY_KEYS]
    names = _names(entry.get("names"), where, problems)
    aliases = _texts(entry.get("aliases"), f"{where}: aliases", problems)
    short = _texts(entry.get("short"), f"{where}: short", problems)
    if problems:
        raise _EntryProblem(problems)
    return Entity(
        id=entity_id,
        kind=kind,
        names=names,
        aliases=tuple(dict.fromkeys([*names.values(), *aliases])),
        short=tuple(dict.fromkeys(short)),
    )


def _names(value: Any, where: str, problems: list[str]) -> dict[str, str]:
    if value is None:
        problems.append(f"{where}: names are missing (give at least one, e.g. names: {{en: ...}})")
        return {}
    if not isinstance(value, dict) or not value:
        problems.append(f"{where}: names must be a mapping of language: name, such as {{en: Beijing, zh: 北京}}")
        return {}
    names: dict[str, str] = {}
    for lang, name in value.items():
        if not isinstance(lang, str) or not _LANG.fullmatch(lang):
            problems.append(f"{where}: '{lang}' is not a language code (such as en, ru, zh, zh-Hant, nb)")
            continue
        text, problem = _text(name)
        if problem:
            problems.append(f"{where}: the {lang} name {problem}")
            continue
        names[lang] = text
    return names


def _texts(value: Any, where: str, problems: list[str]) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list):
        problems.append(f"{where} must be a list such as [Belousov, Белоусов], not {describe_value(value)}")
        return []
    texts: list[str] = []
    for item in value:
        text, problem = _text(item)
        if problem:
            problems.append(f"{where}: {problem}")
        else:
            texts.append(text)
    return texts


def _text(value: Any) -> tuple[str, str | None]:
    """(the text, None) or ("", what is wrong with it)."""
    if not isinstance(value, str):
        return "", f"must be text, not {describe_value(value)}"
    if "\n" in value.strip():
        return "", f"'{value.strip()}' must be on one line"
    text = " ".join(value.split())
    if len(text) < 2:  # a single letter would match almost anywhere
        return "", f"'{text}' is too short to find (at least two characters)"
    return text, None


# Words people reach for instead of the section and key names.
_SYNONYMS = {
    "persons": "people", "person": "people", "individuals": "people",
    "organizations": "organisations", "organization": "organisations", "organisation": "organisations",
    "orgs": "organisations", "institutions": "organisations",
    "place": "places", "locations": "places", "cities": "places", "countries": "places",
    "name": "names", "alias": "aliases", "variants": "aliases", "spellings": "aliases",
    "surnames": "short", "notes": "note", "comment": "note",
}


def _unknown(what: str, key: Any, allowed: tuple[str, ...]) -> str:
    message = f"unknown {what} '{key}' (allowed: {', '.join(allowed)})"
    tidied = str(key).strip().lower()
    close = [_SYNONYMS[tidied]] if _SYNONYMS.get(tidied) in allowed else difflib.get_close_matches(tidied, allowed, n=1)
    return f"{message}; did you mean '{close[0]}'?" if close else message


def _load_yaml(text: str, origin: str) -> Any:
    try:
        return load_plain_yaml(text)
    except DuplicateKey as problem:
        raise InvalidGazetteer(origin, [str(problem)]) from None
    except yaml.MarkedYAMLError as problem:
        mark = problem.problem_mark or problem.context_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        raise InvalidGazetteer(origin, [f"not valid YAML: {problem.problem or 'malformed'}{where}"]) from None
    except (yaml.YAMLError, ValueError) as problem:
        raise InvalidGazetteer(origin, [f"not valid YAML: {problem}"]) from None
