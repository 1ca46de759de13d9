"""Reading one sheet row's cells into typed values, every problem reported as a reason of
that row (all of them, not only the first)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from documents.excel import SheetRow, cell_date, cell_text
from domain.errors import DomainError
from domain.identity import validate_resident_id

if TYPE_CHECKING:
    from domain.imports.core import Importer


class Cells:
    def __init__(self, importer: Importer, row: SheetRow) -> None:
        self._importer = importer
        self.number = row.number
        self._raw = row.values
        self._values: dict[str, Any] = {}
        self.id_number: str | None = None  # set when the ID number is valid

    def get(self, key: str) -> Any:
        return self._values.get(key)

    def set(self, key: str, value: Any) -> None:
        self._values[key] = value

    def fail(self, key: str, code: str, message: str) -> None:
        self._importer.fail(self.number, key, code, message)

    def label(self, key: str) -> str:
        return self._importer.label(key)

    def text(self, key: str) -> str | None:
        return cell_text(self._raw.get(key))

    def optional_text(self, key: str, max_length: int) -> str | None:
        value = self.text(key)
        if value is not None and len(value) > max_length:
            self.fail(key, "TOO_LONG", f"{self.label(key)}不能超过{max_length}个字")
            return None
        self.set(key, value)
        return value

    def required_text(self, key: str, max_length: int) -> str | None:
        value = self.optional_text(key, max_length)
        if value is None and self.text(key) is None:
            self.fail(key, "REQUIRED", f"请填写{self.label(key)}")
        return value

    def resident_id(self, key: str) -> None:
        raw = self._raw.get(key)
        if isinstance(raw, float):
            # Excel keeps 15 significant digits of a number: the last ones are gone
            self.fail(
                key,
                "ID_NUMBER_AS_NUMBER",
                "身份证号被保存成了数字，末几位已丢失；请将本列设为文本格式后重新填写",
            )
            return
        text = cell_text(raw)
        if text is None:
            self.fail(key, "REQUIRED", f"请填写{self.label(key)}")
            return
        try:
            self.id_number = validate_resident_id(text)
        except DomainError as error:
            self.fail(key, error.code, error.message)
        self.set(key, self.id_number)

    def checked(self, key: str, validate: Callable[[str], str]) -> None:
        """An optional cell checked by a rule of domain.identity."""
        text = self.text(key)
        if text is None:
            return
        try:
            self.set(key, validate(text))
        except DomainError as error:
            self.fail(key, error.code, error.message)

    def option(self, key: str, choices: dict[str, Any], *, required: bool = False) -> None:
        text = self.text(key)
        if text is None:
            if required:
                self.fail(key, "REQUIRED", f"请填写{self.label(key)}")
            return
        by_code = {str(v): v for v in choices.values()}
        value = choices.get(text, by_code.get(text.upper()))
        if value is None:
            self.fail(key, "INVALID_OPTION", f"{self.label(key)}应为以下之一：{'、'.join(choices)}")
        self.set(key, value)

    def date(self, key: str) -> dt.date | None:
        raw = self._raw.get(key)
        if cell_text(raw) is None:
            return None
        try:
            value = cell_date(raw)
        except (ValueError, OverflowError):
            self.fail(key, "INVALID_DATE", f"{self.label(key)}应为日期，如 2024-05-06")
            return None
        self.set(key, value)
        return value

    def integer(self, key: str) -> int | None:
        text = self.text(key)
        if text is None:
            self.fail(key, "REQUIRED", f"请填写{self.label(key)}")
            return None
        if not (text.isascii() and text.isdigit()):
            self.fail(key, "INVALID_NUMBER", f"{self.label(key)}应为整数")
            return None
        self.set(key, int(text))
        return int(text)
