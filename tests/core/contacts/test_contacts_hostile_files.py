"""Hostile and odd import files (issue 12 §6): Excel files are read within limits on unpacked size,
cell count and cell length, refused clearly and without big memory; a ZIP that is not a workbook
says what it is; text in Big5 or Windows-1252 is refused (naming the likely encoding), never read as
GB18030 mojibake, and reads correctly with that encoding given."""
from __future__ import annotations

import io
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest

from commdesk.core.contacts.importing import ImportFileError, read_table
from commdesk.core.contacts.importing import guards

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "contacts"
HEAD = (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="B1" t="inlineStr"><is><t>E-mail</t>'
        b'</is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Wang Wei</t></is></c>'
        b'<c r="B2" t="inlineStr"><is><t>')
TAIL = b'</t></is></c></row></sheetData></worksheet>'


def _workbook_with_sheet(path: Path, write_sheet) -> Path:
    """A real .xlsx (made by openpyxl) whose first sheet's XML is written by ``write_sheet(fh)``."""
    wb = openpyxl.Workbook()
    wb.active.append(["x"])
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        for info in src.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                with out.open(info.filename, "w", force_zip64=True) as fh:
                    write_sheet(fh)
            else:
                out.writestr(info, src.read(info.filename))
    return path


@pytest.fixture(scope="module")
def gib_cell(tmp_path_factory) -> Path:
    """A workbook of about 1 MB whose one cell unpacks to 1 GiB."""
    def sheet(fh):
        fh.write(HEAD)
        block = b"A" * (1 << 20)
        for _ in range(1024):
            fh.write(block)
        fh.write(TAIL)

    return _workbook_with_sheet(tmp_path_factory.mktemp("bomb") / "contacts.xlsx", sheet)


def test_a_small_workbook_expanding_to_a_huge_cell_is_refused_without_big_memory(gib_cell):
    assert gib_cell.stat().st_size < 8 * 1024 * 1024
    tracemalloc.start()
    try:
        with pytest.raises(ImportFileError, match="expands to 1,024 MB when unpacked") as err:
            read_table(gib_cell)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "contacts.xlsx" in str(err.value) and peak < 16 * 1024 * 1024


def test_a_cell_longer_than_excel_allows_is_refused(tmp_path):
    over_run = _workbook_with_sheet(tmp_path / "long.xlsx",
                                    lambda fh: fh.write(HEAD + b"B" * (guards.MAX_RUN_BYTES + 10) + TAIL))
    with pytest.raises(ImportFileError, match="more than 32,767 characters"):
        read_table(over_run)
    # under the byte limit of the XML scan but over Excel's limit in characters: refused while reading
    chars = _workbook_with_sheet(tmp_path / "chars.xlsx",
                                 lambda fh: fh.write(HEAD + b"C" * (guards.MAX_CELL_CHARS + 1) + TAIL))
    with pytest.raises(ImportFileError, match=r"row 2, column 2: the cell holds more than 32,767"):
        read_table(chars)
    fine = _workbook_with_sheet(tmp_path / "fine.xlsx", lambda fh: fh.write(HEAD + b"w@x.example.com" + TAIL))
    assert read_table(fine).rows[0].values == {"Name": "Wang Wei", "E-mail": "w@x.example.com"}


def test_too_many_cells_and_a_lying_dimension(tmp_path, monkeypatch):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Name", "E-mail"])
    for i in range(60):
        ws.append([f"P{i}", f"p{i}@x.example.com"])
    wb.save(tmp_path / "many.xlsx")
    monkeypatch.setattr(guards, "MAX_CELLS", 100)
    with pytest.raises(ImportFileError, match="more than 100 cells"):
        read_table(tmp_path / "many.xlsx")
    # a sheet that claims to be 16,384 columns wide is not padded to its claim
    monkeypatch.setattr(guards, "MAX_CELLS", 1000)
    wide = _workbook_with_sheet(tmp_path / "wide.xlsx", lambda fh: fh.write(
        HEAD.replace(b"<sheetData>", b'<dimension ref="A1:XFD1048576"/><sheetData>') + b"w@x.example.com" + TAIL))
    assert len(read_table(wide).rows) == 1


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


def test_a_zip_that_is_not_a_workbook_says_what_it_is(tmp_path):
    with pytest.raises(ImportFileError, match="is a ZIP archive, not an Excel workbook"):
        read_table(_zip(tmp_path / "photos.xlsx", {"a.txt": b"hello"}))
    with pytest.raises(ImportFileError, match="is a Word document, not an Excel workbook"):
        read_table(_zip(tmp_path / "list.xlsx", {"[Content_Types].xml": b"<x/>", "word/document.xml": b"<w/>"}))
    damaged = tmp_path / "cut.xlsx"
    damaged.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    with pytest.raises(ImportFileError, match="not a readable Excel workbook"):
        read_table(damaged)
    broken = _zip(tmp_path / "broken.xlsx", {"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"<not xml"})
    with pytest.raises(ImportFileError, match="not a readable Excel workbook"):
        read_table(broken)


def test_big5_is_refused_not_imported_as_mojibake_and_reads_when_named():
    path = FIXTURES / "big5_names.csv"
    with pytest.raises(ImportFileError, match=r"Big5 \(Traditional Chinese\).*--encoding big5"):
        read_table(path)
    table = read_table(path, encoding="big5")
    assert [r.values["姓名"] for r in table.rows] == ["陳大文", "李小龍", "張學友", "黃秀英"]


def test_western_text_is_refused_and_real_gb18030_with_rare_names_is_read(tmp_path):
    latin = tmp_path / "de.csv"
    latin.write_bytes("Name,E-Mail\nAnna Müller,anna@example.de\n".encode("cp1252"))
    with pytest.raises(ImportFileError, match="Windows-1252"):
        read_table(latin)
    assert read_table(latin, encoding="cp1252").rows[0].values["Name"] == "Anna Müller"
    gb = tmp_path / "gb.csv"
    gb.write_bytes("姓名,邮箱\n王喆,wz@example.cn\n朱镕基,zrj@example.cn\n李娜,ln@example.cn\n".encode("gb18030"))
    table = read_table(gb)
    assert table.encoding == "gb18030" and [r.values["姓名"] for r in table.rows] == ["王喆", "朱镕基", "李娜"]


def test_implausible_chinese():
    assert guards.implausible_chinese("陳大文".encode("big5").decode("gb18030"))
    assert not guards.implausible_chinese("王喆 朱镕基 张三 李四")
    assert not guards.implausible_chinese("Zhāng Sān, 张三")


def test_an_oversized_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    big = tmp_path / "huge.csv"
    with open(big, "wb") as fh:  # sparse: the size is there, nothing is written
        fh.truncate(guards.MAX_FILE_BYTES + 1)
    with pytest.raises(ImportFileError, match="huge.csv is 256 MB, more than a contacts file can be"):
        read_table(big)
    long_field = tmp_path / "field.csv"
    long_field.write_text("Name,Notes\nWang," + "x" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="field.csv, line"):
        read_table(long_field)
