"""A monitoring service's export read as stories: encodings, headers found or mapped, every row
accounted for, and a file with a bad row refused whole."""

from __future__ import annotations

from datetime import date

from commdesk.core.evaluation.monitoring_csv import read_monitoring

CHINESE = (
    "发布时间,媒体名称,标题,链接,媒体类型,情感倾向,阅读量,监测对象\n"
    '2026-11-03,人民日报,某单位发布年度报告,https://example.cn/a,报纸,正面,"12,000",示例单位\n'
    "\n"
    "2026/11/5,新浪财经,竞品新品发布,https://example.cn/b,网媒,中性,3000,竞品甲\n"
    "2026年11月7日,微博热搜,竞品乙遭投诉,,自媒体,负面,500,竞品乙\n"
)


def test_a_gb18030_export_with_chinese_headers():
    read = read_monitoring(CHINESE.encode("gb18030"), own_names=("示例单位",))
    assert read.ok, (read.problem, read.errors)
    assert read.encoding == "gb18030"
    assert [(r.line, r.outcome) for r in read.rows] == [(2, "used"), (3, "blank"), (4, "used"), (5, "used")]
    first, second, third = read.stories
    assert (first.day, first.outlet, first.outlet_kind, first.tone, first.reach, first.subject) == (
        date(2026, 11, 3),
        "人民日报",
        "newspaper",
        "positive",
        12000,
        "",  # the organisation's own name: a story about us
    )
    assert (second.subject, second.outlet_kind, second.day) == ("竞品甲", "online", date(2026, 11, 5))
    assert (third.subject, third.tone, third.outlet_kind, third.url) == ("竞品乙", "negative", "social", "")


def test_utf8_with_a_byte_order_mark_and_mapped_columns():
    text = "Pub,When,Mood,Who\nCaixin,2026-12-01,positive,\nReuters,2026-12-02,negative,Rival Co\n"
    read = read_monitoring(
        ("\ufeff" + text).encode("utf-8"),
        columns={"outlet": "Pub", "day": "When", "tone": "Mood", "subject": "Who"},
    )
    assert read.ok and read.encoding == "utf-8-sig"
    assert [(s.outlet, s.tone, s.subject) for s in read.stories] == [
        ("Caixin", "positive", ""),
        ("Reuters", "negative", "Rival Co"),
    ]


def test_a_bad_row_names_its_line_and_nothing_is_read_as_usable():
    text = "date,outlet,tone,reach\n2026-12-01,A,positive,10\n2026-13-01,B,angry,many\n,,,\n2026-12-03,,neutral,1\n"
    read = read_monitoring(text.encode("utf-8"))
    assert not read.ok
    assert [(r.line, r.outcome) for r in read.rows] == [(2, "used"), (3, "error"), (4, "blank"), (5, "error")]
    message = read.errors[0].message
    assert "Line 3" in message and "2026-13-01" in message and "angry" in message and "many" in message
    assert "Line 5" in read.errors[1].message


def test_a_file_without_the_needed_columns_says_which():
    read = read_monitoring(b"title,link\nx,https://a\n")
    assert read.problem and "date" in read.problem and "outlet" in read.problem and "title" in read.problem
    wrong = read_monitoring(b"date,outlet\n2026-12-01,A\n", columns={"tone": "Sentiment"})
    assert "Sentiment" in wrong.problem
    assert "UTF-8" in read_monitoring(b"date\xff\xff,outlet\n").problem
