"""Limits for hostile and odd import files (issue 12 §6), checked before a parser is trusted.

Excel: an .xlsx is a ZIP of XML. Before openpyxl reads it, every member's declared uncompressed
size is checked against ``MAX_MEMBER_BYTES`` and ``MAX_TOTAL_BYTES`` (Python's zipfile never
inflates a member beyond its declared size, so the check bounds what openpyxl can be handed), and
the XML members are then inflated as a stream (64 KiB at a time) to check the actual sizes and
that no text run between two tags is longer than a cell may be (``MAX_CELL_CHARS``, Excel's own
limit; UTF-8 takes up to 4 bytes a character). A 1 MB file whose sheet expands to a 1 GiB cell is
refused after reading its directory, without inflating it. While openpyxl reads, the cells are
counted (``MAX_CELLS``). A ZIP that is not a workbook (a Word file, a plain archive) says so.

Any file larger than ``MAX_FILE_BYTES`` is refused before it is read. CSV fields longer than the
csv module's limit (128 KiB) are refused by it, naming the line.

Text: GB18030 decodes nearly any byte sequence, so a file in Big5 (or Windows-1252 ...) "decodes"
into mojibake. ``implausible_chinese`` flags decoded text with private-use characters or many
characters outside GB2312 / box drawing / Greek / Cyrillic, which real contact lists do not have.
"""
from __future__ import annotations

import re
import zipfile

from commdesk.core.i18n import translate

MAX_FILE_BYTES = 256 * 1024 * 1024  # any contacts file as stored (100,000 contacts: about 12 MB of CSV)
MAX_MEMBER_BYTES = 200 * 1024 * 1024  # one sheet of 100,000 contacts is about 40 MB of XML
MAX_TOTAL_BYTES = 400 * 1024 * 1024
MAX_CELLS = 5_000_000
MAX_CELL_CHARS = 32767  # what Excel itself allows in a cell
MAX_RUN_BYTES = MAX_CELL_CHARS * 4 + 1024  # the longest text between two tags in the XML
_CHUNK = 64 * 1024


class FileRefused(ValueError):
    """The file breaks a limit; the message names the file, the limit and what to do."""


def _mib(n: int) -> str:
    return f"{n / (1024 * 1024):,.0f}"


def check_xlsx(path, file: str) -> None:
    """Refuse a ZIP that is not a workbook or that expands beyond the limits (FileRefused)."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise FileRefused(translate(
            "Contacts", "{file} is not a readable Excel workbook (the archive is damaged: {reason}); open it in "
                        "Excel, save it again as .xlsx, and import that.").format(file=file, reason=exc)) from None
    with zf:
        infos = zf.infolist()
        names = {i.filename for i in infos}
        if "xl/workbook.xml" not in names and "xl/workbook.bin" not in names:
            what = translate("Contacts", "a Word document") if "word/document.xml" in names else (
                translate("Contacts", "a PowerPoint presentation") if "ppt/presentation.xml" in names else
                translate("Contacts", "a ZIP archive"))
            raise FileRefused(translate(
                "Contacts", "{file} is {what}, not an Excel workbook; export the contacts as .xlsx, CSV or vCard "
                            "and import that file.").format(file=file, what=what))
        if "xl/workbook.bin" in names and "xl/workbook.xml" not in names:
            raise FileRefused(translate(
                "Contacts", "{file} is a binary Excel workbook (.xlsb); save it as .xlsx or CSV in Excel and "
                            "import that.").format(file=file))
        total = 0
        for info in infos:
            total += info.file_size
            if info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES:
                raise _too_big(file, info.file_size if info.file_size > MAX_MEMBER_BYTES else total)
        for info in infos:
            if info.filename.endswith((".xml", ".rels")) and not info.is_dir():
                _check_member(zf, info, file)


def _too_big(file: str, size: int) -> FileRefused:
    return FileRefused(translate(
        "Contacts", "{file} expands to {size} MB when unpacked, more than a contacts workbook can be "
                    "(at most {limit} MB); it is refused. Save the contacts as CSV, or split the file.").format(
        file=file, size=_mib(size), limit=_mib(MAX_MEMBER_BYTES)))


def _check_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, file: str) -> None:
    """Inflate one XML member as a stream: its actual size and its longest text run."""
    size = 0
    run = 0  # bytes since the last "<"
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(_CHUNK):
                size += len(chunk)
                if size > MAX_MEMBER_BYTES:
                    raise _too_big(file, size)
                parts = chunk.split(b"<")
                run += len(parts[0])  # the text run the previous chunk ended in goes on
                if len(parts) > 1:
                    if len(parts) > 2:
                        run = max(run, max(map(len, parts[1:-1])))
                    if run > MAX_RUN_BYTES:
                        break
                    run = len(parts[-1])
                if run > MAX_RUN_BYTES:
                    break
    except (zipfile.BadZipFile, OSError, EOFError) as exc:  # CRC or size mismatch, truncated data
        raise FileRefused(translate(
            "Contacts", "{file} is not a readable Excel workbook (the archive is damaged: {reason}); open it in "
                        "Excel, save it again as .xlsx, and import that.").format(file=file, reason=exc)) from None
    if run > MAX_RUN_BYTES:
        raise FileRefused(translate(
            "Contacts", "{file} holds a cell with more than {limit} characters (Excel's own limit); it is refused. "
                        "Shorten that cell, or save the contacts as CSV.").format(file=file, limit=f"{MAX_CELL_CHARS:,}"))


def too_many_cells(file: str) -> FileRefused:
    return FileRefused(translate(
        "Contacts", "{file} has more than {limit} cells; it is refused. Remove the empty or unused columns and "
                    "rows, or split the file.").format(file=file, limit=f"{MAX_CELLS:,}"))


def cell_too_long(file: str, row: int, column: int) -> FileRefused:
    return FileRefused(translate(
        "Contacts", "{file}, row {row}, column {column}: the cell holds more than {limit} characters; it is "
                    "refused. Shorten that cell.").format(file=file, row=row, column=column,
                                                          limit=f"{MAX_CELL_CHARS:,}"))


# ------------------------------------------------------------------------------------ text
_SUSPICIOUS = re.compile("[\u0370-\u03ff\u0400-\u04ff\u2500-\u257f\u3100-\u312f]")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
# one Chinese character inside a Latin word ("M黮ler"): an accented letter and the next one read as GBK
_IN_LATIN_WORD = re.compile("[A-Za-z][\u3400-\u9fff][A-Za-z]")


def implausible_chinese(text: str) -> bool:
    """Whether text decoded as GB18030 looks like mojibake: private-use characters, a rare Chinese
    character inside a Latin word, or many of its non-ASCII characters outside GB2312 (rare
    characters), box drawing, Greek, Cyrillic or bopomofo."""
    if _PRIVATE_USE.search(text):
        return True
    for m in _IN_LATIN_WORD.finditer(text):
        try:
            m[0][1].encode("gb2312")
        except UnicodeEncodeError:
            return True
    non_ascii = odd = 0
    for c in text:
        if c < "\x80":
            continue
        non_ascii += 1
        if _SUSPICIOUS.match(c):
            odd += 1
            continue
        try:
            c.encode("gb2312")
        except UnicodeEncodeError:
            odd += 1
    return odd >= 3 and odd > non_ascii * 0.2


def guess_other_encoding(data: bytes) -> str | None:
    """An encoding the bytes decode in strictly and plausibly (for the message), if one is found."""
    for enc in ("big5", "cp1252"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if enc == "big5" and not any("\u4e00" <= c <= "\u9fff" for c in text):
            continue
        return enc
    return None
