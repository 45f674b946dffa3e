"""The normalizer judged on fixture clippings with human-cleaned expectations.

Each `fixtures/normalizer/NAME.txt` (own fixtures imitating real layouts) and
each sample clipping `content/clippings/NAME.txt` with a
`fixtures/samples/NAME.expected.yaml` is normalized and compared with its
expectation; the format is described in `fixtures/normalizer/README.md`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from normalizer.files import normalize_file
from normalizer.text import collapse_whitespace

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
OWN = HERE / "fixtures" / "normalizer"
SAMPLES = HERE / "fixtures" / "samples"
FIELDS = ("lang", "title_source", "date", "outlet", "source_url", "byline")


def _cases() -> list[tuple[Path, Path]]:
    def clipping_in(folder: Path, expected: Path) -> Path:
        return folder / (expected.name.removesuffix(".expected.yaml") + ".txt")

    own = [(clipping_in(OWN, path), path) for path in sorted(OWN.glob("*.expected.yaml"))]
    samples = [
        (clipping_in(ROOT / "content" / "clippings", path), path)
        for path in sorted(SAMPLES.glob("*.expected.yaml"))
    ]
    return own + samples


CASES = _cases()


@pytest.fixture(scope="module")
def results() -> dict[Path, object]:
    return {clipping: normalize_file(clipping, clipping.name) for clipping, _ in CASES}


@pytest.mark.parametrize(("clipping", "expected_file"), CASES, ids=[c.stem for c, _ in CASES])
def test_clipping_normalizes_as_a_person_would(clipping: Path, expected_file: Path, results) -> None:
    expected = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
    result = results[clipping]
    assert result.errors == []
    assert [a.lang for a in result.articles] == [a["lang"] for a in expected["articles"]]
    for got, want in zip(result.articles, expected["articles"]):
        for name in FIELDS:
            if name in want:
                assert getattr(got, name) == _as_text(want[name]), f"{name} of the {got.lang} article"
        if want.get("title") is not None:
            assert _strip_final_stop(got.title) == _strip_final_stop(want["title"])
        want_paragraphs = [_paragraph(item) for item in want.get("paragraphs", [])]
        got_paragraphs = [(p.kind, p.text) for p in got.paragraphs]
        assert got_paragraphs == want_paragraphs
        for chrome in want.get("absent", []):
            assert all(chrome not in text for _, text in got_paragraphs), chrome
            assert chrome not in got.title
    for warning in expected.get("warnings", []):
        assert any(warning in message for message in result.warnings), warning


def _paragraph(item: dict) -> tuple[str, str]:
    (kind, text), = item.items()
    return kind, collapse_whitespace(text)


def _as_text(value: object) -> object:
    return None if value is None else str(value)


def _strip_final_stop(title: str) -> str:
    return title.rstrip("。.")
