"""Excel workbooks for batch imports: templates, a streaming sheet reader and the workbook of
failed rows. openpyxl only; no database. Reading and writing are CPU-bound: callers run them
off the event loop.

The reader streams (`read_only=True`): rows come in chunks and nothing holds the whole sheet,
so a 100,000-row upload costs the memory of one chunk plus openpyxl's shared-string table.
It accepts what real spreadsheets contain, not only what openpyxl writes: headers with or
without the `*` of required columns and with half- or full-width brackets, a sheet dimension
that lies (LibreOffice, some exporters), numbers and dates where text was meant.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import from_excel
from openpyxl.worksheet.datavalidation import DataValidation

from documents.cells import text_cell

XLSX_MAGIC = b"PK\x03\x04"
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
REASON_HEADER = "错误原因"
OPTIONS_SHEET = "选项"
INSTRUCTIONS_SHEET = "填写说明"
LAST_ROW = 1_048_576
# A small upload must not unpack into gigabytes. openpyxl holds the shared strings in
# memory (a 100,000-row import's 19 MB of them take ~60 MB), so they are capped too.
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
MAX_SHARED_STRINGS_BYTES = 32 * 1024 * 1024
HEADER_SEARCH_ROWS = 10

_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\ufeff]")
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%Y年%m月%d日")


@dataclass(frozen=True)
class Column:
    """One column of an import sheet, as the template shows it and the reader finds it."""

    key: str
    label: str
    required: bool = False
    options: tuple[str, ...] = ()  # a drop-down list in the template
    options_only: bool = True  # False: the list only suggests; other values are accepted
    text: bool = False  # formatted as text, so Excel keeps long digit strings intact
    width: int = 14
    note: str = ""
    example: str = ""
    # other headers that mean this column, e.g. those of the matching export, so an
    # exported list can be edited and imported back
    aliases: tuple[str, ...] = ()

    @property
    def header(self) -> str:
        return f"{self.label}*" if self.required else self.label


@dataclass(frozen=True)
class SheetRow:
    number: int  # the row number the spreadsheet shows
    raw: tuple[Any, ...]  # every cell of the row as read, in the file's column order
    values: dict[str, Any]  # the known columns by key, blank cells as None


def header_key(text: Any) -> str:
    """What identifies a header: no spaces, no `*`, brackets full-width."""
    value = "" if text is None else str(text)
    value = re.sub(r"[\s*＊]", "", _INVISIBLE.sub("", value))
    return value.replace("(", "（").replace(")", "）")


def _clean(text: str) -> str:
    # the common case first: a printable string has no zero-width characters to remove
    return text.strip() if text.isprintable() else _INVISIBLE.sub("", text).strip()


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not _clean(value))


def cell_text(value: Any) -> str | None:
    """A cell as text: numbers without a spurious `.0`, dates as ISO, blank as None."""
    if value is None:
        return None
    if isinstance(value, str):
        return _clean(value) or None
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def cell_date(value: Any) -> dt.date:
    """A date cell, a date typed as text in the usual Chinese ways, or an Excel serial
    number; ValueError otherwise."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 19000101 <= value <= 99991231 and float(value).is_integer():
            return dt.datetime.strptime(str(int(value)), "%Y%m%d").date()
        if 1 <= value < 2958466:
            return from_excel(value).date()  # type: ignore[no-any-return]
        raise ValueError(value)
    text = cell_text(value) or ""
    for layout in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, layout).date()
        except ValueError:
            continue
    raise ValueError(text)


# --- templates ---

_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
_REQUIRED_FONT = Font(bold=True, color="C00000")
_HEADER_FONT = Font(bold=True)


