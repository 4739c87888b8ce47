"""Monthly figures of an account read from a platform's CSV export (SM-6).

Each platform exports its own columns, daily or monthly; ``EXPORTS`` maps them (data, one entry per
platform code, plus ``generic`` that every platform's file may use) to the four figures commdesk
keeps: followers (a stock: the month's last value), reach, reads and interactions (flows: the month's
sum). A figure may add several columns (WeChat's interactions are its shares, favourites and
comments). The file may be UTF-8 (with or without Excel's byte-order mark) or GB18030 (older Excel
in Chinese); anything else is refused, as is a file whose columns say nothing commdesk knows.

Numbers are read as the platforms write them: "12,345", "1 234", "1.2万" (12,000), "3.5w", "1.1亿"
(110,000,000), "1.2K"/"3M" in the English exports; a dash ("-", "—", "--") or an empty cell is no
figure (a flow adds nothing; a month's followers stay those of another day). A totals row (合计, 总计,
汇总, Total...) is left out and counted as such: its sums would count every day twice.

Reading is all-or-nothing: every data row ends up used (in a month), blank or a totals row, else it
is an error naming its line and column, and a file with any error imports nothing.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from commdesk.core.i18n import translate

FIGURES = ("followers", "reach", "reads", "interactions")
FLOWS = ("reach", "reads", "interactions")

#: A figure's columns: alternatives, the first whose columns are all in the file wins; the columns
#: of one alternative are added up.
Spec = tuple[tuple[str, ...], ...]

_GENERIC: dict[str, Spec] = {
    "date": (("month",), ("date",), ("日期",), ("月份",), ("时间",)),
    "followers": (("followers",), ("粉丝数",), ("关注人数",)),
    "reach": (("reach",), ("触达",), ("曝光",)),
    "reads": (("reads",), ("阅读",), ("阅读数",)),
    "interactions": (("interactions",), ("互动",), ("互动数",)),
}

EXPORTS: dict[str, dict[str, Spec]] = {
    "generic": _GENERIC,
    # 微信公众号后台: 用户分析 and 图文分析, exported by day
    "wechat": {
        "date": (("时间",), ("日期",)),
        "followers": (("累积关注人数",), ("累计关注人数",)),
        "reach": (("送达人数",), ("图文页阅读人数",)),
        "reads": (("图文页阅读次数",), ("阅读次数",)),
        "interactions": (("分享次数", "收藏次数", "留言次数"), ("分享次数", "收藏次数"), ("分享次数",)),
    },
    # 微博数据助手
    "weibo": {
        "date": (("日期",), ("时间",)),
        "followers": (("粉丝数",), ("粉丝总数",)),
        "reach": (("曝光量",), ("阅读人数",)),
        "reads": (("阅读数",), ("阅读量",)),
        "interactions": (("转发数", "评论数", "点赞数"), ("互动数",)),
    },
    # 抖音创作者服务中心
    "douyin": {
        "date": (("日期",), ("时间",)),
        "followers": (("粉丝总数",), ("粉丝数",)),
        "reach": (("曝光量",), ("主页访问数",)),
        "reads": (("播放量",), ("作品播放量",)),
        "interactions": (("点赞量", "评论量", "分享量"), ("点赞数", "评论数", "分享数")),
    },
    # 小红书 专业号数据中心
    "xiaohongshu": {
        "date": (("日期",), ("时间",)),
        "followers": (("粉丝数",), ("粉丝总数",)),
        "reach": (("曝光数",), ("曝光量",)),
        "reads": (("观看数",), ("阅读数",)),
        "interactions": (("点赞数", "收藏数", "评论数"), ("互动数",)),
    },
    # LinkedIn page analytics (content export), in English
    "linkedin": {
        "date": (("Date",),),
        "followers": (("Total followers",), ("Followers",)),
        "reach": (("Impressions (total)",), ("Impressions",)),
        "reads": (("Clicks (total)",), ("Clicks",)),
        "interactions": (
            ("Reactions (total)", "Comments (total)", "Reposts (total)"),
            ("Engagements",),
        ),
    },
    # X analytics, in English
    "x": {
        "date": (("Date",),),
        "followers": (("Followers",), ("Total followers",)),
        "reach": (("Impressions",),),
        "reads": (("Detail expands",), ("Profile visits",)),
        "interactions": (("Engagements",), ("Likes", "Replies", "Reposts")),
    },
}


@dataclass(frozen=True)
class MonthFigures:
    month: date  # the month's first day
    followers: int
    reach: int
    reads: int
    interactions: int
    lines: tuple[int, ...]  # the file's lines that went into it


@dataclass(frozen=True)
class RowOutcome:
    line: int  # the file's line the row starts on (the header is line 1), as an editor shows it
    outcome: str  # "used", "blank", "totals" (a totals row, left out) or "error"
    message: str = ""


@dataclass
class MetricsFile:
    """What a file says: its months (when it has no error) and what became of every row."""

    months: list[MonthFigures] = field(default_factory=list)
    rows: list[RowOutcome] = field(default_factory=list)
    problem: str = ""  # the whole file cannot be read (encoding, no known columns)
    encoding: str = ""
    figures: tuple[str, ...] = ()  # the figures the file holds (the others stay as they were)

    @property
    def errors(self) -> list[RowOutcome]:
        return [r for r in self.rows if r.outcome == "error"]

    @property
    def ok(self) -> bool:
        return not self.problem and not self.errors and bool(self.months)


def totals_note(count: int) -> str:
    """What the import report says of the totals rows it left out ("" when there were none)."""
    if not count:
        return ""
    return translate(
        "SocialMetrics",
        "%n totals row(s) (合计/Total) left out: the months are summed from the days.",
        None,
        count,
    )


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name) of a CSV file: UTF-8 with or without a byte-order mark, else GB18030.
    ValueError naming the fix when it is neither."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ValueError(
        translate(
            "SocialMetrics",
            "The file is neither UTF-8 nor GB18030 text; save it from the spreadsheet as CSV (UTF-8).",
        )
    )


_SEPARATED = re.compile(r"(\d{4})[-/.年](\d{1,2})(?:(?:[-/.月](\d{1,2})日?)|月)?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})?")


def _parts(text: str) -> tuple[int, int, int | None] | None:
    """(year, month, day or None) of a date or month as exports write it, None when it is none."""
    cleaned = re.sub(r"\s+", "", text)
    m = _SEPARATED.fullmatch(cleaned) or _COMPACT.fullmatch(cleaned)
    if not m:
        return None
    year, month, day = int(m.group(1)), int(m.group(2)), m.group(3)
    try:
        date(year, month, int(day) if day else 1)  # a day that does not exist is no date
    except ValueError:
        return None
    return year, month, int(day) if day else None


def parse_month(text: str) -> date | None:
    """The first day of the month ``text`` names: 2026-11, 2026-11-03, 2026/11/3, 2026年11月3日,
    2026年11月, 20261103 or 202611; None when it names no valid date."""
    parts = _parts(text)
    return None if parts is None else date(parts[0], parts[1], 1)


def parse_day(text: str) -> date | None:
    """The day ``text`` names when it names one (not only a month)."""
    parts = _parts(text)
    return None if parts is None or parts[2] is None else date(parts[0], parts[1], parts[2])


# what a platform writes after a number: 万 (ten thousand), 亿 (hundred million), "w" (万 typed in
# Latin letters), "k"/"m" in the English exports
_UNITS = {"": 1, "万": 10_000, "w": 10_000, "亿": 100_000_000, "k": 1_000, "m": 1_000_000}
_NUMBER = re.compile(r"(\d+(?:\.\d+)?)(万|亿|w|k|m)?")
# what an export writes where there is no figure
_NONE = frozenset({"", "-", "--", "—", "——", "–", "/", "n/a", "na", "null", "none"})
# the first cell of a totals row (its sums would count each day twice)
_TOTALS = frozenset(
    {"合计", "总计", "汇总", "总和", "共计", "全部", "total", "totals", "grandtotal", "sum", "all"}
)


def _clean(text: str) -> str:
    """The cell as NFKC (full-width digits and commas become ASCII), lower case, without the spaces
    and thousands separators exports put inside numbers."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\s,'\u2019]", "", text)


