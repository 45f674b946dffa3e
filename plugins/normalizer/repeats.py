"""Text the page prints more than once.

Pages repeat the headline, print a meta description that restates the lead,
or jam the whole article into one summary line. Exactly one copy of each
piece of text should survive, and it should be the article's own paragraph:

- a line made of sentences found in several other lines is a summary;
- a line whose text is contained in a longer line restates it;
- an identical line seen earlier is a repeat.

Comparison uses hashed word (or character, for unspaced scripts) shingles,
so the cost stays linear in the size of the clipping.
"""

from __future__ import annotations

from collections import Counter
from itertools import chain
from typing import NamedTuple

from .segments import Segment
from .text import fold, has_unspaced_script

SHINGLE = 4
RESTATEMENT_MIN_WORDS = 8
# Beyond this many holders a shingle is boilerplate, not evidence of a repeat.
MAX_HOLDERS = 12
COVERED = 0.8
# Shingles that straddle the jammed sentence boundaries of a summary line
# match nothing, so a summary is recognised at a lower coverage.
SUMMARY_COVERED = 0.7


def mark_repeats(segments: list[Segment]) -> None:
    """Decide every repeated segment (role `removed`), keeping one copy."""
    candidates = [segment for segment in segments if not segment.decided and segment.words >= 3]
    _mark_exact_repeats(candidates)
    # Credits and labels are often contained in longer lines; only
    # sentence-sized text can restate or summarise another.
    live = [segment for segment in candidates if not segment.decided and segment.words >= RESTATEMENT_MIN_WORDS]
    shingles = {id(segment): _shingles(segment.text) for segment in live}
    shared = _shared_shingles(live, shingles)
    _mark_summaries(live, shingles, shared)
    still_live = [segment for segment in live if not segment.decided]
    if len(still_live) < len(live):
        shared = _shared_shingles(still_live, shingles)  # without the summaries' shingles
    _mark_restatements(still_live, shingles, shared)


def _mark_exact_repeats(segments: list[Segment]) -> None:
    first_seen: dict[str, Segment] = {}
    for segment in segments:
        key = fold(segment.text)
        original = first_seen.setdefault(key, segment)
        if original is not segment:
            segment.decide("removed", "repeated by the page")
            segment.notes["repeat_of"] = original.line


def _mark_summaries(segments: list[Segment], shingles: dict[int, set[int]], shared: _Shared) -> None:
    repeated, holders = shared
    for segment in segments:
        own = shingles[id(segment)]
        if own.isdisjoint(repeated):
            continue  # most lines of most clippings: nothing to compare
        per_other = _overlap_counts(segment, own, holders)
        if len(own) < 2 * SHINGLE or len(per_other) < 2:
            continue
        best_single = max(per_other.values())
        # A repeated shingle always has a holder besides this segment.
        covered = len(own & repeated)
        if covered >= SUMMARY_COVERED * len(own) and best_single < COVERED * len(own):
            segment.decide("removed", "summary repeating the article's paragraphs")


def _mark_restatements(segments: list[Segment], shingles: dict[int, set[int]], shared: _Shared) -> None:
    repeated, holders = shared
    by_id = {id(segment): segment for segment in segments}
    for segment in segments:
        own = shingles[id(segment)]
        if not own or own.isdisjoint(repeated):
            continue
        for other, shared in _overlap_counts(segment, own, holders).items():
            longer = len(shingles[other]) > len(own)
            if longer and shared >= COVERED * len(own) and not by_id[other].decided:
                segment.decide("removed", "restates another paragraph of the page")
                break


class _Shared(NamedTuple):
    """The shingles several segments hold, and who holds them."""

    repeated: set[int]
    holders: dict[int, list[int]]  # see _index


def _shared_shingles(segments: list[Segment], shingles: dict[int, set[int]]) -> _Shared:
    repeated = _repeated_shingles(segments, shingles)
    return _Shared(repeated, _index(segments, shingles, repeated) if repeated else {})


def _repeated_shingles(segments: list[Segment], shingles: dict[int, set[int]]) -> set[int]:
    """Shingles held by more than one segment (set operations, one per segment)."""
    seen: set[int] = set()
    repeated: set[int] = set()
    for segment in segments:
        own = shingles[id(segment)]
        repeated |= own & seen
        seen |= own
    return repeated


def _index(segments: list[Segment], shingles: dict[int, set[int]], repeated: set[int]) -> dict[int, list[int]]:
    """Holders (segment ids, in page order) of each repeated shingle that is
    evidence: a shingle held only once can match nothing, one held by more
    than MAX_HOLDERS segments is boilerplate."""
    holders: dict[int, list[int]] = {}
    for segment in segments:
        for shingle in shingles[id(segment)] & repeated:
            bucket = holders.setdefault(shingle, [])
            if len(bucket) <= MAX_HOLDERS:
                bucket.append(id(segment))
    return {shingle: bucket for shingle, bucket in holders.items() if len(bucket) <= MAX_HOLDERS}


def _overlap_counts(segment: Segment, own: set[int], holders: dict[int, list[int]]) -> dict[int, int]:
    """Shingles ``own`` shares with each other segment, by the other's id."""
    counts = Counter(chain.from_iterable(map(holders.__getitem__, own & holders.keys())))
    counts.pop(id(segment), None)
    return counts


def _shingles(text: str) -> set[int]:
    tokens = _tokens(fold(text))
    if len(tokens) < SHINGLE:
        return {hash(tuple(tokens))} if tokens else set()
    # zip yields the same 4-tuples as slicing, without a Python-level loop.
    return set(map(hash, zip(*(tokens[offset:] for offset in range(SHINGLE)))))


def _tokens(folded: str) -> list[str]:
    if not has_unspaced_script(folded):
        return folded.split()
    tokens: list[str] = []
    for word in folded.split():
        if has_unspaced_script(word):
            tokens.extend(word)  # one token per character in unspaced scripts
        else:
            tokens.append(word)
    return tokens
