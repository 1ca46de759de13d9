"""Pages shaped by hand: the exceptions to the generated console, each named here by the root
field it replaces. Each gets the schema, the field's list plan and the audience, and
returns its navigation group and entries ({label, url, schema})."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from graphql import GraphQLSchema

from admin_ui.lists import ListPlan
from admin_ui.overrides.reviews import review_pages

if TYPE_CHECKING:
    from admin_ui.navigation import Audience

Entries = list[dict[str, Any]]
Override = Callable[[GraphQLSchema, ListPlan, "Audience"], tuple[str, Entries]]


def _reviews(schema: GraphQLSchema, plan: ListPlan, audience: Audience) -> tuple[str, Entries]:
    labels = audience.enum_labels(schema, "ReviewKind")
    kinds = [(kind, labels.get(kind, kind)) for kind in audience.review_kinds]
    decide = audience.document(schema, "mutation", "reviewDecide")
    return "审核管理", review_pages(schema, plan, kinds, decide)


OVERRIDES: dict[str, Override] = {"reviewSteps": _reviews}
