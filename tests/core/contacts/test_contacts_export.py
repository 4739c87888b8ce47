import csv
import io

import openpyxl

from commdesk.core.contacts.exporting import fold_line, guard_cell, write_csv, write_vcards, write_xlsx
from commdesk.core.contacts.importing import DictLookup, guess_mapping, plan_import, read_table
from commdesk.core.contacts.importing.vcard import parse_vcards
from commdesk.core.contacts.records import ContactRecord, Email, Phone, Status, Tier

RECORDS = [
    ContactRecord(
        full_name="王伟",
        family_name="王",
        given_name="伟",
        pinyin="wang wei",
        title="记者",
        outlet="新华社",
        outlets=["新华网"],
        beats=["财经", "科技"],
        emails=[Email("work", "wangwei@xinhua.example.com", True), Email("采访专用", "ww@163.example.com")],
        phones=[Phone("mobile", "+8613912345678", True), Phone("other", "+861063071114")],
        wechat="wangwei_xh",
        address="北京市宣武门西大街57号\n新华社大楼",
        notes='=HYPERLINK("x")\n上午联系',
        tier=Tier.A,
        status=Status.ACTIVE,
        source="2024 媒体见面会",
    ),
    ContactRecord(
        full_name="John Smith",
        family_name="Smith",
        given_name="John",
        title="-Bureau chief",
        outlet="Reuters",
        emails=[Email("", "john.smith@reuters.example.com", True)],
        x="@jsmith",
        linkedin="https://www.linkedin.com/in/jsmith",
        language="en",
        preferred_channel="email",
        contact_time="mornings; not Fridays",
        tier=Tier.C,
        status=Status.LEFT,
    ),
]


def reimport(path):
    table = read_table(path)
    plan = plan_import(table.rows, guess_mapping(table.headers), DictLookup(), "CN")
    assert not plan.rejected, plan.rejected
    return [c.record for c in plan.create]


def test_csv_round_trip_utf8_bom_and_gb18030(tmp_path):
    data = write_csv(RECORDS, tmp_path / "out.csv")
    assert data.startswith(b"\xef\xbb\xbf")
    assert reimport(tmp_path / "out.csv") == RECORDS
    write_csv(RECORDS, tmp_path / "gb.csv", encoding="gb18030")
    assert read_table(tmp_path / "gb.csv").encoding == "gb18030"
    assert reimport(tmp_path / "gb.csv") == RECORDS


def test_csv_cells_cannot_run_as_formulas():
    text = write_csv(RECORDS).decode("utf-8-sig")
    cells = [c for row in csv.reader(io.StringIO(text)) for c in row]
    assert all(not c or c[0] not in "=+-@" for c in cells)
    assert "'=HYPERLINK" in text and "'+86 139 1234 5678" in text
    assert guard_cell("'=x") == "''=x" and guard_cell("ok") == "ok"


def test_xlsx_round_trip_bold_frozen_header_and_text_cells(tmp_path):
    path = tmp_path / "out.xlsx"
    write_xlsx(RECORDS, path)
    ws = openpyxl.load_workbook(path).active
    assert ws.freeze_panes == "A2" and ws["A1"].font.bold and ws["A1"].value == "Full name"
    assert ws.column_dimensions["A"].width >= 10
    assert all(c.data_type == "s" for row in ws.iter_rows(min_row=2) for c in row if c.value)
    assert reimport(path) == RECORDS


def test_vcard_round_trip_and_folding(tmp_path):
    text = write_vcards(RECORDS, tmp_path / "out.vcf")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert reimport(tmp_path / "out.vcf") == RECORDS
    cards = parse_vcards(text, "out.vcf")
    assert [c.version for c in cards] == ["4.0", "4.0"]


def test_fold_line_never_splits_a_character():
    line = "NOTE:" + "新华社" * 40
    folded = fold_line(line)
    assert all(len(part.encode("utf-8")) <= 75 for part in folded.split("\r\n"))
    assert "".join(p[1:] if i else p for i, p in enumerate(folded.split("\r\n"))) == line
