"""HTTP routes for documents: certificate PDFs (signed in) and public verification pages."""

from __future__ import annotations

import asyncio
import html

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from documents.certificates import render_certificate_pdf
from domain import certificates
from domain.audit import Actor
from domain.errors import DomainError
from domain.masking import mask_id_number
from domain.sessions import principal_for_token
from models.enums import RoleKind
from server.auth import bearer_token


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"code": code, "message": message}, status_code=status)


def verify_url(request: Request, code: str) -> str:
    return str(request.url_for("verify_certificate", code=code))


async def my_certificate_pdf(request: Request) -> Response:
    """GET /certificates/{year}.pdf with the professional's Bearer token."""
    token = bearer_token(request.headers.get("authorization"))
    principal = await principal_for_token(token) if token else None
    if principal is None:
        return _error(401, "UNAUTHENTICATED", "请先登录")
    if principal.kind != RoleKind.PROFESSIONAL or principal.professional_id is None:
        return _error(403, "FORBIDDEN", "仅专业技术人员可下载本人证书")
    year_text = request.path_params["year"]
    if not year_text.isdigit():
        return _error(400, "INVALID_YEAR", "年度不正确")
    try:
        certificate = await certificates.issue(
            principal.professional_id,
            int(year_text),
            Actor(principal.account_id, principal.organisation_id),
        )
    except DomainError as error:
        return _error(422, error.code, error.message)
    view = await certificates.view(certificate)
    pdf = await asyncio.to_thread(
        render_certificate_pdf, view, verify_url(request, view.verification_code)
    )
    return Response(
        pdf,
        media_type="application/pdf",
        headers={"Content-Disposition": f'inline; filename="certificate-{view.year}.pdf"'},
    )


async def verify_certificate(request: Request) -> HTMLResponse:
    """GET /verify/{code}: anyone can check a certificate."""
    view = await certificates.verify(request.path_params["code"])
    if view is None:
        body = "<p class='bad'>未找到该证书，请核对验证码。</p>"
        status = 404
    else:
        state = (
            "<p class='ok'>证书真实有效。</p>"
            if view.valid
            else "<p class='bad'>该证书已失效（年度学时经审验后不再合格）。</p>"
        )
        rows = [
            ("证书编号", view.number),
            ("姓名", view.name),
            ("身份证号", mask_id_number(view.id_number)),
            ("年度", view.year),
            ("公需科目学时", f"{view.public_hours:.1f}"),
            ("专业科目学时", f"{view.professional_hours:.1f}"),
            ("合计学时", f"{view.total_hours:.1f}"),
            ("发证机构", view.issuer),
            ("发证日期", view.issued_on),
        ]
        table = "".join(
            f"<tr><th>{html.escape(k)}</th><td>{html.escape(str(v))}</td></tr>" for k, v in rows
        )
        body = f"{state}<table>{table}</table>"
        status = 200
    page = (
        "<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'><title>证书验证</title>"
        "<style>body{font-family:sans-serif;max-width:40em;margin:2em auto}th{text-align:left;"
        "padding-right:2em}.ok{color:#1a7f37}.bad{color:#b42318}</style></head><body>"
        f"<h1>继续教育证书验证</h1>{body}</body></html>"
    )
    return HTMLResponse(page, status_code=status)
