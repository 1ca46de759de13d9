"""Rows of the schema as tables: which columns a GraphQL object type shows (its scalars,
enums, the name of each related object, and each value without an identity of its own — a
summary, a list of change lines — as one cell of text), headed by the Chinese descriptions.
Shared by the xlsx export and the generated console, so a described field appears in both."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLUnionType,
)

# nested values deeper than this are left out of a cell (a summary's change lines are level 2)
MAX_DEPTH = 3


@dataclass(frozen=True)
class Column:
    path: tuple[str, ...]
    header: str
    enum: GraphQLEnumType | None = None
    # a value without an identity (object, union, or a list of them), shown as one text cell
    shape: GraphQLObjectType | GraphQLUnionType | None = None
    # a Float its description calls a percentage: shown with its sign (`percent_text`)
    percent: bool = False
    # how much a reader needs it (`priority_of`): KEY, NORMAL or DETAIL
    priority: int = 1

    @property
    def selection(self) -> str:
        """What the column asks GraphQL for."""
        if self.shape is not None:
            return f"{self.path[0]} {{ {_fields_of(self.shape, 1)} }}"
        return self.path[0] if len(self.path) == 1 else f"{self.path[0]} {{ {self.path[1]} }}"


def unwrap(kind: Any) -> Any:
    while isinstance(kind, GraphQLNonNull | GraphQLList):
        kind = kind.of_type
    return kind


def is_list(kind: Any) -> bool:
    while isinstance(kind, GraphQLNonNull):
        kind = kind.of_type
    return isinstance(kind, GraphQLList)


# a figure is a percentage when its description says so: "合格率（百分比，0–100：…）"
PERCENT_MARK = "百分比"


def is_percent(field: GraphQLField) -> bool:
    """A Float described as a percentage (0–100): tables and workbooks add its sign."""
    kind = unwrap(field.type)
    return getattr(kind, "name", None) == "Float" and PERCENT_MARK in (field.description or "")


def percent_text(value: Any) -> Any:
    """95.2 → "95.2%" (one decimal), as the seed's tables show a rate; other values as given."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:.1f}%"
    return value


# How much a column matters to whoever reads the rows, declared once by field name whatever the
# type: a row's result and who holds it (总学时, 是否合格, 合格率, 状态, 当前处理人, 审核单位,
# 工作单位…) is KEY — a list shows it on every screen, a narrow one too; a DETAIL (证件类型,
# 性别…) is one click away; the rest is NORMAL, shown while the list has room.
KEY, NORMAL, DETAIL = 0, 1, 2
KEY_FIELDS = frozenset(
    {
        # who or what the row is
        "name", "applicantName", "applicant", "year", "formLabel",
        # its result
        "totalHours", "passed", "passRate", "requestedHours", "recognisedHours", "count",
        "total", "status",
        # who holds it, where the person works, what they are
        "currentHandler", "currentReviewer", "reviewer", "reviewingUnit", "unit", "organisation",
        "education", "titleQualification",
    }
)  # fmt: skip
DETAIL_FIELDS = frozenset(
    {"idType", "sex", "birthDate", "accountId", "loginLockedUntil", "depth", "externalRef",
     "creditCodeTemporary", "subjectId"}
)  # fmt: skip


def priority_of(name: str) -> int:
    return KEY if name in KEY_FIELDS else DETAIL if name in DETAIL_FIELDS else NORMAL


def _needs_arguments(field: GraphQLField) -> bool:
    return any(isinstance(arg.type, GraphQLNonNull) for arg in field.args.values())


def _header(name: str, field: GraphQLField) -> str:
    return "编号" if name == "id" else (field.description or name).split("（")[0].split("，")[0]


def _is_value(kind: Any) -> bool:
    """An object without an identity of its own (a summary, a change line): read as text.
    A record (it has an id or a name) is shown by its name instead, or not at all: its lists
    could cost a query per row."""
    if isinstance(kind, GraphQLUnionType):
        return all(_is_value(member) for member in kind.types)
    return isinstance(kind, GraphQLObjectType) and not {"id", "name"} & kind.fields.keys()


