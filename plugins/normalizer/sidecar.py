"""Sidecar files: metadata a person writes beside a clipping.

A raw clipping is never edited. To correct or complete what the normalizer
finds in it, write a YAML file with the same name and the extension
``.yaml`` next to it::

    content/clippings/002_abc.txt    the clipping, as saved
    content/clippings/002_abc.yaml   its sidecar (optional)

Every key is optional; an empty sidecar is valid and changes nothing::

    title: Council approves new road repair plan
    date: 2024-10-14              # or 2024-10-14 09:30, 2024-10-14T09:30:00+03:00
    lang: en                      # a BCP-47 tag: en, ru, zh-Hant, pt-BR, nb
    outlet: The Example Gazette
    source_url: https://example.org/news/2024/10/14/roads
    event: Road repairs 2024      # the story or event the clipping belongs to
    slug: council-roads           # letters, digits, "-", "_" and "."
    status: published             # published (the default), draft or hidden
    note: Date taken from the print edition.   # for you; not shown

What the keys mean:

``title``, ``outlet``, ``event``
    Text on one line. They replace what the normalizer read from the
    clipping.
``date``
    ``YYYY-MM-DD``, optionally followed by a time ``HH:MM`` or ``HH:MM:SS``
    (after a space or ``T``) and a UTC offset (``Z``, ``+03:00``). It is kept
    as ``date`` ("2024-10-14") and, when a time is given, as ``datetime``
    ("2024-10-14T09:30+03:00", as precise as written).
``lang``
    The language of the clipping as a BCP-47 tag: a language code of 2-3
    letters, then optionally a script (4 letters) and a region (2 letters or
    3 digits): ``en``, ``zh-Hant``, ``sr-Latn``, ``pt-BR``, ``es-419``. Case
    and ``_`` are tidied (``ZH_hant`` becomes ``zh-Hant``).
``source_url``
    The page the clipping came from; an ``http://`` or ``https://`` address.
``slug``
    The article's address (``articles/<slug>/``) when it should differ from
    the file name.
``status``
    ``published``: the article is on the site (the default). ``draft``: not
    ready yet; left out of the site. ``hidden``: kept in the collection but
    deliberately left out of the site (a duplicate, say). Draft and hidden
    clippings are still read and checked, so their problems are reported.
``note``
    Free text for whoever maintains the collection; may span several lines
    (use ``note: |`` and indent the lines). Never shown on the site.

Values are text, kept as written: ``title: No`` is the title "No",
``lang: no`` is Norwegian and ``title: 1984`` keeps its digits (plain YAML
would turn these into false, false and a number). Quotes are allowed but
only needed for a value containing ``: `` or starting with a YAML
character such as ``[``, ``{``, ``&``, ``*``, ``#`` or a quote. Anything
wrong (an unknown key, an impossible date, a malformed address) is an
error naming the file and the problem.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlsplit

import yaml
from babel import Locale
from plain_yaml import DuplicateKey, describe_value, load_plain_yaml

STATUSES = ("published", "draft", "hidden")
DEFAULT_STATUS = "published"


@dataclass(frozen=True)
class Sidecar:
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD
    datetime: str | None = None  # YYYY-MM-DDTHH:MM[:SS][+HH:MM], when a time was given
    lang: str | None = None  # BCP-47, normalised case: "zh-Hant"
    outlet: str | None = None
    source_url: str | None = None
    event: str | None = None
    slug: str | None = None
    status: str | None = None  # one of STATUSES; None means not given (published)
    note: str | None = None

    def to_dict(self) -> dict[str, str]:
        return {key: value for key, value in asdict(self).items() if value is not None}

    @property
    def is_shown(self) -> bool:
        return (self.status or DEFAULT_STATUS) == "published"


class InvalidSidecar(ValueError):
    def __init__(self, origin: str, problems: list[str]) -> None:
        super().__init__(f"{origin}: " + "; ".join(problems))
        self.origin = origin
        self.problems = tuple(problems)


ALLOWED_KEYS = ("date", "event", "lang", "note", "outlet", "slug", "source_url", "status", "title")


def sidecar_path(clipping_path: Path) -> Path:
    return clipping_path.with_suffix(".yaml")


def load_sidecar(path: Path, origin: str | None = None) -> Sidecar:
    """Read and check a sidecar file; `origin` (default: the path) names it in messages."""
    origin = origin or str(path)
    try:
        raw = path.read_bytes()
    except OSError as problem:
        raise InvalidSidecar(origin, [f"cannot read the file: {problem.strerror or problem}"]) from problem
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as problem:
        raise InvalidSidecar(origin, [
            f"is not UTF-8 text (byte {problem.start} cannot be read); re-save it as UTF-8"
        ]) from problem
    return parse_sidecar(text, origin)


def parse_sidecar(text: str, origin: str) -> Sidecar:
    document = _load_yaml(text, origin)
    if document is None:
        return Sidecar()
    if not isinstance(document, dict):
        raise InvalidSidecar(origin, [
            f"must be a mapping of key: value lines, not {describe_value(document)}"
        ])
    problems: list[str] = []
    fields: dict[str, Any] = {}
    for key, value in document.items():
        if key not in ALLOWED_KEYS:
            problems.append(_unknown_key_message(key))
            continue
        try:
            fields.update(_FIELD_PARSERS[key](value))
        except _FieldProblem as problem:
            problems.append(str(problem))
    if problems:
        raise InvalidSidecar(origin, problems)
    return Sidecar(**fields)


# --- YAML ------------------------------------------------------------------


def _load_yaml(text: str, origin: str) -> Any:
    try:
        return load_plain_yaml(text)
    except DuplicateKey as problem:
        raise InvalidSidecar(origin, [str(problem)]) from None
    except yaml.MarkedYAMLError as problem:
        raise InvalidSidecar(origin, [f"not valid YAML: {_describe_yaml_error(problem)}"]) from None
    except (yaml.YAMLError, ValueError) as problem:  # an explicit tag such as !!timestamp
        raise InvalidSidecar(origin, [f"not valid YAML: {problem}"]) from None


def _describe_yaml_error(problem: yaml.MarkedYAMLError) -> str:
    what = problem.problem or "malformed"
    if problem.context:
        started = problem.context_mark
        where = f" started at {_position(started)}" if started is not None and started != problem.problem_mark else ""
        what = f"{what} ({problem.context}{where})"
    mark = problem.problem_mark or problem.context_mark
    if mark is not None:
        what += f" at {_position(mark)}"
    hint = next((advice for symptom, advice in _YAML_ADVICE if symptom in (problem.problem or "")), None)
    return f"{what}; {hint}" if hint else what


def _position(mark: yaml.Mark) -> str:
    return f"line {mark.line + 1}, column {mark.column + 1}"


# The usual slips, by PyYAML's wording of what it found.
_YAML_ADVICE = (
    ("mapping values are not allowed here", "put a value that contains ': ' in quotes"),
    ("found character '\\t'", "indent with spaces, not tabs"),
)


def _unknown_key_message(key: Any) -> str:
    allowed = ", ".join(ALLOWED_KEYS)
    message = f"unknown key '{key}' (allowed: {allowed})"
    suggestion = _nearest_key(key) if isinstance(key, str) else None
    return f"{message}; did you mean '{suggestion}'?" if suggestion else message


# Words people reach for instead of the key names.
_KEY_SYNONYMS = {
    "headline": "title", "url": "source_url", "link": "source_url", "source": "source_url",
    "language": "lang", "publisher": "outlet", "newspaper": "outlet", "site": "outlet",
    "published": "date", "story": "event", "comment": "note", "notes": "note",
}


def _nearest_key(key: str) -> str | None:
    tidied = key.strip().lower().replace("-", "_").replace(" ", "_")
    if tidied in _KEY_SYNONYMS:
        return _KEY_SYNONYMS[tidied]
    close = difflib.get_close_matches(tidied, ALLOWED_KEYS, n=1)
    return close[0] if close else None


# --- fields ------------------------------------------------------------------


class _FieldProblem(Exception):
    pass


def _text_value(key: str, value: Any, multiline: bool = False) -> str | None:
    """A value meant as text, stripped; None when left empty."""
    if value is None:
        return None
    if not isinstance(value, str):  # a list or mapping; the plain-text loader reads every scalar as text
        raise _FieldProblem(f"{key} must be text, not {describe_value(value)}")
    text = value.strip()
    if not text:
        return None
    if not multiline and "\n" in text:
        raise _FieldProblem(f"{key} must be a single line")
    return text


def _plain(key: str, multiline: bool = False) -> Callable[[Any], dict[str, str | None]]:
    def parse(value: Any) -> dict[str, str | None]:
        return {key: _text_value(key, value, multiline)}
    return parse


_DATE = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[Tt ]+(?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<offset>[Zz]|[+-]\d{2}(?::?\d{2})?)?)?"
)
_DATE_FORMAT_HINT = "expected YYYY-MM-DD, optionally with a time: YYYY-MM-DD HH:MM"


def _parse_date(value: Any) -> dict[str, str | None]:
    written = _text_value("date", value)
    if written is None:
        return {}
    match = _DATE.fullmatch(written)
    if match is None:
        raise _FieldProblem(f"date '{written}' is not a valid date ({_DATE_FORMAT_HINT})")
    try:
        day = dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        raise _FieldProblem(f"date '{written}' is not a valid date (expected YYYY-MM-DD)") from None
    if match["hour"] is None:
        return {"date": day.isoformat(), "datetime": None}
    return {"date": day.isoformat(), "datetime": day.isoformat() + "T" + _time_part(match, written)}


def _time_part(match: re.Match[str], written: str) -> str:
    hour, minute = int(match["hour"]), int(match["minute"])
    second = int(match["second"]) if match["second"] is not None else 0
    if hour > 23 or minute > 59 or second > 59:
        raise _FieldProblem(f"date '{written}' has an impossible time (expected HH:MM or HH:MM:SS, 00:00 to 23:59)")
    time = f"{hour:02d}:{minute:02d}" + (f":{second:02d}" if match["second"] is not None else "")
    return time + _offset_part(match["offset"], written)


def _offset_part(offset: str | None, written: str) -> str:
    if offset is None:
        return ""
    if offset in ("Z", "z"):
        return "+00:00"
    digits = offset[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    if hours > 14 or minutes > 59:
        raise _FieldProblem(f"date '{written}' has an impossible UTC offset '{offset}' (expected -12:00 to +14:00)")
    return f"{offset[0]}{hours:02d}:{minutes:02d}"


_LANGUAGE_TAG = re.compile(
    r"(?P<language>[A-Za-z]{2,3})(?:[-_](?P<script>[A-Za-z]{4}))?(?:[-_](?P<region>[A-Za-z]{2}|\d{3}))?"
)
_LANGUAGE_HINT = "use a BCP-47 tag such as en, ru, zh, zh-Hant, nb"
# CLDR's English display names: the language, script and region codes Babel knows.
_ENGLISH = Locale("en")


def _parse_lang(value: Any) -> dict[str, str | None]:
    written = _text_value("lang", value)
    if written is None:
        return {"lang": None}
    match = _LANGUAGE_TAG.fullmatch(written)
    if match is None:
        raise _FieldProblem(f"lang '{written}' is not a language code ({_LANGUAGE_HINT}){_language_suggestion(written)}")
    language = match["language"].lower()
    script = match["script"].title() if match["script"] else None
    region = match["region"].upper() if match["region"] else None
    if language not in _ENGLISH.languages:
        subject = f"lang '{written}'" if written.lower() == language else f"lang '{written}': '{language}'"
        raise _FieldProblem(f"{subject} is not a known language code ({_LANGUAGE_HINT})")
    if script is not None and script not in _ENGLISH.scripts:
        raise _FieldProblem(f"lang '{written}': '{script}' is not a known script code (such as Latn, Cyrl, Hans, Hant)")
    if region is not None and region not in _ENGLISH.territories:
        raise _FieldProblem(f"lang '{written}': '{region}' is not a known region code (such as US, BR, TW, 419)")
    return {"lang": "-".join(part for part in (language, script, region) if part)}


def _language_suggestion(written: str) -> str:
    """'english' -> "; did you mean 'en'?", from CLDR's English language names."""
    wanted = written.strip().lower()
    for code, name in _ENGLISH.languages.items():
        if name.lower() == wanted and "_" not in code:
            return f"; did you mean '{code}'?"
    return ""


