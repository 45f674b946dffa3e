"""Share work out among forked processes (pure: no Pelican).

Each process is a fork of the one that holds the work, so the work needs
no pickling: it is already in every process's memory. `run_forked` is for
work whose effect is on disk (pages); `map_forked` sends results back.
Items with the same key go to the same process, so that checks comparing
them (Pelican's "two pages write one file") still see them together.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import traceback
import zlib
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

# What the forked workers of `map_forked` compute: set before they fork.
_shared: dict[str, tuple[Callable, Sequence]] = {}


def process_count(limit: int | None = None) -> int:
    """How many processes to share work among: `limit` (the build's
    CLIPLINE_PROCESSES setting) when given, else one per core."""
    return limit or os.cpu_count() or 1


def share_out(keys: Sequence[str], processes: int) -> list[list[int]]:
    """The indices of `keys`, in order, split into `processes` shares by a
    stable hash of each key (the same split in every run)."""
    shares: list[list[int]] = [[] for _ in range(processes)]
    for index, key in enumerate(keys):
        shares[zlib.crc32(key.encode("utf-8")) % processes].append(index)
    return shares


class ForkedWorkFailed(RuntimeError):
    """A forked process could not do its share (its traceback is on stderr)."""


def run_forked(shares: Sequence[Sequence[int]], do: Callable[[Sequence[int]], None]) -> None:
    """Run `do(share)` for every share at once: the first share in this
    process, each other in a forked child. Returns when all are done;
    raises ForkedWorkFailed if a child failed, after every child ended."""
    children = []
    for share in shares[1:]:
        pid = os.fork()
        if pid == 0:
            _child(do, share)
        children.append(pid)
    try:
        if shares:
            do(shares[0])
    finally:
        failed = sum(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) != 0 for pid in children)
    if failed:
        raise ForkedWorkFailed(f"{failed} of {len(children)} forked processes failed (their errors are above)")


def _child(do: Callable[[Sequence[int]], None], share: Sequence[int]) -> None:
    status = 1
    try:
        do(share)
        status = 0
    except BaseException:  # noqa: BLE001 — reported to the parent through the exit status
        traceback.print_exc()
    finally:
        # A child never returns into its parent's code: it would run the rest
        # of the build a second time.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)


def map_forked(function: Callable[[Item], Result], items: Sequence[Item], processes: int,
               parallel_from: int = 256) -> list[Result]:
    """`[function(item) for item in items]`, computed by `processes` forked
    workers that inherit `function` and `items` (only results are pickled).
    Below `parallel_from` items, or with one process, computed here."""
    if processes < 2 or len(items) < parallel_from:
        return [function(item) for item in items]
    _shared["job"] = (function, items)
    try:
        with ProcessPoolExecutor(max_workers=processes, mp_context=multiprocessing.get_context("fork")) as pool:
            strides = pool.map(_map_stride, [(start, processes) for start in range(processes)])
            computed = list(strides)
    finally:
        del _shared["job"]
    results: list = [None] * len(items)
    for start, stride in enumerate(computed):
        results[start::processes] = stride
    return results


def _map_stride(stride: tuple[int, int]) -> list:
    function, items = _shared["job"]
    start, step = stride
    return [function(item) for item in items[start::step]]
