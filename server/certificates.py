"""HTTP routes for certificates: PDFs for the signed-in (own or, by ids, members') and the
public verification pages."""

from __future__ import annotations

import asyncio
import html

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from documents.certificates import render_certificate_pdf, render_certificates_pdf
from domain import certificates, rules
from domain.audit import Actor
from domain.errors import DomainError
from domain.pagination import MAX_ROW_ID
from domain.principal import Principal
from server.auth import declare, guarded, http_error


def verify_url(request: Request, code: str) -> str:
    return str(request.url_for("verify_certificate", code=code))


def _is_row_id(text: str) -> bool:
    return text.isascii() and text.isdigit() and int(text) <= MAX_ROW_ID


@guarded(rules.PRINT_MEMBER_CERTIFICATES, rules.PRINT_OWN_CERTIFICATE)
async def certificate_pdf(request: Request, principal: Principal) -> Response:
    """GET /certificates/{year}.pdf with a Bearer token: a professional's own certificate, or
    for an admin `?ids=1,2,3` — its members' certificates, a page each, in one PDF."""
    year_text = request.path_params["year"]
    if not (year_text.isascii() and year_text.isdigit()) or len(year_text) != 4:
        return http_error(400, "INVALID_YEAR", "年度不正确")
    year = int(year_text)
    actor = Actor.of(principal)
    try:
        if rules.PRINT_MEMBER_CERTIFICATES.admits(principal):
            ids_text = request.query_params.get("ids", "")
            parts = [p.strip() for p in ids_text.split(",") if p.strip()]
            if not parts or not all(_is_row_id(p) for p in parts):
                return http_error(400, "INVALID_ID", "请以 ids=编号,编号 指定要打印证书的人员")
            issued = await certificates.issue_for_members(principal, [int(p) for p in parts], year)
        else:
            # PRINT_OWN_CERTIFICATE admitted it: its own record, as its scope names it
            own = principal.scope.professional_id
            assert own is not None
            issued = [await certificates.issue(own, year, actor)]
    except DomainError as error:
        status = 404 if error.code == "NOT_FOUND" else 422
        return http_error(status, error.code, error.message)
    views = [await certificates.view(c) for c in issued]
    pairs = [(v, verify_url(request, v.verification_code)) for v in views]
    if len(pairs) == 1:
        pdf = await asyncio.to_thread(render_certificate_pdf, *pairs[0])
        filename = f"certificate-{year}.pdf"
    else:
        pdf = await asyncio.to_thread(render_certificates_pdf, pairs)
        filename = f"certificates-{year}-{len(pairs)}.pdf"
    return Response(
        pdf,
        media_type="application/pdf",
        headers={"Content-Disposition": f"inline; filename*=UTF-8''{filename}"},
    )


@declare(rules.PUBLIC)
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
            ("身份证号", view.id_number),  # masked by domain.certificates.view
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
