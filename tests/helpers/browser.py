"""A real headless browser for the pages stations serve: Debian's Chromium, driven by Playwright.

Playwright's own browser download cannot reach its host from the machines this runs on, so it drives the
system's Chromium (`make test` installs it as root; see the Makefile's system packages). Without it the
browser tests are skipped, saying why, except in CI (where `CI` is set), where a skip would hide a broken
set-up: there they fail.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, sync_playwright

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
PHONE = {"width": 390, "height": 844}
"""A common phone's viewport in CSS pixels."""


def require_chromium() -> None:
    if CHROMIUM.exists() and shutil.which(str(CHROMIUM)):
        return
    reason = (
        f"Debian's Chromium ({CHROMIUM}) is not installed: `sudo apt-get install chromium chromium-driver`"
    )
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@contextmanager
def phone_browser(profile: Path, locale: str = "pl-PL") -> Iterator[BrowserContext]:
    """A phone-sized browser with a fresh profile in `profile` (no cookies, no storage from before)."""
    require_chromium()
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS,
            viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True, locale=locale,
        )  # fmt: skip
        try:
            yield context
        finally:
            context.close()
