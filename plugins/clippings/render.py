"""Normalized articles as HTML fragments and Pelican metadata (pure: no Pelican).

Every piece of clipping text is escaped here: markup in a clipping is shown
as text and can never run on the site.
"""

from __future__ import annotations

import html
from urllib.parse import urlsplit

from normalizer.model import Article, ClippingResult

# Pelican requires a date on every article; undated clippings carry this one
# together with `undated`, and templates print "undated" instead of it.
UNDATED_SENTINEL = "1970-01-01"


def article_html(article: Article) -> str:
    return "\n".join(_paragraph_html(paragraph.kind, paragraph.text) for paragraph in article.paragraphs)


def _paragraph_html(kind: str, text: str) -> str:
    escaped = html.escape(text, quote=False)
    if kind == "quote":
        return f'<blockquote class="quote"><p>{escaped}</p></blockquote>'
    if kind == "caption":
        return f'<p class="caption">{escaped}</p>'
    if kind == "heading":
        return f"<h2>{escaped}</h2>"
    return f"<p>{escaped}</p>"


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
    }
