"""Cut a clipping's text into segments: one per line, or one per language
when a line interleaves two writing systems.

A segment is the unit every later rule classifies; each knows the input line
it came from, so every line can be accounted for.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .scripts import split_mixed_line
from .text import collapse_whitespace, ends_sentence, letter_count, word_count


@dataclass
class Segment:
    line: int  # 1-based input line number
    part: int  # 0 for the first (or only) segment of its line
    text: str  # whitespace-collapsed
    siblings: int  # segments cut from the same line, this one included
    words: float = 0.0
    letters: int = 0
    sentence_end: bool = False
    lang: str | None = None
    role: str | None = None  # set once a rule decides
    reason: str = ""
    kind: str = "text"  # for body segments: text, quote, caption, heading
    notes: dict = field(default_factory=dict)

    @property
    def decided(self) -> bool:
        return self.role is not None

    def decide(self, role: str, reason: str) -> None:
        self.role = role
        self.reason = reason


def segment_text(text: str) -> list[Segment]:
    segments: list[Segment] = []
    for number, raw_line in enumerate(text.split("\n"), start=1):
        if not raw_line.strip():
            continue
        parts = [collapse_whitespace(part) for part in split_mixed_line(raw_line)]
        parts = [part for part in parts if part] or [collapse_whitespace(raw_line)]
        for index, part in enumerate(parts):
            segments.append(_measured(Segment(number, index, part, len(parts))))
    return segments


def _measured(segment: Segment) -> Segment:
    segment.words = word_count(segment.text)
    segment.letters = letter_count(segment.text)
    segment.sentence_end = ends_sentence(segment.text)
    return segment
