"""Batch imports from Excel (批量导入): professionals and training-form claims.

An upload is read as a stream, validated in chunks of 1,000 rows (one query per chunk for
what the rows refer to, never one per row), reported row by row with every reason in English
codes and Chinese messages, and its good rows committed in one transaction — or none of them
when the caller asks for all-or-nothing. Re-importing rows already imported changes nothing.
"""

from __future__ import annotations

from domain.imports.claims import ClaimImporter
from domain.imports.core import (
    Importer,
    Reason,
    Report,
    can_import,
    failed_rows,
    run_import,
    template,
)
from domain.imports.professionals import ProfessionalImporter

IMPORTERS: dict[str, type[Importer]] = {
    ProfessionalImporter.kind: ProfessionalImporter,
    ClaimImporter.kind: ClaimImporter,
}

__all__ = [
    "IMPORTERS",
    "Importer",
    "Reason",
    "Report",
    "can_import",
    "failed_rows",
    "run_import",
    "template",
]
