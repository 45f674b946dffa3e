"""Grouping accuracy on the shared events development set: `make score-grouping`.

Builds the sample clippings plus ../shared/devsets/events/texts/ (no
sidecars) in a temporary folder with an EMPTY gazetteer, maps
output/timeline.json back to clipping ids (dated events and undated events
alike) and prints the scorer's pairwise and B-cubed figures; then the same
with each dated record's truth date given as a sidecar, to tell date errors
from grouping errors. Also per half of the events (sorted event ids, even
and odd positions: tune on A, check on B). Nothing is copied into the
project: the texts are read in place and the site is thrown away.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EVENTS = ROOT.parent.parent / "shared" / "devsets" / "events"


def build(events: Path, truth_dates: bool, gazetteer: bool) -> dict:
    truth = json.loads((events / "truth.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="score-grouping-") as folder:
        content = Path(folder) / "content"
        shutil.copytree(ROOT / "content", content)
        if not gazetteer:
            (content / "gazetteer.yaml").write_text("{}\n", encoding="utf-8")
        clippings = content / "clippings"
        for record in truth:
            shutil.copyfile(events / "texts" / f"{record['id']}.txt", clippings / f"{record['id']}.txt")
            if truth_dates and record["date"]:
                (clippings / f"{record['id']}.yaml").write_text(f"date: {record['date']}\n", encoding="utf-8")
        output = Path(folder) / "output"
        env = {**os.environ, "CLIPLINE_FAIL_ON_ERRORS": "false", "CLIPLINE_CACHE_PATH": ""}
        subprocess.run([sys.executable, "-m", "pelican", str(content), "-s", str(ROOT / "pelican.conf.py"),
                        "-o", str(output)], cwd=ROOT, env=env, capture_output=True, text=True, check=False)
        data = json.loads((output / "timeline.json").read_text(encoding="utf-8"))
    ids = {record["id"] for record in truth}
    predicted: dict[str, str] = {}
    for event in [*data.get("events", []), *data.get("undated_events", [])]:
        for article in event["articles"]:
            stem = next((part for part in reversed(article["url"].split("/")) if part in ids), None)
            if stem:
                predicted.setdefault(stem, event["id"])
    return predicted


def score(events: Path, predicted: dict, half: int | None) -> str:
    sys.path.insert(0, str(events))
    import score_grouping as scorer  # the set's own scorer

    truth = json.loads((events / "truth.json").read_text(encoding="utf-8"))
    names = sorted({record["event"] for record in truth})
    chosen = {name for position, name in enumerate(names) if half is None or position % 2 == half}
    gold = {record["id"]: record["event"] for record in truth if record["event"] in chosen}
    clusters = {key: ("label", predicted[key]) if key in predicted else ("\0single", key) for key in gold}
    p, r, f, tp, pred, pairs = scorer.pairwise(gold, clusters)
    bp, br, bf = scorer.bcubed(gold, clusters)[:3]
    return f"pairwise P {p:.3f} R {r:.3f} F1 {f:.3f} ({tp}/{pred} predicted, {pairs} gold)  B-cubed P {bp:.3f} R {br:.3f} F1 {bf:.3f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=Path, default=EVENTS, help="the events development set")
    parser.add_argument("--gazetteer", action="store_true", help="keep content/gazetteer.yaml (default: empty)")
    args = parser.parse_args()
    if not (args.events / "truth.json").exists():
        sys.exit(f"no development set at {args.events}")
    for truth_dates in (False, True):
        predicted = build(args.events, truth_dates, args.gazetteer)
        label = "truth dates" if truth_dates else "detected dates"
        placed = len(predicted)
        print(f"{label}: {placed} of 109 clippings in events ({len(set(predicted.values()))} events)")
        for name, half in (("half A", 0), ("half B", 1), ("all", None)):
            print(f"  {name:6} {score(args.events, predicted, half)}")


if __name__ == "__main__":
    main()
