"""The forgotten-password path on the sign-in page's generated tabs: ask for a code with the
registered phone, set a new password with it, sign in with the new one; then an admin's reset
makes the member change the password before anything else."""

from __future__ import annotations

from typing import Any

from playwright.async_api import Page, expect

from models import Account
from tests.conftest import LiveServer, login_token
from tests.console.conftest import screenshot, sign_in
from tests.console.forms import fill, submit
from tests.fixtures.outbox import last_code
from tests.fixtures.tree import PASSWORD


async def test_a_forgotten_password_is_reset_with_the_code_sent(
    live: LiveServer, tree: Any, page: Page
) -> None:
    number = tree.people["陈静"]
    await Account.filter(id_number=number).update(phone="13905310009")
    await page.goto(f"{live.url}/console")

    await page.locator(".cxd-Tabs-link", has_text="忘记密码").click()
    form = page.locator(".cxd-Form").filter(visible=True).first
    await fill(form, "身份证号码", number)
    await fill(form, "注册时填写的手机号码或电子邮箱", "13905310009")
    await submit(page)
    await expect(page.get_by_text("操作成功")).to_be_visible()
    code = await last_code("13905310009")

    await page.locator(".cxd-Tabs-link", has_text="重置密码").click()
    form = page.locator(".cxd-Form").filter(visible=True).first
    await fill(form, "身份证号码", number)
    await fill(form, "收到的6位验证码", code)
    await fill(form, "新密码", "Chen-reset-2026")
    await screenshot(page, "password-reset")
    await submit(page)
    await expect(page.get_by_text("操作成功").last).to_be_visible()

    await sign_in(page, live, number, "Chen-reset-2026", "专业技术人员")
    await expect(page.get_by_text("陈静，您好！")).to_be_visible()


async def test_after_an_admin_reset_only_the_password_change_is_offered(
    live: LiveServer, tree: Any, page: Page
) -> None:
    number = tree.people["刘洋"]
    admin = await login_token(live, tree.admins["hospital2"], PASSWORD, "EMPLOYER")
    account = await Account.get(id_number=number)
    reset = await live.data(
        "mutation($i: AccountPasswordResetInput!) { accountPasswordReset(input: $i) { errors { code } } }",
        {"i": {"accountId": str(account.id)}},
        admin,
    )
    assert reset["accountPasswordReset"]["errors"] == []

    await sign_in(page, live, number, number[-6:], "专业技术人员")
    await expect(page.get_by_role("link", name="修改密码", exact=True)).to_be_visible()
    await expect(page.get_by_role("link", name="学时申报", exact=True)).to_have_count(0)
    await screenshot(page, "must-change-password")
    await page.get_by_role("link", name="修改密码", exact=True).click()
    await page.locator("[name=oldPassword]").fill(number[-6:])
    await page.locator("[name=newPassword]").fill("Liu-yang-2026")
    await page.get_by_role("button", name="提交").click()
    await expect(page.get_by_text("操作成功")).to_be_visible()
    # the new session is a full one: the console offers the professional's pages again
    await page.reload()
    await expect(page.get_by_role("link", name="学时申报", exact=True)).to_be_visible()
