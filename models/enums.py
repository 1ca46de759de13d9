"""Enumerations stored in the database.

Values are stable English codes; Chinese labels live beside them in ``LABELS`` so the
schema and the console read one source.
"""

from __future__ import annotations

from enum import StrEnum


class RegionLevel(StrEnum):
    PROVINCE = "PROVINCE"
    CITY = "CITY"
    DISTRICT = "DISTRICT"


class OrgKind(StrEnum):
    HRSS = "HRSS"
    COMPETENT = "COMPETENT"
    EMPLOYER = "EMPLOYER"
    BASE = "BASE"


class OrgStatus(StrEnum):
    PENDING = "PENDING"
    ACTIVE = "ACTIVE"
    REJECTED = "REJECTED"
    WITHDRAWN = "WITHDRAWN"
    DISABLED = "DISABLED"


class OrgNature(StrEnum):
    ORGAN = "ORGAN"
    PUBLIC_INSTITUTION = "PUBLIC_INSTITUTION"
    STATE_ENTERPRISE = "STATE_ENTERPRISE"
    PRIVATE_ENTERPRISE = "PRIVATE_ENTERPRISE"
    SOCIAL_ORGANISATION = "SOCIAL_ORGANISATION"
    OTHER = "OTHER"


class OrgLevel(StrEnum):
    CENTRAL = "CENTRAL"
    PROVINCIAL = "PROVINCIAL"
    MUNICIPAL = "MUNICIPAL"
    COUNTY = "COUNTY"
    TOWNSHIP = "TOWNSHIP"
    NONE = "NONE"


class BaseLevel(StrEnum):
    INDUSTRY = "INDUSTRY"
    OTHER = "OTHER"


class IdType(StrEnum):
    RESIDENT_ID = "RESIDENT_ID"
    PASSPORT = "PASSPORT"
    HK_MACAO_PERMIT = "HK_MACAO_PERMIT"
    TAIWAN_PERMIT = "TAIWAN_PERMIT"
    FOREIGN_PERMANENT = "FOREIGN_PERMANENT"


class AccountStatus(StrEnum):
    ACTIVE = "ACTIVE"
    DISABLED = "DISABLED"


class ProfessionalStatus(StrEnum):
    PENDING = "PENDING"
    ACTIVE = "ACTIVE"
    REJECTED = "REJECTED"
    WITHDRAWN = "WITHDRAWN"
    TRANSFERRED_OUT = "TRANSFERRED_OUT"


class Sex(StrEnum):
    MALE = "MALE"
    FEMALE = "FEMALE"


class Education(StrEnum):
    DOCTORATE = "DOCTORATE"
    MASTER = "MASTER"
    BACHELOR = "BACHELOR"
    JUNIOR_COLLEGE = "JUNIOR_COLLEGE"
    TECHNICAL_SECONDARY = "TECHNICAL_SECONDARY"
    HIGH_SCHOOL_OR_BELOW = "HIGH_SCHOOL_OR_BELOW"


class Degree(StrEnum):
    DOCTOR = "DOCTOR"
    MASTER = "MASTER"
    BACHELOR = "BACHELOR"
    NONE = "NONE"


class TitleGrade(StrEnum):
    JUNIOR = "JUNIOR"
    INTERMEDIATE = "INTERMEDIATE"
    SENIOR = "SENIOR"
    NONE = "NONE"


class HonourLevel(StrEnum):
    NATIONAL = "NATIONAL"
    PROVINCIAL = "PROVINCIAL"
    MUNICIPAL = "MUNICIPAL"
    OTHER = "OTHER"


