"""The import run shared by every kind: stream the sheet in chunks, let the kind check each
chunk, settle duplicates within the file, then commit the good rows in one transaction."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any, ClassVar

from documents.excel import (
    Column,
    SheetReader,
    SheetRow,
    WorkbookRefused,
    write_failed_rows,
    write_template,
)
from domain import audit, events
from domain.audit import Actor
from domain.errors import DomainError
from domain.principal import Principal
from domain.rules import Rule

CHUNK_ROWS = 1000
# the server's memory stays under 300 MB for this many rows (bench/excel_import.py)
MAX_ROWS = 100_000
# the JSON report lists this many failed rows (all are counted, and all are in failed.xlsx)
JSON_FAILURES = 1000


@dataclass(frozen=True, slots=True)
class Reason:
    column: str  # the Chinese header, without the `*`
    code: str
    message: str


@dataclass
class Report:
    mode: str
    atomic: bool
    total: int = 0
    valid: int = 0
    imported: int = 0
    # rows of people already here whose details the file changes (an edited export)
    updated: int = 0
    unchanged: int = 0
    failures: dict[int, list[Reason]] = field(default_factory=dict)

    def as_json(self, limit: int = JSON_FAILURES) -> dict[str, Any]:
        rows = sorted(self.failures)
        return {
            "mode": self.mode,
            "atomic": self.atomic,
            "total": self.total,
            "valid": self.valid,
            "imported": self.imported,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "failedCount": len(rows),
            "failed": [
                {
                    "row": row,
                    "reasons": [
                        {"column": r.column, "code": r.code, "message": r.message}
                        for r in self.failures[row]
                    ],
                }
                for row in rows[:limit]
            ],
            "failedTruncated": len(rows) > limit,
        }


def describe(reasons: list[Reason]) -> str:
    """The 错误原因 cell of a failed row."""
    return "；".join(f"{r.column}：{r.message}" for r in reasons)


def stable_ref(*parts: object) -> str:
    """A reference that is the same whenever the same row is imported again."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()
    return f"xlsx:{digest[:56]}"


class Importer(ABC):
    """One kind of import. A subclass parses and checks rows chunk by chunk (reporting each
    bad row through `fail`), keeps the rows to write, and writes them in `write`."""

    kind: ClassVar[str]
    title: ClassVar[str]  # what is imported, for messages and file names
    sheet_title: ClassVar[str]
    columns: ClassVar[tuple[Column, ...]]
    notes: ClassVar[tuple[str, ...]]
    # who may run this import (and so download its template and failed rows)
    rule: ClassVar[Rule]
    # the column of a row's identity within the file, and what repeats when it repeats
    key_column: ClassVar[str]
    key_what: ClassVar[str]

    def __init__(self, principal: Principal) -> None:
        self.principal = principal
        self.failures: dict[int, list[Reason]] = {}
        self.total = 0
        self._labels = {c.key: c.label for c in self.columns}
        self._first: dict[str, int] = {}
        self._repeats: dict[str, list[int]] = {}
        self._unchanged: set[str] = set()

    # --- what a kind implements ---

    @abstractmethod
    async def check_rows(self, rows: list[SheetRow]) -> None: ...

    @abstractmethod
    def pending(self) -> int:
        """How many checked rows wait to be written."""

    @abstractmethod
    def drop(self, keys: set[str]) -> None:
        """Forget the rows to write whose key turned out to be repeated in the file."""

    @abstractmethod
    async def write(self) -> int:
        """Write the pending rows inside the caller's transaction; the number written."""

    # --- helpers for the kinds ---

    def label(self, key: str) -> str:
        return self._labels[key]

    def fail(self, row: int, key: str, code: str, message: str) -> None:
        self.failures.setdefault(row, []).append(Reason(self._labels[key], code, message))

    def first_time(self, key: str, row: int) -> bool:
        """False for a row repeating an earlier row's key: both become bad rows."""
        first = self._first.setdefault(key, row)
        if first == row:
            return True
        self._repeats.setdefault(key, []).append(row)
        return False

    def mark_unchanged(self, key: str) -> None:
        self._unchanged.add(key)

    # --- the run ---

    async def check(self, rows: list[SheetRow]) -> None:
        self.total += len(rows)
        await self.check_rows(rows)

    def finish(self) -> None:
        """Every row of a repeated key is bad, the first one too: which one was meant is
        for the person who filled the sheet to say."""
        for key, repeats in self._repeats.items():
            rows = [self._first[key], *repeats]
            for row in rows:
                others = [r for r in rows if r != row]
                named = "、".join(str(r) for r in others[:5])
                more = f" 等 {len(others)} " if len(others) > 5 else " "
                self.fail(
                    row,
                    self.key_column,
                    "DUPLICATE_IN_FILE",
                    f"{self.key_what}与第 {named}{more}行重复",
                )
        repeated = set(self._repeats)
        self._unchanged -= repeated
        self.drop(repeated)

    @property
    def unchanged(self) -> int:
        return len(self._unchanged)

    @property
    def updated(self) -> int:
        """Rows that change an existing record; none unless a kind can update."""
        return 0

    def report(self, mode: str, atomic: bool) -> Report:
        return Report(
            mode,
            atomic,
            total=self.total,
            valid=self.total - len(self.failures),
            updated=self.updated,
            unchanged=self.unchanged,
            failures=self.failures,
        )


