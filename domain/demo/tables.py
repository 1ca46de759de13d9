"""The tables the demo writes, their column order, and the id counters rows are numbered with.

Row tuples follow these column orders exactly; the inserter builds its SQL from them.
Values are plain Python (str, int, bool, date, aware datetime): both drivers take them as is.
"""

from __future__ import annotations

COLUMNS: dict[str, tuple[str, ...]] = {
    "region": ("code", "name", "level", "parent_id"),
    "organisation": (
        "id", "kind", "parent_id", "depth", "credit_code", "credit_code_temporary", "name",
        "region_id", "nature", "level", "industry", "phone", "address", "code_certificate_file",
        "base_level", "review_enabled", "status", "created_at", "updated_at",
    ),
    "organisation_closure": ("id", "ancestor_id", "descendant_id", "distance"),
    "department": ("id", "organisation_id", "parent_id", "name", "sort_order", "created_at"),
    "account": (
        "id", "id_type", "id_number", "name", "phone", "email", "landline", "password_hash",
        "must_change_password", "status", "created_at", "updated_at",
    ),
    "admin": ("id", "account_id", "organisation_id", "is_super", "status", "created_at"),
    "professional": (
        "id", "account_id", "organisation_id", "department_id", "region_id", "status", "sex",
        "birth_date", "native_place", "ethnicity", "education", "school", "major",
        "graduation_date", "degree", "postdoctoral", "admin_post", "admin_level", "title_series",
        "title_specialty", "title_qualification", "title_grade", "title_effective_date",
        "title_certificate_no", "title_appointment_date", "title_certificate_file",
        "created_at", "updated_at",
    ),
    "practising_qualification": (
        "id", "professional_id", "series", "name", "obtained_on", "certificate_no",
    ),
    "academic_honour": ("id", "professional_id", "level", "name", "awarded_on"),
}  # fmt: skip

# insertion order: every foreign key points to an earlier table or an earlier row
TABLES: tuple[str, ...] = tuple(COLUMNS)
# tables whose integer id the database would otherwise assign from a sequence
SERIAL_TABLES: tuple[str, ...] = tuple(t for t in TABLES if COLUMNS[t][0] == "id")

Row = tuple[object, ...]
# the output of every row builder: (table, row) pairs in insertion order
Out = list[tuple[str, Row]]


class Ids:
    """Primary keys assigned in Python, so children reference parents without a round trip."""

    def __init__(self, first: dict[str, int] | None = None) -> None:
        self._next = {table: 1 for table in SERIAL_TABLES} | (first or {})

    def next(self, table: str) -> int:
        value = self._next[table]
        self._next[table] = value + 1
        return value