def write_template(
    target: IO[bytes], sheet_title: str, columns: Iterable[Column], notes: Iterable[str]
) -> None:
    """The data sheet (headers, text formats, drop-down lists), the instructions and a hidden
    sheet with the lists' values."""
    columns = tuple(columns)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = sheet_title
    options = workbook.create_sheet(OPTIONS_SHEET)
    options.sheet_state = "hidden"
    listed = 0
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        cell = sheet.cell(row=1, column=index, value=column.header)
        cell.font = _REQUIRED_FONT if column.required else _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center")
        sheet.column_dimensions[letter].width = column.width
        if column.text:
            sheet.column_dimensions[letter].number_format = "@"
        if column.options:
            listed += 1
            list_letter = get_column_letter(listed)
            options.cell(row=1, column=listed, value=column.label)
            for row, option in enumerate(column.options, start=2):
                options.cell(row=row, column=listed, value=option)
            last = len(column.options) + 1
            validation = DataValidation(
                type="list",
                formula1=f"'{OPTIONS_SHEET}'!${list_letter}$2:${list_letter}${last}",
                allow_blank=True,
                showErrorMessage=column.options_only,
                errorTitle="输入值无效",
                error=f"{column.label}请从下拉列表中选择",
            )
            validation.add(f"{letter}2:{letter}{LAST_ROW}")
            sheet.add_data_validation(validation)
    sheet.freeze_panes = "A2"
    _write_instructions(workbook, sheet_title, columns, notes)
    workbook.save(target)


def _write_instructions(
    workbook: Workbook, sheet_title: str, columns: tuple[Column, ...], notes: Iterable[str]
) -> None:
    sheet = workbook.create_sheet(INSTRUCTIONS_SHEET, index=1)
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 8
    sheet.column_dimensions["C"].width = 60
    sheet.column_dimensions["D"].width = 28
    sheet.cell(row=1, column=1, value=f"“{sheet_title}”填写说明").font = Font(bold=True, size=14)
    row = 2
    for note in notes:
        sheet.cell(row=row, column=1, value=note)
        row += 1
    row += 1
    for index, title in enumerate(("列名", "必填", "说明", "示例或可选值"), start=1):
        sheet.cell(row=row, column=index, value=title).font = _HEADER_FONT
    for column in columns:
        row += 1
        sheet.cell(row=row, column=1, value=column.label)
        sheet.cell(row=row, column=2, value="是" if column.required else "否")
        sheet.cell(row=row, column=3, value=column.note).alignment = Alignment(wrap_text=True)
        sheet.cell(row=row, column=4, value=column.example or "、".join(column.options))


# --- reading ---


_DAMAGED = ("INVALID_WORKBOOK", "文件已损坏或不是有效的 Excel 工作簿")


