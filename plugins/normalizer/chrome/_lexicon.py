"""Matching helpers for the multilingual phrase lists the chrome rules use.

Phrases are compared folded (case, punctuation and spacing ignored) and as
whole words, except in scripts written without spaces, where a phrase may be
glued to the text around it. Lookups cost one set probe per word n-gram of
the text, not one scan per phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..text import fold, has_unspaced_script

SEPARATORS = "|/·•,;:"


@dataclass(frozen=True)
class Phrases:
    spaced: frozenset[str]  # folded, matched as whole words
    unspaced: tuple[str, ...]  # folded, matched anywhere
    longest: int  # words in the longest spaced phrase
    first_words: frozenset[str]  # only n-grams starting with one of these can match

    def __contains__(self, folded: str) -> bool:
        return folded in self.spaced or folded in self.unspaced


def phrase_set(phrases: Iterable[str]) -> Phrases:
    folded = {fold(phrase) for phrase in phrases} - {""}
    unspaced = tuple(sorted(phrase for phrase in folded if has_unspaced_script(phrase)))
    spaced = frozenset(folded - set(unspaced))
    longest = max((len(phrase.split()) for phrase in spaced), default=1)
    return Phrases(spaced, unspaced, longest, frozenset(phrase.split()[0] for phrase in spaced))


@lru_cache(maxsize=16384)
def folded_words(text: str) -> tuple[str, ...]:
    return tuple(fold(text).split())


@lru_cache(maxsize=16384)
def _has_unspaced_script(folded: str) -> bool:
    # Cached: each phrase list asks it again of the same line.
    return has_unspaced_script(folded)


# Text-mode browsers number every link: "[18]Lire aussi".
LINK_NUMBER = re.compile(r"\[\d{1,4}\]")


def starts_with_any(text: str, phrases: Phrases) -> str | None:
    """The listed phrase that `text` starts with, if any."""
    text = LINK_NUMBER.sub("", text)
    folded = fold(text)
    words = folded_words(text)
    if words and words[0] in phrases.first_words:
        for size in range(min(phrases.longest, len(words)), 0, -1):
            head = " ".join(words[:size])
            if head in phrases.spaced:
                return head
    if not folded.startswith(phrases.unspaced):
        return None  # one test in C before looking for which phrase it is
    return next(phrase for phrase in phrases.unspaced if folded.startswith(phrase))


def contains_any(text: str, phrases: Phrases) -> str | None:
    """The listed phrase that occurs in `text` as whole words, if any."""
    words = folded_words(text)
    # Most lines hold no phrase's first word: one set test in C rules them out.
    if not phrases.first_words.isdisjoint(words):
        found = _spaced_phrase_among(words, phrases)
        if found:
            return found
    if phrases.unspaced:
        folded = fold(text)
        if _has_unspaced_script(folded):
            return next((phrase for phrase in phrases.unspaced if phrase in folded), None)
    return None


def _spaced_phrase_among(words: tuple[str, ...], phrases: Phrases) -> str | None:
    for start, word in enumerate(words):
        if word not in phrases.first_words:
            continue
        for size in range(1, min(phrases.longest, len(words) - start) + 1):
            gram = " ".join(words[start:start + size])
            if gram in phrases.spaced:
                return gram
    return None


def only_phrases(text: str, phrases: Phrases, separators: str = SEPARATORS) -> bool:
    """True when `text` is nothing but listed phrases (and separators)."""
    for separator in separators:
        text = text.replace(separator, "\n")
    pieces = [fold(piece) for piece in text.split("\n")]
    pieces = [piece for piece in pieces if piece]
    return bool(pieces) and all(piece in phrases or _each_script_listed(piece, phrases) for piece in pieces)


def _each_script_listed(piece: str, phrases: Phrases) -> bool:
    # A bilingual button, "partager مشاركة": each language's words listed.
    runs: list[list[str]] = []
    for word in piece.split():
        latin = word.isascii()
        if runs and runs[-1][0] == latin:
            runs[-1][1].append(word)
        else:
            runs.append([latin, [word]])
    return len(runs) > 1 and all(" ".join(words) in phrases for _, words in runs)
