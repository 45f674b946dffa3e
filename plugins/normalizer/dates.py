"""Find the dates a news clipping mentions, and choose the one it was published.

Handles, in any language whose month names CLDR knows (read through Babel):

* ISO dates and date-times: ``2025-03-04``, ``2026-01-27T12:28+0000``;
* numeric dates: ``27.01.2026``, ``14/10/2024``, ``2024/10/14``; an ambiguous
  ``03/04/2025`` is month-first only for English (``en``, ``en-US``…);
* written dates: ``14. oktober 2024``, ``26 января 2026``, ``March 4, 2025``,
  ``14 de octubre de 2024``, ``2024. október 14.``, ``١٤ أكتوبر ٢٠٢٤``;
* CJK and Vietnamese numeric-month forms: ``2024年10月14日``, ``1月27日``,
  ``2024년 10월 14일``, ``ngày 14 tháng 10 năm 2024``;
* times on the same line (``14:57``, ``10h30``, ``12時30分``, ``2:15 p.m.``)
  with their zone when given (``GMT``, ``+0000``, ``GMT+7``, ``MSK``…),
  which make a date a "timestamp";
* news datelines (``МОСКВА, 27 янв - …``, ``BERLIN, 4. März (dpa) -``,
  ``1月27日电``);
* dates in a source URL (``/20260127/``, ``/2024/10/14/``).

A day and month without a year (``27 янв``, ``October 1``) is reported with
the year ``XXXX``; `complete_years` borrows the year from the clipping's other
dates or drops it, so an undated text stays undated. Weekday names, relative
expressions ("yesterday", "last month") and a month without a day ("in
October 2019") never make a date.

Every pattern is linear in the length of its input, so a 200 KB line without
a newline, or 20 MB of text, cannot stall a build.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from functools import cache, lru_cache
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from babel import Locale, localedata

from .model import DateCandidate

__all__ = [
    "DateChoice",
    "candidate_datetime",
    "choose_date",
    "complete_years",
    "find_date_candidates",
    "find_url_date",
]

UNKNOWN_YEAR = "XXXX"
EARLIEST_YEAR, LATEST_YEAR = 1900, 2100
EARLIEST_URL_YEAR = 1990

KIND_WEIGHTS: Mapping[str, float] = {
    "dateline": 3.0,
    "iso": 3.0,
    "timestamp": 2.5,
    "url": 2.0,
    "numeric": 1.5,
    # Prose dates are often about other events ("the anniversary on October 1").
    "written": 1.0,
}
COMPLETED_YEAR_FACTOR = 0.8
# A date whose evidence adds up to this much kind weight is fully believed.
FULL_STRENGTH = 3.0
CONFLICT_SHARE = 0.4
# A year-less day-month this close to a full date is taken to share its year.
NEARBY_DAYS = 7


# --------------------------------------------------------------------------
# Month names from CLDR
# --------------------------------------------------------------------------

CLDR_LOCALES = (
    "en", "en_GB", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "nn",
    "fi", "pl", "cs", "sk", "sl", "hr", "sr", "sr_Latn", "ro", "hu", "bg", "ru",
    "uk", "be", "el", "tr", "vi", "id", "ms", "tl", "ca", "eu", "gl", "lt", "lv",
    "et", "is", "ga", "cy", "sq", "mk", "az", "kk", "uz", "ka", "hy", "he", "ar",
    "ar_SY", "fa", "ur", "hi", "bn", "th", "ja", "ko", "zh", "zh_Hant",
)
# Tags that name the same language in the table and in a caller's `lang`.
LANGUAGE_ALIASES = {"fil": "tl", "nb": "no", "nn": "no", "iw": "he", "in": "id"}
# Languages that write the month before the day ("October 14", "október 14.").
MONTH_FIRST_LANGUAGES = frozenset({"en", "hu", "lt", "eu", "tl"})
# These capitalise month names, so a lower-case "may 3" is the verb.
CAPITALISED_MONTH_LANGUAGES = frozenset({"en", "tl"})
BUDDHIST_ERA_OFFSET = 543
MARKS_TO_DROP_AT_END = ".׳'’॰"


@dataclass(frozen=True)
class _MonthName:
    """What a folded month name means, and in which languages."""

    month: int
    languages: frozenset[str]
    abbreviated_only: bool


def _primary_language(tag: str | None) -> str | None:
    """The language subtag of a BCP-47 or CLDR tag, with aliases unified."""
    if not tag:
        return None
    language = tag.replace("_", "-").split("-", 1)[0].lower()
    return LANGUAGE_ALIASES.get(language, language)


def _fold(word: str) -> str:
    """Case- and form-insensitive key of a word, without abbreviation marks."""
    folded = unicodedata.normalize("NFC", word).casefold().replace("\u0307", "")
    return folded.rstrip(MARKS_TO_DROP_AT_END)


def _strip_accents(word: str) -> str:
    """`word` without diacritics, for Latin, Greek and Cyrillic only.

    Other scripts write vowels as combining marks, so stripping them there
    would merge different words.
    """
    decomposed = unicodedata.normalize("NFD", word)
    if any(ord(char) >= 0x0530 for char in decomposed):
        return word
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return unicodedata.normalize("NFC", bare)


def _raw(value: Any) -> Any:
    # Babel's LocaleDataDict writes resolved aliases back into dicts that are
    # shared between locales (python-babel/babel#1234: after Hebrew, French
    # stand-alone months come out in Hebrew). Reading the plain dicts
    # underneath and resolving aliases ourselves never writes anything.
    while isinstance(value, localedata.LocaleDataDict):
        value = value._data
    return value


def _resolve(data: Mapping[str, Any], value: Any, depth: int = 0) -> Any:
    value = _raw(value)
    if depth > 8:
        return None
    if isinstance(value, localedata.Alias):
        return _lookup(data, value.keys, depth + 1)
    if isinstance(value, tuple):
        alias, overrides = value
        base = _lookup(data, alias.keys, depth + 1)
        return {**(base if isinstance(base, dict) else {}), **_raw(overrides)}
    return value


def _lookup(data: Mapping[str, Any], keys: Sequence[Any], depth: int = 0) -> Any:
    value: Any = data
    for key in keys:
        value = _resolve(data, value, depth)
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return _resolve(data, value, depth)


def _cldr_month_names(locale_id: str) -> Iterator[tuple[int, str, str]]:
    """(month, name, width) for the wide and abbreviated month names of a
    locale, in both the "format" (genitive: "января") and "stand-alone"
    ("январь") contexts."""
    data = localedata.load(str(Locale.parse(locale_id)))
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            names = _lookup(data, ("months", context, width))
            if isinstance(names, dict):
                for month, name in names.items():
                    yield int(month), str(name), width


def _name_keys(name: str) -> set[str]:
    key = " ".join(_fold(name).split())
    keys = {key}
    # Catalan's format names carry the preposition: "de gener", "d’abril".
    for preposition in ("de ", "d’", "d'"):
        if key.startswith(preposition):
            keys.add(key[len(preposition):])
    return keys


@cache
def _month_table() -> tuple[dict[str, tuple[_MonthName, ...]], dict[str, tuple[_MonthName, ...]]]:
    """Month names of every locale in CLDR_LOCALES: (exact keys, accent-free keys).

    Built once per process, on first use, so importing the module stays cheap.
    Names containing digits ("1月", "tháng 10") are left to the numeric-month
    patterns.
    """
    languages: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    wide: dict[str, set[int]] = defaultdict(set)
    for locale_id in CLDR_LOCALES:
        language = _primary_language(locale_id) or locale_id
        for month, name, width in _cldr_month_names(locale_id):
            if any(char.isdigit() for char in name):
                continue
            for key in _name_keys(name):
                languages[key][month].add(language)
                if width == "wide":
                    wide[key].add(month)
    exact = {
        key: tuple(
            _MonthName(month, frozenset(langs), month not in wide[key])
            for month, langs in sorted(by_month.items())
        )
        for key, by_month in languages.items()
    }
    accent_free: dict[str, tuple[_MonthName, ...]] = {}
    for key, names in exact.items():
        bare = _strip_accents(key)
        if bare != key and bare not in exact:
            accent_free[bare] = accent_free.get(bare, ()) + names
    return exact, accent_free


@lru_cache(maxsize=8192)
def _month_named(word: str, lang: str | None) -> _MonthName | None:
    """The month a word names, or None when it names none or is ambiguous
    between languages the clipping's `lang` cannot settle ("lis" is November
    in Polish and October in Croatian)."""
    exact, accent_free = _month_table()
    key = " ".join(_fold(word).split())
    names = exact.get(key) or accent_free.get(_strip_accents(key))
    if not names and key.startswith("ב"):
        # Hebrew glues the preposition to the month: "14 באוקטובר 2024".
        names = tuple(name for name in exact.get(key[1:], ()) if "he" in name.languages)
    if not names:
        return None
    if len(names) == 1:
        return names[0]
    language = _primary_language(lang)
    matching = [name for name in names if language in name.languages]
    return matching[0] if len(matching) == 1 else None


# --------------------------------------------------------------------------
# Patterns. Every repetition is possessive or bounded, and every pattern can
# only start at a digit or at the start of a word, which keeps scans linear.
# --------------------------------------------------------------------------

PUNCTUATION = (
    r",;:!?()\[\]{}<>|/\\\"'’‘«»“”„‹›\-–—"
    r"،؛，。、：；！？（）【】「」·•"
)
WORD_CHAR = rf"[^\s\d{PUNCTUATION}]"
WORD = rf"[^\W\d_]{WORD_CHAR}*+"
WORD_START = rf"(?<!{WORD_CHAR})"
DAY_END = r"(?!\d|[:.,]\d)"  # "4" but not "4:30", "4.5" or "45"

DAY_MONTH = re.compile(
    r"(?<![\d:/])(?<!\d[.,])"
    r"(?P<day>\d{1,2})(?!\d)(?:st|nd|rd|th|er|º|ª)?"
    r"(?:\.\s*+|\s++|-)"
    r"(?:(?:de|del|of)\s++|d[’'])?"
    rf"(?P<month>{WORD})(?:\s(?P<month2>{WORD}))?"
)
MONTH_DAY = re.compile(
    rf"{WORD_START}(?P<month>{WORD})(?:\s++|-)?"
    rf"(?P<day>\d{{1,2}}){DAY_END}(?:st|nd|rd|th)?"
)
YEAR_MONTH_DAY = re.compile(
    r"(?<![\d:/.])(?P<year>\d{4})(?!\d)(?:\s*+(?:m\.|թ\.|\.))?\s*+"
    rf"(?P<month>{WORD})\s++(?P<day>\d{{1,2}}){DAY_END}"
)
YEAR_AFTER = re.compile(
    r"(?:\s*+[,،]?\s*+(?:(?:de|del|of)\s++|(?:ค\.ศ\.|พ\.ศ\.)\s*+)?|-)(?P<year>\d{4})(?!\d)"
)
# Kazakh and Latvian put the year first: "2024 ж. 14 қазан", "2024. gada 14. …".
YEAR_BEFORE = re.compile(r"(?<!\d)(?P<year>\d{4})\s*+(?:ж\.|жылы|\.?\s*gada)\s*+$")
ISO_DATE = re.compile(
    r"(?<![\d./:-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)"
    r"(?:[T\s](?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::[0-5]\d(?:[.,]\d++)?)?"
    r"(?P<offset>Z|[+\-−]\d{2}(?::?\d{2})?)?(?!\d))?"
)
DAY_MONTH_YEAR_DIGITS = re.compile(
    r"(?<![\d./:-])(?P<first>\d{1,2})(?P<sep>\.\s?|/|-)(?P<second>\d{1,2})(?P=sep)"
    r"(?P<year>\d{4})(?!\d|[./-]\d)"
)
YEAR_MONTH_DAY_DIGITS = re.compile(
    r"(?<![\d./:-])(?P<year>\d{4})(?P<sep>\.\s?|/)(?P<month>\d{1,2})(?P=sep)"
    r"(?P<day>\d{1,2})(?!\d|[./-]\d)"
)
CJK_DATE = re.compile(
    r"(?<!\d)(?:(?P<year>\d{4})\s*+[年년]\s*+)?(?P<month>\d{1,2})\s*+[月월]\s*+"
    r"(?P<day>\d{1,2})\s*+[日号號일]"
)
VIETNAMESE_DATE = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})\s++(?:tháng|thg)\s++(?P<month>\d{1,2})(?!\d)"
    r"(?:\s*+(?:,|năm)\s*+(?P<year>\d{4})(?!\d))?",
    re.IGNORECASE,
)
TIME = re.compile(
    r"(?<![\d:.,])(?:"
    r"(?:kl|klo|godz)\.?\s?(?P<clock_hour>[01]?\d|2[0-3])[.:](?P<clock_minute>[0-5]\d)"
    r"|(?P<hour>[01]?\d|2[0-3])(?:"
    r"\s?(?::|h|時|时|시)\s?(?P<minute>[0-5]\d)(?::[0-5]\d)?(?:\s?(?:分|분))?"
    r"|\.(?P<dot_minute>[0-5]\d)(?=\s?(?:Uhr|h(?![^\W\d_])))"
    r"))(?!\d)"
    r"(?:\s?(?P<meridiem>[aApP]\.?\s?[mM]\.?)(?![^\W\d_]))?"
)
AFTERNOON_BEFORE = re.compile(r"(?:오후|下午|午後|晚上)\s*$")
NAMED_ZONES: Mapping[str, str] = {
    "GMT": "+00:00", "UTC": "+00:00", "WET": "+00:00", "WEST": "+01:00",
    "BST": "+01:00", "CET": "+01:00", "CEST": "+02:00", "EET": "+02:00",
    "EEST": "+03:00", "MSK": "+03:00", "МСК": "+03:00", "EST": "-05:00",
    "EDT": "-04:00", "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00",
    "PDT": "-07:00", "ICT": "+07:00", "WIB": "+07:00", "HKT": "+08:00",
    "SGT": "+08:00", "JST": "+09:00", "KST": "+09:00", "AEST": "+10:00",
    "AEDT": "+11:00",
}
ZONE_AFTER = re.compile(
    r"\s?\(?\s?(?:"
    r"(?P<base>GMT|UTC)(?:\s?(?P<sign>[+\-−])\s?(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?(?!\d))?"
    # A bare "-0500" must be four digits: "10:30-12:00" is a range.
    r"|(?P<bare_sign>\+|[\-−](?=\d{4}))(?P<bare_hours>\d{2}):?(?P<bare_minutes>\d{2})(?!\d)"
    rf"|(?P<name>{'|'.join(sorted(NAMED_ZONES, key=len, reverse=True))})"
    r")(?![^\W\d_])\)?"
)
# What may sit between a date and its time: ", ", " à ", " um ", " года в ".
TIME_GAP = re.compile(r"\D{0,15}")
URL_IN_TEXT = re.compile(r"(?:https?://|www\.)\S++", re.IGNORECASE)
DIGIT = re.compile(r"\d")
NON_ASCII_DIGIT = re.compile(r"(?![0-9])\d")
# Invisible direction marks that Arabic and Hebrew pages put inside dates.
BIDI_MARKS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
DATELINE_HEAD = re.compile(
    r"\s*(?P<place>[^\W\d_][^\d,.:;!?()\[\]«»\"“”|]{0,40}?)\s*"
    r"(?:\([^()]{1,30}\)\s*)?[,.]\s*"
)
DATELINE_TAIL = re.compile(r"[.,]?\s*(?:\([^()]{1,40}\)\s*)?(?:[-–—]|/[^/]{1,30}/)")
WIRE_MARKS = "电電"
CJK_HEAD_STOPS = frozenset("，。,.!?！？:：;；「」“”\"")


# --------------------------------------------------------------------------
# Dates in one line
# --------------------------------------------------------------------------


class _Found(NamedTuple):
    """A date located in a line, before it becomes a DateCandidate."""

    start: int
    end: int
    year: int | None
    month: int
    day: int
    kind: str  # iso, numeric, written
    time: str | None = None
    offset: str | None = None
    # A bare foreign abbreviation ("27 янв" in a Chinese text) is believed
    # only where a dateline vouches for it.
    needs_dateline: bool = False


class _FoundTime(NamedTuple):
    start: int
    end: int
    time: str
    offset: str | None


def _is_valid_date(year: int | None, month: int, day: int) -> bool:
    """A real calendar date; a missing year may be any leap year."""
    if year is not None and not EARLIEST_YEAR <= year <= LATEST_YEAR:
        return False
    try:
        Date(2000 if year is None else year, month, day)
    except ValueError:
        return False
    return True


def _month_is_first(lang: str | None) -> bool:
    """Whether 03/04/2025 means March 4 in this language (US English)."""
    if not lang:
        return False
    parts = lang.replace("_", "-").lower().split("-")
    if _primary_language(parts[0]) != "en":
        return False
    regions = [part for part in parts[1:] if len(part) == 2]
    return not regions or regions[0] in {"us", "ph", "ca"}


def _iso_dates(text: str) -> Iterator[_Found]:
    for match in ISO_DATE.finditer(text):
        time = f"{match['hour']}:{match['minute']}" if match["hour"] else None
        offset = _normalised_offset(match["offset"]) if match["offset"] else None
        end = match.end()
        if time and offset is None:
            offset, end = _zone_after(text, end)
        yield _Found(match.start(), end, int(match["year"]), int(match["month"]),
                     int(match["day"]), "iso", time, offset)


def _numeric_dates(text: str, lang: str | None) -> Iterator[_Found]:
    for match in DAY_MONTH_YEAR_DIGITS.finditer(text):
        first, second = int(match["first"]), int(match["second"])
        # Dots are day-first everywhere; slashes and dashes follow the language.
        if match["sep"].startswith("."):
            day, month = first, second
        elif first > 12 or second > 12:
            day, month = (first, second) if first > 12 else (second, first)
        else:
            day, month = (second, first) if _month_is_first(lang) else (first, second)
        yield _Found(match.start(), match.end(), int(match["year"]), month, day, "numeric")
    for match in YEAR_MONTH_DAY_DIGITS.finditer(text):
        yield _Found(match.start(), match.end(), int(match["year"]), int(match["month"]),
                     int(match["day"]), "numeric")


def _cjk_and_vietnamese_dates(text: str) -> Iterator[_Found]:
    # A substring test is far cheaper than a regex scan of text in other scripts.
    patterns = [pattern for pattern, marks in ((CJK_DATE, "月월"), (VIETNAMESE_DATE, "hH"))
                if any(mark in text for mark in marks)]
    for pattern in patterns:
        for match in pattern.finditer(text):
            year = int(match["year"]) if match["year"] else None
            yield _Found(match.start(), match.end(), year, int(match["month"]),
                         int(match["day"]), "written")


def _month_in_match(match: re.Match[str], lang: str | None) -> tuple[_MonthName, int] | None:
    """The month named in a DAY_MONTH match, trying a two-word name first
    ("Deireadh Fómhair", "تشرين الأول"), and where that name ends."""
    if match["month2"]:
        two_words = _month_named(f"{match['month']} {match['month2']}", lang)
        if two_words:
            return two_words, match.end("month2")
    one_word = _month_named(match["month"], lang)
    return (one_word, match.end("month")) if one_word else None


def _calendar_year(year: int, name: _MonthName) -> int:
    # Thai dates count years from the Buddha: 2567 is 2024.
    if name.languages == {"th"} and year - BUDDHIST_ERA_OFFSET >= EARLIEST_YEAR:
        return year - BUDDHIST_ERA_OFFSET
    return year


def _is_believable(name: _MonthName, word: str, year: int | None, lang: str | None) -> bool:
    """Whether a short month abbreviation is a month here and not a word
    ("sie", "set", "mar"): a dot, a year or the clipping's language vouch."""
    return (
        not name.abbreviated_only
        or word.endswith(".")
        or year is not None
        or _primary_language(lang) in name.languages
    )


