"""Writing-system analysis: script_of, script_profile, split_mixed_line."""

from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalizer import scripts
from normalizer.scripts import script_of, script_profile, split_mixed_line

# --- script_of ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("char", "script"),
    [
        ("A", "Latin"),
        ("é", "Latin"),
        ("ệ", "Latin"),  # Vietnamese, Latin Extended Additional
        ("ß", "Latin"),
        ("Ａ", "Latin"),  # fullwidth
        ("Ж", "Cyrillic"),
        ("ї", "Cyrillic"),
        ("λ", "Greek"),
        ("ά", "Greek"),
        ("中", "Han"),
        ("々", "Han"),
        ("\U00020000", "Han"),  # CJK Extension B, outside the BMP
        ("あ", "Hiragana"),
        ("ア", "Katakana"),
        ("ｱ", "Katakana"),  # halfwidth
        ("한", "Hangul"),
        ("ㄱ", "Hangul"),
        ("ب", "Arabic"),
        ("پ", "Arabic"),
        ("ש", "Hebrew"),
        ("ก", "Thai"),
        ("क", "Devanagari"),
        ("অ", "Bengali"),
        ("ა", "Georgian"),
        ("Ա", "Armenian"),
        ("ሀ", "Ethiopic"),
        ("ㄅ", "Bopomofo"),
        ("5", "Common"),
        ("٣", "Common"),  # Arabic-Indic digit
        (",", "Common"),
        (" ", "Common"),
        ("。", "Common"),
        ("€", "Common"),
        ("©", "Common"),
        ("ー", "Common"),  # Japanese long vowel mark, used by both kana
        ("\u0301", "Inherited"),  # combining acute accent
    ],
)
def test_script_of(char: str, script: str) -> None:
    assert script_of(char) == script


def test_range_table_is_sorted_and_disjoint() -> None:
    previous_last = -1
    for first, last, _ in scripts._RANGES:
        assert first <= last
        assert first > previous_last
        previous_last = last


# --- script_profile -------------------------------------------------------------


def test_profile_counts_letters_per_script() -> None:
    assert script_profile("CCTV: 中国国防部 2026") == {"Latin": 4, "Han": 5}


def test_profile_leaves_out_digits_punctuation_and_marks() -> None:
    assert script_profile("12:28 — «…» +7 495") == {}
    # Devanagari vowel signs are marks: only the consonants count.
    assert script_profile("हिंदी") == {"Devanagari": 2}


def test_profile_of_japanese_has_each_script() -> None:
    assert script_profile("東京のニュース") == {"Han": 2, "Hiragana": 1, "Katakana": 3}


# --- split_mixed_line: lines that must be split ---------------------------------


@pytest.mark.parametrize(
    ("line", "parts"),
    [
        pytest.param(
            "视频:在世界局势背景下,中国国防部长称与别洛乌索夫的接触非常重要。"
            "Видео: Глава Минобороны КНР назвал очень важными контакты с Белоусовым на фоне ситуации в мире",
            [
                "视频:在世界局势背景下,中国国防部长称与别洛乌索夫的接触非常重要。",
                "Видео: Глава Минобороны КНР назвал очень важными контакты с Белоусовым на фоне ситуации в мире",
            ],
            id="zh-then-ru-after-full-stop",
        ),
        pytest.param(
            "俄罗斯国防部长安德烈·别洛乌索夫表示,俄中全面战略协作伙伴关系持续稳步发展。 "
            "Всеобъемлющее стратегическое партнерство России и Китая поступательно развивается, "
            "заявил министр обороны Российской Федерации Андрей Белоусов.",
            [
                "俄罗斯国防部长安德烈·别洛乌索夫表示,俄中全面战略协作伙伴关系持续稳步发展。",
                "Всеобъемлющее стратегическое партнерство России и Китая поступательно развивается, "
                "заявил министр обороны Российской Федерации Андрей Белоусов.",
            ],
            id="zh-then-ru-with-space",
        ),
        pytest.param(
            "Видео предоставлено Минобороны РФ | 视频由俄罗斯国防部提供。",
            ["Видео предоставлено Минобороны РФ", "视频由俄罗斯国防部提供。"],
            id="separator-dropped",
        ),
        pytest.param(
            "© AP Photo / Heng SinithВоенные китайской армии на построении",
            ["© AP Photo / Heng Sinith", "Военные китайской армии на построении"],
            id="credit-glued-to-caption",
        ),
        pytest.param(
            "Министр обороны прибыл в Пекин с визитом. The minister arrived in Beijing for talks. "
            "Переговоры продлятся два дня.",
            [
                "Министр обороны прибыл в Пекин с визитом.",
                "The minister arrived in Beijing for talks.",
                "Переговоры продлятся два дня.",
            ],
            id="three-sentences-two-languages",
        ),
        pytest.param(
            "Переговоры прошли в Пекине — 会谈在北京举行，双方讨论了合作问题。",
            ["Переговоры прошли в Пекине", "会谈在北京举行，双方讨论了合作问题。"],
            id="dash-separator",
        ),
        pytest.param(
            "Министр заявил об этом журналистам. «The talks were very useful», he said.",
            ["Министр заявил об этом журналистам.", "«The talks were very useful», he said."],
            id="opening-quote-goes-right",
        ),
        pytest.param(
            "Η συνάντηση έγινε στην Αθήνα. The meeting took place in Athens yesterday.",
            ["Η συνάντηση έγινε στην Αθήνα.", "The meeting took place in Athens yesterday."],
            id="greek-then-english",
        ),
    ],
)
def test_splits(line: str, parts: list[str]) -> None:
    assert split_mixed_line(line) == parts


