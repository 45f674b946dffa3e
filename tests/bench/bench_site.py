"""Benchmark the whole site build against stock Pelican, and rebuilds.

    make bench            # N=1000
    make bench N=5000
    make bench N="1000 5000"   # also prints how the cost per article grows

Generates N synthetic clippings (tests/bench/synthetic.py, fixed seed) and
the same articles as plain Markdown, then, alternating, builds each into a
temporary folder: ours with the project's settings, stock Pelican with its
default theme. Each build runs in its own process, so its peak memory is
its own. Then it rebuilds ours after editing one clipping and after adding
one. It prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from synthetic import generate, write_clippings, write_markdown

ROOT = Path(__file__).resolve().parents[2]
RUNNER = Path(__file__).with_name("run_build.py")
STOCK_SETTINGS = """
AUTHOR = "Bench"
SITENAME = "Stock Pelican"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
RELATIVE_URLS = True
"""


def build(settings: Path, content: Path, output: Path, cache: Path | None = None) -> dict[str, float]:
    env = {"PATH": "/usr/bin:/bin", "CLIPLINE_CACHE_PATH": str(cache) if cache else "", "CLIPLINE_FAIL_ON_ERRORS": "false"}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(RUNNER), str(settings), str(content), str(output)],
        capture_output=True, text=True, env=env, cwd=ROOT, check=False,
    )
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"build failed:\n{done.stdout}\n{done.stderr}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    figures["wall"] = wall
    return figures


def largest_page(output: Path) -> tuple[int, str]:
    pages = [(path.stat().st_size, str(path.relative_to(output))) for path in output.rglob("*.html")]
    return max(pages)


def bench(count: int, rounds: int, work: Path) -> dict[str, object]:
    clippings, gazetteer = generate(count + 1)
    extra = clippings.pop()
    ours_content, stock_content = work / "ours", work / "stock"
    write_clippings(clippings, gazetteer, ours_content)
    shutil.copytree(ROOT / "content" / "pages", ours_content / "pages", dirs_exist_ok=True)
    write_markdown(clippings, stock_content)
    stock_settings = work / "stock.conf.py"
    stock_settings.write_text(STOCK_SETTINGS, encoding="utf-8")
    ours_settings = ROOT / "pelican.conf.py"

    ours, stock = [], []
    for round_ in range(rounds):
        cache = work / f"cache{round_}"
        ours.append(build(ours_settings, ours_content, work / f"out-ours-{round_}", cache))
        stock.append(build(stock_settings, stock_content, work / f"out-stock-{round_}"))
    output, cache = work / f"out-ours-{rounds - 1}", work / f"cache{rounds - 1}"

    edited = ours_content / "clippings" / f"{clippings[0].name}.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("\n", "\nA late correction was added to this story.\n", 1), encoding="utf-8")
    after_edit = build(ours_settings, ours_content, output, cache)
    (ours_content / "clippings" / f"{extra.name}.txt").write_text(extra.text, encoding="utf-8")
    after_add = build(ours_settings, ours_content, output, cache)

    return {
        "n": count,
        "ours": min(ours, key=lambda figures: figures["wall"]),
        "stock": min(stock, key=lambda figures: figures["wall"]),
        "after_edit": after_edit,
        "after_add": after_add,
        "largest": largest_page(output),
        "timeline_first_page": (output / "index.html").stat().st_size,
    }


def report(result: dict[str, object]) -> None:
    ours, stock = result["ours"], result["stock"]
    n = result["n"]
    print(f"== N={n} clippings")
    for label, figures in (("ours (cold)", ours), ("stock Pelican", stock)):
        print(f"{label:26} wall {figures['wall']:7.2f} s   cpu {figures['cpu']:7.2f} s   peak {figures['peak_mb']:6.0f} MB"
              f"   all processes {figures['tree_peak_mb']:6.0f} MB PSS")
    if ours["worker_cpu"]:
        print(f"{'  workers (normalize, write)':26} cpu {ours['worker_cpu']:7.2f} s (in all)   peak {ours['worker_peak_mb']:6.0f} MB (largest RSS)")
    print(f"{'ratio ours / stock':26} wall {ours['wall'] / stock['wall']:7.2f}     cpu {ours['cpu'] / stock['cpu']:7.2f}")
    for label in ("after_edit", "after_add"):
        figures = result[label]
        print(f"{'rebuild ' + label.replace('_', ' '):26} wall {figures['wall']:7.2f} s   = {figures['wall'] / ours['wall']:.2f} x cold")
    size, page = result["largest"]
    print(f"{'largest HTML page':26} {size / 1024:7.0f} KB  ({page})")
    print(f"{'timeline first page':26} {result['timeline_first_page'] / 1024:7.0f} KB")
    print(f"{'per article (cold)':26} {1000 * ours['wall'] / n:7.2f} ms wall, {1000 * ours['cpu'] / n:.2f} ms cpu")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("counts", nargs="*", type=int, default=[1000])
    parser.add_argument("--rounds", type=int, default=2, help="cold builds of each, alternating (best is kept)")
    args = parser.parse_args()
    results = []
    for count in args.counts:
        with tempfile.TemporaryDirectory(prefix="clipline-bench-") as folder:
            results.append(bench(count, args.rounds, Path(folder)))
        report(results[-1])
    if len(results) > 1:
        first, last = results[0], results[-1]
        growth = (last["ours"]["wall"] / last["n"]) / (first["ours"]["wall"] / first["n"]) - 1
        print(f"cost per article N={first['n']} -> N={last['n']}: {growth:+.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
