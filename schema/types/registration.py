"""Registration: the account, professional and unit applications, progress and withdrawal."""

from __future__ import annotations

import datetime as dt

import strawberry

from models import Account, Professional
from models import Organisation as StoredOrganisation
from models import Region as StoredRegion
from schema.enums import (
    BaseLevel,
    Degree,
    Education,
    OrgKind,
    OrgLevel,
    OrgNature,
    ReviewKind,
    ReviewStatus,
    TitleGrade,
)
from schema.input_limits import CREDIT_CODE, ID_NUMBER, PASSWORD, column
from schema.types.errors import UserError


@strawberry.input(description="账号信息；已是本系统用户时填写原密码并勾选 existingAccount")
class AccountInput:
    id_number: str = strawberry.field(directives=[ID_NUMBER], description="身份证号码")
    name: str = strawberry.field(directives=[column(Account, "name")], description="姓名")
    password: str = strawberry.field(
        directives=[PASSWORD], description="密码（已是本系统用户时为原密码）"
    )
    phone: str = strawberry.field(directives=[column(Account, "phone")], description="手机号码")
    email: str = strawberry.field(directives=[column(Account, "email")], description="电子邮箱")
    existing_account: bool = strawberry.field(
        default=False, description="如果已是本系统用户，请勾选"
    )


@strawberry.input(description="专业技术人员注册（红星项均必填）")
class ProfessionalRegisterInput:
    account: AccountInput = strawberry.field(description="账号信息")
    organisation_id: strawberry.ID = strawberry.field(description="所在单位")
    department_id: strawberry.ID | None = strawberry.field(default=None, description="所在部门")
    native_place: str = strawberry.field(
        directives=[column(Professional, "native_place")], description="籍贯"
    )
    ethnicity: str = strawberry.field(
        directives=[column(Professional, "ethnicity")], description="民族"
    )
    education: Education = strawberry.field(description="最高学历")
    school: str = strawberry.field(
        directives=[column(Professional, "school")], description="毕业院校"
    )
    major: str = strawberry.field(
        directives=[column(Professional, "major")], description="所学专业"
    )
    graduation_date: dt.date = strawberry.field(description="毕业时间")
    degree: Degree = strawberry.field(description="学位")
    postdoctoral: bool = strawberry.field(description="是否有博士后经历")
    title_series: str = strawberry.field(
        directives=[column(Professional, "title_series")], description="专业技术职务系列"
    )
    title_specialty: str = strawberry.field(
        directives=[column(Professional, "title_specialty")], description="从事专业"
    )
    title_qualification: str = strawberry.field(
        directives=[column(Professional, "title_qualification")], description="专业技术职务任职资格"
    )
    title_grade: TitleGrade = strawberry.field(description="职称级别")


@strawberry.input(description="机构注册：主管部门、用人单位、继续教育基地")
class OrganisationRegisterInput:
    kind: OrgKind = strawberry.field(description="机构类型")
    name: str = strawberry.field(
        directives=[column(StoredOrganisation, "name")], description="单位名称"
    )
    credit_code: str = strawberry.field(directives=[CREDIT_CODE], description="统一社会信用代码")
    parent_id: strawberry.ID = strawberry.field(description="上级单位（审核单位）")
    region_code: str = strawberry.field(
        directives=[column(StoredRegion, "code")], description="注册所在地区划代码"
    )
    nature: OrgNature = strawberry.field(description="单位性质")
    level: OrgLevel = strawberry.field(description="单位级别")
    industry: str = strawberry.field(
        directives=[column(StoredOrganisation, "industry")], description="所属行业"
    )
    phone: str = strawberry.field(
        directives=[column(StoredOrganisation, "phone")], description="联系电话"
    )
    address: str = strawberry.field(
        directives=[column(StoredOrganisation, "address")], description="单位地址"
    )
    base_level: BaseLevel | None = strawberry.field(
        default=None, description="基地级别（继续教育基地）"
    )
    admin: AccountInput = strawberry.field(description="超级管理员账号")


@strawberry.type(description="注册结果")
class RegisterPayload:
    ok: bool = strawberry.field(description="是否已提交")
    reviewer: str | None = strawberry.field(description="审核单位")
    errors: list[UserError] = strawberry.field(description="失败原因")


@strawberry.type(description="注册审核进度")
class RegistrationProgress:
    kind: ReviewKind = strawberry.field(description="注册类型")
    applicant: str = strawberry.field(description="申请人或申请单位")
    reviewer: str = strawberry.field(description="审核单位")
    status: ReviewStatus = strawberry.field(description="状态")
    reason: str | None = strawberry.field(description="不通过原因")
    submitted_at: dt.datetime = strawberry.field(description="提交时间")


@strawberry.input(description="撤回待审核的注册申请")
class RegistrationWithdrawInput:
    id_number: str = strawberry.field(directives=[ID_NUMBER], description="身份证号码")
    password: str = strawberry.field(directives=[PASSWORD], description="注册时的密码")


@strawberry.type(description="撤回结果")
class RegistrationWithdrawPayload:
    withdrawn_count: int = strawberry.field(description="撤回的申请数")
    errors: list[UserError] = strawberry.field(description="失败原因")
