"""Properties that hold for any text: the normalizer never raises, invents
nothing, and accounts for every line."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from normalizer import normalize_clipping
from normalizer.text import collapse_whitespace

LINE = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=120
) | st.sampled_from([
    "Share", "Subscribe", "© 2025 Example", "https://example.org/a/b-c", "12:30 GMT 27.01.2026",
    "BERLIN (dpa) - Die Regierung hat am Montag einen Plan vorgestellt, der viel verändert.",
    "«Мы готовы работать вместе», — сказал министр.", "这是一个很长的中文句子，用来测试没有空格的文字。",
    "Source: Example Agency", "Kommentar (0)", "1920", "true", "",
])
CLIPPING = st.lists(LINE, max_size=40).map("\n".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(CLIPPING)
def test_never_raises_invents_nothing_and_accounts_for_every_line(text: str) -> None:
    result = normalize_clipping(text.encode("utf-8"), "generated.txt")

    folded_input = collapse_whitespace(text.replace("\r", "\n"))
    for article in result.articles:
        for paragraph in article.paragraphs:
            assert paragraph.text in folded_input or collapse_whitespace(paragraph.text) in _lines_joined(text)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    non_blank = {number for number, line in enumerate(lines, start=1) if line.strip()}
    accounted = {record.line for record in result.lines}
    if not result.errors:
        assert non_blank == accounted


def _lines_joined(text: str) -> str:
    return " ".join(collapse_whitespace(line) for line in text.splitlines())
