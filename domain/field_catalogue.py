"""What a stored key is called and how its value reads — written once for every change line.

Audit records, change requests (profile and organisation) and review summaries store raw
facts: snake_case keys, enum codes, ids, full personal data. Whoever shows them turns each key
into a line of 变更明细 through this catalogue: its API name (camelCase), its Chinese label, and
how its value reads — an enum code by its label, a learning form by its name, a referenced
unit, region or department by its name, personal data marked with the mask the API applies to
those not entitled to it (schema/pii.py decides who is). A key the catalogue does not know
still comes out, camelCased, with that name as its label: new audit fields never crash a list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, cast

from domain.forms import FORMS
from domain.masking import mask_email, mask_id_number, mask_phone
from models import enums as e

ORGANISATION = "organisation"
REGION = "region"
DEPARTMENT = "department"


@dataclass(frozen=True)
class FieldSpec:
    api: str  # the API's camelCase name
    label: str
    codes: Mapping[str, str] | None = None  # code → label (enums, learning forms)
    refers_to: str | None = None  # ORGANISATION, REGION or DEPARTMENT: shown by its name
    mask: Callable[[Any], Any] | None = None  # personal data: the masked form
    details: bool = False  # a claim's learning-form answers, labelled by its form
    hours: bool = False  # study hours: always one decimal place, as the API writes them


@dataclass(frozen=True)
class Line:
    """One line of 变更明细: display text on both sides, and the mask for personal data."""

    field: str
    label: str
    before: str | None
    after: str | None
    mask: Callable[[Any], Any] | None


def camel(key: str) -> str:
    head, *rest = key.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _spec(label: str, key: str, **how: Any) -> FieldSpec:
    return FieldSpec(camel(key), label, **how)


def _enum(source: type[StrEnum]) -> Mapping[str, str]:
    return e.LABELS[source]


FORM_LABELS = {code: form.label for code, form in FORMS.items()}

# key → spec, in the order lines are shown (the seeds' forms: person, title, unit, claim …)
_GENERAL: dict[str, FieldSpec] = {
    key: _spec(label, key, **cast(dict[str, Any], how))
    for key, label, how in [
        ("credit_code", "统一社会信用代码", {}),
        ("name", "姓名", {}),
        ("id_type", "证件类型", {"codes": _enum(e.IdType)}),
        ("id_number", "证件号码", {"mask": mask_id_number}),
        ("phone", "手机号码", {"mask": mask_phone}),
        ("email", "电子邮箱", {"mask": mask_email}),
        ("landline", "固定电话", {}),
        ("sex", "性别", {"codes": _enum(e.Sex)}),
        ("birth_date", "出生日期", {}),
        ("native_place", "籍贯", {}),
        ("ethnicity", "民族", {}),
        ("organisation_id", "单位", {"refers_to": ORGANISATION}),
        ("department_id", "所在部门", {"refers_to": DEPARTMENT}),
        ("region_id", "所在地区", {"refers_to": REGION}),
        ("education", "学历", {"codes": _enum(e.Education)}),
        ("school", "毕业院校", {}),
        ("major", "所学专业", {}),
        ("graduation_date", "毕业时间", {}),
        ("degree", "学位", {"codes": _enum(e.Degree)}),
        ("postdoctoral", "博士后经历", {}),
        ("admin_post", "行政职务", {}),
        ("admin_level", "行政级别", {}),
        ("title_series", "专业技术职务系列", {}),
        ("title_specialty", "从事专业", {}),
        ("title_grade", "职称级别", {"codes": _enum(e.TitleGrade)}),
        ("title_qualification", "现专业技术职务任职资格", {}),
        ("title_effective_date", "公布（生效）时间", {}),
        ("title_certificate_no", "证书编号", {}),
        ("title_appointment_date", "聘任日期", {}),
        ("series", "所属系列", {}),
        ("level", "级别", {}),
        ("obtained_on", "取得日期", {}),
        ("awarded_on", "取得日期", {}),
        ("certificate_no", "证书编号", {}),
        ("must_change_password", "须修改密码", {}),
        ("portal", "登录身份", {"codes": _enum(e.RoleKind)}),
        ("credit_code_temporary", "临时代码", {}),
        ("kind", "类型", {}),
        ("nature", "单位性质", {"codes": _enum(e.OrgNature)}),
        ("industry", "所属行业", {}),
        ("address", "单位地址", {}),
        ("base_level", "基地级别", {"codes": _enum(e.BaseLevel)}),
        ("parent_id", "上级单位", {"refers_to": ORGANISATION}),
        ("review_enabled", "学时审核权限", {}),
        ("claims_moved", "转交的待审核申报数", {}),
        ("subtree", "随同移动的机构数", {}),
        ("status", "状态", {}),
        ("organisation", "单位", {"refers_to": ORGANISATION}),
        ("reviewer", "审核单位", {"refers_to": ORGANISATION}),
        ("from", "调出单位", {"refers_to": ORGANISATION}),
        ("to", "调入单位", {"refers_to": ORGANISATION}),
        ("used_by", "使用单位", {"refers_to": ORGANISATION}),
        ("professional", "人员编号", {}),
        ("professionals", "人员编号", {}),
        ("account", "账号编号", {}),
        ("role", "角色编号", {}),
        ("super", "超级管理员", {}),
        ("modules", "权限模块", {"codes": _enum(e.Module)}),
        ("departments", "部门", {}),
        ("year", "年度", {}),
        ("subject", "学习科目", {"codes": _enum(e.Subject)}),
        ("form", "学习形式", {"codes": FORM_LABELS}),
        ("requested_hours", "申报学时", {"hours": True}),
        ("recognised_hours", "认定学时", {"hours": True}),
        ("hours", "学时", {"hours": True}),
        ("details", "填写内容", {"details": True}),
        ("class_name", "培训班名称", {}),
        ("start_date", "开始日期", {}),
        ("end_date", "结束日期", {}),
        ("place", "培训地点", {}),
        ("expected_attendees", "预计参加人数", {}),
        ("content", "内容", {}),
        ("title", "标题", {}),
        ("code", "代码", {}),
        ("unit_name", "单位名称", {}),
        ("region", "地区", {"refers_to": REGION}),
        ("note", "说明", {}),
        ("reason", "原因", {}),
        ("attachments", "附件编号", {}),
        ("change", "变更申请编号", {}),
        ("transfer", "调转申请编号", {}),
        ("filename", "文件名", {}),
        ("atomic", "全部正确才导入", {}),
        ("total", "总行数", {}),
        ("imported", "新增行数", {}),
        ("updated", "更新行数", {}),
        ("unchanged", "未变行数", {}),
        ("failed", "错误行数", {}),
        ("sha256", "文件校验值", {}),
        ("size", "文件大小（字节）", {}),
        ("media_type", "文件类型", {}),
    ]
}

# the same key meaning something else for one kind of subject (audit subject types)
_UNIT = ("organisation", "organisation_change")
_BY_SUBJECT: dict[tuple[str, str], FieldSpec] = {
    (subject, key): _spec(label, key, **cast(dict[str, Any], how))
    for subjects, key, label, how in [
        (_UNIT, "name", "单位名称", {}),
        (_UNIT, "phone", "单位电话", {}),
        (_UNIT, "region_id", "注册所在地", {"refers_to": REGION}),
        (_UNIT, "level", "单位级别", {"codes": _enum(e.OrgLevel)}),
        (_UNIT, "parent_id", "上级部门", {"refers_to": ORGANISATION}),
        (("organisation",), "kind", "机构类型", {"codes": _enum(e.OrgKind)}),
        (("organisation",), "status", "状态", {"codes": _enum(e.OrgStatus)}),
        (("department",), "name", "部门名称", {}),
        (("department",), "parent_id", "上级部门", {"refers_to": DEPARTMENT}),
        (("admin_role",), "name", "角色名称", {}),
        (("admin",), "status", "状态", {"codes": _enum(e.AccountStatus)}),
        (("practising_qualification",), "name", "职（执）业资格名称", {}),
        (("academic_honour",), "name", "学术技术称号名称", {}),
        (("academic_honour",), "level", "称号级别", {"codes": _enum(e.HonourLevel)}),
        (("review_step",), "kind", "审核事项", {"codes": _enum(e.ReviewKind)}),
        (("review_step",), "subject", "被审核对象编号", {}),
        (("base_document",), "kind", "类型", {"codes": _enum(e.PlanKind)}),
        (("account",), "kind", "登录身份", {"codes": _enum(e.RoleKind)}),
        (("account",), "organisation_id", "代表的单位", {"refers_to": ORGANISATION}),
        (("transfer",), "status", "状态", {"codes": _enum(e.TransferStatus)}),
        (("temporary_credit_code",), "code", "临时代码", {}),
        (("claim",), "hours", "申报学时", {"hours": True}),
        (("training_plan",), "content", "培训内容", {}),
        (("standard_version",), "from_year", "自该年度起执行", {}),
        (("standard_version",), "follows_parent", "沿用上级标准", {}),
        (("standard_version",), "public_min", "公需科目最低学时", {"hours": True}),
        (("standard_version",), "professional_min", "专业科目最低学时", {"hours": True}),
        (("standard_version",), "total_min", "总学时最低要求", {"hours": True}),
        (("standard_version",), "reason", "调整理由", {}),
        (("standard_version",), "recomputed_years", "重新认定的年度", {}),
        (("standard_version",), "changed_verdicts", "认定结果改变的人次", {}),
        (("public_subject",), "name", "科目名称", {}),
        (("public_subject",), "required", "必修", {}),
        (("public_subject",), "introduction", "科目介绍", {}),
        (("public_subject",), "enabled", "是否启用", {}),
    ]
    for subject in subjects
}

# summaries and a few records already store API names (requestedHours, mediaType)
_BY_API = {spec.api: key for key, spec in _GENERAL.items()}
_ORDER = {key: index for index, key in enumerate(_GENERAL)}


def _key(key: str) -> str:
    return key if key in _GENERAL else _BY_API.get(key, key)


def spec_for(key: str, subject_type: str | None = None) -> FieldSpec:
    known = _key(key)
    found = _BY_SUBJECT.get((subject_type or "", known)) or _GENERAL.get(known)
    if found is not None:
        return found
    name = camel(key)
    return FieldSpec(name, name)


def _ordered(keys: Iterable[str]) -> list[str]:
    """The catalogue's order, unknown keys last as given: PostgreSQL's jsonb keeps no order."""
    given = list(dict.fromkeys(keys))
    return sorted(given, key=lambda k: (_ORDER.get(_key(k), len(_ORDER)), given.index(k)))


def form_answers(form: Any, details: Mapping[str, Any] | None) -> list[tuple[str, str, str]]:
    """A claim's learning-form answers as (name, label in that form, text), in the form's
    order; unanswered ones left out."""
    found = FORMS.get(str(form)) if form else None
    order = [f.name for f in found.fields] if found else []
    labels = {f.name: f.label for f in found.fields} if found else {}
    given = details or {}
    names = [n for n in order if n in given] + [n for n in given if n not in labels]
    return [
        (name, labels.get(name, camel(name)), text)
        for name in names
        if (text := _plain(given[name])) is not None
    ]


def _details(value: Mapping[str, Any], form: Any) -> str | None:
    parts = [f"{label}：{text}" for _, label, text in form_answers(form, value)]
    return "；".join(parts) or None


def _plain(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)


def value_text(
    spec: FieldSpec,
    value: Any,
    names: Mapping[tuple[str, str], str],
    side: Mapping[str, Any] | None = None,
) -> str | None:
    """How a stored value reads: None when there is nothing to show. `names` holds the names
    of referenced records by (kind, id); `side` the other values stored beside it."""
    if value is None or value == "" or value == [] or value == {}:
        return None
    if isinstance(value, list):
        parts = [value_text(spec, item, names, side) for item in value]
        return "、".join(p for p in parts if p) or None
    if isinstance(value, Mapping):
        if spec.details:
            return _details(value, (side or {}).get("form"))
        lines = [f"{k}：{t}" for k, v in value.items() if (t := value_text(spec, v, names))]
        return "；".join(lines) or None
    if isinstance(value, bool):
        return "是" if value else "否"
    if spec.codes is not None:
        return spec.codes.get(str(value), str(value))
    if spec.refers_to is not None:
        return names.get((spec.refers_to, str(value)), str(value))
    if spec.hours:
        return hours_text(value)
    return str(value)


def hours_text(value: Any) -> str:
    """Study hours with one decimal place ("32.0"), however they were stored."""
    try:
        return f"{Decimal(str(value)):.1f}"
    except InvalidOperation:
        return str(value)


def references(
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
    subject_type: str | None = None,
) -> dict[str, set[str]]:
    """The referenced records whose names the lines need, by kind: load them in one go."""
    wanted: dict[str, set[str]] = {}
    for side in (before or {}, after or {}):
        for key, value in side.items():
            kind = spec_for(key, subject_type).refers_to
            if kind is None or value is None:
                continue
            for item in value if isinstance(value, list) else [value]:
                if item is not None:
                    wanted.setdefault(kind, set()).add(str(item))
    return wanted


def lines(
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
    subject_type: str | None = None,
    names: Mapping[tuple[str, str], str] | None = None,
) -> list[Line]:
    """变更明细: one line per key stored on either side, in the catalogue's order; a key
    that reads empty on both sides (an empty list of attachments) says nothing and is left
    out."""
    before, after, names = before or {}, after or {}, names or {}
    out = []
    for key in _ordered([*after, *before]):
        spec = spec_for(key, subject_type)
        old = value_text(spec, before.get(key), names, before)
        new = value_text(spec, after.get(key), names, after)
        if old is None and new is None:
            continue
        out.append(Line(spec.api, spec.label, old, new, spec.mask))
    return out
