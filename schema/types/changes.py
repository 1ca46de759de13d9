"""变更明细 lines: one type for every diff the API shows — change requests, review summaries and
the audit log — built from stored raw facts by the field catalogue (domain/field_catalogue.py)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import strawberry

from domain import field_catalogue as catalogue
from schema.context import Info
from schema.pii import pii_where


def _mask_of(line: FieldChange) -> Callable[[Any], Any] | None:
    return line._mask


@strawberry.type(description="变更明细的一行：字段、变更前、变更后（显示文本）")
class FieldChange:
    field: str = strawberry.field(description="字段（API 名称）")
    label: str = strawberry.field(description="字段中文名")
    before: str | None = strawberry.field(
        description="变更前（证件号码、手机号码、电子邮箱等个人信息按 @pii 规则脱敏）",
        extensions=pii_where(_mask_of),
    )
    after: str | None = strawberry.field(
        description="变更后（证件号码、手机号码、电子邮箱等个人信息按 @pii 规则脱敏）",
        extensions=pii_where(_mask_of),
    )
    _mask: strawberry.Private[Callable[[Any], Any] | None]


async def _names(info: Info, wanted: dict[str, set[str]]) -> dict[tuple[str, str], str]:
    """Names of the referenced units, regions and departments, through the request's loaders:
    the lines of a whole page share one query per kind."""
    loaders = info.context.loaders
    found: dict[tuple[str, str], str] = {}
    for kind, keys in wanted.items():
        if kind == catalogue.REGION:
            ordered = sorted(keys)
            rows = await loaders.region_by_code.load_many(ordered)
        else:
            ordered = sorted(k for k in keys if k.isdigit())
            loader = (
                loaders.department_by_id
                if kind == catalogue.DEPARTMENT
                else loaders.organisation_by_id
            )
            rows = await loader.load_many([int(k) for k in ordered])
        found.update({(kind, k): row["name"] for k, row in zip(ordered, rows, strict=True) if row})
    return found


async def field_changes(
    info: Info,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
    subject_type: str | None = None,
    *,
    readers_own: bool = False,
) -> list[FieldChange]:
    """The lines of a stored change. `readers_own`: the data is the reader's own (a
    professional's own request), read in full as on the own profile."""
    names = await _names(info, catalogue.references(before, after, subject_type))
    return [
        FieldChange(
            field=line.field,
            label=line.label,
            before=line.before,
            after=line.after,
            _mask=None if readers_own else line.mask,
        )
        for line in catalogue.lines(before, after, subject_type, names)
    ]
