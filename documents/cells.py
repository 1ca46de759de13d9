"""Cells of the workbooks the server writes (exports, failed import rows): user text is
always a text cell, never a formula.

openpyxl writes any string starting with "=" as a live formula. Text is therefore written
with the string type, and text that a spreadsheet would read as a formula when edited (a
leading = + - @, tab or carriage return: OWASP's CSV/formula injection list) also carries
Excel's quote prefix, which keeps it text even after the cell is edited — the value itself
is unchanged, so a failed-rows workbook still imports as it is once fixed.
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell import WriteOnlyCell

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def text_cell(sheet: Any, value: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"
    if value.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
    return cell


def cell_of(sheet: Any, value: Any) -> Any:
    """A row value as written: text as a text cell, numbers and dates as they are."""
    return text_cell(sheet, value) if isinstance(value, str) else value
