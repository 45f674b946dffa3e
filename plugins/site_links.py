"""Links that work wherever the site is opened: from a web server at the
domain root or under a sub-path, and straight from disk (`file://`), where a
folder link does not open its `index.html` by itself."""

from __future__ import annotations


def page_link(url: str) -> str:
    """`articles/x/` -> `articles/x/index.html`; anchors and files unchanged."""
    path, hash_mark, anchor = url.partition("#")
    if path == "" or path.endswith("/"):
        path += "index.html"
    return path + hash_mark + anchor


def permanent_url(publish_url: str, url: str) -> str:
    """The address to cite: absolute when the site's public address is set."""
    return f"{publish_url.rstrip('/')}/{url}" if publish_url else url
