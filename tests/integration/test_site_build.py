"""A real Pelican build of `content/` into a temp dir, inspected as HTML."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sitebuild import ROOT, build_site

CLIPPINGS = sorted((ROOT / "content" / "clippings").glob("*.txt"))


def test_build_log_has_no_warning_or_error(built_site) -> None:
    noisy = [line for line in built_site.log.splitlines() if "WARNING" in line or "ERROR" in line]
    assert noisy == []


def test_every_clipping_gets_a_page_named_after_its_file(built_site) -> None:
    assert CLIPPINGS, "the sample clippings are missing from content/clippings"
    for clipping in CLIPPINGS:
        assert (built_site.output / "articles" / clipping.stem / "index.html").is_file(), clipping.name


def test_bilingual_clipping_gives_linked_language_versions(built_site) -> None:
    russian = built_site.read("articles/000_d21d09f468805305/index.html")
    chinese = built_site.read("articles/000_d21d09f468805305/zh/index.html")
    assert '<article lang="ru">' in russian and "Белоусовым" in russian
    assert '<article lang="zh">' in chinese and "别洛乌索夫" in chinese
    assert 'hreflang="zh"' in russian and 'hreflang="ru"' in chinese
    assert "董军" not in russian and "Дун Цзюнь" not in chinese


def test_build_ends_with_a_summary_and_writes_the_review(built_site) -> None:
    assert "Clipline: 5 clippings read, 6 articles made" in built_site.log
    review = json.loads(built_site.read("review.json"))
    assert review["clippings"] == 5 and review["articles"] == 6 and review["errors"] == []
    assert any("dates disagree" in warning and "000_d21d09f468805305" in warning for warning in review["warnings"])


def test_about_page_is_rendered_by_markdown_it_with_table_and_footnote(built_site) -> None:
    about = built_site.read("about/index.html")
    assert "<title>About Clipline" in about
    assert "<table>" in about
    assert 'class="footnotes"' in about
    assert "---" not in about.split("<main", 1)[1]  # front matter is not shown as text


def test_the_timeline_links_every_article_and_the_home_page_the_about_page(built_site) -> None:
    home = built_site.read("index.html")
    assert 'href="./about/index.html"' in home
    year_pages = "".join(path.read_text(encoding="utf-8") for path in built_site.output.glob("20[0-9][0-9]/index.html"))
    for clipping in CLIPPINGS:
        assert f"articles/{clipping.stem}/index.html" in home + year_pages


@pytest.fixture(scope="module")
def troubled_site(tmp_path_factory: pytest.TempPathFactory):
    """A content folder with good clippings and every kind of bad input."""
    content = tmp_path_factory.mktemp("content")
    shutil.copytree(ROOT / "content" / "pages", content / "pages")
    clippings = content / "clippings"
    clippings.mkdir()
    shutil.copy(CLIPPINGS[3], clippings / "good.txt")
    (clippings / "markup.txt").write_text(
        "Council votes on library hours\n\n"
        "The council voted on Tuesday to keep the central library open until nine in the evening, "
        "officials said. <script>alert(1)</script> stays text.\n"
        "A second paragraph carries an image tag <img src=x onerror=alert(1)> and more words to read.\n",
        encoding="utf-8",
    )
    (clippings / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (clippings / "empty.txt").write_bytes(b"")
    shutil.copy(CLIPPINGS[3], clippings / "bad_sidecar.txt")
    shutil.copy(CLIPPINGS[3], clippings / "good_again.txt")
    (clippings / "bad_sidecar.yaml").write_text("date: 2024-13-45\n", encoding="utf-8")
    return build_site(content, tmp_path_factory.mktemp("site"))


def test_bad_input_fails_the_build_after_writing_the_site(troubled_site) -> None:
    assert troubled_site.returncode != 0
    assert (troubled_site.output / "articles" / "good" / "index.html").is_file()
    assert (troubled_site.output / "articles" / "markup" / "index.html").is_file()


def test_every_bad_clipping_is_named_in_the_review_with_its_problem(troubled_site) -> None:
    review = json.loads((troubled_site.output / "review.json").read_text(encoding="utf-8"))
    assert review["clippings"] == 6
    assert any("good_again.txt: duplicate" in warning or "good.txt: duplicate" in warning for warning in review["warnings"])
    errors = "\n".join(review["errors"])
    assert "picture.txt" in errors and "PNG" in errors
    assert "empty.txt" in errors and "empty" in errors
    assert "bad_sidecar.yaml" in errors and "2024-13-45" in errors
    assert "error: " in troubled_site.log and "picture.txt" in troubled_site.log


def test_markup_in_a_clipping_is_shown_as_text(troubled_site) -> None:
    page = (troubled_site.output / "articles" / "markup" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<script>alert" not in page and "<img src=x" not in page


def test_undated_articles_have_their_own_page_linked_from_the_timeline(troubled_site) -> None:
    undated = (troubled_site.output / "undated" / "index.html").read_text(encoding="utf-8")
    assert "articles/markup/index.html" in undated and "articles/good/index.html" not in undated
    assert 'href="./undated/index.html"' in (troubled_site.output / "index.html").read_text(encoding="utf-8")
    assert (troubled_site.output / "ru" / "undated" / "index.html").is_file()


def test_pages_written_on_several_processes_match_one_process(tmp_path: Path) -> None:
    # The seeds give ~110 pages, above the threshold for sharing them out.
    single = build_site(ROOT / "content", tmp_path / "single", "-e", "CLIPLINE_PROCESSES=1")
    shared = build_site(ROOT / "content", tmp_path / "shared", "-e", "CLIPLINE_PROCESSES=3", "-D")
    assert single.returncode == 0 and shared.returncode == 0, single.log + shared.log
    assert "in 3 processes" in shared.log
    written = sorted(path.relative_to(single.output) for path in single.output.rglob("*") if path.is_file())
    assert written == sorted(path.relative_to(shared.output) for path in shared.output.rglob("*") if path.is_file())
    different = [str(name) for name in written if (single.output / name).read_bytes() != (shared.output / name).read_bytes()]
    assert different == []


def test_a_page_that_fails_to_render_fails_the_build_and_is_named(tmp_path: Path) -> None:
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    article = theme / "templates" / "article.html"
    broken = '{% block content %}{{ (1 / 0) if article.slug.startswith("003") else "" }}'
    article.write_text(article.read_text(encoding="utf-8").replace("{% block content %}", broken, 1), encoding="utf-8")
    site = build_site(ROOT / "content", tmp_path / "output", "-e", f'THEME="{theme}"')
    assert site.returncode != 0
    assert "ZeroDivisionError" in site.log and "while writing articles/003_9876cca6b7c2da3e/index.html" in site.log
