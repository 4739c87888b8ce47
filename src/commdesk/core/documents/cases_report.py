"""The cases desk's period report as a document: a table of the key figures with the previous
period and the change, bar charts of the volumes, the volumes by channel, category and complaint
grade, and the oldest open cases.

Pure: it is handed the counted report (``services.cases.figures.CaseReport``, read here by its
attributes only) and what only the database knows (letterhead, author). The window's report shows
the same rows (``kpi_rows``, ``volume_rows``), so screen and paper never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from typing import Any

from commdesk.core.cases.clocks import format_working_time
from commdesk.core.documents.charts import charts_png
from commdesk.core.documents.spec import (
    Block,
    Document,
    Heading,
    Image,
    KeyValue,
    Letterhead,
    Paragraph,
    Table,
)
from commdesk.core.i18n import translate
from commdesk.core.timezones import format_instant, to_zone, zone_label

_BAR = (31, 78, 121)
# Pixels across a picture of two charts: about 210 dpi over the text width, sharp on paper, and
# room for six channel names in one line; the default 1600 costs a quarter more to draw, compress
# and embed for no visible gain.
_CHART_WIDTH = 1400
_PREVIOUS = (150, 170, 190)
_GRADE_COLOURS = {1: (230, 160, 40), 2: (220, 100, 40), 3: (190, 40, 40), None: (140, 140, 140)}


@dataclass(frozen=True)
class KpiRow:
    """One line of the key figures: its name, this period, the previous one, the change, the target."""

    key: str  # stable name (tests, the window)
    label: str
    current: str
    previous: str
    change: str
    target: str = ""


def percent(value: float | None) -> str:
    """``87.5 %``; an em dash when there is nothing to count."""
    return "\u2014" if value is None else f"{value * 100:.1f} %"


def working(value: timedelta | None) -> str:
    return "\u2014" if value is None else format_working_time(value)


def minutes_seconds(value: timedelta | None) -> str:
    if value is None:
        return "\u2014"
    minutes, seconds = divmod(int(value.total_seconds()), 60)
    return translate("Cases", "{minutes} min {seconds:02d} s").format(minutes=minutes, seconds=seconds)


def _change_count(now: int, before: int) -> str:
    if now == before:
        return "="
    sign = "\u25b2 +" if now > before else "\u25bc \u2212"
    if before:
        return f"{sign}{abs(now - before)} ({sign[-1]}{abs(now - before) / before * 100:.0f} %)"
    return f"{sign}{abs(now - before)}"


def _change_rate(now: float | None, before: float | None) -> str:
    if now is None or before is None:
        return "\u2014"
    points = (now - before) * 100
    if abs(points) < 0.05:
        return "="
    return translate("Cases", "{arrow} {points} pts").format(
        arrow="\u25b2" if points > 0 else "\u25bc", points=f"{points:+.1f}".replace("-", "\u2212")
    )


def _change_time(now: timedelta | None, before: timedelta | None) -> str:
    if now is None or before is None:
        return "\u2014"
    if now == before:
        return "="
    arrow = "\u25b2" if now > before else "\u25bc"
    return f"{arrow} {format_working_time(now - before)}"


def _change_plain(now: float | None, before: float | None, fmt: Callable[[float], str]) -> str:
    if now is None or before is None:
        return "\u2014"
    if abs(now - before) < 0.005:
        return "="
    arrow = "\u25b2" if now > before else "\u25bc"
    return f"{arrow} {fmt(abs(now - before))}"


def _seconds(value: timedelta | None) -> float | None:
    return None if value is None else value.total_seconds()


def kpi_rows(report: Any) -> list[KpiRow]:
    """The key figures of ``report`` (a ``CaseReport``), worded, this period against the previous."""
    cur, pre = report.current, report.previous
    rows = [
        KpiRow(
            "received",
            translate("Cases", "Cases received"),
            str(cur.received),
            str(pre.received),
            _change_count(cur.received, pre.received),
        ),
        KpiRow(
            "resolved",
            translate("Cases", "Resolved or closed (of them)"),
            f"{cur.resolved} ({percent(cur.resolution_rate)})",
            f"{pre.resolved} ({percent(pre.resolution_rate)})",
            _change_rate(cur.resolution_rate, pre.resolution_rate),
        ),
    ]
    for key, name, c, p in (
        ("first_response", translate("Cases", "First response"), cur.first_response, pre.first_response),
        ("resolution", translate("Cases", "Resolution"), cur.resolution, pre.resolution),
    ):
        rows += [
            KpiRow(
                f"{key}_met",
                translate("Cases", "{clock}: within target").format(clock=name),
                f"{percent(c.met_rate)} ({c.met}/{c.decided})",
                f"{percent(p.met_rate)} ({p.met}/{p.decided})",
                _change_rate(c.met_rate, p.met_rate),
                f"\u2264 {working(c.target_median)}" if c.target_median is not None else "",
            ),
            KpiRow(
                f"{key}_median",
                translate("Cases", "{clock}: median working time").format(clock=name),
                working(c.median),
                working(p.median),
                _change_time(c.median, p.median),
            ),
            KpiRow(
                f"{key}_p90",
                translate("Cases", "{clock}: 90th percentile").format(clock=name),
                working(c.p90),
                working(p.p90),
                _change_time(c.p90, p.p90),
            ),
            KpiRow(
                f"{key}_overdue",
                translate("Cases", "{clock}: still running, overdue").format(clock=name),
                str(c.running_overdue),
                str(p.running_overdue),
                _change_count(c.running_overdue, p.running_overdue),
            ),
        ]
    rows += [
        KpiRow(
            "fcr",
            translate("Cases", "First-contact resolution (FCR)"),
            f"{percent(cur.fcr_rate)} ({cur.fcr_yes}/{cur.calls_answered})",
            f"{percent(pre.fcr_rate)} ({pre.fcr_yes}/{pre.calls_answered})",
            _change_rate(cur.fcr_rate, pre.fcr_rate),
            f"\u2265 {report.fcr_target * 100:.0f} %",
        ),
        KpiRow(
            "csat_average",
            translate("Cases", "Satisfaction (CSAT), average of 1\u20135"),
            "\u2014" if cur.csat_average is None else f"{cur.csat_average:.2f} ({cur.csat_asked})",
            "\u2014" if pre.csat_average is None else f"{pre.csat_average:.2f} ({pre.csat_asked})",
            _change_plain(cur.csat_average, pre.csat_average, lambda v: f"{v:.2f}"),
        ),
        KpiRow(
            "csat_satisfied",
            translate("Cases", "Satisfied (score 4 or 5)"),
            f"{percent(cur.csat_rate)} ({cur.csat_satisfied}/{cur.csat_asked})",
            f"{percent(pre.csat_rate)} ({pre.csat_satisfied}/{pre.csat_asked})",
            _change_rate(cur.csat_rate, pre.csat_rate),
            f"\u2265 {report.csat_target * 100:.0f} %",
        ),
        KpiRow(
            "complaints",
            translate("Cases", "Complaints"),
            str(cur.complaints),
            str(pre.complaints),
            _change_count(cur.complaints, pre.complaints),
        ),
        KpiRow(
            "aht",
            translate("Cases", "Average handling time of calls"),
            f"{minutes_seconds(cur.average_handling)} ({cur.calls})",
            f"{minutes_seconds(pre.average_handling)} ({pre.calls})",
            _change_plain(
                _seconds(cur.average_handling),
                _seconds(pre.average_handling),
                lambda v: minutes_seconds(timedelta(seconds=v)),
            ),
        ),
        KpiRow(
            "escalations",
            translate("Cases", "Escalations"),
            str(cur.escalations),
            str(pre.escalations),
            _change_count(cur.escalations, pre.escalations),
        ),
    ]
    return rows


def channel_label(channel: Any) -> str:
    return str(channel.label)


def category_label(name: str) -> str:
    return name or translate("Cases", "(no category)")


def grade_label(grade: int | None) -> str:
    if grade is None:
        return translate("Cases", "Not graded yet")
    return translate("Cases", "Grade {grade}").format(grade=grade)


def volume_rows(report: Any) -> dict[str, list[tuple[str, int, int]]]:
    """(label, this period, previous) per channel, per category and per complaint grade."""
    cur, pre = report.current, report.previous
    before_channel = dict(pre.by_channel)
    channels = [(channel_label(c), n, before_channel.get(c, 0)) for c, n in cur.by_channel]
    before_category = {c.category_id: c.count for c in pre.by_category}
    categories = [
        (category_label(c.name), c.count, before_category.get(c.category_id, 0)) for c in cur.by_category
    ]
    shown = {c.category_id for c in cur.by_category}
    categories += [
        (category_label(c.name), 0, c.count) for c in pre.by_category if c.category_id not in shown
    ]
    before_grade = dict(pre.grades)
    grades = [(grade_label(g), n, before_grade.get(g, 0)) for g, n in cur.grades]
    return {"channel": channels, "category": categories, "grade": grades}


def period_words(figures: Any) -> str:
    """``2026-03-01 – 2026-03-31`` (both days counted)."""
    if figures.first == figures.last:
        return figures.first.isoformat()
    return f"{figures.first.isoformat()} \u2013 {figures.last.isoformat()}"


def report_title(report: Any) -> str:
    titles = {
        "day": translate("Cases", "Cases desk: daily report"),
        "week": translate("Cases", "Cases desk: weekly report"),
        "month": translate("Cases", "Cases desk: monthly report"),
    }
    return titles.get(report.period, translate("Cases", "Cases desk: report"))


# What a cell needs beyond its text: the table's left and right padding (4 + 4), a point to spare;
# the size of a table cell's text (``styles``: cell and header-cell).
_CELL_PADDING = 9.0
# Air beside a column's widest text, room allowing: columns read apart, on paper and in what a
# text extraction (pdftotext -layout) gives back.
_AIR = 8.0
_CELL_SIZE = 9.5
_SPACES = re.compile(r"\s+")
_WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")  # CJK: a line may break at any


@lru_cache(maxsize=8192)  # the same words come again in every row (statuses, categories, owners)
def _width(text: str, bold: bool = False) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from commdesk.core.documents import fonts

    fonts.fonts()  # registered once
    return stringWidth(text, fonts.MAIN_BOLD if bold else fonts.MAIN, _CELL_SIZE)


def _narrowest(text: str, bold: bool = False) -> tuple[float, float]:
    """How narrow a column may be before ``text`` breaks inside a word, (at the least, better).
    Chinese may break after any character, Latin text between words (a table cell without Chinese
    is broken between words). In a cell with Chinese, reportlab's line breaking looks back only
    about half a line for a space, so a Latin word there is only sure to stay whole in a line
    twice as wide as it (better), as is a Chinese text of up to four characters."""
    words = [p for w in _SPACES.split(text) for p in _WIDE.split(w) if p]
    latin = max((_width(w, bold) for w in words), default=0.0)
    wide = [_width(c, bold) for c in _WIDE.findall(text)[:1]]
    if not wide:
        return latin, latin
    # better still: a short Chinese word (媒体问询, 未结天数) on one line
    return max(wide[0], latin), min(_width(text, bold), max(2 * latin, 4 * wide[0]))


def fitted_widths(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    whole: Sequence[int] = (),
    total: float | None = None,
) -> list[float]:
    """Column widths sized from their content. The columns in ``whole`` (figures, statuses, dates)
    are as wide as their widest cell, so "+20 (+1000 %)", "Acknowledged" or "▼ 12.0 百分点" never
    wrap; headers may wrap between words. The room left goes, in this order, to: the other
    columns' words kept whole (``_narrowest``), their text on one line, air beside every
    column's widest text, then to every column by its width. ``total``: the width to fill (default: the A4
    text width; the renderer scales them to the page's)."""
    if total is None:
        from reportlab.lib.pagesizes import A4

        from commdesk.core.documents.templates import SIDE_MARGIN

        total = A4[0] - 2 * SIDE_MARGIN
    hard, better, one_line, aired = [], [], [], []
    for i, title in enumerate(header):
        body = [str(r[i]) if i < len(r) else "" for r in rows]
        widest = max((_width(t) for t in body), default=0.0)
        head = _narrowest(str(title), True)
        if i in whole:
            hard.append(max(widest, head[0]) + _CELL_PADDING)
            better.append(max(widest, head[1]) + _CELL_PADDING)
            one_line.append(better[-1])
            aired.append(max(widest + _AIR, head[1]) + _CELL_PADDING)
            continue
        cells = [_narrowest(t) for t in body] or [(0.0, 0.0)]
        hard.append(max(head[0], *(c[0] for c in cells)) + _CELL_PADDING)
        better.append(max(head[1], *(c[1] for c in cells)) + _CELL_PADDING)
        one_line.append(max(widest, _width(str(title), True)) + _CELL_PADDING)
        aired.append(one_line[-1] + _AIR)
    widths = hard
    for wanted in (better, one_line, aired):
        room = total - sum(widths)
        need = [max(w - h, 0.0) for w, h in zip(wanted, widths, strict=True)]
        if room <= 0:
            return widths  # too many columns to keep every word whole: as near as it gets
        if sum(need) > room:  # as far as the room goes
            return [h + room * n / sum(need) for h, n in zip(widths, need, strict=True)]
        widths = [h + n for h, n in zip(widths, need, strict=True)]
    spare = total - sum(widths)
    return [w + spare * w / sum(widths) for w in widths]


