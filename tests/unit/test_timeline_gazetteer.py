"""The gazetteer: loading and checking the file, and finding names in text.

Fixture-driven: fixtures/timeline/mentions.yaml lists texts and what
content/gazetteer.yaml must find in each; fixtures/timeline/gazetteers/
holds gazetteer files and expected.yaml says what loading each must give
(its entity ids, or an error naming the file and the problem).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from timeline.gazetteer import Gazetteer, InvalidGazetteer, alias_units, load_gazetteer

ROOT = Path(__file__).resolve().parents[2]
SITE_GAZETTEER = ROOT / "content" / "gazetteer.yaml"
FIXTURES = Path(__file__).parent / "fixtures" / "timeline"
FILES = FIXTURES / "gazetteers"
FILE_EXPECTATIONS: dict[str, dict] = yaml.safe_load((FILES / "expected.yaml").read_text(encoding="utf-8"))
MENTION_CASES: list[dict] = yaml.safe_load((FIXTURES / "mentions.yaml").read_text(encoding="utf-8"))
ORIGIN = "content/gazetteer.yaml"


@pytest.fixture(scope="module")
def site() -> Gazetteer:
    return load_gazetteer(SITE_GAZETTEER)


def problem_with(text: str) -> str:
    with pytest.raises(InvalidGazetteer) as refused:
        Gazetteer.from_yaml(text, ORIGIN)
    message = str(refused.value)
    assert message.startswith(f"{ORIGIN}: ")
    return message.removeprefix(f"{ORIGIN}: ")


# --- the site's gazetteer ----------------------------------------------------------


SAMPLE_PEOPLE = ("belousov", "dong_jun", "putin", "zhang_youxia", "xi_jinping", "shoigu")
SAMPLE_PLACES = ("beijing", "moscow")


def test_site_gazetteer_has_the_sample_corpus_people_and_places(site: Gazetteer) -> None:
    assert all(site.kind(entity) == "person" for entity in SAMPLE_PEOPLE)
    assert all(site.kind(entity) == "place" for entity in SAMPLE_PLACES)


@pytest.mark.parametrize("entity", SAMPLE_PEOPLE + SAMPLE_PLACES)
def test_site_gazetteer_names_every_entity_in_the_interface_languages(site: Gazetteer, entity: str) -> None:
    assert {"en", "ru", "zh", "nb", "de"} <= set(site.entities[entity].names)


@pytest.mark.parametrize(("entity", "alias"), [
    ("belousov", "Belousov"), ("belousov", "Белоусов"), ("belousov", "别洛乌索夫"),
    ("belousov", "Beloussow"), ("belousov", "Andrey Belousov"),
    ("dong_jun", "Dong Jun"), ("dong_jun", "Дун Цзюнь"), ("dong_jun", "董军"), ("dong_jun", "董軍"),
    ("zhang_youxia", "Zhang Youxia"), ("zhang_youxia", "Чжан Юся"), ("zhang_youxia", "张又侠"),
    ("zhang_youxia", "張又俠"),
])
def test_site_gazetteer_knows_the_common_spellings(site: Gazetteer, entity: str, alias: str) -> None:
    assert site.mentions(f"« {alias} »") == {entity: 1}


@pytest.mark.parametrize("case", MENTION_CASES, ids=[case["why"] for case in MENTION_CASES])
def test_mentions(site: Gazetteer, case: dict) -> None:
    assert site.mentions(case["text"]) == case["mentions"]


def test_names_in_the_reader_language_with_fallbacks(site: Gazetteer) -> None:
    assert site.name("belousov", "ru") == "Андрей Белоусов"
    assert site.name("belousov", "de") == "Andrei Beloussow"
    assert site.name("belousov", "zh-Hant") == "安德烈·別洛烏索夫"
    assert site.name("beijing", "zh-Hant") == "北京"  # no zh-Hant name: zh
    assert site.name("beijing", "zh_TW") == "北京"
    assert site.name("beijing", "ja") == "Beijing"  # no Japanese name: English


def test_name_falls_back_to_the_first_name_without_english() -> None:
    gazetteer = Gazetteer.from_yaml("places: {oslo: {names: {nb: Oslo by, se: Oslo}}}", ORIGIN)
    assert gazetteer.name("oslo", "de") == "Oslo by"


def test_kinds(site: Gazetteer) -> None:
    assert (site.kind("putin"), site.kind("moscow")) == ("person", "place")
    nato = Gazetteer.from_yaml("organisations: {nato: {names: {en: NATO}}}", ORIGIN)
    assert nato.kind("nato") == "organisation"


# --- matching rules -----------------------------------------------------------------


def gazetteer_of(**aliases: list[str]) -> Gazetteer:
    people = {entity: {"names": {"en": names[0]}, "aliases": names[1:]} for entity, names in aliases.items()}
    return Gazetteer.from_yaml(yaml.safe_dump({"people": people}, allow_unicode=True), ORIGIN)


def test_yo_and_ye_are_the_same_letter() -> None:
    gazetteer = gazetteer_of(korolev=["Sergei Korolev", "Королев"], potemkin=["Grigory Potemkin", "Потёмкин"])
    assert gazetteer.mentions("Королёва и Потемкина") == {"korolev": 1, "potemkin": 1}


def test_the_longest_name_wins_over_a_shorter_one_it_starts_with() -> None:
    gazetteer = gazetteer_of(kim_jong_un=["Kim Jong Un"], kim=["Kim"])
    assert gazetteer.mentions("Kim Jong Un met Kim.") == {"kim_jong_un": 1, "kim": 1}


def test_short_words_do_not_take_endings_alone() -> None:
    # "Xi" with any three letters would find "Xian"; "Ли" would find "Лиса".
    gazetteer = gazetteer_of(xi=["Xi Jinping", "Xi"], li=["Li Qiang", "Ли"])
    assert gazetteer.mentions("Xian, Лиса, Xi, Ли") == {"xi": 1, "li": 1}


def test_names_span_any_whitespace_between_words() -> None:
    gazetteer = gazetteer_of(dong_jun=["Dong Jun"])
    assert gazetteer.mentions("Dong\u00a0Jun and Dong\n  Jun") == {"dong_jun": 2}


def test_hangul_and_kana_match_inside_words() -> None:
    # Korean glues particles to names (푸틴은), Japanese writes no spaces.
    gazetteer = gazetteer_of(putin=["Vladimir Putin", "푸틴", "プーチン"])
    assert gazetteer.mentions("푸틴은 プーチン大統領は") == {"putin": 2}


def test_alias_units_mark_endings_only_where_names_inflect() -> None:
    assert alias_units("Москва")[-2:] == ("в", "<inflected-end>")  # Москве, Москвой
    assert alias_units("Дун Цзюнь") == ("д", "у", "н", "<inflected-space>", "ц", "з", "ю", "н", "<inflected-end>")
    assert alias_units("Xi") == ("x", "i", "<end>")
    assert alias_units("安德烈·别洛乌索夫")[3] == "<dot>"


def test_an_exact_word_wins_over_an_inflected_form_of_another_name() -> None:
    gazetteer = gazetteer_of(kim=["Kim"], kima=["Kima"])
    assert gazetteer.mentions("Kim, Kima, Kimy") == {"kim": 1, "kima": 2}


def test_names_that_match_the_same_words_are_refused() -> None:
    # "Maria" may lose its "a" (Marii, Marią), so it finds "Mari" too.
    assert "'Maria' (maria) and 'Mari' (mari) match the same words" in problem_with(
        "people: {mari: {names: {en: Mari}}, maria: {names: {en: Maria}}}"
    )


def test_an_empty_gazetteer_finds_nothing() -> None:
    assert Gazetteer.from_yaml("{}", ORIGIN).mentions("Putin in Moscow") == {}
    assert len(Gazetteer.from_yaml("", ORIGIN)) == 0


def test_many_entities_and_long_texts() -> None:
    """Not a timing: 500 entities with names in three scripts still load and
    count exactly, in one pass per script class."""
    people = {
        f"p{n}": {"names": {"en": f"Person Number{n}x", "ru": f"Персона Номер{n}ов", "zh": f"人物{n}号"}}
        for n in range(500)
    }
    gazetteer = Gazetteer.from_yaml(yaml.safe_dump({"people": people}, allow_unicode=True), ORIGIN)
    text = "Person Number7x met Персоной Номер7овым; 人物499号 arrived. " * 200
    assert gazetteer.mentions(text) == {"p7": 400, "p499": 200}


# --- file errors --------------------------------------------------------------------


def test_every_fixture_has_an_expectation_and_every_expectation_a_fixture() -> None:
    fixtures = sorted(path.name for path in FILES.glob("*.yaml") if path.name != "expected.yaml")
    assert fixtures == sorted(FILE_EXPECTATIONS)


@pytest.mark.parametrize("name", sorted(n for n, case in FILE_EXPECTATIONS.items() if "entities" in case))
def test_valid_file_gives_its_entities(name: str) -> None:
    assert sorted(load_gazetteer(FILES / name).entities) == FILE_EXPECTATIONS[name]["entities"]


@pytest.mark.parametrize("name", sorted(n for n, case in FILE_EXPECTATIONS.items() if "error" in case))
def test_invalid_file_names_the_file_and_the_problem(name: str) -> None:
    path = FILES / name
    with pytest.raises(InvalidGazetteer) as refused:
        load_gazetteer(path)
    message = str(refused.value)
    assert message.startswith(f"{path}: ")
    assert FILE_EXPECTATIONS[name]["error"] in message
    assert refused.value.origin == str(path)
    assert isinstance(refused.value, ValueError)


def test_values_stay_text() -> None:
    # "no" is Norwegian, not false; a name of digits stays digits.
    gazetteer = Gazetteer.from_yaml("places: {g20: {names: {no: G20, en: 2020}}}", ORIGIN)
    assert gazetteer.entities["g20"].names == {"no": "G20", "en": "2020"}


def test_every_problem_is_reported_at_once() -> None:
    message = problem_with("people:\n  a:\n    aliases: [A1]\n  b:\n    names: {en: B}\n")
    assert "people: a: names are missing" in message
    assert "people: b: the en name 'B' is too short to find" in message


def test_unknown_section_suggests_the_spelling() -> None:
    assert "did you mean 'organisations'?" in problem_with("organizations: {}")


def test_a_missing_file_is_an_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.yaml"
    with pytest.raises(InvalidGazetteer, match=r"gazetteer\.yaml: cannot read the file"):
        load_gazetteer(path)


def test_a_file_that_is_not_utf8_is_an_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "gazetteer.yaml"
    path.write_bytes("people: {putin: {names: {ru: Путин}}}".encode("cp1251"))
    with pytest.raises(InvalidGazetteer, match=r"gazetteer\.yaml: is not UTF-8 text"):
        load_gazetteer(path)


def test_origin_names_the_file_in_messages() -> None:
    with pytest.raises(InvalidGazetteer, match=r"^site/gazetteer\.yaml: "):
        load_gazetteer(FILES / "missing_names.yaml", origin="site/gazetteer.yaml")
