"""Render a Markdown document with YAML front matter into HTML and metadata.

Pure markdown-it-py: no Pelican import, so it is unit-tested on its own.
Raw HTML in the source is escaped rather than passed through, so a page
can never inject markup the theme did not write.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml
from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin


class FrontMatterError(ValueError):
    """The front matter block is not a YAML mapping."""


@dataclass
class RenderedDocument:
    html: str
    metadata: dict[str, Any] = field(default_factory=dict)


def build_parser() -> MarkdownIt:
    return (
        MarkdownIt("commonmark", {"html": False, "typographer": True})
        .enable(["table", "strikethrough", "replacements", "smartquotes"])
        .use(front_matter_plugin)
        .use(footnote_plugin)
    )


_PARSER = build_parser()


def render_markdown(text: str) -> RenderedDocument:
    tokens = _PARSER.parse(text)
    metadata = _front_matter(tokens)
    html = _PARSER.renderer.render(tokens, _PARSER.options, {})
    return RenderedDocument(html=html, metadata=metadata)


def _front_matter(tokens: list) -> dict[str, Any]:
    for token in tokens:
        if token.type == "front_matter":
            try:
                data = yaml.safe_load(token.content) or {}
            except yaml.YAMLError as exc:
                raise FrontMatterError(f"front matter is not valid YAML: {exc}") from exc
            if not isinstance(data, dict):
                raise FrontMatterError("front matter must be a mapping of key: value lines")
            return {str(key).lower(): value for key, value in data.items()}
    return {}
