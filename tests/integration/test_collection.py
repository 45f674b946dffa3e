"""Every test module in tests/ is collected by a plain `pytest` (as `make test` runs it).

A folder named like one pytest skips by default ("build", "dist", "venv", …)
once kept 42 tests out of every run without a word.
"""

from __future__ import annotations

import subprocess
import sys

from sitebuild import ROOT


def test_a_plain_pytest_run_collects_every_test_module() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    collected = {line.split("::", 1)[0] for line in done.stdout.splitlines() if "::" in line}
    on_disk = {path.relative_to(ROOT).as_posix() for path in (ROOT / "tests").rglob("test_*.py")}
    assert on_disk - collected == set()