def columns_of(row_type: GraphQLObjectType) -> list[Column]:
    """Every scalar column of a row, the name of each related object it points to, and each
    value without an identity as text. JSON scalars are left out: nothing labels their keys."""
    columns: list[Column] = []
    for name, field in row_type.fields.items():
        if _needs_arguments(field):
            continue
        kind = unwrap(field.type)
        header = _header(name, field)
        if _is_value(kind) and not field.args:  # arguments: a query of its own (a page)
            columns.append(Column((name,), header, shape=kind, priority=priority_of(name)))
        elif is_list(field.type) or getattr(kind, "name", None) == "JSON":
            continue
        elif isinstance(kind, GraphQLScalarType):
            columns.append(
                Column((name,), header, percent=is_percent(field), priority=priority_of(name))
            )
        elif isinstance(kind, GraphQLEnumType):
            columns.append(Column((name,), header, kind, priority=priority_of(name)))
        elif isinstance(kind, GraphQLObjectType) and "name" in kind.fields:
            columns.append(Column((name, "name"), header, priority=priority_of(name)))
    return columns


def _fields_of(kind: GraphQLObjectType | GraphQLUnionType, depth: int) -> str:
    if isinstance(kind, GraphQLUnionType):
        members = " ".join(f"... on {m.name} {{ {_fields_of(m, depth)} }}" for m in kind.types)
        return f"__typename {members}"
    parts = []
    for name, field in kind.fields.items():
        inner = unwrap(field.type)
        if field.args:
            continue
        if isinstance(inner, GraphQLScalarType | GraphQLEnumType):
            parts.append(name)
        elif _is_value(inner) and depth < MAX_DEPTH:
            parts.append(f"{name} {{ {_fields_of(inner, depth + 1)} }}")
    return " ".join(parts)


def _enum_text(kind: GraphQLEnumType, value: Any) -> str:
    found = kind.values.get(str(value))
    return found.description if found and found.description else str(value)


def text_of(value: Any, kind: Any) -> str | None:
    """A structured value as one line of text, labelled by the schema: a change line reads
    `职称级别：中级 → 高级`, an answer `班次名称：…`, any other object `标签：值；…`, a list
    its items joined; enums by their labels. None when there is nothing to show."""
    kind = unwrap(kind)
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, list):
        parts = [t for item in value if (t := text_of(item, kind)) is not None]
        joint = "；" if isinstance(kind, GraphQLObjectType | GraphQLUnionType) else "、"
        return joint.join(parts) or None
    if isinstance(kind, GraphQLUnionType) and isinstance(value, Mapping):
        member = next((m for m in kind.types if m.name == value.get("__typename")), None)
        return text_of(value, member) if member is not None else None
    if isinstance(kind, GraphQLObjectType) and isinstance(value, Mapping):
        return _object_text(value, kind)
    if isinstance(kind, GraphQLEnumType):
        return _enum_text(kind, value)
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, Mapping):  # JSON without a schema: its own keys
        return "；".join(f"{k}：{t}" for k, v in value.items() if (t := text_of(v, None))) or None
    return str(value)


def _object_text(value: Mapping[str, Any], kind: GraphQLObjectType) -> str | None:
    fields = kind.fields
    shown = {k: "（空）" if v is None or v == "" else v for k, v in value.items()}
    if {"label", "before", "after"} <= fields.keys():  # a line of 变更明细
        return f"{shown.get('label')}：{shown.get('before')} → {shown.get('after')}"
    if {"label", "value"} <= fields.keys():
        return f"{shown.get('label')}：{shown.get('value')}"
    parts = []
    for name, field in fields.items():
        text = text_of(value.get(name), field.type)
        if text is not None:
            parts.append(f"{_header(name, field)}：{text}")
    return "；".join(parts) or None


def statistic_rows(
    field: GraphQLField,
) -> tuple[str | None, str | None, GraphQLObjectType | None]:
    """A statistic's rows: the first list of objects in its answer, when a field of the same
    type beside it is the total row (titleDistribution, comprehensiveStatistics)."""
    answer = unwrap(field.type)
    if not isinstance(answer, GraphQLObjectType) or is_list(field.type):
        return None, None, None
    for name, inner in answer.fields.items():
        kind = unwrap(inner.type)
        if is_list(inner.type) and isinstance(kind, GraphQLObjectType) and kind is not answer:
            total = next(
                (n for n, f in answer.fields.items() if n != name and unwrap(f.type) is kind),
                None,
            )
            # rows with a total row of their own type: a table of figures, not a record
            # that merely holds a list (an organisation and its children)
            return (name, total, kind) if total else (None, None, None)
    return None, None, None
