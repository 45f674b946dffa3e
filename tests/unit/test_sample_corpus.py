"""The sample corpus against the acceptance table of the normalizer issue,
written out by hand (the fixture files hold the full paragraph lists)."""

from __future__ import annotations

from pathlib import Path

import pytest

from normalizer.files import normalize_file

CLIPPINGS = Path(__file__).resolve().parents[2] / "content" / "clippings"

TABLE = {
    "000_d21d09f468805305": [
        ("ru", "Видео: Глава Минобороны КНР назвал очень важными контакты с Белоусовым на фоне ситуации в мире",
         "text", "2026-01-27", "CRMtv", None, None),
        ("zh", "视频:在世界局势背景下,中国国防部长称与别洛乌索夫的接触非常重要", "text", "2026-01-27", "CRMtv", None, None),
    ],
    "001_9b9f4fc7c43814ba": [
        ("nb", None, "derived", "2024-10-14", "nguoiduatin.vn",
         "https://www.nguoiduatin.vn/bo-truong-quoc-phong-nga-den-trung-quoc-de-dam-phan-quan-su-204241014210826959.htm",
         "Minh Duc"),
    ],
    "002_dea994c06cffd1c0": [("en", None, "derived", "2024-10-14", "MFA-Russia", None, None)],
    "003_9876cca6b7c2da3e": [
        ("en", "Russia Ready to Strengthen Practical Cooperation With Chinese Military - Defense Minister", "text",
         "2026-01-27", "Sputnik International",
         "https://sputnikglobe.com/20260127/russia-ready-to-strengthen-practical-cooperation-with-chinese-military"
         "---defense-minister-1123533991.html", None),
    ],
    "004_54b8889478977de7": [
        ("ru", "Путин призывает к более тесному сотрудничеству России и Китая", "text", "2023-11-08", "AP", None, None),
    ],
}
CHROME = {
    "001_9b9f4fc7c43814ba": ["[annonse_2]", "Kommentar (0)", "Kilde:"],
    "002_dea994c06cffd1c0": ["Also Read", "Some really nice and useful information"],
    "003_9876cca6b7c2da3e": ["feedback@", "+7495", "https://cdn", "russia, china, military", "Военные", "Subscribe",
                             "Russia, China Jointly Oppose", "All rights reserved", "1920", "true"],
    "004_54b8889478977de7": ["| Новости", "почтовом ящике", "cristiano mbappe"],
}
LAST_PARAGRAPH = {
    "000_d21d09f468805305": {"ru": "Белоусов также отметил", "zh": "别洛乌索夫还指出"},
    "001_9b9f4fc7c43814ba": {"nb": "Tidligere denne måneden"},
    "002_dea994c06cffd1c0": {"en": "Looking ahead, Belousov"},
    "003_9876cca6b7c2da3e": {"en": "\"[Beijing is also ready"},
    "004_54b8889478977de7": {"ru": "Он пригласил Чжана"},
}


@pytest.fixture(scope="module")
def results():
    return {stem: normalize_file(CLIPPINGS / f"{stem}.txt") for stem in TABLE}


@pytest.mark.parametrize("stem", TABLE)
def test_language_headline_date_outlet_source_and_byline(results, stem: str) -> None:
    got = [
        (a.lang, a.title.rstrip("。") if a.title_source != "derived" else None, a.title_source, a.date, a.outlet,
         a.source_url, a.byline)
        for a in results[stem].articles
    ]
    assert got == TABLE[stem]


@pytest.mark.parametrize("stem", TABLE)
def test_chrome_is_gone_and_the_last_real_paragraph_survives(results, stem: str) -> None:
    for article in results[stem].articles:
        body = "\n".join(p.text for p in article.paragraphs)
        for chrome in CHROME.get(stem, []):
            assert chrome not in body, chrome
        assert article.paragraphs[-1].text.startswith(LAST_PARAGRAPH[stem][article.lang]) or any(
            p.text.startswith(LAST_PARAGRAPH[stem][article.lang]) for p in article.paragraphs[-2:]
        )


def test_bilingual_clipping_keeps_each_language_to_its_own_article(results) -> None:
    russian, chinese = results["000_d21d09f468805305"].articles
    assert not any("中国" in p.text or "俄罗斯" in p.text for p in russian.paragraphs)
    assert not any("Россия" in p.text or "Белоусов" in p.text for p in chinese.paragraphs)


def test_conflicting_dates_are_warned_about(results) -> None:
    warnings = results["000_d21d09f468805305"].warnings
    assert any("dates disagree" in w and "2026-01-26" in w for w in warnings)


@pytest.mark.parametrize("stem", ["002_dea994c06cffd1c0", "004_54b8889478977de7"])
def test_undated_text_is_reported_and_the_sidecar_date_is_used(results, stem: str) -> None:
    assert results[stem].articles[0].date_source == "metadata"
    assert any("undated in the text" in w for w in results[stem].warnings)


def test_every_quote_keeps_its_attribution(results) -> None:
    russian = [p.text for p in results["000_d21d09f468805305"].articles[0].paragraphs]
    for attribution in ("- заявил министр обороны КНР", "- заявил также Дун Цзюнь", "- приводит слова российского"):
        assert any(text.startswith(attribution) for text in russian), attribution
