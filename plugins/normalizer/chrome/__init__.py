"""Page chrome: lines that belong to the web page, not to the article.

Each rule is a module with a `check(segment) -> str | None` that returns the
reason it removes a segment, or None. Rules see one segment at a time and
rely on general signals (shape, multilingual UI vocabulary), never on one
outlet's strings. Context-dependent chrome (menus around the article, text
after its end) is decided in `body.py`.
"""

from __future__ import annotations

from collections.abc import Callable

from ..segments import Segment
from . import (
    alt_text,
    code,
    contact,
    cookies,
    copyright,
    counters,
    keywords,
    menus,
    newsletter,
    notices,
    numbers,
    page_values,
    paywall,
    placeholders,
    reading_time,
    teasers,
    ui_phrases,
    urls,
)

Rule = Callable[[Segment], "str | None"]

RULES: tuple[Rule, ...] = (
    urls.check,
    code.check,
    contact.check,
    numbers.check,
    page_values.check,
    placeholders.check,
    counters.check,
    reading_time.check,
    teasers.check,
    notices.check,
    copyright.check,
    newsletter.check,
    paywall.check,
    cookies.check,
    alt_text.check,
    keywords.check,
    menus.check,
    ui_phrases.check,
)


def chrome_reason(segment: Segment) -> str | None:
    for rule in RULES:
        reason = rule(segment)
        if reason:
            return reason
    return None
