"""The Starlette application: /graphql (HTTP and graphql-transport-ws), /healthz, /assets."""

from __future__ import annotations

import asyncio
import gc
import logging
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from typing import Any

import orjson
from cross_web import HTTPException  # what Strawberry's HTTP views raise
from graphql import GraphQLError
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket, WebSocketDisconnect
from strawberry.asgi import ASGIWebSocketAdapter, GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.http.exceptions import WebSocketDisconnected
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL
from strawberry.types import ExecutionResult
from strawberry.types.unset import UNSET
from tortoise import connections
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from domain import events, rules
from domain.errors import DomainError
from resolvers.root import build_schema
from schema.context import Context
from schema.direct import execute_prepared, prepared
from schema.extensions import INTERNAL_MESSAGE, REQUEST_ID, clipped_traceback
from schema.limits import MAX_BODY_BYTES, MAX_QUERY_CHARS, check_query_size
from server import console, imports
from server.auth import authenticate, bearer_token, close_when_revoked, declare
from server.bodies import BodyTooLarge, limited_receive
from server.certificates import certificate_pdf, verify_certificate
from server.db import close_database, database_unavailable, open_database
from server.exports import export
from server.files import download, upload
from server.graphiql import graphiql_html, npm_asset
from server.graphql_edge import (
    as_graphql_response,
    declares_too_large,
    decode_body,
    http_refusal,
    plain_json_post,
    plain_request,
    refusal,
    refused_before_execution,
    too_large,
    wants_graphql_response,
)
from server.logs import RequestIds, stamp_request_ids
from server.metrics import (
    HttpMetrics,
    Metrics,
    metrics_endpoint,
    operation_label,
    outcome_of,
    transport_ws_for,
    watch_event_bus,
)
from server.readiness import readyz
from server.security_headers import SecurityHeaders
from server.settings import Settings

log = logging.getLogger("jijiao")


class TextFrameAdapter(ASGIWebSocketAdapter):
    """graphql-transport-ws messages are text frames; strict clients (gql, graphql-ws)
    refuse binary ones, which orjson's bytes would otherwise become."""

    async def send_json(self, message: Mapping[str, object]) -> None:
        try:
            await self.ws.send_text(orjson.dumps(message).decode())
        except WebSocketDisconnect as exc:
            raise WebSocketDisconnected from exc


