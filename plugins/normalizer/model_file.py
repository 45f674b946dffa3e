"""py3langid's model, loaded from the file the library ships or from an
unpacked copy of it.

The shipped file is an LZMA-compressed npz (4.5 MB, 68 MB unpacked);
decompressing it is about 0.3 s of the 0.4 s a load takes, paid again by
every build that normalizes anything. Given a folder, the first load keeps
the unpacked npz there, keyed by the library's version and the file's size
and time, and later loads read that instead.
"""

from __future__ import annotations

import lzma
import os
import shutil
from pathlib import Path


def load_identifier(unpacked_in: Path | None = None):
    """A py3langid LanguageIdentifier (raw scores, as `rank` gives them)."""
    # Imported here so that importing the normalizer stays cheap.
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    if unpacked_in is None:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=False)
    ptc, pc, classes, nextmove, row, output = _read_unpacked(_unpacked_copy(MODEL_DIR / MODEL_FILE, unpacked_in))
    return LanguageIdentifier(ptc, pc, classes, nextmove, output, norm_probs=False, tk_row=row)


def _unpacked_copy(packed: Path, folder: Path) -> Path:
    import py3langid

    stat = packed.stat()
    copy = folder / f"py3langid-{py3langid.__version__}-{stat.st_size}-{stat.st_mtime_ns}.npz"
    if not copy.exists():
        folder.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed: a build running beside this one never
        # reads half a file.
        partial = copy.with_name(f"{copy.name}.{os.getpid()}.part")
        with lzma.open(packed) as source, partial.open("wb") as target:
            shutil.copyfileobj(source, target, length=1 << 20)
        partial.replace(copy)
    return copy


def _read_unpacked(path: Path) -> tuple:
    """The arrays py3langid's own loader (modelio.load_model) gives, from
    the unpacked npz; a unit test holds the two loaders to the same model."""
    import numpy as np
    from py3langid.modelio import _to_array

    with np.load(path, allow_pickle=False) as data:
        return (
            data["ptc"],
            data["pc"],
            data["classes"].tolist(),
            _to_array(data["nextmove"]),
            _to_array(data["nextmove_row"]),
            data["out_feat"].tolist(),
        )
