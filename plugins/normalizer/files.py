"""The file layer around the pure normalizer: read a clipping and its sidecar."""

from __future__ import annotations

from pathlib import Path

from .cache import ResultCache
from .model import ClippingResult
from .pipeline import normalize_clipping
from .sidecar import InvalidSidecar, Sidecar, load_sidecar, sidecar_path


def normalize_file(path: Path, display_name: str | None = None) -> ClippingResult:
    """Normalize one clipping file; problems become errors in the result."""
    return read_clipping(path, display_name)[0]


def read_clipping(
    path: Path, display_name: str | None = None, cache: ResultCache | None = None, cached_only: bool = False
) -> tuple[ClippingResult, Sidecar | None] | None:
    """The normalized clipping and its sidecar (None when absent or invalid),
    from `cache` when it holds this exact input already. With `cached_only`,
    None instead of normalizing when the cache does not hold it."""
    name = display_name or str(path)
    sidecar, sidecar_error = read_sidecar(path)
    try:
        raw = path.read_bytes()
    except OSError as problem:
        result = ClippingResult(file=name, sha256="")
        result.errors.append(f"{name}: cannot read the file: {problem.strerror or problem}")
        return result, sidecar
    key = cache.key(name, raw, _sidecar_bytes(path)) if cache else ""
    result = cache.get(key) if cache else None
    if result is None and cached_only:
        return None
    if result is None:
        result = normalize_clipping(raw, name, sidecar)
        if sidecar_error:
            result.errors.append(sidecar_error)
        if cache:
            cache.put(key, result)
    return result, sidecar


def _sidecar_bytes(clipping: Path) -> bytes | None:
    try:
        return sidecar_path(clipping).read_bytes()
    except OSError:
        return None


def read_sidecar(clipping: Path) -> tuple[Sidecar | None, str | None]:
    path = sidecar_path(clipping)
    if not path.exists():
        return None, None
    try:
        return load_sidecar(path), None
    except InvalidSidecar as problem:
        return None, str(problem)
