"""The one GraphQL schema of jijiao, printed to schema.graphql: each domain's queries,
mutations and subscriptions, declared beside its resolvers, merged into the root types.

The order of the parts is the order of the root fields in the SDL and of the console's
pages within a menu group."""

from __future__ import annotations

from resolvers.access import AccessMutations, AccessQueries
from resolvers.admins import AdminMutations, AdminQueries
from resolvers.audit import AuditQueries
from resolvers.claims import ClaimMutations, ClaimQueries, ClaimSubscriptions
from resolvers.credit_codes import TemporaryCreditCodeMutations, TemporaryCreditCodeQueries
from resolvers.departments import DepartmentMutations, DepartmentQueries
from resolvers.filed_claims import FiledClaimQueries
from resolvers.org_changes import OrganisationChangeMutations, OrganisationChangeQueries
from resolvers.organisations import OrganisationQueries, OrganisationSubscriptions
from resolvers.persons import PersonQueries
from resolvers.plans import PlanMutations, PlanQueries
from resolvers.profile import ProfileMutations, ProfileQueries
from resolvers.registration import RegistrationMutations, RegistrationQueries
from resolvers.reviews import ReviewMutations, ReviewQueries
from resolvers.standards import StandardMutations, StandardQueries
from resolvers.statistics import StatisticsQueries
from resolvers.todo import TodoSubscriptions
from resolvers.transfers import TransferMutations, TransferQueries
from schema.assembly import assemble, merge_roots
from schema.extensions import JijiaoSchema
from schema.payloads import errors_on_payloads

Query = merge_roots(
    "Query",
    (
        AccessQueries,
        OrganisationQueries,
        PersonQueries,
        ReviewQueries,
        AdminQueries,
        AuditQueries,
        ClaimQueries,
        StandardQueries,
        StatisticsQueries,
        FiledClaimQueries,
        RegistrationQueries,
        TransferQueries,
        DepartmentQueries,
        OrganisationChangeQueries,
        TemporaryCreditCodeQueries,
        ProfileQueries,
        PlanQueries,
    ),
)
# a domain error raised by any mutation becomes its payload's errors (schema/payloads.py)
Mutation = errors_on_payloads(
    merge_roots(
        "Mutation",
        (
            AccessMutations,
            RegistrationMutations,
            ReviewMutations,
            AdminMutations,
            ClaimMutations,
            StandardMutations,
            TransferMutations,
            DepartmentMutations,
            OrganisationChangeMutations,
            TemporaryCreditCodeMutations,
            ProfileMutations,
            PlanMutations,
        ),
    )
)
Subscription = merge_roots(
    "Subscription", (OrganisationSubscriptions, TodoSubscriptions, ClaimSubscriptions)
)


def build_schema(*, introspection: bool = True) -> JijiaoSchema:
    return assemble(Query, Mutation, Subscription, introspection=introspection)


def print_sdl() -> str:
    return build_schema().as_str() + "\n"
