"""The small layer the schema cannot say by itself: widgets, defaults, how much to show.

Labels are never here: they come from the schema's descriptions.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from admin_ui.bound import in_template

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

# a list shows this many columns at first; the others are one click away (column toggler)
VISIBLE_COLUMNS = 8
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
