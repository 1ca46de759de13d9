"""Driving the generated pages as a person would: fields found by their Chinese label,
choices picked from what the API lists, queues decided row by row. Shared by the console
walks."""

from __future__ import annotations

from playwright.async_api import Browser, Locator, Page, expect

from tests.console.conftest import new_context


async def fresh(browser: Browser) -> Page:
    return await (await new_context(browser)).new_page()


def item(form: Locator, label: str) -> Locator:
    return form.locator(".cxd-Form-item", has=form.page.get_by_text(label, exact=True)).first


async def choose(form: Locator, label: str, option: str) -> None:
    await item(form, label).locator(".cxd-Select").first.click()
    await form.page.locator(".cxd-Select-option", has_text=option).first.click()


async def pick(form: Locator, label: str, typed: str, option: str) -> None:
    """A searchable picker: type part of the name, choose from what the API lists."""
    search = form.page.get_by_placeholder("搜索").filter(visible=True)
    # the picker loads its first options as the form mounts; a click landing while that
    # re-renders the select can close the list again, so open it until it stays open
    for _ in range(3):
        await item(form, label).locator(".cxd-Select").first.click()
        try:
            await expect(search).to_be_visible(timeout=3_000)
            break
        except AssertionError:
            continue
    await search.fill(typed)
    await form.page.locator(".cxd-Select-option", has_text=option).first.click()


async def cascade(form: Locator, label: str, *path: str) -> None:
    """Province → city → district: each level's choices appear once the one above is chosen."""
    for level, name in enumerate(path):
        await item(form, label).locator(".cxd-Select").nth(level).click()
        await form.page.locator(".cxd-Select-option", has_text=name).first.click()


async def fill(form: Locator, label: str, value: str) -> None:
    await item(form, label).locator("input, textarea").first.fill(value)


async def submit(page: Page) -> None:
    await page.get_by_role("button", name="提交").filter(visible=True).click()


async def approve_in_queue(page: Page, queue: str, row_text: str) -> None:
    await page.get_by_role("link", name=queue, exact=True).click()
    row = page.locator("tbody tr", has_text=row_text).filter(visible=True)
    await expect(row).to_have_count(1)
    await row.locator(".cxd-Checkbox").click()
    await page.get_by_role("button", name="通过", exact=True).click()
    await page.get_by_role("button", name="确认").click()
    await expect(row).to_have_count(0)


# One round trip to the page: the menu walk below is the crawl's commonest step.
_OPEN_FROM_MENU = """async (url) => {
  const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
  const links = [...document.querySelectorAll(".cxd-AsideNav a")]
    .filter((a) => a.getAttribute("href") === url);
  if (links.length !== 1) return `${links.length} links to it in the menu`;
  const link = links[0];
  const shown = (element) => {
    const box = element.getBoundingClientRect();
    return element.checkVisibility({ visibilityProperty: true }) && box.width > 0
      && box.right > 0 && box.left < window.innerWidth;
  };
  const toggle = document.querySelector(".cxd-Layout-offScreenBtn");
  if (!shown(link) && toggle && shown(toggle)) {
    toggle.click();
    await frame();
  }
  for (let depth = 0; depth < 4 && !shown(link); depth++) {
    let closed = null;  // the outermost closed group holding the entry
    for (let at = link.parentElement; at; at = at.parentElement) {
      if (at.matches("li.cxd-AsideNav-item:not(.is-open)")) closed = at;
    }
    if (!closed) break;
    closed.querySelector(":scope > a").click();
    await frame();
  }
  if (!shown(link)) return "its menu entry cannot be reached";
  link.scrollIntoView({ block: "nearest" });
  link.click();
  return null;
}"""


async def open_from_menu(page: Page, url: str) -> str | None:
    """Clicks the entry in the menu as a person would: on a phone the menu opens first, and a
    closed group is opened; answers what stood in the way, if anything."""
    await page.locator(".cxd-AsideNav").wait_for(state="attached")  # the app has rendered
    blocked: str | None = await page.evaluate(_OPEN_FROM_MENU, url)
    return blocked
