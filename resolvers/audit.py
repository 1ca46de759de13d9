from __future__ import annotations

from domain import audit
from resolvers.context import Info
from schema.pagination import Connection, connection, page_request
from schema.types.audit import AuditEntry


async def audit_log(
    info: Info,
    action: str | None = None,
    subject_type: str | None = None,
    subject_id: str | None = None,
    first: int | None = None,
    after: str | None = None,
) -> Connection[AuditEntry]:
    page = await audit.list_entries(
        info.context.principal.scope,
        page_request(info, first, after),
        action=action,
        subject_type=subject_type,
        subject_id=subject_id,
    )
    return connection(page, [AuditEntry.from_row(row) for row in page.rows])
