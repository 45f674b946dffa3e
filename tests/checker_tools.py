"""Where the accessibility and HTML validity checkers live, and the pages they check.

`tests/provision-browser.sh` (run by `make test`) installs them into `.tools/`
at the versions pinned there.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitebuild import ROOT

TOOLS = ROOT / ".tools" / "node_modules"
AXE_JS = TOOLS / "axe-core" / "axe.min.js"
VNU_JAR = TOOLS / "vnu-jar" / "build" / "dist" / "vnu.jar"

# One page of each type of the built site, relative to the output folder.
CHECKED_PAGES = {
    "timeline home": "index.html",
    "timeline, other interface language": "ru/index.html",
    "coverage filter": "coverage/zh/index.html",
    "timeline year": "ru/2026/index.html",
    "article": "articles/003_9876cca6b7c2da3e/index.html",
    "bilingual article, second language": "articles/000_d21d09f468805305/zh/index.html",
    "page": "about/index.html",
}


def require_tool(path: Path) -> Path:
    """The checker file, or a failure that says how to get it (never a skip)."""
    if not path.is_file():
        pytest.fail(
            f"{path.relative_to(ROOT)} is missing: run `make test`, or "
            "`bash tests/provision-browser.sh .venv/bin`, to install the checkers into .tools/",
            pytrace=False,
        )
    return path
