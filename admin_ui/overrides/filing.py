"""已报送学时 with the filing itself: the generated list of `filedClaims`, and above it the
forms that file — 为人员申报学时 (`claimsFileForMembers`: an employer, a competent department
or an HRSS bureau, for members it picks, with evidence; seed 001 §5.2.1, seed 003 5.4/3.4)
and 报送学员学时 (`claimsIngest`: a CE base, for a trainee named by ID number and name; seed 000
施教机构申报, seed 001 §5.3).

Hand-shaped for the same reason as the professional's claim form (admin_ui/overrides/claims.py,
whose form this reuses): a claim's fields depend on the learning form chosen. The members
picker, the trainee's fields and their labels still come from the schema's input types.
"""

from __future__ import annotations

from typing import Any

from graphql import GraphQLInputObjectType, GraphQLSchema

from admin_ui.lists import ListPlan
from admin_ui.overrides.claims import CLAIM_VALUES, claim_form
from admin_ui.pages import crud
from admin_ui.pickers import sent_value
from admin_ui.widgets import control

REMARK = (
    "代报、报送的学时视同本机构初审通过，随后由审核单位（上级主管部门或人社部门）审验；"
    "列表中可见每条记录的审核单位和当前处理人"
)


def _fields(schema: GraphQLSchema, input_name: str, names: tuple[str, ...]) -> list[Any]:
    """The controls of `names` in `input_name`, as the generated forms make them."""
    found = schema.get_type(input_name)
    assert isinstance(found, GraphQLInputObjectType), input_name
    controls = []
    for name in names:
        made = control(name, found.fields[name], input_name, in_form=True)
        assert made is not None, f"{input_name}.{name}"
        controls.append(made)
    return controls


def _filing_form(
    schema: GraphQLSchema, document: str, reload: str, lead: list[Any], data: dict[str, Any]
) -> dict[str, Any]:
    """The claim form sending `data` (the claim's values under it) to `document`, with the
    `lead` controls first."""
    form = claim_form(schema, document, reload)
    form["api"] = {"method": "post", "url": "/graphql", "graphql": document, "data": data}
    form["body"] = [*lead, *form["body"]]
    form["messages"] = {"saveSuccess": "已报送，等待审核单位审验"}
    return form


def file_for_members_button(schema: GraphQLSchema, document: str, reload: str) -> dict[str, Any]:
    lead = _fields(schema, "ClaimsFileInput", ("professionalIds",))
    data = {
        "input": {
            "professionalIds": sent_value("ClaimsFileInput", "professionalIds", "professionalIds"),
            "claim": CLAIM_VALUES,
        }
    }
    return _dialog_button("为人员申报学时", _filing_form(schema, document, reload, lead, data))


def ingest_button(schema: GraphQLSchema, document: str, reload: str) -> dict[str, Any]:
    names = ("idNumber", "name", "externalRef")
    lead = _fields(schema, "ClaimRecordInput", names)
    record = {name: sent_value("ClaimRecordInput", name, name) for name in names}
    data = {"records": [{**record, "claim": CLAIM_VALUES}]}
    return _dialog_button("报送学员学时", _filing_form(schema, document, reload, lead, data))


def _dialog_button(label: str, form: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "button",
        "label": label,
        "level": "primary",
        "actionType": "dialog",
        "dialog": {"title": label, "size": "lg", "body": form},
    }


def filing_page(
    schema: GraphQLSchema, plan: ListPlan, documents: dict[str, str | None]
) -> dict[str, Any]:
    """`documents`: claimsFileForMembers and claimsIngest, each None when the principal may
    not call it (then its button is left out)."""
    table = f"list-{plan.field}"
    toolbar = []
    if file_for := documents.get("claimsFileForMembers"):
        toolbar.append(file_for_members_button(schema, file_for, table))
    if ingest := documents.get("claimsIngest"):
        toolbar.append(ingest_button(schema, ingest, table))
    return {
        "type": "page",
        "title": plan.title,
        "remark": REMARK,
        "body": crud(plan, toolbar=toolbar),
    }
