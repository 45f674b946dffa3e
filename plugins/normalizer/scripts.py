"""Writing systems (Unicode scripts) of text, and splitting lines that switch script.

Clippings often glue two languages into one line: a Chinese headline followed
by its Russian translation, a Latin photo credit run straight into a Cyrillic
caption. This module answers three questions without any third-party data:

* which script one character belongs to (``script_of``), from a compact table
  of code-point ranges searched with ``bisect`` -- the standard library's
  ``unicodedata`` has no Script property;
* how many letters of each script a text has (``script_profile``), which is
  what language identification routes on;
* where a line should be cut because the language changes between two
  substantial runs of text (``split_mixed_line``), while leaving alone short
  embedded runs such as acronyms, brand names or a name in parentheses.

Script names follow Unicode's long property values ("Latin", "Han",
"Canadian_Aboriginal"...). Non-letters are "Common"; generic combining marks
are "Inherited" (they belong to the letter they follow); letters of scripts
missing from the table are "Unknown".
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

COMMON = "Common"
INHERITED = "Inherited"
UNKNOWN = "Unknown"

# (first, last, script), sorted and non-overlapping (a test checks it).
# Whole blocks are listed: punctuation, digits and symbols inside a block are
# answered as Common from their general category before the table is looked
# at, so block granularity is enough. The few letters Unicode itself assigns
# to Common (long vowel mark, tatweel, math letters) are listed as Common.
_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x005A, "Latin"),
    (0x0061, 0x007A, "Latin"),
    (0x00AA, 0x00AA, "Latin"),
    (0x00B5, 0x00B5, COMMON),
    (0x00BA, 0x00BA, "Latin"),
    (0x00C0, 0x02AF, "Latin"),
    (0x02B0, 0x02B8, "Latin"),
    (0x02B9, 0x02DF, COMMON),
    (0x02E0, 0x02E4, "Latin"),
    (0x02E5, 0x02FF, COMMON),
    (0x0300, 0x036F, INHERITED),
    (0x0370, 0x03E1, "Greek"),
    (0x03E2, 0x03EF, "Coptic"),
    (0x03F0, 0x03FF, "Greek"),
    (0x0400, 0x052F, "Cyrillic"),
    (0x0531, 0x058F, "Armenian"),
    (0x0591, 0x05FF, "Hebrew"),
    (0x0600, 0x063F, "Arabic"),
    (0x0640, 0x0640, COMMON),
    (0x0641, 0x06FF, "Arabic"),
    (0x0700, 0x074F, "Syriac"),
    (0x0750, 0x077F, "Arabic"),
    (0x0780, 0x07BF, "Thaana"),
    (0x07C0, 0x07FF, "Nko"),
    (0x0800, 0x083F, "Samaritan"),
    (0x0840, 0x085F, "Mandaic"),
    (0x0860, 0x086F, "Syriac"),
    (0x0870, 0x08FF, "Arabic"),
    (0x0900, 0x097F, "Devanagari"),
    (0x0980, 0x09FF, "Bengali"),
    (0x0A00, 0x0A7F, "Gurmukhi"),
    (0x0A80, 0x0AFF, "Gujarati"),
    (0x0B00, 0x0B7F, "Oriya"),
    (0x0B80, 0x0BFF, "Tamil"),
    (0x0C00, 0x0C7F, "Telugu"),
    (0x0C80, 0x0CFF, "Kannada"),
    (0x0D00, 0x0D7F, "Malayalam"),
    (0x0D80, 0x0DFF, "Sinhala"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x0E80, 0x0EFF, "Lao"),
    (0x0F00, 0x0FFF, "Tibetan"),
    (0x1000, 0x109F, "Myanmar"),
    (0x10A0, 0x10FF, "Georgian"),
    (0x1100, 0x11FF, "Hangul"),
    (0x1200, 0x139F, "Ethiopic"),
    (0x13A0, 0x13FF, "Cherokee"),
    (0x1400, 0x167F, "Canadian_Aboriginal"),
    (0x1680, 0x169F, "Ogham"),
    (0x16A0, 0x16FF, "Runic"),
    (0x1700, 0x171F, "Tagalog"),
    (0x1720, 0x173F, "Hanunoo"),
    (0x1740, 0x175F, "Buhid"),
    (0x1760, 0x177F, "Tagbanwa"),
    (0x1780, 0x17FF, "Khmer"),
    (0x1800, 0x18AF, "Mongolian"),
    (0x18B0, 0x18FF, "Canadian_Aboriginal"),
    (0x1900, 0x194F, "Limbu"),
    (0x1950, 0x197F, "Tai_Le"),
    (0x1980, 0x19DF, "New_Tai_Lue"),
    (0x19E0, 0x19FF, "Khmer"),
    (0x1A00, 0x1A1F, "Buginese"),
    (0x1A20, 0x1AAF, "Tai_Tham"),
    (0x1AB0, 0x1AFF, INHERITED),
    (0x1B00, 0x1B7F, "Balinese"),
    (0x1B80, 0x1BBF, "Sundanese"),
    (0x1BC0, 0x1BFF, "Batak"),
    (0x1C00, 0x1C4F, "Lepcha"),
    (0x1C50, 0x1C7F, "Ol_Chiki"),
    (0x1C80, 0x1C8F, "Cyrillic"),
    (0x1C90, 0x1CBF, "Georgian"),
    (0x1CC0, 0x1CCF, "Sundanese"),
    (0x1CD0, 0x1CFF, INHERITED),
    (0x1D00, 0x1D25, "Latin"),
    (0x1D26, 0x1D2A, "Greek"),
    (0x1D2B, 0x1D2B, "Cyrillic"),
    (0x1D2C, 0x1D5C, "Latin"),
    (0x1D5D, 0x1D61, "Greek"),
    (0x1D62, 0x1D65, "Latin"),
    (0x1D66, 0x1D6A, "Greek"),
    (0x1D6B, 0x1D77, "Latin"),
    (0x1D78, 0x1D78, "Cyrillic"),
    (0x1D79, 0x1DBE, "Latin"),
    (0x1DBF, 0x1DBF, "Greek"),
    (0x1DC0, 0x1DFF, INHERITED),
    (0x1E00, 0x1EFF, "Latin"),
    (0x1F00, 0x1FFF, "Greek"),
    (0x2071, 0x2071, "Latin"),
    (0x207F, 0x207F, "Latin"),
    (0x2090, 0x209C, "Latin"),
    (0x20D0, 0x20FF, INHERITED),
    (0x2126, 0x2126, "Greek"),
    (0x212A, 0x212B, "Latin"),
    (0x2132, 0x2132, "Latin"),
    (0x214E, 0x214E, "Latin"),
    (0x2160, 0x2188, "Latin"),
    (0x2C00, 0x2C5F, "Glagolitic"),
    (0x2C60, 0x2C7F, "Latin"),
    (0x2C80, 0x2CFF, "Coptic"),
    (0x2D00, 0x2D2F, "Georgian"),
    (0x2D30, 0x2D7F, "Tifinagh"),
    (0x2D80, 0x2DDF, "Ethiopic"),
    (0x2DE0, 0x2DFF, "Cyrillic"),
    (0x3005, 0x3007, "Han"),
    (0x3021, 0x3029, "Han"),
    (0x302A, 0x302D, INHERITED),
    (0x3031, 0x3035, COMMON),
    (0x3038, 0x303B, "Han"),
    (0x3041, 0x3096, "Hiragana"),
    (0x3099, 0x309A, INHERITED),
    (0x309D, 0x309F, "Hiragana"),
    (0x30A1, 0x30FA, "Katakana"),
    (0x30FC, 0x30FC, COMMON),
    (0x30FD, 0x30FF, "Katakana"),
    (0x3105, 0x312F, "Bopomofo"),
    (0x3131, 0x318E, "Hangul"),
    (0x31A0, 0x31BF, "Bopomofo"),
    (0x31F0, 0x31FF, "Katakana"),
    (0x3400, 0x4DBF, "Han"),
    (0x4E00, 0x9FFF, "Han"),
    (0xA000, 0xA4CF, "Yi"),
    (0xA4D0, 0xA4FF, "Lisu"),
    (0xA500, 0xA63F, "Vai"),
    (0xA640, 0xA69F, "Cyrillic"),
    (0xA6A0, 0xA6FF, "Bamum"),
    (0xA700, 0xA721, COMMON),
    (0xA722, 0xA787, "Latin"),
    (0xA788, 0xA78A, COMMON),
    (0xA78B, 0xA7FF, "Latin"),
    (0xA800, 0xA82F, "Syloti_Nagri"),
    (0xA840, 0xA87F, "Phags_Pa"),
    (0xA880, 0xA8DF, "Saurashtra"),
    (0xA8E0, 0xA8FF, "Devanagari"),
    (0xA900, 0xA92F, "Kayah_Li"),
    (0xA930, 0xA95F, "Rejang"),
    (0xA960, 0xA97F, "Hangul"),
    (0xA980, 0xA9DF, "Javanese"),
    (0xA9E0, 0xA9FF, "Myanmar"),
    (0xAA00, 0xAA5F, "Cham"),
    (0xAA60, 0xAA7F, "Myanmar"),
    (0xAA80, 0xAADF, "Tai_Viet"),
    (0xAAE0, 0xAAFF, "Meetei_Mayek"),
    (0xAB00, 0xAB2F, "Ethiopic"),
    (0xAB30, 0xAB64, "Latin"),
    (0xAB65, 0xAB65, "Greek"),
    (0xAB66, 0xAB69, "Latin"),
    (0xAB70, 0xABBF, "Cherokee"),
    (0xABC0, 0xABFF, "Meetei_Mayek"),
    (0xAC00, 0xD7FF, "Hangul"),
    (0xF900, 0xFAFF, "Han"),
    (0xFB00, 0xFB06, "Latin"),
    (0xFB13, 0xFB17, "Armenian"),
    (0xFB1D, 0xFB4F, "Hebrew"),
    (0xFB50, 0xFDFF, "Arabic"),
    (0xFE00, 0xFE0F, INHERITED),
    (0xFE20, 0xFE2D, INHERITED),
    (0xFE2E, 0xFE2F, "Cyrillic"),
    (0xFE70, 0xFEFF, "Arabic"),
    (0xFF21, 0xFF3A, "Latin"),
    (0xFF41, 0xFF5A, "Latin"),
    (0xFF66, 0xFF6F, "Katakana"),
    (0xFF70, 0xFF70, COMMON),
    (0xFF71, 0xFF9D, "Katakana"),
    (0xFF9E, 0xFF9F, COMMON),
    (0xFFA0, 0xFFDC, "Hangul"),
    (0x10000, 0x100FF, "Linear_B"),
    (0x10280, 0x1029F, "Lycian"),
    (0x102A0, 0x102DF, "Carian"),
    (0x10300, 0x1032F, "Old_Italic"),
    (0x10330, 0x1034F, "Gothic"),
    (0x10380, 0x1039F, "Ugaritic"),
    (0x103A0, 0x103DF, "Old_Persian"),
    (0x10400, 0x1044F, "Deseret"),
    (0x10450, 0x1047F, "Shavian"),
    (0x10480, 0x104AF, "Osmanya"),
    (0x104B0, 0x104FF, "Osage"),
    (0x10780, 0x107BF, "Latin"),
    (0x10800, 0x1083F, "Cypriot"),
    (0x10900, 0x1091F, "Phoenician"),
    (0x11000, 0x1107F, "Brahmi"),
    (0x1B000, 0x1B000, "Katakana"),
    (0x1B001, 0x1B11F, "Hiragana"),
    (0x1B120, 0x1B122, "Katakana"),
    (0x1B150, 0x1B152, "Hiragana"),
    (0x1B164, 0x1B167, "Katakana"),
    (0x1D400, 0x1D7FF, COMMON),
    (0x1DF00, 0x1DFFF, "Latin"),
    (0x1E000, 0x1E02F, "Glagolitic"),
    (0x1E030, 0x1E08F, "Cyrillic"),
    (0x1E900, 0x1E95F, "Adlam"),
    (0x1EE00, 0x1EEFF, "Arabic"),
    (0x20000, 0x2FA1F, "Han"),
    (0x30000, 0x323AF, "Han"),
    (0xE0100, 0xE01EF, INHERITED),
)
_RANGE_STARTS: tuple[int, ...] = tuple(first for first, _, _ in _RANGES)
# Basic Latin, Latin-1, Latin Extended-A/B and Additional, general punctuation:
# text with nothing beyond is written in Latin letters alone.
_BEYOND_LATIN = re.compile(r"[^\u0000-\u024F\u1E00-\u1EFF\u2000-\u206F]")


@lru_cache(maxsize=16384)
def _char_info(char: str) -> tuple[str, bool]:
    """(script, is_letter) for one character; cached because text repeats."""
    category = unicodedata.category(char)
    if category[0] not in "LM":
        return COMMON, False
    code = ord(char)
    index = bisect_right(_RANGE_STARTS, code) - 1
    if index >= 0 and code <= _RANGES[index][1]:
        script = _RANGES[index][2]
    else:
        script = UNKNOWN if category[0] == "L" else INHERITED
    return script, category[0] == "L" and script not in (COMMON, INHERITED)


def script_of(char: str) -> str:
    """The Unicode script of one character.

    Letters and script-specific marks get their script ("Latin", "Cyrillic",
    "Han", "Hiragana", "Hangul"...); digits, punctuation, spaces and symbols
    are "Common"; generic combining marks are "Inherited"; letters of a
    script this table does not know are "Unknown".
    """
    return _char_info(char)[0]


def script_profile(text: str) -> dict[str, int]:
    """How many letters of each script ``text`` contains (Common excluded).

    Only letters count: combining marks and vowel signs are left out so that
    heavily pointed or vocalised text does not look bigger than it is.
    """
    return dict(_cached_profile(text))  # a copy: the cached one must not change


@lru_cache(maxsize=4096)
def _cached_profile(text: str) -> dict[str, int]:
    # Cached: a segment's text is profiled for its line split, its script
    # and its language.
    if not _BEYOND_LATIN.search(text):
        # Every letter of these blocks is Latin but the micro sign (Common).
        letters = sum(map(str.isalpha, text)) - text.count("µ")
        return {"Latin": letters} if letters else {}
    return _profile_by_character(text)


def _profile_by_character(text: str) -> dict[str, int]:
    profile: dict[str, int] = {}
    # Counting characters first (in C) leaves one lookup per distinct one.
    for char, count in Counter(text).items():
        script, is_letter = _char_info(char)
        if is_letter:
            profile[script] = profile.get(script, 0) + count
    return profile


# --- splitting lines where the language changes ---------------------------

# Families group scripts that one language writes together, so Japanese
# kanji + kana, or Korean hangul + hanja, never look like a language switch.
_KANA = frozenset({"Hiragana", "Katakana"})
# Scripts written without spaces: their runs are measured in letters.
_UNSPACED_FAMILIES = frozenset({"Chinese", "Japanese", "Thai", "Lao", "Khmer", "Myanmar", "Tibetan"})
_MIN_WORDS = 3
_MIN_UNSPACED_LETTERS = 6

# Sentence or clause ends: the text before them stays with the left part.
_TERMINATORS = frozenset(".!?;。！？；．…‼⁇⁈⁉؟۔।॥።։")
# Pure separators between two halves (dropped when the line is cut there).
_SEPARATORS = frozenset("|¦‖–—•")
# Separators that are also used inside words ("COVID-19", "and/or"): they
# count only with a space beside them.
_SPACED_SEPARATORS = frozenset("-/")
# Quotation marks that ASCII text uses both to open and to close.
_AMBIGUOUS_QUOTES = frozenset("\"'")

# URLs are full of Latin "words" that are not language; they are treated as
# symbols. The pattern has a literal prefix and one greedy class, so it cannot
# backtrack.
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


@dataclass(frozen=True)
class _Run:
    """A stretch of letters of one family; non-letters inside do not end it."""

    family: str
    start: int  # index of the first letter
    end: int  # index after the last letter
    words: int
    letters: int
    has_uncapitalised_word: bool  # prose has some; a run of names has none

    @property
    def substantial(self) -> bool:
        if self.family in _UNSPACED_FAMILIES:
            return self.letters >= _MIN_UNSPACED_LETTERS or self.words >= _MIN_WORDS
        return self.words >= _MIN_WORDS


def _url_mask(line: str) -> bytearray:
    """1 at every index inside a URL, so its letters are not mistaken for words."""
    mask = bytearray(len(line))
    for match in _URL.finditer(line):
        mask[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    return mask


def _family_resolver(scripts: dict[str, int]) -> dict[str, str]:
    """Script -> family for Han-like scripts, decided by the line's other CJK
    (``scripts`` is the line's script profile)."""
    if scripts.keys() & _KANA:
        han_family = "Japanese"
    elif "Hangul" in scripts:
        han_family = "Korean"
    else:
        han_family = "Chinese"
    return {
        "Han": han_family,
        "Bopomofo": han_family,
        "Hiragana": "Japanese",
        "Katakana": "Japanese",
        "Hangul": "Korean",
    }


def _letter_runs(line: str, families: dict[str, str]) -> list[_Run]:
    """The line's letters grouped into runs of one family, in order
    (``families`` maps Han-like scripts to their family, see ``_family_resolver``)."""
    in_url = _url_mask(line)
    runs: list[_Run] = []
    family = ""
    start = end = words = letters = 0
    has_uncapitalised_word = False
    word_has_upper = in_word = False

    def close_word() -> None:
        nonlocal has_uncapitalised_word, in_word
        if in_word and not word_has_upper:
            has_uncapitalised_word = True
        in_word = False

    for index, char in enumerate(line):
        script, is_letter = _char_info(char)
        if not is_letter or in_url[index]:
            # Marks continue the word they sit on; anything else ends it.
            if script == COMMON or in_url[index]:
                close_word()
            continue
        char_family = families.get(script, script)
        if char_family != family:
            close_word()
            if letters:
                runs.append(_Run(family, start, end, words, letters, has_uncapitalised_word))
            family, start, words, letters, has_uncapitalised_word = char_family, index, 0, 0, False
        if not in_word:
            in_word, word_has_upper = True, False
            words += 1
        word_has_upper = word_has_upper or char.isupper()
        letters += 1
        end = index + 1
    close_word()
    if letters:
        runs.append(_Run(family, start, end, words, letters, has_uncapitalised_word))
    return runs


# How many short runs of other scripts one run of text may enclose and still
# be seen as one stretch ("Apple ... iPhone" inside an Arabic sentence).
_MAX_ENCLOSED_RUNS = 3


def _joined(first: _Run, second: _Run) -> _Run:
    """One run of ``first``'s family spanning both (enclosed runs vanish)."""
    return _Run(
        first.family,
        first.start,
        second.end,
        first.words + second.words,
        first.letters + second.letters,
        first.has_uncapitalised_word or second.has_uncapitalised_word,
    )


def _absorb_enclosed(runs: list[_Run]) -> list[_Run]:
    """Join runs of one family separated only by a few short foreign runs.

    Without this an Arabic sentence broken up by two brand names would be
    three short Arabic runs, and the brand names would look like the line's
    main text.
    """
    joined: list[_Run] = []
    for run in runs:
        enclosed = 0
        while (
            enclosed < min(_MAX_ENCLOSED_RUNS, len(joined))
            and joined[-1 - enclosed].family != run.family
            and not joined[-1 - enclosed].substantial
        ):
            enclosed += 1
        if enclosed < len(joined) and joined[-1 - enclosed].family == run.family:
            del joined[len(joined) - enclosed :]
            joined[-1] = _joined(joined[-1], run)
        else:
            joined.append(run)
    return joined


def _is_terminator(line: str, index: int) -> bool:
    char = line[index]
    if char not in _TERMINATORS:
        return False
    # A full stop between digits is a decimal or date separator.
    if char == "." and 0 < index < len(line) - 1:
        return not (line[index - 1].isdigit() and line[index + 1].isdigit())
    return True


def _is_separator(line: str, index: int) -> bool:
    char = line[index]
    if char in _SEPARATORS:
        return True
    if char in _SPACED_SEPARATORS:
        before = line[index - 1] if index > 0 else " "
        after = line[index + 1] if index + 1 < len(line) else " "
        return before.isspace() or after.isspace()
    return False


def _is_closing(char: str) -> bool:
    return unicodedata.category(char) in ("Pe", "Pf") or char in _AMBIGUOUS_QUOTES


def _is_opening(char: str) -> bool:
    return unicodedata.category(char) in ("Ps", "Pi") or char in _AMBIGUOUS_QUOTES


@dataclass(frozen=True)
class _Cut:
    left_end: int  # the left part is line[..left_end]
    right_start: int  # the right part starts at line[right_start..]


def _boundary_cut(line: str, gap_start: int, gap_end: int) -> _Cut | None:
    """A cut at the last sentence end or separator in line[gap_start:gap_end]."""
    for index in range(gap_end - 1, gap_start - 1, -1):
        if _is_separator(line, index):
            return _Cut(index, index + 1)
        if _is_terminator(line, index):
            # Closing quotes and brackets right after the full stop belong to
            # the sentence it ends.
            cut = index + 1
            while cut < gap_end and _is_closing(line[cut]):
                cut += 1
            return _Cut(cut, cut)
    return None


def _direct_cut(line: str, gap_start: int, next_start: int) -> _Cut:
    """A cut right before the new script, keeping its opening quote with it."""
    cut = next_start
    while cut > gap_start and _is_opening(line[cut - 1]):
        cut -= 1
    return _Cut(cut, cut)


class _RunIndex:
    """Answers "has family F letters in this sentence?" in logarithmic time."""

    def __init__(self, line: str, runs: list[_Run]) -> None:
        self._runs = runs
        self._line_length = len(line)
        self._sentence_ends = [
            index for index, char in enumerate(line) if char in _TERMINATORS and _is_terminator(line, index)
        ]
        self._by_family: dict[str, list[int]] = {}
        for position, run in enumerate(runs):
            self._by_family.setdefault(run.family, []).append(position)

    def family_came_before(self, family: str, run_position: int) -> bool:
        """Whether ``family`` has letters in the sentence of the run before
        this one, ahead of that run."""
        previous_start = self._runs[run_position - 1].start
        end_index = bisect_left(self._sentence_ends, previous_start)
        sentence_start = self._sentence_ends[end_index - 1] if end_index else -1
        positions = self._by_family.get(family, [])
        earlier = bisect_left(positions, run_position - 1) - 1
        return earlier >= 0 and self._runs[positions[earlier]].end > sentence_start

    def family_continues(self, family: str, run_position: int) -> bool:
        """Whether ``family`` has letters from this run to the end of its sentence."""
        run_start = self._runs[run_position].start
        end_index = bisect_left(self._sentence_ends, run_start)
        sentence_end = (
            self._sentence_ends[end_index] if end_index < len(self._sentence_ends) else self._line_length
        )
        positions = self._by_family.get(family, [])
        later = bisect_right(positions, run_position)
        return later < len(positions) and self._runs[positions[later]].start < sentence_end


def _cuts(line: str, runs: list[_Run]) -> list[_Cut]:
    """Where the line changes language between substantial runs."""
    index = _RunIndex(line, runs)
    cuts: list[_Cut] = []
    current = ""
    for position, run in enumerate(runs):
        if not run.substantial:
            continue
        if not current:
            current = run.family
            continue
        if run.family == current:
            continue
        # The language only really changes if the old one does not come back
        # before the sentence ends, and the new one was not already there
        # before the old run began (otherwise that run is a quote or a name).
        if index.family_continues(current, position) or index.family_came_before(run.family, position):
            continue
        gap_start = runs[position - 1].end
        cut = _boundary_cut(line, gap_start, run.start)
        if cut is None:
            # With no punctuation between them, a run of capitalised words
            # ("YouTube Music Premium") is a name, not a new language.
            # (Uncased scripts have no capitals, so they always pass.)
            if not run.has_uncapitalised_word:
                continue
            cut = _direct_cut(line, gap_start, run.start)
        cuts.append(cut)
        current = run.family
    return cuts


def split_mixed_line(line: str) -> list[str]:
    """Split ``line`` where its language changes between substantial runs.

    A run of another script family counts when it has at least three words
    (or six letters in scripts written without spaces), and the cut is made
    only at a sentence end or separator between the two runs, or at a direct
    switch of script, and only if the old script does not come back before
    the sentence ends. Short embedded runs -- acronyms, brand names, a name
    in parentheses -- never cause a cut, and Han with kana (Japanese) or with
    hangul (Korean) is one family.

    Each part is an exact substring of ``line``, in order, stripped of
    surrounding whitespace; a separator such as "|" or "/" at the cut is
    dropped. Returns ``[line.strip()]`` when there is nothing to split.
    """
    if not _BEYOND_LATIN.search(line):
        return [line.strip()]  # Latin letters only: one script, nothing to cut
    scripts = script_profile(line)
    families = _family_resolver(scripts)
    if len({families.get(script, script) for script in scripts}) < 2:
        return [line.strip()]  # letters of one family make a single run: nothing to cut
    runs = _absorb_enclosed(_letter_runs(line, families))
    cuts = _cuts(line, runs)
    if not cuts:
        return [line.strip()]
    parts: list[str] = []
    start = 0
    for cut in cuts:
        parts.append(line[start : cut.left_end].strip())
        start = cut.right_start
    parts.append(line[start:].strip())
    return [part for part in parts if part]