class WorkbookRefused(Exception):
    """The upload is not a workbook we read (wrong format, damaged, too large, no header):
    a code for programs and a Chinese message; the import workflow reports it against the
    file."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message


def check_archive(source: IO[bytes]) -> None:
    """An xlsx file is a zip archive: refuse anything else before openpyxl reads it, and an
    archive that unpacks into more than the server should hold."""
    source.seek(0)
    magic = source.read(4)
    source.seek(0)
    if magic != XLSX_MAGIC:
        raise WorkbookRefused(
            "NOT_XLSX", "请上传 Excel 工作簿（.xlsx）；.xls 或 CSV 文件请先另存为 .xlsx 格式"
        )
    try:
        with zipfile.ZipFile(source) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError):
        raise WorkbookRefused(*_DAMAGED) from None
    finally:
        source.seek(0)
    shared = sum(e.file_size for e in entries if e.filename.endswith("sharedStrings.xml"))
    if shared > MAX_SHARED_STRINGS_BYTES or sum(e.file_size for e in entries) > (
        MAX_UNPACKED_BYTES
    ):
        raise WorkbookRefused("WORKBOOK_TOO_LARGE", "工作簿解压后过大，请分批导入")


class SheetReader:
    """The data rows of the first sheet (or the one named `sheet_title`), in chunks."""

    def __init__(
        self,
        source: IO[bytes],
        columns: Iterable[Column],
        sheet_title: str,
        *,
        max_rows: int,
    ) -> None:
        check_archive(source)
        try:
            self._workbook = load_workbook(source, read_only=True, data_only=True)
        except Exception:  # openpyxl raises anything from KeyError to its own exceptions
            raise WorkbookRefused(*_DAMAGED) from None
        try:
            names = self._workbook.sheetnames
            sheet = self._workbook[sheet_title if sheet_title in names else names[0]]
            sheet.reset_dimensions()  # type: ignore[union-attr]  # trust the cells, not the header
            self._rows: Iterator[tuple[Any, ...]] = sheet.iter_rows(values_only=True)
            self.columns = tuple(columns)
            self.max_rows = max_rows
            self.header, self.header_row = self._find_header()
            self.positions = self._positions()
        except BaseException:
            self.close()
            raise
        self._number = self.header_row
        self.data_rows = 0

    def _find_header(self) -> tuple[tuple[Any, ...], int]:
        wanted = {label for c in self.columns for label in (c.label, *c.aliases)}
        for number, row in enumerate(self._rows, start=1):
            if any(header_key(v) in wanted for v in row):
                return tuple(row), number
            if number >= HEADER_SEARCH_ROWS:
                break
        raise WorkbookRefused("MISSING_COLUMNS", "未找到表头，请使用下载的导入模板填写")

    def _positions(self) -> dict[str, int]:
        found: dict[str, int] = {}
        by_label = {label: c.key for c in self.columns for label in (c.label, *c.aliases)}
        for index, text in enumerate(self.header):
            key = by_label.get(header_key(text))
            if key is not None and key not in found:
                found[key] = index
        missing = [c.label for c in self.columns if c.required and c.key not in found]
        if missing:
            raise WorkbookRefused(
                "MISSING_COLUMNS", f"缺少必填列：{'、'.join(missing)}。请使用下载的导入模板"
            )
        return found

    @property
    def reason_position(self) -> int | None:
        """An earlier import's 错误原因 column, which a re-imported failed-rows file carries."""
        for index, text in enumerate(self.header):
            if header_key(text) == REASON_HEADER:
                return index
        return None

    def chunk(self, size: int) -> list[SheetRow]:
        """The next `size` non-blank rows (fewer at the end; none when the sheet is done)."""
        rows: list[SheetRow] = []
        for raw in self._rows:
            self._number += 1
            values = {
                key: (raw[index] if index < len(raw) else None)
                for key, index in self.positions.items()
            }
            if all(is_blank(v) for v in values.values()):
                continue
            self.data_rows += 1
            if self.data_rows > self.max_rows:
                raise WorkbookRefused(
                    "TOO_MANY_ROWS", f"一次最多导入 {self.max_rows} 行，请拆分文件后分批导入"
                )
            rows.append(SheetRow(self._number, tuple(raw), values))
            if len(rows) >= size:
                break
        return rows

    def close(self) -> None:
        self._workbook.close()


# --- the failed rows ---


def write_failed_rows(
    target: IO[bytes],
    sheet_title: str,
    header: tuple[Any, ...],
    rows: Iterable[tuple[tuple[Any, ...], str]],
    skip: int | None,
) -> None:
    """The file's own columns (less an earlier 错误原因) plus 错误原因, one row per failed
    row, written streaming: the result imports again as it is once fixed."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_title)

    def keep(cells: tuple[Any, ...]) -> list[Any]:
        return [v for i, v in enumerate(cells) if i != skip]

    width = len(header)
    heading = []
    for text in [*keep(header), REASON_HEADER]:
        # the header row is the uploader's own text, like the rows below it
        cell = text_cell(sheet, str(text) if text is not None else "")
        cell.font = _HEADER_FONT
        heading.append(cell)
    sheet.append(heading)
    for raw, reason in rows:
        cells: list[Any] = []
        for value in keep((raw + (None,) * width)[:width]):
            if isinstance(value, str):
                cell = text_cell(sheet, value)
                cell.number_format = "@"
                cells.append(cell)
            elif isinstance(value, (dt.date, dt.datetime)):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "yyyy-mm-dd"
                cells.append(cell)
            else:
                cells.append(value)
        reason_cell = text_cell(sheet, reason)
        reason_cell.font = _REQUIRED_FONT
        cells.append(reason_cell)
        sheet.append(cells)
    workbook.save(target)
