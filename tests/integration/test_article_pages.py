"""Article pages that readers trust and reports cite: provenance, the cite
box, paragraph anchors, feeds, and links that survive later builds."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from permalinks.links import lost_links
from sitebuild import ROOT, build_site

SPUTNIK = "articles/003_9876cca6b7c2da3e/"
AP = "articles/004_54b8889478977de7/"


def raw(stem: str) -> bytes:
    return (ROOT / "content" / "clippings" / f"{stem}.txt").read_bytes()


def test_the_raw_clipping_is_published_byte_for_byte_and_linked(built_site) -> None:
    for clipping in (ROOT / "content" / "clippings").glob("*.txt"):
        copy = built_site.output / "articles" / clipping.stem / clipping.name
        assert copy.read_bytes() == clipping.read_bytes()
    page = built_site.read(AP + "index.html")
    assert 'href="./004_54b8889478977de7.txt"' in page or "004_54b8889478977de7.txt\"" in page


def test_the_disclosure_lists_removed_lines_with_reasons_and_value_sources(built_site) -> None:
    page = built_site.read(AP + "index.html")
    removed = page.split('class="removed"', 1)[1]
    assert "cristiano mbappe" in removed and "page text after the article" in removed
    assert "newsletter prompt" in removed
    sources = page.split('class="sources"', 1)[1].split("</dl>", 1)[0]
    assert "sidecar" in sources  # the date
    assert "dateline or credit" in sources  # the outlet (МОСКВА (АП) –)


def test_cite_box_gives_text_bibtex_and_the_clippings_hash(built_site) -> None:
    page = built_site.read(SPUTNIK + "index.html")
    digest = hashlib.sha256(raw("003_9876cca6b7c2da3e")).hexdigest()
    assert page.count(digest) >= 2
    citation = page.split('class="citation">', 1)[1].split("</pre>", 1)[0]
    assert citation.startswith("Sputnik International. “Russia Ready to Strengthen")
    assert "2026-01-27" in citation and "https://sputnikglobe.com/20260127/" in citation
    bibtex = page.split('class="bibtex">', 1)[1].split("</pre>", 1)[0]
    assert bibtex.startswith("@misc{clipline-003_9876cca6b7c2da3e-en,")
    assert "date = {2026-01-27}" in bibtex and "organization = {Sputnik International}" in bibtex
    assert '<meta name="citation_title" content="Russia Ready to Strengthen' in page
    assert '<meta name="citation_publication_date" content="2026/01/27">' in page
    assert '<meta name="citation_publisher" content="Sputnik International">' in page


def test_source_link_is_http_and_does_not_leak_the_reader(built_site) -> None:
    page = built_site.read(SPUTNIK + "index.html")
    assert re.search(r'<a href="https://sputnikglobe\.com/[^"]+" rel="noopener noreferrer">', page)


def test_every_body_paragraph_has_a_content_anchor_with_a_visible_link(built_site) -> None:
    page = built_site.read(SPUTNIK + "index.html")
    body = page.split('<div class="body">', 1)[1].split("</div>", 1)[0]
    anchors = re.findall(r'id="(p-[0-9a-f]{8}(?:-\d+)?)"', body)
    assert len(anchors) == 10
    for anchor in anchors:
        assert f'href="#{anchor}"' in body


def test_atom_feeds_for_all_articles_and_each_language(built_site) -> None:
    namespace = {"atom": "http://www.w3.org/2005/Atom"}
    everything = ET.parse(built_site.output / "feeds" / "all.atom.xml").getroot()
    assert len(everything.findall("atom:entry", namespace)) == 6
    for lang, count in {"ru": 2, "zh": 1, "en": 2, "nb": 1}.items():
        feed = ET.parse(built_site.output / "feeds" / f"{lang}.atom.xml").getroot()
        assert len(feed.findall("atom:entry", namespace)) == count, lang


def test_the_published_permalinks_of_the_sample_site_all_still_exist(built_site) -> None:
    published = json.loads((ROOT / "published" / "permalinks.json").read_text(encoding="utf-8"))
    built = json.loads(built_site.read("permalinks.json"))
    assert lost_links(published, built) == []


def test_canonical_and_citations_use_the_public_address_when_set(tmp_path: Path) -> None:
    site = build_site(ROOT / "content", tmp_path / "site", site_url="https://example.org/clips")
    assert site.returncode == 0, site.log
    page = site.read(SPUTNIK + "index.html")
    assert f'<link rel="canonical" href="https://example.org/clips/{SPUTNIK}">' in page
    assert f'<meta name="citation_public_url" content="https://example.org/clips/{SPUTNIK}">' in page
    assert 'href="../../theme/css/style.css"' in page  # still relative: works under any sub-path


def test_adding_a_clipping_keeps_every_earlier_url_and_anchor(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    before = build_site(content, tmp_path / "before")
    assert before.returncode == 0, before.log
    shutil.copy(ROOT / "tests" / "unit" / "fixtures" / "normalizer" / "de_magazine_dpa.txt", content / "clippings" / "005_new.txt")
    (content / "clippings" / "002_dea994c06cffd1c0.yaml").write_text(
        "date: 2024-10-14\nnote: edited note; the clipping is undated.\n", encoding="utf-8"
    )
    after = build_site(content, tmp_path / "after")
    assert after.returncode == 0, after.log
    assert lost_links(json.loads(before.read("permalinks.json")), json.loads(after.read("permalinks.json"))) == []
    assert (tmp_path / "after" / "articles" / "005_new" / "index.html").is_file()
