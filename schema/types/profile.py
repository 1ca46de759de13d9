"""The professional's profile sections and profile change requests (变更申请)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import strawberry
from strawberry import UNSET

from domain import profile_changes as changes
from models import AcademicHonour, Account, PractisingQualification, Professional, Region
from models import ProfileChange as StoredChange
from schema.context import Info
from schema.enums import (
    ChangeKind,
    Degree,
    Education,
    HonourLevel,
    IdType,
    ReviewStatus,
    Sex,
    TitleGrade,
)
from schema.input_limits import ID_NUMBER, column
from schema.types.changes import FieldChange, field_changes
from schema.types.claims import Attachment
from schema.types.errors import UserError


@strawberry.type(description="职（执）业资格")
class PractisingQualificationType:
    id: strawberry.ID
    series: str = strawberry.field(description="职（执）业资格所属系列")
    name: str = strawberry.field(description="职（执）业资格名称")
    obtained_on: dt.date | None = strawberry.field(description="取得日期")
    certificate_no: str | None = strawberry.field(description="证书编号")

    @classmethod
    def of(cls, row: Any) -> PractisingQualificationType:
        return cls(
            id=strawberry.ID(str(row.id)),
            series=row.series,
            name=row.name,
            obtained_on=row.obtained_on,
            certificate_no=row.certificate_no,
        )


@strawberry.type(description="学术技术称号")
class AcademicHonourType:
    id: strawberry.ID
    level: HonourLevel = strawberry.field(description="学术技术称号级别")
    name: str = strawberry.field(description="学术技术称号名称")
    awarded_on: dt.date | None = strawberry.field(description="取得日期")

    @classmethod
    def of(cls, row: Any) -> AcademicHonourType:
        return cls(
            id=strawberry.ID(str(row.id)),
            level=row.level.value,
            name=row.name,
            awarded_on=row.awarded_on,
        )


@strawberry.type(
    description="本人资料：基本信息、学历学位、行政职务、专业技术职务、职（执）业资格、学术技术称号"
)
class Profile:
    id: strawberry.ID
    name: str = strawberry.field(description="姓名（经变更申请修改）")
    id_type: IdType = strawberry.field(description="证件类型")
    id_number: str = strawberry.field(description="证件号码（经变更申请修改）")
    phone: str | None = strawberry.field(description="手机号码")
    email: str | None = strawberry.field(description="电子邮箱")
    landline: str | None = strawberry.field(description="固定电话")
    organisation: str = strawberry.field(description="工作单位")
    department_id: strawberry.ID | None = strawberry.field(description="所在部门编号")
    department: str | None = strawberry.field(description="所在部门")
    region: str | None = strawberry.field(description="所在地区")
    region_code: str | None = strawberry.field(description="所在地区代码")
    sex: Sex | None = strawberry.field(description="性别")
    birth_date: dt.date | None = strawberry.field(description="出生日期")
    native_place: str | None = strawberry.field(description="籍贯")
    ethnicity: str | None = strawberry.field(description="民族")
    education: Education | None = strawberry.field(description="最高学历")
    school: str | None = strawberry.field(description="毕业院校")
    major: str | None = strawberry.field(description="所学专业")
    graduation_date: dt.date | None = strawberry.field(description="毕业时间")
    degree: Degree | None = strawberry.field(description="学位")
    postdoctoral: bool = strawberry.field(description="是否有博士后经历")
    admin_post: str | None = strawberry.field(description="行政职务")
    admin_level: str | None = strawberry.field(description="行政级别")
    title_series: str | None = strawberry.field(description="专业技术职务系列")
    title_specialty: str | None = strawberry.field(description="从事专业")
    title_grade: TitleGrade = strawberry.field(description="职称级别")
    title_qualification: str | None = strawberry.field(description="现专业技术职务任职资格")
    title_effective_date: dt.date | None = strawberry.field(description="公布（生效）时间")
    title_certificate_no: str | None = strawberry.field(description="职称证书编号")
    title_appointment_date: dt.date | None = strawberry.field(description="聘任日期")
    practising_qualifications: list[PractisingQualificationType] = strawberry.field(
        description="职（执）业资格"
    )
    academic_honours: list[AcademicHonourType] = strawberry.field(description="学术技术称号")


@strawberry.type(description="变更申请（职称，或姓名、证件号码）")
class ProfileChangeType:
    id: strawberry.ID
    kind: ChangeKind = strawberry.field(description="变更类型")
    applicant_name: str = strawberry.field(description="申请人")
    note: str | None = strawberry.field(description="申请说明")
    status: ReviewStatus = strawberry.field(description="状态")
    reviewer: str = strawberry.field(description="审核单位")
    reason: str | None = strawberry.field(description="不通过原因")
    submitted_at: dt.datetime = strawberry.field(description="提交时间")
    decided_at: dt.datetime | None = strawberry.field(description="审核或撤回时间")
    _before: strawberry.Private[dict[str, Any]]
    _after: strawberry.Private[dict[str, Any]]
    _professional_id: strawberry.Private[int]

    @classmethod
    def of(cls, change: Any, applicant_name: str) -> ProfileChangeType:
        return cls(
            id=strawberry.ID(str(change.id)),
            kind=change.kind.value,
            applicant_name=applicant_name,
            _before=change.before,
            _after=change.after,
            _professional_id=change.professional_id,
            note=change.note,
            status=change.status.value,
            reviewer=change.reviewer.name,
            reason=change.reason,
            submitted_at=change.created_at,
            decided_at=change.decided_at,
        )

    @strawberry.field(description="变更明细")
    async def changes(self, info: Info) -> list[FieldChange]:
        own = info.context.principal.professional_id == self._professional_id
        return await field_changes(
            info, self._before, self._after, changes.SUBJECT, readers_own=own
        )

    @strawberry.field(description="证明材料（附件）")
    async def attachments(self) -> list[Attachment]:
        return [Attachment.of(f) for f in await changes.attachments_of(int(self.id))]


@strawberry.input(
    description="基本信息修改：只传要修改的项，未传的项不变（工作单位、姓名、证件号码不在此修改）"
)
class ProfileBasicInput:
    phone: str | None = strawberry.field(
        directives=[column(Account, "phone")], default=UNSET, description="手机号码"
    )
    email: str | None = strawberry.field(
        directives=[column(Account, "email")], default=UNSET, description="电子邮箱"
    )
    landline: str | None = strawberry.field(
        directives=[column(Account, "landline")], default=UNSET, description="固定电话（可清空）"
    )
    sex: Sex | None = strawberry.field(default=UNSET, description="性别")
    birth_date: dt.date | None = strawberry.field(default=UNSET, description="出生日期")
    native_place: str | None = strawberry.field(
        directives=[column(Professional, "native_place")], default=UNSET, description="籍贯"
    )
    ethnicity: str | None = strawberry.field(
        directives=[column(Professional, "ethnicity")], default=UNSET, description="民族"
    )
    department_id: strawberry.ID | None = strawberry.field(
        default=UNSET, description="所在部门（本单位的内设部门；可设为未分配）"
    )
    region_code: str | None = strawberry.field(
        directives=[column(Region, "code")], default=UNSET, description="所在地区代码"
    )


@strawberry.input(description="学历及学位情况：只传要修改的项，未传的项不变")
class ProfileEducationInput:
    education: Education | None = strawberry.field(default=UNSET, description="最高学历")
    school: str | None = strawberry.field(
        directives=[column(Professional, "school")], default=UNSET, description="毕业院校"
    )
    major: str | None = strawberry.field(
        directives=[column(Professional, "major")], default=UNSET, description="所学专业"
    )
    graduation_date: dt.date | None = strawberry.field(
        default=UNSET, description="毕业时间（可清空）"
    )
    degree: Degree | None = strawberry.field(default=UNSET, description="学位")
    postdoctoral: bool | None = strawberry.field(default=UNSET, description="是否有博士后经历")


@strawberry.input(description="行政职务：只传要修改的项，未传的项不变")
class ProfileAdminPostInput:
    admin_post: str | None = strawberry.field(
        directives=[column(Professional, "admin_post")],
        default=UNSET,
        description="行政职务（可清空）",
    )
    admin_level: str | None = strawberry.field(
        directives=[column(Professional, "admin_level")],
        default=UNSET,
        description="行政级别（可清空）",
    )


@strawberry.input(
    description="新增或修改一项职（执）业资格：不填编号为新增；修改时只传要修改的项，未传的项不变"
)
class PractisingQualificationSaveInput:
    id: strawberry.ID | None = strawberry.field(default=None, description="编号（修改时填写）")
    series: str | None = strawberry.field(
        directives=[column(PractisingQualification, "series")],
        default=UNSET,
        description="职（执）业资格所属系列（新增时必填）",
    )
    name: str | None = strawberry.field(
        directives=[column(PractisingQualification, "name")],
        default=UNSET,
        description="职（执）业资格名称（新增时必填）",
    )
    obtained_on: dt.date | None = strawberry.field(default=UNSET, description="取得日期")
    certificate_no: str | None = strawberry.field(
        directives=[column(PractisingQualification, "certificate_no")],
        default=UNSET,
        description="证书编号",
    )


@strawberry.input(
    description="新增或修改一项学术技术称号：不填编号为新增；修改时只传要修改的项，未传的项不变"
)
class AcademicHonourSaveInput:
    id: strawberry.ID | None = strawberry.field(default=None, description="编号（修改时填写）")
    level: HonourLevel | None = strawberry.field(
        default=UNSET, description="学术技术称号级别（新增时必填）"
    )
    name: str | None = strawberry.field(
        directives=[column(AcademicHonour, "name")],
        default=UNSET,
        description="学术技术称号名称（新增时必填）",
    )
    awarded_on: dt.date | None = strawberry.field(default=UNSET, description="取得日期")


@strawberry.input(description="删除一项资料")
class ProfileItemRemoveInput:
    id: strawberry.ID = strawberry.field(description="编号")


@strawberry.type(description="资料保存结果")
class ProfilePayload:
    profile: Profile | None = strawberry.field(description="保存后的资料")
    item_id: strawberry.ID | None = strawberry.field(description="新增或修改的资格、称号编号")
    errors: list[UserError] = strawberry.field(description="失败原因")


@strawberry.input(description="专业技术职务（职称）变更：提交后由所在单位审核，通过后生效")
class TitleChangeRequestInput:
    title_series: str = strawberry.field(
        directives=[column(Professional, "title_series")], description="专业技术职务系列"
    )
    title_specialty: str = strawberry.field(
        directives=[column(Professional, "title_specialty")], description="从事专业"
    )
    title_grade: TitleGrade = strawberry.field(description="职称级别")
    title_qualification: str = strawberry.field(
        directives=[column(Professional, "title_qualification")],
        description="现专业技术职务任职资格",
    )
    title_effective_date: dt.date = strawberry.field(description="公布（生效）时间")
    title_certificate_no: str | None = strawberry.field(
        directives=[column(Professional, "title_certificate_no")],
        default=None,
        description="证书编号",
    )
    title_appointment_date: dt.date | None = strawberry.field(default=None, description="聘任日期")
    note: str | None = strawberry.field(
        directives=[column(StoredChange, "note")], default=None, description="申请说明"
    )
    attachments: list[strawberry.ID] = strawberry.field(
        default_factory=list, description="职称证书扫描件等证明材料：POST /files 返回的附件编号"
    )


@strawberry.input(
    description="姓名、证件号码变更：须上传证明材料，由省级人社部门（平台运营方）审核"
)
class IdentityChangeRequestInput:
    name: str = strawberry.field(directives=[column(Account, "name")], description="变更后的姓名")
    id_number: str = strawberry.field(directives=[ID_NUMBER], description="变更后的身份证号码")
    note: str | None = strawberry.field(
        directives=[column(StoredChange, "note")], default=None, description="申请说明（变更原因）"
    )
    attachments: list[strawberry.ID] = strawberry.field(
        description="证明材料（必填，如身份证、户籍证明）：POST /files 返回的附件编号"
    )


@strawberry.input(description="撤回待审核的变更申请")
class ProfileChangeWithdrawInput:
    id: strawberry.ID = strawberry.field(description="变更申请编号")


@strawberry.type(description="变更申请结果")
class ProfileChangePayload:
    change: ProfileChangeType | None = strawberry.field(description="变更申请")
    errors: list[UserError] = strawberry.field(description="失败原因")