def is_no_figure(text: str) -> bool:
    """An empty cell or a dash: the platform has no figure there."""
    return _clean(text) in _NONE


def is_totals(text: str) -> bool:
    """A totals row's label: 合计, 总计, 汇总, Total (with or without a colon)."""
    return _clean(text).rstrip(":") in _TOTALS


def parse_count(text: str) -> int | None:
    """A count as exports write it: 1234, "1,234", " 1 234 ", 1234.0, "1.2万", "3.5w", "1.1亿",
    "1.2K"; None when it is none (a fraction of one, a negative number, words). A count with a unit
    is rounded to the unit's precision the platform shows ("1.23万" is 12,300)."""
    cleaned = _clean(text)
    m = _NUMBER.fullmatch(cleaned)
    if m is None:
        return None
    value = Decimal(m.group(1)) * _UNITS[m.group(2) or ""]
    if not m.group(2) and value != value.to_integral_value():
        return None  # "12.5" is no count
    return int(value.to_integral_value(rounding=ROUND_HALF_UP))


def _pick(spec: Spec, header: dict[str, int]) -> tuple[str, ...] | None:
    for group in spec:
        if all(name.casefold() in header for name in group):
            return group
    return None


def read_metrics(data: bytes, platform: str = "generic") -> MetricsFile:
    """Read an export of ``platform`` (a code of ``EXPORTS``; unknown codes and files with the
    generic columns read through ``generic``)."""
    result = MetricsFile()
    try:
        text, result.encoding = decode(data)
    except ValueError as exc:
        result.problem = str(exc)
        return result
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header_row = next(reader)
    except StopIteration:
        result.problem = translate("SocialMetrics", "The file is empty; export the figures again.")
        return result
    except csv.Error as exc:
        result.problem = translate("SocialMetrics", "The file is not CSV ({reason}).").format(reason=exc)
        return result
    header = {name.strip().casefold(): i for i, name in enumerate(header_row) if name.strip()}
    columns: dict[str, tuple[str, ...]] = {}
    for spec_name in (platform, "generic"):
        spec = EXPORTS.get(spec_name)
        if spec is None:
            continue
        for name, alternatives in spec.items():
            if name not in columns and (group := _pick(alternatives, header)) is not None:
                columns[name] = group
    if "date" not in columns or not any(f in columns for f in FIGURES):
        result.problem = translate(
            "SocialMetrics",
            "The file's columns ({found}) hold no date and no figure commdesk knows; it needs a date or "
            "month column and at least one of followers, reach, reads, interactions.",
        ).format(found=", ".join(h.strip() for h in header_row if h.strip()) or "-")
        return result

    result.figures = tuple(f for f in FIGURES if f in columns)
    per_month: dict[date, dict[str, int]] = {}
    latest: dict[date, date] = {}  # the day the month's followers were read on
    lines: dict[date, list[int]] = {}
    try:
        after = reader.line_num  # the header's last line
        for row in reader:
            number, after = after + 1, reader.line_num  # the row's first line in the file (a quoted
            # cell may hold line breaks, so rows and lines differ)
            if not any(cell.strip() for cell in row):
                result.rows.append(RowOutcome(number, "blank"))
                continue
            cells = {name: row[i] if i < len(row) else "" for name, i in header.items()}
            raw_date = cells[columns["date"][0].casefold()]
            label = raw_date if raw_date.strip() else next(c for c in row if c.strip())
            if is_totals(label):
                result.rows.append(RowOutcome(number, "totals"))
                continue
            month = parse_month(raw_date)
            if month is None:
                result.rows.append(
                    RowOutcome(
                        number,
                        "error",
                        translate(
                            "SocialMetrics",
                            "Line {line}, column {column}: '{value}' is no date or month; write it as "
                            "2026-11-30 or 2026-11 and import the file again.",
                        ).format(line=number, column=columns["date"][0], value=raw_date.strip()),
                    )
                )
                continue
            values: dict[str, int] = {}
            bad = ""
            for figure in FIGURES:
                if figure not in columns:
                    continue
                total: int | None = None  # no figure while every column says none
                for column in columns[figure]:
                    raw = cells[column.casefold()]
                    if is_no_figure(raw):
                        continue
                    count = parse_count(raw)
                    if count is None:
                        bad = translate(
                            "SocialMetrics",
                            "Line {line}, column {column}: '{value}' is not a count (such as 12345, 12,345 "
                            "or 1.2万); correct it or empty the cell, then import the file again.",
                        ).format(line=number, column=column, value=raw.strip())
                        break
                    total = (total or 0) + count
                if bad:
                    break
                if total is not None:
                    values[figure] = total
            if bad:
                result.rows.append(RowOutcome(number, "error", bad))
                continue
            day = parse_day(raw_date) or month
            sums = per_month.setdefault(month, dict.fromkeys(FIGURES, 0))
            for figure, value in values.items():
                if figure in FLOWS:
                    sums[figure] += value
                elif day >= latest.get(month, date.min):
                    sums[figure] = value
            if "followers" in values:
                latest[month] = max(day, latest.get(month, date.min))
            lines.setdefault(month, []).append(number)
            result.rows.append(RowOutcome(number, "used"))
    except csv.Error as exc:
        result.problem = translate("SocialMetrics", "The file is not CSV ({reason}).").format(reason=exc)
        return result
    if not result.errors:
        result.months = [
            MonthFigures(m, s["followers"], s["reach"], s["reads"], s["interactions"], tuple(lines[m]))
            for m, s in sorted(per_month.items())
        ]
        if not result.months and not result.problem:
            result.problem = translate("SocialMetrics", "The file has no rows of figures.")
    return result
