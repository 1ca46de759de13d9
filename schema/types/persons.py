from __future__ import annotations

import datetime as dt
from typing import Any

import strawberry

from domain import accounts
from schema.context import Info
from schema.enums import Degree, Education, IdType, ProfessionalStatus, Sex, TitleGrade
from schema.pii import mask_email, mask_id_number, mask_phone, masker, pii
from schema.projection import Column, Projection, Related, as_id, as_iso
from schema.types.organisations import (
    DEPARTMENT_PROJECTION,
    ORGANISATION_PROJECTION,
    Department,
    Organisation,
    organisation_for,
)
from schema.types.regions import REGION_PROJECTION, Region, region_for


@strawberry.type(description="专业技术人员")
class Person:
    id: strawberry.ID
    account_id: strawberry.ID = strawberry.field(description="账号编号（重置密码等账号操作使用）")
    name: str = strawberry.field(description="姓名")
    id_type: IdType = strawberry.field(description="证件类型")
    id_number: str = strawberry.field(description="证件号码", extensions=pii(mask_id_number))
    phone: str | None = strawberry.field(description="手机号码", extensions=pii(mask_phone))
    email: str | None = strawberry.field(description="电子邮箱", extensions=pii(mask_email))
    status: ProfessionalStatus = strawberry.field(description="状态")
    sex: Sex | None = strawberry.field(description="性别")
    birth_date: dt.date | None = strawberry.field(description="出生日期")
    education: Education | None = strawberry.field(description="学历")
    degree: Degree | None = strawberry.field(description="学位")
    title_series: str | None = strawberry.field(description="专业技术职务系列")
    title_specialty: str | None = strawberry.field(description="从事专业")
    title_qualification: str | None = strawberry.field(description="任职资格")
    title_grade: TitleGrade = strawberry.field(description="职称级别")
    title_effective_date: dt.date | None = strawberry.field(description="任职资格生效日期")
    title_certificate_no: str | None = strawberry.field(description="职称证书编号")
    _organisation_id: strawberry.Private[int | None]
    _department_id: strawberry.Private[int | None]
    _region_code: strawberry.Private[str | None]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Person:
        """Build from the columns a query selected; unselected fields are never resolved."""
        get = row.get
        return cls(
            id=strawberry.ID(str(row["id"])),
            account_id=strawberry.ID(str(row.get("account_id"))),
            name=get("name"),
            id_type=get("id_type"),
            id_number=get("id_number"),
            phone=get("phone"),
            email=get("email"),
            status=get("status"),
            sex=get("sex"),
            birth_date=get("birth_date"),
            education=get("education"),
            degree=get("degree"),
            title_series=get("title_series"),
            title_specialty=get("title_specialty"),
            title_qualification=get("title_qualification"),
            title_grade=get("title_grade"),
            title_effective_date=get("title_effective_date"),
            title_certificate_no=get("title_certificate_no"),
            _organisation_id=get("organisation_id"),
            _department_id=get("department_id"),
            _region_code=get("region_id"),
        )

    @strawberry.field(description="登录锁定至（连续登录失败后），未锁定为空")
    async def login_locked_until(self) -> dt.datetime | None:
        return await accounts.login_locked_until(int(self.account_id))

    @strawberry.field(description="工作单位")
    async def organisation(self, info: Info) -> Organisation | None:
        return await organisation_for(info, self._organisation_id)

    @strawberry.field(description="所在部门")
    async def department(self, info: Info) -> Department | None:
        if self._department_id is None:
            return None
        row = await info.context.loaders.department_by_id.load(self._department_id)
        return Department.from_row(row) if row else None

    @strawberry.field(description="所在地区")
    async def region(self, info: Info) -> Region | None:
        return await region_for(info, self._region_code)


# relation fields → the columns their resolvers need
PERSON_RELATION_COLUMNS = {
    "login_locked_until": "account_id",
    "organisation": "organisation_id",
    "department": "department_id",
    "region": "region_id",
}


PERSON_PROJECTION = Projection(
    "Person",
    {
        "id": Column("id", as_id),
        "accountId": Column("account_id", as_id),
        "name": Column("name"),
        "idType": Column("id_type"),
        "idNumber": Column("id_number", mask=masker(mask_id_number)),
        "phone": Column("phone", mask=masker(mask_phone)),
        "email": Column("email", mask=masker(mask_email)),
        "status": Column("status"),
        "sex": Column("sex"),
        "birthDate": Column("birth_date", as_iso),
        "education": Column("education"),
        "degree": Column("degree"),
        "titleSeries": Column("title_series"),
        "titleSpecialty": Column("title_specialty"),
        "titleQualification": Column("title_qualification"),
        "titleGrade": Column("title_grade"),
        "titleEffectiveDate": Column("title_effective_date", as_iso),
        "titleCertificateNo": Column("title_certificate_no"),
        "organisation": Related(
            "organisation_id",
            lambda c: c.loaders.organisation_by_id,
            lambda: ORGANISATION_PROJECTION,
        ),
        "department": Related(
            "department_id", lambda c: c.loaders.department_by_id, lambda: DEPARTMENT_PROJECTION
        ),
        "region": Related(
            "region_id", lambda c: c.loaders.region_by_code, lambda: REGION_PROJECTION, "code"
        ),
    },
)
