import codecs
import re

import pytest

from commdesk.core.contacts.importing import (
    DictLookup,
    ImportFileError,
    guess_mapping,
    parse_overrides,
    plan_import,
    read_table,
)
from commdesk.core.contacts.records import Email, Phone, Tier
from commdesk.core.errors import ValidationError


def plan_file(path, **kw):
    table = read_table(path, **kw)
    return table, plan_import(table.rows, guess_mapping(table.headers), DictLookup(), "CN")


def by_name(plan):
    return {c.record.full_name: c.record for c in plan.create}


def test_excel_gb18030_csv_with_chinese_headers(fixture_path):
    table, plan = plan_file(fixture_path("excel_gb18030.csv"))
    assert (table.encoding, table.delimiter) == ("gb18030", ",")
    recs = by_name(plan)
    wang = recs["王伟"]
    assert (wang.family_name, wang.given_name, wang.pinyin) == ("王", "伟", "wang wei")
    assert wang.phones == [Phone("mobile", "+8613912345678", True)]
    assert wang.beats == ["财经", "科技"] and wang.tier is Tier.A and wang.wechat == "wangwei_xh"
    assert wang.notes == "喜欢电话联系\n上午最好"
    assert recs["欧阳娜娜"].family_name == "欧阳" and recs["欧阳娜娜"].tier is Tier.B
    assert len(recs["单雄信"].emails) == 2 and recs["单雄信"].pinyin.startswith("shan")
    # rows as Excel numbers them: header = 1, the blank line 4 is skipped but counted
    rejected = {(r.row, r.column) for r in plan.rejected}
    assert rejected == {(6, "手机"), (7, "邮箱"), (8, "级别")}
    assert all(str(r).startswith("excel_gb18030.csv:") for r in plan.rejected)


def test_semicolon_csv_with_bom(fixture_path):
    table, plan = plan_file(fixture_path("semicolon_bom.csv"))
    assert (table.encoding, table.delimiter) == ("utf-8-sig", ";")
    assert table.headers[0] == "Name"
    recs = by_name(plan)
    assert recs["Smith, John"].family_name == "Smith"
    assert recs["Anna Schmidt"].outlet == "Süddeutsche Zeitung"
    assert recs["Anna Schmidt"].beats == ["Politics", "EU"]


def test_outlook_export(fixture_path):
    table, plan = plan_file(fixture_path("outlook.csv"))
    mapping = guess_mapping(table.headers)
    assert mapping["Title"] is None and mapping["Job Title"] == "title"
    emily = by_name(plan)["Emily Chen"]
    assert emily.outlet == "South China Morning Post" and emily.title == "Senior Reporter"
    assert [e.address for e in emily.emails] == ["emily.chen@scmp.example.com", "echen@gmail.example.com"]
    assert {p.label for p in emily.phones} == {"work", "mobile"} and emily.emails[0].label == ""
    assert emily.address.startswith("19/F Tower One, Hong Kong")
    assert by_name(plan)["王伟"].phones[0].number == "+8613912345678"


def test_google_exports_old_and_new(fixture_path):
    _, plan = plan_file(fixture_path("google_old.csv"))
    liu = by_name(plan)["刘洋"]
    assert liu.emails[0] == Email("work", "liuyang@cctv.example.com", True)
    assert [p.number for p in liu.phones] == ["+8613800138000", "+8613900139000", "+861068500000"]
    assert liu.outlet == "中央电视台" and liu.title == "制片人"
    _, plan = plan_file(fixture_path("google_new.csv"))
    zhou = by_name(plan)["周敏"]
    assert (zhou.family_name, zhou.given_name, zhou.outlet) == ("周", "敏", "界面新闻")
    assert zhou.emails == [Email("work", "zhoumin@jiemian.example.com", True)]


def test_vcard_21_quoted_printable_folded_with_photo(fixture_path):
    table, plan = plan_file(fixture_path("android_21.vcf"))
    assert table.kind == "vcard" and [r.number for r in table.rows] == [1, 18, 28]
    recs = by_name(plan)
    wang = recs["王伟"]
    assert wang.outlet == "新华社" and wang.notes.startswith("财经记者") and wang.notes.endswith("打电话。")
    assert wang.phones[0] == Phone("mobile", "+8613912345678", True)
    assert recs["John Smith"].outlet == "Reuters" and recs["John Smith"].emails[0].primary
    assert "欧阳娜娜" in recs  # GBK charset in quoted-printable


