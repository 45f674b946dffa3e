"""Which articles report the same real-world event: ``build_timeline``.

The rules, in order of strength:

1. Articles of one clipping (translations of each other) are one event, and
   so are articles whose sidecars name the same ``event``; two different
   sidecar events never merge.
2. Otherwise two dated articles report the same event when their dates are at
   most ``window_days`` apart, they share two people, or one person and a
   place when one of them names a single person, and their places do not
   conflict: both name places and no place is common (a meeting in Moscow and
   a meeting in Beijing a day apart are two events).
3. Only the lead counts as evidence (the title and the first three
   paragraphs, at most ~600 characters): background ("Putin and Xi declared
   a partnership in 2022") comes later. A dateline ("MOSCOW, 27 Jan -",
   "BEIJING (Sputnik) -", "新华社北京1月27日电") names where a report was filed
   from, not where the event happened, so it is not place evidence.

Links are made strongest first (same day, most people in common) and a link
is refused when it would join two groups with different sidecar events,
conflicting places, or dates (the most common date of each) further apart
than the window; so a chain of weak links cannot drift into a different
event. Every choice depends on sorted keys, never on input order, and only
articles within the window that share a person are compared.

Undated articles are never placed by date: one joins an event through its
clipping or its sidecar event, else it goes to ``Timeline.undated``.

Each event gets:

* a date: the most common date among its articles (a tie: the earliest);
* participants: the people and organisations in the lead of at least half
  of its articles, by how many articles name them there, then by mentions in
  the whole texts, then by id;
* an id, the page anchor, made from content so it survives new clippings:
  the sidecar event (slugified), else the date and the two most central
  participants in alphabetical order ("2026-01-27-belousov-dong-jun"), so a
  new report that only reorders them keeps the anchor, else the date and a short
  hash of the clipping stems. Events whose ids collide get "-2", "-3"... in
  the order of their sorted clipping stems.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial

from .gazetteer import Gazetteer
from .model import Event, Timeline, TimelineArticle, article_order

MapEach = Callable[[Callable, Sequence], list] | None

LEAD_CHARS = 600
LEAD_LINES = 4  # the title and three paragraphs


@dataclass(frozen=True)
class _Evidence:
    """What one article says, as the rules need it."""

    people: frozenset[str]  # in the lead
    actors: frozenset[str]  # people and organisations in the lead: participant candidates
    places: frozenset[str]  # in the lead, datelines left out
    mentions: Counter[str]  # every entity in the whole text, for centrality


def build_timeline(
    articles: Sequence[TimelineArticle], gazetteer: Gazetteer, window_days: int = 1, map_each: MapEach = None
) -> Timeline:
    """Group `articles` into events (see the module docstring for the rules).

    `map_each(function, items)` computes each article's evidence (who and
    where its lead names, by the gazetteer), the costly part: give one that
    spreads the work over processes; the default is a plain loop."""
    if window_days < 0:
        raise ValueError(f"window_days must be 0 or more, not {window_days}")
    ordered = sorted(articles, key=lambda article: article.key)
    _check_keys(ordered)
    read_evidence = partial(_evidence, gazetteer=gazetteer)
    evidence = map_each(read_evidence, ordered) if map_each else [read_evidence(article) for article in ordered]
    groups = _Groups(ordered, evidence, window_days)
    groups.join_clippings_and_sidecar_events()
    for first, second in _links(ordered, evidence, window_days):
        groups.join_if_compatible(first, second)
    events: list[Event] = []
    undated: list[TimelineArticle] = []
    for members in groups.members():
        chosen = [ordered[index] for index in members]
        if any(article.date for article in chosen):
            events.append(_event(chosen, [evidence[index] for index in members]))
        else:
            undated.extend(chosen)
    return Timeline(
        events=tuple(sorted(_unique_ids(events), key=lambda event: (event.date, event.id))),
        undated=tuple(sorted(undated, key=lambda article: (article.clipping, article.key))),
    )


def _check_keys(ordered: Sequence[TimelineArticle]) -> None:
    for previous, current in zip(ordered, ordered[1:]):
        if previous.key == current.key:
            raise ValueError(f"two articles have the key '{current.key}'; keys must be unique")


# --- evidence --------------------------------------------------------------------


def lead(text: str) -> str:
    """The title and the first three paragraphs, cut at ~600 characters (at
    the end of a word). Lines, not characters alone: 600 characters of
    Chinese hold three times as much news as 600 of English."""
    lines = [line for line in text.splitlines() if line.strip()][:LEAD_LINES]
    joined = "\n".join(lines)
    if len(joined) <= LEAD_CHARS:
        return joined
    rest_of_word = _NON_SPACE.match(joined, LEAD_CHARS)
    return joined[: rest_of_word.end() if rest_of_word else LEAD_CHARS]


_NON_SPACE = re.compile(r"\S*")


# A dateline opens a paragraph: a place, then an "(Agency)" and a ", date" in
# either order (each optional), then a dash or colon ("MOSCOW, 27 Jan - ",
# "BEIJING (Sputnik) - ", "LONDON, Jan 5 (Reuters) - "), or TASS's
# "МОСКВА, 27 января. /ТАСС/.".
_AGENCY = r"\([^()\n]{1,40}\)[^\S\n]*"
_DATELINE = re.compile(
    r"^[^\S\n]*(?P<place>[^\W\d_][^\W\d_'’.\- ]*(?:[ .'’\-][^\W\d_]+){0,3})[^\S\n]*"
    rf"(?P<agency>{_AGENCY})?"
    r"(?P<when>,[^\n()/:–—]{1,30}?)?[^\S\n]*"
    rf"(?P<agency_after>{_AGENCY})?"
    r"(?:[-–—:][^\S\n]|\.?[^\S\n]*(?P<slashed>/[^/\n]{1,20}/)\.?)",
    re.MULTILINE,
)
# Chinese agencies: "新华社北京1月27日电", "1月27日电 - ".
_CHINESE_DATELINE = re.compile(
    r"^[^\S\n]*[^\n。，,：:]{0,20}?\d{1,2}月\d{1,2}日(?:电|電|讯|訊)[^\S\n]*(?:[（(][^）)\n]{0,30}[）)])?[^\S\n]*[-–—]?",
    re.MULTILINE,
)


def without_datelines(text: str) -> str:
    text = _CHINESE_DATELINE.sub("", text)
    return _DATELINE.sub(lambda match: "" if _is_dateline(match) else match.group(0), text)


def _is_dateline(match: re.Match[str]) -> bool:
    """A place written in capitals, or followed by an agency, a date or a
    slashed agency: "Video: ..." or "Putin - ..." are not datelines."""
    first_word = match["place"].split()[0]
    capitals = first_word.isupper() and len(first_word) >= 3
    dated = match["when"] is not None and any(char.isdigit() for char in match["when"])
    agency = match["agency"] or match["agency_after"] or match["slashed"]
    return capitals or dated or agency is not None


def _evidence(article: TimelineArticle, gazetteer: Gazetteer) -> _Evidence:
    opening = lead(article.text)
    in_lead = gazetteer.mentions(opening)
    places = gazetteer.mentions(without_datelines(opening))
    return _Evidence(
        people=frozenset(e for e in in_lead if gazetteer.kind(e) == "person"),
        actors=frozenset(e for e in in_lead if gazetteer.kind(e) != "place"),
        places=frozenset(e for e in places if gazetteer.kind(e) == "place"),
        mentions=Counter(gazetteer.mentions(article.text)),
    )


# --- links ----------------------------------------------------------------------


def _links(
    ordered: Sequence[TimelineArticle], evidence: Sequence[_Evidence], window_days: int
) -> list[tuple[int, int]]:
    """Pairs of articles that report the same event by rule 2, strongest
    first. Every link needs a shared person, so candidates come from one
    bucket of dated articles per person, swept in date order up to the
    window: unrelated articles on the same day are never compared."""
    buckets: dict[str, list[int]] = defaultdict(list)
    for index, article in enumerate(ordered):
        if article.date is not None:
            for person in evidence[index].people:
                buckets[person].append(index)
    found: dict[tuple[int, int], tuple[int, int, tuple[int, int]]] = {}
    for members in buckets.values():
        members.sort(key=lambda index: (ordered[index].date, index))
        for position, first in enumerate(members):
            for second in members[position + 1:]:
                gap = (ordered[second].date - ordered[first].date).days  # type: ignore[operator]
                if gap > window_days:
                    break
                pair = (first, second) if first < second else (second, first)
                if pair not in found and _same_event(evidence[first], evidence[second]):
                    shared = evidence[first].people & evidence[second].people
                    found[pair] = (gap, -len(shared), pair)
    return sorted(found, key=found.__getitem__)


def _same_event(one: _Evidence, other: _Evidence) -> bool:
    """Rule 2 for two articles already within the date window."""
    if _places_conflict(one.places, other.places):
        return False
    shared = one.people & other.people
    if len(shared) >= 2:
        return True
    single = min(len(one.people), len(other.people)) == 1
    return len(shared) == 1 and single and bool(one.places & other.places)


def _places_conflict(one: frozenset[str] | set[str], other: frozenset[str] | set[str]) -> bool:
    return bool(one) and bool(other) and not (one & other)


class _Groups:
    """Union-find over article indices, with what each group needs for the
    vetoes: its sidecar event, its places and its dates."""

    def __init__(self, ordered: Sequence[TimelineArticle], evidence: Sequence[_Evidence], window_days: int) -> None:
        self._ordered = ordered
        self._window = window_days
        self._parent = list(range(len(ordered)))
        self._event = [_event_key(article.event) for article in ordered]
        self._places = [set(item.places) for item in evidence]
        self._dates = [Counter([article.date] if article.date else []) for article in ordered]

    def join_clippings_and_sidecar_events(self) -> None:
        by_clipping: dict[str, list[int]] = defaultdict(list)
        by_event: dict[str, list[int]] = defaultdict(list)
        for index, article in enumerate(self._ordered):
            by_clipping[article.clipping].append(index)
            if self._event[index]:
                by_event[self._event[index]].append(index)
        for clipping, members in by_clipping.items():
            events = sorted({self._ordered[index].event for index in members if self._ordered[index].event})
            if len({_event_key(event) for event in events}) > 1:
                raise ValueError(f"the articles of clipping '{clipping}' name different events: {', '.join(events)}")
        for members in [*by_clipping.values(), *by_event.values()]:
            for index in members[1:]:
                self._union(members[0], index)

    def join_if_compatible(self, first: int, second: int) -> None:
        one, other = self._find(first), self._find(second)
        if one == other:
            return
        if self._event[one] and self._event[other] and self._event[one] != self._event[other]:
            return
        if _places_conflict(self._places[one], self._places[other]):
            return
        if abs((_usual_date(self._dates[one]) - _usual_date(self._dates[other])).days) > self._window:
            return
        self._union(one, other)

    def members(self) -> list[list[int]]:
        groups: dict[int, list[int]] = defaultdict(list)
        for index in range(len(self._parent)):
            groups[self._find(index)].append(index)
        return list(groups.values())

    def _find(self, index: int) -> int:
        while self._parent[index] != index:
            self._parent[index] = self._parent[self._parent[index]]  # path halving
            index = self._parent[index]
        return index

    def _union(self, first: int, second: int) -> None:
        one, other = self._find(first), self._find(second)
        if one == other:
            return
        if len(self._places[one]) + sum(self._dates[one].values()) < len(self._places[other]) + sum(self._dates[other].values()):
            one, other = other, one  # merge the smaller group's data into the larger
        self._parent[other] = one
        self._event[one] = self._event[one] or self._event[other]
        self._places[one] |= self._places[other]
        self._dates[one] += self._dates[other]


def _event_key(event: str | None) -> str:
    """Sidecar events are one event when they give the same anchor."""
    return slugify(event) if event and event.strip() else ""


def _usual_date(dates: Counter[dt.date]) -> dt.date:
    """The most common date; a tie goes to the earliest."""
    return min(dates, key=lambda date: (-dates[date], date))


# --- events ---------------------------------------------------------------------


def _event(articles: list[TimelineArticle], evidence: list[_Evidence]) -> Event:
    dated = Counter(article.date for article in articles if article.date is not None)
    date = _usual_date(dated)
    participants = _participants(evidence)
    forced = next((article.event for article in sorted(articles, key=lambda a: a.key) if article.event), None)
    return Event(
        id=_base_id(date, participants, forced, articles),
        date=date,
        articles=tuple(sorted(articles, key=article_order)),
        participants=participants,
        languages=tuple(sorted({article.lang for article in articles})),
    )


def _participants(evidence: Sequence[_Evidence]) -> tuple[str, ...]:
    """People and organisations in the lead of at least half the articles,
    by how many articles name them there, then by mentions in the whole texts."""
    in_articles = Counter(actor for item in evidence for actor in item.actors)
    total: Counter[str] = Counter()
    for item in evidence:
        total.update(item.mentions)
    needed = max(1, (len(evidence) + 1) // 2)
    chosen = [actor for actor, count in in_articles.items() if count >= needed]
    return tuple(sorted(chosen, key=lambda actor: (-in_articles[actor], -total[actor], actor)))


def _base_id(date: dt.date, participants: Sequence[str], forced: str | None, articles: Iterable[TimelineArticle]) -> str:
    if forced:
        return slugify(forced)
    if participants:
        # Alphabetical, so new coverage that only reorders the two main
        # participants leaves the anchor as it was.
        return f"{date.isoformat()}-" + "-".join(sorted(slugify(actor) for actor in participants[:2]))
    stems = "\n".join(sorted({article.clipping for article in articles}))
    return f"{date.isoformat()}-" + hashlib.sha256(stems.encode("utf-8")).hexdigest()[:8]


def _unique_ids(events: list[Event]) -> list[Event]:
    """Events whose ids collide get "-2", "-3"... in order of their clipping stems."""
    by_id: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        by_id[event.id].append(event)
    taken = set(by_id)
    unique: list[Event] = []
    for base in sorted(by_id):
        same = sorted(by_id[base], key=_clipping_stems)
        unique.append(same[0])
        suffix = 2
        for event in same[1:]:
            while f"{base}-{suffix}" in taken:
                suffix += 1
            taken.add(f"{base}-{suffix}")
            unique.append(_with_id(event, f"{base}-{suffix}"))
    return unique


def _clipping_stems(event: Event) -> tuple[str, ...]:
    return tuple(sorted({article.clipping for article in event.articles}))


def _with_id(event: Event, new_id: str) -> Event:
    return Event(new_id, event.date, event.articles, event.participants, event.languages)


def slugify(value: str) -> str:
    """An anchor from text: lower case, accents off Latin letters, every run
    of other characters a single "-" ("Road repairs 2024" -> "road-repairs-2024");
    other scripts are kept ("Визит в Пекин" -> "визит-в-пекин")."""
    letters = []
    for char in unicodedata.normalize("NFC", value).lower():
        bare = "".join(part for part in unicodedata.normalize("NFKD", char) if not unicodedata.combining(part))
        letters.append(bare if bare.isascii() else char)  # é -> e, but й stays й
    slug = re.sub(r"[\W_]+", "-", "".join(letters)).strip("-")
    return slug or hashlib.sha256(value.encode("utf-8")).hexdigest()[:8]
