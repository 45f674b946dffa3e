"""The normalizer's data model: what a clipping becomes.

Plain dataclasses of built-in types only, so results serialise to JSON and
can be cached without pickling classes.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields, is_dataclass
from functools import lru_cache
from typing import Literal

ParagraphKind = Literal["text", "quote", "caption", "heading"]
TitleSource = Literal["text", "derived", "metadata"]


@dataclass(frozen=True)
class Paragraph:
    kind: ParagraphKind
    text: str


@dataclass(frozen=True)
class DateCandidate:
    """One date the text mentions, with where and how it was found."""

    date: str  # YYYY-MM-DD
    time: str | None  # HH:MM, when the text gives one
    utc_offset: str | None  # "+00:00", when the text gives one
    kind: str  # iso, timestamp, dateline, written, numeric, url, completed
    evidence: str  # the matched text, as written
    line: int | None  # 1-based line number; None for the source URL
    year_given: bool  # False when the year was completed from elsewhere


@dataclass
class LineRecord:
    """Where one non-blank input line went (the accounting)."""

    line: int
    role: str  # title, body, quote, caption, heading, date, outlet, source_url, byline, removed
    reason: str
    text: str
    lang: str | None = None


@dataclass
class Article:
    lang: str
    title: str
    title_source: TitleSource
    date: str | None = None
    datetime: str | None = None
    date_source: str | None = None
    date_evidence: str | None = None
    date_confidence: float | None = None
    outlet: str | None = None
    source_url: str | None = None
    byline: str | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    # How each value was obtained, in words, for the article page's disclosure.
    provenance: dict[str, str] = field(default_factory=dict)


@dataclass
class ClippingResult:
    file: str
    sha256: str
    articles: list[Article] = field(default_factory=list)
    lines: list[LineRecord] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        """What ``dataclasses.asdict`` gives, without its generic deep copy
        (which cost more than writing the result as JSON)."""
        return _plain(self)

    @classmethod
    def from_dict(cls, data: dict) -> ClippingResult:
        """The inverse of to_dict (for results cached as JSON)."""
        articles = [
            Article(**{**article, "paragraphs": [Paragraph(**p) for p in article["paragraphs"]]})
            for article in data["articles"]
        ]
        lines = [LineRecord(**record) for record in data["lines"]]
        return cls(data["file"], data["sha256"], articles, lines, list(data["warnings"]), list(data["errors"]))


# Values asdict would deep-copy to themselves.
_IMMUTABLE = (str, int, float, bool, type(None))


def _plain(value):
    """A model value as built-in types: dataclasses become dicts, lists and
    dicts are copied, immutable scalars are kept as they are."""
    if isinstance(value, _IMMUTABLE):
        return value
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if is_dataclass(value):
        return {name: _plain(getattr(value, name)) for name in _field_names(type(value))}
    return copy.deepcopy(value)  # what asdict does with anything else


@lru_cache(maxsize=None)  # one entry per model class
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(item.name for item in fields(cls))
