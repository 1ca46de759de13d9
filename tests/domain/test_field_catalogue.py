"""The field catalogue turns stored raw facts into lines of 变更明细: names, labels, values."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from domain import audit
from domain import field_catalogue as catalogue
from domain.masking import mask_id_number, mask_phone


def test_stored_keys_become_api_names_labels_and_readable_values() -> None:
    before = {"title_grade": "JUNIOR", "title_effective_date": None}
    after = {"title_effective_date": "2024-12-01", "title_grade": "INTERMEDIATE"}
    lines = catalogue.lines(before, after, "profile_change")
    # the catalogue's order, whatever order the JSON column kept
    assert [(x.field, x.label, x.before, x.after) for x in lines] == [
        ("titleGrade", "职称级别", "初级", "中级"),
        ("titleEffectiveDate", "公布（生效）时间", None, "2024-12-01"),
    ]


def test_personal_data_carries_its_mask_and_references_read_by_name() -> None:
    before = {"id_number": "370102199001011234", "phone": "13905311234"}
    after = {"id_number": "370102199001015678", "organisation_id": 7}
    names = {(catalogue.ORGANISATION, "7"): "济南第一医院"}
    lines = {x.field: x for x in catalogue.lines(before, after, "professional", names)}
    assert lines["idNumber"].mask is mask_id_number
    assert lines["phone"].mask is mask_phone and lines["phone"].after is None
    assert lines["organisationId"].after == "济南第一医院"
    assert catalogue.references(before, after, "professional") == {"organisation": {"7"}}


def test_one_key_reads_by_the_subject_it_belongs_to() -> None:
    unit = catalogue.lines(None, {"phone": "0531-86661234", "kind": "EMPLOYER"}, "organisation")
    assert [(x.label, x.after, x.mask) for x in unit] == [
        ("单位电话", "0531-86661234", None),
        ("机构类型", "用人单位", None),
    ]
    step = catalogue.lines(None, {"kind": "CLAIM_REVIEW", "subject": 12}, "review_step")
    assert [(x.label, x.after) for x in step] == [
        ("审核事项", "学时审核"),
        ("被审核对象编号", "12"),
    ]


def test_claims_read_their_form_lists_and_hours() -> None:
    after = {"form": "POST_TRAINING", "subject": "PUBLIC", "requestedHours": "32",
             "details": {"className": "全科班", "organiser": "培训中心"},
             "modules": ["AUDIT", "ACCOUNTS"]}  # fmt: skip
    lines = {x.field: x.after for x in catalogue.lines(None, after, "claim")}
    assert lines["form"] == "岗位培训" and lines["subject"] == "公需科目"
    assert lines["requestedHours"] == "32.0"
    assert lines["details"] == "培训学校（单位）：培训中心；班次名称：全科班"  # the form's order
    assert lines["modules"] == "操作日志、账户管理"


def test_an_unknown_key_comes_out_camelcased_rather_than_crashing() -> None:
    (line,) = catalogue.lines({"brand_new_field": 1}, {"brand_new_field": [2, 3]})
    assert (line.field, line.label, line.before, line.after) == (
        "brandNewField", "brandNewField", "1", "2、3"
    )  # fmt: skip


def _recorded_actions() -> tuple[set[str], set[str]]:
    """The actions the domain records: literal codes, and f-string codes as patterns."""
    codes: set[str] = set()
    patterns: set[str] = set()
    for path in (Path(__file__).resolve().parents[2] / "domain").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("record", "record_many", "entry")
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "audit"
                and len(node.args) >= 2
            ):
                continue
            action = node.args[1]
            joined = [part for part in ast.walk(action) if isinstance(part, ast.JoinedStr)]
            inside = {id(piece) for part in joined for piece in ast.walk(part)}
            for part in joined:
                patterns.add(
                    "".join(
                        re.escape(v.value) if isinstance(v, ast.Constant) else "[a-z_.]+"
                        for v in part.values
                    )
                )
            codes.update(
                part.value
                for part in ast.walk(action)
                if isinstance(part, ast.Constant)
                and isinstance(part.value, str)
                and id(part) not in inside
            )
    return codes, patterns


def test_every_recorded_action_has_a_chinese_label() -> None:
    codes, patterns = _recorded_actions()
    assert len(codes) > 40  # the scan found the workflows' records
    assert sorted(codes - audit.ACTION_LABELS.keys()) == []
    for pattern in patterns:
        assert any(re.fullmatch(pattern, code) for code in audit.ACTION_LABELS), pattern


def test_a_key_empty_on_both_sides_says_nothing() -> None:
    # a new claim without attachments: no "附件编号：（空） → （空）" line
    lines = catalogue.lines(None, {"year": 2024, "attachments": []}, "claim")
    assert [x.field for x in lines] == ["year"]
