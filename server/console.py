"""HTTP routes of the generated admin console (pages built by admin_ui/ from the schema).

GET /console                  the HTML shell (amis from local assets)
GET /console/login.json       the sign-in page
GET /console/app.json         the amis app for the bearer's principal
                              (both answer {schema, data}: user-supplied text is only ever
                              data, see admin_ui/bound.py)
GET /console/api/list/{field} one page of a list, in amis's {status, msg, data} shape: the
                              generated query runs as the caller through the schema, so
                              @allow, row scope and @pii masks apply as in the API
"""

from __future__ import annotations

from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.routing import BaseRoute, Route

from admin_ui.bound import answer
from admin_ui.charts import chart_option
from admin_ui.graph import strawberry_field
from admin_ui.lists import (
    BadFilter,
    ListPlan,
    export_url,
    items_of,
    missing,
    plan_list,
    rows_of,
    variables_from,
)
from admin_ui.login import login_page
from admin_ui.metadata import MAX_SKIPPED_ROWS, PAGE_SIZE
from admin_ui.navigation import Audience, app_data, app_json
from admin_ui.pickers import region_chain
from admin_ui.shell import SCRIPT, STYLE, shell_html
from domain import rules, todo
from schema.context import Context
from schema.permissions import rule_of
from server.auth import authenticate, bearer_token, declare
from server.graphiql import amis_asset, amis_version_installed

VIEWER = (
    "{ viewer { name kind organisation { id name region { code } } "
    "roles { kind organisationId organisationName } } }"
)
UNAUTHENTICATED = {"code": "UNAUTHENTICATED", "message": "会话已失效，请重新登录"}
# what one principal may see is not for shared caches
PRIVATE = {"Cache-Control": "no-store"}


@declare(rules.PUBLIC)
async def shell(request: Request) -> HTMLResponse:
    return HTMLResponse(shell_html(amis_version_installed()), headers={"Cache-Control": "no-cache"})


@declare(rules.PUBLIC)
async def static(request: Request) -> Response:
    files = {"console.js": SCRIPT, "console.css": STYLE}
    found = files.get(request.path_params["name"])
    if found is None:
        raise HTTPException(404)
    return FileResponse(found, headers={"Cache-Control": "public, max-age=86400"})


@declare(rules.PUBLIC)
async def login_json(request: Request) -> JSONResponse:
    return JSONResponse(answer(login_page(request.app.state.graphql_schema._schema)))


def _anonymous(request: Request) -> Context:
    return Context(
        request=request,
        client_address=request.client.host if request.client else None,
        max_page_size=request.app.state.settings.max_page_size,
    )


def _public(plan: ListPlan, request: Request) -> bool:
    """A list anyone may read (registration progress on the sign-in page), asked for without
    a session — a stale token still means "sign in again"."""
    definition = strawberry_field(plan.definition)
    rule = rule_of(definition) if definition else None
    return rule is not None and rule.anonymous and "authorization" not in request.headers


async def _signed_in(request: Request) -> Context | None:
    context = _anonymous(request)
    token = bearer_token(request.headers.get("authorization"))
    if token is None or not await authenticate(context, token):
        return None
    return context


@declare(rules.SIGNED_IN_DURING_RESET)
async def app(request: Request) -> JSONResponse:
    context = await _signed_in(request)
    if context is None:
        return JSONResponse(UNAUTHENTICATED, status_code=401)
    schema = request.app.state.graphql_schema
    result = await schema.execute(VIEWER, context_value=context)
    viewer = (result.data or {}).get("viewer") or {}
    labels = Audience.enum_labels(schema._schema, "RoleKind")
    organisation = viewer.get("organisation") or {}
    acting = (viewer.get("kind"), organisation.get("id"))
    audience = Audience(
        principal=context.principal,
        viewer={
            "name": viewer.get("name", ""),
            "roleLabel": labels.get(viewer.get("kind"), ""),
            "organisationName": organisation.get("name", ""),
            # where the caller's searches by region start (metadata.FROM_VIEWER)
            "regionChain": region_chain((organisation.get("region") or {}).get("code")),
        },
        # the account's other roles, for the switcher in the header
        other_roles=tuple(
            {
                "kind": role["kind"],
                "organisationId": role["organisationId"],
                "label": f"{labels.get(role['kind'], role['kind'])} · {role['organisationName']}",
            }
            for role in viewer.get("roles") or ()
            if (role["kind"], role["organisationId"]) != acting
        ),
        review_kinds=tuple(kind.value for kind in todo.kinds_for(context.principal)),
    )
    return JSONResponse(
        answer(app_json(schema._schema, audience), app_data(audience)), headers=PRIVATE
    )


