"""Event anchors that outlive regrouping: ``assign_stable_ids``.

An event's id is its anchor on the timeline pages (``2024/#<id>``), and
reports cite it. The grouping computes ids from content (today: the date and
the two main participants, or a sidecar ``event``), so new coverage can
change an event's id, and a sidecar may name an anchor another event was
published under. Run after the grouping, this module keeps every anchor
ever published pointing at the event that carries on its coverage, whatever
rule computed the ids:

* ``history`` maps every id published before (the published record and the
  last build's, see ``plugins/permalinks``) to the keys of the articles the
  event had then;
* the *heir* of an old id is the event holding most of its old articles; a
  tie goes to the event whose computed id is that id, then to the earliest
  date, then to the smallest computed id (then article keys). An old id
  none of whose articles remain has no heir and is free for any event;
* an event keeps its computed id unless that id is held by another event:
  an old id whose heir is another event, or a ``reserved`` id (the page's
  own anchors). It then takes the first of ``<id>-2``, ``<id>-3``... that no
  other event holds (so a sidecar ``event`` can never take over an anchor
  that is already published). Two events computed with one id (the
  grouping should not give any) are told apart the same way, the earlier
  keeping it;
* every other old id an event inherits becomes one of its ``aliases``: the
  pages keep an element with that id inside the event's entry, and
  ``timeline.json`` lists it.

Pure: no Pelican, and nothing about how the grouping computes ids.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace

from .model import Event

History = Mapping[str, Collection[str]]


def assign_stable_ids(events: Sequence[Event], history: History, reserved: Collection[str] = ()) -> list[Event]:
    """`events` (in the same order) with ids that take no anchor another
    event holds, and with `aliases`: the old ids each one inherits."""
    heirs = _heirs(events, {old: keys for old, keys in history.items() if old not in reserved})
    inherited: dict[int, list[str]] = {}
    for old_id, heir in heirs.items():
        inherited.setdefault(heir, []).append(old_id)

    final: dict[int, str] = {}
    kept: set[str] = set()
    displaced: list[int] = []
    # In a fixed order, so that of two events computed with one id the same one keeps it.
    for index in sorted(range(len(events)), key=lambda index: _rank(events[index])):
        anchor = events[index].id
        holder = heirs.get(anchor, index)
        if anchor in reserved or holder != index or anchor in kept:
            displaced.append(index)
        else:
            final[index] = anchor
            kept.add(anchor)
    taken = set(final.values()) | set(heirs) | {event.id for event in events}
    for index in displaced:
        final[index] = _free_suffix(events[index].id, index, taken, heirs, reserved)
        taken.add(final[index])
    return [
        replace(
            event,
            id=final[index],
            aliases=tuple(sorted({*event.aliases, *inherited.get(index, ())} - {final[index]})),
        )
        for index, event in enumerate(events)
    ]


def _heirs(events: Sequence[Event], history: History) -> dict[str, int]:
    """Old id -> index of the event that carries it on (old ids whose
    articles are all gone have none)."""
    holder = {article.key: index for index, event in enumerate(events) for article in event.articles}
    heirs: dict[str, int] = {}
    for old_id, keys in history.items():
        counts: dict[int, int] = {}
        for key in set(keys):
            if key in holder:
                counts[holder[key]] = counts.get(holder[key], 0) + 1
        if counts:
            heirs[old_id] = min(counts, key=lambda index: (-counts[index], events[index].id != old_id, *_rank(events[index])))
    return heirs


def _rank(event: Event) -> tuple[dt.date, str, tuple[str, ...]]:
    """Date, id, then article keys: a total order whatever the input order."""
    return event.date, event.id, tuple(sorted(article.key for article in event.articles))


def _free_suffix(base: str, index: int, taken: set[str], heirs: Mapping[str, int], reserved: Collection[str]) -> str:
    """The first `<base>-N` (N >= 2) that is this event's own old id, or
    that nobody holds."""
    suffix = 2
    while True:
        candidate = f"{base}-{suffix}"
        if candidate not in reserved and (heirs.get(candidate) == index or candidate not in taken):
            return candidate
        suffix += 1


def published_events(events: Iterable[Event]) -> dict[str, list[str]]:
    """The record a build leaves for the next one: every id and alias of
    `events`, each with the keys of the articles the event holds now."""
    record: dict[str, list[str]] = {}
    for event in events:
        keys = sorted(article.key for article in event.articles)
        for anchor in (event.id, *event.aliases):
            record[anchor] = keys
    return dict(sorted(record.items()))


def merge_histories(*histories: Mapping[str, Collection[str]]) -> dict[str, set[str]]:
    """One history from several records: an id's articles are all those
    any record gives it."""
    merged: dict[str, set[str]] = {}
    for history in histories:
        for anchor, keys in history.items():
            merged.setdefault(anchor, set()).update(keys)
    return merged
