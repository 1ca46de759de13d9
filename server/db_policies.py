"""Database policies that the database itself enforces, applied after every migration.

The audit trail is append-only and a review decision, once taken, is history. The models
refuse to rewrite either (AuditLog.save/delete), but a model is one door: a raw `UPDATE`, a
script at a psql prompt, a bug in a bulk helper goes around it. Triggers close those doors
for every client that connects as the application's user (PostgreSQL, and SQLite too):

- audit_log: UPDATE, DELETE and TRUNCATE are refused.
- review_step: a decided step (status other than PENDING) cannot be deleted, and its
  decision fields (status, reason, decided_at, decided_by_account_id) and what it decided
  about (kind, subject_type, subject_id, step, reviewer_id) cannot change. `hidden` (删除记录
  in the reviewer's list, which keeps the row) and `summary` stay writable.
  One later change is part of the product and is allowed by name: a verifier may still fail
  an approved verification (domain/claims.py fail_verified_claim: APPROVED → REJECTED on a
  CLAIM_VERIFICATION step, with a reason); the approval itself stays in the audit trail.

Why not an aerich migration: aerich migrations are generated from the models by `jijiao
makemigrations` and compared against them (tests/server/test_migrations.py); triggers are
no part of a model, SQLite has no PL/pgSQL, and the policy must also reach databases
migrated before it existed. So `apply_migrations` runs this module right after aerich's
upgrade, every time: each statement is idempotent (CREATE OR REPLACE
FUNCTION, DROP TRIGGER IF EXISTS then CREATE TRIGGER), in one transaction. A deliberate
repair by a database owner stays possible (ALTER TABLE … DISABLE TRIGGER), and is visible.
"""

from __future__ import annotations

from tortoise import connections
from tortoise.transactions import in_transaction

# SQLSTATE 42501 (insufficient_privilege): what a client sees is a refusal, not a bug
POLICIES = r"""
CREATE OR REPLACE FUNCTION jijiao_audit_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP
        USING ERRCODE = '42501', HINT = 'audit records are never changed or removed';
END
$$;

DROP TRIGGER IF EXISTS jijiao_audit_append_only ON audit_log;
CREATE TRIGGER jijiao_audit_append_only
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION jijiao_audit_append_only();

DROP TRIGGER IF EXISTS jijiao_audit_no_truncate ON audit_log;
CREATE TRIGGER jijiao_audit_no_truncate
    BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION jijiao_audit_append_only();

CREATE OR REPLACE FUNCTION jijiao_decided_step_is_final() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status = 'PENDING' THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'review_step %: a decided review step cannot be deleted', OLD.id
            USING ERRCODE = '42501';
    END IF;
    -- a verifier failing an approved verification later (fail_verified_claim)
    IF OLD.kind = 'CLAIM_VERIFICATION' AND OLD.status = 'APPROVED'
       AND NEW.status = 'REJECTED' AND NEW.reason IS NOT NULL
       AND NEW.decided_at IS NOT NULL AND NEW.decided_by_account_id IS NOT NULL
       AND (NEW.kind, NEW.subject_type, NEW.subject_id, NEW.step, NEW.reviewer_id)
           IS NOT DISTINCT FROM
           (OLD.kind, OLD.subject_type, OLD.subject_id, OLD.step, OLD.reviewer_id) THEN
        RETURN NEW;
    END IF;
    IF (NEW.status, NEW.reason, NEW.decided_at, NEW.decided_by_account_id,
        NEW.kind, NEW.subject_type, NEW.subject_id, NEW.step, NEW.reviewer_id)
       IS DISTINCT FROM
       (OLD.status, OLD.reason, OLD.decided_at, OLD.decided_by_account_id,
        OLD.kind, OLD.subject_type, OLD.subject_id, OLD.step, OLD.reviewer_id) THEN
        RAISE EXCEPTION 'review_step %: the decision of a decided review step is final', OLD.id
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS jijiao_decided_step_is_final ON review_step;
CREATE TRIGGER jijiao_decided_step_is_final
    BEFORE UPDATE OR DELETE ON review_step
    FOR EACH ROW EXECUTE FUNCTION jijiao_decided_step_is_final();
"""