def _written_dates(text: str, lang: str | None) -> Iterator[_Found]:
    """Day-month, month-day and year-month-day dates with a month name."""
    for match in DAY_MONTH.finditer(text):
        named = _month_in_match(match, lang)
        if named is None:
            continue
        name, end = named
        start, year = match.start(), None
        year_match = YEAR_AFTER.match(text, end)
        if year_match:
            year, end = int(year_match["year"]), year_match.end()
        elif before := YEAR_BEFORE.search(text, max(0, start - 16), start):
            year, start = int(before["year"]), before.start()
        if year is not None:
            year = _calendar_year(year, name)
        believable = _is_believable(name, match["month"], year, lang)
        yield _Found(start, end, year, name.month, int(match["day"]),
                     "written", needs_dateline=not believable)
    for match in MONTH_DAY.finditer(text):
        name = _month_named(match["month"], lang)
        if name is None:
            continue
        end, year = match.end(), None
        year_match = YEAR_AFTER.match(text, end)
        if year_match:
            year, end = _calendar_year(int(year_match["year"]), name), year_match.end()
        month_first = name.languages & MONTH_FIRST_LANGUAGES
        capitalised = match["month"][:1].isupper() or not (
            month_first <= CAPITALISED_MONTH_LANGUAGES
        )
        if year is None and not (month_first and capitalised):
            continue
        believable = _is_believable(name, match["month"], year, lang)
        yield _Found(match.start(), end, year, name.month, int(match["day"]),
                     "written", needs_dateline=not believable)
    for match in YEAR_MONTH_DAY.finditer(text):
        name = _month_named(match["month"], lang)
        if name is None:
            continue
        yield _Found(match.start(), match.end(), _calendar_year(int(match["year"]), name),
                     name.month, int(match["day"]), "written")


