"""Links that work from disk, permanent URLs, paragraph anchors, permalinks."""

from __future__ import annotations

from pathlib import Path

from clippings.render import paragraph_anchors
from permalinks.links import collect_permalinks, lost_links, page_url
from site_links import page_link, permanent_url


def test_folder_links_name_their_index_file_so_they_open_from_disk() -> None:
    assert page_link("articles/x/") == "articles/x/index.html"
    assert page_link("") == "index.html"
    assert page_link("ru/#2026-01-27-a") == "ru/index.html#2026-01-27-a"
    assert page_link("articles/x/x.txt") == "articles/x/x.txt"


def test_permanent_url_is_absolute_once_the_site_has_an_address() -> None:
    assert permanent_url("https://example.org/clips", "articles/x/") == "https://example.org/clips/articles/x/"
    assert permanent_url("", "articles/x/") == "articles/x/"


def test_paragraph_anchors_come_from_the_text_not_the_position() -> None:
    first = paragraph_anchors(["Alpha text.", "Beta text."])
    shifted = paragraph_anchors(["A new first paragraph.", "Alpha text.", "Beta  text."])
    assert shifted[1:] == first  # inserting a paragraph or re-spacing one moves nothing
    assert paragraph_anchors(["Same.", "Same."]) == [first_anchor("Same."), first_anchor("Same.") + "-2"]


def first_anchor(text: str) -> str:
    return paragraph_anchors([text])[0]


def test_permalinks_list_pages_with_their_anchors_and_other_published_files(tmp_path: Path) -> None:
    (tmp_path / "articles" / "x").mkdir(parents=True)
    (tmp_path / "articles" / "x" / "index.html").write_text('<p id="p-1">a</p><h2 id="h">b</h2>', encoding="utf-8")
    (tmp_path / "articles" / "x" / "x.txt").write_text("raw", encoding="utf-8")
    (tmp_path / "index.html").write_text('<li id="2026-01-27-a">', encoding="utf-8")
    (tmp_path / "theme").mkdir()
    (tmp_path / "theme" / "style.css").write_text("", encoding="utf-8")
    assert collect_permalinks(tmp_path) == {"": ["2026-01-27-a"], "articles/x/": ["h", "p-1"], "articles/x/x.txt": []}
    assert page_url("ru/coverage/zh/index.html") == "ru/coverage/zh/"


def test_lost_links_names_every_missing_page_and_anchor() -> None:
    published = {"": ["e1", "e2"], "articles/a/": ["p-1"], "articles/b/": []}
    built = {"": ["e1", "e3"], "articles/a/": ["p-1", "p-2"]}
    assert lost_links(published, built) == ["(site root)#e2: the anchor is gone", "articles/b/: the page is gone"]


def test_anchors_of_unchanged_files_are_remembered_not_reread(tmp_path: Path) -> None:
    page = tmp_path / "a" / "index.html"
    page.parent.mkdir()
    page.write_text('<p id="one">', encoding="utf-8")
    known: dict = {}
    assert collect_permalinks(tmp_path, known) == {"a/": ["one"]}
    known["a/index.html"][2] = ["remembered"]  # what an unchanged file is not read for
    assert collect_permalinks(tmp_path, known) == {"a/": ["remembered"]}
    page.write_text('<p id="two">…', encoding="utf-8")
    assert collect_permalinks(tmp_path, known) == {"a/": ["two"]}
    page.unlink()
    assert collect_permalinks(tmp_path, known) == {} and known == {}
