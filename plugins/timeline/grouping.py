"""Which articles report the same real-world event: ``build_timeline``.

The grouping sees only keys and dates. Each article's text is reduced to
language-independent keys by the ``evidence`` package (names, places,
numbers, words of its language) plus the gazetteer's entities when a
gazetteer is given (``e:<id>``), and then:

1. Articles of one clipping (translations of each other) are one event, and
   so are articles whose sidecars name the same ``event``; two different
   sidecar events never merge.
2. Two articles are similar by the keys they share, each weighted by its
   rarity in the collection (a name every clipping has says little), its
   kind (names and places count more than numbers, a phonetic match less),
   and where the article has it (title > lead > the rest): a name named
   once, in passing, counts less than the event's participants. Articles in
   one language also compare their words. A pair whose dates are further
   apart than ``window_days`` is never linked; closer dates count a little
   more than farther ones.
3. Groups merge by average linkage: two groups join when the mean
   similarity of all their pairs of articles reaches the threshold, so a
   group needs support from most of its members, not one chain of weak
   links; and never when the merged group's dates would span more than the
   window, or it would hold two different sidecar events.
4. Only articles that share a key held by few clippings (``_FEW``, or
   ``_COMMON_SHARE`` of a large collection) are ever compared, so the work
   grows with the collection, not with its square.

An undated article joins a dated group by the same rule: its date is then
inferred from the event (``Event.inferred``). Undated articles that match
each other form an undated event (``Timeline.undated_events``); the rest go
to ``Timeline.undated``.

Each event gets a date (the most common among its dated articles; a tie:
the earliest), participants (the names in the lead of at least half of its
clippings: gazetteer entities first), places, the evidence its articles
share, and an id made from content so it survives new clippings: the
sidecar event (slugified), else the date and the two most central
participants in alphabetical order ("2026-01-27-belousov-dong-jun"), else
the date and a short hash of the clipping stems. Events whose ids collide
get "-2", "-3"... in the order of their sorted clipping stems.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import partial

from evidence import Evidence, read_evidence
from evidence.places import index as place_index

from .gazetteer import Gazetteer
from .model import Event, Named, SharedKey, Timeline, TimelineArticle, article_order

MapEach = Callable[[Callable, Sequence], list] | None

LEAD_CHARS = 600
LEAD_LINES = 4  # the title and three paragraphs

# How much each kind of key counts (a gazetteer entity as a name).
_KIND_WEIGHT = {"n": 1.0, "e": 1.0, "p": 0.8, "#": 0.9, "s": 0.35, "w": 1.0}
_PLACE_WEIGHT = {"title": 1.6, "lead": 1.0, "body": 0.45}
# Average similarity two groups need to merge, across languages and within one.
THRESHOLD = 0.1
_WORD_SHARE = 0.5  # in one language, the part of the similarity that words make
_COMMON_SHARE = 0.03  # keys in more of the collection than this (and than _FEW clippings) make no candidates
_FEW = 30
_UNDATED_FACTOR = 0.9  # a pair with an undated article: a little less sure
_CONFLICT_FACTOR = 0.8  # different towns in the leads, or different people in the titles
_STRANGERS = False  # the title-names conflict: off, it cost recall on the tuning half


def build_timeline(
    articles: Sequence[TimelineArticle], gazetteer: Gazetteer, window_days: int = 1, map_each: MapEach = None,
    threshold: float = THRESHOLD,
) -> Timeline:
    """Group `articles` into events (see the module docstring for the rules).

    `map_each(function, items)` computes each article's evidence, the costly
    part: give one that spreads the work over processes; the default is a
    plain loop."""
    if window_days < 0:
        raise ValueError(f"window_days must be 0 or more, not {window_days}")
    ordered = sorted(articles, key=lambda article: article.key)
    _check_keys(ordered)
    read = partial(article_evidence, gazetteer=gazetteer)
    evidence = map_each(read, ordered) if map_each else [read(article) for article in ordered]
    scorer = _Scorer(ordered, evidence, window_days)
    groups = _Groups(ordered, window_days)
    groups.join_clippings_and_sidecar_events()
    groups.cluster(scorer, threshold)
    events: list[Event] = []
    undated_events: list[Event] = []
    undated: list[TimelineArticle] = []
    for members in groups.members():
        chosen = [ordered[index] for index in members]
        details = _Details(chosen, [evidence[index] for index in members], scorer, gazetteer)
        if any(article.date for article in chosen):
            events.append(details.event())
        elif len({article.clipping for article in chosen}) > 1:
            undated_events.append(details.event())
        else:
            undated.extend(chosen)
    return Timeline(
        events=tuple(sorted(_unique_ids(events), key=lambda event: (event.date, event.id))),
        undated=tuple(sorted(undated, key=lambda article: (article.clipping, article.key))),
        undated_events=tuple(sorted(_unique_ids(undated_events), key=lambda event: event.id)),
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


def article_evidence(article: TimelineArticle, gazetteer: Gazetteer) -> Evidence:
    """The article's keys (``evidence``), plus the gazetteer's entities as
    ``e:<id>`` keys: a user's aliases and corrections count as names."""
    opening = without_datelines(lead(article.text))
    found = read_evidence(article.text, article.lang, opening, article.title)
    if not len(gazetteer):
        return found
    counts = dict(found.counts)
    shown = dict(found.shown)
    in_lead = set(found.lead)
    in_title = set(found.title)
    lead_entities = gazetteer.mentions(opening)
    title_entities = gazetteer.mentions(article.title)
    for entity, times in gazetteer.mentions(article.text).items():
        key = "e:" + entity
        counts[key] = times
        shown[key] = entity
        if entity in lead_entities:
            in_lead.add(key)
        if entity in title_entities:
            in_title.add(key)
    return Evidence(found.lang, frozenset(in_lead), frozenset(in_title), counts, shown)


