"""decode_clipping: raw clipping bytes -> text, or a clear reason why not.

Fixture-driven: tests/unit/fixtures/decode/expected.yaml says what each
file there must become. Plus properties over any text, and large inputs.
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest
import yaml
from hypothesis import assume, given
from hypothesis import strategies as st

from normalizer import decode
from normalizer.decode import (
    BinaryClipping,
    DecodedText,
    EmptyClipping,
    UndecodableClipping,
    binary_format,
    decode_clipping,
    encoding_label,
)

FIXTURES = Path(__file__).parent / "fixtures" / "decode"
EXPECTATIONS: dict[str, dict] = yaml.safe_load((FIXTURES / "expected.yaml").read_text(encoding="utf-8"))
ERRORS = {"UndecodableClipping": UndecodableClipping, "EmptyClipping": EmptyClipping, "BinaryClipping": BinaryClipping}


def normalised_line_ends(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def assert_messages(actual: tuple[str, ...], expected: list[str]) -> None:
    assert len(actual) == len(expected), actual
    for message, fragment in zip(actual, expected):
        assert fragment in message


# --- fixtures ---------------------------------------------------------------------

def test_every_fixture_has_an_expectation_and_every_expectation_a_fixture() -> None:
    assert sorted(path.name for path in FIXTURES.glob("*.txt")) == sorted(EXPECTATIONS)


@pytest.mark.parametrize("name", sorted(name for name, case in EXPECTATIONS.items() if "error" not in case))
def test_fixture_decodes_as_expected(name: str) -> None:
    case = EXPECTATIONS[name]
    decoded = decode_clipping((FIXTURES / name).read_bytes())
    expected = (FIXTURES / "expected" / case["text"]).read_text(encoding="utf-8")
    text = unicodedata.normalize("NFC", decoded.text) if case.get("nfc") else decoded.text
    assert text == expected
    assert decoded.encoding == case["encoding"]
    assert_messages(decoded.warnings, case["warnings"])
    assert_messages(decoded.notes, case.get("notes", []))


@pytest.mark.parametrize("name", sorted(name for name, case in EXPECTATIONS.items() if "error" in case))
def test_fixture_is_refused_with_a_clear_reason(name: str) -> None:
    case = EXPECTATIONS[name]
    with pytest.raises(ERRORS[case["error"]]) as refused:
        decode_clipping((FIXTURES / name).read_bytes())
    assert case["message"] in str(refused.value)


def test_a_binary_refusal_says_what_and_where() -> None:
    with pytest.raises(BinaryClipping) as refused:
        decode_clipping((FIXTURES / "binary_nul.txt").read_bytes())
    assert (refused.value.kind, refused.value.offset) == ("a binary file", 3)
    with pytest.raises(BinaryClipping) as refused:
        decode_clipping((FIXTURES / "png_1x1.txt").read_bytes())
    assert refused.value.kind == "a PNG image"


def test_empty_and_binary_refusals_are_value_errors_callers_can_catch_together() -> None:
    assert issubclass(EmptyClipping, UndecodableClipping)
    assert issubclass(BinaryClipping, UndecodableClipping)
    assert issubclass(UndecodableClipping, ValueError)


# --- behaviour beyond the fixtures --------------------------------------------------------

def test_the_result_is_immutable() -> None:
    decoded = decode_clipping(b"Headline\n")
    assert decoded == DecodedText("Headline\n", "utf-8")
    with pytest.raises(AttributeError):
        decoded.text = "other"  # type: ignore[misc]


def test_markup_is_text_and_kept_as_is() -> None:
    raw = b"<script>alert('x')</script>\n<b>Bold</b> &amp; more\n"
    assert decode_clipping(raw).text == raw.decode()


def test_a_leading_byte_order_mark_character_is_removed_once() -> None:
    # The mark as bytes goes with the encoding, a U+FEFF right after it with the text.
    assert decode_clipping("\ufeff\ufeffHeadline".encode("utf-8")).text == "Headline"
    assert decode_clipping("Head\ufeffline".encode("utf-8")).text == "Head\ufeffline"


def test_line_ends_of_every_kind_become_newlines() -> None:
    assert decode_clipping(b"a\r\nb\rc\nd\r\n\r\ne").text == "a\nb\nc\nd\n\ne"


def test_other_line_separators_are_kept() -> None:
    assert decode_clipping("a\u2028b\u0085c".encode("utf-8")).text == "a\u2028b\u0085c"


def test_tabs_and_newlines_are_not_stray_controls() -> None:
    assert decode_clipping(b"Title\n\tIndented body\n").warnings == ()


def test_c1_controls_are_counted_as_stray() -> None:
    decoded = decode_clipping("Title\nBody\u0085 text\u009c\n".encode("utf-8"))
    assert decoded.warnings == ("2 stray control characters in the text (the first, U+0085, on line 2)",)


def test_a_single_nul_byte_inside_the_text_makes_it_binary() -> None:
    with pytest.raises(BinaryClipping, match=r"NUL byte at offset 5"):
        decode_clipping(b"Hello\x00 world, this is otherwise text\n")


def test_a_file_of_nothing_but_nul_bytes_is_binary() -> None:
    with pytest.raises(BinaryClipping, match=r"NUL byte at offset 0"):
        decode_clipping(b"\x00" * 16)


def test_an_old_office_document_is_named() -> None:
    with pytest.raises(BinaryClipping, match=r"old Microsoft Office document"):
        decode_clipping(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64))


def test_a_text_that_merely_starts_like_a_signature_word_is_text() -> None:
    assert decode_clipping(b"PKK party statement\n").encoding == "utf-8"
    assert decode_clipping(b"MZ Group reports profit\n").encoding == "utf-8"


def test_binary_format_names_known_formats_only() -> None:
    assert binary_format(b"%PDF-1.7\n") == "a PDF document"
    assert binary_format(b"RIFF\x24\x00\x00\x00WEBPVP8 ") == "a WebP image"
    assert binary_format(b"\x00\x00\x00\x18ftypheic") == "a HEIC image"
    assert binary_format(b"Plain text about PDF files\n") is None


def test_utf16_with_an_odd_byte_out_is_decoded_with_a_warning() -> None:
    raw = b"\xff\xfe" + "Headline\nBody text\n".encode("utf-16-le") + b"A"
    decoded = decode_clipping(raw)
    assert decoded.text == "Headline\nBody text\n\ufffd"
    assert "1 byte sequence could not be decoded as utf-16-le" in decoded.warnings[1]


def test_iso_2022_kr_is_recognised_by_its_escape_sequences() -> None:
    text = "시의회는 새로운 도로 보수 계획을 승인했다.\n"
    decoded = decode_clipping(text.encode("iso2022_kr"))
    assert (decoded.text, decoded.encoding) == (text, "iso-2022-kr")


@pytest.mark.parametrize(("codec", "label"), [
    ("cp1251", "windows-1251"), ("koi8_r", "koi8-r"), ("gbk", "gb18030"), ("cp932", "shift_jis"),
    ("euc_jis_2004", "euc-jp"), ("cp949", "euc-kr"), ("iso8859_5", "iso-8859-5"), ("mac_cyrillic", "x-mac-cyrillic"),
])
def test_encoding_labels_are_the_names_people_know(codec: str, label: str) -> None:
    assert encoding_label(codec) == label


# --- short texts, where guessing is hardest ----------------------------------------------

SHORT_TEXTS = [
    ("Путин прибыл в Минск", "cp1251"),
    ("Путин прибыл в Минск", "koi8_r"),
    ("Москва, 14 октября", "cp1251"),
    ("北京时间10月14日", "gb18030"),
    ("臺北市10月14日電", "big5"),
    ("東京都 10月14日", "cp932"),
    ("東京都 10月14日", "euc_jp"),
    ("서울 10월 14일", "cp949"),
    ("Grüße aus Köln", "cp1252"),
    ("Prices rose to €5 per litre, up from £4.", "cp1252"),
    ("It’s the mayor’s plan.", "cp1252"),
    ("Ελλάδα: νέα μέτρα", "cp1253"),
    ("القاهرة 14 أكتوبر", "cp1256"),
    ("Zażółć gęślą jaźń", "cp1250"),
]


@pytest.mark.parametrize(("text", "codec"), SHORT_TEXTS)
def test_short_legacy_texts_are_read_right(text: str, codec: str) -> None:
    decoded = decode_clipping(text.encode(codec))
    assert decoded.text == text
    assert decoded.warnings[0].startswith(f"decoded as {encoding_label(codec)} ")


def test_a_close_call_names_the_runner_up() -> None:
    # Two Cyrillic words read as well in windows-1250 (Czech-looking), but a
    # person should know the guess was close.
    decoded = decode_clipping("Путин".encode("cp1251"))
    assert decoded.text == "Путин"
    assert "(it might also be " in decoded.warnings[0]


def test_a_file_no_encoding_reads_is_refused() -> None:
    # Random bytes without the NULs and controls that would make them "binary":
    # every single-byte encoding reads them as gibberish, no multi-byte one at all.
    raw = bytes(byte for byte in random.Random(1).randbytes(400) if byte >= 0x20 and byte != 0x7F)
    with pytest.raises(UndecodableClipping, match="cannot tell how this text is encoded"):
        decode_clipping(raw)


# --- size --------------------------------------------------------------------------------------

def test_a_20_mb_utf8_file_is_decoded_whole_and_unchanged(tmp_path: Path) -> None:
    line = "Москва 北京 القاهرة Zürich: the council approved the plan.\n"
    content = line * (20_000_000 // len(line.encode("utf-8")))
    path = tmp_path / "big.txt"
    path.write_bytes(content.encode("utf-8"))
    decoded = decode_clipping(path.read_bytes())
    assert decoded.text == content
    assert (decoded.encoding, decoded.warnings) == ("utf-8", ())


def test_a_200_kb_single_line_is_decoded_whole() -> None:
    line = "слово word 字 " * 15_000
    assert len(line.encode("utf-8")) > 200_000
    assert decode_clipping(line.encode("utf-8")).text == line


def test_a_large_legacy_file_is_guessed_from_its_start_and_decoded_whole() -> None:
    paragraph = (FIXTURES / "expected" / "ru.txt").read_text(encoding="utf-8")
    raw = paragraph.encode("cp1251") * 3000  # about 1 MB
    damaged = raw + b"\x98" + paragraph.encode("cp1251")  # an undecodable byte far past the guess
    decoded = decode_clipping(damaged)
    assert decoded.encoding == "windows-1251"
    assert decoded.text == paragraph * 3000 + "\ufffd" + paragraph
    assert decoded.warnings[1].startswith("1 byte sequence could not be decoded as windows-1251")
    assert f"(first on line {paragraph.count(chr(10)) * 3000 + 1})" in decoded.warnings[1]
    assert len(raw) > decode._GUESS_BYTES


# --- properties ----------------------------------------------------------------------------

# Text as people paste it: anything printable, with every kind of line end
# ("\r\n" arises from "\r" and "\n" side by side).
# Control characters are left out (too many of them make a file binary;
# they have their own property), and so is U+FEFF at the start, which is
# read as a byte-order mark.
printable = st.characters(blacklist_categories=("Cs", "Cc"))
pasted_text = st.text(alphabet=st.one_of(printable, st.sampled_from(["\n", "\r", "\t"])))
BLANK = {chr(code) for code in range(0x3001) if chr(code).isspace()} | set("\u200b\u200c\u200d\u2060\ufeff")


@given(pasted_text)
def test_any_utf8_text_comes_back_with_only_line_ends_normalised(text: str) -> None:
    raw = text.encode("utf-8")
    assume(not text.startswith("\ufeff") and binary_format(raw) is None)
    if all(character in BLANK for character in text):
        with pytest.raises(EmptyClipping):
            decode_clipping(raw)
        return
    decoded = decode_clipping(raw)
    assert decoded.text == normalised_line_ends(text)
    assert (decoded.encoding, decoded.warnings) == ("utf-8", ())


@given(pasted_text)
def test_any_utf16_text_with_a_mark_comes_back(text: str) -> None:
    assume(not text.startswith("\ufeff") and any(character not in BLANK for character in text))
    decoded = decode_clipping(text.encode("utf-16"))  # with a byte-order mark
    assert decoded.text == normalised_line_ends(text)


stray_controls = st.lists(
    st.sampled_from([chr(code) for code in (*range(0x01, 0x09), 0x0B, 0x0C, *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F, 0x85, 0x9F)]),
    min_size=1, max_size=3,
)


@given(st.text(alphabet=st.characters(whitelist_categories=("L", "N", "Zs")), min_size=80), stray_controls, st.data())
def test_stray_controls_are_kept_and_counted(base: str, controls: list[str], data: st.DataObject) -> None:
    text = "X" + base
    for control in controls:
        position = data.draw(st.integers(min_value=1, max_value=len(text)))
        text = text[:position] + control + text[position:]
    decoded = decode_clipping(text.encode("utf-8"))
    assert decoded.text == text
    count = len(controls)
    assert decoded.warnings[0].startswith(f"{count} stray control character{'s' if count > 1 else ''} in the text")


@given(st.binary(max_size=2000))
def test_any_bytes_give_text_or_a_reason_never_a_crash(raw: bytes) -> None:
    try:
        decoded = decode_clipping(raw)
    except UndecodableClipping as refusal:
        assert str(refusal)
    else:
        assert decoded.text.strip() and "\r" not in decoded.text
