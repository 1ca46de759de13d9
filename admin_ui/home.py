"""The home page: who is acting, and the live to-do counts from the `todoCounts` subscription."""

from __future__ import annotations

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
            '<a class="todo-card-link" href="#/reviewSteps/${kind}">'
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


def home_page(todo_document: str | None) -> dict[str, Any]:
    """`todo_document`: the todoCounts subscription when the principal may use it. Who is
    acting is the app's data (`viewer`, see navigation.app_data)."""
    greeting = {
        "type": "tpl",
        "className": "home-greeting",
        "tpl": f"{in_template('viewer.name')}，您好！当前身份：{in_template('viewer.roleLabel')}"
        f" · {in_template('viewer.organisationName')}",
    }
    body: list[Any] = [greeting]
    if todo_document is not None:
        body.append(_todo_feed(todo_document))
    return {"type": "page", "title": "首页", "body": body}