# --- similarity -----------------------------------------------------------------


def _kind(key: str) -> str:
    return key.split(":", 1)[0]


def _primary(lang: str) -> str:
    return lang.replace("_", "-").split("-", 1)[0].lower()


class _Scorer:
    """Weighted key vectors of every article, and the similarity of two."""

    def __init__(self, ordered: Sequence[TimelineArticle], evidence: Sequence[Evidence], window_days: int) -> None:
        self.ordered = ordered
        self.window = window_days
        clippings: dict[str, set[str]] = defaultdict(set)
        in_language: dict[str, set[str]] = defaultdict(set)
        for article, found in zip(ordered, evidence):
            in_language[_primary(article.lang)].add(article.clipping)
            for key in found.counts:
                clippings[key].add(article.clipping)
        self.total = len({article.clipping for article in ordered}) or 1
        # A word is rare or common within its own language.
        self.language_total = {lang: len(owners) for lang, owners in in_language.items()}
        self.frequency = {key: len(owners) for key, owners in clippings.items()}
        self.names: list[dict[str, float]] = []  # keys that compare across languages
        self.sounds: list[dict[str, float]] = []  # phonetic keys: across scripts only
        self.words: list[dict[str, float]] = []  # words: within one language
        for found in evidence:
            vectors: dict[str, dict[str, float]] = {"n": {}, "s": {}, "w": {}}
            for key, count in found.counts.items():
                if self.frequency[key] < 2:
                    continue  # shared with nothing: changes no similarity
                kind = _kind(key)
                vectors[kind if kind in ("s", "w") else "n"][key] = self.weight(key, found, count)
            self.names.append(vectors["n"])
            self.sounds.append(vectors["s"])
            self.words.append(vectors["w"])
        self.name_norm = [_norm(a, b) for a, b in zip(self.names, self.sounds)]
        self.word_norm = [_norm(vector) for vector in self.words]
        self.langs = [_primary(article.lang) for article in ordered]
        self.scripts = [_script(article.text) for article in ordered]
        self.evidence = evidence
        # Towns and cities in the lead (datelines left out): where it happened.
        self.towns = [frozenset(key for key in found.lead if key.startswith("p:g")) for found in evidence]
        # Names in the title: who it is about.
        self.headliners = [frozenset(key for key in found.title if key[:2] in ("n:", "e:")) for found in evidence]

    def rarity(self, key: str) -> float:
        total = self.language_total.get(key.split(":", 2)[1], self.total) if key.startswith("w:") else self.total
        return math.log(1 + total / self.frequency.get(key, 1))

    def weight(self, key: str, found: Evidence, count: int) -> float:
        where = "title" if key in found.title else "lead" if key in found.lead else "body"
        return _KIND_WEIGHT[_kind(key)] * self.rarity(key) * _PLACE_WEIGHT[where] * (1 + 0.25 * math.log(count))

    def candidates(self) -> set[tuple[int, int]]:
        """Pairs of articles that share a key carried by few clippings."""
        limit = max(_FEW, int(_COMMON_SHARE * self.total))
        postings: dict[str, list[int]] = defaultdict(list)
        for index, vectors in enumerate(zip(self.names, self.sounds, self.words)):
            for vector in vectors:
                for key in vector:
                    if self.frequency[key] <= limit:
                        postings[key].append(index)
        pairs = set()
        for members in postings.values():
            for position, first in enumerate(members):
                for second in members[position + 1:]:
                    if self.ordered[first].clipping != self.ordered[second].clipping:
                        pairs.add((first, second))
        return pairs

    def similarity(self, first: int, second: int) -> float:
        one, other = self.ordered[first], self.ordered[second]
        factor = _UNDATED_FACTOR
        if one.date and other.date:
            gap = abs((one.date - other.date).days)
            if gap > self.window:
                return 0.0
            factor = 1.0 - 0.05 * gap
        factor *= self._conflict(first, second)
        dot = _dot(self.names[first], self.names[second])
        if self.scripts[first] != self.scripts[second]:
            dot += _dot(self.sounds[first], self.sounds[second])
        names = dot / (self.name_norm[first] * self.name_norm[second])
        if self.langs[first] != self.langs[second]:
            return factor * names
        words = _dot(self.words[first], self.words[second]) / (self.word_norm[first] * self.word_norm[second])
        return factor * ((1 - _WORD_SHARE) * names + _WORD_SHARE * words)

    def _conflict(self, first: int, second: int) -> float:
        """Less when the two leads name different towns and none in common
        (a meeting in Beijing, a meeting in Moscow), or when each title
        names someone the other article never mentions (Putin with Xi,
        Putin with Shoigu)."""
        factor = 1.0
        if self.towns[first] and self.towns[second] and not self.towns[first] & self.towns[second]:
            factor *= _CONFLICT_FACTOR
        if _STRANGERS and self._stranger(first, second) and self._stranger(second, first):
            factor *= _CONFLICT_FACTOR
        return factor

    def _stranger(self, first: int, second: int) -> bool:
        """Whether the title of `first` names someone `second` never mentions."""
        other = self.evidence[second].counts
        return any(key not in other for key in self.headliners[first] if self.frequency.get(key, 0) >= 1)

    def shared(self, first: int, second: int) -> list[str]:
        return sorted(set(self.names[first]) & set(self.names[second]))


