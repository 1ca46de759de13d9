"""Every value a client sends is bounded before anything reads it: `@maxLength(chars: n)` on an
argument or input field declares its maximum in the SDL (portal teams read it there), a text
that declares none may hold DEFAULT_MAX_LENGTH characters, `@range(min, max)` bounds an Int
(years: their columns are SMALLINT), and one field extension, put on every field that takes
arguments (JijiaoSchema.get_fields), checks each value — nested inputs, lists and JSON
included — before the resolver runs.

A value past its column would otherwise reach the ORM, whose CharField validators raise on
filters and writes alike (an unexpected error, masked as INTERNAL_ERROR); control characters
would reach PostgreSQL (NUL) or a workbook (openpyxl refuses them). The refusal is a
DomainError, so a mutation answers it in its payload's errors and a query as a GraphQL
error with the code.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import strawberry
from strawberry.extensions.field_extension import FieldExtension
from strawberry.schema_directive import Location
from strawberry.types.arguments import StrawberryArgument
from strawberry.types.base import get_object_definition
from strawberry.types.field import StrawberryField
from strawberry.utils.str_converters import to_camel_case

from domain import passwords
from domain.errors import DomainError

DEFAULT_MAX_LENGTH = 2000
# levels below an argument: inputs nest a few deep, and a JSON value (a claim's details) is
# a flat form, so anything deeper is not an answer to one
MAX_NESTING = 12
# C0 controls but tab, line feed and carriage return: NUL breaks PostgreSQL text, the others
# make openpyxl refuse the export that would show them
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@strawberry.schema_directive(
    locations=[Location.ARGUMENT_DEFINITION, Location.INPUT_FIELD_DEFINITION],
    name="maxLength",
    description=(
        f"最多字符数：超出时请求被拒绝（TOO_LONG）；未声明的文本与编号最多{DEFAULT_MAX_LENGTH}"
        "个字符，且任何文本都不能含控制字符（INVALID_CHARACTERS）"
    ),
)
class MaxLength:
    chars: int = strawberry.field(description="最多字符数")


def column(model: type, name: str) -> MaxLength:
    """The maximum of a text stored in (or compared with) a model's column: its length."""
    return MaxLength(chars=model._meta.fields_map[name].max_length)  # type: ignore[attr-defined]


@strawberry.schema_directive(
    locations=[Location.ARGUMENT_DEFINITION, Location.INPUT_FIELD_DEFINITION],
    name="range",
    description="取值范围（含两端）：超出时请求被拒绝（OUT_OF_RANGE）",
)
class Range:
    min: int = strawberry.field(description="最小值")
    max: int = strawberry.field(description="最大值")


# facts that are not a column's length
ID_NUMBER = MaxLength(chars=18)  # resident ID numbers (GB 11643)
CREDIT_CODE = MaxLength(chars=18)  # unified social credit codes (GB 32100)
PASSWORD = MaxLength(chars=passwords.MAX_LENGTH)
NUMBER_TEXT = MaxLength(chars=16)  # hours and scores written as decimal text
RESET_CODE = MaxLength(chars=16)
YEAR = Range(min=1000, max=9999)  # four digits: years are SMALLINT columns


@dataclass(frozen=True)
class Limits:
    """What one argument or input field admits: its name, label and bounds."""

    python_name: str
    name: str  # camelCase, as errors report it
    label: str  # for a person: the description up to its first remark
    max_length: int = DEFAULT_MAX_LENGTH
    range: Range | None = None

    @classmethod
    def of(cls, node: StrawberryField | StrawberryArgument) -> Limits:
        name = node.graphql_name or to_camel_case(node.python_name)
        label = re.split(r"[（(：:；，]", node.description or "", maxsplit=1)[0].strip()
        limits = cls(node.python_name, name, label or name)
        for directive in node.directives:
            if isinstance(directive, MaxLength):
                limits = replace(limits, max_length=directive.chars)
            elif isinstance(directive, Range):
                limits = replace(limits, range=directive)
        return limits


@cache
def _input_fields(input_type: type) -> tuple[Limits, ...]:
    definition = get_object_definition(input_type, strict=True)
    return tuple(Limits.of(field) for field in definition.fields)


def check_value(value: Any, limits: Limits, path: str, depth: int = 0) -> None:
    """Raise the first value in `value` (a scalar, list, input object or JSON) that its
    limits refuse; `path` is the camelCase field reported."""
    label = limits.label
    if isinstance(value, str):
        if len(value) > limits.max_length:
            raise DomainError("TOO_LONG", f"{label}不能超过{limits.max_length}个字符", path)
        if _CONTROL.search(value):
            raise DomainError("INVALID_CHARACTERS", f"{label}含有不允许的控制字符", path)
        return
    if isinstance(value, int) and not isinstance(value, bool) and limits.range:
        low, high = limits.range.min, limits.range.max
        if not low <= value <= high:
            raise DomainError("OUT_OF_RANGE", f"{label}应在{low}至{high}之间", path)
        return
    if depth > MAX_NESTING:
        raise DomainError("TOO_DEEP", f"{label}嵌套层数不能超过{MAX_NESTING}", path)
    if isinstance(value, list | tuple):
        for index, item in enumerate(value):
            check_value(item, limits, f"{path}.{index}", depth + 1)
    elif isinstance(value, dict):  # a JSON value: its keys are text too
        for key, item in value.items():
            check_value(key, replace(limits, max_length=DEFAULT_MAX_LENGTH), path, depth + 1)
            check_value(item, limits, f"{path}.{key}", depth + 1)
    elif get_object_definition(type(value)) is not None:
        for field in _input_fields(type(value)):
            where = f"{path}.{field.name}" if path else field.name
            check_value(getattr(value, field.python_name), field, where, depth + 1)


class InputLimits(FieldExtension):
    """Checks the field's arguments against their limits before its resolver runs."""

    arguments: tuple[Limits, ...]

    def apply(self, field: StrawberryField) -> None:
        self.arguments = tuple(Limits.of(argument) for argument in field.arguments)

    def check(self, kwargs: dict[str, Any]) -> None:
        for argument in self.arguments:
            # a mutation's single `input` is not named in its errors: fields are
            where = "" if argument.name == "input" else argument.name
            check_value(kwargs.get(argument.python_name), argument, where)

    def resolve(self, next_: Callable[..., Any], source: Any, info: Any, **kwargs: Any) -> Any:
        self.check(kwargs)
        return next_(source, info, **kwargs)

    async def resolve_async(
        self, next_: Callable[..., Awaitable[Any]], source: Any, info: Any, **kwargs: Any
    ) -> Any:
        self.check(kwargs)
        result = next_(source, info, **kwargs)
        # a subscription's resolver answers its event stream, not an awaitable
        return result if inspect.isasyncgen(result) else await result


def limit_inputs(field: StrawberryField) -> None:
    """Put the check on a field that takes arguments, innermost of its extensions: inside
    the @allow check and the payload's error mapping, right around the resolver."""
    if field.arguments and not any(isinstance(e, InputLimits) for e in field.extensions):
        field.extensions.insert(0, InputLimits())
