"""Run a real Pelican build the way `make html` does, for the tests."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class BuiltSite:
    output: Path
    log: str
    returncode: int

    def read(self, relative: str) -> str:
        return (self.output / relative).read_text(encoding="utf-8")


def build_site(content: Path, output: Path, *extra: str) -> BuiltSite:
    """Build `content` into `output` with the project's settings, in its own process."""
    command = [
        sys.executable, "-m", "pelican",
        str(content), "-s", str(ROOT / "pelican.conf.py"), "-o", str(output),
        *extra,
    ]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=600)
    return BuiltSite(output=output, log=done.stdout + done.stderr, returncode=done.returncode)