def test_vcard_30_iphone_groups_and_labels(fixture_path):
    _, plan = plan_file(fixture_path("iphone_30.vcf"))
    chen = by_name(plan)["陈静"]
    assert chen.emails[0] == Email("采访专用", "chenjing@caixin.example.com", True)
    assert chen.phones[1] == Phone("other", "+861085905000", False)
    assert (chen.weibo, chen.wechat, chen.pinyin) == ("chenjing_caixin", "chenjing_wx", "chen jing")
    assert chen.beats == ["宏观经济", "金融"] and chen.notes == "跑宏观, 金融监管\n只接受邮件采访邀请"
    assert chen.address.startswith("朝阳区东三环中路, 9号")


def test_vcard_40(fixture_path):
    _, plan = plan_file(fixture_path("v40.vcf"))
    sophie = by_name(plan)["Sophie Martin"]
    assert sophie.outlet == "Agence France-Presse" and sophie.outlets == ["France 24"]
    assert sophie.emails[0].label == "work" and sophie.phones[0] == Phone("mobile", "+33612345678", True)
    assert "seventy-five octets, as RFC" in sophie.notes and sophie.language == "fr"


def test_xlsx_made_with_openpyxl(tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["姓名", "单位", "手机", "电子邮件", "口线"])
    ws.append(["王伟", "新华社", 13912345678, "wangwei@xinhua.example.com", "财经"])
    ws.append([None, None, None, None, None])
    ws.append(["李娜", "人民日报", "13812345678", None, "教育"])
    path = tmp_path / "媒体名单.xlsx"
    wb.save(path)
    table, plan = plan_file(path)
    assert table.kind == "xlsx" and [r.number for r in table.rows] == [2, 4]
    assert by_name(plan)["王伟"].phones[0].number == "+8613912345678"
    assert len(plan.create) == 2


def test_excel_unicode_text_utf16_tab(tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_bytes(
        codecs.BOM_UTF16_LE + "姓名\t邮箱\r\n王伟\twangwei@xinhua.example.com\r\n".encode("utf-16-le")
    )
    table, plan = plan_file(path)
    assert (table.encoding, table.delimiter) == ("utf-16", "\t") and len(plan.create) == 1


@pytest.mark.parametrize(
    "content, words",
    [
        (b"", "empty"),
        (b"\r\n  \r\n", "empty"),
        ("姓名,邮箱\r\n".encode(), "no contacts"),
        (bytes(range(256)) * 8, "not a CSV"),
        (b"\xd0\xcf\x11\xe0" + b"\0" * 100, ".xls"),
        (b"PK\x03\x04garbage", "not a readable Excel"),
        (b"BEGIN:VCARD\r\n", "empty"),
    ],
)
def test_broken_files_name_the_file(tmp_path, content, words):
    path = tmp_path / "broken.csv"
    path.write_bytes(content)
    try:
        table = read_table(path)
    except ImportFileError as exc:
        assert "broken.csv" in str(exc) and words in str(exc)
    else:  # a lone BEGIN:VCARD is one empty card: rejected row, not a crash
        plan = plan_import(table.rows, guess_mapping(table.headers), DictLookup(), "CN")
        assert len(plan.rejected_rows) == 1 and not plan.create


def test_missing_file_is_named(tmp_path):
    with pytest.raises(ImportFileError, match=re.escape("nope.csv")):
        read_table(tmp_path / "nope.csv")


def test_explicit_encoding_and_overrides(fixture_path):
    with pytest.raises(ImportFileError, match="utf-8"):
        read_table(fixture_path("excel_gb18030.csv"), encoding="utf-8")
    table = read_table(fixture_path("excel_gb18030.csv"), encoding="gbk")
    mapping = guess_mapping(table.headers) | parse_overrides(["备注=ignore", "微信=weibo"], table.headers)
    plan = plan_import(table.rows, mapping, DictLookup(), "CN")
    wang = by_name(plan)["王伟"]
    assert wang.notes == "" and wang.weibo == "wangwei_xh" and wang.wechat == ""
    with pytest.raises(ValidationError, match="no column"):
        parse_overrides(["手机号=phone"], table.headers)
    with pytest.raises(ValidationError, match="not a contact field"):
        parse_overrides(["手机=telefon"])