# --- split_mixed_line: lines that must stay whole -------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("中国中央电视台CCTV报道，北约NATO秘书长表示，苹果公司发布了iPhone 16手机。", id="acronyms-in-zh"),
        pytest.param("МОСКВА, 27 янв - CRMtv. Министр обороны КНР адмирал Дун Цзюнь в ходе переговоров", id="agency-in-ru"),
        pytest.param("Генсек NATO Марк Рютте посетил Киев и провел переговоры с президентом.", id="nato-in-ru"),
        pytest.param("Председатель КНР Си Цзиньпин (习近平) провел переговоры с президентом России.", id="zh-name-in-ru"),
        pytest.param(
            "Армия Китая (中国人民解放军部队) провела учения вместе с армией Камбоджи.",
            id="long-zh-name-in-ru",
        ),
        pytest.param("東京都の小池百合子知事は記者会見で、新しい防災計画を発表しました。", id="japanese-kanji-kana"),
        pytest.param("防衛省によると、中国海軍の艦艇が日本海を通過した。アメリカ軍も警戒を強めている。", id="japanese-sentences"),
        pytest.param("국방부는 韓美 연합훈련을 다음 달에 실시한다고 밝혔다.", id="korean-with-hanja"),
        pytest.param("أعلنت شركة Apple عن هاتف iPhone 16 Pro Max الجديد في مؤتمر صحفي", id="brands-in-arabic"),
        pytest.param("شاهد الفيديو على موقعنا الرسمي عبر YouTube Music Premium", id="brand-at-end-of-arabic"),
        pytest.param(
            "Президент заявил: «We will never surrender to them, never ever», — сказал он.",
            id="quote-inside-ru-sentence",
        ),
        pytest.param("Он сказал это. Apple Music Premium теперь доступен в России.", id="brand-starting-ru-sentence"),
        pytest.param(
            "详情请访问官方网站 https://www.example.com/news/world/china-russia-talks-today 了解更多。",
            id="url-in-zh",
        ),
        pytest.param("Russia Ready to Strengthen Practical Cooperation With Chinese Military", id="one-language"),
        pytest.param("Фото: Reuters", id="too-short-to-split"),
        pytest.param("", id="empty"),
    ],
)
def test_no_split(line: str) -> None:
    assert split_mixed_line(line) == [line.strip()]


def test_surrounding_whitespace_is_stripped() -> None:
    assert split_mixed_line("  \tМинистр прибыл в Пекин.  \n") == ["Министр прибыл в Пекин."]


# --- properties ---------------------------------------------------------------

_WORDS = {
    "Latin": ["the", "minister", "said", "NATO", "iPhone", "talks", "Beijing", "und", "der"],
    "Cyrillic": ["министр", "заявил", "что", "Москва", "переговоры", "КНР", "и"],
    "Han": ["中国", "国防部长", "表示", "会谈", "非常重要", "北京"],
    "Kana": ["の", "は", "ニュース", "です", "アメリカ"],
    "Hangul": ["국방부", "발표했다", "회담"],
    "Arabic": ["وزير", "الدفاع", "قال", "إن"],
}
_GLUE = [" ", " ", " ", ", ", ". ", "。", " | ", " / ", " – ", ": ", "«", "» ", "(", ") ", "", "-", "12", "\t"]

# A line is a few stretches of one script each (1-8 words, so some are long
# enough to split off), glued with spaces, punctuation and separators.
_stretch = st.sampled_from(sorted(_WORDS)).flatmap(
    lambda script: st.lists(st.tuples(st.sampled_from(_WORDS[script]), st.sampled_from(_GLUE)), min_size=1, max_size=8)
)
_lines = st.lists(_stretch, max_size=6).map(
    lambda stretches: "".join(word + glue for stretch in stretches for word, glue in stretch)
)


def _letters(text: str) -> str:
    return "".join(char for char in text if script_profile(char))


@settings(max_examples=300, deadline=None)
@given(_lines)
def test_parts_are_ordered_substrings_and_keep_every_letter(line: str) -> None:
    parts = split_mixed_line(line)
    position = 0
    for part in parts:
        assert part == part.strip()
        found = line.find(part, position)
        assert found >= 0, (part, line)
        # Only whitespace or one dropped separator may lie between parts.
        assert not _letters(line[position:found])
        position = found + len(part)
    assert not _letters(line[position:])
    assert "".join(_letters(part) for part in parts) == _letters(line)


# --- cost -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    [
        pytest.param("Министр заявил. The minister said so. 中国国防部长表示非常重要。 ", id="mixed-sentences"),
        pytest.param("aж", id="script-switch-every-letter"),
        pytest.param("x", id="one-endless-word"),
        pytest.param("https://example.com/" + "a" * 50, id="urls"),
        pytest.param("NATO ", id="acronyms"),
    ],
)
def test_long_line_without_newline_is_linear(unit: str) -> None:
    line = unit * (200_000 // len(unit))
    # Quadratic behaviour would take minutes here (speed is measured by the
    # benchmark, not asserted); the split must still account for every part.
    parts = split_mixed_line(line)
    assert sum(len(part) for part in parts) <= len(line)
