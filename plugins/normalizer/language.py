"""The language of a piece of text, as a BCP-47 code with a confidence.

Routing is by writing system first, because most scripts name their language
outright and a statistical model can only add mistakes there:

* kana -> "ja"; hangul -> "ko"; Han alone -> "zh" or "zh-Hant", decided by
  characters that exist only in Simplified or only in Traditional writing
  (CC-CEDICT's character lists, shipped by the ``zhon`` package);
* Hebrew -> "he", or "yi" when Yiddish spelling or function words show;
* Greek, Georgian, Armenian, Thai and other single-language scripts -> their
  language;
* Latin, Cyrillic, Arabic, Devanagari and Bengali, which many languages
  share, go to py3langid's naive Bayes model (the langid.py method, 139
  languages), restricted to the languages written in that script; for two
  pairs it cannot separate on short text (Indonesian/Malay, Norwegian/
  Danish) words spelled differently in each settle close calls.

The model loads once per process, on the first text that needs it (about
0.4 s, or 0.1 s from an unpacked copy, ~110 MB); texts routed by script never load it. Confidence is the
model's (or the rule's) certainty, scaled down for short text and for text
mixing scripts, so a three-word line never looks as sure as a paragraph.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .model_file import load_identifier
from .scripts import script_profile


@dataclass(frozen=True)
class LanguageGuess:
    """A BCP-47 language code and how sure we are of it, from 0 to 1."""

    code: str
    confidence: float


UNDETERMINED = "und"

# --- scripts shared by several languages: the statistical model -------------

# py3langid's labels by script. Left out on purpose: regional varieties and
# creoles that mostly steal short text from their big neighbours in news
# (Aragonese, Extremaduran, Ligurian, Venetian, Walloon, Latgalian, Bikol,
# Nigerian Pidgin, French Guianese/Guadeloupean Creole, Acehnese, Gun,
# Fulfulde, Kikuyu, Volapük) and ancient languages.
_LATIN_LANGUAGES = (
    "af az br bs ca crh cs cy da de en eo es et eu fi fo fr fy ga gd gl gug ha"
    " hr ht hu id ig is it jv kab ku la lb lg ln lt lv mg ms mt nl nn no nso oc"
    " om pl pt qu ro rw se sk sl sn so sq sr st sv sw tk tl tr uz vi xh yo zu"
).split()
_MODEL_LANGUAGES: dict[str, tuple[str, ...]] = {
    "Latin": tuple(_LATIN_LANGUAGES),
    "Cyrillic": ("ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "mn", "tg", "tt", "ba", "uz"),
    "Arabic": ("ar", "ary", "arz", "fa", "ps", "ur", "ug", "sdh", "uzs"),
    "Devanagari": ("hi", "mr", "ne", "sa", "gom"),
    "Bengali": ("bn", "as"),
}
# The model's "not a language" class (numbers, code, identifiers).
_NOT_LANGUAGE = "zxx"

# Model label -> BCP-47, where they differ. Script subtags only where the
# script is not the language's default one.
_CODE_FOR_LABEL: dict[tuple[str, str], str] = {
    ("Latin", "no"): "nb",  # beside its own "nn", the model's "no" is Bokmål
    ("Latin", "sr"): "sr-Latn",
    ("Cyrillic", "uz"): "uz-Cyrl",
    ("Arabic", "ary"): "ar",  # dialect labels fire on Modern Standard
    ("Arabic", "arz"): "ar",  # Arabic news too; report the macrolanguage
    ("Arabic", "uzs"): "uz-Arab",
}

# Close neighbours the character n-gram model cannot tell apart on a sentence
# or two, each with words spelled differently in it than in its neighbour
# (standard orthography, not style): Indonesian "bahwa, karena, persen" vs
# Malay "bahawa, kerana, peratus"; Norwegian (both written standards) "av,
# etter, meg" vs Danish "af, efter, mig". Each word (or word pair) found
# moves its labels up by _MARKER_WEIGHT, in the model's length-scaled units,
# so markers decide close calls on short text and fade against the model on
# long text.
_MARKER_WORDS: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = (
    (
        ("id",),
        frozenset(
            "bahwa karena persen uang polisi kesehatan pasien menyelidiki kecelakaan"
            " diperkirakan sebesar mobil kantor bisa pemerintah membahas agustus"
            " desember juli maret juni jumat provinsi kabupaten".split()
        )
        | {"kerja sama", "rumah sakit", "tahun depan", "rancangan undang"},
    ),
    (
        ("ms",),
        frozenset(
            "bahawa kerana peratus wang polis kesihatan pesakit menyiasat kemalangan"
            " dijangka berhampiran hospital pejabat baharu kerajaan sahaja syarikat"
            " akhbar kerjasama ogos disember julai jumaat ahad".split()
        )
        | {"rang undang", "tahun hadapan", "lebuh raya"},
    ),
    (
        ("no", "nn"),
        frozenset("av etter meg deg seg sa uke uka ut opp mellom hjem hennes kanskje".split()),
    ),
    (
        ("da",),
        frozenset("af efter mig dig sig sagde uge ugen ud op mellem hjemme hendes måske".split()),
    ),
)
_MARKED_LABELS = frozenset(label for labels, _ in _MARKER_WORDS for label in labels)
_MARKER_WEIGHT = 0.75
_LATIN_WORD = re.compile(r"[^\W\d_]+")

# --- scripts that name their language ---------------------------------------

# script -> (code, how sure the script alone makes us)
_SCRIPT_LANGUAGE: dict[str, tuple[str, float]] = {
    "Greek": ("el", 0.99),
    "Georgian": ("ka", 0.99),
    "Armenian": ("hy", 0.99),
    "Thai": ("th", 0.99),
    "Lao": ("lo", 0.99),
    "Khmer": ("km", 0.99),
    "Myanmar": ("my", 0.9),  # also Shan, Mon, Karen
    "Sinhala": ("si", 0.99),
    "Tamil": ("ta", 0.99),
    "Telugu": ("te", 0.99),
    "Kannada": ("kn", 0.99),
    "Malayalam": ("ml", 0.99),
    "Gujarati": ("gu", 0.99),
    "Gurmukhi": ("pa", 0.99),
    "Oriya": ("or", 0.99),
    "Thaana": ("dv", 0.99),
    "Ethiopic": ("am", 0.8),  # also Tigrinya
    "Tibetan": ("bo", 0.7),  # also Dzongkha
    "Mongolian": ("mn-Mong", 0.9),
    "Cherokee": ("chr", 0.99),
    "Syriac": ("syr", 0.8),
    "Nko": ("nqo", 0.9),
    "Tifinagh": ("zgh", 0.7),
    "Canadian_Aboriginal": ("iu", 0.5),  # also Cree, Ojibwe
    "Yi": ("ii", 0.99),
    "Ol_Chiki": ("sat", 0.99),
}

_KANA = ("Hiragana", "Katakana")
_CJK = ("Han", "Hiragana", "Katakana", "Hangul", "Bopomofo")
_CJK_GROUP = "CJK"

# Letters after which text is long enough for full confidence: a few words
# of an alphabet leave the model guessing; a dozen Han characters are a
# sentence; one word of a script that names its language already decides.
_FULL_LENGTH_MODEL = 40
_FULL_LENGTH_CJK = 12
_FULL_LENGTH_SCRIPT = 10
# Longer text is sampled: this many characters in this many windows.
_MAX_SAMPLE = 1500
_SAMPLE_WINDOWS = 6
# Japanese writes most sentences with kana; a stray "の" in Chinese does not
# make it Japanese.
_MIN_KANA_SHARE = 0.05
_MIN_HANGUL_SHARE = 0.2
# Han text without a single Simplified- or Traditional-only character.
_VARIANT_UNKNOWN_CONFIDENCE = 0.5


def detect_language(text: str) -> LanguageGuess:
    """The language of ``text`` as a BCP-47 code with a confidence in [0, 1].

    Returns ``LanguageGuess("und", 0.0)`` when ``text`` has no letters.
    Long text (a whole article) is judged on evenly spaced excerpts.
    """
    text = _excerpts(text)
    profile = script_profile(text)
    total = sum(profile.values())
    if not total:
        return LanguageGuess(UNDETERMINED, 0.0)
    group, letters = _dominant_group(profile)
    dominance = letters / total
    if group == _CJK_GROUP:
        code, certainty = _cjk_language(profile, text)
        full_length = _FULL_LENGTH_CJK
    elif group in _MODEL_LANGUAGES:
        code, certainty = language_model().guess(text, group)
        full_length = _FULL_LENGTH_MODEL
    elif group == "Hebrew":
        code, certainty = _hebrew_or_yiddish(text)
        full_length = _FULL_LENGTH_SCRIPT
    elif group in _SCRIPT_LANGUAGE:
        code, certainty = _SCRIPT_LANGUAGE[group]
        full_length = _FULL_LENGTH_SCRIPT
    else:
        return LanguageGuess(UNDETERMINED, 0.0)
    if code == UNDETERMINED:
        return LanguageGuess(UNDETERMINED, 0.0)
    confidence = certainty * _length_factor(letters, full_length) * dominance
    return LanguageGuess(code, round(confidence, 4))


def _excerpts(text: str) -> str:
    """``text``, or for long text a few windows spread over it.

    A few thousand characters decide a language as well as a whole article,
    and the model's cost grows with length; windows from start to end keep
    page chrome at either end from deciding alone.
    """
    if len(text) <= _MAX_SAMPLE:
        return text
    window = _MAX_SAMPLE // _SAMPLE_WINDOWS
    stride = (len(text) - window) // (_SAMPLE_WINDOWS - 1)
    return "\n".join(text[i * stride : i * stride + window] for i in range(_SAMPLE_WINDOWS))


def _length_factor(letters: int, full_length: int) -> float:
    """1 from ``full_length`` letters on, falling like a square root below:
    a model's evidence grows roughly with the square root of the sample."""
    return min(1.0, letters / full_length) ** 0.5


