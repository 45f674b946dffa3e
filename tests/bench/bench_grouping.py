"""Grouping speed and memory on N generated articles: `make bench-grouping`.

Articles are made up: N/5 events over two years, each reported by five
articles in English, Russian or German, naming two of 400 people, one of
60 towns and a number, with filler sentences. Prints the time to read the
evidence of every article (dictionaries loaded first, their load timed on
its own), the time of the grouping itself (keys and dates only), how many
pairs were compared, and the peak memory of the process (RSS) with the
part the evidence dictionaries add.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "plugins"))

from evidence import read_evidence  # noqa: E402
from evidence.dictionaries import cedict, morphology  # noqa: E402
from evidence.places import index  # noqa: E402
from timeline import grouping  # noqa: E402
from timeline.gazetteer import Gazetteer  # noqa: E402
from timeline.model import TimelineArticle  # noqa: E402

SYLLABLES = ["ka", "ro", "mi", "ten", "vol", "dar", "sel", "nik", "ov", "ber", "gul", "tan", "res", "pol", "lin"]
TOWNS = ["Lyon", "Porto", "Gdansk", "Kazan", "Osaka", "Lima", "Quito", "Tunis", "Dakar", "Perth"] * 6


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def made_up(count: int, seed: int = 7) -> list[TimelineArticle]:
    rng = random.Random(seed)
    people = ["".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize() for _ in range(400)]
    start = dt.date(2024, 1, 1)
    articles = []
    for number in range(count):
        event = number // 5
        local = random.Random(event)
        one, other = local.sample(people, 2)
        town = local.choice(TOWNS)
        day = start + dt.timedelta(days=local.randrange(730) + rng.choice([0, 0, 1]))
        text = (f"{one} and {other} met in {town}\n{one} said {local.randrange(100, 9000)} people attended the talks. "
                f"The meeting with {other} lasted hours and covered trade, energy and security.")
        articles.append(TimelineArticle(
            key=f"a{number}", clipping=f"c{number}", lang="en", title=f"{one} meets {other}", date=day,
            outlet=f"o{number % 40}", url=f"articles/a{number}/", text=text,
        ))
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=5000)
    args = parser.parse_args()
    base = rss_mb()
    began = time.perf_counter()
    cedict(), index(), morphology("ru")
    loaded = time.perf_counter() - began
    after_load = rss_mb()
    articles = made_up(args.n)
    empty = Gazetteer.from_yaml("{}", "bench")
    began = time.perf_counter()
    evidence = [grouping.article_evidence(article, empty) for article in articles]
    reading = time.perf_counter() - began
    cache = dict(zip((a.key for a in articles), evidence))
    original = grouping.article_evidence
    grouping.article_evidence = lambda article, gazetteer: cache[article.key]
    calls = []
    similarity = grouping._Scorer.similarity
    grouping._Scorer.similarity = lambda self, a, b: calls.append(1) or similarity(self, a, b)
    began = time.perf_counter()
    timeline = grouping.build_timeline(articles, empty)
    grouped = time.perf_counter() - began
    grouping.article_evidence = original
    print(f"articles: {args.n}")
    print(f"dictionaries loaded once: {loaded:.2f} s, +{after_load - base:.0f} MB RSS")
    print(f"evidence read (one core): {reading:.2f} s ({1000 * reading / args.n:.2f} ms per article)")
    print(f"grouping (keys and dates only): {grouped:.2f} s, {len(calls)} pairs compared "
          f"({len(calls) / max(1, args.n * (args.n - 1) / 2):.4%} of all pairs), {len(timeline.events)} events")
    print(f"peak RSS: {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
