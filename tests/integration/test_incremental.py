"""Rebuilding into the same folder rewrites only the article pages that change."""

from __future__ import annotations

import shutil
from pathlib import Path

from sitebuild import ROOT, build_site

SPUTNIK = Path("articles/003_9876cca6b7c2da3e/index.html")
AP = Path("articles/004_54b8889478977de7/index.html")


def stamps(output: Path) -> dict[Path, int]:
    return {path.relative_to(output): path.stat().st_mtime_ns for path in (output / "articles").rglob("index.html")}


def test_only_changed_article_pages_are_written_again(tmp_path: Path) -> None:
    content, output, cache = tmp_path / "content", tmp_path / "output", tmp_path / "cache"
    shutil.copytree(ROOT / "content", content)
    first = build_site(content, output, cache_path=cache)
    assert first.returncode == 0, first.log
    before = stamps(output)

    unchanged = build_site(content, output, cache_path=cache)
    assert unchanged.returncode == 0, unchanged.log
    assert stamps(output) == before

    sidecar = content / "clippings" / "004_54b8889478977de7.yaml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace("2023-11-08", "2023-11-09"), encoding="utf-8")
    edited = build_site(content, output, cache_path=cache)
    assert edited.returncode == 0, edited.log
    after = stamps(output)
    assert after[AP] != before[AP]
    assert "2023-11-09" in (output / AP).read_text(encoding="utf-8")
    assert after[SPUTNIK] == before[SPUTNIK]

    clipping = content / "clippings" / "003_9876cca6b7c2da3e.txt"
    clipping.write_bytes(clipping.read_bytes().replace(b"\n", b"\nA correction the outlet added later, in a paragraph of its own.\n", 3))
    corrected = build_site(content, output, cache_path=cache)
    assert corrected.returncode == 0, corrected.log
    assert stamps(output)[SPUTNIK] != after[SPUTNIK]
    assert "A correction the outlet added later" in (output / SPUTNIK).read_text(encoding="utf-8")


def test_a_changed_setting_the_templates_read_rewrites_every_page(tmp_path: Path) -> None:
    content, output, cache = tmp_path / "content", tmp_path / "output", tmp_path / "cache"
    shutil.copytree(ROOT / "content", content)
    assert build_site(content, output, cache_path=cache).returncode == 0
    before = stamps(output)
    republished = build_site(content, output, cache_path=cache, site_url="https://example.org/clips")
    assert republished.returncode == 0, republished.log
    after = stamps(output)
    assert all(after[page] != before[page] for page in before)
    assert "https://example.org/clips/articles/003_9876cca6b7c2da3e/" in (output / SPUTNIK).read_text(encoding="utf-8")


def test_raw_copies_follow_their_clippings_and_are_not_copied_again_unchanged(tmp_path: Path) -> None:
    content, output = tmp_path / "content", tmp_path / "output"
    shutil.copytree(ROOT / "content", content)
    assert build_site(content, output).returncode == 0
    clipping = content / "clippings" / "003_9876cca6b7c2da3e.txt"
    raw, other = output / SPUTNIK.parent / clipping.name, output / AP.parent / "004_54b8889478977de7.txt"
    other_stamp = other.stat().st_ctime_ns

    clipping.write_bytes(clipping.read_bytes() + b"\nA reader's note at the end.\n")
    assert build_site(content, output).returncode == 0
    assert raw.read_bytes() == clipping.read_bytes()
    assert other.stat().st_ctime_ns == other_stamp  # not copied again
