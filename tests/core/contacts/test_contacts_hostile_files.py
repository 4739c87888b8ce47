"""Hostile and odd import files: Excel files are read within limits on unpacked size,
cell count and cell length, refused clearly and without big memory; a ZIP that is not a workbook
says what it is; text in Big5 or Windows-1252 is refused (naming the likely encoding), never read as
GB18030 mojibake, and reads correctly with that encoding given."""

from __future__ import annotations

import io
import re
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest

from commdesk.core.contacts.importing import ImportFileError, guards, read_table

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "contacts"
HEAD = (
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    b'<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c><c r="B1" t="inlineStr"><is><t>E-mail</t>'
    b'</is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Wang Wei</t></is></c>'
    b'<c r="B2" t="inlineStr"><is><t>'
)
TAIL = b"</t></is></c></row></sheetData></worksheet>"


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
        with pytest.raises(
            ImportFileError,
            match="expands to 1,024 MB when unpacked; a contacts workbook may take at most 200 MB",
        ) as err:
            read_table(gib_cell)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "contacts.xlsx" in str(err.value) and peak < 16 * 1024 * 1024


def test_a_sheet_under_another_name_is_checked_before_openpyxl_reads_it(tmp_path):
    """The workbook's relationships may name the sheet part anything (here sheet1.dat): its 64 MB
    cell is refused from the ZIP stream, not after openpyxl has built it in memory."""
    plain = _workbook_with_sheet(tmp_path / "plain.xlsx", lambda fh: fh.write(HEAD + b"wang@x.cn" + TAIL))
    renamed = tmp_path / "renamed.xlsx"
    with (
        zipfile.ZipFile(plain) as src,
        zipfile.ZipFile(renamed, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out,
    ):
        for info in src.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                with out.open("xl/worksheets/sheet1.dat", "w", force_zip64=True) as fh:
                    fh.write(HEAD)
                    for _ in range(64):
                        fh.write(b"B" * (1 << 20))
                    fh.write(TAIL)
            else:
                out.writestr(info.filename, src.read(info.filename).replace(b"sheet1.xml", b"sheet1.dat"))
    tracemalloc.start()
    try:
        with pytest.raises(ImportFileError, match="holds a cell with more than 32,767 characters"):
            read_table(renamed)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024


def test_a_cell_longer_than_excel_allows_is_refused(tmp_path):
    over_run = _workbook_with_sheet(
        tmp_path / "long.xlsx", lambda fh: fh.write(HEAD + b"B" * (guards.MAX_RUN_BYTES + 10) + TAIL)
    )
    with pytest.raises(ImportFileError, match="more than 32,767 characters"):
        read_table(over_run)
    # under the byte limit of the XML scan but over Excel's limit in characters: refused while reading
    chars = _workbook_with_sheet(
        tmp_path / "chars.xlsx", lambda fh: fh.write(HEAD + b"C" * (guards.MAX_CELL_CHARS + 1) + TAIL)
    )
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
    wide = _workbook_with_sheet(
        tmp_path / "wide.xlsx",
        lambda fh: fh.write(
            HEAD.replace(b"<sheetData>", b'<dimension ref="A1:XFD1048576"/><sheetData>')
            + b"w@x.example.com"
            + TAIL
        ),
    )
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
        read_table(
            _zip(tmp_path / "list.xlsx", {"[Content_Types].xml": b"<x/>", "word/document.xml": b"<w/>"})
        )
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
    gb.write_bytes(
        "姓名,邮箱\n王喆,wz@example.cn\n朱镕基,zrj@example.cn\n李娜,ln@example.cn\n".encode("gb18030")
    )
    table = read_table(gb)
    assert table.encoding == "gb18030" and [r.values["姓名"] for r in table.rows] == [
        "王喆",
        "朱镕基",
        "李娜",
    ]


# Genuine GB18030 files (as Chinese Excel saves them) that an encoding check must not take for
# mojibake: rare characters in names, Traditional characters, European, Cyrillic, Greek and Japanese
# names, symbols outside GB2312.
GENUINE_GB18030 = {
    "rare characters in names": "姓名,邮箱\n王喆,a@x.cn\n李玥,b@x.cn\n张堃,c@x.cn\n陈赟,d@x.cn\n",
    "European names": "Name,Email\nFrançois Dupont,f@x.fr\nSøren Ågård,s@x.dk\nŁukasz Wałęsa,l@x.pl\n",
    "mixed Latin and Chinese": "姓名,媒体\nFrançois Dupont,Le Monde\n张三,新华社\nAnna Müller,Handelsblatt\n",
    "Traditional characters": "姓名,媒體\n陳大文,明報\n李小龍,東方日報\n張學友,蘋果日報\n",
    "Japanese names": "姓名,媒体\n山田太郎,朝日新聞\n佐藤花子,読売新聞\n鈴木一郎,日経\n",
    "Cyrillic names": "Имя,Email\nИван Петров,i@x.ru\nАнна Иванова,a@x.ru\n",
    "Greek names": "Όνομα,Email\nΓιώργος Παπαδόπουλος,g@x.gr\n",
    "symbols": "姓名,备注\n张三,预算 €500 • 已确认\n李四,预算 €300 • 待定\n王五,预算 €100 • 待定\n",
}


@pytest.mark.parametrize("case", GENUINE_GB18030)
def test_genuine_gb18030_is_read_whatever_its_characters(tmp_path, case):
    path = tmp_path / "gb.csv"
    text = GENUINE_GB18030[case]
    path.write_bytes(text.encode("gb18030"))
    table = read_table(path)
    assert table.encoding == "gb18030"
    assert [list(r.values.values()) for r in table.rows] == [
        line.split(",") for line in text.splitlines()[1:]
    ]


MOJIBAKE = {
    "big5": ("姓名,媒體,職位\n陳大文,明報,記者\n李小龍,東方日報,編輯\n", "Big5"),
    "big5 one name": ("姓名\n陳大文\n", "Big5"),
    "cp1252": ("Nom,Email\nFrançois Dupont,f@x.fr\nRené Lévêque,r@x.fr\n", "Windows-1252"),
    "cp1252 street": ("Name;Straße\nJürgen Groß;Hauptstraße 5\n", "Windows-1252"),
    "shift_jis": ("姓名,媒体\n山田太郎,朝日新聞\n", "Shift-JIS"),
}


@pytest.mark.parametrize("encoding", MOJIBAKE)
def test_other_encodings_are_refused_naming_the_encoding(tmp_path, encoding):
    text, name = MOJIBAKE[encoding]
    path = tmp_path / "other.csv"
    path.write_bytes(text.encode(encoding.split()[0]))
    with pytest.raises(ImportFileError, match=f"garbled.*{name}"):
        read_table(path)
    sep = "," if "," in text else ";"
    header, first = (line.split(sep) for line in text.splitlines()[:2])
    assert read_table(path, encoding=encoding.split()[0]).rows[0].values == dict(
        zip(header, first, strict=False)
    )


def test_an_oversized_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    big = tmp_path / "huge.csv"
    with open(big, "wb") as fh:  # sparse: the size is there, nothing is written
        fh.truncate(guards.MAX_FILE_BYTES + 1)
    with pytest.raises(
        ImportFileError, match=re.escape("huge.csv is more than 256 MB, the most a contacts file may be")
    ):
        read_table(big)
    long_field = tmp_path / "field.csv"
    long_field.write_text("Name,Notes\nWang," + "x" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match=re.escape("field.csv, line")):
        read_table(long_field)
