"""A real Pelican build of `content/` into a temp dir, inspected as HTML."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CLIPPINGS = sorted((ROOT / "content" / "clippings").glob("*.txt"))


def test_build_log_has_no_warning_or_error(built_site) -> None:
    noisy = [line for line in built_site.log.splitlines() if "WARNING" in line or "ERROR" in line]
    assert noisy == []


def test_every_clipping_gets_a_page_named_after_its_file(built_site) -> None:
    assert CLIPPINGS, "the sample clippings are missing from content/clippings"
    for clipping in CLIPPINGS:
        assert (built_site.output / "articles" / clipping.stem / "index.html").is_file(), clipping.name


def test_about_page_is_rendered_by_markdown_it_with_table_and_footnote(built_site) -> None:
    about = built_site.read("about/index.html")
    assert "<title>About Clipline" in about
    assert "<table>" in about
    assert 'class="footnotes"' in about
    assert "---" not in about.split("<main", 1)[1]  # front matter is not shown as text


def test_home_page_links_every_article_and_the_about_page(built_site) -> None:
    home = built_site.read("index.html")
    assert 'href="about/"' in home or 'href="./about/"' in home
    for clipping in CLIPPINGS:
        assert f"articles/{clipping.stem}/" in home
