from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from models.accounts import Account
from models.enums import Degree, Education, HonourLevel, ProfessionalStatus, Sex, TitleGrade
from models.organisations import Department, Organisation
from models.regions import Region


class Professional(Model):
    """专业技术人员: the professional role of an account and its profile sections."""

    id = fields.IntField(primary_key=True)
    account: fields.OneToOneRelation[Account] = fields.OneToOneField(
        "models.Account", related_name="professional", on_delete=fields.RESTRICT
    )
    organisation: fields.ForeignKeyRelation[Organisation] = fields.ForeignKeyField(
        "models.Organisation", related_name="professionals", on_delete=fields.RESTRICT
    )
    department: fields.ForeignKeyNullableRelation[Department] = fields.ForeignKeyField(
        "models.Department", related_name="professionals", null=True, on_delete=fields.SET_NULL
    )
    region: fields.ForeignKeyNullableRelation[Region] = fields.ForeignKeyField(
        "models.Region", related_name="professionals", null=True, on_delete=fields.RESTRICT
    )
    status = fields.CharEnumField(
        ProfessionalStatus, max_length=16, default=ProfessionalStatus.ACTIVE
    )
    # personal
    sex = fields.CharEnumField(Sex, max_length=8, null=True)
    birth_date = fields.DateField(null=True)
    native_place = fields.CharField(max_length=64, null=True)
    ethnicity = fields.CharField(max_length=16, null=True)
    # education
    education = fields.CharEnumField(Education, max_length=24, null=True)
    school = fields.CharField(max_length=128, null=True)
    major = fields.CharField(max_length=64, null=True)
    graduation_date = fields.DateField(null=True)
    degree = fields.CharEnumField(Degree, max_length=16, null=True)
    postdoctoral = fields.BooleanField(default=False)
    # administrative post
    admin_post = fields.CharField(max_length=64, null=True)
    admin_level = fields.CharField(max_length=32, null=True)
    # professional title (职称)
    title_series = fields.CharField(max_length=64, null=True)
    title_specialty = fields.CharField(max_length=64, null=True)
    title_qualification = fields.CharField(max_length=64, null=True)
    title_grade = fields.CharEnumField(TitleGrade, max_length=16, default=TitleGrade.NONE)
    title_effective_date = fields.DateField(null=True)
    title_certificate_no = fields.CharField(max_length=64, null=True)
    title_appointment_date = fields.DateField(null=True)
    title_certificate_file = fields.CharField(max_length=80, null=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)

    practising_qualifications: fields.ReverseRelation[PractisingQualification]
    academic_honours: fields.ReverseRelation[AcademicHonour]

    class Meta:
        table = "professional"
        indexes = (("organisation", "status"), ("title_series", "title_grade"), ("department",))


class PractisingQualification(Model):
    """职（执）业资格."""

    id = fields.IntField(primary_key=True)
    professional: fields.ForeignKeyRelation[Professional] = fields.ForeignKeyField(
        "models.Professional", related_name="practising_qualifications", on_delete=fields.CASCADE
    )
    series = fields.CharField(max_length=64)
    name = fields.CharField(max_length=128)
    obtained_on = fields.DateField(null=True)
    certificate_no = fields.CharField(max_length=64, null=True)

    class Meta:
        table = "practising_qualification"


class AcademicHonour(Model):
    """学术技术称号."""

    id = fields.IntField(primary_key=True)
    professional: fields.ForeignKeyRelation[Professional] = fields.ForeignKeyField(
        "models.Professional", related_name="academic_honours", on_delete=fields.CASCADE
    )
    level = fields.CharEnumField(HonourLevel, max_length=16)
    name = fields.CharField(max_length=128)
    awarded_on = fields.DateField(null=True)

    class Meta:
        table = "academic_honour"
