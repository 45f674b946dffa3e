"""Where the article's text is on the page.

Article text is prose: long lines that end like sentences. Page chrome is
short lines, addresses, numbers, lists. The article is the stretch of the
clipping where prose outweighs everything else: the maximum-sum run of
per-segment scores (prose counts its words, everything else costs), which
crosses a caption or an ad label inside the article but not a page of menus.
Text after an end marker (a `Source:` line, a copyright footer, a comment
counter) once most of the prose has been seen is the page's footer or its
comments, never the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .segments import Segment
from .text import last_meaningful_char

# A line ending like this goes on in the next one (a quote before its
# attribution): prose, never a title.
CONTINUES = frozenset(",;:，；：")

PROSE_MIN_WORDS = 6
# Headlines run up to about this long without a full stop; prose runs longer.
LONG_LINE_WORDS = 25
DECIDED_COST = 4.0
SHORT_LINE_COST = 3.0
TITLE_LINE_WORDS = 40
# Shorter than this is a cookie banner or a log-in prompt, not an article
# (unless it comes in several paragraphs).
MIN_ARTICLE_WORDS = 25
MIN_ARTICLE_PARAGRAPHS = 2
MIN_SHORT_ARTICLE_WORDS = 20
# Thai, Lao, Khmer and Burmese mark no sentence ends: a line long enough is prose.
UNPUNCTUATED_PROSE_WORDS = 14


@dataclass(frozen=True)
class Span:
    start: int  # index into the segment list, inclusive
    end: int  # inclusive


def mark_prose(segments: list[Segment]) -> None:
    for segment in segments:
        segment.notes["prose"] = _is_prose(segment)
    _titles_keep_their_bilingual_twin(segments)


def _is_prose(segment: Segment) -> bool:
    if segment.decided:
        return False
    if segment.sentence_end or last_meaningful_char(segment.text) in CONTINUES:
        return segment.words >= PROSE_MIN_WORDS
    if _unpunctuated_script(segment.text):
        return segment.words >= UNPUNCTUATED_PROSE_WORDS
    return segment.words >= LONG_LINE_WORDS


UNPUNCTUATED_SCRIPTS = re.compile("[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF]")


def _unpunctuated_script(text: str) -> bool:
    return UNPUNCTUATED_SCRIPTS.search(text, 0, 200) is not None


def _titles_keep_their_bilingual_twin(segments: list[Segment]) -> None:
    # A line holding one headline in two languages: if one half reads as a
    # title (no full stop), the other half is its translation, not prose.
    by_line: dict[int, list[Segment]] = {}
    for segment in segments:
        by_line.setdefault(segment.line, []).append(segment)
    for parts in by_line.values():
        if len(parts) < 2:
            continue
        titled = any(not part.decided and not part.notes["prose"] and part.words >= 3 for part in parts)
        if titled and all(part.words <= TITLE_LINE_WORDS for part in parts):
            for part in parts:
                part.notes["prose"] = False


def find_article_span(segments: list[Segment]) -> Span | None:
    scores = _scores(segments)
    best_sum, best = 0.0, None
    running, start = 0.0, 0
    for index, score in enumerate(scores):
        if running <= 0:
            running, start = 0.0, index
        running += score
        if running > best_sum:
            best_sum, best = running, Span(start, index)
    if best is None:
        return None
    prose = [s for s in segments[best.start:best.end + 1] if s.notes.get("prose")]
    words = sum(s.words for s in prose)
    if words >= MIN_ARTICLE_WORDS or len(prose) >= MIN_ARTICLE_PARAGRAPHS and words >= MIN_SHORT_ARTICLE_WORDS:
        return best
    return None


def _scores(segments: list[Segment]) -> list[float]:
    total_prose = sum(segment.words for segment in segments if segment.notes.get("prose"))
    seen_prose = 0.0
    ended = False
    scores: list[float] = []
    for segment in segments:
        if segment.notes.get("end_marker") and seen_prose >= total_prose / 2:
            ended = True
        if segment.notes.get("prose"):
            seen_prose += segment.words
            scores.append(-segment.words if ended else segment.words)
        elif segment.decided:
            scores.append(-DECIDED_COST)
        else:
            scores.append(-min(SHORT_LINE_COST, max(1.0, segment.words)))
    return scores
