"""Tortoise models: the persistent shape of jijiao. Imports nothing of ours but itself."""

from models.access import AdminRole, LoginThrottle, OutboxMessage, PasswordResetCode, Session
from models.accounts import Account, Admin
from models.audit import AuditLog
from models.certificates import Certificate
from models.claims import Claim
from models.completion import AnnualCompletion, CompletionRollup
from models.credit_codes import TemporaryCreditCode
from models.files import ClaimAttachment, StoredFile
from models.org_changes import OrganisationChange
from models.organisations import Department, Organisation, OrganisationClosure
from models.plans import BaseDocument, TrainingPlan
from models.professionals import AcademicHonour, PractisingQualification, Professional
from models.profile_changes import ProfileChange, ProfileChangeAttachment
from models.regions import Region
from models.reviews import ReviewStep
from models.standards import PublicSubject, StandardVersion
from models.transfers import Transfer, TransferAttachment

__all__ = [
    "AcademicHonour",
    "Account",
    "Admin",
    "AdminRole",
    "AnnualCompletion",
    "AuditLog",
    "BaseDocument",
    "Certificate",
    "Claim",
    "ClaimAttachment",
    "CompletionRollup",
    "Department",
    "LoginThrottle",
    "Organisation",
    "OrganisationChange",
    "OrganisationClosure",
    "OutboxMessage",
    "PasswordResetCode",
    "PractisingQualification",
    "Professional",
    "ProfileChange",
    "ProfileChangeAttachment",
    "PublicSubject",
    "Region",
    "ReviewStep",
    "Session",
    "StandardVersion",
    "StoredFile",
    "TemporaryCreditCode",
    "TrainingPlan",
    "Transfer",
    "TransferAttachment",
]
