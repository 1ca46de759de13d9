"""Tortoise models: the persistent shape of jijiao. Imports nothing of ours but itself."""

from models.access import AdminRole, LoginThrottle, OutboxMessage, PasswordResetCode, Session
from models.accounts import Account, Admin
from models.audit import AuditLog
from models.certificates import Certificate
from models.claims import Claim
from models.files import ClaimAttachment, StoredFile
from models.completion import AnnualCompletion, CompletionRollup, YearStandard
from models.organisations import Department, Organisation, OrganisationClosure
from models.professionals import AcademicHonour, PractisingQualification, Professional
from models.regions import Region
from models.reviews import ReviewStep

__all__ = [
    "AcademicHonour",
    "Account",
    "Admin",
    "AdminRole",
    "AnnualCompletion",
    "AuditLog",
    "Certificate",
    "Claim",
    "ClaimAttachment",
    "CompletionRollup",
    "Department",
    "LoginThrottle",
    "Organisation",
    "OrganisationClosure",
    "OutboxMessage",
    "PasswordResetCode",
    "PractisingQualification",
    "Professional",
    "Region",
    "ReviewStep",
    "Session",
    "StoredFile",
    "YearStandard",
]