def _parse_source_url(value: Any) -> dict[str, str | None]:
    url = _text_value("source_url", value)
    if url is None:
        return {"source_url": None}
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(c.isspace() for c in url):
        raise _FieldProblem(f"source_url must be an http(s) address such as https://example.org/page, not '{url}'")
    return {"source_url": url}


_SLUG = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def _parse_slug(value: Any) -> dict[str, str | None]:
    slug = _text_value("slug", value)
    if slug is None:
        return {"slug": None}
    if _SLUG.fullmatch(slug) is None:
        if all(c.isalnum() or c in "._-" for c in slug) and (slug[0].isalnum()):
            raise _FieldProblem(
                f"slug '{slug}' may only contain letters, digits, '-', '_' and '.' (unaccented Latin letters a-z)"
            )
        if all(c.isalnum() or c in "._-" for c in slug):
            raise _FieldProblem(f"slug '{slug}' must start with a letter or a digit")
        raise _FieldProblem(f"slug '{slug}' may only contain letters, digits, '-', '_' and '.'")
    return {"slug": slug}


def _parse_status(value: Any) -> dict[str, str | None]:
    status = _text_value("status", value)
    if status is None:
        return {"status": None}
    if status.lower() not in STATUSES:
        raise _FieldProblem(f"status must be one of: {', '.join(STATUSES)} (not '{status}')")
    return {"status": status.lower()}


_FIELD_PARSERS: dict[str, Callable[[Any], dict[str, str | None]]] = {
    "title": _plain("title"),
    "date": _parse_date,
    "lang": _parse_lang,
    "outlet": _plain("outlet"),
    "source_url": _parse_source_url,
    "event": _plain("event"),
    "slug": _parse_slug,
    "status": _parse_status,
    "note": _plain("note", multiline=True),
}
