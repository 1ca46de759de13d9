"""Every page of every demo role opens cleanly, on a desktop and on a phone: signed in as the
role, the crawl walks the navigation the console serves (every entry of every group) and
fails on a script or console error, a failed or refused request (HTTP ≥400, a GraphQL or
payload error such as FORBIDDEN, a list answer with status≠0), an error toast, "共 条", an
English word outside a few everyone reads, an enum code or a bare true/false in what the
page shows. Each page is photographed (test-artifacts/console-crawl-…png); the failures of
one crawl are listed together, page by page."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from playwright.async_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Page,
    Request,
    Response,
    WebSocket,
)

from models import Account, Admin
from tests.conftest import LiveServer, login_token
from tests.console.checks import ERROR_TOAST, NO_COUNT, Refusals, codes_in, english_in
from tests.console.conftest import (
    ABORTED,
    ARTIFACTS,
    REQUEST_LOGGED,
    new_context,
    screenshot,
    sign_in,
)
from tests.console.forms import open_from_menu
from tests.fixtures.claims import submit_claim
from tests.fixtures.tree import PASSWORD, make_id_number

# role → (who signs in: a key of tree.people or tree.admins, the portal's label)
ROLES = {
    "professional": ("王芳", "专业技术人员"),
    "employer": ("hospital1", "用人单位"),
    "competent": ("health", "主管部门"),
    "city-hrss": ("jinan", "人社部门"),
    "province-hrss": ("province", "人社部门"),
    "base": ("base", "继续教育基地"),
}
SIZES = {"desktop": {"width": 1366, "height": 768}, "phone": {"width": 390, "height": 844}}
# the tree names its admins 管理员jinan …: test data in English would read as the console's
CHINESE_NAMES = {"jinan": "赵济南", "health": "钱卫健", "hospital1": "孙一院", "hospital2": "李二院",
                 "hospital2_plain": "周二院", "qingdao": "吴青岛", "base": "郑基地",
                 "province": "冯省厅"}  # fmt: skip
QUIET_MS = 150  # no request in flight for this long: the page has settled
SETTLE_LIMIT_MS = 8_000
# no sliding menus or fading dialogs: a click need not wait for them to come to rest
STILL = """document.addEventListener("DOMContentLoaded", () => {
  const style = document.createElement("style");
  style.textContent = "*, *::before, *::after { transition: none !important;"
    + " animation: none !important; }";
  document.head.appendChild(style);
});"""


@pytest.fixture(scope="module")
async def province(live: LiveServer, tree: Any) -> Any:
    """The small province with a super admin of the provincial bureau, admins with Chinese
    names, and claims at each stage (pending, refused with a reason, awaiting verification)."""
    account = await Account.create(
        name="管理员province",
        id_number=make_id_number("370102", "19690101", 171),
        password_hash=(await Account.get(id_number=tree.admins["jinan"])).password_hash,
    )
    await Admin.create(account=account, organisation_id=tree.ids["province"], is_super=True)
    tree.admins["province"] = account.id_number
    for key, name in CHINESE_NAMES.items():
        await Account.filter(id_number=tree.admins[key]).update(name=name)

    unit = await login_token(live, tree.admins["hospital1"], PASSWORD, "EMPLOYER")
    decide = "mutation($i: ReviewDecideInput!) { reviewDecide(input: $i) { decidedCount } }"
    pending = "{ reviewSteps(kind: CLAIM_REVIEW) { edges { node { id claim { id } } } } }"
    claims = {}
    for name in ("王芳", "王磊", "李娜"):
        token = await login_token(live, tree.people[name], PASSWORD, "PROFESSIONAL")
        claims[name] = await submit_claim(live, token)
    steps = {
        edge["node"]["claim"]["id"]: edge["node"]["id"]
        for edge in (await live.data(pending, token=unit))["reviewSteps"]["edges"]
    }
    await live.data(decide, {"i": {"kind": "CLAIM_REVIEW", "ids": [steps[claims["王磊"]]],
                                   "approve": True}}, unit)  # fmt: skip
    await live.data(decide, {"i": {"kind": "CLAIM_REVIEW", "ids": [steps[claims["李娜"]]],
                                   "approve": False, "reason": "培训证明不清晰"}}, unit)  # fmt: skip
    return tree


def menu(pages: list[dict[str, Any]], trail: tuple[str, ...] = ()) -> Iterator[tuple[str, str]]:
    """(the entry's place in the menu, its url) for every entry the navigation shows."""
    for entry in pages:
        if entry.get("visible") is False:
            continue
        label = entry.get("label")
        here = (*trail, label) if isinstance(label, str) and label else trail
        if entry.get("url") and ("schema" in entry or "schemaApi" in entry):
            yield " › ".join(here), entry["url"]
        yield from menu(entry.get("children") or [], here)


@dataclass
class Watch:
    """What a context reports while the crawl is on a page: problems and requests in flight."""

    found: list[str] = field(default_factory=list)
    in_flight: set[Request] = field(default_factory=set)

    def watch(self, context: BrowserContext) -> None:
        context.on("weberror", lambda error: self.found.append(f"script error: {error.error}"))
        context.on("console", self._logged)
        context.on("request", lambda request: self.in_flight.add(request))
        context.on("requestfinished", lambda request: self.in_flight.discard(request))
        context.on("requestfailed", self._failed)
        context.on("response", self._answered)
        context.on("websocket", self._socket)

    def _logged(self, message: ConsoleMessage) -> None:
        if message.type == "error" and not message.text.startswith(REQUEST_LOGGED):
            self.found.append(f"console error: {message.text}")

    def _failed(self, request: Request) -> None:
        self.in_flight.discard(request)
        if ABORTED not in (request.failure or ""):
            self.found.append(f"request failed ({request.failure}): {request.url}")

    def _answered(self, response: Response) -> None:
        if response.status >= 400:
            self.found.append(f"HTTP {response.status}: {response.request.method} {response.url}")

    def _socket(self, socket: WebSocket) -> None:
        """The live counts arrive over graphql-ws: an error there is a refused call too."""

        def received(frame: str | bytes) -> None:
            try:
                message = json.loads(frame)
            except ValueError:
                return
            payload = message.get("payload") if isinstance(message, dict) else None
            if message.get("type") == "error" or (
                isinstance(payload, dict) and payload.get("errors")
            ):
                self.found.append(f"subscription error: {str(frame)[:300]}")

        socket.on("framereceived", received)

    async def settle(self) -> None:
        """Until no request has been in flight for QUIET_MS (amis then renders the answers);
        the requests are counted here, so waiting costs the browser nothing."""
        quiet = waited = 0
        while quiet < QUIET_MS and waited < SETTLE_LIMIT_MS:
            await asyncio.sleep(0.025)
            waited += 25
            quiet = 0 if self.in_flight else quiet + 25


async def problems_of(page: Page) -> list[str]:
    found = []
    toasts = page.locator(ERROR_TOAST).filter(visible=True)
    for text in await toasts.all_inner_texts():
        found.append(f"error toast: {text.strip()}")
    text = await page.locator("body").inner_text()
    if NO_COUNT in text:
        found.append(f"shows {NO_COUNT!r}")
    codes = codes_in(text)
    if codes:
        found.append(f"raw codes: {sorted(codes)}")
    english = english_in(text) - codes
    if english:
        found.append(f"English: {sorted(english)}")
    return found


def shot_name(role: str, size: str, index: int, url: str) -> str:
    return f"crawl-{role}-{size}-{index:02d}-{re.sub(r'[^A-Za-z0-9]+', '-', url).strip('-')}"


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("role", ROLES)
async def test_every_page_of_every_role_opens_cleanly(
    live: LiveServer, province: Any, browser: Browser, role: str, size: str
) -> None:
    who, portal = ROLES[role]
    id_number = province.people.get(who) or province.admins[who]
    for stale in ARTIFACTS.glob(f"console-crawl-{role}-{size}-*.png"):
        stale.unlink()  # a page gone from the menu leaves no picture behind
    context = await new_context(browser, SIZES[size])
    await context.add_init_script(STILL)
    watch = Watch()
    watch.watch(context)
    try:
        page = await context.new_page()
        refusals = Refusals(page)
        async with page.expect_response(lambda r: "/console/app.json" in r.url) as served:
            await sign_in(page, live, id_number, PASSWORD, portal)
        app = (await (await served.value).json())["schema"]
        entries = list(menu(app["pages"]))
        assert len(entries) > 1, f"{role}: the navigation lists no page"
        await page.locator(".cxd-AsideNav").wait_for(state="attached")
        await watch.settle()

        failures: list[str] = []
        # what is reported from here on belongs to the page on screen (a late answer to the
        # next one: told against the wrong page, never lost)
        reported = refused = 0
        for index, (place, url) in enumerate(entries):
            blocked = await open_from_menu(page, url)
            if blocked:  # still look at the page
                watch.found.append(blocked)
                await page.evaluate("url => { window.location.hash = url }", url)
            await watch.settle()
            await screenshot(page, shot_name(role, size, index, url))
            shown = await problems_of(page)
            problems = [*watch.found[reported:], *refusals.found[refused:], *shown]
            reported, refused = len(watch.found), len(refusals.found)
            failures += [f"{place} ({url}): {problem}" for problem in problems]
    finally:
        await context.close()
    assert not failures, f"{role} at {size}, {len(entries)} pages:\n" + "\n".join(failures)
