"""Batch writes (domain.bulk): rows written without model objects read back, filter and
number like rows the ORM writes one at a time."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tortoise import timezone

from domain import bulk, events, sql
from domain.audit import Actor, record, record_many
from models import AuditLog, Claim, Organisation, Professional, Region
from models.enums import ClaimStatus, OrgKind, Subject


async def test_audit_rows_in_bulk_match_rows_written_one_by_one(db: str) -> None:
    since = timezone.now() - dt.timedelta(seconds=1)
    actor = Actor(account_id=3, organisation_id=4)
    async with events.atomic():
        await record(actor, "bulk.one", "thing", 1, after={"hours": Decimal("1.5")})
        written = await record_many(
            actor, "bulk.many", "thing", [(i, {"hours": Decimal("1.5")}) for i in range(2, 2503)]
        )
    assert written == 2501
    one = await AuditLog.get(action="bulk.one")
    many = await AuditLog.filter(action="bulk.many").order_by("id")
    assert len(many) == 2501
    assert [m.subject_id for m in many[:3]] == ["2", "3", "4"]
    assert (many[0].account_id, many[0].acting_organisation_id) == (3, 4)
    assert many[0].after == one.after == {"hours": "1.5"}
    assert many[0].before is None
    # a time filter finds both alike (SQLite compares the stored text)
    found = await AuditLog.filter(
        action__in=["bulk.one", "bulk.many"], at__gte=sql.db_value(AuditLog, "at", since)
    ).count()
    assert found == 2502


async def test_created_rows_come_back_with_their_ids_in_order(db: str) -> None:
    await Region.get_or_create(code="370000", defaults={"name": "山东省", "level": "PROVINCE"})
    org = await Organisation.create(name="批量单位", kind=OrgKind.EMPLOYER, region_id="370000")
    from models import Account

    account = await Account.create(id_number="110101199001010011", name="批量", password_hash="x")
    person = await Professional.create(
        account_id=account.id, organisation_id=org.id, region_id="370000"
    )
    rows = [
        (person.id, 2024, Subject.PUBLIC, "ONLINE", Decimal(i % 90 + 1), 1, ClaimStatus.DRAFT)
        for i in range(2100)
    ]
    async with events.atomic():
        ids = await bulk.create(
            Claim,
            ("professional_id", "year", "subject", "form", "requested_hours",
             "filed_by_account_id", "status"),
            rows,
        )  # fmt: skip
    assert len(set(ids)) == 2100
    stored = dict(await Claim.filter(id__in=ids).values_list("id", "requested_hours"))
    assert [Decimal(str(stored[i])) for i in ids] == [row[4] for row in rows]
    claim = await Claim.get(id=ids[0])
    assert claim.details == {}  # the field's default
    assert claim.created_at is not None and claim.recognised_hours is None
    # ids as one parameter reach every row
    async with events.atomic():
        await bulk.update(Claim, ids, status=ClaimStatus.SUBMITTED)
    assert await Claim.filter(id__in=ids, status=ClaimStatus.SUBMITTED).count() == 2100
