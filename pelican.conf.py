"""Pelican settings for the Clipline site.

Pelican resolves PATH, OUTPUT_PATH, THEME and the plugin paths relative to this
file, so `pelican -s pelican.conf.py` works from any directory.
"""

import os
import sys
from pathlib import Path

# The clippings plugin imports the pure `normalizer` package that sits beside
# it in plugins/; Pelican only looks plugins up there, it does not import
# from there, so put the folder on the path (under the same names as tests).
PLUGINS_DIR = str(Path(__file__).resolve().parent / "plugins")
if PLUGINS_DIR not in sys.path:
    sys.path.insert(0, PLUGINS_DIR)

AUTHOR = "Clipline"
SITENAME = "Clipline"
# The public address, for permanent URLs in citations, canonical links and
# feeds (see README). Pages always link relatively, so the same output works
# from a domain root, a sub-path and straight from disk.
PUBLISH_URL = os.environ.get("SITEURL", "").rstrip("/")
SITEURL = PUBLISH_URL
RELATIVE_URLS = True
FEED_DOMAIN = PUBLISH_URL

PATH = "content"
OUTPUT_PATH = "output"
THEME = "theme"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"

PLUGIN_PATHS = ["plugins"]
# Pages are rendered at the end of the build, on every core (see
# plugins/parallel_writing); CLIPLINE_PROCESSES caps the processes used for
# that and for normalizing (None: all cores).
PELICAN_CLASS = "parallel_writing.ParallelPelican"
CLIPLINE_PROCESSES = int(os.environ.get("CLIPLINE_PROCESSES") or 0) or None
PLUGINS = ["markdown_reader", "clippings", "timeline_pages", "permalinks", "incremental"]

# Only clippings are articles: any other .txt (robots.txt, notes) stays out.
ARTICLE_PATHS = ["clippings"]
PAGE_PATHS = ["pages"]
STATIC_PATHS = []
ARTICLE_EXCLUDES = []

# One folder per page: permanent, extension-free URLs.
ARTICLE_URL = "articles/{slug}/"
ARTICLE_SAVE_AS = "articles/{slug}/index.html"
ARTICLE_LANG_URL = "articles/{slug}/{lang}/"
ARTICLE_LANG_SAVE_AS = "articles/{slug}/{lang}/index.html"
PAGE_URL = "{slug}/"
PAGE_SAVE_AS = "{slug}/index.html"
PAGE_LANG_URL = "{slug}/{lang}/"
PAGE_LANG_SAVE_AS = "{slug}/{lang}/index.html"

# The interface languages, the first one at the site root. Every interface
# string goes through theme/translations/<lang>/LC_MESSAGES/messages.po.
INTERFACE_LANGUAGES = ["en", "ru", "zh", "nb"]

# The timeline: years shown (None: the years the content spans), how many
# days apart two reports of one event may be, and the names gazetteer.
TIMELINE_START_YEAR = 2023
TIMELINE_END_YEAR = 2026
TIMELINE_WINDOW_DAYS = 1
GAZETTEER = "gazetteer.yaml"

from interface.formats import language_name, long_date  # noqa: E402  (needs PLUGINS_DIR)
from site_links import page_link, permanent_url  # noqa: E402

JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "extensions": ["jinja2.ext.i18n"]}
JINJA_FILTERS = {
    "long_date": long_date,
    "language_name": language_name,
    "page_link": page_link,
    "permanent_url": lambda url: permanent_url(PUBLISH_URL, url),
}

# The timeline is the home page; clippings have no categories, tags or
# authors of their own.
DIRECT_TEMPLATES = []
CATEGORY_SAVE_AS = ""
CATEGORIES_SAVE_AS = ""
TAG_SAVE_AS = ""
TAGS_SAVE_AS = ""
AUTHOR_SAVE_AS = ""
AUTHORS_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
YEAR_ARCHIVE_SAVE_AS = ""
MONTH_ARCHIVE_SAVE_AS = ""
DAY_ARCHIVE_SAVE_AS = ""
DISPLAY_CATEGORIES_ON_MENU = False
DEFAULT_PAGINATION = False
PAGINATION_PATTERNS = (
    (1, "{url}", "{save_as}"),
    (2, "{base_name}/page/{number}/", "{base_name}/page/{number}/index.html"),
)

# Atom feeds of every article, and one per language of the coverage.
FEED_ALL_ATOM = "feeds/all.atom.xml"
TRANSLATION_FEED_ATOM = "feeds/{lang}.atom.xml"
FEED_ALL_RSS = None
# Without a public address the feeds carry relative links (valid once the
# site is published with SITEURL); Pelican's reminder of that is expected.
if not PUBLISH_URL:
    import logging

    LOG_FILTER = [(logging.WARNING, "Feeds generated without SITEURL or FEED_DOMAIN set properly may not be valid")]
CATEGORY_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

# `make html` fails after writing the site when a clipping has errors;
# the dev server keeps running instead (see Makefile).
CLIPLINE_FAIL_ON_ERRORS = os.environ.get("CLIPLINE_FAIL_ON_ERRORS", "true") != "false"

# Normalized clippings are cached by content and normalizer version (see
# plugins/normalizer/cache.py), so rebuilding after adding or editing one
# clipping normalizes only that one. CLIPLINE_CACHE_PATH="" turns it off.
CLIPLINE_CACHE_PATH = os.environ.get("CLIPLINE_CACHE_PATH", str(Path(__file__).resolve().parent / "cache" / "clipline"))

# Reader code changes would not invalidate Pelican's path+mtime cache.
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
