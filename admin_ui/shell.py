"""The console's one HTML page: amis and graphql-ws from local assets, then console.js, which
asks the server for the pages (sign-in page, or the signed-in principal's app)."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

STATIC = Path(__file__).parent / "static"
SCRIPT = STATIC / "console.js"
STYLE = STATIC / "console.css"
GRAPHQL_WS = "/assets/npm/graphql-ws/umd/graphql-ws.min.js"

_PAGE = """<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>继续教育管理平台</title>
<link rel="icon" href="data:,">
{head}
</head>
<body>
<div id="root" class="app-wrapper">{body}</div>
{scripts}
</body>
</html>
"""


@cache
def _stamp(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def shell_html(amis_version: str | None) -> str:
    """The page; without the renderer installed it says how to install it instead."""
    if amis_version is None:
        message = "控制台前端资源（amis）未安装：请在服务器上运行 <code>./dev setup</code>。"
        return _PAGE.format(head="", body=f"<p>{message}</p>", scripts="")
    amis = f"/assets/amis/{amis_version}"
    head = "\n".join(
        f'<link rel="stylesheet" href="{href}">'
        for href in (
            f"{amis}/sdk.css",
            f"{amis}/helper.css",
            f"{amis}/iconfont.css",
            f"/console/console.css?v={_stamp(STYLE)}",
        )
    )
    scripts = "\n".join(
        f'<script src="{src}"></script>'
        for src in (f"{amis}/sdk.js", GRAPHQL_WS, f"/console/console.js?v={_stamp(SCRIPT)}")
    )
    return _PAGE.format(head=head, body="", scripts=scripts)
