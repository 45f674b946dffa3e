"""Shared fixtures: one real Pelican build of `content/` per test session."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class BuiltSite:
    output: Path
    log: str
    returncode: int

    def read(self, relative: str) -> str:
        return (self.output / relative).read_text(encoding="utf-8")


def build_site(content: Path, output: Path, *extra: str) -> BuiltSite:
    """Run a real Pelican build, in its own process as `make html` does."""
    command = [
        sys.executable, "-m", "pelican",
        str(content), "-s", str(ROOT / "pelican.conf.py"), "-o", str(output),
        *extra,
    ]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=600)
    return BuiltSite(output=output, log=done.stdout + done.stderr, returncode=done.returncode)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    site = build_site(ROOT / "content", tmp_path_factory.mktemp("site"))
    assert site.returncode == 0, site.log
    return site