def _chart(title: str, rows: Sequence[tuple[str, int, int]]) -> tuple[str, list]:
    return title, [(label, now, _BAR) for label, now, _before in rows]


def case_report_document(
    report: Any,
    language: str = "zh-CN",
    letterhead: Letterhead | None = None,
    author: str = "",
) -> tuple[Document, list[Block]]:
    """The report of ``report`` (a ``CaseReport``) as ``(Document, blocks)``."""
    cur, pre = report.current, report.previous
    zone = report.zone
    doc = Document(
        title=report_title(report),
        subtitle=period_words(cur),
        reference=translate("Cases", "Cases {period}").format(period=period_words(cur)),
        status=translate("Cases", "Report"),
        language="en" if language == "en" else "zh-CN",
        author=author,
        subject=translate("Cases", "Cases desk figures"),
        keywords=(translate("Cases", "cases"), translate("Cases", "report")),
        created=report.made_at,
        zone=zone,
        letterhead=letterhead,
    )
    kpi_header = [
        translate("Cases", "Figure"),
        translate("Cases", "This period"),
        translate("Cases", "Previous period"),
        translate("Cases", "Change"),
        translate("Cases", "Target"),
    ]
    kpis = [[r.label, r.current, r.previous, r.change, r.target] for r in kpi_rows(report)]
    blocks: list[Block] = [
        KeyValue(
            [
                (translate("Cases", "Period"), period_words(cur)),
                (translate("Cases", "Compared with"), period_words(pre)),
                (translate("Cases", "Time zone"), zone_label(cur.start_at, zone)),
                (translate("Cases", "Counted at"), format_instant(report.made_at, zone)),
            ]
        ),
        Paragraph(
            translate(
                "Cases",
                "Every figure counts the cases received in the period and what was done on them up "
                "to the moment of counting; times are working time on the office's calendar.",
            )
        ),
        Heading(translate("Cases", "Key figures"), 1),
        Table(
            kpi_header,
            kpis,
            widths=fitted_widths(kpi_header, kpis, whole=(1, 2, 3, 4)),
            keep_together=True,  # one table read as one: never a row or two left for the next page
        ),
    ]
    volumes = volume_rows(report)
    if cur.received:
        blocks.append(Heading(translate("Cases", "Charts"), 1))
        # two pictures of two charts each: every picture is drawn, compressed and embedded, which
        # costs more than the tables (bench/bench_cases.py)
        blocks.append(
            Image(
                charts_png(
                    [
                        _chart(translate("Cases", "Cases by channel"), volumes["channel"]),
                        _chart(translate("Cases", "Cases by category"), volumes["category"][:8]),
                    ],
                    width=_CHART_WIDTH,
                    height=340,
                ),
                caption=translate("Cases", "Cases received in the period"),
            )
        )
        this, before = translate("Cases", "this period"), translate("Cases", "previous period")
        met = []
        for clock, c, p in (
            (translate("Cases", "First response"), cur.first_response, pre.first_response),
            (translate("Cases", "Resolution"), cur.resolution, pre.resolution),
        ):
            met.append((f"{clock} {this}", round((c.met_rate or 0) * 100), _BAR))
            met.append((f"{clock} {before}", round((p.met_rate or 0) * 100), _PREVIOUS))
        blocks.append(
            Image(
                charts_png(
                    [
                        _chart(translate("Cases", "Complaints by grade"), volumes["grade"]),
                        (translate("Cases", "Clocks within target (%)"), met),
                    ],
                    width=_CHART_WIDTH,
                    height=290,
                )
            )
        )
    header = [translate("Cases", "This period"), translate("Cases", "Previous period")]
    for key, title, first in (
        ("channel", translate("Cases", "By channel"), translate("Cases", "Channel")),
        ("category", translate("Cases", "By category"), translate("Cases", "Category")),
        ("grade", translate("Cases", "Complaints by grade"), translate("Cases", "Grade")),
    ):
        blocks.append(Heading(title, 2))
        lines = [[label, str(n), str(b)] for label, n, b in volumes[key]]
        blocks.append(
            Table([first, *header], lines, widths=fitted_widths([first, *header], lines, whole=(1, 2)))
        )
    blocks.append(Heading(translate("Cases", "Oldest open cases"), 1))
    if report.oldest_open:
        oldest_header = [
            translate("Cases", "Reference"),
            translate("Cases", "Received"),
            translate("Cases", "Days open"),
            translate("Cases", "Status"),
            translate("Cases", "Category"),
            translate("Cases", "Owner"),
            translate("Cases", "Summary"),
        ]
        oldest = [
            [
                o.reference,
                to_zone(o.received_at, zone).strftime("%Y-%m-%d %H:%M"),
                str(o.age_days),
                status_label(o.status),
                category_label(o.category),
                o.owner,
                o.summary,
            ]
            for o in report.oldest_open
        ]
        # the reference, the time, the days and the status are never broken; the words share the rest
        widths = fitted_widths(oldest_header, oldest, whole=(0, 1, 2, 3))
        blocks.append(Table(oldest_header, oldest, widths=widths))
    else:
        blocks.append(Paragraph(translate("Cases", "No case received before the period's end is open.")))
    return doc, blocks


def status_label(status: str) -> str:
    from commdesk.core.cases.workflow import CaseStatus

    return CaseStatus(status).label
