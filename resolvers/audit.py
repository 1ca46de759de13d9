from __future__ import annotations

from typing import Annotated

import strawberry

from domain import audit, rules
from models import AuditLog
from schema.context import Info
from schema.input_limits import column
from schema.pagination import Connection, connection, page_request
from schema.permissions import allow
from schema.types.audit import AuditCatalogue, AuditEntry


async def audit_log(
    info: Info,
    action: Annotated[
        str | None, strawberry.argument(description="操作", directives=[column(AuditLog, "action")])
    ] = None,
    subject_type: Annotated[
        str | None,
        strawberry.argument(description="对象类型", directives=[column(AuditLog, "subject_type")]),
    ] = None,
    subject_id: Annotated[
        str | None,
        strawberry.argument(description="对象编号", directives=[column(AuditLog, "subject_id")]),
    ] = None,
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


def audit_catalogue() -> AuditCatalogue:
    return AuditCatalogue.of_log()


@strawberry.type
class AuditQueries:
    audit_log: Connection[AuditEntry] = strawberry.field(
        resolver=audit_log,
        extensions=allow(rules.READ_AUDIT),
        description="本单位及下级单位管理员的操作日志",
    )
    audit_catalogue: AuditCatalogue = strawberry.field(
        resolver=audit_catalogue,
        extensions=allow(rules.READ_AUDIT),
        description="操作日志可筛选的操作与对象类型",
    )
