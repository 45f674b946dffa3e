"""Contact blocks: e-mail addresses and phone numbers on their own."""

from __future__ import annotations

import re

from ..segments import Segment

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"\+?\(?\d[\d\s().-]{5,}\d")
# An e-mail address in a short line is an author note or a contact block,
# not article text ("Reach her at …").
AUTHOR_NOTE_WORDS = 30
LABEL = re.compile(
    r"(?i)^(?:e-?mail|mail|tel(?:efon|ephone|éfono|éphone|efone)?|phone|fax|hotline|"
    r"телефон|тел|эл\.? ?почта|电话|電話|邮箱|郵箱|điện thoại|전화)\b\.?\s*:?"
)


def check(segment: Segment) -> str | None:
    text = segment.text
    # An address needs its "@": most lines are ruled out without the
    # pattern, which would try every word as the start of one.
    has_at = "@" in text
    if segment.words <= AUTHOR_NOTE_WORDS and has_at and EMAIL.search(text):
        return "contact details (e-mail, phone)"
    if segment.words > 12:
        return None
    remainder = PHONE.sub("", EMAIL.sub("", text) if has_at else text)
    remainder = LABEL.sub("", remainder.strip())
    if remainder.strip(" ,;:|/-–") == "" and remainder != text:
        return "contact details (e-mail, phone)"
    return None
