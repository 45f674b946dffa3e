"""`python -m normalizer FILE…`: one JSON object per clipping per line (JSON Lines)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .duplicates import DuplicateFinder
from .files import normalize_file


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: python -m normalizer CLIPPING.txt [CLIPPING.txt …]", file=sys.stderr)
        return 2
    failed = False
    duplicates = DuplicateFinder()
    for name in argv:
        result = normalize_file(Path(name), name)
        duplicates.check(result)
        failed = failed or bool(result.errors)
        print(json.dumps(result.to_dict(), ensure_ascii=False), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
