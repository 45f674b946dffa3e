"""Shared fixtures: one real Pelican build of `content/` per test session."""

from __future__ import annotations

import pytest

from sitebuild import ROOT, BuiltSite, build_site


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> BuiltSite:
    site = build_site(ROOT / "content", tmp_path_factory.mktemp("site"))
    assert site.returncode == 0, site.log
    return site