class JijiaoGraphQL(GraphQL[Context, None]):
    websocket_adapter_class = TextFrameAdapter  # type: ignore[assignment]
    # the endpoint admits anyone; each field of a request decides by its own @allow rule
    rules = (rules.PER_FIELD,)

    def __init__(self, settings: Settings, metrics: Metrics | None = None, **kwargs: Any) -> None:
        # graphql-transport-ws, counting open subscriptions when metrics are on
        self.graphql_transport_ws_handler_class = transport_ws_for(metrics)
        self.metrics = metrics
        super().__init__(
            build_schema(introspection=settings.introspection),
            graphql_ide="graphiql" if settings.introspection else None,
            subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
            multipart_uploads_enabled=False,
            **kwargs,
        )
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """HTTP requests pass the edge first (server/graphql_edge.py); Strawberry's own
        refusals answer as typed JSON errors instead of plain text."""
        if scope["type"] != "http":
            return await super().__call__(scope, receive, send)
        response: Response
        request = Request(scope, receive=limited_receive(receive, MAX_BODY_BYTES))
        request.state.graphql_response = wants_graphql_response(request.headers.get("accept"))
        if declares_too_large(scope):
            response = too_large()
        else:
            try:
                response = await self._direct(request) or await self.run(request)
            except BodyTooLarge:
                response = too_large()
            except HTTPException as error:
                response = http_refusal(error)
            except Exception as error:
                # before execution (the session is looked up while the context is built) an
                # error escaped Strawberry's error policy and left as a bare text 500
                response = failed_outside_execution(error)
        if request.state.graphql_response and response.media_type != "text/html":
            refused = getattr(request.state, "refused_before_execution", False)
            response = as_graphql_response(response, refused)
        await response(scope, receive, send)

    def decode_json(self, data: str | bytes) -> object:
        return decode_body(data)

    async def get_context(  # type: ignore[override]
        self, request: Request | WebSocket, response: Response | None = None
    ) -> Context:
        context = Context(
            request=request,
            response=response,
            client_address=request.client.host if request.client else None,
            max_page_size=self.settings.max_page_size,
        )
        if isinstance(request, Request):
            await authenticate(context, bearer_token(request.headers.get("authorization")))
        return context

    async def on_ws_connect(self, context: Context) -> None:  # type: ignore[override]
        """Sessions over WebSocket travel in connection_init: {"Authorization": "Bearer …"}."""
        params = context.connection_params or {}
        raw = params.get("Authorization") or params.get("authorization")
        token = bearer_token(raw) if isinstance(raw, str) else None
        if token is None and isinstance(params.get("token"), str):
            token = params["token"]
        if not await authenticate(context, token):
            raise ConnectionRejectionError(
                {"code": "UNAUTHENTICATED", "message": "会话已失效，请重新登录"}
            )
        if token is not None and isinstance(context.request, WebSocket):
            # cancelled in run() when the connection ends, however it ends
            context.request.state.watcher = asyncio.create_task(
                close_when_revoked(context.request, token, context.principal)
            )

    async def run(self, request: Any, context: Any = UNSET, root_value: Any = UNSET) -> Any:
        try:
            return await super().run(request, context, root_value)
        finally:
            if isinstance(request, WebSocket):
                watcher = getattr(request.state, "watcher", None)
                if watcher is not None:
                    watcher.cancel()

    async def _direct(self, request: Request) -> Response | None:
        """A JSON POST of one valid query or mutation, executed by schema/direct.py without
        Strawberry's per-request view and extension machinery (the cost of a small query,
        bench http-floor). Anything else returns None and goes through Strawberry's view,
        which finds the body already read (Starlette keeps it on the request)."""
        if request.method != "POST" or not plain_json_post(request.headers):
            return None
        try:
            data = decode_body(await request.body())
        except (orjson.JSONDecodeError, HTTPException):
            return None
        plain = plain_request(data)
        if plain is None or len(plain.query) > MAX_QUERY_CHARS:
            return None
        document = prepared(self.schema, plain.query, plain.operation_name)
        if document is None:
            return None
        context = await self.get_context(request)
        result = await self._bounded(
            request,
            plain.query,
            plain.operation_name,
            lambda: execute_prepared(
                self.schema,
                document,
                variables=plain.variables,
                operation_name=plain.operation_name,
                context=context,
                extensions=plain.extensions,
            ),
        )
        processed = await self.process_result(request, result)
        return Response(self.encode_json(processed), media_type="application/json")

    async def execute_operation(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        request_data = kwargs.get("request_data", args[2] if len(args) > 2 else None)
        request = kwargs.get("request", args[0] if args else None)
        query = getattr(request_data, "query", None)

        async def strawberrys() -> Any:
            check_query_size(query)
            return await super(JijiaoGraphQL, self).execute_operation(*args, **kwargs)

        return await self._bounded(
            request, query, getattr(request_data, "operation_name", None), strawberrys
        )

    async def _bounded(
        self,
        request: Any,
        query: str | None,
        operation_name: str | None,
        execution: Callable[[], Awaitable[Any]],
    ) -> Any:
        """Run an HTTP operation under the time limit, a DomainError raised outside any
        field as a typed error, counted in the metrics under its operation label."""
        label = operation_label(query, operation_name)
        if isinstance(request, Request):
            request.state.operation = label  # for the access log line (server/logs.py)
        started = time.perf_counter()
        try:
            async with asyncio.timeout(self.settings.execution_timeout_seconds):
                result = await execution()
        except DomainError as error:
            result = ExecutionResult(
                data=None,
                errors=[GraphQLError(error.message, extensions={"code": error.code})],
            )
        except TimeoutError:
            log.warning("operation exceeded %ss", self.settings.execution_timeout_seconds)
            message = "查询执行超时，请缩小查询范围"
            result = ExecutionResult(
                data=None, errors=[GraphQLError(message, extensions={"code": "TIMEOUT"})]
            )
        if self.metrics is not None and isinstance(result, ExecutionResult):
            refused = refused_before_execution(result.data, result.errors)
            self.metrics.observe_operation(
                label, outcome_of(result, refused), time.perf_counter() - started
            )
        return result

    async def process_result(self, request: Any, result: ExecutionResult) -> Any:
        processed = await super().process_result(request, result)
        if (
            isinstance(request, Request)
            and getattr(request.state, "graphql_response", False)
            and refused_before_execution(result.data, result.errors)
        ):
            # application/graphql-response+json: no "data" entry when execution never began
            processed.pop("data", None)
            request.state.refused_before_execution = True
        return processed

    def encode_json(self, data: object) -> bytes:
        # a 1,000-row page is ~330 KB of JSON; the stdlib encoder took ~18% of server time
        return orjson.dumps(data)

    async def render_graphql_ide(self, request: Request) -> HTMLResponse:
        return HTMLResponse(graphiql_html())


def failed_outside_execution(error: Exception) -> JSONResponse:
    """A typed answer for an error raised outside GraphQL execution: 503 UNAVAILABLE while
    the database cannot be reached (a client may retry), else 500 INTERNAL_ERROR; both carry
    the request id the log line is filed under."""
    incident = REQUEST_ID.get() or uuid.uuid4().hex[:12]
    if database_unavailable(error):
        log.warning("incident %s: database unavailable: %r", incident, error)
        response = refusal(503, "UNAVAILABLE", "数据库暂时不可用，请稍后重试")
    else:
        log.error("incident %s outside execution\n%s", incident, clipped_traceback(error))
        response = refusal(500, "INTERNAL_ERROR", INTERNAL_MESSAGE)
    body = orjson.loads(response.body)
    body["errors"][0]["extensions"]["incident"] = incident
    return JSONResponse(body, response.status_code)


@declare(rules.PUBLIC)
async def healthz(request: Request) -> JSONResponse:
    """Liveness: the process answers and reaches its database (readiness: /readyz)."""
    try:
        await connections.get("default").execute_query("SELECT 1")
    except Exception as exc:  # any failure to reach the database is "unhealthy"
        log.warning("health check failed: %s", exc)
        return JSONResponse({"status": "unavailable", "database": "unreachable"}, status_code=503)
    return JSONResponse({"status": "ok", "database": "ok"})


def _proxy_middleware(settings: Settings) -> list[Middleware]:
    """The client's address from X-Forwarded-For, only when the peer is a proxy named in
    TRUSTED_PROXIES (uvicorn itself is run without proxy headers)."""
    if not settings.trusted_proxies:
        return []
    return [Middleware(ProxyHeadersMiddleware, trusted_hosts=list(settings.trusted_proxies))]


def _middleware(settings: Settings, metrics: Metrics | None) -> list[Middleware]:
    # outermost first: the client's address is settled before the request's id and
    # access line, which wrap everything else
    counted = [Middleware(HttpMetrics, metrics=metrics)] if metrics is not None else []
    return [
        *_proxy_middleware(settings),
        Middleware(RequestIds),
        *counted,
        Middleware(SecurityHeaders),
    ]


def _metrics_routes(settings: Settings, metrics: Metrics | None) -> list[Route]:
    if metrics is None:
        return []
    return [Route("/metrics", metrics_endpoint(metrics, settings.metrics_token))]


def create_app(settings: Settings) -> Starlette:
    stamp_request_ids()
    metrics = Metrics() if settings.metrics else None
    graphql = JijiaoGraphQL(settings, metrics)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await open_database(settings.database_url)
        broker = events.broker_for(settings.events_url, settings.events_namespace)
        await broker.connect()
        events.use_broker(broker)
        # what start-up built (the schema, modules, caches) lives as long as the process:
        # frozen out of the collector's sight, a full collection no longer walks it, and its
        # pause stays out of the to-do fan-out's p99 (bench todo-latency). Once per process:
        # an app started again in the same process (tests) must not freeze its garbage
        if not gc.get_freeze_count():
            gc.collect()
            gc.freeze()
        watcher = asyncio.create_task(watch_event_bus(metrics)) if metrics else None
        try:
            yield
        finally:
            if watcher is not None:
                watcher.cancel()
            await broker.disconnect()
            await close_database()

    app = Starlette(
        debug=False,
        routes=[
            Route("/graphql", graphql, methods=["GET", "POST"]),
            WebSocketRoute("/graphql", graphql),
            Route("/healthz", healthz),
            Route("/readyz", readyz),
            *_metrics_routes(settings, metrics),
            Route("/assets/npm/{path:path}", npm_asset),
            Route("/certificates/{year}.pdf", certificate_pdf),
            Route("/files", upload, methods=["POST"]),
            Route("/files/{file_id}", download),
            Route("/verify/{code}", verify_certificate, name="verify_certificate"),
            *imports.ROUTES,
            *console.ROUTES,
            Route("/exports/{field}.xlsx", export),
        ],
        lifespan=lifespan,
        middleware=_middleware(settings, metrics),
    )
    app.state.settings = settings
    app.state.graphql_schema = graphql.schema
    return app
