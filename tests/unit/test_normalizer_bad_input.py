"""Bad input: every problem is named with its file, and nothing else breaks."""

from __future__ import annotations

from pathlib import Path

import pytest

from normalizer import normalize_clipping
from normalizer.duplicates import DuplicateFinder
from normalizer.files import normalize_file

ARTICLE = (
    "Council keeps the library open late\n"
    "The city council voted on Tuesday, 4 March 2025, to keep the central library open until nine.\n"
    "“People asked for it and we listened,” said the mayor, who proposed the change last year.\n"
    "The longer hours start in April and cost about forty thousand a year, officials said.\n"
)


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"  \n\t\n  ", "no text", id="blank"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG", id="png-named-txt"),
        pytest.param(bytes(range(256)) * 4, "binary", id="binary"),
    ],
)
def test_unreadable_clipping_is_an_error_naming_the_file(raw: bytes, problem: str) -> None:
    result = normalize_clipping(raw, "clippings/odd.txt")
    assert result.articles == []
    assert len(result.errors) == 1
    assert result.errors[0].startswith("clippings/odd.txt: ")
    assert problem.lower() in result.errors[0].lower()


@pytest.mark.parametrize(
    ("raw", "warning"),
    [
        pytest.param(b"\xef\xbb\xbf" + ARTICLE.encode(), None, id="utf8-bom"),
        pytest.param(ARTICLE.encode("utf-16"), "UTF-16", id="utf16-bom"),
        pytest.param(ARTICLE.replace("\n", "\r\n").encode(), None, id="crlf"),
        pytest.param(ARTICLE.replace("\n", "\r").encode(), None, id="cr"),
    ],
)
def test_other_encodings_and_line_ends_give_the_same_article(raw: bytes, warning: str | None) -> None:
    expected = normalize_clipping(ARTICLE.encode(), "a.txt").articles
    result = normalize_clipping(raw, "a.txt")
    assert result.errors == []
    assert [p.text for p in result.articles[0].paragraphs] == [p.text for p in expected[0].paragraphs]
    if warning:
        assert any(warning.lower() in message.lower() for message in result.warnings)


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        pytest.param(
            "Москва. Министр обороны провёл переговоры с коллегой из Пекина 27 января 2026 года.\n"
            "Стороны договорились расширить сотрудничество и провести новые совместные учения.\n"
            "«Мы готовы работать вместе», — заявил министр после встречи с журналистами.\n",
            "windows-1251",
            id="windows-1251",
        ),
        pytest.param(
            "北京，1月27日。两国国防部长通过视频举行会谈，双方同意加强合作。\n"
            "中方表示愿同俄方一道，认真落实两国元首达成的重要共识，加强战略协作。\n"
            "双方还讨论了联合演习和人员培训等领域的务实合作问题。\n",
            "gb18030",
            id="gb18030",
        ),
    ],
)
def test_legacy_encoding_is_decoded_with_a_warning_naming_it(text: str, codec: str) -> None:
    result = normalize_clipping(text.encode(codec), "legacy.txt")
    assert result.errors == []
    assert any(codec.split("-")[-1] in message.lower() or codec in message.lower() for message in result.warnings)
    assert result.articles and result.articles[0].paragraphs[0].text in text


def test_markup_is_kept_as_text() -> None:
    raw = (ARTICLE + "A reader wrote <script>alert(1)</script> and <img src=x onerror=alert(1)> in a comment box.\n")
    paragraphs = [p.text for p in normalize_clipping(raw.encode(), "m.txt").articles[0].paragraphs]
    assert any("<script>alert(1)</script>" in text for text in paragraphs)


def test_a_200_kb_line_without_newline_is_handled() -> None:
    result = normalize_clipping(("word " * 40_000).encode(), "long.txt")
    assert result.errors == []
    assert {record.line for record in result.lines} == {1}


def test_a_page_of_chrome_only_gives_no_article_and_says_so() -> None:
    raw = "Home\nWorld\nSport\nSubscribe\nLog in\nShare\n© 2025 Example Media. All rights reserved.\n"
    result = normalize_clipping(raw.encode(), "chrome.txt")
    assert result.articles == []
    assert any("no article" in warning for warning in result.warnings)
    assert all(record.role == "removed" for record in result.lines)


def test_invalid_sidecar_is_an_error_naming_the_sidecar(tmp_path: Path) -> None:
    clipping = tmp_path / "story.txt"
    clipping.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "story.yaml").write_text("date: 2024-13-45\ntitel: x\n", encoding="utf-8")
    result = normalize_file(clipping)
    assert any("story.yaml" in error and "2024-13-45" in error for error in result.errors)
    assert any("titel" in error for error in result.errors)


def test_the_same_clipping_twice_is_kept_with_a_duplicate_warning() -> None:
    finder = DuplicateFinder()
    first = normalize_clipping(ARTICLE.encode(), "one.txt")
    second = normalize_clipping(ARTICLE.encode(), "two.txt")
    finder.check(first)
    finder.check(second)
    assert first.articles and second.articles
    assert not any("duplicate" in warning for warning in first.warnings)
    assert any("duplicate" in warning and "one.txt" in warning for warning in second.warnings)
