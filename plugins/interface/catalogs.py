"""Interface translations: `.po` files in the repository, compiled in memory
with Babel at build time (no `.mo` files to keep in sync).

Layout: `<folder>/<lang>/LC_MESSAGES/messages.po`. English is the source
language and needs no catalog.
"""

from __future__ import annotations

import gettext
import io
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from jinja2 import Environment, pass_context
from jinja2.runtime import Context


class CatalogError(ValueError):
    """A catalog that cannot be read, named with its file."""


def load_translations(folder: Path, lang: str) -> gettext.NullTranslations:
    """The compiled catalog for `lang`, or null translations (the English source)."""
    path = folder / lang / "LC_MESSAGES" / "messages.po"
    if not path.exists():
        return gettext.NullTranslations()
    stat = path.stat()
    return _compiled(path, lang, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=64)
def _compiled(path: Path, lang: str, mtime_ns: int, size: int) -> gettext.GNUTranslations:
    # Every generator of a build installs the same catalogs: compile each
    # once per process while its file is unchanged (the stamp is the key).
    try:
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=lang.replace("-", "_"))
    except Exception as problem:  # Babel raises several kinds of parse errors
        raise CatalogError(f"{path}: cannot read the catalog: {problem}") from problem
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def install_page_translations(env: Environment, folder: Path, languages: Sequence[str]) -> None:
    """Translate every page into its own `ui_lang` (the first language when
    the page sets none).

    The language is read from each page's render context instead of being
    installed into the environment before each language's pages: a page's
    output then depends on its context alone, so pages can be rendered in
    any order and in any process.
    """
    catalogs = {lang: load_translations(folder, lang) for lang in languages}
    default = catalogs[languages[0]]

    def catalog(context: Context) -> gettext.NullTranslations:
        return catalogs.get(context.get("ui_lang"), default)

    @pass_context
    def page_gettext(context: Context, message: str) -> str:
        return catalog(context).gettext(message)

    @pass_context
    def page_ngettext(context: Context, singular: str, plural: str, count: int) -> str:
        return catalog(context).ngettext(singular, plural, count)

    env.install_gettext_callables(page_gettext, page_ngettext, newstyle=True)


def untranslated(folder: Path, lang: str) -> list[str]:
    """Message ids the `lang` catalog leaves empty (for tests and review)."""
    path = folder / lang / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=lang.replace("-", "_"))
    return [message.id for message in catalog if message.id and not message.string]
