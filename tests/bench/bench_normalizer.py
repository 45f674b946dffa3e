"""Benchmark the normalizer: start-up, clippings per second, peak memory.

Generates N clippings deterministically (fixed seed) from the own fixtures
and sample clippings: their lines reshuffled into new pages with page chrome
before, inside and after the article, some in two languages, some undated.
Runs on one core in this process and prints figures; it asserts nothing.

    make bench-normalizer            # N=1000
    make bench-normalizer N=5000
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "tests" / "unit" / "fixtures" / "normalizer").glob("*.txt")) + sorted(
    (ROOT / "content" / "clippings").glob("*.txt")
)
CHROME = [
    "Share", "Subscribe", "Menu", "Log in", "© 2025 Example Media. All rights reserved.", "Advertisement",
    "Read more: Another story about something else", "https://cdn.example.org/img/photo_1920x1080.jpg",
    "1920", "1080", "true", "Comments (4)", "Newsletter: the day's news in your inbox", "World", "Politics",
]


def generate(count: int, seed: int = 20261121) -> list[bytes]:
    rng = random.Random(seed)
    pages = [path.read_text(encoding="utf-8").splitlines() for path in SOURCES]
    clippings = []
    for _ in range(count):
        lines = list(rng.choice(pages))
        if rng.random() < 0.2:
            other = rng.choice(pages)
            lines = [line for pair in zip(lines, other) for line in pair]
        head = rng.sample(CHROME, rng.randint(2, 8))
        tail = rng.sample(CHROME, rng.randint(2, 8))
        clippings.append("\n".join(head + lines + tail).encode("utf-8"))
    return clippings


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1000, help="clippings to generate (default 1000)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "plugins"))

    started = time.perf_counter()
    from normalizer import normalize_clipping

    normalize_clipping("Warm-up: 12 March 2025. A sentence in English to load the models.".encode(), "warm-up.txt")
    normalize_clipping("Прогрев: 12 марта 2025 года. Предложение на русском языке.".encode(), "warm-up.txt")
    startup = time.perf_counter() - started

    clippings = generate(args.n)
    megabytes = sum(len(raw) for raw in clippings) / 1e6
    cpu0, wall0 = time.process_time(), time.perf_counter()
    articles = 0
    for index, raw in enumerate(clippings):
        articles += len(normalize_clipping(raw, f"generated-{index}.txt").articles)
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0

    print(f"clippings:           {args.n} ({megabytes:.1f} MB), {articles} articles")
    print(f"start-up:            {startup:.2f} s (import + first clippings, models loaded)")
    print(f"throughput:          {args.n / cpu:.0f} clippings/s CPU, {args.n / wall:.0f} clippings/s wall (one core)")
    print(f"per clipping:        {1000 * cpu / args.n:.2f} ms CPU")
    print(f"peak memory (RSS):   {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