LABELS: dict[type[StrEnum], dict[str, str]] = {
    RegionLevel: {"PROVINCE": "省", "CITY": "市", "DISTRICT": "区县"},
    OrgKind: {
        "HRSS": "人社部门",
        "COMPETENT": "主管部门",
        "EMPLOYER": "用人单位",
        "BASE": "继续教育基地",
    },
    OrgStatus: {
        "PENDING": "待审核",
        "ACTIVE": "正常",
        "REJECTED": "审核未通过",
        "WITHDRAWN": "已撤回",
        "DISABLED": "已停用",
    },
    OrgNature: {
        "ORGAN": "机关",
        "PUBLIC_INSTITUTION": "事业单位",
        "STATE_ENTERPRISE": "国有企业",
        "PRIVATE_ENTERPRISE": "非公有制企业",
        "SOCIAL_ORGANISATION": "社会团体",
        "OTHER": "其他",
    },
    OrgLevel: {
        "CENTRAL": "中央驻鲁",
        "PROVINCIAL": "省级",
        "MUNICIPAL": "市级",
        "COUNTY": "县级",
        "TOWNSHIP": "乡镇级",
        "NONE": "无级别",
    },
    BaseLevel: {"INDUSTRY": "行业继续教育基地", "OTHER": "其它继续教育基地"},
    IdType: {
        "RESIDENT_ID": "居民身份证",
        "PASSPORT": "护照",
        "HK_MACAO_PERMIT": "港澳居民来往内地通行证",
        "TAIWAN_PERMIT": "台湾居民来往大陆通行证",
        "FOREIGN_PERMANENT": "外国人永久居留身份证",
    },
    AccountStatus: {"ACTIVE": "正常", "DISABLED": "已停用"},
    ProfessionalStatus: {
        "PENDING": "待审核",
        "ACTIVE": "正常",
        "REJECTED": "审核未通过",
        "WITHDRAWN": "已撤回",
        "TRANSFERRED_OUT": "已调出",
    },
    Sex: {"MALE": "男", "FEMALE": "女"},
    Education: {
        "DOCTORATE": "博士研究生",
        "MASTER": "硕士研究生",
        "BACHELOR": "大学本科",
        "JUNIOR_COLLEGE": "大学专科",
        "TECHNICAL_SECONDARY": "中专",
        "HIGH_SCHOOL_OR_BELOW": "高中及以下",
    },
    Degree: {"DOCTOR": "博士", "MASTER": "硕士", "BACHELOR": "学士", "NONE": "无"},
    TitleGrade: {"JUNIOR": "初级", "INTERMEDIATE": "中级", "SENIOR": "高级", "NONE": "无"},
    HonourLevel: {"NATIONAL": "国家级", "PROVINCIAL": "省级", "MUNICIPAL": "市级", "OTHER": "其他"},
}


class RoleKind(StrEnum):
    """The portal a principal acts through: the professional, or an admin of an org kind."""

    PROFESSIONAL = "PROFESSIONAL"
    EMPLOYER = "EMPLOYER"
    COMPETENT = "COMPETENT"
    HRSS = "HRSS"
    BASE = "BASE"


class Module(StrEnum):
    """Permission modules (权限模块): what a custom admin role may be granted."""

    ORGANISATION_INFO = "ORGANISATION_INFO"
    ACCOUNTS = "ACCOUNTS"
    ADMINS = "ADMINS"
    REGISTRATION_REVIEW = "REGISTRATION_REVIEW"
    CHANGE_REVIEW = "CHANGE_REVIEW"
    TRANSFERS = "TRANSFERS"
    CLAIM_FILING = "CLAIM_FILING"
    CLAIM_REVIEW = "CLAIM_REVIEW"
    CLAIM_VERIFICATION = "CLAIM_VERIFICATION"
    PLANS = "PLANS"
    STATISTICS = "STATISTICS"
    IMPORT_EXPORT = "IMPORT_EXPORT"
    AUDIT = "AUDIT"
    STANDARDS = "STANDARDS"


LABELS[RoleKind] = {
    "PROFESSIONAL": "专业技术人员",
    "EMPLOYER": "用人单位",
    "COMPETENT": "主管部门",
    "HRSS": "人社部门",
    "BASE": "继续教育基地",
}
LABELS[Module] = {
    "ORGANISATION_INFO": "单位信息管理",
    "ACCOUNTS": "账户管理",
    "ADMINS": "管理员与角色管理",
    "REGISTRATION_REVIEW": "注册审核",
    "CHANGE_REVIEW": "信息变更审核",
    "TRANSFERS": "人员调转",
    "CLAIM_FILING": "学时申报",
    "CLAIM_REVIEW": "学时审核",
    "CLAIM_VERIFICATION": "学时审验",
    "PLANS": "培训计划",
    "STATISTICS": "查询统计",
    "IMPORT_EXPORT": "导入导出",
    "AUDIT": "操作日志",
    "STANDARDS": "公需科目与合格标准管理",
}


class ReviewKind(StrEnum):
    """What waits for an organisation's decision: one review engine serves every kind."""

    ORGANISATION_REGISTRATION = "ORGANISATION_REGISTRATION"
    PROFESSIONAL_REGISTRATION = "PROFESSIONAL_REGISTRATION"
    CLAIM_REVIEW = "CLAIM_REVIEW"
    CLAIM_VERIFICATION = "CLAIM_VERIFICATION"
    # the professional's profile (part B of issue 8)
    TITLE_CHANGE = "TITLE_CHANGE"
    IDENTITY_CHANGE = "IDENTITY_CHANGE"
    # training plans
    PLAN_REVIEW = "PLAN_REVIEW"
    BASE_ANNUAL_PLAN = "BASE_ANNUAL_PLAN"
    BASE_PLAN_APPLICATION = "BASE_PLAN_APPLICATION"
    BASE_ANNUAL_SUMMARY = "BASE_ANNUAL_SUMMARY"
    # 人员调转: the old employer, then the new one (issue 8, part A)
    TRANSFER_OUT = "TRANSFER_OUT"
    TRANSFER_IN = "TRANSFER_IN"
    # an organisation's own changes: registered info, then its parent (both parents decide)
    ORGANISATION_CHANGE = "ORGANISATION_CHANGE"
    PARENT_CHANGE_OUT = "PARENT_CHANGE_OUT"
    PARENT_CHANGE_IN = "PARENT_CHANGE_IN"


