"""Interface translations: `.po` files in the repository, compiled in memory
with Babel at build time (no `.mo` files to keep in sync).

Layout: `<folder>/<lang>/LC_MESSAGES/messages.po`. English is the source
language and needs no catalog.
"""

from __future__ import annotations

import gettext
import io
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po


class CatalogError(ValueError):
    """A catalog that cannot be read, named with its file."""


def load_translations(folder: Path, lang: str) -> gettext.NullTranslations:
    """The compiled catalog for `lang`, or null translations (the English source)."""
    path = folder / lang / "LC_MESSAGES" / "messages.po"
    if not path.exists():
        return gettext.NullTranslations()
    try:
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=lang.replace("-", "_"))
    except Exception as problem:  # Babel raises several kinds of parse errors
        raise CatalogError(f"{path}: cannot read the catalog: {problem}") from problem
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def untranslated(folder: Path, lang: str) -> list[str]:
    """Message ids the `lang` catalog leaves empty (for tests and review)."""
    path = folder / lang / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=lang.replace("-", "_"))
    return [message.id for message in catalog if message.id and not message.string]