def _normalised_offset(raw: str) -> str | None:
    """"+0000", "Z", "+03", "-05:30" → "+00:00", "+03:00", "-05:30"."""
    if raw == "Z":
        return "+00:00"
    sign = "-" if raw[0] in "-−" else "+"
    digits = raw[1:].replace(":", "")
    return _offset_from(sign, int(digits[:2]), int(digits[2:] or 0))


def _offset_from(sign: str, hours: int, minutes: int) -> str | None:
    if hours > 14 or minutes not in (0, 15, 30, 45):
        return None
    return f"{sign}{hours:02d}:{minutes:02d}"


def _zone_after(text: str, position: int) -> tuple[str | None, int]:
    """The UTC offset a zone written right after a time gives, and where it ends."""
    match = ZONE_AFTER.match(text, position)
    if match is None:
        return None, position
    if match["name"]:
        return NAMED_ZONES[match["name"]], match.end()
    if match["base"]:
        if not match["sign"]:
            return "+00:00", match.end()
        sign = "-" if match["sign"] in "-−" else "+"
        offset = _offset_from(sign, int(match["hours"]), int(match["minutes"] or 0))
    else:
        sign = "-" if match["bare_sign"] in "-−" else "+"
        offset = _offset_from(sign, int(match["bare_hours"]), int(match["bare_minutes"]))
    return (offset, match.end()) if offset else (None, position)