def detect_languages(texts: Sequence[str]) -> list[LanguageGuess]:
    """``detect_language`` for each text, in order (the model loads once)."""
    return [detect_language(text) for text in texts]


def _dominant_group(profile: dict[str, int]) -> tuple[str, int]:
    """The script with most letters, counting Han, kana and hangul as one."""
    groups: dict[str, int] = {}
    for script, count in profile.items():
        group = _CJK_GROUP if script in _CJK else script
        groups[group] = groups.get(group, 0) + count
    group = max(groups, key=groups.__getitem__)
    return group, groups[group]


# --- Chinese, Japanese, Korean ----------------------------------------------


def _cjk_language(profile: dict[str, int], text: str) -> tuple[str, float]:
    kana = sum(profile.get(script, 0) for script in _KANA)
    hangul = profile.get("Hangul", 0)
    han = profile.get("Han", 0)
    cjk = kana + hangul + han + profile.get("Bopomofo", 0)
    if hangul > kana and hangul >= _MIN_HANGUL_SHARE * cjk:
        return "ko", 0.99
    if kana and kana >= _MIN_KANA_SHARE * (kana + han):
        return "ja", 0.99
    if han:
        return _chinese_variant(text)
    if hangul:
        return "ko", 0.99
    if kana:
        return "ja", 0.99
    return "zh-Hant", 0.9  # bopomofo alone: Taiwanese phonetic notation


