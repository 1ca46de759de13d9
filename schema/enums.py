"""GraphQL enums generated from the stored enums, each value described by its Chinese label."""

from __future__ import annotations

from enum import Enum, StrEnum
from typing import Any

import strawberry

from models import enums as stored


def _graphql_enum(source: type[StrEnum], description: str) -> Any:
    labels = stored.LABELS[source]
    members = {
        member.name: strawberry.enum_value(member.value, description=labels[member.name])
        for member in source
    }
    return strawberry.enum(Enum(source.__name__, members), description=description)  # type: ignore[misc]


RegionLevel = _graphql_enum(stored.RegionLevel, "行政区划级别")
OrgKind = _graphql_enum(stored.OrgKind, "机构类型")
OrgStatus = _graphql_enum(stored.OrgStatus, "机构状态")
OrgNature = _graphql_enum(stored.OrgNature, "单位性质")
OrgLevel = _graphql_enum(stored.OrgLevel, "单位级别")
BaseLevel = _graphql_enum(stored.BaseLevel, "继续教育基地级别")
IdType = _graphql_enum(stored.IdType, "证件类型")
AccountStatus = _graphql_enum(stored.AccountStatus, "账号状态")
ProfessionalStatus = _graphql_enum(stored.ProfessionalStatus, "人员状态")
Sex = _graphql_enum(stored.Sex, "性别")
Education = _graphql_enum(stored.Education, "学历")
Degree = _graphql_enum(stored.Degree, "学位")
TitleGrade = _graphql_enum(stored.TitleGrade, "职称级别")
RoleKind = _graphql_enum(stored.RoleKind, "登录角色（门户）")
Module = _graphql_enum(stored.Module, "权限模块")
ReviewKind = _graphql_enum(stored.ReviewKind, "审核事项类型")
ReviewStatus = _graphql_enum(stored.ReviewStatus, "审核状态")
Subject = _graphql_enum(stored.Subject, "学习科目")
ClaimStatus = _graphql_enum(stored.ClaimStatus, "申报状态")
TransferStatus = _graphql_enum(stored.TransferStatus, "人员调转处理结果")
OrgChangeKind = _graphql_enum(stored.OrgChangeKind, "机构信息修改类型")
ChangeKind = _graphql_enum(stored.ChangeKind, "变更申请类型")
PlanKind = _graphql_enum(stored.PlanKind, "继教机构计划与总结类型")
HonourLevel = _graphql_enum(stored.HonourLevel, "学术技术称号级别")


def stored_values(values: list[Any] | None, target: type[StrEnum]) -> tuple[Any, ...]:
    """GraphQL enum inputs → the stored enum members."""
    return tuple(target(value.value) for value in values or ())
