"""Dates, month headings and language names in the reader's language, from
Babel's CLDR data (`27 января 2026 г.`, `2026年1月27日`, `27. januar 2026`).

Babel is used instead of `locale.setlocale`, which is process-global and
needs the operating system's locales.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from babel import Locale
from babel.dates import format_date, format_skeleton


@lru_cache(maxsize=64)
def _locale(lang: str) -> Locale:
    return Locale.parse(lang.replace("-", "_"))


@lru_cache(maxsize=65536)
def long_date(day: dt.date, ui_lang: str) -> str:
    return format_date(day, format="long", locale=_locale(ui_lang))


def month_heading(year: int, month: int, ui_lang: str) -> str:
    """`January 2026`, `январь 2026 г.`, `2026年1月`: the month as a heading."""
    return format_skeleton("yMMMM", dt.date(year, month, 1), locale=_locale(ui_lang))


@lru_cache(maxsize=1024)
def language_name(code: str, ui_lang: str) -> str:
    """The name of language `code` in the interface language (`русский`, `Chinese`…)."""
    locale = _locale(ui_lang)
    try:
        name = Locale.parse(code.replace("-", "_")).get_display_name(locale)
    except (ValueError, TypeError):
        return code
    return name or code


def own_language_name(code: str) -> str:
    """A language's name in itself, for the language switcher (`Norsk bokmål`)."""
    return language_name(code, code)
