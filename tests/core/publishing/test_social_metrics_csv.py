"""Monthly figures from a platform's CSV export: each platform's columns, UTF-8 with Excel's BOM or
GB18030, daily rows summed into months (followers: the month's last value), and all-or-nothing with
every row accounted for."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from commdesk.core.publishing.metrics_csv import parse_count, parse_month, read_metrics


def _csv(rows, encoding="utf-8-sig") -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode(encoding)


WEIBO_ROWS = [
    ["日期", "粉丝数", "阅读数", "转发数", "评论数", "点赞数"],
    ["2026-11-01", "1,000", "300", "1", "2", "3"],
    ["", "", "", "", "", ""],
    ["2026-11-30", "1,050", "200", "0", "0", "4"],
    ["2026/12/1", "1060", "5", "0", "1", "0"],
]


def test_a_weibo_export_in_gb18030_and_in_utf8_with_bom_reads_the_same():
    for encoding in ("gb18030", "utf-8-sig", "utf-8"):
        result = read_metrics(_csv(WEIBO_ROWS, encoding), "weibo")
        assert result.ok, result
        assert result.encoding == ("gb18030" if encoding == "gb18030" else "utf-8-sig")
        nov, dec = result.months
        assert (nov.month, nov.followers, nov.reads, nov.interactions) == (date(2026, 11, 1), 1050, 500, 10)
        assert (dec.month, dec.followers, dec.reads, dec.interactions) == (date(2026, 12, 1), 1060, 5, 1)
        assert [r.outcome for r in result.rows] == ["used", "blank", "used", "used"]
        assert result.figures == ("followers", "reads", "interactions")  # no reach in Weibo's file


def test_one_bad_row_and_nothing_is_read_with_the_line_and_column_named():
    rows = [
        *WEIBO_ROWS,
        ["2026-12-02", "1070", "many", "0", "0", "0"],
        ["2026-13-01", "1", "1", "0", "0", "0"],
    ]
    result = read_metrics(_csv(rows), "weibo")
    assert not result.ok and result.months == []
    assert [r.line for r in result.errors] == [6, 7]
    assert "Line 6, column 阅读数" in result.errors[0].message and "many" in result.errors[0].message
    assert len(result.rows) == len(rows) - 1  # every data row accounted for
    assert "correct it or empty the cell" in result.errors[0].message  # the fix, not only the fault
    assert "write it as 2026-11-30 or 2026-11" in result.errors[1].message


def test_the_line_named_is_the_line_an_editor_shows_when_a_cell_holds_line_breaks():
    rows = [
        ["日期", "粉丝数", "阅读数", "备注"],
        ["2026-11-01", "1000", "300", "第一行\n第二行\n第三行"],  # a note typed with Alt+Enter in Excel
        ["2026-11-02", "1001", "three hundred", ""],
    ]
    data = _csv(rows, "gb18030")
    result = read_metrics(data, "weibo")
    (error,) = result.errors
    lines = data.decode("gb18030").splitlines()
    assert error.line == 5 and lines[error.line - 1].startswith("2026-11-02")
    assert error.message.startswith("Line 5, column 阅读数: 'three hundred'")


def test_files_that_cannot_be_read_say_why():
    assert "UTF-8" in read_metrics(b"\xff\xfe\x00\xd8\x00\x00" * 3).problem
    assert "no date" in read_metrics(_csv([["名字", "年龄"], ["a", "1"]])).problem
    assert "empty" in read_metrics(b"").problem


def test_the_generic_columns_work_for_any_platform_and_linkedin_reads_its_english_export():
    generic = read_metrics(
        _csv([["month", "followers", "reach", "reads", "interactions"], ["2026-10", "5", "6", "7", "8"]]),
        "douyin",
    )
    assert generic.ok and generic.months[0].reach == 6
    linked = read_metrics(
        _csv(
            [
                [
                    "Date",
                    "Impressions (total)",
                    "Clicks (total)",
                    "Reactions (total)",
                    "Comments (total)",
                    "Reposts (total)",
                ],
                ["10/01/2026", "1", "2", "3", "4", "5"],
            ]
        ),
        "linkedin",
    )
    # a US-style date is no date commdesk can read safely: refused, not guessed
    assert not linked.ok and "10/01/2026" in linked.errors[0].message


def test_dates_and_counts_as_exports_write_them():
    assert (
        parse_month("2026年11月3日") == parse_month("20261103") == parse_month("2026-11") == date(2026, 11, 1)
    )
    assert parse_month("2026-02-30") is None and parse_month("") is None
    assert parse_count(" 1,234 ") == 1234 and parse_count("12.0") == 12
    assert parse_count("-3") is None and parse_count("1.5") is None


@given(
    st.lists(
        st.tuples(st.integers(0, 120), st.integers(0, 10**6), st.integers(0, 10**6), st.integers(0, 10**6)),
        min_size=1,
        max_size=40,
    ),
    st.sampled_from(["utf-8-sig", "gb18030"]),
)
def test_daily_rows_sum_into_their_months(days, encoding):
    start = date(2026, 10, 1)
    rows = [["日期", "粉丝数", "曝光量", "阅读数", "互动数"]]
    expected: dict[date, list[int]] = {}
    last_day: dict[date, date] = {}
    followers: dict[date, int] = {}
    for offset, reach, reads, inter in days:
        day = start + timedelta(days=offset)
        month = day.replace(day=1)
        rows.append([day.isoformat(), str(offset * 10), f"{reach:,}", str(reads), str(inter)])
        sums = expected.setdefault(month, [0, 0, 0])
        sums[0] += reach
        sums[1] += reads
        sums[2] += inter
        if day >= last_day.get(month, date.min):
            last_day[month], followers[month] = day, offset * 10
    result = read_metrics(_csv(rows, encoding), "weibo")
    assert result.ok
    assert {m.month: [m.reach, m.reads, m.interactions] for m in result.months} == expected
    assert {m.month: m.followers for m in result.months} == followers
    assert sum(len(m.lines) for m in result.months) == len(days)


@given(st.binary(max_size=400), st.sampled_from(["generic", "weibo", "wechat", "linkedin", "unknown"]))
def test_any_bytes_are_read_or_refused_in_words(data, platform):
    result = read_metrics(data, platform)
    assert result.problem or result.months or result.errors
    assert not (result.months and result.errors)  # all or nothing


cells = st.one_of(
    st.sampled_from(["2026-10-01", "2026/11/3", "202612", "1,234", "0", "", "abc", "-1", "2026-02-30"]),
    st.text(max_size=8),
)


@given(st.lists(st.lists(cells, min_size=0, max_size=6), max_size=25))
def test_every_data_row_is_accounted_for(rows):
    data = _csv([["日期", "粉丝数", "阅读数", "互动数"], *rows])
    result = read_metrics(data, "weibo")
    if result.problem:
        return
    parsed = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))[1:]
    assert len(result.rows) == len(parsed)
    assert {r.outcome for r in result.rows} <= {"used", "blank", "totals", "error"}
    used = sum(1 for r in result.rows if r.outcome == "used")
    assert sum(len(m.lines) for m in result.months) == (used if not result.errors else 0)