def can_import(principal: Principal, importer: type[Importer]) -> bool:
    """The importer's own rule (employer admins with 导入导出, and what the kind needs)."""
    return importer.rule.admits(principal)


def template(importer: type[Importer], target: IO[bytes]) -> None:
    write_template(target, importer.sheet_title, importer.columns, importer.notes)


@contextlib.contextmanager
def _file_refused() -> Iterator[None]:
    """A workbook the reader refuses fails the whole import, reported against the file."""
    try:
        yield
    except WorkbookRefused as refused:
        raise DomainError(refused.code, refused.message, "file") from None


async def _check_file(importer: Importer, source: IO[bytes]) -> None:
    reader = await asyncio.to_thread(
        SheetReader, source, importer.columns, importer.sheet_title, max_rows=MAX_ROWS
    )
    # the next chunk is read while this one is checked, which mostly waits on the database
    pending: asyncio.Future[list[SheetRow]] | None = None
    try:
        pending = asyncio.ensure_future(asyncio.to_thread(reader.chunk, CHUNK_ROWS))
        while rows := await pending:
            pending = asyncio.ensure_future(asyncio.to_thread(reader.chunk, CHUNK_ROWS))
            await importer.check(rows)
        pending = None
    finally:
        if pending is not None:  # a thread cannot be cancelled: let it finish with the file
            await asyncio.gather(pending, return_exceptions=True)
        reader.close()
    importer.finish()


async def run_import(
    importer: Importer, source: IO[bytes], *, commit: bool, atomic: bool, filename: str | None
) -> Report:
    """Check every row; with `commit`, write the good ones in one transaction (none at all
    when `atomic` and any row is bad) and audit the import with its counts."""
    with _file_refused():
        await _check_file(importer, source)
    report = importer.report("commit" if commit else "dry-run", atomic)
    if not commit:
        return report
    refused = atomic and bool(report.failures)
    principal = importer.principal
    async with events.atomic():
        if importer.pending() and not refused:
            report.imported = await importer.write()
        elif refused:
            report.updated = 0
        await audit.record(
            Actor.of(principal),
            f"{importer.kind}.import",
            "organisation",
            principal.organisation_id or 0,
            after={
                "filename": filename,
                "atomic": atomic,
                "total": report.total,
                "imported": report.imported,
                "updated": report.updated,
                "unchanged": report.unchanged,
                "failed": len(report.failures),
            },
        )
    return report


async def failed_rows(importer: Importer, source: IO[bytes], target: IO[bytes]) -> Report:
    """Check every row (nothing is written), then write the failed ones with their reasons:
    a second streaming pass over the file, so no row is held longer than its chunk."""
    with _file_refused():
        await _check_file(importer, source)
    failures = importer.failures

    def write() -> None:
        reader = SheetReader(source, importer.columns, importer.sheet_title, max_rows=MAX_ROWS)

        def rows() -> Iterator[tuple[tuple[Any, ...], str]]:
            while chunk := reader.chunk(CHUNK_ROWS):
                for row in chunk:
                    reasons = failures.get(row.number)
                    if reasons:
                        yield row.raw, describe(reasons)

        try:
            write_failed_rows(
                target, importer.sheet_title, reader.header, rows(), reader.reason_position
            )
        finally:
            reader.close()

    with _file_refused():
        await asyncio.to_thread(write)
    return importer.report("dry-run", False)
