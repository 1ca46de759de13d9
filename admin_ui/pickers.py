"""Inputs that hold a reference (an organisation, a member, a department, a region) are chosen
from what the API lists, never typed: a searchable select over a list query, or a cascade
over `regions`. Files to attach are uploaded (POST /files) and their ids sent.

The options are read through /graphql as the person filling the form, so the API's own rules
decide what they may choose from (a member picker lists the admin's own subtree only).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

REGIONS = "query($parentCode: String) { regions(parentCode: $parentCode) { code name } }"

# amis sees what POST /files answers as {status, data: {value}}: the id is what is sent
UPLOAD_ADAPTOR = (
    "return payload.id"
    " ? {status: 0, msg: '', data: {value: payload.id, filename: payload.filename}}"
    " : jijiao.failed(payload.message || '上传失败');"
)


def upload(name: str, label: str, *, required: bool, multiple: bool = True) -> dict[str, Any]:
    """Evidence files: each uploaded at once, the form keeps their ids."""
    return {
        "type": "input-file",
        "name": name,
        "label": label,
        "required": required,
        "multiple": multiple,
        "maxLength": 10 if multiple else 1,
        "maxSize": 4 * 1024 * 1024,
        "accept": ".jpg,.jpeg,.png,.gif,.bmp,.pdf",
        "joinValues": False,
        "extractValue": True,
        "clearValueOnHidden": True,
        "receiver": {"url": "/files", "method": "post", "adaptor": UPLOAD_ADAPTOR},
        # the size limit amis says itself under the control (文件大小不超过 4 MB)
        "description": "JPG、PNG、GIF、BMP 或 PDF",
    }


@dataclass(frozen=True)
class SearchPicker:
    """A searchable select over one list query: `term` is what the user typed."""

    query: str
    rows: str  # path from the answer to the list ("edges" for a connection, "" for a list)
    label: str  # path within a row; several joined by "+" are shown side by side
    value: str
    variables: tuple[tuple[str, Any], ...] = ()

    def widget(self) -> dict[str, Any]:
        api = {
            "method": "post",
            "url": "/graphql",
            "graphql": self.query,
            "data": dict(self.variables),
            "adaptor": f"return jijiao.options(payload, '{self.rows}', "
            f"'{self.label}', '{self.value}');",
        }
        return {
            "type": "select",
            "searchable": True,
            "source": api,
            "autoComplete": api,
            "placeholder": "输入名称查找",
        }

    def value_of(self, path: str) -> str:
        return f"${{{path}}}"


def organisations(*kinds: str) -> SearchPicker:
    """Active units by name from the public directory (an admin's own `organisations` list
    is its subtree; a transfer or a registration points outside it)."""
    wanted: dict[str, Any] = {"nameContains": "${term}"}
    if kinds:
        wanted["kinds"] = list(kinds)
    return SearchPicker(
        "query($nameContains: String, $kinds: [OrgKind!]) "
        "{ organisationDirectory(nameContains: $nameContains, kinds: $kinds) { id name } }",
        "",
        "name",
        "id",
        tuple(wanted.items()),
    )


def members(value: str = "id") -> SearchPicker:
    """People of the admin's own subtree, by name."""
    return SearchPicker(
        "query($filter: PersonFilter) { persons(filter: $filter, first: 50) "
        f"{{ edges {{ node {{ {value} name }} }} }} }}",
        "edges",
        "node.name",
        f"node.{value}",
        (("filter", {"name": "${term}", "includeSubunits": True}),),
    )


