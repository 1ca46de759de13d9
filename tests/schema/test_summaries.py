"""Every review kind has a typed summary: a kind added without one fails here, not in a queue."""

from __future__ import annotations

from models.enums import ReviewKind
from schema.types.summaries import summary_of


def test_every_review_kind_reads_its_summary_even_from_an_empty_row() -> None:
    for kind in ReviewKind:
        typed = summary_of(kind, {})
        assert type(typed).__name__.endswith("Summary"), kind
    # a stored label where a code belongs (rows written before the types) reads as null
    legacy = summary_of(ReviewKind.ORGANISATION_CHANGE, {"changeKind": "机构信息修改"})
    assert legacy.change_kind is None
