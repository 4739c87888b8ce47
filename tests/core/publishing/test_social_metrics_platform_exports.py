"""Platform exports as people download them: a totals row at the end (合计/总计/Total), numbers
written "1.2万", "3.5w", "1.1亿", "12,345", "1 234", and "-"/"—" where a platform has no figure, in
GB18030 (older Excel in Chinese) and UTF-8 with Excel's byte-order mark. The file is read back as
the platform means it; a truly bad row still refuses the whole file, naming its line."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from commdesk.core.publishing.metrics_csv import is_no_figure, parse_count, read_metrics, totals_note


def _csv(rows, encoding) -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)  # as Excel writes it
    return out.getvalue().encode(encoding)


# 微博数据助手 (粉丝分析 + 博文分析), exported by day; the totals row sums every column
WEIBO = [
    ["日期", "粉丝数", "曝光量", "阅读数", "转发数", "评论数", "点赞数"],
    ["2026/11/01", "1.2万", "3.5w", "12,345", "12", "-", "1 234"],
    ["2026/11/02", "1.21万", "1.1亿", "—", "3", "4", "5"],
    ["2026/11/03", "—", "8,000", "1000", "0", "0", "0"],
    ["合计", "—", "1.1亿", "13,345", "15", "4", "1,239"],
]

# 微信公众号 用户分析 / 图文分析, with a 总计 row
WECHAT = [
    [
        "时间",
        "新关注人数",
        "取消关注人数",
        "累积关注人数",
        "图文页阅读人数",
        "图文页阅读次数",
        "分享次数",
        "收藏次数",
        "留言次数",
    ],
    ["2026-11-29", "15", "2", "23,456", "1,024", "1,500", "30", "5", "-"],
    ["2026-11-30", "9", "1", "2.35万", "2,048", "3,000", "20", "--", "2"],
    ["2026-12-01", "7", "0", "23,516", "512", "700", "1", "1", "1"],
    ["总计", "31", "3", "", "3,584", "5,200", "51", "6", "3"],
]

# 抖音创作者服务中心 数据总览, English totals label and a trailing blank line
DOUYIN = [
    ["日期", "粉丝总数", "作品播放量", "主页访问数", "点赞量", "评论量", "分享量"],
    ["2026年11月01日", "8.8万", "120.5万", "3,210", "1.1万", "320", "88"],
    ["2026年11月30日", "9.02万", "98万", "2 800", "9,870", "301", "77"],
    ["Total", "", "218.5万", "6,010", "20,870", "621", "165"],
    [],
]


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig"])
def test_a_weibo_export_with_wan_yi_dashes_and_a_totals_row_reads_as_weibo_means_it(encoding):
    result = read_metrics(_csv(WEIBO, encoding), "weibo")
    assert result.ok, [r.message for r in result.errors] or result.problem
    [nov] = result.months
    # followers: the last day that has a figure (11-02: 1.21万), not the dash of 11-03 read as 0
    assert nov.followers == 12_100
    assert nov.reach == 35_000 + 110_000_000 + 8_000
    assert nov.reads == 12_345 + 1_000  # "—" on 11-02 is no figure
    assert nov.interactions == (12 + 1_234) + (3 + 4 + 5)  # "-" comments on 11-01 add nothing
    assert [r.outcome for r in result.rows] == ["used", "used", "used", "totals"]
    assert [r.line for r in result.rows if r.outcome == "totals"] == [5]
    assert nov.lines == (2, 3, 4)  # the totals row is not counted twice


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig"])
def test_a_wechat_export_with_a_total_row_and_dashes_reads_per_month(encoding):
    result = read_metrics(_csv(WECHAT, encoding), "wechat")
    assert result.ok, [r.message for r in result.errors] or result.problem
    nov, dec = result.months
    assert (nov.month, nov.followers, nov.reach, nov.reads) == (date(2026, 11, 1), 23_500, 3_072, 4_500)
    assert nov.interactions == (30 + 5) + (20 + 2)
    assert (dec.followers, dec.reach, dec.reads, dec.interactions) == (23_516, 512, 700, 3)
    assert result.rows[-1].outcome == "totals"


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig"])
def test_a_douyin_export_with_an_english_total_row_reads_its_plays(encoding):
    result = read_metrics(_csv(DOUYIN, encoding), "douyin")
    assert result.ok, [r.message for r in result.errors] or result.problem
    [nov] = result.months
    assert (nov.followers, nov.reads, nov.reach) == (90_200, 1_205_000 + 980_000, 3_210 + 2_800)
    assert nov.interactions == (11_000 + 320 + 88) + (9_870 + 301 + 77)
    assert [r.outcome for r in result.rows] == ["used", "used", "totals", "blank"]


def test_a_truly_bad_row_still_refuses_the_whole_file_naming_its_line():
    rows = [*WEIBO[:3], ["2026/11/03", "1.2万", "约3千", "1000", "0", "0", "0"], WEIBO[-1]]
    for encoding in ("gb18030", "utf-8-sig"):
        result = read_metrics(_csv(rows, encoding), "weibo")
        assert not result.ok and result.months == []
        [error] = result.errors
        assert error.line == 4 and "Line 4, column 曝光量" in error.message and "约3千" in error.message
        assert "1.2万" in error.message  # it says how a count may be written


def test_counts_as_platforms_write_them():
    assert parse_count("1.2万") == 12_000 and parse_count("3.5w") == parse_count("3.5W") == 35_000
    assert parse_count("1.1亿") == 110_000_000 and parse_count("12,345") == 12_345
    assert parse_count("1 234") == parse_count("1\u00a0234") == parse_count("1\u202f234") == 1_234
    assert parse_count("１２，３４５") == 12_345  # full-width, as an IME types it
    assert parse_count("1.23456万") == 12_346  # rounded to a whole count
    assert parse_count("2.5K") == 2_500 and parse_count("1.2M") == 1_200_000
    for wrong in ("12.5", "-3", "1.2万万", "万", "约3千", "12%", "1e5"):
        assert parse_count(wrong) is None, wrong
    assert all(is_no_figure(t) for t in ("", " ", "-", "—", "--", "——", "–", "N/A"))
    assert not is_no_figure("0")


def test_the_totals_note_names_the_rows_left_out():
    assert totals_note(0) == ""
    assert "left out" in totals_note(1)
