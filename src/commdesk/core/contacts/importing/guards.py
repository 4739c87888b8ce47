"""Limits for hostile and odd import files, checked before a parser is trusted.

Excel: an .xlsx is a ZIP of XML. Before openpyxl reads it, every member's declared uncompressed
size is checked against ``MAX_MEMBER_BYTES`` and ``MAX_TOTAL_BYTES`` (Python's zipfile never
inflates a member beyond its declared size, so the check bounds what openpyxl can be handed), and
the XML members (every member but pictures and embedded objects, whatever its name: the
workbook's relationships may give a sheet any name) are then inflated as a stream (64 KiB at a time) to check the actual sizes and
that no text run between two tags is longer than a cell may be (``MAX_CELL_CHARS``, Excel's own
limit; UTF-8 takes up to 4 bytes a character). A 1 MB file whose sheet expands to a 1 GiB cell is
refused after reading its directory, without inflating it. While openpyxl reads, the cells are
counted (``MAX_CELLS``). A ZIP that is not a workbook (a Word file, a plain archive) says so.

Any file larger than ``MAX_FILE_BYTES`` is refused before it is read. CSV fields longer than the
csv module's limit (128 KiB) are refused by it, naming the line.

Text: GB18030 decodes nearly any byte sequence, so a file in Big5 (or Windows-1252 ...) "decodes"
into mojibake. ``other_encoding`` compares the plausibility of the GB18030 reading with the other
likely encodings' (charset-normalizer) and names the one the file is really in. Rare characters are
no sign of mojibake on their own: names have them (喆, 镕, 堃), and so do European names in a
GB18030 file (ç, ø, ł are not in GB2312).
"""

from __future__ import annotations

import zipfile

from commdesk.core.i18n import translate

MAX_FILE_BYTES = 256 * 1024 * 1024  # any contacts file as stored (100,000 contacts: about 12 MB of CSV)
MAX_MEMBER_BYTES = 200 * 1024 * 1024  # one sheet of 100,000 contacts is about 40 MB of XML
MAX_TOTAL_BYTES = 400 * 1024 * 1024
MAX_CELLS = 5_000_000
MAX_CELL_CHARS = 32767  # what Excel itself allows in a cell
MAX_RUN_BYTES = MAX_CELL_CHARS * 4 + 1024  # the longest text between two tags in the XML
_CHUNK = 64 * 1024
# parts of a workbook that are not XML (pictures, embedded objects, printer settings): openpyxl
# does not parse them as XML, and their bytes hold no tags
_BINARY_PARTS = (
    ".png",
    ".jpg",
    ".jpeg",
    ".gif",
    ".bmp",
    ".tif",
    ".tiff",
    ".emf",
    ".wmf",
    ".bin",
    ".wdp",
    ".ico",
    ".webp",
)


class FileRefused(ValueError):
    """The file breaks a limit; the message names the file, the limit and what to do."""


def _mib(n: int) -> str:
    return f"{n / (1024 * 1024):,.0f}"


def size_over(size: int | None, limit: int) -> str | None:
    """``size`` in whole MB when it reads as more than ``limit`` does; None when rounding would show
    the limit itself (or less: "200 MB, more than ... at most 200 MB") or the size is not known."""
    if size is None or round(size / (1024 * 1024)) <= round(limit / (1024 * 1024)):
        return None
    return _mib(size)


def check_xlsx(path, file: str) -> None:
    """Refuse a ZIP that is not a workbook or that expands beyond the limits (FileRefused)."""
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise FileRefused(
            translate(
                "Contacts",
                "{file} is not a readable Excel workbook (the archive is damaged: {reason}); open it in "
                "Excel, save it again as .xlsx, and import that.",
            ).format(file=file, reason=exc)
        ) from None
    with zf:
        infos = zf.infolist()
        names = {i.filename for i in infos}
        if "xl/workbook.xml" not in names and "xl/workbook.bin" not in names:
            what = (
                translate("Contacts", "a Word document")
                if "word/document.xml" in names
                else (
                    translate("Contacts", "a PowerPoint presentation")
                    if "ppt/presentation.xml" in names
                    else translate("Contacts", "a ZIP archive")
                )
            )
            raise FileRefused(
                translate(
                    "Contacts",
                    "{file} is {what}, not an Excel workbook; export the contacts as .xlsx, CSV or vCard "
                    "and import that file.",
                ).format(file=file, what=what)
            )
        if "xl/workbook.bin" in names and "xl/workbook.xml" not in names:
            raise FileRefused(
                translate(
                    "Contacts",
                    "{file} is a binary Excel workbook (.xlsb); save it as .xlsx or CSV in Excel and "
                    "import that.",
                ).format(file=file)
            )
        total = 0
        for info in infos:
            total += info.file_size
            if info.file_size > MAX_MEMBER_BYTES:
                raise _too_big(file, info.file_size, MAX_MEMBER_BYTES)
            if total > MAX_TOTAL_BYTES:
                raise _too_big(file, total, MAX_TOTAL_BYTES)
        for info in infos:  # every part openpyxl may parse: a sheet may be named anything in the rels
            if not info.is_dir() and not info.filename.lower().endswith(_BINARY_PARTS):
                _check_member(zf, info, file)


