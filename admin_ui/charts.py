"""Charts for statistics: an answer of rows (with a total row beside them) is drawn as grouped
bars — one bar group per row, named by its first label column, one bar per count column —
from the same rows the table shows. The echarts option is built here, on the server, so a
statistic added to the schema is drawn with no console code."""

from __future__ import annotations

from typing import Any

from admin_ui.lists import ListColumn, ListPlan

# counts that sum the others would dwarf them
TOTAL_KEYS = frozenset({"total"})
CHART_HEIGHT = 320


def _axes(plan: ListPlan) -> tuple[ListColumn, list[ListColumn]] | None:
    if plan.rows_field is None:
        return None
    category = next(
        (
            c
            for c in plan.columns
            if c.scalar == "String" and c.key != "id" and not c.key.endswith(("Code", "Id"))
        ),
        None,
    )
    counts = [c for c in plan.columns if c.scalar == "Int" and c.key not in TOTAL_KEYS]
    return (category, counts) if category is not None and counts else None


def chart_option(plan: ListPlan, rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The echarts option drawing `rows` (the total row left out), or None when the list is
    not a statistic with a label and counts."""
    axes = _axes(plan)
    if axes is None:
        return None
    category, counts = axes
    drawn = rows[:-1] if plan.total_field and rows else rows
    names = [str(row.get(category.key) or "") for row in drawn]
    return {
        "tooltip": {"trigger": "axis"},
        "legend": {"data": [c.label for c in counts], "top": 0},
        "grid": {"left": 8, "right": 8, "bottom": 8, "top": 36, "containLabel": True},
        "xAxis": {
            "type": "category",
            "data": names,
            "axisLabel": {"interval": 0, "rotate": 30 if len(names) > 6 else 0},
        },
        "yAxis": {"type": "value"},
        "series": [
            {"name": c.label, "type": "bar", "data": [row.get(c.key) or 0 for row in drawn]}
            for c in counts
        ],
    }


def chart(plan: ListPlan) -> dict[str, Any] | None:
    """The amis chart drawing what the list adaptor sends as `chart` with the rows."""
    if _axes(plan) is None:
        return None
    return {
        "type": "chart",
        "source": "${chart}",
        # the option holds names (title series, units): amis would map its strings as templates
        "disableDataMapping": True,
        "height": CHART_HEIGHT,
        "className": "statistic-chart",
        "visibleOn": "${chart && items && items.length > 0}",
    }
