"""List pages (amis `crud`) generated from a connection field's plan."""

from __future__ import annotations

import urllib.parse
from typing import Any

from admin_ui import metadata
from admin_ui.charts import chart
from admin_ui.graph import enum_labels, filter_arguments
from admin_ui.lists import ListColumn, ListPlan, waits_for_search
from admin_ui.widgets import control
from schema.tabular import DETAIL, KEY

LIST_API = "/console/api/list/"


def list_api(field: str, fixed: dict[str, str] | None = None) -> str:
    """The JSON adaptor a list page reads (server/console.py); amis adds page, perPage and
    the filter form's values to the query string."""
    query = f"?{urllib.parse.urlencode(fixed)}" if fixed else ""
    return f"{LIST_API}{field}{query}"


def column(item: ListColumn, visible: bool = True, key: bool = False) -> dict[str, Any]:
    """`key`: one of the columns a narrow screen keeps (console.js hides the others there,
    each still in the column toggler)."""
    shown: dict[str, Any] = {"name": item.key, "label": item.label}
    if item.remark:
        shown["remark"] = item.remark
    if item.enum is not None:
        shown.update(type="mapping", map={**enum_labels(item.enum), "*": f"${{{item.key}}}"})
    if not visible:
        shown["toggled"] = False
    if key:
        shown["className"] = shown["labelClassName"] = KEY_COLUMN
    return shown


# the class of a column a narrow screen keeps (console.js, console.css)
KEY_COLUMN = "console-key-column"


def _code_beside_its_name(key: str, keys: set[str]) -> bool:
    if f"{key}Label" in keys or (key == "code" and "label" in keys):
        return True
    stem = key.removesuffix("Code")
    return key.endswith("Code") and bool({f"{stem}_name", f"{stem}Name"} & keys)


def _columns(items: list[ListColumn], every_figure: bool = False) -> list[dict[str, Any]]:
    """Which columns show at once, by the priority the table planner declares
    (schema/tabular.py): every KEY column (a row's result and who holds it), then NORMAL ones
    while fewer than metadata.VISIBLE_COLUMNS show; a DETAIL, a number pointing at another
    record (`…Id`) and a code read beside its label (`action` beside `actionLabel`, a
    catalogue's `code` beside its `label`, `parentCode` beside `parent_name`) are one click
    away in the column toggler. `every_figure`: a statistic shows all its figures.
    A narrow screen keeps the KEY columns of a list that has at least two, and its first
    column (a statistic: all of them)."""
    keys = {item.key for item in items}

    def one_click_away(item: ListColumn) -> bool:
        return (
            item.key.endswith("Id")
            or _code_beside_its_name(item.key, keys)
            or item.priority == DETAIL
        )

    shown_first = [i for i in items if i.priority == KEY and not one_click_away(i)]
    room = metadata.VISIBLE_COLUMNS - len(shown_first)
    # a statistic's figures are read side by side, scrolled on a narrow screen
    narrow = len(shown_first) >= 2 and not every_figure
    # a narrow screen keeps the row's name too: its first column shown other than 编号
    first = next((i for i in items if not one_click_away(i) and i.key != "id"), None)
    kept = [*shown_first, first]
    out = []
    for item in items:
        if one_click_away(item):
            visible = False
        elif item.priority == KEY or every_figure:
            visible = True
        else:
            visible = room > 0
            room -= visible
        out.append(column(item, visible, key=narrow and item in kept))
    return out


def filter_form(plan: ListPlan, fixed: tuple[str, ...] = ()) -> dict[str, Any] | None:
    controls = [
        found
        for name, definition, _ in filter_arguments(plan.definition)
        if name not in fixed and (found := control(name, definition)) is not None
    ]
    if not controls:
        return None
    return {
        "title": "",
        "mode": "inline",
        "wrapWithPanel": True,
        "body": controls,
        "actions": [
            {"type": "reset", "label": "重置"},
            {"type": "submit", "label": "查询", "level": "primary"},
        ],
    }


def export_button() -> dict[str, Any]:
    """Downloads the rows the filter selects (the adaptor tells the list its `exportUrl`)."""
    return {
        "type": "button",
        "label": "导出Excel",
        "align": "right",
        "onEvent": {
            "click": {
                "actions": [
                    {"actionType": "custom", "script": "jijiao.download(event.data.exportUrl)"}
                ]
            }
        },
    }


def crud(
    plan: ListPlan,
    *,
    name: str | None = None,
    fixed: dict[str, str] | None = None,
    columns: list[ListColumn] | None = None,
    bulk_actions: list[dict[str, Any]] | None = None,
    toolbar: list[dict[str, Any]] | None = None,
    row_actions: list[dict[str, Any]] | None = None,
    omit_filters: tuple[str, ...] = (),
) -> dict[str, Any]:
    """`fixed`: arguments the page sets (sent, not offered); `omit_filters`: arguments not
    offered on this page (a claim's filters on another kind's queue)."""
    shown = plan.columns if columns is None else columns
    table: dict[str, Any] = {
        "type": "crud",
        "name": name or f"list-{plan.field}",
        "api": list_api(plan.field, fixed),
        "syncLocation": False,
        "perPage": metadata.PAGE_SIZE,
        "perPageAvailable": [10, 20, 50, 100],
        "primaryField": "id",
        "placeholder": "暂无数据",
        "columnsTogglable": True,
        "headerToolbar": [
            *(["bulkActions"] if bulk_actions else []),
            *(toolbar or []),
            export_button(),
            {"type": "columns-toggler", "align": "right"},
        ],
        "footerToolbar": [
            {"type": "tpl", "tpl": "共 ${total | default:0} 条", "className": "list-total"},
            "switch-per-page",
            "pagination",
        ],
        "columns": _columns(shown, every_figure=plan.rows_field is not None),
    }
    if not plan.paged:
        # a plain list arrives whole: amis pages it in the browser
        table["loadDataOnce"] = True
    if waits_for_search(plan):
        # nothing to ask for until the user says whom or what: the page opens on its form
        table.update(initFetch=False, placeholder="暂无数据（请填写查询条件后点击查询）")
    form = filter_form(plan, (*(fixed or ()), *omit_filters))
    if form is not None:
        table["filter"] = form
    if bulk_actions:
        table["bulkActions"] = bulk_actions
    if row_actions:
        table["columns"].append({"type": "operation", "label": "操作", "buttons": row_actions})
    return table


def list_page(
    plan: ListPlan,
    actions: list[dict[str, Any]] | None = None,
    bulk: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    table = crud(plan, row_actions=actions, bulk_actions=bulk)
    drawn = chart(plan)
    if drawn is not None:
        # under the table, in the list's own data: it follows the filters
        table["footerToolbar"] = [*table["footerToolbar"], drawn]
    return {"type": "page", "title": plan.title, "body": table}
