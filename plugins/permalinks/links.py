"""Permanent links: what a site publishes, and what a new build lost.

A page's URL is its folder (`articles/x/` for `articles/x/index.html`);
its anchors are the `id`s in it. Raw clippings and data files count as URLs
without anchors. Theme files do not: they are not cited.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path

ID = re.compile(r"""\sid=["']([^"']+)["']""")
PUBLISHED_SUFFIXES = {".html", ".txt", ".json", ".csv", ".xml"}
NOT_CITED = ("theme/",)


def collect_permalinks(output: Path, known: dict[str, list] | None = None) -> dict[str, list[str]]:
    """Every published URL with its anchors. `known` maps a page file to
    [mtime_ns, size, anchors] from an earlier build; unchanged files are not
    read again, and `known` is updated in place."""
    known = {} if known is None else known
    links: dict[str, list[str]] = {}
    seen = set()
    for path, relative in _published_files(str(output)):
        if relative.endswith(".html"):
            links[page_url(relative)] = _anchors(path, relative, known)
            seen.add(relative)
        else:
            links[relative] = []
    for gone in set(known) - seen:
        del known[gone]
    return links


def _published_files(root: str, prefix: str = "") -> Iterator[tuple[str, str]]:
    """(path, URL-style relative name) of every published file, walked with
    os.scandir: pathlib's rglob was a tenth of a warm build at N=5000."""
    with os.scandir(root) as entries:
        for entry in sorted(entries, key=lambda entry: entry.name):
            relative = prefix + entry.name
            if entry.is_dir(follow_symlinks=False):
                if relative + "/" not in NOT_CITED:
                    yield from _published_files(entry.path, relative + "/")
            elif os.path.splitext(entry.name)[1] in PUBLISHED_SUFFIXES and relative != "permalinks.json":
                yield entry.path, relative


def _anchors(path: str, relative: str, known: dict[str, list]) -> list[str]:
    stat = os.stat(path)
    stamp = [stat.st_mtime_ns, stat.st_size]
    if relative in known and known[relative][:2] == stamp:
        return known[relative][2]
    with open(path, encoding="utf-8") as page:
        anchors = sorted(set(ID.findall(page.read())))
    known[relative] = [*stamp, anchors]
    return anchors


def page_url(relative: str) -> str:
    return relative[: -len("index.html")] if relative.endswith("index.html") else relative


def write_permalinks(path: Path, links: dict[str, list[str]]) -> None:
    path.write_text(json.dumps(links, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def lost_links(published: dict[str, list[str]], built: dict[str, list[str]]) -> list[str]:
    """Every URL, and every URL#anchor, published before and missing now."""
    lost = []
    for url, anchors in sorted(published.items()):
        if url not in built:
            lost.append(f"{url or '(site root)'}: the page is gone")
            continue
        missing = sorted(set(anchors) - set(built[url]))
        lost += [f"{url or '(site root)'}#{anchor}: the anchor is gone" for anchor in missing]
    return lost
