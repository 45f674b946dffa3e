"""Normalized articles as HTML fragments and Pelican metadata (pure: no Pelican).

Every piece of clipping text is escaped here: markup in a clipping is shown
as text and can never run on the site.
"""

from __future__ import annotations

import hashlib
import html
from urllib.parse import urlsplit

from normalizer.model import Article, ClippingResult
from normalizer.text import collapse_whitespace

ANCHOR_DIGITS = 8

# Pelican requires a date on every article; undated clippings carry this one
# together with `undated`, and templates print "undated" instead of it.
UNDATED_SENTINEL = "1970-01-01"


def article_html(article: Article, anchor_label: str = "Link to this paragraph") -> str:
    anchors = paragraph_anchors([paragraph.text for paragraph in article.paragraphs])
    return "\n".join(
        _paragraph_html(paragraph.kind, paragraph.text, anchor, anchor_label)
        for paragraph, anchor in zip(article.paragraphs, anchors)
    )


def paragraph_anchors(texts: list[str]) -> list[str]:
    """A stable id per paragraph, from its text, not its position: editing or
    adding other paragraphs (or clippings) never moves a cited anchor."""
    anchors: list[str] = []
    seen: dict[str, int] = {}
    for text in texts:
        digest = hashlib.sha1(collapse_whitespace(text).encode("utf-8")).hexdigest()[:ANCHOR_DIGITS]
        seen[digest] = seen.get(digest, 0) + 1
        anchors.append(f"p-{digest}" if seen[digest] == 1 else f"p-{digest}-{seen[digest]}")
    return anchors


def _paragraph_html(kind: str, text: str, anchor: str, anchor_label: str) -> str:
    escaped = html.escape(text, quote=False)
    # The visible "¶" stays part of the link's name (WCAG 2.5.3); the words are for screen readers.
    link = f' <a class="anchor" href="#{anchor}">¶<span class="visually-hidden"> {html.escape(anchor_label)}</span></a>'
    if kind == "quote":
        return f'<blockquote class="quote" id="{anchor}"><p>{escaped}{link}</p></blockquote>'
    if kind == "caption":
        return f'<p class="caption" id="{anchor}">{escaped}{link}</p>'
    if kind == "heading":
        return f'<h2 id="{anchor}">{escaped}{link}</h2>'
    return f'<p id="{anchor}">{escaped}{link}</p>'


def web_address(url: str | None) -> str:
    """`url` when it is an http(s) address; anything else is never linked."""
    if url and urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc:
        return url
    return ""


def article_metadata(article: Article, result: ClippingResult, slug: str, primary: bool) -> dict[str, object]:
    """Metadata as raw strings and flags, before Pelican processes it."""
    return {
        "title": article.title,
        "date": article.datetime or article.date or UNDATED_SENTINEL,
        "undated": article.date is None,
        "lang": article.lang.lower(),
        "slug": slug,
        "translation": "false" if primary else "true",
        "outlet": article.outlet or "",
        "source_url": web_address(article.source_url),
        "byline": article.byline or "",
        "title_source": article.title_source,
        "date_source": article.date_source or "",
        "date_evidence": article.date_evidence or "",
        "plain_text": "\n".join([article.title, *(paragraph.text for paragraph in article.paragraphs)]),
        "clipping_file": result.file,
        "clipping_sha256": result.sha256,
        "provenance": dict(article.provenance),
        "date_confidence": article.date_confidence,
        "removed_lines": [
            {"line": record.line, "reason": record.reason, "text": record.text}
            for record in result.lines if record.role == "removed"
        ],
        "metadata_lines": [
            {"line": record.line, "role": record.role, "text": record.text}
            for record in result.lines if record.role in ("date", "outlet", "source_url", "byline", "title")
        ],
    }