def _too_big(file: str, size: int | None, limit: int) -> FileRefused:
    """``size``: what the workbook unpacks to, if known (None: unpacking stopped at the limit)."""
    shown = size_over(size, limit)
    if shown is None:
        return FileRefused(
            translate(
                "Contacts",
                "{file} expands to more than {limit} MB when unpacked, the most a contacts workbook may "
                "take; it is refused. Save the contacts as CSV, or split the file.",
            ).format(file=file, limit=_mib(limit))
        )
    return FileRefused(
        translate(
            "Contacts",
            "{file} expands to {size} MB when unpacked; a contacts workbook may take at most {limit} MB, "
            "so it is refused. Save the contacts as CSV, or split the file.",
        ).format(file=file, size=shown, limit=_mib(limit))
    )


def _check_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, file: str) -> None:
    """Inflate one XML member as a stream: its actual size and its longest text run."""
    size = 0
    run = 0  # bytes since the last "<"
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(_CHUNK):
                size += len(chunk)
                if size > MAX_MEMBER_BYTES:  # unpacking stops here: the full size is not known
                    raise _too_big(file, None, MAX_MEMBER_BYTES)
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
        raise FileRefused(
            translate(
                "Contacts",
                "{file} is not a readable Excel workbook (the archive is damaged: {reason}); open it in "
                "Excel, save it again as .xlsx, and import that.",
            ).format(file=file, reason=exc)
        ) from None
    if run > MAX_RUN_BYTES:
        raise FileRefused(
            translate(
                "Contacts",
                "{file} holds a cell with more than {limit} characters (Excel's own limit); it is refused. "
                "Shorten that cell, or save the contacts as CSV.",
            ).format(file=file, limit=f"{MAX_CELL_CHARS:,}")
        )


def too_many_cells(file: str) -> FileRefused:
    return FileRefused(
        translate(
            "Contacts",
            "{file} has more than {limit} cells; it is refused. Remove the empty or unused columns and "
            "rows, or split the file.",
        ).format(file=file, limit=f"{MAX_CELLS:,}")
    )


def cell_too_long(file: str, row: int, column: int) -> FileRefused:
    return FileRefused(
        translate(
            "Contacts",
            "{file}, row {row}, column {column}: the cell holds more than {limit} characters; it is "
            "refused. Shorten that cell.",
        ).format(file=file, row=row, column=column, limit=f"{MAX_CELL_CHARS:,}")
    )


# ------------------------------------------------------------------------------------ text
# The encodings a contacts file that is neither UTF-8 nor GB18030 is likely to be in here.
OTHER_ENCODINGS = ("big5", "cp1252", "shift_jis", "euc_kr")
_DESCRIPTIONS = {
    "utf-8": lambda: "UTF-8",
    "utf-16": lambda: "UTF-16",
    "gb18030": lambda: translate("Contacts", "GB18030 / GBK (Simplified Chinese)"),
    "big5": lambda: translate("Contacts", "Big5 (Traditional Chinese)"),
    "cp1252": lambda: translate("Contacts", "Windows-1252 (Western European)"),
    "shift_jis": lambda: translate("Contacts", "Shift-JIS (Japanese)"),
    "euc_kr": lambda: translate("Contacts", "EUC-KR (Korean)"),
}


def encoding_description(code: str) -> str:
    """An encoding's name and what it is for, in the user's language ("Big5 (Traditional Chinese)")."""
    return _DESCRIPTIONS[code]() if code in _DESCRIPTIONS else code


# How much more "mess" (charset-normalizer's measure, 0..1) the GB18030 reading may show than the
# best other reading before it is taken for mojibake: a near tie (Cyrillic names read about as well
# in Big5 as in GB18030) is given to GB18030, which Chinese Excel writes.
_MESS_MARGIN = 0.02


def other_encoding(data: bytes) -> str | None:
    """The encoding (a key of ``OTHER_ENCODINGS``) that bytes which are not UTF-8 are really in, if
    the GB18030 reading of them is garbled; None when GB18030 is the plausible reading.

    GB18030 decodes nearly any byte sequence, so a Big5, Windows-1252 or Shift-JIS file "decodes"
    into mojibake. charset-normalizer measures how plausible each reading is (odd characters,
    script changes inside words, unprintables); the file is taken as GB18030 unless another
    reading is clearly better. Genuine GB18030 with rare characters in names (喆, 镕, 堃),
    Traditional characters, European, Cyrillic or Japanese names, or symbols such as € is read."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data, cp_isolation=["gb18030", *OTHER_ENCODINGS])
    best = matches.best()
    gb = next((m for m in matches if m.encoding == "gb18030"), None)
    if best is None or best.encoding not in OTHER_ENCODINGS:
        return None if gb is not None or best is not None else _strict_other(data)
    if gb is not None and gb.chaos - best.chaos <= _MESS_MARGIN:
        return None
    return best.encoding


def _strict_other(data: bytes) -> str | None:
    """The first of ``OTHER_ENCODINGS`` the bytes decode in strictly (for the message only)."""
    for enc in OTHER_ENCODINGS:
        try:
            data.decode(enc)
        except UnicodeDecodeError:
            continue
        return enc
    return None
