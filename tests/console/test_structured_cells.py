"""Typed summaries and change lines in generated lists: asked for through the union's
fragments, shown as one labelled line of text; a code beside its label stays one click away."""

from __future__ import annotations

import pytest
from graphql import GraphQLSchema, parse, validate

from admin_ui.lists import plan_list, rows_of
from admin_ui.pages import list_page
from resolvers.root import build_schema


@pytest.fixture(scope="module")
def schema() -> GraphQLSchema:
    return build_schema()._schema


def test_a_review_summary_is_asked_for_by_fragments_and_read_as_labelled_text(
    schema: GraphQLSchema,
) -> None:
    plan = plan_list(schema, "reviewSteps")
    assert plan is not None
    assert "... on ProfileChangeSummary { idNumber changes { field label before after } }" in (
        plan.query
    )
    assert validate(schema, parse(plan.query)) == []
    change = {"__typename": "ProfileChangeSummary", "idNumber": "3701021990****1234",
              "changes": [{"field": "titleGrade", "label": "职称级别", "before": "中级",
                           "after": "高级"},
                          {"field": "titleCertificateNo", "label": "证书编号", "before": None,
                           "after": "GJ-1"}]}  # fmt: skip
    claim = {"__typename": "ClaimSummary", "year": 2024, "subject": "PROFESSIONAL",
             "form": "岗位培训", "requestedHours": "40.0", "answers": []}  # fmt: skip
    rows = rows_of(plan, [{"id": "1", "summary": change}, {"id": "2", "summary": claim}])
    assert rows[0]["summary"] == (
        "申请人证件号码：3701021990****1234；"
        "变更明细：职称级别：中级 → 高级；证书编号：（空） → GJ-1"
    )
    # an enum by its label, an empty list says nothing
    assert (
        rows[1]["summary"]
        == "计入年度：2024；学习科目：专业科目；学习形式：岗位培训；申报学时：40.0"
    )


def test_the_audit_log_shows_labels_and_keeps_codes_one_click_away(
    schema: GraphQLSchema,
) -> None:
    plan = plan_list(schema, "auditLog")
    assert plan is not None
    columns = {c["name"]: c for c in list_page(plan)["body"]["columns"]}
    assert columns["actionLabel"]["label"] == "操作" and "toggled" not in columns["actionLabel"]
    assert columns["action"]["toggled"] is False
    assert columns["subjectType"]["toggled"] is False
    line = {"field": "regionId", "label": "注册所在地", "before": "历下区", "after": "济南市"}
    (row,) = rows_of(plan, [{"id": "1", "changes": [line]}])
    assert row["changes"] == "注册所在地：历下区 → 济南市"
