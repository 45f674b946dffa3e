"""Work shared out among forked processes (plugins/forked_work.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from forked_work import ForkedWorkFailed, map_forked, run_forked, share_out

NAMES = [f"articles/{number:05d}/index.html" for number in range(500)] + ["index.html", "feeds/all.atom.xml"]


def test_every_item_is_in_exactly_one_share_in_its_order() -> None:
    shares = share_out(NAMES, 3)
    assert sorted(index for share in shares for index in share) == list(range(len(NAMES)))
    assert all(share == sorted(share) for share in shares)


def test_the_split_is_stable_and_roughly_even() -> None:
    assert share_out(NAMES, 2) == share_out(list(NAMES), 2)
    sizes = [len(share) for share in share_out(NAMES, 2)]
    assert min(sizes) > 0.4 * len(NAMES)


def test_the_same_name_always_goes_to_the_same_process() -> None:
    shares = share_out(["a.html", "b.html", "a.html", "c.html", "a.html"], 2)
    holding = [share for share in shares if 0 in share]
    assert len(holding) == 1 and {2, 4} <= set(holding[0])


def test_one_process_takes_everything() -> None:
    assert share_out(NAMES[:5], 1) == [[0, 1, 2, 3, 4]]


def test_each_share_runs_once_in_its_own_process(tmp_path: Path) -> None:
    def write(share) -> None:
        for index in share:
            (tmp_path / f"{index}.pid").write_text(str(os.getpid()))

    run_forked([[0, 1], [2], [3, 4]], write)
    pids = {index: (tmp_path / f"{index}.pid").read_text() for index in range(5)}
    assert pids[0] == pids[1] == str(os.getpid())  # the first share stays here
    assert len({pids[0], pids[2], pids[3]}) == 3 and pids[3] == pids[4]


def test_a_failing_child_fails_the_whole_run_after_the_others_finish(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    def write(share) -> None:
        if 1 in share:
            raise ValueError("template broke on page 1")
        for index in share:
            (tmp_path / f"{index}.done").write_text("")

    with pytest.raises(ForkedWorkFailed, match="1 of 2"):
        run_forked([[0], [1], [2]], write)
    assert (tmp_path / "0.done").exists() and (tmp_path / "2.done").exists()
    assert "template broke on page 1" in capfd.readouterr().err


def test_a_failure_here_still_waits_for_the_children(tmp_path: Path) -> None:
    def write(share) -> None:
        if 0 in share:
            raise ValueError("broken here")
        (tmp_path / "child.done").write_text("")

    with pytest.raises(ValueError, match="broken here"):
        run_forked([[0], [1]], write)
    assert (tmp_path / "child.done").exists()  # waited for, not orphaned


def test_a_forked_map_gives_the_same_list_as_map() -> None:
    items = [f"item {number}" for number in range(1000)]
    assert map_forked(str.upper, items, processes=3, parallel_from=10) == [item.upper() for item in items]
    assert map_forked(str.upper, items[:5], processes=3, parallel_from=10) == [item.upper() for item in items[:5]]


def test_a_forked_map_computes_in_other_processes() -> None:
    pids = set(map_forked(lambda _: os.getpid(), list(range(100)), processes=2, parallel_from=10))
    assert os.getpid() not in pids  # and a lambda: nothing was pickled but the results
