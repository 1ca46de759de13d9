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


async def open_from_menu(page: Page, url: str) -> str | None:
    """Clicks the entry in the menu as a person would: on a phone the menu opens first, and a
    closed group is opened; answers what stood in the way, if anything."""
    await page.locator(".cxd-AsideNav").wait_for(state="attached")  # the app has rendered
    link = page.locator(f'.cxd-AsideNav a[href="{url}"]')
    links = await link.count()
    if links != 1:
        return f"{links} links to it in the menu"
    toggle = page.locator(".cxd-Layout-offScreenBtn")
    if not await link.is_visible() and await toggle.is_visible():
        await toggle.click()
    for _ in range(4):  # groups nest a few levels at most
        closed = page.locator("li.cxd-AsideNav-item:not(.is-open)", has=link)
        if await link.is_visible() or await closed.count() == 0:
            break
        await closed.first.locator(":scope > a").click()
    if not await link.is_visible():
        return "its menu entry cannot be reached"
    await link.click()
    return None
