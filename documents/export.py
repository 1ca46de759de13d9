"""Tables to xlsx, streamed: openpyxl's write-only workbook keeps no cells in memory, so an
export of every matching row (100,000 and more) costs the rows of one page at a time."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from documents.cells import cell_of, text_cell

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
# Excel's own limit for a sheet name
_SHEET_NAME_MAX = 31


def xlsx(title: str, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """One sheet: a bold header row, then the rows as given (strings, numbers, dates)."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:_SHEET_NAME_MAX] or "导出")
    sheet.freeze_panes = "A2"
    for index, header in enumerate(headers):
        sheet.column_dimensions[_column_letter(index)].width = max(10, min(40, len(header) * 2 + 4))
    header_cells = []
    for header in headers:
        cell = text_cell(sheet, header)
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in rows:
        sheet.append([cell_of(sheet, value) for value in row])
    with tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024) as buffer:
        book.save(buffer)
        buffer.seek(0)
        return buffer.read()


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters
