"""Typed domain errors: an English code for programs, a Chinese message for people."""

from __future__ import annotations


class DomainError(Exception):
    """An expected failure of a rule or workflow; becomes a UserError on the payload."""

    def __init__(self, code: str, message: str, field: str | None = None) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.field = field

    def at(self, field: str) -> DomainError:
        """The same error reported against a named input field."""
        return type(self)(self.code, self.message, field)


class NotFound(DomainError):
    """Missing or out of the principal's reach: the same answer for both, on purpose."""

    def __init__(self, what: str = "记录", field: str | None = None) -> None:
        super().__init__("NOT_FOUND", f"{what}不存在或无权访问", field)

    def at(self, field: str) -> NotFound:
        return NotFound(self.message.removesuffix("不存在或无权访问"), field)
