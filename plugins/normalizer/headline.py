"""The article's headline: the one the page shows, or one derived from the lead.

A headline stands before the article text, reads as a title (no full stop,
a few words to a few dozen), and is often repeated by the page or echoed by
the lead paragraph. Site names appended to it (`Headline | Site`,
`Headline - Site`) are cut off when the suffix is recognisably not part of
it: a strong separator, or a name the page shows elsewhere on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .kinds import is_caption
from .segments import Segment
from .text import fold, has_unspaced_script, unspaced_rate, word_count

STRONG_SEPARATORS = (" | ", " :: ", " · ", " // ")
WEAK_SEPARATORS = (" - ", " – ", " — ")
MAX_SUFFIX_WORDS = 6
TITLE_MAX_WORDS = 35
DERIVED_MAX_WORDS = 14
# Chinese and Japanese headlines run to about this many characters.
DERIVED_MAX_CHARS_UNSPACED = 40
CLAUSE_BREAK = re.compile(r"[,;:，；：、]\s*")
# A sentence ends at a stop followed by a capital (or the end): "14. oktober"
# and "Dr. med." do not end one.
FIRST_SENTENCE = re.compile(r"^(.+?(?:[。！？]|[.!?؟](?=\s+[\"'«“„(]?[^\W\d_](?<=[^\W\d_a-zà-ÿа-яё])|\s*$)))")
DOMAIN_OR_URL = re.compile(r"https?://|www\.|^\S+\.[a-z]{2,}$")
LEADING_DATELINE = re.compile(r"^[^\W\d_][^.!?。]{0,60}?\s[-–—]{1,2}\s(?=\S)")


def split_site_suffix(title: str, site_names: Iterable[str]) -> tuple[str, str | None]:
    """(headline, suffix) with a trailing site name or section list cut off."""
    known = {fold(name) for name in site_names}
    for separator in STRONG_SEPARATORS + WEAK_SEPARATORS:
        head, found, suffix = title.rpartition(separator)
        if not found or not head.strip() or word_count(suffix) > MAX_SUFFIX_WORDS:
            continue
        if separator in STRONG_SEPARATORS or fold(suffix) in known:
            return head.strip(), suffix.strip()
    return title.strip(), None


def is_title_like(segment: Segment) -> bool:
    text = segment.text
    if segment.decided and segment.role != "removed" or segment.notes.get("prose"):
        return False
    if segment.sentence_end and not text.rstrip().endswith(("?", "!", "？", "！", "。")):
        return False
    if not 2 <= segment.words <= TITLE_MAX_WORDS or segment.letters < 6:
        return False
    if DOMAIN_OR_URL.search(text) or is_caption(segment):
        return False
    return not text[:1].islower()


def echo_terms(text: str) -> set[str]:
    """Words, or character pairs in unspaced scripts, to compare texts by."""
    folded = fold(text)
    if not has_unspaced_script(folded):
        return {word for word in folded.split() if len(word) > 2}
    terms: set[str] = set()
    for word in folded.split():
        if has_unspaced_script(word):
            terms.update(word[i:i + 2] for i in range(max(1, len(word) - 1)))
        elif len(word) > 2:
            terms.add(word)
    return terms


def score_title(segment: Segment, lead_terms: set[str], repeats: int, nearest: bool) -> float:
    terms = echo_terms(segment.text)
    echo = len(terms & lead_terms) / len(terms) if terms else 0.0
    score = 2.0 * min(repeats, 2) + 4.0 * echo + (1.0 if nearest else 0.0)
    if 4 <= segment.words <= 25:
        score += 1.0
    return score


def derive_title(lead: str) -> str:
    """A short title from the lead's first sentence, without its dateline."""
    text = LEADING_DATELINE.sub("", lead, count=1)
    match = FIRST_SENTENCE.match(text)
    sentence = (match.group(1) if match else text).strip()
    sentence = sentence.rstrip(".。!！?？؟").strip()
    if word_count(sentence) <= DERIVED_MAX_WORDS or _unspaced(sentence) and len(sentence) <= DERIVED_MAX_CHARS_UNSPACED:
        return sentence
    clause = _first_long_enough_clause(sentence)
    if clause:
        return clause
    return _cut_words(sentence, DERIVED_MAX_WORDS - 2) + "…"


def _unspaced(text: str) -> bool:
    return " " not in text.strip() or sum(unspaced_rate(char) is not None for char in text) > len(text) / 2


def _first_long_enough_clause(sentence: str) -> str | None:
    cut = None
    for match in CLAUSE_BREAK.finditer(sentence):
        head = sentence[:match.start()].strip()
        if word_count(head) > DERIVED_MAX_WORDS:
            break
        if word_count(head) >= 5:
            cut = head
    return cut


def _cut_words(sentence: str, limit: int) -> str:
    if " " not in sentence.strip():
        # Unspaced scripts: about 1.6 characters make a word.
        return sentence[: int(limit * 1.6)]
    return " ".join(sentence.split()[:limit])
