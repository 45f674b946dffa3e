"""Score the normalizer the way it is judged: body token F1, exact headline,
date accuracy (plus outlet, byline and language), over the fixture clippings
with human-cleaned expectations. Prints figures; asserts nothing.

    .venv/bin/python tests/bench/score_normalizer.py            # every fixture
    .venv/bin/python tests/bench/score_normalizer.py --only b3_ # one batch
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "plugins"))

from normalizer.files import normalize_file  # noqa: E402
from normalizer.text import fold, has_unspaced_script  # noqa: E402

OWN = ROOT / "tests" / "unit" / "fixtures" / "normalizer"
SAMPLES = ROOT / "tests" / "unit" / "fixtures" / "samples"


def cases(only: str) -> list[tuple[Path, Path]]:
    found = [(OWN / (e.name.removesuffix(".expected.yaml") + ".txt"), e) for e in sorted(OWN.glob("*.expected.yaml"))]
    found += [(ROOT / "content" / "clippings" / (e.name.removesuffix(".expected.yaml") + ".txt"), e)
              for e in sorted(SAMPLES.glob("*.expected.yaml"))]
    return [(clipping, expected) for clipping, expected in found if clipping.name.startswith(only)]


def tokens(texts: list[str]) -> Counter:
    counted: Counter = Counter()
    for text in texts:
        for word in fold(text).split():
            counted.update(list(word) if has_unspaced_script(word) else [word])
    return counted


def f1(got: Counter, want: Counter) -> float:
    overlap = sum((got & want).values())
    if not got and not want:
        return 1.0
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


def score(clipping: Path, expected_file: Path) -> dict[str, float]:
    want = yaml.safe_load(expected_file.read_text(encoding="utf-8"))["articles"]
    got = normalize_file(clipping, clipping.name).articles
    body_got = tokens([p.text for a in got for p in a.paragraphs])
    body_want = tokens([text for a in want for item in a.get("paragraphs", []) for text in item.values()])
    figures = {"body_f1": f1(body_got, body_want)}
    pairs = list(zip(got, want))
    if not want:
        figures.update(headline=float(not got), date=float(not got), outlet=1.0, byline=1.0, lang=float(not got))
        return figures
    def share(test) -> float:
        return sum(test(g, w) for g, w in pairs) / len(want)
    figures["headline"] = share(lambda g, w: (g.title_source == "derived") if w.get("title") is None
                                else g.title.rstrip("。.") == str(w["title"]).rstrip("。."))
    figures["date"] = share(lambda g, w: g.date == (None if w.get("date") is None else str(w["date"])))
    figures["outlet"] = share(lambda g, w: g.outlet == w.get("outlet"))
    figures["byline"] = share(lambda g, w: g.byline == w.get("byline"))
    figures["lang"] = share(lambda g, w: g.lang == w["lang"]) if len(got) == len(want) else 0.0
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="only fixtures whose name starts with this")
    parser.add_argument("-v", action="store_true", help="a line per fixture")
    args = parser.parse_args()
    rows = [(clipping.stem, score(clipping, expected)) for clipping, expected in cases(args.only)]
    names = ["body_f1", "headline", "date", "outlet", "byline", "lang"]
    if args.v:
        for stem, figures in rows:
            print(f"{stem:34} " + "  ".join(f"{name} {figures[name]:.2f}" for name in names))
    print(f"{len(rows)} clippings: " + "  ".join(f"{name} {sum(f[name] for _, f in rows) / len(rows):.3f}" for name in names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