def _is_meridiem(written: str | None, hour: int, lang: str | None) -> bool:
    """Whether "am"/"pm" after a time means a.m./p.m.: German "um 10:30 am
    Montag" means "on Monday", so lower-case, undotted forms count only in
    English."""
    if not written or not 1 <= hour <= 12:
        return False
    return written.isupper() or "." in written or _primary_language(lang) == "en"


def _times_in(text: str, lang: str | None) -> Iterator[_FoundTime]:
    for match in TIME.finditer(text):
        if match["clock_hour"]:
            hour, minute = int(match["clock_hour"]), match["clock_minute"]
        else:
            hour, minute = int(match["hour"]), match["minute"] or match["dot_minute"]
        if _is_meridiem(match["meridiem"], hour, lang):
            hour = hour % 12 + (12 if match["meridiem"][0] in "pP" else 0)
        elif hour < 12 and AFTERNOON_BEFORE.search(text, max(0, match.start() - 4), match.start()):
            hour += 12
        offset, end = _zone_after(text, match.end())
        yield _FoundTime(match.start(), end, f"{hour:02d}:{minute}", offset)


def _without_overlaps(found: list[_Found]) -> list[_Found]:
    """The earliest, then longest, of overlapping findings."""
    kept: list[_Found] = []
    for item in sorted(found, key=lambda item: (item.start, item.start - item.end)):
        if not kept or item.start >= kept[-1].end:
            kept.append(item)
    return kept


