"""The normalized-clipping cache never serves a stale result."""

from __future__ import annotations

from pathlib import Path

import pytest

from normalizer import normalize_clipping
from normalizer.cache import ResultCache
from normalizer.files import read_clipping

TEXT = (
    "Bridge reopens after repairs\n"
    "The Old Mill bridge reopened to traffic on Monday, 3 March 2025, after six weeks of repairs to its deck, the county said.\n"
    "Engineers replaced the worn steel joints and resurfaced both lanes, and the work finished two days early.\n"
)


def test_a_result_round_trips_through_the_cache(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path)
    result = normalize_clipping(TEXT.encode(), "a.txt")
    key = cache.key("a.txt", TEXT.encode(), None)
    cache.put(key, result)
    assert cache.get(key) == result


@pytest.mark.parametrize(
    "change",
    [
        lambda cache: cache.key("a.txt", TEXT.encode() + b"x", None),  # the clipping changed
        lambda cache: cache.key("a.txt", TEXT.encode(), b"date: 2025-03-04\n"),  # its sidecar changed
        lambda cache: cache.key("b.txt", TEXT.encode(), None),  # renamed: messages name the file
        lambda cache: ResultCache(cache.folder, settings_key="other").key("a.txt", TEXT.encode(), None),
    ],
)
def test_anything_that_decides_the_result_changes_the_key(tmp_path: Path, change) -> None:
    cache = ResultCache(tmp_path)
    assert change(cache) != cache.key("a.txt", TEXT.encode(), None)


def test_a_new_normalizer_version_changes_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import normalizer.cache

    before = ResultCache(tmp_path).key("a.txt", TEXT.encode(), None)
    monkeypatch.setattr(normalizer.cache, "NORMALIZER_VERSION", "next")
    assert ResultCache(tmp_path).key("a.txt", TEXT.encode(), None) != before


def test_reading_a_clipping_fills_and_then_uses_the_cache(tmp_path: Path) -> None:
    clipping = tmp_path / "story.txt"
    clipping.write_text(TEXT, encoding="utf-8")
    cache = ResultCache(tmp_path / "cache")
    first, _ = read_clipping(clipping, "story.txt", cache)
    assert len(list((tmp_path / "cache").rglob("*.json"))) == 1
    second, _ = read_clipping(clipping, "story.txt", cache)
    assert second == first
    (tmp_path / "story.yaml").write_text("date: 2025-03-04\n", encoding="utf-8")
    third, sidecar = read_clipping(clipping, "story.txt", cache)
    assert third.articles[0].date == "2025-03-04" and sidecar is not None
    assert len(list((tmp_path / "cache").rglob("*.json"))) == 2


def test_a_damaged_cache_entry_is_ignored(tmp_path: Path) -> None:
    cache = ResultCache(tmp_path)
    key = cache.key("a.txt", TEXT.encode(), None)
    path = tmp_path / key[:2] / f"{key}.json"
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    assert cache.get(key) is None
