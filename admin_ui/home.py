"""The home page: an admin's leads with the live to-do counts from the `todoCounts`
subscription; every home says who is acting and lists the role's functions, grouped as the
menu is."""

from __future__ import annotations

import html
from typing import Any

import orjson

from admin_ui.bound import in_template


def _todo_feed(document: str) -> dict[str, Any]:
    """A service whose data comes from the subscription while the page is shown: the shell's
    `jijiao.subscribe` opens it and returns the function amis calls to close it."""
    provider = (
        f"return jijiao.subscribe({orjson.dumps(document).decode()}, "
        "function (data) { setData({todo: data.todoCounts}); });"
    )
    card = {
        "type": "tpl",
        "className": "todo-card",
        "tpl": (
            # nothing waiting: a small card, so that the queues with work stand out
            '<a class="todo-card-link ${count > 0 ? "has-work" : "is-empty"}"'
            ' href="#/reviewSteps/${kind}">'
            '<div class="todo-count">${count}</div><div class="todo-label">${label}</div></a>'
        ),
    }
    return {
        "type": "service",
        "name": "todo",
        "dataProvider": provider,
        "body": [
            {"type": "tpl", "tpl": "正在获取待办事项…", "visibleOn": "${!todo}"},
            {
                "type": "panel",
                "title": "待办事项",
                "visibleOn": "${todo}",
                "className": "todo-panel",
                "body": [
                    {
                        "type": "tpl",
                        "className": "todo-total",
                        "tpl": "共 <b>${todo.total}</b> 项待处理",
                    },
                    {
                        "type": "each",
                        "name": "todo.items",
                        "className": "todo-cards",
                        "items": card,
                        "placeholder": "您的角色没有审核事项",
                    },
                ],
            },
        ],
    }


def _text(words: str) -> str:
    """The menu's and the schema's own words in a template: escaped as HTML, and a `$` as an
    entity, so that amis shows them as they are and never reads them as a template."""
    return html.escape(words).replace("$", "&#36;")


def _functions(menu: list[dict[str, Any]], cards: bool) -> dict[str, Any]:
    """The role's functions as the menu groups them: a card per page (its short label, and its
    full title when that says more) or, beside the to-do counts, a plain link."""
    blocks: list[dict[str, Any]] = []
    for section in menu:
        links = []
        for entry in section["children"]:
            title = (entry.get("schema") or {}).get("title")
            label = _text(entry["label"])
            note = _text(title) if cards and title and title != entry["label"] else ""
            # named with its section, so the menu's link keeps its own name alone
            named = _text(f"{entry['label']}（{section['label']}）")
            links.append(
                f'<a class="home-function-link" href="#{_text(entry["url"])}"'
                f' aria-label="{named}">'
                f'<span class="home-function-label">{label}</span>'
                + (f'<span class="home-function-note">{note}</span>' if note else "")
                + "</a>"
            )
        blocks.append(
            {
                "type": "tpl",
                "className": "home-section",
                "tpl": f'<div class="home-section-title">{_text(section["label"])}</div>'
                f'<div class="home-functions{"" if cards else " is-compact"}">'
                + "".join(links)
                + "</div>",
            }
        )
    return {"type": "container", "className": "home-menu", "body": blocks}


# sections every role has, left to the menu: the home lists the role's own work
NOT_ON_HOME = frozenset({"公共查询", "账号设置"})


def home_page(
    todo_document: str | None, menu: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """`todo_document`: the todoCounts subscription when the principal may use it — an
    admin's home then leads with the to-do counts; `menu`: the principal's navigation, whose
    pages the home lists (as cards for a professional, whose home is where the seed manual's
    four modules start). Who is acting is the app's data (`viewer`, see navigation.app_data)."""
    greeting = {
        "type": "tpl",
        "className": "home-greeting",
        "tpl": f"{in_template('viewer.name')}，您好！当前身份：{in_template('viewer.roleLabel')}"
        f" · {in_template('viewer.organisationName')}",
    }
    own = [s for s in menu or [] if s["label"] not in NOT_ON_HOME]
    if todo_document is None:
        body: list[Any] = [greeting, *([_functions(menu or [], cards=True)] if menu else [])]
    else:
        body = [_todo_feed(todo_document), greeting, *([_functions(own, False)] if own else [])]
    return {"type": "page", "title": "首页", "body": body}
