"""Readers: a file becomes a ``Table`` of ``Row``s (header -> text) that remember file and row.

CSV/text: encoding detected (UTF-8 with or without BOM, UTF-16 with BOM as Excel "Unicode text",
else GB18030, which covers GBK and GB2312), delimiter sniffed among comma, semicolon and tab.
``.xlsx`` through openpyxl (read-only). vCard files are recognised by content, whatever their name.
Row numbers are those the user sees in Excel: the header is row 1. vCard rows carry the line
number where the card begins.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import os
from collections.abc import Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import overload

import commdesk.core.contacts.importing.guards as guards
from commdesk.core.contacts.importing.table import ImportFileError, Row, Table
from commdesk.core.contacts.importing.vcard import parse_vcards, vcard_table
from commdesk.core.i18n import translate
from commdesk.core.os_errors import os_problem


def decode_text(data: bytes, file: str, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding name) of a text file's bytes; ImportFileError when it is not text."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise ImportFileError(
                translate("Contacts", "{file} cannot be read as {encoding}: {reason}").format(
                    file=file, encoding=encoding, reason=exc
                )
            ) from None
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:4096]:
        raise _not_contacts(file)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise _wrong_encoding(file, guards.other_encoding(data), garbled=False) from None
    other = guards.other_encoding(data)
    if other is not None:  # GB18030 decodes nearly anything: Big5 would come out as mojibake
        raise _wrong_encoding(file, other, garbled=True)
    return text, "gb18030"


def _wrong_encoding(file: str, other: str | None, garbled: bool) -> ImportFileError:
    """The file is text in an encoding (``other``, if known) that is neither UTF-8 nor GB18030, or
    not text at all."""
    if other is None and not garbled:
        return _not_contacts(file)
    hint = (
        translate("Contacts", " It looks like {encoding}.").format(
            encoding=guards.encoding_description(other)
        )
        if other
        else ""
    )
    return ImportFileError(
        translate(
            "Contacts",
            "{file} is not UTF-8 and does not read as GB18030 either: the names would come out "
            "garbled, so nothing was read.{hint} Choose the file's encoding (e.g. --encoding {example}), "
            "or save it as UTF-8 and import again.",
        ).format(file=file, hint=hint, example=other or "big5")
    )


def _not_contacts(file: str) -> ImportFileError:
    return ImportFileError(
        translate(
            "Contacts",
            "{file} is not a CSV, Excel (.xlsx) or vCard file; save it in one of those formats "
            "and try again.",
        ).format(file=file)
    )


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\r\n\t\f") or c == "\ufffd")
    return bad > max(2, len(sample) // 100)


def sniff_delimiter(text: str) -> str:
    """The delimiter (",", ";" or tab) that gives the most columns consistently on the first lines."""
    lines = text.splitlines()[:30]
    sample = "\n".join(lines)
    best, best_score = ",", -1.0
    for delim in (",", ";", "\t"):
        try:
            counts = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delim) if r]
        except csv.Error:
            continue
        if not counts or counts[0] < 2:
            continue
        same = sum(1 for c in counts if c == counts[0]) / len(counts)
        score = counts[0] * same
        if score > best_score:
            best, best_score = delim, score
    return best


def _dedupe_headers(raw: list[str]) -> list[str]:
    headers: list[str] = []
    seen: dict[str, int] = {}
    for i, h in enumerate(raw):
        h = (h or "").strip().lstrip("\ufeff") or f"#{i + 1}"
        if h in seen:
            seen[h] += 1
            h = f"{h} ({seen[h]})"
        else:
            seen[h] = 1
        headers.append(h)
    return headers


def rows_from_matrix(file: str, matrix: Iterator[tuple[int, list[str]]]) -> tuple[list[str], list[Row]]:
    """Header = first non-empty line; later non-empty lines become rows with their own numbers."""
    headers: list[str] | None = None
    rows: list[Row] = []
    for number, cells in matrix:
        if not any(c.strip() for c in cells):
            continue
        if headers is None:
            headers = _dedupe_headers(cells)
            continue
        if len(cells) > len(headers):
            headers += [f"#{i + 1}" for i in range(len(headers), len(cells))]
        rows.append(
            Row(file, number, {h: v for h, c in zip(headers, cells, strict=False) if (v := c.strip())})
        )
    if headers is None:
        raise ImportFileError(
            translate("Contacts", "{file} is empty; there are no contacts to import.").format(file=file)
        )
    if not rows:
        raise ImportFileError(
            translate("Contacts", "{file} has a header row but no contacts below it.").format(file=file)
        )
    return headers, rows


def read_csv_text(text: str, file: str, delimiter: str | None = None) -> Table:
    delim = delimiter or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)

    def numbered():
        try:
            for cells in reader:
                yield reader.line_num, cells
        except csv.Error as exc:
            raise ImportFileError(
                translate("Contacts", "{file}, line {line}: {reason}").format(
                    file=file, line=reader.line_num, reason=exc
                )
            ) from None

    # Excel row numbers: count records, not physical lines (a cell may contain line breaks).
    def by_record():
        for i, (_, cells) in enumerate(numbered(), start=1):
            yield i, cells

    headers, rows = rows_from_matrix(file, by_record())
    return Table(file, "csv", headers, rows, delimiter=delim)


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))  # phone numbers typed as numbers
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def read_xlsx(path: str | os.PathLike, file: str, sheet: str | None = None) -> Table:
    """An .xlsx workbook's first (or named) sheet, within the limits of ``guards`` (checked on the ZIP
    before openpyxl reads it, and on the cells while it does)."""
    import zipfile
    from xml.etree.ElementTree import ParseError

    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        guards.check_xlsx(path, file)
    except guards.FileRefused as exc:
        raise ImportFileError(str(exc)) from None
    unreadable = (
        InvalidFileException,
        KeyError,
        OSError,
        ValueError,
        TypeError,
        IndexError,
        AttributeError,
        zipfile.BadZipFile,
        ParseError,
        EOFError,
    )
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except unreadable as exc:
        raise ImportFileError(
            translate("Contacts", "{file} is not a readable Excel workbook: {reason}").format(
                file=file, reason=exc
            )
        ) from None
    try:
        if sheet is not None and sheet not in wb.sheetnames:
            raise ImportFileError(
                translate("Contacts", "{file} has no sheet named {sheet}.").format(file=file, sheet=sheet)
            )
        ws = wb[sheet] if sheet else wb.worksheets[0]
        ws.reset_dimensions()  # the sheet's declared size is not trusted (it would pad every row)
        headers, rows = rows_from_matrix(file, _limited_cells(ws, file))
    except guards.FileRefused as exc:
        raise ImportFileError(str(exc)) from None
    except unreadable as exc:
        raise ImportFileError(
            translate("Contacts", "{file} is not a readable Excel workbook: {reason}").format(
                file=file, reason=exc
            )
        ) from None
    finally:
        wb.close()
    return Table(file, "xlsx", headers, rows)


def _limited_cells(ws, file: str):
    """(row number, cell texts) of a sheet, refusing more than MAX_CELLS cells or an overlong cell."""
    cells = 0
    for i, values in enumerate(ws.iter_rows(values_only=True), start=1):
        cells += len(values)
        if cells > guards.MAX_CELLS:
            raise guards.too_many_cells(file)
        texts = [_cell_text(v) for v in values]
        for col, t in enumerate(texts, start=1):
            if len(t) > guards.MAX_CELL_CHARS:
                raise guards.cell_too_long(file, i, col)
        yield i, texts


#: CSV files larger than this are read row by row while they are planned and written, never held
#: in memory whole (a million rows are a few hundred MB of text and a few GB of rows)
STREAM_FROM = 8 * 1024 * 1024
_CHUNK = 1 << 20


class StreamedRows(Sequence[Row]):
    """The rows of a large CSV file, read from the file each time they are iterated (re-iterable:
    the plan and the apply each read the file once). Indexing and ``len`` read as far as needed."""

    def __init__(self, path: Path, file: str, encoding: str, delimiter: str, headers: list[str], count: int):
        self.path, self.file, self.encoding, self.delimiter = path, file, encoding, delimiter
        self.headers, self.size = headers, count

    def __len__(self) -> int:
        return self.size

    @overload
    def __getitem__(self, index: int) -> Row: ...

    @overload
    def __getitem__(self, index: slice) -> list[Row]: ...

    def __getitem__(self, index: int | slice) -> Row | list[Row]:
        if isinstance(index, slice):
            if index.start is None and index.step is None and index.stop is not None and index.stop >= 0:
                return list(islice(self, index.stop))
            return list(self)[index]
        if index < 0:
            index += self.size
        for i, row in enumerate(self):
            if i == index:
                return row
        raise IndexError(index)

    def __iter__(self) -> Iterator[Row]:
        headers, file = self.headers, self.file
        seen_header = False
        with self.path.open(encoding=self.encoding, newline="") as f:
            for number, cells in _records(csv.reader(f, delimiter=self.delimiter), file):
                if not any(c.strip() for c in cells):
                    continue
                if not seen_header:
                    seen_header = True
                    continue
                yield Row(
                    file, number, {h: v for h, c in zip(headers, cells, strict=False) if (v := c.strip())}
                )


def _records(reader, file: str) -> Iterator[tuple[int, list[str]]]:
    """(Excel row number, cells) of each record: records are counted, not physical lines (a cell
    may contain line breaks)."""
    i = 0
    try:
        for cells in reader:
            i += 1
            yield i, cells
    except csv.Error as exc:
        raise ImportFileError(
            translate("Contacts", "{file}, line {line}: {reason}").format(
                file=file, line=reader.line_num, reason=exc
            )
        ) from None


def _scan_csv(path: Path, file: str, encoding: str, delimiter: str) -> tuple[list[str], int]:
    """Read the whole file once as CSV in ``encoding`` (UnicodeDecodeError when it is not) and
    return its headers (widened as ``rows_from_matrix`` does) and its number of rows."""
    headers: list[str] | None = None
    count = 0
    with path.open(encoding=encoding, errors="strict", newline="") as f:
        for _, cells in _records(csv.reader(f, delimiter=delimiter), file):
            if not any(c.strip() for c in cells):
                continue
            if headers is None:
                headers = _dedupe_headers(cells)
                continue
            if len(cells) > len(headers):
                headers += [f"#{i + 1}" for i in range(len(headers), len(cells))]
            count += 1
    if headers is None:
        raise ImportFileError(
            translate("Contacts", "{file} is empty; there are no contacts to import.").format(file=file)
        )
    if not count:
        raise ImportFileError(
            translate("Contacts", "{file} has a header row but no contacts below it.").format(file=file)
        )
    return headers, count


def _streamed_csv(
    path: Path, file: str, head: bytes, encoding: str | None, delimiter: str | None
) -> Table | None:
    """A large CSV file as a Table whose rows are read from the file as they are used; None when the
    file is not CSV text (a workbook, a vCard, binary: the whole-file readers decide)."""
    if head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        return None
    if encoding:
        tries = [encoding]
    elif head.startswith(codecs.BOM_UTF8):
        tries = ["utf-8-sig"]
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        tries = ["utf-16"]
    elif b"\x00" in head[:4096]:
        return None
    else:
        tries = ["utf-8", "gb18030"]
    for used in tries:
        sample = head.decode(used, errors="ignore")
        if _looks_binary(sample) or sample.lstrip("\ufeff \r\n\t")[:11].upper() == "BEGIN:VCARD":
            return None
        delim = delimiter or sniff_delimiter(sample)
        try:
            headers, count = _scan_csv(path, file, used, delim)
        except (UnicodeDecodeError, LookupError):
            continue
        if used == "gb18030" and guards.other_encoding(head) is not None:
            return None  # the whole-file reader names the encoding it looks like
        rows = StreamedRows(path, file, used, delim, headers, count)
        return Table(file, "csv", headers, rows, encoding=used, delimiter=delim)
    return None  # not readable in these encodings: the whole-file reader says why


def read_table(
    path: str | os.PathLike,
    encoding: str | None = None,
    sheet: str | None = None,
    delimiter: str | None = None,
) -> Table:
    """Read a contacts file of any supported kind; ImportFileError with the file name when it can't."""
    p = Path(path)
    file = p.name
    try:
        size = p.stat().st_size
        if size > guards.MAX_FILE_BYTES:  # refused before anything is read into memory
            limit, shown = (
                f"{guards.MAX_FILE_BYTES / 1048576:,.0f}",
                guards.size_over(size, guards.MAX_FILE_BYTES),
            )
            raise ImportFileError(
                translate(
                    "Contacts",
                    "{file} is {size} MB; a contacts file may be at most {limit} MB, so it is refused. "
                    "Split the file and import the parts.",
                ).format(file=file, size=shown, limit=limit)
                if shown
                else translate(
                    "Contacts",
                    "{file} is more than {limit} MB, the most a contacts file may be; it is refused. "
                    "Split the file and import the parts.",
                ).format(file=file, limit=limit)
            )
        if size > STREAM_FROM:
            with p.open("rb") as f:
                head = f.read(_CHUNK)
            streamed = _streamed_csv(p, file, head, encoding, delimiter)
            if streamed is not None:
                return streamed
        data = p.read_bytes()
    except OSError as exc:
        raise ImportFileError(
            translate("Contacts", "{file} cannot be opened: {reason}").format(
                file=file, reason=os_problem(exc)
            )
        ) from None
    if not data.strip():
        raise ImportFileError(
            translate("Contacts", "{file} is empty; there are no contacts to import.").format(file=file)
        )
    if data.startswith(b"PK\x03\x04"):
        return read_xlsx(p, file, sheet)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(
            translate(
                "Contacts",
                "{file} is an old Excel (.xls) workbook; save it as .xlsx or CSV in Excel and import that.",
            ).format(file=file)
        )
    text, used = decode_text(data, file, encoding)
    if _looks_binary(text):
        raise _not_contacts(file)
    if text.lstrip("\ufeff \r\n\t")[:11].upper() == "BEGIN:VCARD":
        table = vcard_table(file, parse_vcards(text, file))
    else:
        table = read_csv_text(text, file, delimiter)
    table.encoding = used
    return table
