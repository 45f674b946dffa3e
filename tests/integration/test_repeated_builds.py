"""Two builds in one process, as `make devserver` (`--autoreload`) runs them:
each build's report and incremental state are its own."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from sitebuild import ROOT, build_site

# get_instance as `pelican` itself builds the Pelican object; run() twice,
# with an edit between, as the autoreload loop does.
TWO_BUILDS = """
import sys
from pathlib import Path
from pelican import get_instance, parse_arguments
content, output, clipping = sys.argv[1:4]
pelican, settings = get_instance(parse_arguments([content, "-s", "pelican.conf.py", "-o", output, "-q"]))
pelican.run()
path = Path(clipping)
original = path.read_bytes()
path.write_bytes(original + b"\\nA paragraph the first build did not see, long enough to be part of the article.\\n")
pelican.run()
path.write_bytes(original)
pelican.run()
"""


def test_each_build_in_one_process_reports_and_writes_only_its_own(tmp_path: Path) -> None:
    content, output = tmp_path / "content", tmp_path / "output"
    shutil.copytree(ROOT / "content", content)
    clipping = content / "clippings" / "003_9876cca6b7c2da3e.txt"
    # A build from an earlier session leaves its page fingerprints behind.
    assert build_site(content, output, cache_path=tmp_path / "cache").returncode == 0
    env = {**os.environ, "SITEURL": "", "CLIPLINE_CACHE_PATH": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", TWO_BUILDS, str(content), str(output), str(clipping)],
                          capture_output=True, text=True, cwd=ROOT, timeout=300, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("Clipline: 5 clippings read, 6 articles made") == 3, done.stdout
    assert json.loads((output / "review.json").read_text(encoding="utf-8"))["clippings"] == 5
    # The third build restored the clipping: its page must not keep the
    # second build's paragraph (fingerprints from before the process started
    # must not stand for what the second build wrote).
    page = (output / "articles" / clipping.stem / "index.html").read_text(encoding="utf-8")
    assert "A paragraph the first build did not see" not in page
