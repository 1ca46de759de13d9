"""A real browser for the console: Debian's chromium driven by Playwright (never a browser
Playwright downloads). Missing chromium or a missing renderer fails the tests: `./dev setup`
installs both.

Every browser context a test opens comes from `new_context` (the `page` fixture and
tests.console.forms use it), which watches it: a script error, a request failing on the
network, a server error (5xx) or an error the page logs fails the test.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from playwright.async_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    Request,
    Response,
    async_playwright,
)

from admin_ui.assets import locked
from server.graphiql import amis_version_installed
from server.settings import ROOT
from tests.conftest import LiveServer

# the lists anyone may read (directories, standards, registration progress): every principal's
# navigation has them
PUBLIC_LISTS = frozenset(
    {
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


# A request the browser itself cancels fails with this: a navigation leaving the page with
# fetches in flight, a download taking over a navigation, a context closing. It is no fault
# of the page or the server, and it happens in passing tests.
ABORTED = "net::ERR_ABORTED"
# Chromium logs every failed request and error response as a console error too; the request
# itself is judged above (a 4xx is an answer the page shows, and tests provoke some on purpose)
REQUEST_LOGGED = "Failed to load resource:"


class BrowserProblems:
    """What goes wrong in the browser contexts a module's tests open, told to the test that
    is running when it happens."""

    def __init__(self) -> None:
        self.running: list[str] | None = None  # the running test's findings
        self.watched: list[BrowserContext] = []

    def watch(self, context: BrowserContext) -> None:
        self.watched.append(context)
        context.on("weberror", lambda error: self._report(f"script error: {error.error}"))
        context.on("requestfailed", self._failed)
        context.on("response", self._answered)
        context.on("console", self._logged)

    def _report(self, problem: str) -> None:
        if self.running is not None:
            self.running.append(problem)

    def _failed(self, request: Request) -> None:
        failure = request.failure or ""
        if ABORTED not in failure:
            self._report(f"request failed ({failure}): {request.method} {request.url}")

    def _answered(self, response: Response) -> None:
        if response.status >= 500:
            request = response.request
            self._report(f"server error {response.status}: {request.method} {request.url}")

    def _logged(self, message: ConsoleMessage) -> None:
        if message.type == "error" and not message.text.startswith(REQUEST_LOGGED):
            self._report(f"console error: {message.text}")


PROBLEMS = BrowserProblems()


@pytest.fixture(autouse=True)
def no_browser_problems(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fails the test on anything its browsers report (checked after its page closed), and
    on a context opened without `new_context`, which nothing would watch."""
    PROBLEMS.running = found = []
    try:
        yield
    finally:
        PROBLEMS.running = None
    if "browser" in request.fixturenames:
        browser: Browser = request.getfixturevalue("browser")
        unwatched = [c for c in browser.contexts if c not in PROBLEMS.watched]
        assert not unwatched, "open browser contexts with tests.console.conftest.new_context"
    assert not found, "\n".join(found)


async def new_context(browser: Browser, viewport: dict[str, int] | None = None) -> BrowserContext:
    """A fresh browser session (its own sessionStorage) at 1280×800 or the size given,
    watched for problems."""
    context = await browser.new_context(viewport=viewport or VIEWPORT, locale="zh-CN")
    PROBLEMS.watch(context)
    return context


@pytest.fixture
async def page(browser: Browser) -> AsyncIterator[Page]:
    """A page in a fresh, watched browser session."""
    context = await new_context(browser)
    try:
        yield await context.new_page()
    finally:
        await context.close()


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
