"""Shared helpers for finding names in scripts that capitalise them
(Latin, Cyrillic, Greek): which capitalised words are names, and the keys
a name gives."""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Iterable, Iterator

from .model import Found
from .romanise import canon, romanise, skeleton

# A capitalised word at the start of a sentence may be an ordinary word.
_SENTENCE_END = set(".!?:;\"«»“”„()[]–—-|•·")


def sentence_initial(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence or a line."""
    position = start - 1
    while position >= 0 and text[position] in " \t\u00a0'‘’":
        position -= 1
    return position < 0 or text[position] == "\n" or text[position] in _SENTENCE_END


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def title_case_lines(text: str, words: re.Pattern[str]) -> set[int]:
    """Start offsets of lines written In Title Case Or ALL CAPS: there a
    capital says nothing about a name."""
    found = set()
    offset = 0
    for line in text.splitlines(keepends=True):
        tokens = [token for token in words.findall(line) if len(token) >= 4]
        headline = len(line) <= 150 and ". " not in line.strip()
        if headline and len(tokens) >= 4 and sum(is_capitalised(token) for token in tokens) >= 0.85 * len(tokens):
            found.add(offset)
        offset += len(line)
    return found


def name_runs(text: str, words: re.Pattern[str], connectors: frozenset[str] = frozenset()) -> Iterator[list[str]]:
    """Runs of consecutive capitalised words that are names: a word counts
    when it is not the first of a sentence (or of a title-case line), or
    when the same word is capitalised mid-sentence elsewhere in `text`."""
    tokens = [(match.group(0), match.start(), match.end()) for match in words.finditer(text)]
    # A word the text also writes in lower case is an ordinary word
    # capitalised in a title ("Minister", "Defence"); German capitalises
    # every noun, so there the test says nothing.
    lower = {token for token, _, _ in tokens if token.islower()}
    tokens = [
        (token, start, end) for token, start, end in tokens
        if not (is_capitalised(token) and not token.isupper() and token.lower() in lower)
    ]
    line_starts = title_case_lines(text, words)
    mid_sentence = {
        token for token, start, _ in tokens
        if is_capitalised(token) and not sentence_initial(text, start) and not _in_title_line(start, text, line_starts)
    }
    run: list[str] = []
    previous_end = -1
    for token, start, end in tokens:
        gap = text[previous_end:start] if previous_end >= 0 else " "
        joined = previous_end >= 0 and gap.strip() == "" and "\n" not in gap
        if run and not joined:
            yield _trim(run, connectors)
            run = []
        if is_capitalised(token) and token in mid_sentence and len(token) >= 2:
            run.append(token)
        elif run and token.lower() in connectors:
            run.append(token)
        elif run:
            yield _trim(run, connectors)
            run = []
        previous_end = end
    if run:
        yield _trim(run, connectors)


def _in_title_line(start: int, text: str, line_starts: set[int]) -> bool:
    return text.rfind("\n", 0, start) + 1 in line_starts


def _trim(run: list[str], connectors: frozenset[str]) -> list[str]:
    while run and run[-1].lower() in connectors:
        run.pop()
    return run


@lru_cache(maxsize=1)
def calendar_words() -> frozenset[str]:
    """Day and month names in the languages CLDR knows best, canonical:
    capitalised in many languages, never a name of an event."""
    from babel import Locale

    words = set()
    for locale in ("en", "fr", "de", "es", "pt", "it", "nl", "nb", "sv", "pl", "cs", "tr", "id", "ru", "uk"):
        data = Locale.parse(locale)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for table in (data.days[context][width], data.months[context][width]):
                    for name in table.values():
                        words.add(canon(romanise(name, locale)))
    return frozenset(word for word in words if len(word) >= 3)


def add_name(found: Found, parts: Iterable[str], shown: str | Iterable[str], weak_only: bool = False) -> None:
    """The keys of a name given as canonical parts: each part of three
    letters or more, the whole name (up to three parts), and skeletons.
    `shown` is the name as written, or its words one per part."""
    skip = calendar_words()
    parts = list(parts)
    words = [shown] * len(parts) if isinstance(shown, str) else list(shown)
    pairs = [(part, word) for part, word in zip(parts, words) if part and part not in skip]
    if not pairs:
        return
    if not weak_only:
        for part, word in pairs:
            if len(part) >= 3:
                found.add("n:" + part, word)
        if 2 <= len(pairs) <= 3:
            found.add("n:" + "".join(part for part, _ in pairs), " ".join(word for _, word in pairs))
    for part, word in pairs:
        bones = skeleton(part)
        if len(bones) >= 3:
            found.add("s:" + bones, word)


def canonical_parts(words: Iterable[str], fold) -> list[str]:
    return [canon(fold(word)) for word in words]
