"""The build's problem report: what was read, made, and what went wrong.

Pure: collects normalizer results and renders the summary printed at the end
of `make html` and the `review.json` written next to the site.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from normalizer.duplicates import DuplicateFinder
from normalizer.model import ClippingResult


@dataclass
class Review:
    results: list[ClippingResult] = field(default_factory=list)
    duplicates: DuplicateFinder = field(default_factory=DuplicateFinder)

    settled: bool = False

    def add(self, result: ClippingResult) -> None:
        self.results.append(result)
        self.settled = False

    def settle(self) -> None:
        """Order by file name (Pelican reads in no fixed order), then find
        duplicates, so the same content always gives the same report."""
        if self.settled:
            return
        self.results.sort(key=lambda known: known.file)
        for result in self.results:
            self.duplicates.check(result)
        self.settled = True

    @property
    def articles(self) -> int:
        return sum(len(result.articles) for result in self.results)

    @property
    def warnings(self) -> list[str]:
        return [warning for result in self.results for warning in result.warnings]

    @property
    def errors(self) -> list[str]:
        return [error for result in self.results for error in result.errors]

    def summary(self) -> str:
        self.settle()
        lines = [
            f"Clipline: {len(self.results)} clippings read, {self.articles} articles made, "
            f"{len(self.warnings)} warnings, {len(self.errors)} errors."
        ]
        lines += [f"  error: {error}" for error in self.errors]
        lines += [f"  warning: {warning}" for warning in self.warnings]
        return "\n".join(lines)

    def to_json(self) -> str:
        self.settle()
        document = {
            "clippings": len(self.results),
            "articles": self.articles,
            "errors": self.errors,
            "warnings": self.warnings,
            "files": [
                {
                    "file": result.file,
                    "sha256": result.sha256,
                    "articles": [
                        {"lang": article.lang, "title": article.title, "date": article.date}
                        for article in result.articles
                    ],
                    "warnings": result.warnings,
                    "errors": result.errors,
                }
                for result in sorted(self.results, key=lambda result: result.file)
            ],
        }
        return json.dumps(document, ensure_ascii=False, indent=2)
