"""The Pelican side of the clippings plugin: reader, language versions, report."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sys
from pathlib import Path

from pelican.contents import Article as PelicanArticle
from pelican.readers import BaseReader
from pelican.utils import set_date_tzinfo

from normalizer.cache import ResultCache
from normalizer.files import read_clipping
from normalizer.version import NORMALIZER_VERSION

from .prepare import prepare_clippings
from .render import article_html, article_metadata
from .review import Review

# Receivers are module-level (Pelican keeps weak references to them). The
# state is the build's: reset as each build starts, since `--autoreload`
# runs every build in the same process (and `initialized` fires only once).
_state: dict = {"review": Review(), "raw_copies": {}, "prepared": {}}


def prepare_all_clippings(generator) -> None:
    """Start the build's review, and normalize its clippings on every core
    before Pelican reads them."""
    _state.update(review=Review(), raw_copies={}, prepared={})
    settings = generator.settings
    files = generator.get_files(settings["ARTICLE_PATHS"], exclude=settings["ARTICLE_EXCLUDES"], extensions=("txt",))
    paths = [Path(os.path.abspath(os.path.join(generator.path, name))) for name in sorted(files)]
    jobs = [(path, _display_name(path, settings)) for path in paths]
    _state["prepared"] = prepare_clippings(jobs, _cache(settings), workers=settings.get("CLIPLINE_PROCESSES"))


def _display_name(path: Path, settings: dict) -> str:
    root = Path(settings["PATH"]).parent
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)


class ClippingReader(BaseReader):
    enabled = True
    file_extensions = ["txt"]

    def read(self, source_path: str) -> tuple[str, dict]:
        path = Path(os.path.abspath(source_path))
        prepared = _state["prepared"].pop(str(path), None)
        result, sidecar = prepared or read_clipping(path, _display_name(path, self.settings), _cache(self.settings))
        _state["review"].add(result)
        if result.errors or not result.articles:
            # Reported in the review; Pelican skips it quietly.
            return "", {"title": path.stem, "status": "skip"}
        slug = sidecar.slug if sidecar and sidecar.slug else path.stem
        # The raw clipping is published byte-for-byte beside its page.
        raw_url = self.settings["ARTICLE_SAVE_AS"].format(slug=slug).rpartition("/")[0] + "/" + path.name
        if not (sidecar and sidecar.status == "draft"):
            _state["raw_copies"][raw_url] = path
        extra = {
            "event": sidecar.event if sidecar else None,
            "status": sidecar.status if sidecar else None,
            "raw_url": raw_url,
            "raw_name": path.name,
            "inputs_digest": _inputs_digest(result, sidecar, slug),
        }
        primary, *others = result.articles
        metadata = self._metadata(primary, result, slug, extra, primary=True)
        metadata["language_versions"] = [
            (article_html(other), self._metadata(other, result, slug, extra, primary=False)) for other in others
        ]
        return article_html(primary), metadata

    def _metadata(self, article, result, slug: str, extra: dict, primary: bool) -> dict[str, object]:
        raw = article_metadata(article, result, slug, primary)
        raw.update({name: value for name, value in extra.items() if value})
        # The address comes from the file name alone, whatever the language:
        # the first article at the clipping's URL, other languages below it.
        pattern = ("ARTICLE_URL", "ARTICLE_SAVE_AS") if primary else ("ARTICLE_LANG_URL", "ARTICLE_LANG_SAVE_AS")
        raw["url"] = self.settings[pattern[0]].format(slug=slug, lang=raw["lang"])
        raw["save_as"] = self.settings[pattern[1]].format(slug=slug, lang=raw["lang"])
        return self._processed(raw)

    def _processed(self, raw: dict[str, object]) -> dict[str, object]:
        processed = {
            name: self.process_metadata(name, value) if isinstance(value, str) else value
            for name, value in raw.items() if name != "date"
        }
        # Our dates are ISO already: parse them directly (Pelican's general
        # date parser was a tenth of a rebuild), with Pelican's time zone rule.
        processed["date"] = set_date_tzinfo(dt.datetime.fromisoformat(str(raw["date"])), self.settings.get("TIMEZONE"))
        return processed


def _inputs_digest(result, sidecar, slug: str) -> str:
    """What this reader's pages are made from, in one hash: the clipping's
    bytes and name, its sidecar, the normalizer's version and the slug (the
    reader's code and settings are fingerprinted by `incremental`). Hashing
    this instead of each page's content and metadata cost a tenth as much."""
    digest = hashlib.sha256()
    for part in (NORMALIZER_VERSION, result.file, result.sha256, repr(sidecar), slug):
        digest.update(part.encode("utf-8") + b"\0")
    return digest.hexdigest()


def _cache(settings: dict) -> ResultCache | None:
    folder = settings.get("CLIPLINE_CACHE_PATH")
    if not folder:
        return None
    # Settings that reach the normalizer would belong in the key; today none does.
    return ResultCache(Path(folder), settings_key="")


def add_reader(readers) -> None:
    readers.reader_classes["txt"] = ClippingReader


def add_language_versions(generator) -> None:
    """Bilingual clippings: their other languages become translations."""
    for article in list(generator.articles) + list(generator.translations):
        versions = article.metadata.get("language_versions") or []
        made = [
            PelicanArticle(content=html, metadata=metadata, settings=generator.settings,
                           source_path=article.source_path, context=generator.context)
            for html, metadata in versions
        ]
        for version in made:
            version.translations = [article] + [other for other in made if other is not version]
            generator.translations.append(version)
        article.translations = list(article.translations) + made


def _publish_raw_copy(source: Path, target: Path) -> None:
    """Copy the clipping byte for byte, with its modification time, unless
    the copy from an earlier build has its size and time already."""
    stat = source.stat()
    try:
        copied = target.stat()
        if (copied.st_size, copied.st_mtime_ns) == (stat.st_size, stat.st_mtime_ns):
            return
    except FileNotFoundError:
        target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)


def finish_review(pelican) -> None:
    review = _state["review"]
    output = Path(pelican.settings["OUTPUT_PATH"])
    output.mkdir(parents=True, exist_ok=True)
    for raw_url, source in _state["raw_copies"].items():
        _publish_raw_copy(source, output / raw_url)
    (output / "review.json").write_text(review.to_json() + "\n", encoding="utf-8")
    print(review.summary(), file=sys.stderr if review.errors else sys.stdout)
    if review.errors and pelican.settings.get("CLIPLINE_FAIL_ON_ERRORS", True):
        # After the whole site is written: bad input fails the build, loudly.
        sys.exit(1)
