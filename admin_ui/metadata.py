"""The small layer the schema cannot say by itself: widgets, defaults, how much to show.

Labels are never here: they come from the schema's descriptions.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from admin_ui.bound import in_template
from models.enums import Module

# widgets by argument or input field name, where the type alone would choose wrongly
WIDGETS = {
    "password": "input-password",
    "newPassword": "input-password",
    "oldPassword": "input-password",
    "portal": "radios",
}

# other names a row goes by in operations' inputs (beside `<type>Id` for its own `id`), by
# row type: input field → the row's column holding it
ROW_ALIASES = {
    "Person": {"accountId": "accountId", "professionalId": "id", "professionalIds": "id"},
    "MemberCompletion": {"professionalId": "professionalId"},
}
# the name operations call a row type's records by, where it is not the type's own name
# (less a trailing "Type"): `departmentUpdate` edits a DepartmentEntry row
OPERATED_AS = {"DepartmentEntry": "department"}

# an update operation's form opens on the record it edits: the query path answering that
# record, by mutation. Each input field takes the record's value of the same name (or the
# path RECORD_ALIASES gives); the form sends only what the user changed (admin_ui/current.py)
CURRENT_RECORD = {
    "profileBasicUpdate": "myProfile",
    "profileEducationUpdate": "myProfile",
    "profileAdminPostUpdate": "myProfile",
    "organisationUpdate": "viewer.organisation",
}
# input fields a record holds under another name, by record type: input field → path in it
RECORD_ALIASES = {
    "Organisation": {"regionCode": "region.code"},
}

# a row operation setting what its row shows starts on the row's value, never on a preset:
# by mutation, input field → an amis expression over the row's cells (a Boolean cell reads
# 是/否: admin_ui/lists.py)
ROW_VALUES = {
    "organisationSetReviewEnabled": {"enabled": "reviewEnabled === '是'"},
    "adminSetEnabled": {"enabled": "status === 'ACTIVE'"},
    "departmentSetEnabled": {"enabled": "enabled === '是'"},
}

# input fields a generated form leaves out, by "InputType.field"
HIDDEN_INPUTS = {
    # the acting unit of an admin of several units: chosen after sign-in with the role switcher
    "LoginInput.organisationId",
}

# a list shows this many columns at first (its KEY columns among them: schema/tabular.py —
# 公需/专业 hours and 达标 beside 总学时 and 是否合格); the others are one click away
VISIBLE_COLUMNS = 10
PAGE_SIZE = 20
# connections page forward by cursor, so page N walks the rows before it: this far at most
MAX_SKIPPED_ROWS = 10_000

# list cells show times in China Standard Time (no daylight saving)
DISPLAY_TZ = dt.timezone(dt.timedelta(hours=8), "CST")


# a required argument's first value read from who is signed in (admin_ui/navigation.py
# app_data): the search form starts on the caller's own region. Only the page's form knows
# it, so the list route never fills it in (admin_ui/lists.py variables_from)
FROM_VIEWER = {"regionCode": "viewer.regionChain"}

# lists that need one of several optional arguments (the API refuses a search by nothing):
# their page waits for the user's search
ONE_OF_REQUIRED = {"learningRecords": ("idNumber", "name")}


def default_for(name: str, kind: Any = None) -> Any:
    """A value for a required argument the console fills in before the user does: this
    year, the caller's region (as a reference to the viewer's data, never the value
    itself), or an enum's first member (调入 before 调出) so a list shows rows at once."""
    if name in ("year", "years"):
        return dt.datetime.now(DISPLAY_TZ).year
    if name in FROM_VIEWER:
        return in_template(FROM_VIEWER[name])
    values = getattr(kind, "values", None)
    if isinstance(values, dict) and values:
        return next(iter(values))
    return None


# The menu as the seed manuals group it (001/002 §5: 账户管理 — 本级机构管理, 注册审核管理,
# 变更审核管理, 人员调转 —, 学时（分）申报, 学时（分）审核, 查询统计; 000 §4: 学时（分）申报,
# 年度完成情况, 用户资料管理): sections in order, 账户管理's parts each a section of its own so
# that none is a long list. An admin's page sits in the section of the first module that opens
# it (admin_ui/navigation.py), in the order its module has here; a professional's own pages
# (no module opens them) sit in the section of the record type they list or change.
MENU_SECTIONS: dict[str, tuple[Module, ...]] = {
    "本级机构管理": (Module.ORGANISATION_INFO, Module.ADMINS),
    "注册与变更审核": (Module.REGISTRATION_REVIEW, Module.CHANGE_REVIEW),
    "人员调转": (Module.TRANSFERS,),
    "学时申报": (Module.CLAIM_FILING, Module.PLANS),
    "学时审核": (Module.CLAIM_REVIEW, Module.CLAIM_VERIFICATION),
    "查询统计": (Module.STATISTICS, Module.ACCOUNTS, Module.AUDIT),
    "批量导入": (Module.IMPORT_EXPORT,),
}
OWN_SECTIONS: dict[str, tuple[str, ...]] = {
    "学时申报": ("Claim",),
    "年度完成情况": ("Completion",),
    "用户资料管理": ("Profile", "ProfileChangeType", "Transfer"),
}

# A menu entry's label is its page's title without the owner the console already names
# (本人的…, 本单位及下级单位的…: admin_ui/navigation.py menu_label); these few stay long
# that way, by root field
MENU_LABELS = {
    "memberCompletions": "人员完成情况",
    "myTransfers": "调转记录",
    "baseDocuments": "计划与总结",
    "baseDocumentSubmit": "提交计划或总结",
}
