"""`python -m permalinks PUBLISHED BUILT`: list the URLs and anchors that
PUBLISHED (a permalinks.json from an earlier publication) has and BUILT
(the new build's permalinks.json) lost; exit 1 when there are any."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .links import lost_links


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    published, built = (json.loads(Path(name).read_text(encoding="utf-8")) for name in argv)
    lost = lost_links(published, built)
    for line in lost:
        print(f"broken permanent link: {line}")
    print(f"check-links: {len(published)} published URLs checked, {len(lost)} lost.")
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
