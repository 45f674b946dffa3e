"""Sidecar files: the metadata a person writes beside a clipping.

Fixture-driven: tests/unit/fixtures/sidecar/expected.yaml says what each
sidecar there must give (a Sidecar, or an error naming file and problem).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from normalizer.sidecar import (
    ALLOWED_KEYS,
    InvalidSidecar,
    Sidecar,
    load_sidecar,
    parse_sidecar,
    sidecar_path,
)

FIXTURES = Path(__file__).parent / "fixtures" / "sidecar"
EXPECTATIONS: dict[str, dict] = yaml.safe_load((FIXTURES / "expected.yaml").read_text(encoding="utf-8"))
ORIGIN = "content/clippings/x.yaml"


def problem_with(text: str) -> str:
    with pytest.raises(InvalidSidecar) as refused:
        parse_sidecar(text, ORIGIN)
    message = str(refused.value)
    assert message.startswith(f"{ORIGIN}: ")
    return message.removeprefix(f"{ORIGIN}: ")


# --- fixtures -------------------------------------------------------------------------

def test_every_fixture_has_an_expectation_and_every_expectation_a_fixture() -> None:
    fixtures = sorted(path.name for path in FIXTURES.glob("*.yaml") if path.name != "expected.yaml")
    assert fixtures == sorted(EXPECTATIONS)


@pytest.mark.parametrize("name", sorted(name for name, case in EXPECTATIONS.items() if "sidecar" in case))
def test_valid_sidecar_gives_its_values(name: str) -> None:
    assert load_sidecar(FIXTURES / name).to_dict() == EXPECTATIONS[name]["sidecar"]


@pytest.mark.parametrize("name", sorted(name for name, case in EXPECTATIONS.items() if "error" in case))
def test_invalid_sidecar_names_the_file_and_the_problem(name: str) -> None:
    path = FIXTURES / name
    with pytest.raises(InvalidSidecar) as refused:
        load_sidecar(path)
    message = str(refused.value)
    assert message.startswith(f"{path}: ")
    assert EXPECTATIONS[name]["error"] in message
    assert refused.value.origin == str(path)


# --- the API ------------------------------------------------------------------------------

def test_the_sidecar_of_a_clipping_is_beside_it_with_the_same_stem() -> None:
    assert sidecar_path(Path("content/clippings/002_abc.txt")) == Path("content/clippings/002_abc.yaml")
    assert sidecar_path(Path("content/clippings/2024.10.14 raid.txt")) == Path("content/clippings/2024.10.14 raid.yaml")


def test_load_sidecar_names_the_file_as_the_caller_wishes() -> None:
    with pytest.raises(InvalidSidecar, match=r"^content/clippings/y\.yaml: date '2024-13-45'"):
        load_sidecar(FIXTURES / "date_impossible.yaml", origin="content/clippings/y.yaml")


def test_an_unreadable_sidecar_is_an_invalid_sidecar(tmp_path: Path) -> None:
    with pytest.raises(InvalidSidecar, match=r"cannot read the file"):
        load_sidecar(tmp_path)  # a directory
    with pytest.raises(InvalidSidecar, match=r"cannot read the file"):
        load_sidecar(tmp_path / "missing.yaml")


def test_every_problem_is_listed() -> None:
    with pytest.raises(InvalidSidecar) as refused:
        load_sidecar(FIXTURES / "several_problems.yaml")
    assert len(refused.value.problems) == 3


def test_to_dict_leaves_out_what_was_not_given() -> None:
    assert Sidecar().to_dict() == {}
    assert Sidecar(title="T", date="2024-10-14").to_dict() == {"title": "T", "date": "2024-10-14"}


def test_the_sidecar_is_immutable() -> None:
    with pytest.raises(AttributeError):
        Sidecar().title = "x"  # type: ignore[misc]


@pytest.mark.parametrize(("status", "shown"), [(None, True), ("published", True), ("draft", False), ("hidden", False)])
def test_only_published_clippings_are_shown(status: str | None, shown: bool) -> None:
    assert Sidecar(status=status).is_shown is shown


def test_allowed_keys_are_the_sidecar_fields_less_the_derived_datetime() -> None:
    assert set(ALLOWED_KEYS) == set(Sidecar.__dataclass_fields__) - {"datetime"}


# --- details ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "date", "datetime"), [
    ("2024-10-14", "2024-10-14", None),
    ("'2024-10-14'", "2024-10-14", None),
    ("2024-10-14 09:30", "2024-10-14", "2024-10-14T09:30"),
    ("2024-10-14T09:30", "2024-10-14", "2024-10-14T09:30"),
    ("2024-10-14 09:30:05", "2024-10-14", "2024-10-14T09:30:05"),
    ("2024-10-14T09:30:05.250Z", "2024-10-14", "2024-10-14T09:30:05+00:00"),
    ("2024-10-14 09:30 +03", "2024-10-14", "2024-10-14T09:30+03:00"),
    ("2024-10-14 09:30 +0545", "2024-10-14", "2024-10-14T09:30+05:45"),
    ("2024-10-14T23:59:59-12:00", "2024-10-14", "2024-10-14T23:59:59-12:00"),
])
def test_dates_are_normalised(written: str, date: str, datetime: str | None) -> None:
    sidecar = parse_sidecar(f"date: {written}\n", ORIGIN)
    assert (sidecar.date, sidecar.datetime) == (date, datetime)


@pytest.mark.parametrize("written", ["2024-1-5", "20241014", "2024/10/14", "October 14, 2024", "2024-10-14 9:30", "2024"])
def test_other_date_spellings_are_refused_with_the_format(written: str) -> None:
    assert "(expected YYYY-MM-DD" in problem_with(f"date: {written}\n")


@pytest.mark.parametrize(("written", "normalised"), [
    ("en", "en"), ("EN", "en"), ("zh-hant", "zh-Hant"), ("zh_Hans_CN", "zh-Hans-CN"), ("pt-br", "pt-BR"),
    ("nb", "nb"), ("sr-latn-rs", "sr-Latn-RS"), ("yue", "yue"), ("es-419", "es-419"),
])
def test_language_tags_are_checked_and_tidied(written: str, normalised: str) -> None:
    assert parse_sidecar(f"lang: {written}\n", ORIGIN).lang == normalised


@pytest.mark.parametrize("written", ["e", "english", "en-", "en-US-x-private", "zh-Hant-TW-extra", "12"])
def test_malformed_language_tags_are_refused(written: str) -> None:
    message = problem_with(f"lang: '{written}'\n")
    assert message.startswith(f"lang '{written}' is not a language code (use a BCP-47 tag")


@pytest.mark.parametrize(("key", "suggestion"), [
    ("titel", "title"), ("Date", "date"), ("source-url", "source_url"), ("language", "lang"), ("notes", "note"),
    ("headline", "title"), ("URL", "source_url"), ("newspaper", "outlet"), ("author", None), ("keywords", None),
])
def test_unknown_keys_get_the_nearest_allowed_one(key: str, suggestion: str | None) -> None:
    message = problem_with(f"{key}: x\n")
    assert message.startswith(f"unknown key '{key}' (allowed: ")
    if suggestion:
        assert message.endswith(f"; did you mean '{suggestion}'?")
    else:
        assert "did you mean" not in message


@pytest.mark.parametrize("url", ["https://example.org", "http://example.org/a?b=c#d", "HTTPS://EXAMPLE.ORG/"])
def test_http_addresses_are_accepted_as_written(url: str) -> None:
    assert parse_sidecar(f"source_url: '{url}'\n", ORIGIN).source_url == url


@pytest.mark.parametrize("url", ["mailto:desk@example.org", "https://", "//example.org/a", "javascript:alert(1)"])
def test_other_addresses_are_refused(url: str) -> None:
    assert problem_with(f"source_url: '{url}'\n").startswith("source_url must be an http(s) address")


def test_text_values_are_stripped_but_a_note_keeps_its_lines() -> None:
    sidecar = parse_sidecar("title: '  Spaced  '\nnote: |\n  one\n\n  two\n", ORIGIN)
    assert (sidecar.title, sidecar.note) == ("Spaced", "one\n\ntwo")


@pytest.mark.parametrize("written", ["No", "yes", "on", "OFF", "true", "1984", "0123", "1_000", "3.10", "1e3", ".inf", "2024-10-14"])
def test_values_are_text_as_written_quoted_or_not(written: str) -> None:
    assert parse_sidecar(f"title: {written}\n", ORIGIN).title == written
    assert parse_sidecar(f"title: '{written}'\n", ORIGIN).title == written


@pytest.mark.parametrize("written", ["", "~", "null"])
def test_an_empty_value_is_not_given(written: str) -> None:
    assert parse_sidecar(f"title: {written}\n", ORIGIN) == Sidecar()


def test_yaml_tags_cannot_build_objects() -> None:
    assert problem_with("title: !!python/object/apply:os.system ['echo hi']\n").startswith("not valid YAML")


def test_a_nested_mapping_is_not_a_value() -> None:
    assert problem_with("title:\n  en: Hello\n") == "title must be text, not a mapping"


def test_a_non_text_key_is_an_unknown_key() -> None:
    assert problem_with("2024: x\n").startswith("unknown key '2024'")


# --- properties ---------------------------------------------------------------------------------

@given(st.dates(min_value=dt.date(1000, 1, 1)))
def test_any_real_date_is_kept(day: dt.date) -> None:
    assert parse_sidecar(f"date: {day.isoformat()}\n", ORIGIN).date == day.isoformat()


@given(st.datetimes(min_value=dt.datetime(1000, 1, 1)), st.integers(min_value=-12 * 60, max_value=14 * 60))
def test_any_real_moment_is_kept_with_its_offset(moment: dt.datetime, offset_minutes: int) -> None:
    moment = moment.replace(microsecond=0, tzinfo=dt.timezone(dt.timedelta(minutes=offset_minutes)))
    sidecar = parse_sidecar(f"date: {moment.isoformat()}\n", ORIGIN)
    assert sidecar.date == moment.date().isoformat()
    assert sidecar.datetime is not None
    assert dt.datetime.fromisoformat(sidecar.datetime) == moment


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=0, max_value=99), st.integers(min_value=0, max_value=99))
def test_impossible_dates_are_refused_and_real_ones_kept(year: int, month: int, day: int) -> None:
    written = f"{year:04d}-{month:02d}-{day:02d}"
    try:
        real = dt.date(year, month, day)
    except ValueError:
        assert problem_with(f"date: {written}\n") == f"date '{written}' is not a valid date (expected YYYY-MM-DD)"
    else:
        assert parse_sidecar(f"date: {written}\n", ORIGIN).date == real.isoformat()


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1).filter(lambda text: text.strip()))
def test_any_one_line_title_survives_a_quoted_round_trip(title: str) -> None:
    document = yaml.safe_dump({"title": title}, allow_unicode=True)
    assert parse_sidecar(document, ORIGIN).title == title.strip()


@given(st.sampled_from(["en", "ru", "zh", "ja", "ar", "pt", "sr", "nb"]),
       st.sampled_from([None, "Latn", "Cyrl", "Hans", "Hant"]),
       st.sampled_from([None, "US", "BR", "TW", "RS", "419"]))
def test_language_normalisation_is_stable(language: str, script: str | None, region: str | None) -> None:
    tag = "-".join(part for part in (language, script, region) if part)
    normalised = parse_sidecar(f"lang: {tag.swapcase()}\n", ORIGIN).lang
    assert normalised == tag
    assert parse_sidecar(f"lang: {normalised}\n", ORIGIN).lang == normalised
