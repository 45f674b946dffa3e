"""Shortcuts taken for speed answer exactly what the plain computation does.

Each test compares a fast path with the straightforward version of the same
rule, on generated text and on every line of the normalizer's fixtures.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from normalizer import kinds, normalize_clipping, scripts
from normalizer.text import collapse_whitespace

FIXTURES = Path(__file__).parent / "fixtures" / "normalizer"
FIXTURE_LINES = sorted({
    line.strip()
    for path in FIXTURES.glob("*.txt")
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
    if line.strip()
})
# Text built from the characters and words the rules look for.
PIECES = st.sampled_from([
    " ", ".", "!", "?", ":", "：", "/", "／", "=", "(", ")", "（", "）", "[", "]", "©", "-", "—", "«", "»", "“", "”",
    "„", '"', "‘", "’", "‚", "「", "」", "『", "』", "‹", "›", "Foto", "fot.", "Photo", "PHOTO", "Фото", "AP Photo",
    "Getty Images", "picture alliance", "EPA-EFE", "REUTERS", "AFP", "dpa", "Jane Doe", "ÁLVARO", "사진", "자료사진",
    "제공", "记者", "者", "摄", "写真", "图片", "word", "İ", "ı", "ſ", "K",
])
TEXT = st.lists(PIECES, max_size=25).map("".join) | st.text(max_size=80)


def _quoted_letters_by_character(text: str) -> int:
    """The plain definition: walk every character."""
    total, closing, inside = 0, None, 0
    for char in text:
        if closing is not None and char in closing:
            total += inside
            closing, inside = None, 0
        elif closing is None and char in kinds.QUOTE_PAIRS:
            closing, inside = kinds.QUOTE_PAIRS[char], 0
        elif closing is not None and char.isalpha():
            inside += 1
    return total


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_credit_marker_shortcut_matches_the_full_pattern(text: str) -> None:
    assert kinds.has_credit_marker(text) == (kinds.CREDIT_MARKERS.search(text) is not None)


def test_credit_marker_shortcut_on_fixture_lines() -> None:
    for line in FIXTURE_LINES:
        assert kinds.has_credit_marker(line) == (kinds.CREDIT_MARKERS.search(line) is not None), line


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_quoted_letters_matches_the_character_walk(text: str) -> None:
    assert kinds.quoted_letters(text) == _quoted_letters_by_character(text)


def test_quoted_letters_on_fixture_lines() -> None:
    for line in FIXTURE_LINES:
        assert kinds.quoted_letters(line) == _quoted_letters_by_character(line), line


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=60) | TEXT)
def test_collapse_whitespace_matches_the_regex(text: str) -> None:
    assert collapse_whitespace(text) == re.sub(r"\s+", " ", text).strip()


def test_regex_and_str_agree_on_whitespace() -> None:
    space = re.compile(r"\s")
    for code in range(sys.maxunicode + 1):
        if not 0xD800 <= code <= 0xDFFF:
            assert bool(space.match(chr(code))) == chr(code).isspace(), hex(code)


def test_to_dict_is_asdict() -> None:
    for path in sorted(FIXTURES.glob("*.txt")):
        result = normalize_clipping(path.read_bytes(), path.name)
        assert result.to_dict() == dataclasses.asdict(result), path.name


LATIN_BLOCKS = st.characters(min_codepoint=0, max_codepoint=0x24F) | st.characters(
    min_codepoint=0x1E00, max_codepoint=0x1EFF) | st.characters(min_codepoint=0x2000, max_codepoint=0x206F)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=LATIN_BLOCKS, max_size=80) | TEXT)
def test_latin_profile_shortcut_matches_the_character_count(text: str) -> None:
    assert scripts.script_profile(text) == scripts._profile_by_character(text)


def test_latin_profile_shortcut_on_every_latin_block_character() -> None:
    blocks = [(0, 0x24F), (0x1E00, 0x1EFF), (0x2000, 0x206F)]
    text = "".join(chr(code) for first, last in blocks for code in range(first, last + 1))
    assert scripts.script_profile(text) == scripts._profile_by_character(text)
