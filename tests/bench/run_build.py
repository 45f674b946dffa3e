"""Run one Pelican build in this process and print its own cost as JSON:
`python run_build.py SETTINGS CONTENT OUTPUT` (used by bench_site.py so that
each build's peak memory is its own)."""

from __future__ import annotations

import json
import resource
import sys
import time

from pelican import main as pelican_main


def run(settings: str, content: str, output: str) -> dict[str, float]:
    wall = time.perf_counter()
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
    }


if __name__ == "__main__":
    print(json.dumps(run(*sys.argv[1:4])))
