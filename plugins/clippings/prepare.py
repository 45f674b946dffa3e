"""Normalize every clipping of a build up front, on all cores.

Pelican reads files one by one in one process; normalizing is the costly
part of reading a clipping and each clipping is independent, so the
clippings the cache does not hold yet are normalized in worker processes
before Pelican's reading loop asks for them one at a time.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from forked_work import process_count
from normalizer.cache import ResultCache
from normalizer.files import read_clipping
from normalizer.language import language_model
from normalizer.model import ClippingResult
from normalizer.sidecar import Sidecar

# Below this many clippings, starting workers costs more than it saves.
PARALLEL_FROM = 16
BATCH = 32

Prepared = dict[str, tuple[ClippingResult, Sidecar | None]]


def prepare_clippings(jobs: list[tuple[Path, str]], cache: ResultCache | None, workers: int | None = None) -> Prepared:
    """Results for every (path, display name) job, keyed by path."""
    workers = process_count(workers)
    prepared: Prepared = {}
    missing = []
    for path, name in jobs:
        cached = read_clipping(path, name, cache, cached_only=True) if cache else None
        if cached is not None:
            prepared[str(path)] = cached
        else:
            missing.append((path, name))
    if not missing:
        return prepared
    # Loaded here, before any worker forks (they share its memory), from
    # an unpacked copy beside the cache when there is one.
    language_model(unpacked_in=cache.folder / "model" if cache and cache.folder else None)
    if workers < 2 or len(missing) < PARALLEL_FROM:
        prepared.update({str(path): read_clipping(path, name, cache) for path, name in missing})
        return prepared
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        results = pool.map(_read, missing, [cache] * len(missing), chunksize=BATCH)
        prepared.update({str(path): result for (path, _), result in zip(missing, results)})
    return prepared


def _read(job: tuple[Path, str], cache: ResultCache | None) -> tuple[ClippingResult, Sidecar | None]:
    path, name = job
    return read_clipping(path, name, cache)