def _times_outside(times: Sequence[_FoundTime], dates: Sequence[_Found]) -> list[_FoundTime]:
    """The times not inside a date ("12:28" of "2026-01-27T12:28").

    Both lists are in reading order and free of overlaps, so a bisection per
    time keeps a line full of dates and times from turning quadratic.
    """
    date_ends = [found.end for found in dates]
    outside = []
    for time in times:
        index = bisect_right(date_ends, time.start)
        if index == len(dates) or dates[index].start >= time.end:
            outside.append(time)
    return outside


def _nearest_time(text: str, found: _Found, times: Sequence[_FoundTime],
                  time_starts: Sequence[int]) -> _FoundTime | None:
    """The time written just after the date, or else just before it.

    Only the closest time on each side can qualify: anything farther has that
    one's digits in between.
    """
    index = bisect_left(time_starts, found.end)
    if index < len(times) and TIME_GAP.fullmatch(text, found.end, times[index].start):
        return times[index]
    index = bisect_right(time_starts, found.start) - 1
    if index >= 0 and times[index].end <= found.start and TIME_GAP.fullmatch(
        text, times[index].end, found.start
    ):
        return times[index]
    return None


def _is_dateline(text: str, found: _Found) -> bool:
    """Whether the date opens a news dateline: "МОСКВА, 27 янв - …",
    "Moscow, 27 January (Reuters) - …", "新华社北京1月27日电"."""
    if found.start > 48:
        return False
    head = text[:found.start]
    mark = text[found.end:found.end + 1]
    if mark and mark in WIRE_MARKS:
        return len(head) <= 20 and not CJK_HEAD_STOPS.intersection(head)
    match = DATELINE_HEAD.fullmatch(head)
    if match is None:
        return False
    place = match["place"].strip()
    if place.isupper():
        return True
    return len(place.split()) <= 3 and bool(DATELINE_TAIL.match(text, found.end))