# SQLite has no PL/pgSQL, but its triggers can refuse the same statements (RAISE(ABORT)),
# so the embedded database keeps the same promise
_FINAL_FIELDS = ("status", "reason", "decided_at", "decided_by_account_id", "kind",
                 "subject_type", "subject_id", "step", "reviewer_id")  # fmt: skip
_SAME_SUBJECT = " AND ".join(
    f"NEW.{name} IS OLD.{name}"
    for name in ("kind", "subject_type", "subject_id", "step", "reviewer_id")
)
SQLITE_POLICIES = f"""
DROP TRIGGER IF EXISTS jijiao_audit_no_update;
CREATE TRIGGER jijiao_audit_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused'); END;

DROP TRIGGER IF EXISTS jijiao_audit_no_delete;
CREATE TRIGGER jijiao_audit_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: DELETE refused'); END;

DROP TRIGGER IF EXISTS jijiao_decided_step_no_delete;
CREATE TRIGGER jijiao_decided_step_no_delete BEFORE DELETE ON review_step
WHEN OLD.status <> 'PENDING'
BEGIN SELECT RAISE(ABORT, 'a decided review step cannot be deleted'); END;

DROP TRIGGER IF EXISTS jijiao_decided_step_is_final;
CREATE TRIGGER jijiao_decided_step_is_final BEFORE UPDATE ON review_step
WHEN OLD.status <> 'PENDING'
 AND NOT (OLD.kind = 'CLAIM_VERIFICATION' AND OLD.status = 'APPROVED'
          AND NEW.status = 'REJECTED' AND NEW.reason IS NOT NULL
          AND NEW.decided_at IS NOT NULL AND NEW.decided_by_account_id IS NOT NULL
          AND {_SAME_SUBJECT})
 AND ({" OR ".join(f"NEW.{name} IS NOT OLD.{name}" for name in _FINAL_FIELDS)})
BEGIN SELECT RAISE(ABORT, 'the decision of a decided review step is final'); END;
"""

TRIGGERS = {
    "postgres": (
        ("audit_log", "jijiao_audit_append_only"),
        ("audit_log", "jijiao_audit_no_truncate"),
        ("review_step", "jijiao_decided_step_is_final"),
    ),
    "sqlite": (
        ("audit_log", "jijiao_audit_no_update"),
        ("audit_log", "jijiao_audit_no_delete"),
        ("review_step", "jijiao_decided_step_no_delete"),
        ("review_step", "jijiao_decided_step_is_final"),
    ),
}


async def apply_policies(connection_name: str = "default") -> None:
    """Install (or refresh) the triggers on the open connection's database."""
    connection = connections.get(connection_name)
    if connection.capabilities.dialect == "postgres":
        async with in_transaction(connection_name) as transaction:
            await transaction.execute_script(POLICIES)
    else:
        # sqlite3's executescript commits first: it runs outside a transaction, and each
        # DROP … IF EXISTS / CREATE pair leaves the same triggers however often it runs
        await connection.execute_script(SQLITE_POLICIES)


async def policies_missing(connection_name: str = "default") -> list[str]:
    """The policy triggers the database lacks (readiness reports them)."""
    connection = connections.get(connection_name)
    dialect = "postgres" if connection.capabilities.dialect == "postgres" else "sqlite"
    if dialect == "postgres":
        query = (
            "SELECT tgrelid::regclass::text AS tbl, tgname AS name FROM pg_trigger "
            "WHERE NOT tgisinternal AND tgenabled <> 'D' AND tgname LIKE 'jijiao_%'"
        )
    else:
        query = "SELECT tbl_name AS tbl, name FROM sqlite_master WHERE type = 'trigger'"
    _, rows = await connection.execute_query(query)
    present = {(row["tbl"], row["name"]) for row in rows}
    return [f"{table}.{name}" for table, name in TRIGGERS[dialect] if (table, name) not in present]
