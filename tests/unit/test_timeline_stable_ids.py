"""Stable event anchors: old ids follow their coverage as aliases, and no
event takes an anchor another one holds (timeline/stable_ids.py)."""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import Event, TimelineArticle
from timeline.stable_ids import assign_stable_ids, merge_histories, published_events

DAY = dt.date(2024, 10, 14)


def article(key: str, date: dt.date = DAY) -> TimelineArticle:
    return TimelineArticle(key=key, clipping=key, lang="en", title=key, date=date, outlet=None, url=key, text=key)


def event(event_id: str, *keys: str, date: dt.date = DAY) -> Event:
    return Event(id=event_id, date=date, articles=tuple(article(key, date) for key in keys),
                 participants=(), languages=("en",))


def ids(events: list[Event]) -> dict[str, tuple[str, ...]]:
    return {event.id: event.aliases for event in events}


def test_without_history_the_computed_ids_stand() -> None:
    events = [event("a", "1"), event("b", "2")]
    assert assign_stable_ids(events, {}) == events


def test_an_event_whose_id_changed_keeps_its_old_id_as_an_alias() -> None:
    history = {"2024-10-14-belousov-dong-jun": ["1", "2"]}
    renamed = [event("2024-10-14-belousov-xi-jinping", "1", "2", "3", "4")]
    assert ids(assign_stable_ids(renamed, history)) == {"2024-10-14-belousov-xi-jinping": ("2024-10-14-belousov-dong-jun",)}


def test_a_new_event_cannot_take_an_anchor_another_event_holds() -> None:
    # A sidecar `event` (or any rule) names the anchor an event was published under.
    history = {"talks": ["1", "2"]}
    events = [event("talks", "9"), event("2024-10-14-a-b", "1", "2")]
    assert ids(assign_stable_ids(events, history)) == {"talks-2": (), "2024-10-14-a-b": ("talks",)}


def test_the_anchor_goes_to_the_event_holding_most_of_its_old_articles() -> None:
    history = {"old": ["1", "2", "3"]}
    events = [event("x", "3", "7"), event("y", "1", "2")]
    assert ids(assign_stable_ids(events, history)) == {"x": (), "y": ("old",)}


def test_ties_go_to_the_event_already_called_so_then_the_earliest_then_the_smallest_id() -> None:
    history = {"old": ["1", "2"]}
    assert ids(assign_stable_ids([event("z", "1"), event("old", "2")], history)) == {"z": (), "old": ()}
    later = dt.date(2024, 10, 15)
    assert ids(assign_stable_ids([event("a", "1", date=later), event("b", "2")], history)) == {"a": (), "b": ("old",)}
    assert ids(assign_stable_ids([event("b", "1"), event("a", "2")], history)) == {"b": (), "a": ("old",)}


def test_an_anchor_whose_articles_are_all_gone_is_free_again() -> None:
    history = {"old": ["gone"]}
    assert ids(assign_stable_ids([event("old", "new")], history)) == {"old": ()}


def test_merged_events_keep_every_old_anchor() -> None:
    history = {"first": ["1"], "second": ["2"]}
    assert ids(assign_stable_ids([event("both", "1", "2")], history)) == {"both": ("first", "second")}


def test_a_displaced_event_keeps_its_suffix_from_build_to_build() -> None:
    history = {"talks": ["1"]}
    first = assign_stable_ids([event("talks", "9"), event("a", "1")], history)
    assert ids(first) == {"talks-2": (), "a": ("talks",)}
    # Next build: the record of the first, and "talks-2" is now published too.
    second = assign_stable_ids([event("talks", "9"), event("a", "1")], merge_histories(history, published_events(first)))
    assert ids(second) == ids(first)


def test_a_suffix_never_takes_another_events_old_anchor() -> None:
    history = {"talks": ["1"], "talks-2": ["2"]}
    events = [event("talks", "9"), event("a", "1"), event("b", "2")]
    assert ids(assign_stable_ids(events, history)) == {"talks-3": (), "a": ("talks",), "b": ("talks-2",)}


def test_reserved_ids_are_never_given_to_an_event() -> None:
    events = [event("main", "1")]
    assert ids(assign_stable_ids(events, {"main": ["1"]}, reserved={"main", "main-2"})) == {"main-3": ()}


def test_the_record_lists_ids_and_aliases_with_their_articles() -> None:
    events = [event("b", "2", "1").__class__(**{**event("b", "2", "1").__dict__, "aliases": ("a",)})]
    assert published_events(events) == {"a": ["1", "2"], "b": ["1", "2"]}


anchors = st.sampled_from(["a", "b", "c", "a-2", "b-2", "main"])
keys = st.sampled_from([str(number) for number in range(8)])


@settings(max_examples=200, deadline=None)
@given(
    groups=st.lists(st.tuples(anchors, st.sets(keys, min_size=1, max_size=3)), min_size=1, max_size=5),
    history=st.dictionaries(anchors, st.lists(keys, min_size=1, max_size=4), max_size=4),
    seed=st.integers(0, 1000),
)
def test_every_old_anchor_with_coverage_resolves_to_exactly_one_event(groups, history, seed) -> None:
    seen: set[str] = set()
    events = []
    for event_id, members in groups:
        members = members - seen  # an article is in one event only
        if members:
            seen |= members
            events.append(event(event_id, *sorted(members)))
    stable = assign_stable_ids(events, history, reserved={"main"})
    anchors_on_pages = [anchor for item in stable for anchor in (item.id, *item.aliases)]
    assert len(anchors_on_pages) == len(set(anchors_on_pages))  # no anchor twice
    assert "main" not in anchors_on_pages
    for old_id, old_keys in history.items():
        if old_id != "main" and set(old_keys) & seen:
            assert old_id in anchors_on_pages
    # Input order does not matter.
    shuffled = events[:]
    random.Random(seed).shuffle(shuffled)
    again = assign_stable_ids(shuffled, history, reserved={"main"})
    assert sorted(ids(again).items()) == sorted(ids(stable).items())
