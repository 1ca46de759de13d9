"""Learning forms (学习形式): the server describes each form's fields and rules, clients and
the console render them, and every claim is validated against its form."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from domain.errors import DomainError
from domain.numbers import finite_decimal

PUBLIC = "PUBLIC"
PROFESSIONAL = "PROFESSIONAL"
SUBJECT_LABELS = {PUBLIC: "公需科目", PROFESSIONAL: "专业科目"}


@dataclass(frozen=True)
class FormField:
    name: str  # the key in a claim's `details`
    label: str
    type: str  # text | textarea | date | integer | decimal
    required: bool = True
    hint: str | None = None
    max_length: int = 200
    minimum: Decimal | None = None
    maximum: Decimal | None = None


@dataclass(frozen=True)
class LearningForm:
    code: str
    label: str
    subjects: tuple[str, ...]
    max_hours: Decimal  # per claim
    fields: tuple[FormField, ...]
    # (start, end) date fields that must be in order, if the form has a period
    period: tuple[str, str] | None = None
    # the evidence to attach (scans or PDFs uploaded through /files), and whether it must be
    evidence: str = "证明材料"
    evidence_required: bool = False


def _dates(label_start: str = "开始日期", label_end: str = "结束日期") -> tuple[FormField, ...]:
    return (FormField("startDate", label_start, "date"), FormField("endDate", label_end, "date"))


BOTH = (PUBLIC, PROFESSIONAL)
FORMS: dict[str, LearningForm] = {
    form.code: form
    for form in (
        LearningForm(
            "POST_TRAINING",
            "岗位培训",
            BOTH,
            Decimal(90),
            (
                FormField("organiser", "培训学校（单位）", "text"),
                FormField("className", "班次名称", "text"),
                FormField("content", "培训内容", "textarea", max_length=1000),
                *_dates(),
                FormField("score", "考核成绩", "text", required=False, max_length=20),
            ),
            ("startDate", "endDate"),
            evidence="结业证书扫描件",
        ),
        LearningForm(
            "ACADEMIC_CONFERENCE",
            "学术会议",
            BOTH,
            Decimal(24),
            (
                FormField("conference", "会议名称", "text"),
                FormField("organiser", "主办单位", "text"),
                FormField("date", "会议日期", "date"),
                FormField("role", "参会身份", "text", hint="如：报告人、参会代表", max_length=50),
            ),
        ),
        LearningForm(
            "PAPER",
            "发表论文",
            (PROFESSIONAL,),
            Decimal(30),
            (
                FormField("journal", "期刊名称", "text"),
                FormField("title", "论文题目", "text"),
                FormField("date", "发表日期", "date"),
                FormField(
                    "authorRank", "作者排名", "integer", minimum=Decimal(1), maximum=Decimal(20)
                ),
            ),
            evidence="论文首页及期刊封面扫描件",
            evidence_required=True,
        ),
        LearningForm(
            "BOOK",
            "出版著作",
            (PROFESSIONAL,),
            Decimal(60),
            (
                FormField("title", "著作名称", "text"),
                FormField("publisher", "出版社", "text"),
                FormField("date", "出版日期", "date"),
                FormField("words", "本人撰写字数（千字）", "decimal", minimum=Decimal(0)),
            ),
            evidence="著作封面及版权页扫描件",
            evidence_required=True,
        ),
        LearningForm(
            "PATENT",
            "获得专利",
            (PROFESSIONAL,),
            Decimal(30),
            (
                FormField("name", "专利名称", "text"),
                FormField("number", "专利号", "text", max_length=50),
                FormField("date", "授权日期", "date"),
            ),
            evidence="专利证书扫描件",
            evidence_required=True,
        ),
        LearningForm(
            "RESEARCH",
            "课题研究",
            (PROFESSIONAL,),
            Decimal(40),
            (
                FormField("project", "课题名称", "text"),
                FormField("level", "课题级别", "text", hint="国家级、省级、市级等", max_length=20),
                FormField("date", "结题日期", "date"),
            ),
        ),
        LearningForm(
            "BORDER_AID",
            "支边援外",
            BOTH,
            Decimal(90),
            (
                FormField("place", "支援地点", "text"),
                *_dates(),
            ),
            ("startDate", "endDate"),
        ),
        LearningForm(
            "VISITING",
            "进修访学",
            BOTH,
            Decimal(90),
            (
                FormField("institution", "进修单位", "text"),
                *_dates(),
            ),
            ("startDate", "endDate"),
        ),
        LearningForm(
            "ONLINE",
            "网络学习",
            BOTH,
            Decimal(90),
            (
                FormField("platform", "学习平台", "text"),
                FormField("course", "课程名称", "text"),
                FormField("date", "完成日期", "date"),
            ),
        ),
        LearningForm(
            "OTHER",
            "其他",
            BOTH,
            Decimal(20),
            (
                FormField("description", "学习内容", "textarea", max_length=1000),
                FormField("date", "日期", "date"),
            ),
        ),
    )
}


def form_of(code: str) -> LearningForm:
    form = FORMS.get(code)
    if form is None:
        raise DomainError("UNKNOWN_FORM", "学习形式不存在", "form")
    return form


def _value(field: FormField, raw: Any) -> Any:
    where = f"details.{field.name}"
    if field.type in ("text", "textarea"):
        text = str(raw).strip()
        if len(text) > field.max_length:
            raise DomainError("TOO_LONG", f"{field.label}不能超过{field.max_length}字", where)
        return text
    if field.type == "date":
        try:
            return dt.date.fromisoformat(str(raw)).isoformat()
        except ValueError:
            raise DomainError(
                "INVALID_DATE", f"{field.label}应为日期，如 2024-05-01", where
            ) from None
    number = finite_decimal(raw, field.label, where)
    if field.type == "integer" and number != number.to_integral_value():
        raise DomainError("INVALID_NUMBER", f"{field.label}应为整数", where)
    if (field.minimum is not None and number < field.minimum) or (
        field.maximum is not None and number > field.maximum
    ):
        raise DomainError("OUT_OF_RANGE", f"{field.label}超出允许范围", where)
    return int(number) if field.type == "integer" else str(number)


def validate_details(
    form: LearningForm, subject: str, hours: Decimal, details: dict[str, Any]
) -> dict[str, Any]:
    """The claim's details cleaned against its form; raises the first rule broken."""
    if subject not in form.subjects:
        raise DomainError(
            "SUBJECT_NOT_ALLOWED",
            f"{form.label}不能申报{SUBJECT_LABELS.get(subject, subject)}",
            "subject",
        )
    if not Decimal(0) < hours <= form.max_hours:
        raise DomainError(
            "HOURS_OUT_OF_RANGE",
            f"{form.label}每次申报学时应大于0且不超过{form.max_hours}",
            "requestedHours",
        )
    known = {field.name for field in form.fields}
    unknown = sorted(set(details) - known)
    if unknown:
        raise DomainError(
            "UNKNOWN_FIELD", f"{form.label}没有字段 {unknown[0]}", f"details.{unknown[0]}"
        )
    cleaned: dict[str, Any] = {}
    for field in form.fields:
        raw = details.get(field.name)
        if raw is None or str(raw).strip() == "":
            if field.required:
                raise DomainError("REQUIRED", f"请填写{field.label}", f"details.{field.name}")
            continue
        cleaned[field.name] = _value(field, raw)
    if form.period and cleaned[form.period[0]] > cleaned[form.period[1]]:
        raise DomainError(
            "PERIOD_REVERSED", "结束日期不能早于开始日期", f"details.{form.period[1]}"
        )
    return cleaned
