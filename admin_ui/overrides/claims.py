"""The professional's claims page: the generated list of `myClaims`, a 新建申报 form built from
the server's learning-form catalogue, and the lifecycle as row actions (submit, withdraw,
delete a draft).

Hand-shaped because the form's fields depend on the chosen learning form; the fields, labels,
limits and evidence still come from the catalogue the API serves (`learningForms`), and the
mutations from the schema.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from graphql import GraphQLEnumType, GraphQLSchema

from admin_ui.graph import enum_options
from admin_ui.lists import ListColumn, ListPlan
from admin_ui.overrides.evidence import CLAIM_FIELDS, claim_view
from admin_ui.pages import crud
from admin_ui.pickers import upload
from domain.forms import FORMS, SUBJECT_LABELS, FormField, LearningForm


def _mutation(document: str, **input_values: Any) -> dict[str, Any]:
    return {
        "method": "post",
        "url": "/graphql",
        "graphql": document,
        "data": {"input": input_values},
    }


def _field_control(form: LearningForm, field: FormField) -> dict[str, Any]:
    control: dict[str, Any] = {
        "name": f"details.{field.name}",
        "label": field.label,
        "required": field.required,
        "clearValueOnHidden": True,
    }
    if field.type == "date":
        control.update(type="input-date", format="YYYY-MM-DD", valueFormat="YYYY-MM-DD")
    elif field.type == "textarea":
        control.update(type="textarea", maxLength=field.max_length)
    elif field.type == "integer":
        control.update(type="input-number", precision=0)
    else:
        control.update(type="input-text", maxLength=field.max_length)
    if field.hint:
        control["placeholder"] = field.hint
    if field.minimum is not None and field.type == "integer":
        control["min"] = float(field.minimum)
    if field.maximum is not None and field.type == "integer":
        control["max"] = float(field.maximum)
    return control


def _form_fields(form: LearningForm) -> dict[str, Any]:
    """The chosen form's own fields and its evidence, shown only while it is chosen."""
    return {
        "type": "container",
        "visibleOn": f"${{form === '{form.code}'}}",
        "body": [
            *(_field_control(form, f) for f in form.fields),
            upload("attachments", form.evidence, required=form.evidence_required),
        ],
    }


CLAIM_VALUES = {
    "year": "${year}",
    "subject": "${subject}",
    "form": "${form}",
    "requestedHours": "${requestedHours}",
    "details": "${details}",
    "attachments": "${attachments}",
}


def claim_form(
    schema: GraphQLSchema, document: str, reload: str, *, update: bool = False
) -> dict[str, Any]:
    """新建 (claimCreate) or, with `update`, 修改 (claimUpdate of the claim in the dialog's
    data, its current values filled in)."""
    subject = schema.get_type("Subject")
    subjects = enum_options(subject) if isinstance(subject, GraphQLEnumType) else []
    return {
        "type": "form",
        "data": CLAIM_VALUES
        if update
        else {"year": dt.date.today().year, "attachments": []},
        "reload": reload,
        "api": {
            **_mutation(document, id="${id}", claim=CLAIM_VALUES),
            "requestAdaptor": "return jijiao.fileIds(api, 'input.claim.attachments');",
        }
        if update
        else _mutation(document, **CLAIM_VALUES),
        "messages": {"saveSuccess": "已保存为待提交的申报"},
        "body": [
            {"type": "input-number", "name": "year", "label": "计入年度", "required": True,
             "precision": 0, "min": 2000, "max": dt.date.today().year},
            {"type": "select", "name": "subject", "label": "学习科目", "required": True,
             "options": subjects},
            {"type": "select", "name": "form", "label": "学习形式", "required": True,
             "options": [
                 {"label": f.label, "value": f.code,
                  "subjects": "、".join(SUBJECT_LABELS[s] for s in f.subjects)}
                 for f in FORMS.values()
             ],
             "menuTpl": "${label}（可申报：${subjects}）"},
            {"type": "input-text", "name": "requestedHours", "label": "申报学时", "required": True,
             "validations": {"isFloat": True}, "validationErrors": {"isFloat": "请输入数字"}},
            *(_form_fields(f) for f in FORMS.values()),
        ],
    }  # fmt: skip


def _columns(plan: ListPlan) -> list[ListColumn]:
    first = [c for name in FIRST_COLUMNS for c in plan.columns if c.path[0] == name]
    return first + [c for c in plan.columns if c not in first]


def _shown_first(table: dict[str, Any]) -> dict[str, Any]:
    for column in table["columns"]:
        if column.get("name") in FIRST_COLUMNS:
            column.pop("toggled", None)
    return table