class ReviewStatus(StrEnum):
    PENDING = "PENDING"
    APPROVED = "APPROVED"
    REJECTED = "REJECTED"
    WITHDRAWN = "WITHDRAWN"


LABELS[ReviewKind] = {
    "ORGANISATION_REGISTRATION": "机构注册审核",
    "PROFESSIONAL_REGISTRATION": "专业技术人员注册审核",
    "CLAIM_REVIEW": "学时审核",
    "CLAIM_VERIFICATION": "学时审验",
    "TITLE_CHANGE": "人员职称变更审核",
    "IDENTITY_CHANGE": "姓名、证件号码变更审核",
    "PLAN_REVIEW": "培训班计划审核",
    "BASE_ANNUAL_PLAN": "继教机构年度培训计划审核",
    "BASE_PLAN_APPLICATION": "继教机构培训计划申报审核",
    "BASE_ANNUAL_SUMMARY": "继教机构年度工作总结审核",
    "TRANSFER_OUT": "人员调出审核",
    "TRANSFER_IN": "人员调入审核",
    "ORGANISATION_CHANGE": "机构信息修改审核",
    "PARENT_CHANGE_OUT": "更换上级部门审核（原上级）",
    "PARENT_CHANGE_IN": "更换上级部门审核（新上级）",
}
LABELS[ReviewStatus] = {
    "PENDING": "待审核",
    "APPROVED": "审核通过",
    "REJECTED": "审核不通过",
    "WITHDRAWN": "已撤回",
}


class Subject(StrEnum):
    PUBLIC = "PUBLIC"
    PROFESSIONAL = "PROFESSIONAL"


class ClaimStatus(StrEnum):
    DRAFT = "DRAFT"
    SUBMITTED = "SUBMITTED"
    APPROVED = "APPROVED"
    REJECTED = "REJECTED"
    VERIFIED = "VERIFIED"
    VERIFY_FAILED = "VERIFY_FAILED"


LABELS[Subject] = {"PUBLIC": "公需科目", "PROFESSIONAL": "专业科目"}
LABELS[ClaimStatus] = {
    "DRAFT": "待提交",
    "SUBMITTED": "待审核",
    "APPROVED": "审核通过",
    "REJECTED": "审核不通过",
    "VERIFIED": "审验通过",
    "VERIFY_FAILED": "审验不通过",
}


class ChangeKind(StrEnum):
    """What a profile change request changes (变更申请)."""

    TITLE = "TITLE"
    IDENTITY = "IDENTITY"


class PlanKind(StrEnum):
    """A CE base's documents reviewed by its competent department or HRSS bureau."""

    ANNUAL_PLAN = "ANNUAL_PLAN"
    PLAN_APPLICATION = "PLAN_APPLICATION"
    ANNUAL_SUMMARY = "ANNUAL_SUMMARY"


LABELS[ChangeKind] = {"TITLE": "专业技术职务（职称）变更", "IDENTITY": "姓名、证件号码变更"}
LABELS[PlanKind] = {
    "ANNUAL_PLAN": "年度培训计划",
    "PLAN_APPLICATION": "培训计划申报",
    "ANNUAL_SUMMARY": "年度工作总结",
}


class TransferStatus(StrEnum):
    """人员调转: the old employer decides the move out, then the new employer the move in."""

    OUT_PENDING = "OUT_PENDING"
    IN_PENDING = "IN_PENDING"
    COMPLETED = "COMPLETED"
    OUT_REJECTED = "OUT_REJECTED"
    IN_REJECTED = "IN_REJECTED"
    WITHDRAWN = "WITHDRAWN"


LABELS[TransferStatus] = {
    "OUT_PENDING": "待调出审核",
    "IN_PENDING": "待转入",
    "COMPLETED": "同意转入",
    "OUT_REJECTED": "拒绝调出",
    "IN_REJECTED": "拒绝转入",
    "WITHDRAWN": "已撤回",
}


class OrgChangeKind(StrEnum):
    """An organisation's reviewed changes (变更记录)."""

    INFO = "INFO"
    PARENT = "PARENT"


LABELS[OrgChangeKind] = {"INFO": "机构信息修改", "PARENT": "更换上级部门"}