def _searchable(text: str) -> str:
    """NFC text with URLs blanked out, same length so offsets still hold.

    Dates inside links on a page belong to other articles; the source URL is
    read separately by `find_url_date`.
    """
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "://" in text or "www." in text.lower():
        text = URL_IN_TEXT.sub(lambda match: " " * len(match.group()), text)
    return text


class _Matchable(NamedTuple):
    """A line made easy to match, and the way back to the line as written."""

    text: str  # ASCII digits, no direction marks
    origin: list[int] | None  # index in the written line of each character; None: the same


def _matchable(written: str) -> _Matchable:
    """`written` with every decimal digit (٢٠٢٤, ۱۴, １４) as an ASCII one and
    without direction marks ("14\u200f/10\u200f/2024"), so one set of
    patterns serves every script while evidence stays as written."""
    if written.isascii():
        return _Matchable(written, None)
    text = NON_ASCII_DIGIT.sub(lambda match: str(unicodedata.digit(match.group())), written)
    if BIDI_MARKS.isdisjoint(text):
        return _Matchable(text, None)
    origin = [index for index, char in enumerate(text) if char not in BIDI_MARKS]
    return _Matchable("".join(text[index] for index in origin), origin)


def _as_written(written: str, line: _Matchable, start: int, end: int) -> str:
    if line.origin is None:
        return written[start:end]
    return written[line.origin[start]:line.origin[end - 1] + 1]


