"""The markdown-it-py renderer, driven by fixture files.

Each `fixtures/markdown_reader/NAME.md` is rendered and compared with
`NAME.html`; front matter becomes the first lines of the expected file as
`key: value` comments.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from markdown_reader.render import FrontMatterError, render_markdown

FIXTURES = Path(__file__).parent / "fixtures" / "markdown_reader"
CASES = sorted(FIXTURES.glob("*.md"))


@pytest.mark.parametrize("source", CASES, ids=[case.stem for case in CASES])
def test_fixture_renders_as_expected(source: Path) -> None:
    expected = source.with_suffix(".html").read_text(encoding="utf-8")
    document = render_markdown(source.read_text(encoding="utf-8"))
    metadata = "".join(f"<!-- {key}: {value} -->\n" for key, value in sorted(document.metadata.items()))
    assert metadata + document.html == expected


def test_front_matter_that_is_not_a_mapping_is_rejected() -> None:
    with pytest.raises(FrontMatterError, match="mapping"):
        render_markdown("---\n- just\n- a list\n---\n\nText\n")


def test_front_matter_with_broken_yaml_is_rejected() -> None:
    with pytest.raises(FrontMatterError, match="not valid YAML"):
        render_markdown("---\ntitle: [unclosed\n---\n\nText\n")
