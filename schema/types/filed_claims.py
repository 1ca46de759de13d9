"""已报送学时 as GraphQL types: one row per claim an organisation filed."""

from __future__ import annotations

import datetime as dt
from typing import Any

import strawberry

from domain.forms import FORMS
from schema.enums import ClaimStatus, Subject
from schema.pii import mask_id_number, pii
from schema.types.claims import hours_text


def _claim_columns(row: dict[str, Any]) -> dict[str, Any]:
    """What a filed claim and a member's claim both show, from a row of either list."""
    form = FORMS.get(row["form"])
    recognised = row["recognised_hours"]
    return {
        "id": strawberry.ID(str(row["id"])),
        "name": row["name"],
        "id_number": row["id_number"],
        "unit": row["unit"],
        "year": row["year"],
        "subject": Subject(str(row["subject"])),
        "form": row["form"],
        "form_label": form.label if form is not None else row["form"],
        "requested_hours": hours_text(row["requested_hours"]),
        "recognised_hours": None if recognised is None else hours_text(recognised),
        "status": ClaimStatus(str(row["status"])),
    }


@strawberry.type(description="已报送学时：本机构代报、导入或报送的一条学时申报")
class FiledClaim:
    id: strawberry.ID = strawberry.field(description="申报编号")
    external_ref: str | None = strawberry.field(description="外部编号（报送方的记录编号）")
    name: str = strawberry.field(description="姓名")
    id_number: str = strawberry.field(description="证件号码", extensions=pii(mask_id_number))
    unit: str = strawberry.field(description="工作单位")
    year: int = strawberry.field(description="计入年度")
    subject: Subject = strawberry.field(description="学习科目")
    form: str = strawberry.field(description="学习形式代码")
    form_label: str = strawberry.field(description="学习形式")
    requested_hours: str = strawberry.field(description="申报学时")
    recognised_hours: str | None = strawberry.field(description="认定学时")
    status: ClaimStatus = strawberry.field(description="状态")
    created_at: dt.datetime = strawberry.field(description="报送时间")
    decided_at: dt.datetime | None = strawberry.field(description="最近审核（审验）时间")
    plan_id: strawberry.ID | None = strawberry.field(description="培训计划编号（按计划申报时）")
    plan_name: str | None = strawberry.field(description="培训计划（培训班名称）")
    reviewing_unit: str | None = strawberry.field(
        description="审核单位（审验报送学时的上级主管部门或人社部门）"
    )
    current_handler: str | None = strawberry.field(description="当前处理人（待审验时）")

    @classmethod
    def of(cls, row: dict[str, Any]) -> FiledClaim:
        return cls(
            **_claim_columns(row),
            external_ref=row["external_ref"],
            created_at=row["created_at"],
            decided_at=row["decided_at"],
            plan_id=strawberry.ID(str(row["plan_id"])) if row["plan_id"] is not None else None,
            plan_name=row["plan_name"],
            reviewing_unit=row["reviewing_unit"],
            current_handler=row["current_handler"],
        )


@strawberry.type(description="学时申报记录：本单位及下级人员已提交的一条学时申报")
class MemberClaim:
    id: strawberry.ID = strawberry.field(description="申报编号")
    name: str = strawberry.field(description="姓名")
    id_number: str = strawberry.field(description="证件号码", extensions=pii(mask_id_number))
    unit: str = strawberry.field(description="工作单位")
    year: int = strawberry.field(description="认定年度")
    subject: Subject = strawberry.field(description="科目类型")
    form: str = strawberry.field(description="学习形式代码")
    form_label: str = strawberry.field(description="学习形式")
    requested_hours: str = strawberry.field(description="申报学时")
    recognised_hours: str | None = strawberry.field(description="认定学时")
    current_handler: str | None = strawberry.field(description="当前处理人（待审核、待审验的单位）")
    status: ClaimStatus = strawberry.field(description="认定结果")
    filed_by: str | None = strawberry.field(description="代报单位（本人申报的为空）")
    submitted_at: dt.datetime | None = strawberry.field(description="申报时间")

    @classmethod
    def of(cls, row: dict[str, Any]) -> MemberClaim:
        return cls(
            **_claim_columns(row),
            current_handler=row["current_handler"],
            filed_by=row["filed_by"],
            submitted_at=row["submitted_at"],
        )
