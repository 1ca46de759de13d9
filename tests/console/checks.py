"""What a page must not show or receive, shared by the console tests: refused or failed API
answers, an error toast, and raw codes or English in the text a user reads."""

from __future__ import annotations

import json
import re
from typing import Any

from playwright.async_api import Page, Response

ERROR_TOAST = ".cxd-Toast--error"
# a list whose count came back empty renders "共 条"
NO_COUNT = "共 条"

SCREAMING_SNAKE = re.compile(r"\b[A-Z]{2,}(?:_[A-Z]+)*\b")
TRUE_FALSE = re.compile(r"\b(?:true|false)\b")
ACTION_CODE = re.compile(r"\b[a-z]+\.[a-z]+(?:_[a-z]+)*\b")  # file.upload, claim.create
ENGLISH = re.compile(r"[A-Za-z]{2,}")
# names everyone reads as they are
READ_BY_EVERYONE = frozenset({"PDF", "JPG", "PNG", "GIF", "BMP", "MB", "KB", "Excel"})


class Refusals:
    """Every answer of the API or the list route that refuses or fails, as the page gets it."""

    def __init__(self, page: Page) -> None:
        self.found: list[str] = []
        page.on("response", self._answered)

    async def _answered(self, response: Response) -> None:
        url = response.url
        if "/graphql" not in url and "/console/api/list/" not in url:
            return
        try:
            body: Any = await response.json()
        except Exception:  # a page left while its answer was arriving: nothing to judge
            return
        if not isinstance(body, dict):
            return
        if "/console/api/list/" in url and body.get("status") != 0:
            self.found.append(f"{url}: {body.get('msg')}")
        for error in body.get("errors") or []:
            code = (error.get("extensions") or {}).get("code")
            self.found.append(f"{response.request.post_data}: {code} {error.get('message')}")
        for answer in (body.get("data") or {}).values():
            if isinstance(answer, dict) and answer.get("errors"):
                self.found.append(f"{url}: {json.dumps(answer['errors'], ensure_ascii=False)}")


def codes_in(text: str) -> set[str]:
    """Enum codes, dotted action codes and bare true/false in a text a user reads."""
    found = set(SCREAMING_SNAKE.findall(text)) - READ_BY_EVERYONE
    return found | set(TRUE_FALSE.findall(text)) | set(ACTION_CODE.findall(text))


def english_in(text: str) -> set[str]:
    """English words outside the few everyone reads."""
    return set(ENGLISH.findall(text)) - READ_BY_EVERYONE


async def raw_codes(page: Page) -> set[str]:
    return codes_in(await page.locator("body").inner_text())