def _dot(one: dict[str, float], other: dict[str, float]) -> float:
    if len(one) > len(other):
        one, other = other, one
    return sum(weight * other[key] for key, weight in one.items() if key in other)


def _norm(*vectors: dict[str, float]) -> float:
    return math.sqrt(sum(weight * weight for vector in vectors for weight in vector.values())) or 1.0


def _script(text: str) -> str:
    """The main script of a text, roughly: Latin, Cyrillic, Han/kana,
    Hangul or other."""
    counts = Counter()
    for char in text[:2000]:
        if char.isalpha():
            code = ord(char)
            counts["latin" if code < 0x250 or 0x1E00 <= code < 0x1F00 else "cyrillic" if 0x400 <= code < 0x530
                   else "cjk" if 0x3040 <= code < 0xA000 else "hangul" if 0xAC00 <= code < 0xD7A4 else "other"] += 1
    return counts.most_common(1)[0][0] if counts else "none"


# --- groups ---------------------------------------------------------------------


class _Groups:
    """Union-find over article indices, with average-linkage merging under
    the vetoes: dates that would span more than the window, two different
    sidecar events."""

    def __init__(self, ordered: Sequence[TimelineArticle], window_days: int) -> None:
        self._ordered = ordered
        self._window = window_days
        self._parent = list(range(len(ordered)))
        self._event = [_event_key(article.event) for article in ordered]
        self._first = [article.date for article in ordered]
        self._last = [article.date for article in ordered]
        self._size = [1] * len(ordered)

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

    def cluster(self, scorer: _Scorer, threshold: float) -> None:
        """Average linkage over the candidate pairs: the best pair of groups
        first, while their mean similarity reaches `threshold`."""
        sums: dict[int, dict[int, float]] = defaultdict(dict)
        for first, second in sorted(scorer.candidates()):
            one, other = self._find(first), self._find(second)
            if one == other:
                continue
            value = scorer.similarity(first, second)
            if value <= 0:
                continue
            sums[one][other] = sums[one].get(other, 0.0) + value
            sums[other][one] = sums[other].get(one, 0.0) + value
        heap = [(-self._mean(total, one, other), one, other) for one in sums for other, total in sums[one].items() if one < other]
        heapq.heapify(heap)
        while heap:
            negative, one, other = heapq.heappop(heap)
            if self._find(one) != one or self._find(other) != other:
                continue  # merged away since
            total = sums[one].get(other)
            if total is None or abs(-negative - self._mean(total, one, other)) > 1e-12:
                continue  # stale
            if -negative < threshold:
                break
            if not self._compatible(one, other):
                continue
            kept = self._union(one, other)
            gone = other if kept == one else one
            for neighbour, value in sums.pop(gone, {}).items():
                sums[neighbour].pop(gone, None)
                if neighbour == kept:
                    continue
                sums[kept][neighbour] = sums[kept].get(neighbour, 0.0) + value
                sums[neighbour][kept] = sums[kept][neighbour]
            sums[kept].pop(gone, None)
            for neighbour, value in sums[kept].items():
                heapq.heappush(heap, (-self._mean(value, kept, neighbour), min(kept, neighbour), max(kept, neighbour)))

    def _mean(self, total: float, one: int, other: int) -> float:
        return total / (self._size[one] * self._size[other])

    def _compatible(self, one: int, other: int) -> bool:
        if self._event[one] and self._event[other] and self._event[one] != self._event[other]:
            return False
        dates = [date for date in (self._first[one], self._last[one], self._first[other], self._last[other]) if date]
        return not dates or (max(dates) - min(dates)).days <= self._window

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

    def _union(self, first: int, second: int) -> int:
        one, other = self._find(first), self._find(second)
        if one == other:
            return one
        if (self._size[one], -one) < (self._size[other], -other):
            one, other = other, one  # the larger group absorbs the smaller; ties to the lower index
        self._parent[other] = one
        self._size[one] += self._size[other]
        self._event[one] = self._event[one] or self._event[other]
        dates = [date for date in (self._first[one], self._first[other]) if date]
        self._first[one] = min(dates) if dates else None
        dates = [date for date in (self._last[one], self._last[other]) if date]
        self._last[one] = max(dates) if dates else None
        return one