def _chinese_variant(text: str) -> tuple[str, float]:
    """ "zh" (Simplified) or "zh-Hant" (Traditional), by the characters only
    one of the two systems uses; ties and no evidence lean to Simplified."""
    simplified_only, traditional_only = _variant_characters()
    simplified = sum(1 for char in text if char in simplified_only)
    traditional = sum(1 for char in text if char in traditional_only)
    if simplified == traditional == 0:
        return "zh", _VARIANT_UNKNOWN_CONFIDENCE
    # Additive smoothing: one telling character is suggestive, ten are proof.
    if traditional > simplified:
        return "zh-Hant", (traditional + 0.5) / (traditional + simplified + 1)
    return "zh", (simplified + 0.5) / (traditional + simplified + 1)


@lru_cache(maxsize=1)
def _variant_characters() -> tuple[frozenset[str], frozenset[str]]:
    """(Simplified-only, Traditional-only) characters, from CC-CEDICT."""
    from zhon import cedict

    simplified = frozenset(cedict.simplified)
    traditional = frozenset(cedict.traditional)
    return simplified - traditional, traditional - simplified


# --- Hebrew and Yiddish -------------------------------------------------------

# Yiddish spelling: double vav/yod letters, rafe, alef with patah or qamats
# (YIVO spelling), and precomposed forms of these.
_YIDDISH_SPELLING = re.compile("[\u05f0-\u05f2\ufb1f\ufb2e\ufb2f\ufb4c\ufb4e\u05bf]|\u05d0[\u05b7\u05b8]")
_POINTS = re.compile("[\u0591-\u05c7]")
_LIGATURES = str.maketrans({"\u05f0": "וו", "\u05f1": "וי", "\u05f2": "יי"})
_WORD = re.compile("[\u05d0-\u05ea]+")
# Very frequent words of one language that the other (almost) never writes,
# without points and with double letters spelled out.
_YIDDISH_WORDS = frozenset("און איז פון ניט נישט זיך האט אויף וואס מיט דער דאס".split())
_HEBREW_WORDS = frozenset("של את על עם הוא היא לא כי גם זה אשר היה בין כל".split())


