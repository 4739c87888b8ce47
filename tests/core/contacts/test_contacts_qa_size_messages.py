"""Size refusals say something true: "expands to 200 MB when unpacked ... (at most 200 MB)" was
printed for a workbook just over the limit. A size shown is always more
than the limit shown; a size that would round to the limit reads "more than {limit} MB"."""

from __future__ import annotations

import io
import re
import zipfile

import openpyxl
import pytest

from commdesk.core.contacts.importing import ImportFileError, guards, read_table

MIB = 1024 * 1024


def _workbook(path, sheet_bytes: int):
    wb = openpyxl.Workbook()
    wb.active.append(["Name", "E-mail"])
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        for info in src.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                with out.open(info.filename, "w", force_zip64=True) as fh:
                    fh.write(b"<worksheet><sheetData>")
                    fh.write(b"<row/>" * ((sheet_bytes - 35) // 6))
                    fh.write(b"</sheetData></worksheet>")
            else:
                out.writestr(info, src.read(info.filename))
    return path


def _sizes(message: str) -> list[float]:
    return [float(n.replace(",", "")) for n in re.findall(r"([\d,.]+) MB", message)]


@pytest.mark.parametrize(
    "sheet_bytes, wanted",
    [
        (
            2 * MIB + 200 * 1024,
            "expands to more than 2 MB when unpacked, the most a contacts workbook may take",
        ),
        (5 * MIB, "expands to 5 MB when unpacked; a contacts workbook may take at most 2 MB"),
    ],
)
def test_workbook_just_over_the_limit(tmp_path, monkeypatch, sheet_bytes, wanted):
    monkeypatch.setattr(guards, "MAX_MEMBER_BYTES", 2 * MIB)
    with pytest.raises(ImportFileError) as err:
        read_table(_workbook(tmp_path / "big.xlsx", sheet_bytes))
    message = str(err.value)
    assert wanted in message and "big.xlsx" in message
    sizes = _sizes(message)
    assert len(sizes) == 1 or sizes[0] > sizes[1], message


def test_all_parts_together_name_their_own_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(guards, "MAX_TOTAL_BYTES", 3 * MIB)
    with pytest.raises(ImportFileError) as err:
        read_table(_workbook(tmp_path / "parts.xlsx", 4 * MIB))
    assert "at most 3 MB" in str(err.value)  # the limit broken, not the one for a single part


@pytest.mark.parametrize(
    "extra, wanted",
    [
        (1, "is more than 1 MB, the most a contacts file may be"),
        (3 * MIB, "is 4 MB; a contacts file may be at most 1 MB"),
    ],
)
def test_csv_just_over_the_limit(tmp_path, monkeypatch, extra, wanted):
    monkeypatch.setattr(guards, "MAX_FILE_BYTES", MIB)
    big = tmp_path / "huge.csv"
    with open(big, "wb") as fh:
        fh.truncate(MIB + extra)
    with pytest.raises(ImportFileError, match=wanted):
        read_table(big)


def test_size_over():
    assert guards.size_over(200 * MIB + 1, 200 * MIB) is None
    assert guards.size_over(None, 200 * MIB) is None
    assert guards.size_over(1024 * MIB, 200 * MIB) == "1,024"
