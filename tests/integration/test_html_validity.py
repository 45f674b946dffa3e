"""The built pages are valid HTML, by the Nu HTML Checker (vnu.jar) on the system Java."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote

import pytest

from checker_tools import CHECKED_PAGES, VNU_JAR, require_tool
from sitebuild import BuiltSite

JAVA = shutil.which("java")

# A page with two known errors, checked in the same call: proves the checker
# really ran and reports errors in the shape this test reads.
CANARY = "<!DOCTYPE html><html lang=en><head><title>canary</title></head><body><p><div>x</div></p><img src=a.png></body></html>\n"


@pytest.mark.skipif(JAVA is None, reason="no `java` on PATH: the Nu HTML Checker (vnu.jar) needs a Java 11+ runtime")
def test_pages_of_each_type_are_valid_html(built_site: BuiltSite, tmp_path: Path) -> None:
    jar = require_tool(VNU_JAR)
    canary = tmp_path / "canary.html"
    canary.write_text(CANARY, encoding="utf-8")
    pages = [built_site.output / relative for relative in CHECKED_PAGES.values()]
    missing = [str(page) for page in pages if not page.is_file()]
    assert missing == [], "pages to check are missing from the build"

    done = subprocess.run(
        [JAVA, "-jar", str(jar), "--errors-only", "--format", "json", *map(str, pages), str(canary)],
        capture_output=True, text=True, encoding="utf-8", timeout=300,
    )
    # vnu writes its JSON report to stderr; exit status 1 just means "errors found".
    try:
        messages = json.loads(done.stderr)["messages"]
    except (ValueError, KeyError) as error:
        pytest.fail(f"vnu.jar gave no JSON report ({error}); exit {done.returncode}\n{done.stdout}\n{done.stderr}")

    canary_url = canary.as_uri()
    canary_errors = [m for m in messages if _same_file(m.get("url", ""), canary_url)]
    assert len(canary_errors) >= 2, f"the checker missed the canary's errors: {messages}"

    problems = [
        f"{_relative(m.get('url', ''), built_site.output)}:{m.get('lastLine', '?')}: "
        f"{m.get('type')}: {m.get('message')}\n    {m.get('extract', '').strip()!r}"
        for m in messages
        if not _same_file(m.get("url", ""), canary_url)
    ]
    assert not problems, f"{len(problems)} HTML validity error(s):\n" + "\n".join(problems)


def _path(url: str) -> Path:
    # vnu spells file URLs "file:/tmp/…", Path.as_uri() "file:///tmp/…".
    return Path("/" + unquote(url.removeprefix("file:")).lstrip("/"))


def _same_file(url: str, file_uri: str) -> bool:
    return url.startswith("file:") and _path(url) == _path(file_uri)


def _relative(url: str, output: Path) -> str:
    if not url.startswith("file:"):
        return url or "(no file)"
    try:
        return str(_path(url).relative_to(output))
    except ValueError:
        return url
