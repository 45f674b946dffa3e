"""Raw bytes of a clipping -> text, saying how it was read and what looked odd.

A clipping is whatever someone saved from a news page: normally UTF-8, but
also an old Windows or Mac code page (Cyrillic, Chinese, Japanese, Korean,
Arabic, Western European...), UTF-16 from a Windows editor, a file cut in
the middle of a character, or something that is not text at all (an image
or a PDF saved with a ``.txt`` name). `decode_clipping` tries, in order:

1. an empty file -> `EmptyClipping`;
2. a known binary format (PNG, JPEG, PDF, ZIP, gzip...) -> `BinaryClipping`
   naming it;
3. a byte-order mark: UTF-16/UTF-32 are decoded by it, with a warning
   naming the encoding; a UTF-8 mark is dropped with a note and the rest
   judged as below (some editors put it on legacy text too);
4. UTF-16/UTF-32 without a mark, recognised by where the NUL bytes fall;
5. other NUL bytes, or many control bytes -> `BinaryClipping` with the
   offset (NUL bytes only at the very end are padding: dropped, with a
   warning);
6. ISO-2022-JP/KR, recognised by their escape sequences;
7. strict UTF-8, the normal case, and the fast one: no warning;
8. UTF-8 with a few broken sequences (a file cut mid-character, a pasted
   fragment in another encoding): the broken bytes become U+FFFD, with a
   warning counting them;
9. otherwise a legacy encoding, guessed from the first 64 KiB: each usual
   suspect is scored with charset-normalizer's mess and language measures
   plus the oddities a wrong guess shows (see `_oddity_share`), and the
   file is decoded with the winner and a warning naming it;
10. nothing readable -> `UndecodableClipping`.

Bytes are never dropped silently: whatever cannot be decoded becomes
U+FFFD and is counted in a warning. The text is kept as it is (markup
included: it is text) except that line ends become "\\n" and a leading
U+FEFF is removed. Stray control characters are kept but counted in a
warning, so whoever renders the text knows to escape them. A text of only
whitespace -> `EmptyClipping`.

Messages are sentences for the person who saved the file; the caller adds
the file name.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable

from charset_normalizer import from_bytes
from charset_normalizer.cd import coherence_ratio
from charset_normalizer.md import mess_ratio

from .scripts import COMMON, INHERITED, UNKNOWN, script_of


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # a WHATWG/IANA style label: "utf-8", "windows-1251", "shift_jis"...
    warnings: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # harmless facts, e.g. a UTF-8 byte-order mark was removed


class UndecodableClipping(ValueError):
    """The bytes cannot be turned into text; the message says why."""


class EmptyClipping(UndecodableClipping):
    """The file is empty or holds only whitespace."""


class BinaryClipping(UndecodableClipping):
    def __init__(self, message: str, kind: str, offset: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind  # "a PNG image", "a binary file"...
        self.offset = offset  # where the first non-text byte is, when meaningful


def decode_clipping(raw: bytes) -> DecodedText:
    if not raw:
        raise EmptyClipping("the file is empty")
    _reject_known_binary_format(raw)
    decoded = _decode_with_byte_order_mark(raw) or _decode_wide_without_mark(raw)
    if decoded is None:
        raw, padding_warnings = _drop_trailing_nul_padding(raw)
        _reject_binary_bytes(raw)
        decoded = _decode_narrow(raw)
        decoded = _with_warnings(decoded, padding_warnings)
    return _finish(decoded)


# --- 2. binary formats -------------------------------------------------------

# (signature, offset, what it is). Only signatures that real text cannot
# plausibly start with; weak ones (like "MZ") are checked in code below.
_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"),
    (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"),
    (b"GIF89a", 0, "a GIF image"),
    (b"II*\x00", 0, "a TIFF image"),
    (b"MM\x00*", 0, "a TIFF image"),
    (b"%PDF-", 0, "a PDF document"),
    (b"PK\x03\x04", 0, "a ZIP archive (.docx, .xlsx, .odt and .epub files are ZIP archives too)"),
    (b"PK\x05\x06", 0, "a ZIP archive (an empty one)"),
    (b"\x1f\x8b", 0, "a gzip file"),
    (b"\xfd7zXZ\x00", 0, "an xz file"),
    (b"\x28\xb5\x2f\xfd", 0, "a zstd file"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"),
    (b"Rar!\x1a\x07", 0, "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an old Microsoft Office document (.doc, .xls or .ppt)"),
    (b"\x7fELF", 0, "a program (ELF executable)"),
    (b"SQLite format 3\x00", 0, "an SQLite database"),
    (b"OggS\x00", 0, "an Ogg audio/video file"),
    (b"fLaC", 0, "a FLAC audio file"),
    (b"wOFF", 0, "a web font (WOFF)"),
    (b"wOF2", 0, "a web font (WOFF2)"),
)

_BZIP2 = re.compile(rb"BZh[1-9]1AY&SY")
_MP3_WITH_ID3 = re.compile(rb"ID3[\x02-\x04]\x00")


def _reject_known_binary_format(raw: bytes) -> None:
    kind = binary_format(raw)
    if kind is not None:
        raise BinaryClipping(f"this is not text: it looks like {kind}", kind=kind, offset=0)


def binary_format(raw: bytes) -> str | None:
    """What known binary format the bytes start with ("a PNG image"), if any."""
    head = raw[:64]
    for signature, offset, kind in _SIGNATURES:
        if head.startswith(signature, offset):
            return kind
    if head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}[head[8:12]]
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in (b"heic", b"heix", b"heif", b"mif1", b"msf1"):
            return "a HEIC image"
        return "an AVIF image" if brand == b"avif" else "an MP4/QuickTime video"
    if _BZIP2.match(head):
        return "a bzip2 file"
    if _MP3_WITH_ID3.match(head):
        return "an MP3 audio file"
    if head.startswith(b"MZ") and b"\x00" in head:
        return "a Windows program (.exe or .dll)"
    return None


# --- 3. byte-order marks -----------------------------------------------------

# Longest first: the UTF-32 LE mark starts with the UTF-16 LE one.
_BYTE_ORDER_MARKS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 (little-endian)"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 (big-endian)"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 (little-endian)"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 (big-endian)"),
)


def _decode_with_byte_order_mark(raw: bytes) -> DecodedText | None:
    for mark, codec, name in _BYTE_ORDER_MARKS:
        if not raw.startswith(mark):
            continue
        if codec == "utf-8":
            # Some editors put the mark on legacy text too: judge the rest as
            # if it had none.
            decoded = _decode_narrow(raw[len(mark):])
            return replace(decoded, notes=decoded.notes + ("a UTF-8 byte-order mark was removed",))
        text, damage = _decode_reporting_damage(raw[len(mark):], codec)
        return DecodedText(text, codec, (_not_utf8_warning(name),) + damage)
    return None


def _not_utf8_warning(name: str) -> str:
    return f"decoded as {name}, not UTF-8; re-save the file as UTF-8 for other tools"


def _decode_reporting_damage(raw: bytes, codec: str) -> tuple[str, tuple[str, ...]]:
    """Decode strictly if possible; else replace bad bytes with U+FFFD and say so."""
    try:
        return raw.decode(codec), ()
    except UnicodeDecodeError:
        text = raw.decode(codec, errors="replace")
    replaced = _replacement_count(text, raw, codec)
    first_line = text.count("\n", 0, text.find("\ufffd")) + 1
    return text, (
        f"{replaced} {_plural(replaced, 'byte sequence')} could not be decoded as {encoding_label(codec)} "
        f"and {'was' if replaced == 1 else 'were'} replaced with \ufffd (first on line {first_line})",
    )


def _replacement_count(text: str, raw: bytes, codec: str) -> int:
    # A U+FFFD that was really in the file is not a replacement.
    try:
        genuine = raw.count("\ufffd".encode(codec))
    except UnicodeEncodeError:
        genuine = 0
    return text.count("\ufffd") - genuine


# --- 4. UTF-16 / UTF-32 without a mark --------------------------------------

_WIDE_SAMPLE_BYTES = 4096


def _decode_wide_without_mark(raw: bytes) -> DecodedText | None:
    """UTF-16/32 text written without a mark: its ASCII characters (spaces,
    digits, punctuation, Latin letters) put NUL bytes on one side only."""
    sample = raw[:_WIDE_SAMPLE_BYTES]
    if b"\x00" not in sample:
        return None
    codec = _wide_codec_from_nul_pattern(sample)
    if codec is None:
        return None
    text, damage = _decode_reporting_damage(raw, codec)
    if (text.count("\ufffd") > 0.01 * len(text)
            or mess_ratio(text[:_SAMPLE_CHARS], maximum_threshold=_GIBBERISH_CHAOS) >= _GIBBERISH_CHAOS):
        return None  # a binary file that happened to fit the pattern
    name = _WIDE_NAMES[codec] + ", without a byte-order mark"
    return DecodedText(text, codec, (_not_utf8_warning(name),) + damage)


_WIDE_NAMES = {
    "utf-16-le": "UTF-16 (little-endian)", "utf-16-be": "UTF-16 (big-endian)",
    "utf-32-le": "UTF-32 (little-endian)", "utf-32-be": "UTF-32 (big-endian)",
}


def _wide_codec_from_nul_pattern(sample: bytes) -> str | None:
    quads = sample[: len(sample) // 4 * 4]
    if len(quads) >= 8:
        # UTF-32: the top byte of every code unit is zero, the next at most 0x10.
        if not quads[3::4].strip(b"\x00") and max(quads[2::4]) <= 0x10 and _nul_share(quads[0::4]) < 0.5:
            return "utf-32-le"
        if not quads[0::4].strip(b"\x00") and max(quads[1::4]) <= 0x10 and _nul_share(quads[3::4]) < 0.5:
            return "utf-32-be"
    pairs = sample[: len(sample) // 2 * 2]
    if len(pairs) >= 4:
        even, odd = pairs[0::2], pairs[1::2]
        # ASCII characters (even in Chinese text: digits, spaces, newlines)
        # have a zero high byte; a zero low byte is rarer (U+xx00 only,
        # though that includes the common Chinese "一"). Binary data has
        # NULs on both sides alike.
        even_nuls, odd_nuls = _nul_share(even), _nul_share(odd)
        if odd_nuls >= 0.02 and odd_nuls >= 3 * even_nuls:
            return "utf-16-le"
        if even_nuls >= 0.02 and even_nuls >= 3 * odd_nuls:
            return "utf-16-be"
    return None


def _nul_share(data: bytes) -> float:
    return data.count(0) / len(data) if data else 0.0


# --- 5. binary bytes -----------------------------------------------------------

# C0 controls that text never needs. Kept out: \t \n \v \f \r, and SO, SI and
# ESC, which ISO-2022 encodings use to switch character sets.
_CONTROL_BYTES = bytes([*range(0x01, 0x09), *range(0x10, 0x1B), *range(0x1C, 0x20), 0x7F])
_BINARY_SAMPLE_BYTES = 65536
_BINARY_CONTROL_SHARE = 0.05


def _drop_trailing_nul_padding(raw: bytes) -> tuple[bytes, tuple[str, ...]]:
    """Some tools pad or pre-allocate files with NUL bytes; when the NULs are
    all at the end the text before them is intact."""
    if not raw.endswith(b"\x00"):
        return raw, ()
    stripped = raw.rstrip(b"\x00")
    if not stripped or b"\x00" in stripped:
        return raw, ()
    dropped = len(raw) - len(stripped)
    return stripped, (f"{dropped} NUL {_plural(dropped, 'byte')} at the end of the file "
                      f"(padding, not text) {'was' if dropped == 1 else 'were'} ignored",)


def _reject_binary_bytes(raw: bytes) -> None:
    first_nul = raw.find(b"\x00")
    if first_nul >= 0:
        raise BinaryClipping(
            f"this is not text: it looks like a binary file (NUL byte at offset {first_nul})",
            kind="a binary file", offset=first_nul,
        )
    sample = raw[:_BINARY_SAMPLE_BYTES]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > _BINARY_CONTROL_SHARE * len(sample):
        first = min(i for i in (sample.find(bytes([b])) for b in _CONTROL_BYTES) if i >= 0)
        raise BinaryClipping(
            "this is not text: it looks like a binary file "
            f"({controls} control characters, the first at offset {first})",
            kind="a binary file", offset=first,
        )


# --- 6-9. UTF-8, damaged UTF-8, legacy encodings ------------------------------

def _decode_narrow(raw: bytes) -> DecodedText:
    iso_2022 = _decode_iso_2022(raw)
    if iso_2022 is not None:
        return iso_2022
    try:
        return DecodedText(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_damaged_utf8(raw) or _decode_legacy(raw)


def _decode_iso_2022(raw: bytes) -> DecodedText | None:
    """ISO-2022-JP/KR (Japanese and Korean e-mail) is 7-bit, so it passes as
    UTF-8; its escape sequences give it away."""
    if b"\x1b$" not in raw:
        return None
    codec = "iso2022_kr" if b"\x1b$)C" in raw else "iso2022_jp_2"
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        return None
    return DecodedText(text, encoding_label(codec), (f"decoded as {_describe(codec)}, not UTF-8; "
                                                  "re-save the file as UTF-8 for other tools",))


# How many well-formed multi-byte UTF-8 characters must stand for each broken
# sequence before the file counts as damaged UTF-8. Legacy-encoded text almost
# never forms valid multi-byte UTF-8 sequences by accident, so real UTF-8 with
# a cut or a pasted fragment clears this easily and legacy text does not.
_UTF8_VALID_PER_BROKEN = 4


def _decode_damaged_utf8(raw: bytes) -> DecodedText | None:
    text = raw.decode("utf-8", errors="replace")
    broken = _replacement_count(text, raw, "utf-8")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    well_formed = non_ascii - text.count("\ufffd")
    if well_formed < _UTF8_VALID_PER_BROKEN * broken:
        return None
    first_line = text.count("\n", 0, text.find("\ufffd")) + 1
    return DecodedText(text, "utf-8", (
        f"the file is UTF-8 but {broken} {_plural(broken, 'byte sequence')} in it "
        f"{'is' if broken == 1 else 'are'} not valid UTF-8 and {'was' if broken == 1 else 'were'} "
        f"replaced with \ufffd (first on line {first_line})",
    ))


@dataclass(frozen=True)
class _Candidate:
    codec: str  # Python codec name, as codecs.lookup() spells it
    head: str  # the start of the file decoded with it: what the guess is made on
    oddness: float  # 0 = reads cleanly; see _candidate
    coherence: float  # charset-normalizer's language fit, 0..1, higher is better


# Encodings tried one by one, most common first (the order breaks ties).
# charset-normalizer's own search is not enough on its own: on short texts
# it stops early (two bytes that happen to form a Chinese character end it)
# and it rejects Persian, whose zero-width non-joiners it counts as
# unprintable. So its measures are applied to each of these directly.
_SUSPECTED_CODECS: tuple[str, ...] = (
    "cp1252", "cp1251", "gb18030", "big5", "cp932", "euc_jp", "cp949", "koi8_r",
    "koi8_u", "cp1250", "cp1256", "cp1253", "cp1254", "cp1255", "cp1257", "cp1258",
    "big5hkscs", "cp874", "cp866", "iso8859_2",
)
_SUSPECT_ORDER = {codecs.lookup(codec).name: rank for rank, codec in enumerate(_SUSPECTED_CODECS)}

# Python codec name -> the label users know (WHATWG/IANA), and the script it is for.
_LABELS: dict[str, tuple[str, str]] = {
    "cp1250": ("windows-1250", "Central European"),
    "cp1251": ("windows-1251", "Cyrillic"),
    "cp1252": ("windows-1252", "Western European"),
    "cp1253": ("windows-1253", "Greek"),
    "cp1254": ("windows-1254", "Turkish"),
    "cp1255": ("windows-1255", "Hebrew"),
    "cp1256": ("windows-1256", "Arabic"),
    "cp1257": ("windows-1257", "Baltic"),
    "cp1258": ("windows-1258", "Vietnamese"),
    "cp874": ("windows-874", "Thai"),
    "koi8-r": ("koi8-r", "Russian"),
    "koi8-u": ("koi8-u", "Ukrainian"),
    "gb18030": ("gb18030", "Simplified Chinese"),
    "gbk": ("gb18030", "Simplified Chinese"),
    "gb2312": ("gb18030", "Simplified Chinese"),
    "big5": ("big5", "Traditional Chinese"),
    "big5hkscs": ("big5-hkscs", "Traditional Chinese"),
    "cp950": ("big5", "Traditional Chinese"),
    "cp932": ("shift_jis", "Japanese"),
    "shift_jis": ("shift_jis", "Japanese"),
    "shift_jis_2004": ("shift_jis", "Japanese"),
    "shift_jisx0213": ("shift_jis", "Japanese"),
    "euc_jp": ("euc-jp", "Japanese"),
    "euc_jis_2004": ("euc-jp", "Japanese"),
    "euc_jisx0213": ("euc-jp", "Japanese"),
    "iso2022_jp": ("iso-2022-jp", "Japanese"),
    "iso2022_jp_2": ("iso-2022-jp", "Japanese"),
    "cp949": ("euc-kr", "Korean"),
    "euc_kr": ("euc-kr", "Korean"),
    "iso2022_kr": ("iso-2022-kr", "Korean"),
    "cp866": ("ibm866", "Cyrillic, DOS"),
    "iso8859-2": ("iso-8859-2", "Central European"),
    "mac-cyrillic": ("x-mac-cyrillic", "Cyrillic"),
    "mac-roman": ("macintosh", "Western European"),
    "latin-1": ("iso-8859-1", "Western European"),
}


def encoding_label(codec: str) -> str:
    """The name to show people for a Python codec name ("cp1251" -> "windows-1251")."""
    name = codecs.lookup(codec).name
    if name in _LABELS:
        return _LABELS[name][0]
    if name.startswith("iso8859-"):
        return "iso-" + name[3:]
    return name.replace("_", "-")


def _describe(codec: str) -> str:
    name = codecs.lookup(codec).name
    script = _LABELS.get(name, ("", ""))[1]
    return f"{encoding_label(codec)} ({script})" if script else encoding_label(codec)


# The guess is made on the start of the file: plenty of text to judge by,
# and a 20 MB file is then decoded in full only once, not once per suspect.
_GUESS_BYTES = 65536


def _decode_legacy(raw: bytes) -> DecodedText:
    ranked = _ranked_candidates(raw[:_GUESS_BYTES], complete=len(raw) <= _GUESS_BYTES)
    if not ranked:
        raise UndecodableClipping(
            "cannot tell how this text is encoded: it is not UTF-8, and no common legacy "
            "encoding turns it into readable text; re-save it as UTF-8"
        )
    best = ranked[0]
    message = f"decoded as {_describe(best.codec)}, not UTF-8"
    runner_up = _close_alternative(ranked)
    if runner_up is not None:
        message += f" (it might also be {_describe(runner_up.codec)})"
    text, damage = _decode_reporting_damage(raw, best.codec)
    return DecodedText(text, encoding_label(best.codec), (message + "; re-save as UTF-8 to be sure",) + damage)


def _ranked_candidates(head: bytes, complete: bool) -> list[_Candidate]:
    """Most plausible first. A suspect that cannot decode every byte is
    still heard, with its replaced bytes counted against it: a windows-1251
    file with one corrupt byte is better read as windows-1251 with one
    U+FFFD than as KOI8-R gibberish. The rarer code pages charset-normalizer
    knows only get a say when no suspect reads cleanly, because on short
    texts some exotic page always fits as well by chance (mac-iceland for a
    "\u20ac" in windows-1252, say)."""
    candidates = []
    for codec in _SUSPECTED_CODECS:
        candidate = _suspect(head, complete, codec) or _suspect(head, complete, codec, errors="replace")
        if candidate is not None:
            candidates.append(candidate)
    ranked = _rank(candidates)
    if not ranked or ranked[0].oddness >= _CLEAN_ENOUGH:
        ranked = _rank(ranked + list(_exotic_candidates(head)))
    return ranked


# A best suspect at or above this oddness is not convincing.
_CLEAN_ENOUGH = 0.1
# Above this charset-normalizer mess ratio a decoding is gibberish.
_GIBBERISH_CHAOS = 0.2
# Language fits this close are a tie.
_COHERENCE_TIE = 0.02


def _suspect(head: bytes, complete: bool, codec: str, errors: str = "strict") -> _Candidate | None:
    decoder = codecs.getincrementaldecoder(codec)(errors)
    try:
        # Not final unless it is the whole file: the head may end mid-character.
        text = decoder.decode(head, final=complete)
    except UnicodeDecodeError:
        return None
    chaos = mess_ratio(text.translate(_FORMAT_CHARACTERS), maximum_threshold=_GIBBERISH_CHAOS)
    if chaos >= _GIBBERISH_CHAOS:
        return None
    replaced = _replacement_count(text, head, codec)
    if replaced > _MOST_REPLACED * len(text):
        return None
    return _candidate(codec, text, chaos, replaced)


# A decoding that needs more replacement characters than this share is wrong.
_MOST_REPLACED = 0.02
# An undecodable byte is strong evidence against an encoding (text written in
# it never has one unless damaged), stronger than one odd character.
_REPLACEMENT_WEIGHT = 5


# Left out of charset-normalizer's mess ratio: invisible format characters
# it counts as unprintable though real text has them (soft hyphens,
# zero-width (non-)joiners, which Persian needs, direction marks), and
# replacement characters, already counted against the candidate by number.
_FORMAT_CHARACTERS = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\ufffd"))


def _exotic_candidates(head: bytes) -> Iterable[_Candidate]:
    for match in from_bytes(head):
        codec = codecs.lookup(match.encoding).name
        # UTF-16/32 were ruled out by their NUL pattern already.
        if codec not in _SUSPECT_ORDER and not codec.startswith("utf") and codec != "ascii":
            yield _candidate(codec, str(match), match.chaos)


def _candidate(codec: str, text: str, chaos: float, replaced: int = 0) -> _Candidate:
    """Oddness: charset-normalizer's mess ratio (0 clean, 0.2+ garbage), plus
    the oddities it does not weigh, plus the share of replaced bytes."""
    sample = text[:_SAMPLE_CHARS]
    oddness = chaos + _oddity_share(sample) + _REPLACEMENT_WEIGHT * replaced / max(1, len(text))
    return _Candidate(codecs.lookup(codec).name, text, round(oddness, 4), _language_fit(sample))


def _language_fit(text: str) -> float:
    """charset-normalizer's coherence, on the words the guess is about: the
    ASCII-only ones (page chrome, English names, URLs) would only make every
    candidate look like English alike."""
    words = " ".join(word for word in _WORD.findall(text) if not word.isascii())
    return max((ratio for _, ratio in coherence_ratio(words)), default=0.0)


def _rank(candidates: list[_Candidate]) -> list[_Candidate]:
    """Cleanest first. Among the equally clean, charset-normalizer's language
    fit picks the script (Hebrew, not Cyrillic); within that script the more
    common encoding wins, because between sibling code pages the fit is noise
    on a few hundred bytes (their differences are weighed by the oddness)."""
    if not candidates:
        return []
    by_oddness = sorted(candidates, key=lambda c: (c.oddness, _prior(c.codec)))
    tied = [c for c in by_oddness if c.oddness == by_oddness[0].oddness]
    best_fit = max(tied, key=lambda c: c.coherence)
    script = _main_script(best_fit.head)
    best = min(
        (c for c in tied
         if _main_script(c.head) == script or c.coherence >= best_fit.coherence - _COHERENCE_TIE),
        key=lambda c: _prior(c.codec),
    )
    return [best] + [c for c in by_oddness if c is not best]


def _main_script(text: str) -> str:
    """The script of most non-ASCII letters; Latin when all letters are ASCII."""
    counts: dict[str, int] = {}
    for char in text[:_SAMPLE_CHARS]:
        if not char.isascii() and char.isalpha():
            script = _script(char) or "?"
            script = "CJK" if script in ("HIRAGANA", "KATAKANA") else script
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else "LATIN"


def _prior(codec: str) -> int:
    return _SUSPECT_ORDER.get(codec, len(_SUSPECT_ORDER))


def _close_alternative(ranked: list[_Candidate]) -> _Candidate | None:
    """A common-encoding runner-up as clean and as language-like as the
    winner that reads differently: worth naming, so the person knows the
    guess was close."""
    best = ranked[0]
    for other in ranked[1:]:
        if other.oddness > best.oddness:
            return None
        if (other.codec in _SUSPECT_ORDER and other.head != best.head
                and encoding_label(other.codec) != encoding_label(best.codec)
                and other.coherence >= best.coherence - _COHERENCE_TIE):
            return other
    return None


# The pure-Python checks look at no more than this much text.
_SAMPLE_CHARS = 20_000


_WORD = re.compile(r"\S+")


def _oddity_share(text: str) -> float:
    """Share of characters that a wrong guess tends to produce and real text
    rarely has, beyond what charset-normalizer already weighs:

    - unassigned or private code points; half-width katakana, loose hangul
      jamo and rare hangul syllables (Cyrillic read as Shift_JIS, Japanese
      read as Korean);
    - a symbol wedged inside a word ("zatwierdzi³a", Polish read as
      windows-1252), an accent that does not combine with its letter, a
      direction mark inside a European word;
    - a word mixing two alphabets, or a lone ideograph glued to Latin
      letters ("f僡 die Stra絽", German read as Big5);
    - letters no one language uses together ("støedu", Czech read as
      windows-1252).
    """
    visible = len(text) - sum(text.count(c) for c in " \n\t")
    if visible <= 0:
        return 0.0
    odd = 0
    accented: dict[str, int] = {}  # non-ASCII Latin and Cyrillic letters, lower case
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        odd += sum(_is_odd_character(c) for c in word)
        odd += _stray_combining_marks(word)
        odd += _symbols_inside_letters(word)
        odd += _invisibles_inside_european_words(word)
        odd += _mixes_scripts(word)
        for char in word:
            if not char.isascii() and char.isalpha() and _script(char) in _ALPHABETS:
                letter = char.lower()[0]  # "İ".lower() is "i" + a combining dot
                if not letter.isascii():
                    accented[letter] = accented.get(letter, 0) + 1
    return (odd + _letters_foreign_to_every_language(accented)) / visible


# Accented letters of the Latin-script languages that legacy code pages
# serve, and the letters of the Cyrillic ones. Sibling code pages
# (windows-1250/1252/1254/1257, iso-8859-2) differ only in such letters,
# and read with the wrong one a text mixes letters of several languages;
# read right, one language accounts for all of them.
_LATIN_ALPHABETS = (
    "áčďéěíňóřšťúůýž",  # Czech
    "áäčďéíĺľňóôŕšťúýž",  # Slovak
    "ąćęłńóśźż",  # Polish
    "áéíóöőúüű",  # Hungarian
    "ăâîșțşţ",  # Romanian
    "čćđšž",  # Croatian, Slovene, Bosnian, Serbian Latin
    "äöüß",  # German
    "àâæçéèêëîïôœùûüÿ",  # French
    "áéíñóúü",  # Spanish
    "áâãàçéêíóôõú",  # Portuguese
    "àèéìíîòóùú",  # Italian
    "àçéèíïòóúü",  # Catalan
    "áéèëïóöü",  # Dutch
    "åæøäö",  # Danish, Norwegian, Swedish, Finnish
    "áðéíóúýþæö",  # Icelandic
    "çğıöşüâî",  # Turkish
    "ąčęėįšųūž",  # Lithuanian
    "āčēģīķļņšūž",  # Latvian
    "äöõüšž",  # Estonian
    "çë",  # Albanian
)
_CYRILLIC_ALPHABETS = (
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",  # Russian, Bulgarian
    "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",  # Ukrainian
    "абвгдеёжзійклмнопрстуўфхцчшыьэюя",  # Belarusian
    "абвгдђежзијклљмнњопрстћуфхцчџш",  # Serbian
    "абвгдѓежзѕијклљмнњопрстќуфхцчџш",  # Macedonian
)
_ALPHABETS = {
    "LATIN": tuple(frozenset(letters) for letters in _LATIN_ALPHABETS),
    "CYRILLIC": tuple(frozenset(letters) for letters in _CYRILLIC_ALPHABETS),
}
# Loanword letters any Latin-script language may show ("café").
_LOAN_LETTERS = frozenset("é")


def _letters_foreign_to_every_language(letters: dict[str, int]) -> int:
    """How many letters are left over, per script, by the language that
    explains the most of them (0 when one language explains all)."""
    leftover = 0
    for script, alphabets in _ALPHABETS.items():
        counts = {letter: n for letter, n in letters.items() if _script(letter) == script}
        if counts:
            leftover += min(
                sum(n for letter, n in counts.items() if letter not in alphabet and letter not in _LOAN_LETTERS)
                for alphabet in alphabets
            )
    return leftover


@lru_cache(maxsize=16384)
def _is_odd_character(char: str) -> bool:
    code = ord(char)
    if 0xAC00 <= code <= 0xD7A3:
        return not _is_common_hangul(char)
    return (0xFF61 <= code <= 0xFF9F  # half-width katakana
            or 0x3131 <= code <= 0x318E  # hangul compatibility jamo
            or unicodedata.category(char) in ("Cc", "Co", "Cn", "Cs"))  # words hold no \t or \n


def _is_common_hangul(char: str) -> bool:
    # EUC-KR proper (KS X 1001) holds the syllables in everyday use; the rest
    # are what other CJK encodings turn into when read as Korean.
    try:
        char.encode("euc_kr")
    except UnicodeEncodeError:
        return False
    return True


def _stray_combining_marks(word: str) -> int:
    """Accents that do not combine with the Latin letter before them: real
    decomposed text (windows-1258 Vietnamese puts tone marks after vowels)
    always composes, Western European read as windows-1258 does not
    ("mercoled" + U+0301 for "mercoledì")."""
    return sum(
        1 for before, char in zip(word, word[1:])
        if unicodedata.category(char) == "Mn" and _script(before) == "LATIN"
        and len(unicodedata.normalize("NFC", before + char)) != 1
    )


def _symbols_inside_letters(word: str) -> int:
    return sum(
        1 for before, char, after in zip(word, word[1:], word[2:])
        if _is_alphabet_letter(before) and _is_alphabet_letter(after) and _is_wedge(char)
    )


def _invisibles_inside_european_words(word: str) -> int:
    """Joiners and direction marks belong in Arabic, Persian, Hebrew or Indic
    text; between Latin, Cyrillic or Greek letters they are misread letters
    (Turkish "ş" read as windows-1256 is a right-to-left mark)."""
    return sum(
        1 for before, char, after in zip(word, word[1:], word[2:])
        if char in _JOINERS_AND_MARKS and _script(before) in _EUROPEAN and _script(after) in _EUROPEAN
    )


_JOINERS_AND_MARKS = frozenset("\u200c\u200d\u200e\u200f")
_EUROPEAN = frozenset(("LATIN", "CYRILLIC", "GREEK"))


def _is_alphabet_letter(char: str) -> bool:
    # East Asian scripts put their own punctuation between ideographs.
    return char.isalpha() and ord(char) < 0x2E80


# Non-letters that do sit between letters in real text: apostrophes and the
# Catalan middle dot (hyphens and dashes, category Pd, are let through below).
_WORD_INNER_MARKS = frozenset("\u2019\u02bc\u00b7")


def _is_wedge(char: str) -> bool:
    if char.isascii() or char in _WORD_INNER_MARKS or char == "\ufffd":
        return False
    category = unicodedata.category(char)
    return (category[0] in "SP" and category != "Pd") or category == "No"


def _mixes_scripts(word: str) -> int:
    scripts = {_script(c) for c in word if c.isalpha()}
    scripts.discard(None)
    if len(scripts) < 2:
        return 0
    alphabets = scripts - _EAST_ASIAN
    if len(alphabets) >= 2:
        return 1
    # Latin next to Chinese/Japanese/Korean is normal ("iPhone发布"); a single
    # ideograph between Latin letters and a space is a misread accented letter.
    return 1 if alphabets and _has_lone_east_asian_char(word) else 0


_EAST_ASIAN = frozenset(("CJK", "HIRAGANA", "KATAKANA", "HANGUL"))


def _has_lone_east_asian_char(word: str) -> bool:
    kinds = [_script(c) in _EAST_ASIAN for c in word]
    for i, east_asian in enumerate(kinds):
        if east_asian and not any(kinds[max(0, i - 1):i] + kinds[i + 1:i + 2]):
            return True
    return False


@lru_cache(maxsize=4096)
def _script(char: str) -> str | None:
    """A script tag in Unicode-name style ("LATIN", "CYRILLIC", "CJK"…), or None."""
    name = script_of(char)
    if name in (COMMON, INHERITED, UNKNOWN):
        return None
    return "CJK" if name == "Han" else name.upper()


# --- finishing -----------------------------------------------------------------

# Controls a reader would not want raw in a page: C0 except tab and newline
# (carriage returns are gone by now), DEL and C1.
_STRAY_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# What a "blank" file may consist of: every Unicode space (all below U+3001)
# and the zero-width characters that show nothing either.
_BLANK = "".join(chr(code) for code in range(0x3001) if chr(code).isspace()) + "\u200b\u200c\u200d\u2060\ufeff"


def _finish(decoded: DecodedText) -> DecodedText:
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip(_BLANK):
        raise EmptyClipping("the file has no text, only blank lines/whitespace")
    return replace(decoded, text=text, warnings=decoded.warnings + _stray_control_warnings(text))


def _stray_control_warnings(text: str) -> tuple[str, ...]:
    first = _STRAY_CONTROL.search(text)
    if first is None:
        return ()
    count = sum(1 for _ in _STRAY_CONTROL.finditer(text, first.start()))
    line = text.count("\n", 0, first.start()) + 1
    return (
        f"{count} stray control {_plural(count, 'character')} in the text "
        f"(the first, U+{ord(first.group()):04X}, on line {line})",
    )


def _with_warnings(decoded: DecodedText, warnings: tuple[str, ...]) -> DecodedText:
    return replace(decoded, warnings=warnings + decoded.warnings) if warnings else decoded


def _plural(count: int, noun: str) -> str:
    return noun if count == 1 else noun + "s"
