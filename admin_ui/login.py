"""The sign-in page, generated from the `login` mutation's input: its fields, labels and the
portal choice come from the schema; the server's Chinese message shows for each outcome."""

from __future__ import annotations

from typing import Any

from graphql import GraphQLInputObjectType, GraphQLSchema

from admin_ui import metadata
from admin_ui.graph import operation, unwrap
from admin_ui.widgets import control

BRAND = "继续教育管理平台"


def login_page(schema: GraphQLSchema) -> dict[str, Any]:
    login = schema.mutation_type.fields["login"] if schema.mutation_type else None
    input_type = unwrap(login.args["input"].type) if login else None
    if login is None or not isinstance(input_type, GraphQLInputObjectType):
        raise LookupError("the schema has no login(input: …) mutation")
    controls = [
        found
        for name, definition in input_type.fields.items()
        if f"{input_type.name}.{name}" not in metadata.HIDDEN_INPUTS
        and (found := control(name, definition)) is not None
    ]
    sent = {item["name"]: f"${{{item['name']}}}" for item in controls}
    form = {
        "type": "form",
        "name": "login",
        "title": "登录",
        "mode": "horizontal",
        "api": {
            "method": "post",
            "url": "/graphql",
            "graphql": operation(schema, "mutation", "login"),
            "data": {"input": sent},
        },
        "body": controls,
        "submitText": "登录",
        "messages": {"saveSuccess": "登录成功"},
        "onEvent": {
            "submitSucc": {
                "actions": [
                    {"actionType": "custom", "script": "jijiao.signIn(event.data.result.data)"}
                ]
            }
        },
    }
    return {
        "type": "page",
        "className": "login-page",
        "body": {
            "type": "container",
            "className": "login-box",
            "body": [{"type": "tpl", "tpl": BRAND, "className": "login-brand"}, form],
        },
    }
