"""Language identification: script routing, the model, confidence, cost."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

from normalizer.language import LanguageGuess, detect_language, detect_languages, language_model

FIXTURES = Path(__file__).parent / "fixtures" / "language"
PLUGINS = Path(__file__).resolve().parents[2] / "plugins"

# Every one-sentence paragraph in these languages must be identified.
REQUIRED = {
    "en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "pl", "cs", "ro", "tr", "vi", "id",
    "ru", "uk", "bg", "sr", "zh", "zh-Hant", "ja", "ko", "ar", "fa", "he", "th", "hi", "el",
}  # fmt: skip


def _rows(name: str) -> list[tuple[str, str]]:
    """(expected code, text) rows of a fixture, skipping comments and blanks."""
    rows = []
    for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            expected, text = line.split("\t")
            rows.append((expected, text))
    return rows


SENTENCES = _rows("sentences.tsv")
SHORT_LINES = _rows("short.tsv")


def test_fixture_covers_every_required_language() -> None:
    assert REQUIRED <= {code for code, _ in SENTENCES}


@pytest.mark.parametrize(("expected", "text"), SENTENCES, ids=[f"{code}-{text[:24]}" for code, text in SENTENCES])
def test_sentence(expected: str, text: str) -> None:
    assert detect_language(text).code == expected


@pytest.mark.parametrize(("expected", "text"), SHORT_LINES, ids=[text for _, text in SHORT_LINES])
def test_short_line_is_right_or_unsure(expected: str, text: str) -> None:
    guess = detect_language(text)
    if guess.code != expected:
        assert guess.confidence < 0.35, guess


def test_confidence_grows_with_length() -> None:
    def mean_confidence(rows: list[tuple[str, str]]) -> float:
        return sum(guess.confidence for guess in detect_languages([text for _, text in rows])) / len(rows)

    assert mean_confidence(SENTENCES) > 0.85
    assert mean_confidence(SHORT_LINES) < 0.4


def test_confidence_is_between_zero_and_one() -> None:
    for guess in detect_languages([text for _, text in SENTENCES + SHORT_LINES]):
        assert 0.0 <= guess.confidence <= 1.0


@pytest.mark.parametrize("text", ["", "   \n", "2026-01-27T12:28+0000", "+74956456601", "— … —", "12:28 | 27.01.2026"])
def test_no_letters_is_undetermined(text: str) -> None:
    assert detect_language(text) == LanguageGuess("und", 0.0)


def test_guess_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        detect_language("Hello world").code = "fr"  # type: ignore[misc]


# --- Norwegian Bokmål, not Danish -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russlands forsvarsminister Andrey Belousov ankom Beijing 14. oktober for et offisielt besøk.",
        "Under et møte med den kinesiske forsvarsministeren Dong Jun sa Belousov at militært samarbeid "
        "mellom Kina og Russland spiller en viktig rolle.",
    ],
)
def test_bokmal_news_sentences_are_not_danish(text: str) -> None:
    assert detect_language(text).code == "nb"


def test_bokmal_article_is_bokmal_and_sure() -> None:
    guess = detect_language((FIXTURES / "article_nb.txt").read_text(encoding="utf-8"))
    assert guess.code == "nb"
    assert guess.confidence > 0.9


def test_caption_of_names_only_is_unsure() -> None:
    # Nothing in it is Bokmål rather than Danish: the guess must admit it.
    caption = "Kinas forsvarsminister Dong Jun (til venstre) og Russlands forsvarsminister Andrey Belousov i Beijing."
    guess = detect_language(caption)
    assert guess.code in {"nb", "da"}
    assert guess.confidence < 0.7


# --- routing by script --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("防衛省は、中国海軍の艦艇が対馬海峡を通過したと発表した。", "ja", id="kanji-and-kana"),
        pytest.param("政府は新型ミサイルの配備を決定", "ja", id="mostly-kanji-headline"),
        pytest.param("국방부는 韓美 연합훈련을 다음 달에 실시한다고 밝혔다.", "ko", id="hangul-with-hanja"),
        pytest.param(
            "俄罗斯国防部长表示，两国军事合作对维护地区稳定非常重要，双方将继续加强交流。我们喜欢の商品。",
            "zh",
            id="chinese-with-a-stray-kana",
        ),
        pytest.param("國防部長表示，兩國軍事合作對維護地區穩定非常重要。", "zh-Hant", id="traditional"),
        pytest.param("国防部长表示，两国军事合作对维护地区稳定非常重要。", "zh", id="simplified"),
        pytest.param("Η κυβέρνηση ανακοίνωσε νέα μέτρα.", "el", id="greek"),
        pytest.param("მთავრობამ ახალი ზომები გამოაცხადა.", "ka", id="georgian"),
        pytest.param("Կառավարությունը հայտարարեց նոր միջոցներ։", "hy", id="armenian"),
        pytest.param("รัฐบาลประกาศมาตรการใหม่", "th", id="thai"),
        pytest.param("הממשלה הודיעה על צעדים חדשים.", "he", id="hebrew"),
        pytest.param("די רעגירונג האָט געמאָלדן נײַע מיטלען, און דאָס איז וויכטיק.", "yi", id="yiddish"),
        pytest.param("Правительство объявило о новых мерах поддержки.", "ru", id="cyrillic-goes-to-model"),
    ],
)
def test_script_routing(text: str, code: str) -> None:
    assert detect_language(text).code == code


def test_han_without_variant_evidence_is_unsure() -> None:
    # Every character here is written the same in both systems.
    guess = detect_language("上海大江中心")
    assert guess.code == "zh"
    assert guess.confidence <= 0.5


def test_mixed_script_text_lowers_confidence() -> None:
    russian = "Министр обороны подчеркнул, что сотрудничество с союзниками сейчас важнее, чем когда-либо."
    mixed = russian + " 国防部长强调，与伙伴国家的合作比以往任何时候都更加重要。"
    assert detect_language(mixed).code == "ru"
    assert detect_language(mixed).confidence < detect_language(russian).confidence


def test_whole_article_is_sampled_and_still_right() -> None:
    article = "\n".join(text for code, text in SENTENCES if code == "de") * 40
    guess = detect_language(article)
    assert guess.code == "de"
    assert guess.confidence > 0.9


# --- the model: loaded once, cheap to call ---------------------------------


def test_model_is_one_per_process() -> None:
    assert language_model() is language_model()


def test_batch_matches_single_calls() -> None:
    texts = [text for _, text in SENTENCES[:20]]
    assert detect_languages(texts) == [detect_language(text) for text in texts]


# Runs in a fresh interpreter, importing the module on its own (without the
# normalizer package's __init__, which pulls in the whole pipeline).
_LOADING_PROBE = """
import sys, types
package = types.ModuleType("normalizer")
package.__path__ = [sys.argv[1] + "/normalizer"]
sys.modules["normalizer"] = package
from normalizer import language
assert "py3langid.langid" not in sys.modules, "model library imported eagerly"
language.detect_language("国防部长强调合作非常重要。")
language.detect_language("防衛省は発表した。")
assert language._model is None, "script-routed text loaded the model"
language.detect_language("The minister said the talks were useful.")
first = language._model
language.detect_languages(["Der Minister sagte das.", "Министр сказал это."])
assert language._model is first
"""


def test_model_loads_lazily_and_once() -> None:
    env = {**os.environ, "PYTHONWARNINGS": "error"}
    done = subprocess.run(
        [sys.executable, "-c", _LOADING_PROBE, str(PLUGINS)], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr




def test_guess_reads_the_scores_rank_lists() -> None:
    # guess reads the model's scores by column; rank lists the same scores.
    model = language_model()
    for script, text in [
        ("Latin", "Die Regierung hat am Montag einen Plan vorgestellt."),
        ("Latin", "Polisi menyelidiki kecelakaan itu karena mobil"),
        ("Cyrillic", "Правительство представило план в понедельник."),
        ("Arabic", "قدمت الحكومة خطة يوم الاثنين"),
    ]:
        ranked = dict(model._identifier.rank(text))
        decided = model._identifier._decide(text).tolist()
        for label, column in zip(model._candidates[script], model._columns[script]):
            assert decided[column] == ranked[label]


def test_the_unpacked_copy_gives_the_library_s_own_model(tmp_path: Path) -> None:
    import numpy as np

    from normalizer.model_file import load_identifier

    shipped = load_identifier()
    unpacked = load_identifier(tmp_path)
    (copy,) = tmp_path.glob("py3langid-*.npz")
    assert np.array_equal(unpacked.nb_ptc, shipped.nb_ptc) and np.array_equal(unpacked.nb_pc, shipped.nb_pc)
    assert unpacked.nb_classes == shipped.nb_classes and unpacked.tk_output == shipped.tk_output
    assert unpacked.tk_nextmove == shipped.tk_nextmove and unpacked.tk_row == shipped.tk_row
    text = "Die Regierung hat am Montag einen Plan vorgestellt."
    assert unpacked.rank(text) == shipped.rank(text)

    stamp = copy.stat().st_mtime_ns
    load_identifier(tmp_path)
    assert copy.stat().st_mtime_ns == stamp and list(tmp_path.iterdir()) == [copy]  # read again, not rewritten
