"""Interface languages: complete catalogs, and Babel's local formats."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from jinja2 import DictLoader, Environment
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from interface.catalogs import install_page_translations, load_translations, untranslated
from interface.formats import language_name, long_date, month_heading, own_language_name

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "theme" / "translations"
LANGUAGES = ["ru", "zh", "nb"]


def template_messages() -> set[str]:
    method_map = [("theme/templates/**.html", "jinja2")]
    options = {"theme/templates/**.html": {"extensions": "jinja2.ext.i18n", "trim_blocks": "true", "lstrip_blocks": "true"}}
    return {message for _, _, message, *_ in extract_from_dir(str(ROOT), method_map, options)}


def test_the_template_catalog_is_up_to_date_with_the_templates() -> None:
    with (TRANSLATIONS / "messages.pot").open("rb") as handle:
        catalog = {message.id for message in read_po(handle) if message.id}
    assert template_messages() == catalog, "run `make translations`"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_interface_string_is_translated(lang: str) -> None:
    assert untranslated(TRANSLATIONS, lang) == []
    translations = load_translations(TRANSLATIONS, lang)
    assert translations.gettext("Timeline") != "Timeline"  # the compiled catalog is the one in use


def test_each_page_is_translated_into_its_own_interface_language_in_any_order() -> None:
    env = Environment(extensions=["jinja2.ext.i18n"], loader=DictLoader({
        "page.html": '{% import "part.html" as part with context %}{{ _("Timeline") }}|{{ part.heading() }}',
        "part.html": '{% macro heading() %}{% trans %}Timeline{% endtrans %}{% endmacro %}',
    }))
    install_page_translations(env, TRANSLATIONS, ["en", "ru", "zh", "nb"])
    page = env.get_template("page.html")
    russian = load_translations(TRANSLATIONS, "ru").gettext("Timeline")
    assert page.render(ui_lang="ru") == f"{russian}|{russian}"
    assert page.render() == "Timeline|Timeline"  # no ui_lang: the first language
    assert page.render(ui_lang="ru") == f"{russian}|{russian}"  # nothing left over from the last page


def test_english_is_the_source_language_and_needs_no_catalog() -> None:
    assert load_translations(TRANSLATIONS, "en").gettext("Timeline") == "Timeline"


@pytest.mark.parametrize(
    ("lang", "day", "month"),
    [
        ("en", "January 27, 2026", "January 2026"),
        ("ru", "27 января 2026\u202fг.", "январь 2026\u202fг."),
        ("zh", "2026年1月27日", "2026年1月"),
        ("nb", "27. januar 2026", "januar 2026"),
    ],
)
def test_dates_and_months_come_from_cldr(lang: str, day: str, month: str) -> None:
    assert long_date(dt.date(2026, 1, 27), lang) == day
    assert month_heading(2026, 1, lang) == month


def test_language_names_in_the_interface_language_and_in_themselves() -> None:
    assert language_name("zh", "ru") == "китайский"
    assert language_name("nb", "en") == "Norwegian Bokmål"
    assert own_language_name("nb") == "norsk bokmål"
    assert language_name("not-a-language", "en") == "not-a-language"
