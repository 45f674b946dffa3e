"""Browser fixtures: serve the built site on 127.0.0.1 and drive Chromium."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest

from sitebuild import serving

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    # Playwright cannot download its own browser here: use the system one.
    system_chromium = shutil.which("chromium")
    args = {**browser_type_launch_args, "args": CHROMIUM_ARGS}
    if system_chromium:
        args["executable_path"] = system_chromium
    return args


@pytest.fixture(scope="session")
def site_url(built_site) -> Iterator[str]:
    with serving(built_site.output) as address:
        yield address
