"""Saved .eml files and a web form's CSV export taken in as incoming messages; every row accounted for."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path

import pytest

from commdesk.core.mail.incoming import Source
from commdesk.core.mail.intake_files import IntakeFileError, map_form_columns, read_eml_file, read_form_csv

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "mail" / "intake"
SHANGHAI = zoneinfo.ZoneInfo("Asia/Shanghai")

FORM = (
    "姓名,邮箱,电话,主题,留言,提交时间,来源页面\n"
    '王芳,WangFang@Example.CN,138 0000 0000,投诉,"热线一直无人接听。\n请改进。",2026-03-05 14:03,/contact\n'
    ",,,,,,\n"
    "李四,not-an-address,,建议,,2026/3/6 9:00,\n"
    ",,,,只有留言没有联系方式,昨天下午,\n"
    "赵六,zhao@example.cn,,,,2026-03-07T08:00:00+08:00,\n"
)


def test_eml_file_is_read_with_its_name_as_origin():
    m = read_eml_file(FIXTURES / "reply_with_reference.eml")
    assert m.readable and m.origin == "reply_with_reference.eml"
    assert "[CD-2026-000123]" in m.subject and m.source is Source.MAIL


def test_eml_with_mbox_from_line_and_unreadable_and_oversized_files(tmp_path):
    mbox = tmp_path / "saved.eml"
    mbox.write_bytes(
        b"From sender@example.org Mon Mar  9 09:00:00 2026\n" + (FIXTURES / "duplicate_a.eml").read_bytes()
    )
    assert read_eml_file(mbox).fingerprint == read_eml_file(FIXTURES / "duplicate_a.eml").fingerprint

    missing = read_eml_file(tmp_path / "gone.eml")
    assert not missing.readable and "gone.eml" in missing.set_aside

    big = tmp_path / "big.eml"
    big.write_bytes(b"From: a@example.org\r\nSubject: big one\r\nMessage-ID: <b@y>\r\n\r\n" + b"y" * 4000)
    m = read_eml_file(big, max_bytes=1000)
    assert not m.readable and m.subject == "big one" and m.size == big.stat().st_size

    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    assert not read_eml_file(empty).readable


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gb18030"])
def test_form_export_every_row_accounted_for(tmp_path, encoding):
    path = tmp_path / "form.csv"
    path.write_bytes(FORM.encode(encoding))
    result = read_form_csv(path, zone=SHANGHAI)
    assert result.encoding == encoding
    assert [m.origin for m in result.messages] == [f"form.csv, row {n}" for n in (2, 3, 4, 5, 6)]
    first, empty, no_text, anonymous, nothing = result.messages

    assert first.readable and first.source is Source.WEB_FORM
    assert first.sender is not None and (first.sender.name, first.sender.address) == (
        "王芳",
        "WangFang@example.cn",
    )
    assert first.phone == "138 0000 0000" and first.subject == "投诉"
    assert first.text == "热线一直无人接听。\n请改进。\n\n来源页面: /contact"  # the form's other column kept
    assert first.date == dt.datetime(2026, 3, 5, 6, 3, tzinfo=dt.UTC)  # 14:03 in Shanghai
    assert first.acknowledge and first.problems == ()

    assert not empty.readable and empty.set_aside == "Row 3 is empty."
    assert (
        no_text.readable and {p.code for p in no_text.problems} == {"bad_email"} and not no_text.acknowledge
    )
    assert anonymous.readable and anonymous.date is None
    assert {p.code for p in anonymous.problems} == {"no_contact", "bad_date"}
    assert not nothing.readable and "no message" in nothing.set_aside
    assert len(result.readable) == 3 and len(result.set_aside) == 2


def test_form_rows_have_stable_fingerprints_across_exports():
    once = read_form_csv(FORM.encode(), zone=SHANGHAI, file="a.csv")
    again = read_form_csv(FORM.encode("gb18030"), zone=SHANGHAI, file="b.csv")
    assert [m.fingerprint for m in once.readable] == [m.fingerprint for m in again.readable]
    assert len({m.fingerprint for m in once.messages}) == len(once.messages)


def test_big5_form_export_and_semicolons():
    text = "Name;Email;Message\n陳小姐;chen@example.tw;請問記者會的報名方式為何？謝謝您的協助，期待回覆。\n"
    result = read_form_csv(text.encode("big5"), zone=SHANGHAI)
    (m,) = result.messages
    assert m.text == "請問記者會的報名方式為何？謝謝您的協助，期待回覆。" and result.encoding == "big5"


def test_columns_by_english_names_and_by_the_caller():
    headers = ["Submitted At", "Your Name", "E-mail", "Comments", "Topic"]
    assert map_form_columns(headers) == {
        "name": "Your Name",
        "email": "E-mail",
        "subject": "Topic",
        "message": "Comments",
        "submitted_at": "Submitted At",
    }
    assert map_form_columns(["问题描述", "邮箱"], {"message": "问题描述"})["message"] == "问题描述"
    with pytest.raises(IntakeFileError, match="no column 'Body'"):
        map_form_columns(headers, {"message": "Body"})


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "is empty"),
        ("姓名,电话\n王芳,1380000\n".encode(), "no column for the message"),
        (b"\x00\x01\x02\x03" * 100, "not a text file"),
    ],
)
def test_files_that_are_not_form_exports_are_refused_with_the_reason(data, words):
    with pytest.raises(IntakeFileError, match=words):
        read_form_csv(data, zone=SHANGHAI, file="x.csv")


def test_a_row_the_csv_reader_cannot_take_is_set_aside_and_the_rest_read():
    huge = "x" * 200_000  # beyond the csv module's field limit
    text = f"message,email\nfirst,a@example.org\n{huge},b@example.org\nlast,c@example.org\n"
    result = read_form_csv(text.encode(), zone=SHANGHAI, file="f.csv")
    assert [m.origin for m in result.messages] == ["f.csv, row 2", "f.csv, row 3", "f.csv, row 4"]
    first, bad, last = result.messages
    assert first.text == "first" and last.text == "last"
    assert not bad.readable and "Row 3 cannot be read as CSV" in bad.set_aside
