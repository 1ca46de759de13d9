"""Export any list or statistic of the API to xlsx:
`GET /exports/{field}.xlsx?variables=<JSON of the field's arguments>[&pageSize=N]`.

The export is a GraphQL query the server writes for itself from the schema — every scalar
column of the field's rows, headed by its Chinese description — and runs as the caller,
page after page, through the same schema. So an export shows exactly what the caller could
read: the same @allow rules, the same row scope, the same @pii masks, all matching rows
rather than one page, and a new field appears in exports without code here.
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass
from typing import Any

import orjson
from graphql import GraphQLArgument, GraphQLObjectType, Undefined, ast_from_value, print_ast
from starlette.requests import Request
from starlette.responses import Response

from documents.export import xlsx
from domain import rules
from schema.context import Context
from schema.tabular import (
    Column,
    columns_of,
    is_list,
    percent_text,
    statistic_rows,
    text_of,
    unwrap,
)
from server.auth import authenticate, bearer_token, declare, http_error

MAX_ROWS = 200_000
STATUS_OF = {"UNAUTHENTICATED": 401, "FORBIDDEN": 403, "NOT_FOUND": 404}


def _selection(columns: list[Column]) -> str:
    return " ".join(c.selection for c in columns)


def _default(argument: GraphQLArgument) -> str:
    """A required argument with a default (`decided: Boolean! = false`) may go unsent."""
    if argument.default_value is Undefined:
        return ""
    found = ast_from_value(argument.default_value, argument.type)
    return f" = {print_ast(found)}" if found is not None else ""


def _cell(value: Any, column: Column) -> Any:
    if value is None:
        return ""
    if column.shape is not None or isinstance(value, dict | list):
        return text_of(value, column.shape) or ""
    if column.enum is not None:
        found = column.enum.values.get(str(value))
        return found.description if found and found.description else value
    if isinstance(value, bool):
        return "是" if value else "否"
    if column.percent:
        return percent_text(value)
    return value


def _dig(row: dict[str, Any], column: Column) -> Any:
    value: Any = row
    for key in column.path:
        value = value.get(key) if isinstance(value, dict) else None
    return _cell(value, column)


@dataclass(frozen=True)
class Plan:
    field: str
    connection: bool
    # for an object answer: the list field holding its rows, and a total row beside it
    rows_field: str | None
    total_field: str | None
    columns: list[Column]
    title: str
    declared: str
    passed: str


def plan_export(schema: Any, field_name: str) -> Plan | None:
    root = schema.query_type.fields.get(field_name)
    if root is None:
        return None
    answer = unwrap(root.type)
    if not isinstance(answer, GraphQLObjectType):
        return None
    rows_field = total_field = None
    connection = "edges" in answer.fields and "pageInfo" in answer.fields
    if connection:
        edge = unwrap(answer.fields["edges"].type)
        row_type = unwrap(edge.fields["node"].type)
    elif is_list(root.type):
        row_type = answer
    else:
        rows_field, total_field, found = statistic_rows(root)
        if found is None:
            return None
        row_type = found
    arguments = [(name, arg) for name, arg in root.args.items()]
    declared = ", ".join(f"${name}: {arg.type}{_default(arg)}" for name, arg in arguments)
    passed = ", ".join(f"{name}: ${name}" for name, _ in arguments)
    title = (root.description or field_name).split("：")[0].split("（")[0]
    return Plan(
        field_name, connection, rows_field, total_field, columns_of(row_type), title,
        declared, passed,
    )  # fmt: skip


def _query(plan: Plan) -> str:
    fields = _selection(plan.columns)
    if plan.connection:
        body = f"edges {{ node {{ {fields} }} }} pageInfo {{ hasNextPage endCursor }}"
    elif plan.rows_field:
        body = f"{plan.rows_field} {{ {fields} }}"
        if plan.total_field:
            body += f" {plan.total_field} {{ {fields} }}"
    else:
        body = fields
    arguments = f"({plan.passed})" if plan.passed else ""
    variables = f"({plan.declared})" if plan.declared else ""
    return f"query Export{variables} {{ {plan.field}{arguments} {{ {body} }} }}"


@declare(rules.PER_FIELD)
async def export(request: Request) -> Response:
    schema = request.app.state.graphql_schema
    settings = request.app.state.settings
    plan = plan_export(schema._schema, request.path_params["field"])
    if plan is None:
        return http_error(404, "UNKNOWN_EXPORT", "没有可导出的该列表或统计")
    try:
        variables = orjson.loads(request.query_params.get("variables") or "{}")
    except orjson.JSONDecodeError:
        return http_error(400, "INVALID_VARIABLES", "variables 应为 JSON 对象")
    if not isinstance(variables, dict):
        return http_error(400, "INVALID_VARIABLES", "variables 应为 JSON 对象")
    context = Context(
        request=request,
        client_address=request.client.host if request.client else None,
        max_page_size=settings.max_page_size,
    )
    if not await authenticate(context, bearer_token(request.headers.get("authorization"))):
        return http_error(401, "UNAUTHENTICATED", "会话已失效，请重新登录")
    size_text = request.query_params.get("pageSize", str(settings.max_page_size))
    if not size_text.isdigit() or not 1 <= int(size_text) <= settings.max_page_size:
        return http_error(
            400, "PAGE_SIZE_OUT_OF_RANGE", f"pageSize 应在1到{settings.max_page_size}之间"
        )
    query = _query(plan)
    rows: list[list[Any]] = []
    after: str | None = None
    while True:
        if plan.connection:
            variables = {**variables, "first": int(size_text), "after": after}
        result = await schema.execute(query, variable_values=variables, context_value=context)
        if result.errors:
            extensions = result.errors[0].extensions or {}
            code = str(extensions.get("code", "BAD_REQUEST"))
            return http_error(STATUS_OF.get(code, 400), code, result.errors[0].message)
        answer = (result.data or {})[plan.field]
        if plan.connection:
            nodes = [edge["node"] for edge in answer["edges"]]
        elif plan.rows_field:
            nodes = list(answer[plan.rows_field])
            if plan.total_field and answer.get(plan.total_field):
                nodes.append(answer[plan.total_field])
        else:
            nodes = answer
        rows.extend([_dig(node, c) for c in plan.columns] for node in nodes)
        if len(rows) > MAX_ROWS:
            return http_error(413, "EXPORT_TOO_LARGE", f"导出超过 {MAX_ROWS} 行，请缩小查询范围")
        if not plan.connection or not answer["pageInfo"]["hasNextPage"]:
            break
        after = answer["pageInfo"]["endCursor"]
    body = xlsx(plan.title, [c.header for c in plan.columns], rows)
    filename = urllib.parse.quote(f"{plan.title}.xlsx")
    return Response(
        body,
        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        headers={"Content-Disposition": f"attachment; filename*=UTF-8''{filename}"},
    )
