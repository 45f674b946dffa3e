"""Date extraction: candidates in text and URLs, year completion, the choice.

Clipping fixtures live in fixtures/dates/: each `<case>.txt` is a snippet of
clipping text and `<case>.expected` (JSON) gives the clipping's language and
source URL, and the expected date, date-time and conflicting dates.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalizer.dates import (
    DateChoice,
    candidate_datetime,
    choose_date,
    complete_years,
    find_date_candidates,
    find_url_date,
)
from normalizer.model import DateCandidate

FIXTURES = Path(__file__).parent / "fixtures" / "dates"
CASES = sorted(path.stem for path in FIXTURES.glob("*.txt"))


def numbered(text: str) -> list[tuple[int, str]]:
    return list(enumerate(text.splitlines(), start=1))


def found(text: str, lang: str | None = None) -> list[tuple[str, str, str | None, str | None]]:
    """(date, kind, time, offset) of each candidate in a one-line text."""
    return [
        (candidate.date, candidate.kind, candidate.time, candidate.utc_offset)
        for candidate in find_date_candidates([(1, text)], lang)
    ]


def dates_in(text: str, lang: str | None = None) -> list[str]:
    return [candidate.date for candidate in find_date_candidates([(1, text)], lang)]


def candidate(date: str, kind: str = "written", line: int | None = 1, time: str | None = None,
              offset: str | None = None, year_given: bool = True) -> DateCandidate:
    return DateCandidate(date=date, time=time, utc_offset=offset, kind=kind,
                         evidence=date, line=line, year_given=year_given)


def choice_for_clipping(text: str, lang: str | None, url: str | None) -> DateChoice:
    """What the normalizer does with a clipping: find, add the URL, complete, choose."""
    candidates = find_date_candidates(numbered(text), lang)
    url_date = find_url_date(url) if url else None
    if url_date:
        candidates.append(url_date)
    return choose_date(complete_years(candidates))


# --------------------------------------------------------------------------
# Whole clippings
# --------------------------------------------------------------------------


def test_every_fixture_has_its_expectation() -> None:
    assert CASES
    for case in CASES:
        assert (FIXTURES / f"{case}.expected").is_file(), case


@pytest.mark.parametrize("case", CASES)
def test_clipping_fixture(case: str) -> None:
    text = (FIXTURES / f"{case}.txt").read_text(encoding="utf-8")
    expected = json.loads((FIXTURES / f"{case}.expected").read_text(encoding="utf-8"))

    choice = choice_for_clipping(text, expected["lang"], expected["url"])

    if expected["date"] is None:
        assert choice.best is None
        assert choice.confidence == 0.0
        return
    assert choice.best is not None
    assert choice.best.date == expected["date"]
    assert candidate_datetime(choice.best) == expected["datetime"]
    assert sorted({c.date for c in choice.conflicting}) == expected["conflicting"]
    assert 0.0 < choice.confidence <= 1.0


def test_dateline_majority_beats_first_line_timestamp() -> None:
    text = (FIXTURES / "ru_zh_datelines_outvote_timestamp.txt").read_text(encoding="utf-8")
    candidates = find_date_candidates(numbered(text), "ru")

    assert [(c.date, c.kind, c.evidence) for c in candidates] == [
        ("2026-01-26", "timestamp", "26 января 2026, 14:57"),
        ("XXXX-01-27", "dateline", "27 янв"),
        ("XXXX-01-27", "dateline", "1月27日"),
    ]
    choice = choose_date(complete_years(candidates))
    assert choice.best is not None and choice.best.date == "2026-01-27"
    assert [c.evidence for c in choice.conflicting] == ["26 января 2026, 14:57"]


def test_sputnik_page_takes_time_and_offset_from_iso_metadata() -> None:
    text = (FIXTURES / "en_sputnik_page.txt").read_text(encoding="utf-8")
    candidates = find_date_candidates(numbered(text), "en")

    kinds = {(c.date, c.kind) for c in candidates}
    assert ("2026-01-27", "iso") in kinds
    assert ("2026-01-27", "timestamp") in kinds  # 12:28 GMT 27.01.2026
    assert ("2026-01-27", "numeric") in kinds  # the photo caption
    assert ("XXXX-01-23", "timestamp") in kinds  # a related article's time
    # The URL line is a link, "1920" an image width, "© 2026" no date.
    assert all(c.line != 5 for c in candidates)


# --------------------------------------------------------------------------
# Candidates by kind
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("2026-01-27T12:28+0000", "en", [("2026-01-27", "iso", "12:28", "+00:00")]),
        ("2025-03-04", None, [("2025-03-04", "iso", None, None)]),
        ("2024-10-14 10:30:15Z", None, [("2024-10-14", "iso", "10:30", "+00:00")]),
        ("2024-10-14 10:30 UTC", None, [("2024-10-14", "iso", "10:30", "+00:00")]),
        ("12:28 GMT 27.01.2026", "en", [("2026-01-27", "timestamp", "12:28", "+00:00")]),
        ("26 января 2026, 14:57", "ru", [("2026-01-26", "timestamp", "14:57", None)]),
        ("14 жовтня 2024 року о 10:30", "uk", [("2024-10-14", "timestamp", "10:30", None)]),
        ("Publié le 12 mars 2025 à 10h30", "fr", [("2025-03-12", "timestamp", "10:30", None)]),
        ("Mis à jour le 1er mars 2025 à 10 h 30", "fr", [("2025-03-01", "timestamp", "10:30", None)]),
        ("Stand: 04.03.2025 um 10:30 Uhr", "de", [("2025-03-04", "timestamp", "10:30", None)]),
        ("2025年3月4日 12時30分", "ja", [("2025-03-04", "timestamp", "12:30", None)]),
        ("2025年3月4日 午後2時30分", "ja", [("2025-03-04", "timestamp", "14:30", None)]),
        ("입력 2024년 10월 14일 오후 2시 30분", "ko", [("2024-10-14", "timestamp", "14:30", None)]),
        ("2024. 10. 14. 14:30", "ko", [("2024-10-14", "timestamp", "14:30", None)]),
        ("Thứ hai, 14/10/2024, 10:30 (GMT+7)", "vi", [("2024-10-14", "timestamp", "10:30", "+07:00")]),
        ("Published March 4, 2025 at 2:15 p.m. EST", "en", [("2025-03-04", "timestamp", "14:15", "-05:00")]),
        ("Tue, 14 Oct 2024 10:30:00 +0000", "en", [("2024-10-14", "timestamp", "10:30", "+00:00")]),
        ("14 октября 2024, 10:30 МСК", "ru", [("2024-10-14", "timestamp", "10:30", "+03:00")]),
        ("14.10.2024 10:30 CEST", "de", [("2024-10-14", "timestamp", "10:30", "+02:00")]),
        ("14 oktober 2024 kl. 14.30", "nb", [("2024-10-14", "timestamp", "14:30", None)]),
        ("14 October 2024, 12:30 am", "en", [("2024-10-14", "timestamp", "00:30", None)]),
        ("14.10.2024 um 12:30 am Montag", "de", [("2024-10-14", "timestamp", "12:30", None)]),
        ("МОСКВА, 27 янв - CRMtv.", "ru", [("XXXX-01-27", "dateline", None, None)]),
        ("BERLIN, 4. März (dpa) - Die Regierung", "de", [("XXXX-03-04", "dateline", None, None)]),
        ("WASHINGTON, Oct 14 (Reuters) - The", "en", [("XXXX-10-14", "dateline", None, None)]),
        ("Moscow, 27 January (TASS) - The", "en", [("XXXX-01-27", "dateline", None, None)]),
        ("MADRID, 14 oct (EFE).- El Gobierno", "es", [("XXXX-10-14", "dateline", None, None)]),
        ("Lisboa, 14 de outubro de 2024 – O", "pt", [("2024-10-14", "dateline", None, None)]),
        ("1月27日电 - 中国国防部长", "zh", [("XXXX-01-27", "dateline", None, None)]),
        ("新华社北京1月27日电 记者", "zh", [("XXXX-01-27", "dateline", None, None)]),
        ("ankom Beijing 14. oktober for et offisielt besøk.", "nb", [("XXXX-10-14", "written", None, None)]),
        ("i Beijing 14. oktober 2024. Foto: NTB", "nb", [("2024-10-14", "written", None, None)]),
        ("on 14 October 2024", "en", [("2024-10-14", "written", None, None)]),
        ("on the 14th of October", "en", [("XXXX-10-14", "written", None, None)]),
        ("March 4, 2025", "en", [("2025-03-04", "written", None, None)]),
        ("Sept. 14, 2024", "en", [("2024-09-14", "written", None, None)]),
        ("on October 1 and", "en", [("XXXX-10-01", "written", None, None)]),
        ("el 14 de octubre de 2024", "es", [("2024-10-14", "written", None, None)]),
        ("el 14 d’octubre del 2024", "ca", [("2024-10-14", "written", None, None)]),
        ("14 października 2024 r.", "pl", [("2024-10-14", "written", None, None)]),
        ("14. října 2024", "cs", [("2024-10-14", "written", None, None)]),
        ("2024. október 14.", "hu", [("2024-10-14", "written", None, None)]),
        ("2024 m. spalio 14 d.", "lt", [("2024-10-14", "written", None, None)]),
        ("2024 ж. 14 қазан", "kk", [("2024-10-14", "written", None, None)]),
        ("14 ΟΚΤΩΒΡΙΟΥ 2024", "el", [("2024-10-14", "written", None, None)]),
        ("14 EKİM 2024", "tr", [("2024-10-14", "written", None, None)]),
        ("14 Deireadh Fómhair 2024", "ga", [("2024-10-14", "written", None, None)]),
        ("14 अक्टूबर 2024", "hi", [("2024-10-14", "written", None, None)]),
        ("14 ตุลาคม 2567", "th", [("2024-10-14", "written", None, None)]),  # Buddhist era
        ("פורסם ב-14 באוקטובר 2024", "he", [("2024-10-14", "written", None, None)]),
        ("الاثنين ١٤ أكتوبر ٢٠٢٤", "ar", [("2024-10-14", "written", None, None)]),
        ("نشر في 14 تشرين الأول 2024", "ar", [("2024-10-14", "written", None, None)]),
        ("۱۴ اکتبر ۲۰۲۴", "fa", [("2024-10-14", "written", None, None)]),
        ("2024年10月14日", "zh", [("2024-10-14", "written", None, None)]),
        ("２０２４年１０月１４日", "ja", [("2024-10-14", "written", None, None)]),
        ("10月14日", "zh", [("XXXX-10-14", "written", None, None)]),
        ("2024년 10월 14일", "ko", [("2024-10-14", "written", None, None)]),
        ("Hà Nội, ngày 14 tháng 10 năm 2024", "vi", [("2024-10-14", "written", None, None)]),
        ("ngày 12 tháng 10", "vi", [("XXXX-10-12", "written", None, None)]),
        ("27.01.2026", "ru", [("2026-01-27", "numeric", None, None)]),
        ("14/10/2024", "vi", [("2024-10-14", "numeric", None, None)]),
        ("2024/10/14", "zh", [("2024-10-14", "numeric", None, None)]),
        ("14\u200f/10\u200f/2024", "ar", [("2024-10-14", "numeric", None, None)]),
    ],
)
def test_candidates(text: str, lang: str | None, expected: list[tuple]) -> None:
    assert found(text, lang) == expected


def test_month_names_are_case_insensitive_and_take_a_dot() -> None:
    assert dates_in("27 ЯНВ. 2026", "ru") == ["2026-01-27"]
    assert dates_in("Jan. 27, 2026", "en") == ["2026-01-27"]
    assert dates_in("27 JANUARY 2026", "en") == ["2026-01-27"]


def test_evidence_is_the_text_as_written() -> None:
    [arabic] = find_date_candidates([(3, "آخر تحديث: ١٤ أكتوبر ٢٠٢٤ - ١٠:٣٠")], "ar")
    assert arabic.evidence == "١٤ أكتوبر ٢٠٢٤ - ١٠:٣٠"
    assert arabic.line == 3
    [marked] = find_date_candidates([(1, "14\u200f/10\u200f/2024")], "ar")
    assert marked.evidence == "14\u200f/10\u200f/2024"


def test_candidates_keep_line_numbers_and_reading_order() -> None:
    lines = [(4, "14 October 2024 and 2024-10-15"), (9, "16.10.2024")]
    assert [(c.line, c.date) for c in find_date_candidates(lines)] == [
        (4, "2024-10-14"), (4, "2024-10-15"), (9, "2024-10-16"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Путин заявил в среду", "ru"),
        ("В октябре 2019 года он упомянул", "ru"),
        ("Си Цзиньпин посетил Москву в марте, а вчера", "ru"),
        ("В прошлом году Пекин заявил", "ru"),
        ("in October 2019 he said, on Tuesday, last month", "en"),
        ("next year marks the 80th anniversary", "en"),
        ("昨日、首相は", "ja"),
        ("The Mayor said 3 things", "en"),
        ("It may 3 times be", "en"),
        ("The 2 Marshals arrived", "en"),
        ("2024-13-45, 31.02.2024, 30 février 2024", "fr"),
        ("1850-01-01 and 14 October 1850 and 01.01.2150", "en"),
        ("© 2026 Sputnik, 1920, +74956456601, 252 60", "en"),
        ("version 1.14.2 released 12:30", "en"),
        ("score 3-1, 10/14 votes, 14.10.", "en"),
        ("iPhone 14 Pro", "en"),
        ("les 14 des 20 pays", "fr"),
        ("10/14/24", "en"),  # two-digit years are left alone
        ("（中央社記者王小明台北4日電）", "zh-Hant"),  # a day without its month
    ],
)
def test_no_date(text: str, lang: str) -> None:
    assert found(text, lang) == []


def test_dates_inside_links_are_not_the_texts_dates() -> None:
    line = "Read more: https://sputnikglobe.com/20260123/2026-01-23-russia.html"
    assert dates_in(line, "en") == []


def test_foreign_abbreviation_needs_a_dateline_dot_or_year() -> None:
    # "янв" is only an abbreviation; in a Chinese clipping a dateline vouches for it.
    assert dates_in("МОСКВА, 27 янв - CRMtv.", "zh") == ["XXXX-01-27"]
    assert dates_in("в 27 янв", "zh") == []
    assert dates_in("27 янв. 2026", "zh") == ["2026-01-27"]


def test_month_shared_by_languages_follows_the_clippings_language() -> None:
    # "listopada" is November in Polish, October in Croatian.
    assert dates_in("14 listopada 2024", "pl") == ["2024-11-14"]
    assert dates_in("14 listopada 2024", "hr") == ["2024-10-14"]
    assert dates_in("14 listopada 2024", "en") == []


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "2025-03-04"), ("en-US", "2025-03-04"), ("en-GB", "2025-04-03"),
     ("de", "2025-04-03"), ("fr", "2025-04-03"), (None, "2025-04-03")],
)
def test_ambiguous_numeric_date_follows_language(lang: str | None, expected: str) -> None:
    assert dates_in("03/04/2025", lang) == [expected]


def test_unambiguous_numeric_dates_ignore_language() -> None:
    assert dates_in("14/10/2024", "en") == ["2024-10-14"]
    assert dates_in("10/14/2024", "de") == ["2024-10-14"]
    assert dates_in("03.04.2025", "en") == ["2025-04-03"]  # dots are day-first


def test_month_names_come_from_cldr_in_every_covered_locale() -> None:
    from datetime import date

    from babel.dates import format_date

    day = date(2024, 10, 14)
    locales = ("en de fr es it pt nl sv da nb nn fi pl cs sk sl hr sr ro hu bg ru uk be "
               "el tr vi id ms tl ca gl lt lv et is ga cy sq mk az kk uz ka hy he ar "
               "fa ur hi bn th ja ko zh zh_Hant").split()
    missed = {
        (locale, width): format_date(day, width, locale=locale)
        for locale in locales
        for width in ("long", "medium")
        if dates_in(format_date(day, width, locale=locale), locale.replace("_", "-"))
        != ["2024-10-14"]
    }
    assert missed == {}


def test_reading_month_names_leaves_babel_data_intact() -> None:
    # Babel 2.18 caches resolved aliases in data shared between locales
    # (python-babel/babel#1234); building the tables must not trigger it.
    script = (
        "import datetime\n"
        "from babel.dates import format_date\n"
        "from normalizer.dates import find_date_candidates\n"
        "find_date_candidates([(1, '14 октября 2024')], 'ru')\n"
        "d = datetime.date(2024, 10, 14)\n"
        "print(format_date(d, 'LLLL', locale='fr'), format_date(d, 'LLLL', locale='de'))\n"
    )
    plugins = Path(__file__).resolve().parents[2] / "plugins"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=plugins, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["octobre", "Oktober"]


# --------------------------------------------------------------------------
# Pathological input: these must finish quickly (no timing assertions; a
# catastrophic backtrack would hang the run instead)
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "1" * 200_000,
        "12. " * 50_000,
        "a" * 200_000,
        "1 a" * 66_000,
        "a1" * 100_000,
        "12:30 " * 33_000,
        "1.1." * 50_000,
        "2024-" * 40_000,
        "(a, " * 50_000,
        "A, 1 " * 40_000,
        "http://" + "a" * 200_000,
        "x" * 199_980 + " 14 October 2024",
    ],
    ids=lambda line: repr(line[:8]),
)
def test_long_lines_without_newlines(line: str) -> None:
    candidates = find_date_candidates([(1, line)], "en")
    assert all(c.date.endswith("10-14") for c in candidates)


def test_line_full_of_dates_and_times() -> None:
    line = "14 October 2024 10:30 " * 9_000
    candidates = find_date_candidates([(1, line)], "en")
    assert len(candidates) == 9_000
    assert {(c.date, c.time) for c in candidates} == {("2024-10-14", "10:30")}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 .,:/-年月日 JanOctMarzмартаTh")), max_size=80),
       st.sampled_from([None, "en", "ru", "de", "zh"]))
def test_any_text_gives_only_real_dates(text: str, lang: str | None) -> None:
    for found_date in find_date_candidates([(1, text)], lang):
        year, month, day = found_date.date.split("-")
        assert year == "XXXX" or 1900 <= int(year) <= 2100
        assert 1 <= int(month) <= 12 and 1 <= int(day) <= 31
        assert found_date.evidence and found_date.evidence in text


# --------------------------------------------------------------------------
# Source URLs
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "date", "evidence"),
    [
        ("https://sputnikglobe.com/20260127/russia-ready-to-strengthen-practical-cooperation-"
         "with-chinese-military---defense-minister-1123533991.html", "2026-01-27", "20260127"),
        ("https://example.com/world/2024/10/14/summit-ends/", "2024-10-14", "2024/10/14"),
        ("https://example.com/news/2024-10-14/summit-ends", "2024-10-14", "2024-10-14"),
        ("https://example.com/news/summit-20241014-ends.html", "2024-10-14", "20241014"),
        ("http://www.news.cn/world/2024-10/14/c_1130209.htm", "2024-10-14", "2024-10/14"),
        ("http://paper.people.com.cn/n1/2024/1014/c1002-40338868.html", "2024-10-14", "2024/1014"),
        ("https://example.com/article?date=20241014", "2024-10-14", "20241014"),
    ],
)
def test_url_date(url: str, date: str, evidence: str) -> None:
    assert find_url_date(url) == DateCandidate(
        date=date, time=None, utc_offset=None, kind="url", evidence=evidence, line=None,
        year_given=True,
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://example.cn/news/a-204241014210826959.htm",  # an ID, not a date
        "https://example.com/article/1123533991.html",
        "https://example.com/20241399/",  # no 13th month
        "https://example.com/19891014/",  # before 1990
        "https://example.com/12345678/",
        "https://example.com/2024/10/",  # a month is not a date
        "https://example.com/news/summit-ends",
        "https://20241014.example.com/news/",  # host names are not looked at
    ],
)
def test_url_without_date(url: str) -> None:
    assert find_url_date(url) is None


def test_malformed_url_is_still_read() -> None:
    url = "http://[broken/2024/10/14/story"
    assert find_url_date(url).date == "2024-10-14"


# --------------------------------------------------------------------------
# Year completion
# --------------------------------------------------------------------------


def test_year_comes_from_a_nearby_full_date() -> None:
    completed = complete_years([
        candidate("2026-01-26", "timestamp"),
        candidate("XXXX-01-27", "dateline", year_given=False),
    ])
    assert [(c.date, c.year_given) for c in completed] == [
        ("2026-01-26", True), ("2026-01-27", False),
    ]


def test_nearby_full_date_wins_across_new_year() -> None:
    completed = complete_years([
        candidate("2026-01-02"), candidate("2026-03-01"), candidate("2026-04-01"),
        candidate("XXXX-12-30", year_given=False),
    ])
    assert completed[-1].date == "2025-12-30"


def test_distant_day_takes_the_most_common_year() -> None:
    completed = complete_years([
        candidate("2023-05-05"), candidate("2024-10-14"), candidate("2024-10-15"),
        candidate("XXXX-03-01", year_given=False),
    ])
    assert completed[-1].date == "2024-03-01"


def test_without_any_year_year_less_dates_are_dropped() -> None:
    assert complete_years([
        candidate("XXXX-10-01", year_given=False), candidate("XXXX-10-02", year_given=False),
    ]) == []


def test_february_29_needs_a_leap_year() -> None:
    assert complete_years([candidate("2025-03-01"), candidate("XXXX-02-29", year_given=False)]) == [
        candidate("2025-03-01"),
    ]
    leap = complete_years([candidate("2024-03-01"), candidate("XXXX-02-29", year_given=False)])
    assert leap[-1].date == "2024-02-29"


def test_completion_keeps_everything_else() -> None:
    year_less = candidate("XXXX-01-23", "timestamp", line=37, time="13:06", offset="+00:00",
                          year_given=False)
    [_, completed] = complete_years([candidate("2026-01-23", "numeric"), year_less])
    assert completed == replace(year_less, date="2026-01-23")


# --------------------------------------------------------------------------
# Choosing
# --------------------------------------------------------------------------


def test_nothing_to_choose() -> None:
    assert choose_date([]) == DateChoice(best=None, confidence=0.0, conflicting=[], support={})
    # Year-less candidates that were never completed count for nothing.
    assert choose_date([candidate("XXXX-10-01", year_given=False)]).best is None


def test_conflicting_dates_need_forty_percent_of_the_best() -> None:
    strong = [candidate("2026-01-27", "iso"), candidate("2026-01-27", "dateline")]  # 6
    close = candidate("2026-01-26", "timestamp")  # 2.5 ≥ 2.4
    far = candidate("2026-01-20", "written")  # 1 < 2.4
    choice = choose_date([*strong, close, far])
    assert choice.best is not None and choice.best.date == "2026-01-27"
    assert choice.conflicting == [close]
    assert choice.support == {"2026-01-27": 6.0, "2026-01-26": 2.5, "2026-01-20": 1.0}
    assert choice.confidence == round(6 / 9.5, 3)


def test_kind_weights_and_completed_years() -> None:
    # A dateline with a completed year (3 × 0.8) still beats a URL (2).
    choice = choose_date([
        candidate("2024-10-13", "url", line=None),
        candidate("2024-10-14", "dateline", year_given=False),
    ])
    assert choice.support == {"2024-10-14": 2.4, "2024-10-13": 2.0}


def test_tie_goes_to_the_first_date() -> None:
    choice = choose_date([candidate("2024-10-15", "numeric"), candidate("2024-10-14", "numeric")])
    assert choice.best is not None and choice.best.date == "2024-10-15"
    assert [c.date for c in choice.conflicting] == ["2024-10-14"]


def test_line_weight_scales_each_candidate() -> None:
    candidates = [candidate("2024-10-14", "timestamp", line=1),
                  candidate("2024-10-20", "iso", line=40)]
    assert choose_date(candidates).best.date == "2024-10-20"
    by_position = choose_date(
        candidates, line_weight=lambda line: 1.0 if line is not None and line < 10 else 0.2
    )
    assert by_position.best is not None and by_position.best.date == "2024-10-14"
    assert by_position.conflicting == []  # 0.6 < 40% of 2.5


def test_single_written_date_is_weak_evidence() -> None:
    choice = choose_date([candidate("2024-10-14", "written")])
    assert choice.best is not None and choice.best.date == "2024-10-14"
    assert choice.confidence <= 0.5


def test_strong_agreeing_evidence_is_fully_confident() -> None:
    choice = choose_date([candidate("2024-10-14", "iso"), candidate("2024-10-14", "url", line=None)])
    assert choice.confidence == 1.0


def test_best_prefers_a_candidate_with_time_and_offset() -> None:
    plain = candidate("2026-01-27", "dateline")
    naive = candidate("2026-01-27", "timestamp", time="15:00")
    zoned = candidate("2026-01-27", "written", time="12:28", offset="+00:00")
    assert choose_date([plain, naive, zoned]).best == zoned
    assert choose_date([plain, naive]).best == naive
    assert choose_date([plain, candidate("2026-01-27", "written")]).best == plain


def test_candidate_datetime() -> None:
    zoned = candidate("2026-01-27", time="12:28", offset="+00:00")
    assert candidate_datetime(zoned) == "2026-01-27T12:28:00+00:00"
    assert candidate_datetime(candidate("2026-01-26", time="14:57")) == "2026-01-26T14:57:00"
    assert candidate_datetime(candidate("2026-01-26")) is None
    assert candidate_datetime(candidate("XXXX-01-26", time="14:57", year_given=False)) is None
