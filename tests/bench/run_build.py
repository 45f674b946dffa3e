"""Run one Pelican build in this process and print its own cost as JSON:
`python run_build.py SETTINGS CONTENT OUTPUT` (used by bench_site.py so that
each build's peak memory is its own)."""

from __future__ import annotations

import json
import os
import resource
import sys
import threading
import time
from pathlib import Path

from pelican import main as pelican_main

SAMPLE_EVERY = 0.1  # seconds


class TreeMemory:
    """The peak of the build's memory, all its processes together: the sum
    of their PSS (shared pages, like the forked workers' copy of the
    language model, split among the processes sharing them)."""

    def __init__(self) -> None:
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.wait(SAMPLE_EVERY):
            self.peak_kb = max(self.peak_kb, sum(_pss_kb(pid) for pid in _tree(os.getpid())))


def _tree(pid: int) -> list[int]:
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        found.append(current)
        for children in Path(f"/proc/{current}/task").glob("*/children"):
            try:
                pending += [int(child) for child in children.read_text().split()]
            except OSError:
                pass  # the process ended meanwhile
    return found


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run(settings: str, content: str, output: str) -> dict[str, float]:
    wall = time.perf_counter()
    with TreeMemory() as memory:
        try:
            pelican_main([content, "-s", settings, "-o", output, "-q"])
        except SystemExit as stop:  # our build exits non-zero only on clipping errors
            if stop.code not in (0, None):
                raise
    usage = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "wall": time.perf_counter() - wall,
        "cpu": usage.ru_utime + usage.ru_stime,
        "worker_cpu": workers.ru_utime + workers.ru_stime,
        "peak_mb": usage.ru_maxrss / 1024,
        "worker_peak_mb": workers.ru_maxrss / 1024,  # the largest worker process
        "tree_peak_mb": memory.peak_kb / 1024,
    }


if __name__ == "__main__":
    print(json.dumps(run(*sys.argv[1:4])))
