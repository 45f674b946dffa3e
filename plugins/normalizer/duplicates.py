"""The same clipping saved twice under two names: kept, and warned about."""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import ClippingResult


@dataclass
class DuplicateFinder:
    first_file_by_hash: dict[str, str] = field(default_factory=dict)

    def check(self, result: ClippingResult) -> None:
        """Warn on `result` when an earlier clipping had exactly its bytes."""
        if not result.sha256:
            return
        first = self.first_file_by_hash.setdefault(result.sha256, result.file)
        if first != result.file:
            result.warnings.append(f"{result.file}: duplicate: the same bytes as {first} (both are kept)")