def _hebrew_or_yiddish(text: str) -> tuple[str, float]:
    yiddish = len(_YIDDISH_SPELLING.findall(text))
    hebrew = 0
    for word in _WORD.findall(_POINTS.sub("", text).translate(_LIGATURES)):
        yiddish += word in _YIDDISH_WORDS
        hebrew += word in _HEBREW_WORDS
    # Hebrew is far more common in news, so it wins ties.
    if yiddish > hebrew:
        return "yi", (yiddish + 0.5) / (yiddish + hebrew + 1)
    return "he", max(0.9, (hebrew + 0.5) / (yiddish + hebrew + 1))


# --- the statistical model ----------------------------------------------------


class ScriptRestrictedModel:
    """py3langid's model, answering only among one script's languages.

    Build it with ``language_model()``, which keeps one per process.
    """

    def __init__(self, unpacked_in: Path | None = None) -> None:
        self._identifier = load_identifier(unpacked_in)
        missing = {label for labels in _MODEL_LANGUAGES.values() for label in labels} - set(
            self._identifier.labels
        )
        if missing:
            # A different model version: fail loudly rather than quietly
            # stop recognising a language.
            raise RuntimeError(f"py3langid's model lacks {sorted(missing)}; update _MODEL_LANGUAGES")
        self._candidates = {script: labels + (_NOT_LANGUAGE,) for script, labels in _MODEL_LANGUAGES.items()}
        # A label's score is in its first column of the model's output (a
        # label the model lists twice has its scores merged there).
        first_column: dict[str, int] = {}
        for column, label in enumerate(self._identifier.nb_classes):
            first_column.setdefault(label, column)
        self._columns = {
            script: [first_column[label] for label in labels] for script, labels in self._candidates.items()
        }

    def guess(self, text: str, script: str) -> tuple[str, float]:
        """(code, probability) among the languages written in ``script``."""
        # The scores ``rank`` would list, read by column: the same numbers
        # without sorting all of the model's labels on every call.
        scores = self._identifier._decide(text).tolist()
        candidates = self._candidates[script]
        # The same temperature py3langid uses for its own probabilities:
        # raw log-likelihoods grow with length, so they are scaled by the
        # square root of the byte count to keep short text uncertain.
        temperature = math.sqrt(len(text.encode("utf-8")) or 1)
        scaled = [scores[column] / temperature for column in self._columns[script]]
        best = max(range(len(candidates)), key=scaled.__getitem__)
        if candidates[best] in _MARKED_LABELS:
            scaled = _with_marker_words(text, candidates, scaled)
            best = max(range(len(candidates)), key=scaled.__getitem__)
        top = scaled[best]
        total = sum(map(math.exp, [score - top for score in scaled]))
        label = candidates[best]
        if label == _NOT_LANGUAGE:
            return UNDETERMINED, 0.0
        return _CODE_FOR_LABEL.get((script, label), label), 1.0 / total


_model: ScriptRestrictedModel | None = None
_model_lock = threading.Lock()


def language_model(unpacked_in: Path | None = None) -> ScriptRestrictedModel:
    """The process's one model, loaded on first use (call early to preload;
    `unpacked_in` is a folder for an unpacked copy, see `model_file`)."""
    global _model
    if _model is None:
        with _model_lock:
            if _model is None:
                _model = ScriptRestrictedModel(unpacked_in)
    return _model


def _with_marker_words(text: str, labels: Sequence[str], scaled: list[float]) -> list[float]:
    """``scaled`` with each label raised by the marker words of it in ``text``."""
    words = _LATIN_WORD.findall(text.lower())
    words += [f"{first} {second}" for first, second in zip(words, words[1:])]
    bonus = dict.fromkeys(labels, 0.0)
    for marked, markers in _MARKER_WORDS:
        found = sum(1 for word in words if word in markers)
        for label in marked:
            if label in bonus:
                bonus[label] += _MARKER_WEIGHT * found
    return [score + bonus[label] for label, score in zip(labels, scaled)]
