"""A real browser for the console: Debian's chromium driven by Playwright (never a browser
Playwright downloads). Missing chromium or a missing renderer fails the tests: `./dev setup`
installs both."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from playwright.async_api import Browser, Page, async_playwright

from admin_ui.assets import locked
from server.graphiql import amis_version_installed
from server.settings import ROOT
from tests.conftest import LiveServer

# the lists anyone may read (directories, standards, registration progress): every principal's
# navigation has them
PUBLIC_LISTS = frozenset(
    {
        "/organisations",
        "/organisationDirectory",
        "/regions",
        "/learningForms",
        "/yearStandards",
        "/registrationProgress",
    }
)

CHROMIUM = Path(os.environ.get("JIJIAO_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = ROOT / "test-artifacts"
VIEWPORT = {"width": 1280, "height": 800}


@pytest.fixture(scope="module")
async def browser() -> AsyncIterator[Browser]:
    if not CHROMIUM.is_file():
        pytest.fail(f"{CHROMIUM} is missing: `./dev setup` installs Debian's chromium")
    if amis_version_installed() != locked("version"):
        pytest.fail("the console's renderer (amis sdk) is not installed: run `./dev setup`")
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True)
        try:
            yield launched
        finally:
            await launched.close()


@pytest.fixture
async def page(browser: Browser) -> AsyncIterator[Page]:
    """A fresh browser session (its own sessionStorage) at 1280×800; a script error fails."""
    context = await browser.new_context(viewport=VIEWPORT, locale="zh-CN")
    opened = await context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    try:
        yield opened
    finally:
        await context.close()
    assert errors == []


async def sign_in(page: Page, live: LiveServer, id_number: str, password: str, portal: str) -> None:
    """Through the sign-in page, as a person would; `portal` is the role's Chinese label."""
    await page.goto(f"{live.url}/console")
    form = page.locator(".login-box")
    await form.locator("input[name=idNumber]").fill(id_number)
    await form.locator("input[name=password]").fill(password)
    await form.get_by_text(portal, exact=True).click()
    await form.get_by_role("button", name="登录").click()


async def screenshot(page: Page, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"console-{name}.png"
    await page.screenshot(path=str(path), full_page=True)
    return path
