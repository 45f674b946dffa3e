"""Permanent links: what a site publishes, and what a new build lost.

A page's URL is its folder (`articles/x/` for `articles/x/index.html`);
its anchors are the `id`s in it. Raw clippings and data files count as URLs
without anchors. Theme files do not: they are not cited.
"""

from __future__ import annotations

import json
import re
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
    for path in sorted(output.rglob("*")):
        relative = path.relative_to(output).as_posix()
        if not path.is_file() or path.suffix not in PUBLISHED_SUFFIXES or relative.startswith(NOT_CITED):
            continue
        if relative == "permalinks.json":
            continue
        if path.suffix == ".html":
            links[page_url(relative)] = _anchors(path, relative, known)
            seen.add(relative)
        else:
            links[relative] = []
    for gone in set(known) - seen:
        del known[gone]
    return links


def _anchors(path: Path, relative: str, known: dict[str, list]) -> list[str]:
    stat = path.stat()
    stamp = [stat.st_mtime_ns, stat.st_size]
    if relative in known and known[relative][:2] == stamp:
        return known[relative][2]
    anchors = sorted(set(ID.findall(path.read_text(encoding="utf-8"))))
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