DEPARTMENTS = SearchPicker("query { departments { id name } }", "", "name", "id")
# a professional chooses among its own unit's departments, which its viewer shows it
# (`departments` is for the unit's admins)
OWN_UNIT_DEPARTMENTS = SearchPicker(
    "query { viewer { organisation { departments { id name } } } }",
    "organisation.departments",
    "name",
    "id",
)
LEARNING_FORMS = SearchPicker("query { learningForms { code label } }", "", "label", "code")
ADMIN_ROLES = SearchPicker("query { adminRoles { id name } }", "", "name", "id")
# the audit log's codes by their names, as the API lists them
AUDIT_ACTIONS = SearchPicker(
    "query { auditCatalogue { actions { code label } } }", "actions", "label", "code"
)
AUDIT_SUBJECT_TYPES = SearchPicker(
    "query { auditCatalogue { subjectTypes { code label } } }", "subjectTypes", "label", "code"
)
# a verifier fails a claim it verified: chosen from its verification queue's passed steps by
# applicant, unit, year, form and hours (several paths: the label joins them)
VERIFIED_CLAIMS = SearchPicker(
    "query($applicantContains: String) { reviewSteps(kind: CLAIM_VERIFICATION, decided: true,"
    " status: APPROVED, applicantContains: $applicantContains, first: 50) { edges { node {"
    " subjectId applicantName unit requestedHours claim { year formLabel } } } } }",
    "edges",
    "node.applicantName+node.unit+node.claim.year+node.claim.formLabel+node.requestedHours",
    "node.subjectId",
    (("applicantContains", "${term}"),),
)
# hours are filed against the unit's own approved training plans
APPROVED_PLANS = SearchPicker(
    "query { trainingPlans(status: APPROVED, first: 100) { edges { node { id className"
    " startDate } } } }",
    "edges",
    "node.className+node.startDate",
    "node.id",
)


@dataclass(frozen=True)
class RegionPicker:
    """Province → city → district; the chosen value is the last code of the chain."""

    sent: str = field(default="${%s | split | last}")

    def widget(self) -> dict[str, Any]:
        return {
            "type": "chained-select",
            "joinValues": True,
            "delimiter": ",",
            "source": {
                "method": "post",
                "url": "/graphql",
                "graphql": REGIONS,
                "data": {"parentCode": "${parentId || null}"},
                "adaptor": "return jijiao.options(payload, '', 'name', 'code');",
            },
        }

    def value_of(self, path: str) -> str:
        return self.sent % path


def region_chain(code: str | None) -> str:
    """A region code (GB/T 2260: 370000, 370100, 370102) as the value the cascade shows:
    its province, city and district codes joined ("" for none)."""
    if not code or len(code) != 6 or not code.isdigit():
        return ""
    return ",".join(dict.fromkeys((code[:2] + "0000", code[:4] + "00", code)))


Picker = SearchPicker | RegionPicker

# by "InputType.field" first, then by the field's name wherever it appears
PICKERS: dict[str, Picker] = {
    "OrganisationRegisterInput.parentId": organisations("HRSS", "COMPETENT"),
    "ProfessionalRegisterInput.organisationId": organisations("EMPLOYER"),
    "TransferStartInput.toOrganisationId": organisations("EMPLOYER"),
    "ClaimFailInput.claimId": VERIFIED_CLAIMS,
    # a department's parent is another department of the unit, not an organisation
    "DepartmentAddInput.parentId": DEPARTMENTS,
    "DepartmentUpdateInput.parentId": DEPARTMENTS,
    "TrainingPlanFileInput.planId": APPROVED_PLANS,
    "ProfileBasicInput.departmentId": OWN_UNIT_DEPARTMENTS,
    "parentId": organisations(),
    "organisationId": organisations(),
    "withinId": organisations(),
    "competentId": organisations("COMPETENT"),
    "roleId": ADMIN_ROLES,
    "action": AUDIT_ACTIONS,
    "subjectType": AUDIT_SUBJECT_TYPES,
    "professionalId": members(),
    "professionalIds": members(),
    "accountId": members("accountId"),
    "departmentId": DEPARTMENTS,
    "learningForm": LEARNING_FORMS,
    "regionCode": RegionPicker(),
    "parentCode": RegionPicker(),
}
# list-of-ID fields holding uploaded files
UPLOADS = frozenset({"attachments", "attachment"})


def picker_for(owner: str | None, name: str) -> Picker | None:
    return PICKERS.get(f"{owner}.{name}") or PICKERS.get(name)


def sent_value(owner: str | None, name: str, path: str) -> str:
    """The data-mapping expression sending a control's value as the API wants it."""
    found = picker_for(owner, name)
    return found.value_of(path) if found is not None else f"${{{path}}}"