def _dates_in_line(number: int, line: str, lang: str | None) -> list[DateCandidate]:
    if not DIGIT.search(line):
        return []
    written = _searchable(line)
    prepared = _matchable(written)
    text = prepared.text
    found = [
        *_iso_dates(text),
        *_numeric_dates(text, lang),
        *_cjk_and_vietnamese_dates(text),
        *_written_dates(text, lang),
    ]
    kept = _without_overlaps([item for item in found if _is_valid_date(item.year, item.month, item.day)])
    if not kept:
        return []
    times = _times_outside(list(_times_in(text, lang)), kept)
    time_starts = [time.start for time in times]
    candidates = []
    for item in kept:
        dateline = _is_dateline(text, item)
        if item.needs_dateline and not dateline:
            continue
        near = None if item.time else _nearest_time(text, item, times, time_starts)
        start, end = _evidence_span(item, near)
        evidence = _as_written(written, prepared, start, end).strip()
        candidates.append(_to_candidate(number, item, dateline, near, evidence))
    return candidates


def _evidence_span(item: _Found, near: _FoundTime | None) -> tuple[int, int]:
    if near is None:
        return item.start, item.end
    return min(item.start, near.start), max(item.end, near.end)


def _to_candidate(number: int, item: _Found, dateline: bool, near: _FoundTime | None,
                  evidence: str) -> DateCandidate:
    time, offset = item.time, item.offset
    if near:
        time, offset = near.time, near.offset
    if dateline:
        kind = "dateline"
    elif item.kind == "iso":
        kind = "iso"
    else:
        kind = "timestamp" if time else item.kind
    year = UNKNOWN_YEAR if item.year is None else f"{item.year:04d}"
    return DateCandidate(
        date=f"{year}-{item.month:02d}-{item.day:02d}",
        time=time,
        utc_offset=offset,
        kind=kind,
        evidence=evidence,
        line=number,
        year_given=item.year is not None,
    )


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------


def find_date_candidates(lines: Sequence[tuple[int, str]], lang: str | None = None) -> list[DateCandidate]:
    """Every date mentioned in the numbered lines, in reading order.

    Kinds: "iso", "timestamp" (a date with a time beside it), "dateline",
    "written" (a month name, CJK 年月日 or Vietnamese tháng) and "numeric".
    A day and month without a year comes back as "XXXX-MM-DD" with
    ``year_given=False``; pass the list through `complete_years`.
    `lang`, the clipping's dominant language, settles 03/04/2025 (month first
    only in English) and month abbreviations shared by several languages.
    """
    return [
        candidate
        for number, line in lines
        for candidate in _dates_in_line(number, line, lang)
    ]


def complete_years(candidates: list[DateCandidate]) -> list[DateCandidate]:
    """Give year-less candidates a year from the clipping's full dates.

    A day-month within NEARBY_DAYS of a full date takes that date's year
    (also across New Year); otherwise it takes the most common year among the
    full dates. With no full date in the clipping it is dropped: an undated
    text stays undated, the current year is never guessed. Completed
    candidates keep ``year_given=False``.
    """
    full = [
        Date.fromisoformat(candidate.date)
        for candidate in candidates
        if not candidate.date.startswith(UNKNOWN_YEAR)
    ]
    if not full:
        return [candidate for candidate in candidates if not candidate.date.startswith(UNKNOWN_YEAR)]
    common_year = Counter(day.year for day in full).most_common(1)[0][0]
    completed = []
    for candidate in candidates:
        if not candidate.date.startswith(UNKNOWN_YEAR):
            completed.append(candidate)
            continue
        month, day = (int(part) for part in candidate.date.split("-")[1:])
        year = _year_near(month, day, full) or common_year
        if _is_valid_date(year, month, day):
            completed.append(_with_year(candidate, year))
    return completed


def _year_near(month: int, day: int, full_dates: Sequence[Date]) -> int | None:
    """The year that puts month/day closest to one of the full dates, if
    that is within NEARBY_DAYS."""
    best: tuple[int, int] | None = None
    for known in full_dates:
        for year in (known.year - 1, known.year, known.year + 1):
            if not _is_valid_date(year, month, day):
                continue
            distance = abs((Date(year, month, day) - known).days)
            if distance <= NEARBY_DAYS and (best is None or distance < best[0]):
                best = (distance, year)
    return best[1] if best else None


def _with_year(candidate: DateCandidate, year: int) -> DateCandidate:
    return DateCandidate(
        date=f"{year:04d}{candidate.date[len(UNKNOWN_YEAR):]}",
        time=candidate.time,
        utc_offset=candidate.utc_offset,
        kind=candidate.kind,
        evidence=candidate.evidence,
        line=candidate.line,
        year_given=False,
    )


URL_DATE_PATTERNS = (
    re.compile(r"(?<!\d)(?P<year>\d{4})[/-](?P<month>\d{1,2})[/-](?P<day>\d{1,2})(?!\d)"),  # /2024/10/14/
    re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{2})/(?P<day>\d{2})(?!\d)"),  # /2024-10/14/
    re.compile(r"(?<!\d)(?P<year>\d{4})/(?P<month>\d{2})(?P<day>\d{2})(?!\d)"),  # /2024/1014/
    re.compile(r"(?<!\d)(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})(?!\d)"),  # /20241014/
)


