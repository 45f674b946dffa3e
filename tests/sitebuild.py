"""Run a real Pelican build the way `make html` does, for the tests."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class BuiltSite:
    output: Path
    log: str
    returncode: int

    def read(self, relative: str) -> str:
        return (self.output / relative).read_text(encoding="utf-8")


def build_site(content: Path, output: Path, *extra: str, site_url: str = "", cache_path: Path | None = None) -> BuiltSite:
    """Build `content` into `output` with the project's settings, in its own
    process, published at `site_url` (as `SITEURL=… make html` does), with
    the normalizer cache in `cache_path` (none by default)."""
    command = [
        sys.executable, "-m", "pelican",
        str(content), "-s", str(ROOT / "pelican.conf.py"), "-o", str(output),
        *extra,
    ]
    # No cache unless asked: every test build normalizes and writes from scratch.
    env = {**os.environ, "SITEURL": site_url, "CLIPLINE_CACHE_PATH": str(cache_path or "")}
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=600, env=env)
    return BuiltSite(output=output, log=done.stdout + done.stderr, returncode=done.returncode)


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serving(directory: Path) -> Iterator[str]:
    """Serve `directory` on 127.0.0.1 (any free port) in a daemon thread."""
    handler = functools.partial(QuietHandler, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
