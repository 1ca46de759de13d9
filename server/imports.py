"""HTTP routes for imports: Excel templates and batch imports (uploads fit GraphQL badly).

    GET  /templates/{kind}.xlsx                         the template to fill
    POST /imports/{kind}?mode=dry-run|commit&atomic=1   multipart field `file` → JSON report
    POST /imports/{kind}/failed.xlsx                    the same upload → its failed rows

`kind` is `professionals` or `claims`; each importer names the rule that admits it
(rules.IMPORT_PROFESSIONALS, rules.IMPORT_CLAIMS; templates rules.DOWNLOAD_TEMPLATES). The
upload is streamed to a temporary file by the multipart parser and refused as soon as it
passes the size limit; the workbook is then read as a stream too.
"""

from __future__ import annotations

import asyncio
import io
import tempfile
from collections.abc import Awaitable, Callable, Iterator
from typing import IO
from urllib.parse import quote

from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from documents.excel import XLSX_MEDIA_TYPE
from domain import imports, rules
from domain.errors import DomainError
from domain.principal import Principal
from server.auth import guarded, http_error
from server.bodies import BodyTooLarge, limited_body

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
# multipart framing around the file: boundaries, part headers
_ENVELOPE = 64 * 1024
_STATUS = {
    "NOT_XLSX": 415,
    "FILE_TOO_LARGE": 413,
    "WORKBOOK_TOO_LARGE": 413,
    "TOO_MANY_ROWS": 413,
    "CONFLICT": 409,
}
_FILE_NAMES = {"professionals": "专业技术人员导入模板", "claims": "岗位培训学时导入模板"}


def _attachment(filename: str, fallback: str) -> dict[str, str]:
    return {
        "Content-Disposition": f"attachment; filename=\"{fallback}\"; filename*=UTF-8''"
        f"{quote(filename)}",
        "Cache-Control": "private, no-store",
    }


# each import kind's own rule decides (domain.imports: Importer.rule)
IMPORT_RULES = tuple(importer.rule for importer in imports.IMPORTERS.values())


def _importer(request: Request) -> type[imports.Importer] | Response:
    importer = imports.IMPORTERS.get(request.path_params["kind"])
    if importer is None:
        return http_error(404, "NOT_FOUND", "没有这种导入")
    return importer


def _admit(request: Request, principal: Principal) -> type[imports.Importer] | Response:
    """The import kind of the path, if its rule admits the principal."""
    importer = _importer(request)
    if isinstance(importer, type) and not imports.can_import(principal, importer):
        return http_error(403, "FORBIDDEN", "您没有此类批量导入的权限")
    return importer


@guarded(rules.DOWNLOAD_TEMPLATES)
async def template_download(request: Request, principal: Principal) -> Response:
    importer = _importer(request)
    if isinstance(importer, Response):
        return importer
    buffer = io.BytesIO()
    await asyncio.to_thread(imports.template, importer, buffer)
    name = _FILE_NAMES[importer.kind]
    return Response(
        buffer.getvalue(),
        media_type=XLSX_MEDIA_TYPE,
        headers=_attachment(f"{name}.xlsx", f"{importer.kind}.xlsx"),
    )


async def _receive(request: Request) -> tuple[UploadFile, Callable[[], Awaitable[None]]] | Response:
    """The uploaded file, spooled to a temporary file by the parser, and how to close it."""
    declared = request.headers.get("content-length", "")
    too_large = http_error(
        413, "FILE_TOO_LARGE", f"文件不能超过 {MAX_UPLOAD_BYTES // 1024 // 1024} MB"
    )
    if declared.isdigit() and int(declared) > MAX_UPLOAD_BYTES + _ENVELOPE:
        return too_large
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        return http_error(
            415, "MULTIPART_REQUIRED", "请以 multipart/form-data 上传，文件字段名为 file"
        )
    parser = MultiPartParser(
        request.headers,
        limited_body(request, MAX_UPLOAD_BYTES + _ENVELOPE),
        max_files=1,
        max_fields=4,
    )
    try:
        form = await parser.parse()
    except BodyTooLarge:
        return too_large
    except MultiPartException:
        return http_error(
            400, "MALFORMED_UPLOAD", "上传内容格式不正确，请上传一个文件（字段名 file）"
        )
    part = form.get("file")
    if not isinstance(part, UploadFile):
        await form.close()
        return http_error(400, "NO_FILE", "请选择要上传的 Excel 文件（字段名 file）")
    return part, form.close


def _options(request: Request) -> tuple[bool, bool] | Response:
    mode = request.query_params.get("mode", "dry-run")
    atomic = request.query_params.get("atomic", "0")
    if mode not in ("dry-run", "commit"):
        return http_error(400, "INVALID_MODE", "mode 应为 dry-run（只校验）或 commit（导入）")
    if atomic not in ("0", "1", "true", "false"):
        return http_error(400, "INVALID_ATOMIC", "atomic 应为 1（全部成功才导入）或 0")
    return mode == "commit", atomic in ("1", "true")


@guarded(*IMPORT_RULES)
async def import_rows(request: Request, principal: Principal) -> Response:
    importer = _admit(request, principal)
    if isinstance(importer, Response):
        return importer
    options = _options(request)
    if isinstance(options, Response):
        return options
    commit, atomic = options
    received = await _receive(request)
    if isinstance(received, Response):
        return received
    part, close = received
    try:
        report = await imports.run_import(
            importer(principal), part.file, commit=commit, atomic=atomic, filename=part.filename
        )
    except DomainError as error:
        return http_error(_STATUS.get(error.code, 422), error.code, error.message)
    finally:
        await close()
    return JSONResponse(report.as_json())


def _chunks(target: IO[bytes]) -> Iterator[bytes]:
    target.seek(0)
    try:
        while chunk := target.read(256 * 1024):
            yield chunk
    finally:
        target.close()


@guarded(*IMPORT_RULES)
async def failed_rows_download(request: Request, principal: Principal) -> Response:
    importer = _admit(request, principal)
    if isinstance(importer, Response):
        return importer
    received = await _receive(request)
    if isinstance(received, Response):
        return received
    part, close = received
    target = tempfile.TemporaryFile(suffix=".xlsx")  # noqa: SIM115  # closed by _chunks
    try:
        report = await imports.failed_rows(importer(principal), part.file, target)
    except DomainError as error:
        target.close()
        return http_error(_STATUS.get(error.code, 422), error.code, error.message)
    finally:
        await close()
    headers = _attachment(f"{importer.title}导入错误行.xlsx", f"{importer.kind}-failed.xlsx")
    headers["X-Import-Total"] = str(report.total)
    headers["X-Import-Failed"] = str(len(report.failures))
    return StreamingResponse(_chunks(target), media_type=XLSX_MEDIA_TYPE, headers=headers)


ROUTES: list[Route] = [
    Route("/templates/{kind}.xlsx", template_download, methods=["GET"]),
    Route("/imports/{kind}/failed.xlsx", failed_rows_download, methods=["POST"]),
    Route("/imports/{kind}", import_rows, methods=["POST"]),
]
