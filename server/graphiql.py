"""GraphiQL and the console's assets served from packages installed at setup: no CDN.

Strawberry's page loads React, GraphiQL and the explorer plugin from unpkg.com. We keep
its page and point each `https://unpkg.com/<package>@<version>/<file>` at the same file
under /assets/npm/, served from node_modules (pinned by package-lock.json).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, Response
from strawberry.http.ides import get_graphql_ide_html

from domain import rules
from server.auth import declare
from server.settings import ROOT

NODE_MODULES = ROOT / "node_modules"
# only what the IDE page and the console load is served; nothing else in node_modules is reachable
SERVED_PACKAGES = (
    "react",
    "react-dom",
    "graphiql",
    "@graphiql/plugin-explorer",
    "js-cookie",
    "graphql-ws",
)
# the console's renderer: amis's sdk/ folder, extracted by ./dev setup (see admin_ui/amis.lock)
AMIS_SDK = NODE_MODULES / ".amis-sdk"
_UNPKG = re.compile(r'https://unpkg\.com/((?:@[\w.-]+/)?[\w.-]+)@[\w.-]+/([^"\s]+)')
_SRI = re.compile(r'\s+(?:integrity="[^"]*"|crossorigin(?:="[^"]*")?)')


class AssetsMissing(RuntimeError):
    pass


@cache
def graphiql_html() -> str:
    html = get_graphql_ide_html(graphql_ide="graphiql")
    # subresource integrity pins unpkg's bytes; the local files come from the lockfile instead
    html = _SRI.sub("", html)
    # the bearer token typed into the headers pane must not outlive the tab in localStorage
    if "shouldPersistHeaders: true" not in html:
        raise AssetsMissing("GraphiQL page changed: cannot turn off header persistence")
    html = html.replace("shouldPersistHeaders: true", "shouldPersistHeaders: false")
    html = _UNPKG.sub(lambda m: f"/assets/npm/{m.group(1)}/{m.group(2)}", html)
    for package in set(
        m.group(1) for m in re.finditer(r"/assets/npm/((?:@[\w.-]+/)?[\w.-]+)/", html)
    ):
        if package not in SERVED_PACKAGES:
            raise AssetsMissing(f"GraphiQL page needs {package}, which is not served locally")
    return html


@declare(rules.PUBLIC)
async def npm_asset(request: Request) -> Response:
    parts = request.path_params["path"].split("/")
    size = 2 if parts[0].startswith("@") else 1  # scoped packages have two path segments
    package, rest = "/".join(parts[:size]), "/".join(parts[size:])
    if package not in SERVED_PACKAGES or not rest:
        raise HTTPException(404)
    return _file_under(NODE_MODULES / package, rest)


def amis_version_installed() -> str | None:
    try:
        return (AMIS_SDK / ".version").read_text().strip()
    except OSError:
        return None


@declare(rules.PUBLIC)
async def amis_asset(request: Request) -> Response:
    """`/assets/amis/{version}/{path}`: the installed sdk, only at the version it says."""
    version = request.path_params["version"]
    if version != amis_version_installed():
        raise HTTPException(404)
    return _file_under(AMIS_SDK, request.path_params["path"])


def _file_under(folder: Path, rest: str) -> Response:
    base = folder.resolve()
    target = (base / rest).resolve()
    if not rest or not target.is_relative_to(base) or not target.is_file():
        raise HTTPException(404)
    return FileResponse(target, headers={"Cache-Control": "public, max-age=86400"})


def assets_installed() -> bool:
    return all(
        Path(NODE_MODULES / package / "package.json").is_file() for package in SERVED_PACKAGES
    )
