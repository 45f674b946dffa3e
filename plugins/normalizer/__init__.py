"""Clipline's clipping normalizer: raw clipping bytes in, clean articles out.

Pure Python with no Pelican import: `normalize_clipping(raw, name, sidecar)`
is the `bytes -> result` core; `files.normalize_file(path)` is the thin layer
that reads a clipping and its sidecar from disk; `python -m normalizer FILE…`
prints one JSON object per clipping.
"""

from .model import Article, ClippingResult, DateCandidate, LineRecord, Paragraph
from .pipeline import normalize_clipping
from .version import NORMALIZER_VERSION

__all__ = [
    "Article",
    "ClippingResult",
    "DateCandidate",
    "LineRecord",
    "NORMALIZER_VERSION",
    "Paragraph",
    "normalize_clipping",
]