def _event_key(event: str | None) -> str:
    """Sidecar events are one event when they give the same anchor."""
    return slugify(event) if event and event.strip() else ""


def _usual_date(dates: Counter[dt.date]) -> dt.date:
    """The most common date; a tie goes to the earliest."""
    return min(dates, key=lambda date: (-dates[date], date))


# --- events ---------------------------------------------------------------------

_KIND_NAMES = {"n": "name", "e": "entity", "p": "place", "#": "number", "s": "sound", "w": "word"}


class _Details:
    """What an event shows: date, participants, places, shared evidence, id."""

    def __init__(self, articles: list[TimelineArticle], evidence: list[Evidence], scorer: _Scorer,
                 gazetteer: Gazetteer) -> None:
        self.articles = articles
        self.evidence = evidence
        self.scorer = scorer
        self.gazetteer = gazetteer
        self.clippings = len({article.clipping for article in articles})

    def event(self) -> Event:
        dated = Counter(article.date for article in self.articles if article.date is not None)
        date = _usual_date(dated) if dated else None
        participants = self.participants()
        forced = next((article.event for article in sorted(self.articles, key=lambda a: a.key) if article.event), None)
        return Event(
            id=_base_id(date, participants, forced, self.articles),
            date=date,
            articles=tuple(sorted(self.articles, key=article_order)),
            participants=participants,
            languages=tuple(sorted({article.lang for article in self.articles})),
            places=self.places(),
            evidence=self.shared(),
            date_source="articles" if date else "none",
            inferred=tuple(sorted(article.key for article in self.articles if date and article.date is None)),
        )

    def _lead_counts(self, kinds: tuple[str, ...]) -> Counter[str]:
        """Keys of `kinds` by how many clippings name them in a lead."""
        owners: dict[str, set[str]] = defaultdict(set)
        for article, found in zip(self.articles, self.evidence):
            for key in found.lead:
                if _kind(key) in kinds:
                    owners[key].add(article.clipping)
        return Counter({key: len(clippings) for key, clippings in owners.items()})

    def _total(self, key: str) -> int:
        return sum(found.counts.get(key, 0) for found in self.evidence)

    def participants(self) -> tuple[Named, ...]:
        """Gazetteer people and organisations, then names found in the text,
        in the lead of at least half of the clippings: by how many, then by
        mentions in the whole texts."""
        needed = max(1, (self.clippings + 1) // 2)
        counts = self._lead_counts(("e", "n"))
        chosen = [key for key, count in counts.items() if count >= needed]
        entities = [key for key in chosen if key.startswith("e:") and self.gazetteer.kind(key[2:]) != "place"]
        names = [key for key in chosen if key.startswith("n:") and not self._covered(key, entities)]
        if self.clippings > 1:
            names = [key for key in names if counts[key] >= 2]
        names = _without_parts(sorted(names, key=lambda key: (-counts[key], -self._total(key), key)), self._written)
        order = lambda key: (-counts[key], -self._total(key), key)  # noqa: E731
        return tuple(self._named(key) for key in [*sorted(entities, key=order), *names][:8])

    def _covered(self, key: str, entities: list[str]) -> bool:
        """A name the gazetteer already gives as one of `entities`: one of
        its names or aliases, or a word of one ("Dong" of "Dong Jun")."""
        for form in self._written(key):
            folded = form.casefold()
            for entity in entities:
                found = self.gazetteer.entities[entity[2:]]
                forms = [alias.casefold() for alias in (*found.aliases, *found.short)]
                if entity[2:] in self.gazetteer.mentions(form) or any(
                    folded == alias or folded in alias.split() for alias in forms
                ):
                    return True
        return False

    def places(self) -> tuple[Named, ...]:
        counts = self._lead_counts(("p",))
        needed = max(1, (self.clippings + 1) // 2)
        chosen = sorted((key for key, count in counts.items() if count >= needed), key=lambda key: (-counts[key], key))
        return tuple(self._named(key) for key in chosen[:5])

    def _written(self, key: str) -> list[str]:
        forms = Counter(found.shown[key] for found in self.evidence if key in found.shown)
        return [form for form, _ in sorted(forms.items(), key=lambda item: (-item[1], item[0]))]

    def _named(self, key: str) -> Named:
        if key.startswith("e:"):
            entity = self.gazetteer.entities[key[2:]]
            return Named(entity.id, entity.kind, self.gazetteer.name(entity.id, "en"), tuple(sorted(entity.names.items())))
        by_lang: dict[str, Counter[str]] = defaultdict(Counter)
        for article, found in zip(self.articles, self.evidence):
            if key in found.shown:
                by_lang[article.lang].update([found.shown[key]])
        names = {lang: forms.most_common(1)[0][0] for lang, forms in by_lang.items()}
        if key.startswith("p:"):
            names.update(place_index().names.get(key, {}))
        written = self._written(key)
        return Named(key, "place" if key.startswith("p:") else "name", written[0] if written else key[2:],
                     tuple(sorted(names.items())))

    def shared(self) -> tuple[SharedKey, ...]:
        """Keys at least two clippings share, strongest first (rarest, most
        shared); words only when nothing else is shared."""
        owners: dict[str, set[str]] = defaultdict(set)
        for article, found in zip(self.articles, self.evidence):
            for key in found.counts:
                owners[key].add(article.clipping)
        shared = [key for key, clippings in owners.items() if len(clippings) >= 2]
        strong = [key for key in shared if not key.startswith("w:")] or shared
        ranked = sorted(strong, key=lambda key: (-len(owners[key]) * self.scorer.rarity(key), key))[:12]
        return tuple(SharedKey(key, _KIND_NAMES[_kind(key)], tuple(self._written(key)[:4]), len(owners[key])) for key in ranked)


def _without_parts(keys: list[str], written: Callable[[str], list[str]]) -> list[str]:
    """Names that are not a word of a longer name also chosen ("Dong" beside
    "Dong Jun"), nor a longer name whose words are chosen one by one."""
    kept: list[str] = []
    forms = {key: [form.casefold() for form in written(key)] for key in keys}
    for key in keys:
        mine = forms[key]
        part_of = any(
            other != key and any(form in longer.split() and form != longer for form in mine for longer in forms[other])
            for other in keys
        )
        if not part_of:
            kept.append(key)
    return kept


def _base_id(date: dt.date | None, participants: Sequence[Named], forced: str | None,
             articles: Iterable[TimelineArticle]) -> str:
    prefix = date.isoformat() if date else "undated"
    if forced:
        return slugify(forced)
    if participants:
        # Alphabetical, so new coverage that only reorders the two main
        # participants leaves the anchor as it was.
        return f"{prefix}-" + "-".join(sorted(slugify(_slug_source(actor)) for actor in participants[:2]))
    stems = "\n".join(sorted({article.clipping for article in articles}))
    return f"{prefix}-" + hashlib.sha256(stems.encode("utf-8")).hexdigest()[:8]


def _slug_source(actor: Named) -> str:
    """A gazetteer id, or the key of a name found in the text (its
    canonical romanised form: "belusov"), or a place id."""
    if actor.kind in ("person", "organisation", "place") and not actor.id.startswith("p:"):
        return actor.id
    return actor.slug


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
    return replace(event, id=new_id)


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