def _failed(message: str) -> JSONResponse:
    return JSONResponse({"status": 1, "msg": message})


def _number(text: str | None, default: int, highest: int) -> int:
    return min(int(text), highest) if text and text.isdigit() and int(text) > 0 else default


@declare(rules.PER_FIELD)
async def list_rows(request: Request) -> JSONResponse:
    schema = request.app.state.graphql_schema
    plan = plan_list(schema._schema, request.path_params["field"])
    if plan is None:
        return JSONResponse({"status": 404, "msg": "没有这个列表"}, status_code=404)
    context = await _signed_in(request)
    if context is None and not _public(plan, request):
        return JSONResponse(UNAUTHENTICATED, status_code=401)
    context = context or _anonymous(request)
    params = request.query_params
    per_page = _number(params.get("perPage"), PAGE_SIZE, context.max_page_size)
    page = _number(params.get("page"), 1, 1_000_000)
    if (page - 1) * per_page > MAX_SKIPPED_ROWS:
        return _failed(f"只能翻到前 {MAX_SKIPPED_ROWS} 条，请用筛选条件缩小范围")
    try:
        variables = variables_from(plan, params)
    except BadFilter as error:
        return _failed(str(error))
    if missing(plan, variables):
        # a search not filled in yet: no rows, and no query the API would refuse
        empty = {"items": [], "total": 0, "exportUrl": export_url(plan, variables)}
        return JSONResponse({"status": 0, "msg": "", "data": empty}, headers=PRIVATE)
    if not plan.paged:
        try:
            items = items_of(plan, (await _run(schema, plan.query, variables, context))[plan.field])
        except _Failed as failure:
            return failure.response
        rows = rows_of(plan, items)
        return JSONResponse(
            {
                "status": 0,
                "msg": "",
                "data": {
                    "items": rows,
                    "total": len(items),
                    "exportUrl": export_url(plan, variables),
                    "chart": chart_option(plan, rows),
                },
            },
            headers=PRIVATE,
        )
    try:
        after = await _cursor_before(schema, plan, variables, context, (page - 1) * per_page)
        if after is _PAST_THE_END:  # no rows there; the total still tells amis the last page
            paged = {**variables, "first": 0, "after": None}
        else:
            paged = {**variables, "first": per_page, "after": after}
        answer = (await _run(schema, plan.query, paged, context))[plan.field]
    except _Failed as failure:
        return failure.response
    edges = answer["edges"]
    total = answer["totalCount"]
    return JSONResponse(
        {
            "status": 0,
            "msg": "",
            "data": {
                "items": rows_of(plan, [edge["node"] for edge in edges]),
                "total": total,
                "exportUrl": export_url(plan, variables),
            },
        },
        headers=PRIVATE,
    )


class _Failed(Exception):
    def __init__(self, response: JSONResponse) -> None:
        self.response = response


_PAST_THE_END: Any = object()


async def _run(schema: Any, query: str, variables: dict[str, Any], context: Context) -> Any:
    result = await schema.execute(query, variable_values=variables, context_value=context)
    if result.errors:
        code = (result.errors[0].extensions or {}).get("code")
        if code == "UNAUTHENTICATED":
            raise _Failed(JSONResponse(UNAUTHENTICATED, status_code=401))
        raise _Failed(_failed(result.errors[0].message))
    return result.data


async def _cursor_before(
    schema: Any, plan: ListPlan, variables: dict[str, Any], context: Context, skip: int
) -> Any:
    """The cursor after which the requested page starts. Connections page forward by cursor
    only, so a later page walks the cursors before it (pageInfo only, largest pages)."""
    after = None
    while skip > 0:
        size = min(skip, context.max_page_size)
        paged = {**variables, "first": size, "after": after}
        data = await _run(schema, plan.cursors_query, paged, context)
        info = data[plan.field]["pageInfo"]
        skip -= size
        if info["endCursor"] is None or (skip > 0 and not info["hasNextPage"]):
            return _PAST_THE_END
        after = info["endCursor"]
    return after


ROUTES: list[BaseRoute] = [
    Route("/console", shell),
    Route("/console/login.json", login_json),
    Route("/console/app.json", app),
    Route("/console/api/list/{field}", list_rows),
    Route("/console/{name}", static),
    Route("/assets/amis/{version}/{path:path}", amis_asset),
]