def find_url_date(url: str) -> DateCandidate | None:
    """The date in a source URL's path or query, kind "url", line None.

    Accepts ``/2024/10/14/``, ``/2024-10-14/``, ``/2024-10/14/``,
    ``/2024/1014/`` and ``/20241014/``; the digits must stand alone (non-digits
    on both sides) and form a real date from 1990 to 2100, so long numeric
    article IDs are never read as dates.
    """
    try:
        parts = urlsplit(url)
        text = f"{parts.path}?{parts.query}" if parts.query else parts.path
    except ValueError:  # e.g. a broken IPv6 host: still read what is there
        text = url
    found = []
    for pattern in URL_DATE_PATTERNS:
        for match in pattern.finditer(text):
            year, month, day = int(match["year"]), int(match["month"]), int(match["day"])
            if year >= EARLIEST_URL_YEAR and _is_valid_date(year, month, day):
                found.append((match.start(), -len(match.group()), match.group(), year, month, day))
                break
    if not found:
        return None
    _, _, evidence, year, month, day = min(found)
    return DateCandidate(
        date=f"{year:04d}-{month:02d}-{day:02d}",
        time=None,
        utc_offset=None,
        kind="url",
        evidence=evidence,
        line=None,
        year_given=True,
    )


@dataclass(frozen=True)
class DateChoice:
    """The date chosen for a clipping and how sure the choice is."""

    best: DateCandidate | None
    confidence: float  # 0..1
    conflicting: list[DateCandidate] = field(default_factory=list)  # other dates worth a warning
    support: dict[str, float] = field(default_factory=dict)  # score of each date, best first


def _every_line_counts_the_same(line: int | None) -> float:
    return 1.0


def _candidate_weight(candidate: DateCandidate) -> float:
    """How much a candidate's kind says, before line weighting."""
    weight = KIND_WEIGHTS.get(candidate.kind, 1.0)
    return weight if candidate.year_given else weight * COMPLETED_YEAR_FACTOR


def choose_date(
    candidates: Sequence[DateCandidate],
    line_weight: Callable[[int | None], float] = _every_line_counts_the_same,
) -> DateChoice:
    """Choose the clipping's date from its candidates (URL candidate included).

    Each date scores the sum, over its candidates, of kind weight (dateline
    and ISO 3, timestamp 2.5, URL 2, numeric 1.5, written 1; ×0.8 for a
    completed year) times `line_weight(candidate.line)`. The best score wins,
    ties going to the date met first in `candidates`. `conflicting` lists the
    candidates of every other date scoring at least 40% of the best.
    Confidence is the best's share of all scores, scaled down when its
    evidence is weak (a single written date gives at most 1/3). Candidates
    whose year is still unknown are ignored.
    """
    groups: dict[str, list[DateCandidate]] = defaultdict(list)
    for candidate in candidates:
        if not candidate.date.startswith(UNKNOWN_YEAR):
            groups[candidate.date].append(candidate)
    scores = {
        day: sum(_candidate_weight(c) * max(0.0, line_weight(c.line)) for c in group)
        for day, group in groups.items()
    }
    # Dicts keep insertion order, so max() keeps the first of equal scores.
    best_date = max(scores, key=scores.__getitem__, default=None)
    if best_date is None or scores[best_date] <= 0:
        return DateChoice(None, 0.0, [], {})
    best_score, total = scores[best_date], sum(scores.values())
    strength = min(1.0, sum(_candidate_weight(c) for c in groups[best_date]) / FULL_STRENGTH)
    rivals = {day for day, score in scores.items()
              if day != best_date and score >= CONFLICT_SHARE * best_score}
    return DateChoice(
        best=_representative(groups[best_date]),
        confidence=round(best_score / total * strength, 3),
        conflicting=[c for c in candidates if c.date in rivals],
        support=dict(sorted(((day, round(score, 3)) for day, score in scores.items()),
                            key=lambda item: -item[1])),
    )


def _representative(group: Sequence[DateCandidate]) -> DateCandidate:
    """The candidate that best stands for its date: one with a time and
    offset if any, then the strongest kind, then the first."""
    ranked = sorted(
        enumerate(group),
        key=lambda item: (item[1].time is None, item[1].utc_offset is None,
                          -_candidate_weight(item[1]), item[0]),
    )
    return ranked[0][1]


def candidate_datetime(candidate: DateCandidate) -> str | None:
    """ISO 8601 date-time of a candidate with a known time and year:
    "2026-01-27T12:28:00+00:00", or naive "2026-01-27T14:57:00" without an
    offset; None otherwise."""
    if candidate.time is None or candidate.date.startswith(UNKNOWN_YEAR):
        return None
    return f"{candidate.date}T{candidate.time}:00{candidate.utc_offset or ''}"