def _row_action(label: str, document: str, status: str, **extra: Any) -> dict[str, Any]:
    return {
        "type": "button",
        "label": label,
        "level": "link",
        "actionType": "ajax",
        "visibleOn": f"${{status === '{status}'}}",
        "api": _mutation(document, id="${id}"),
        **extra,
    }


# the professional's own claim by id, read from its list (a person's claims are few)
ONE_CLAIM = "{ myClaims { id " + CLAIM_FIELDS + " form details attachments { id } } }"
# shown at once, in this order (one past the usual count: who holds a claim and why it failed
# are what the owner comes to read)
FIRST_COLUMNS = ("year", "subject", "formLabel", "answers", "requestedHours", "recognisedHours",
                 "status", "currentHandler", "reason")  # fmt: skip


def _one_claim(body: Any) -> dict[str, Any]:
    return {
        "type": "service",
        "api": {
            "method": "post",
            "url": "/graphql",
            "graphql": ONE_CLAIM,
            "adaptor": "return jijiao.rowOf(payload, context.id);",
        },
        "body": body,
    }


def _detail(schema: GraphQLSchema) -> dict[str, Any]:
    subject, status = schema.get_type("Subject"), schema.get_type("ClaimStatus")
    facts = [
        ("year", "计入年度", None),
        ("subject", "学习科目", subject if isinstance(subject, GraphQLEnumType) else None),
        ("formLabel", "学习形式", None),
        ("requestedHours", "申报学时", None),
        ("recognisedHours", "认定学时", None),
        ("status", "状态", status if isinstance(status, GraphQLEnumType) else None),
        ("currentHandler", "当前处理人", None),
        ("reason", "不通过原因", None),
    ]
    return {
        "type": "button",
        "label": "详细",
        "level": "link",
        "actionType": "dialog",
        "dialog": {
            "title": "学时申报详细",
            "size": "lg",
            "actions": [{"type": "button", "actionType": "close", "label": "关闭"}],
            "body": _one_claim(claim_view("", facts)),
        },
    }


def _edit(schema: GraphQLSchema, document: str, table: str) -> dict[str, Any]:
    """修改 a draft, or a refused claim (saving makes it a draft again), from its values."""
    return {
        "type": "button",
        "label": "修改",
        "level": "link",
        "visibleOn": "${status === 'DRAFT' || status === 'REJECTED'}",
        "actionType": "dialog",
        "dialog": {
            "title": "修改学时申报",
            "size": "lg",
            # the form sits in the service that loads the claim, so it carries its own button
            "actions": [{"type": "button", "actionType": "close", "label": "取消"}],
            "body": _one_claim(
                {
                    **claim_form(schema, document, table, update=True),
                    "visibleOn": "${form}",
                    "actions": [{"type": "submit", "label": "保存", "level": "primary"}],
                    "onEvent": {"submitSucc": {"actions": [{"actionType": "closeDialog"}]}},
                }
            ),
        },
    }


def claims_page(
    schema: GraphQLSchema, plan: ListPlan, documents: dict[str, str | None]
) -> dict[str, Any]:
    """`documents`: claimCreate, claimUpdate, claimSubmit, claimWithdraw, claimDelete — each
    None when the principal may not call it (then its button is left out)."""
    table = f"list-{plan.field}"
    row_actions = [_detail(schema)]
    if update := documents.get("claimUpdate"):
        row_actions.append(_edit(schema, update, table))
    if submit := documents.get("claimSubmit"):
        # the toast names the unit now holding it, read from the answer by path (bound.py)
        submitted = {"success": "已提交，由 ${claim.currentHandler} 审核"}
        row_actions.append(_row_action("提交", submit, "DRAFT", reload=table, messages=submitted,
                                       confirmText="提交后由所在单位审核，确定提交？"))  # fmt: skip
    if withdraw := documents.get("claimWithdraw"):
        row_actions.append(_row_action("撤回", withdraw, "SUBMITTED", reload=table))
    if delete := documents.get("claimDelete"):
        row_actions.append(_row_action("删除", delete, "DRAFT", reload=table,
                                       confirmText="确定删除这条待提交的申报？"))  # fmt: skip
    toolbar = []
    if create := documents.get("claimCreate"):
        toolbar.append(
            {
                "type": "button",
                "label": "新建申报",
                "level": "primary",
                "actionType": "dialog",
                "dialog": {
                    "title": "新建学时申报",
                    "size": "lg",
                    "body": claim_form(schema, create, table),
                },
            }
        )
    return {
        "type": "page",
        "title": plan.title,
        "body": _shown_first(
            crud(plan, toolbar=toolbar, row_actions=row_actions, columns=_columns(plan))
        ),
    }
