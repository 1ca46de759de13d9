"""HTTP routes for uploaded files: POST /files (multipart, field `file`) and GET /files/{id}.

Uploads travel outside GraphQL so that browsers, amis' upload widget and integrators can
send them with a plain form post; the id returned goes into a claim's `attachments`.
"""

from __future__ import annotations

from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response

from domain import files, rules
from domain.errors import DomainError
from domain.pagination import MAX_ROW_ID
from domain.principal import Principal
from server.auth import guarded, http_error
from server.bodies import BodyTooLarge, limited_body

_STATUS = {"FILE_TOO_LARGE": 413, "FILE_TYPE_NOT_ALLOWED": 415, "UPLOAD_QUOTA_EXCEEDED": 429,
           "STORAGE_FULL": 507}  # fmt: skip
# multipart framing around a 4 MB file: boundaries, part headers, a small form field or two
_ENVELOPE = 64 * 1024


@guarded(rules.UPLOAD_FILES)
async def upload(request: Request, principal: Principal) -> Response:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > files.MAX_BYTES + _ENVELOPE:
        return http_error(413, "FILE_TOO_LARGE", files.too_large().message)
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        return http_error(
            415, "MULTIPART_REQUIRED", "请以 multipart/form-data 上传，文件字段名为 file"
        )
    parser = MultiPartParser(
        request.headers,
        limited_body(request, files.MAX_BYTES + _ENVELOPE),
        max_files=1,
        max_fields=4,
    )
    try:
        form = await parser.parse()
    except BodyTooLarge:
        return http_error(413, "FILE_TOO_LARGE", files.too_large().message)
    except MultiPartException:
        return http_error(
            400, "MALFORMED_UPLOAD", "上传内容格式不正确，请上传一个文件（字段名 file）"
        )
    part = form.get("file")
    if not isinstance(part, UploadFile):
        return http_error(400, "NO_FILE", "请选择要上传的文件（字段名 file）")
    try:
        data = await part.read(files.MAX_BYTES + 1)
        stored = await files.store(
            request.app.state.settings.files_dir, principal, data, part.filename
        )
    except DomainError as error:
        status = _STATUS.get(error.code, 400)
        return http_error(status, error.code, error.message)
    finally:
        await form.close()
    return JSONResponse(
        {
            "id": str(stored.id),
            "filename": stored.filename,
            "size": stored.size,
            "mediaType": stored.media_type,
            "sha256": stored.sha256,
            "url": f"/files/{stored.id}",
        },
        status_code=201,
    )


@guarded(rules.READ_FILES)
async def download(request: Request, principal: Principal) -> Response:
    text = request.path_params["file_id"]
    if not (text.isascii() and text.isdigit()) or int(text) > MAX_ROW_ID:
        return http_error(404, "NOT_FOUND", "附件不存在或无权访问")
    try:
        stored = await files.readable(principal, int(text))
    except DomainError as error:
        return http_error(404, error.code, error.message)
    return FileResponse(
        files.path_of(request.app.state.settings.files_dir, stored.sha256),
        media_type=stored.media_type,
        filename=stored.filename,
        content_disposition_type="inline",
        headers={"X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store"},
    )
