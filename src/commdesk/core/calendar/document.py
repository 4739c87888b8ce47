"""The printable calendar through the document layer (``core/documents``): a month grid per month
(Monday first, each day with its entries by time) or a list by day, in the organisation's zone,
which the page names. Returns ``(Document, blocks)`` like the other exports, for the preview and the
command line alike."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Literal

from commdesk.core import timezones as tz
from commdesk.core.calendar import layout
from commdesk.core.calendar.entries import Entry
from commdesk.core.documents.reports import DocumentLanguage, ui_language
from commdesk.core.documents.spec import (
    Block,
    Document,
    Heading,
    KeyValue,
    Letterhead,
    PageBreak,
    Paragraph,
    Table,
)
from commdesk.core.i18n import translate

Layout = Literal["month", "list"]
#: entries written in a day's cell of the month grid; the rest are counted ("+3 more"), and
#: titles cut to ``CELL_TITLE`` characters: a month fits a page or two, the list has everything
CELL_LINES = 4
CELL_TITLE = 16


def weekday_names() -> list[str]:
    return [
        translate("Calendar", "Mon"),
        translate("Calendar", "Tue"),
        translate("Calendar", "Wed"),
        translate("Calendar", "Thu"),
        translate("Calendar", "Fri"),
        translate("Calendar", "Sat"),
        translate("Calendar", "Sun"),
    ]


def all_day() -> str:
    return translate("Calendar", "all day")


def list_header() -> list[str]:
    """The list's columns (the printed list and the list view)."""
    return [
        translate("Calendar", "Date"),
        translate("Calendar", "Time"),
        translate("Calendar", "Kind"),
        translate("Calendar", "Title"),
        translate("Calendar", "Channel"),
        translate("Calendar", "Owner"),
        translate("Calendar", "State"),
    ]


def period_title(first: date, last: date) -> str:
    return translate("Calendar", "{first} to {last}").format(first=first.isoformat(), last=last.isoformat())


def month_title(year: int, month: int) -> str:
    return translate("Calendar", "{year}-{month:02d}").format(year=year, month=month)


def time_text(entry: Entry, zone: str) -> str:
    if entry.all_day:
        return all_day()
    return tz.to_zone(entry.start, zone).strftime("%H:%M")


def line(entry: Entry, zone: str) -> str:
    """One entry in a few words: its time, kind and title."""
    return f"{time_text(entry, zone)} {entry.kind.label}: {entry.title}"


def _months(first: date, last: date) -> list[tuple[int, int]]:
    out, (y, m) = [], (first.year, first.month)
    while (y, m) <= (last.year, last.month):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _short(entry: Entry, zone: str) -> str:
    title = entry.title if len(entry.title) <= CELL_TITLE else entry.title[: CELL_TITLE - 1] + "…"
    return f"{time_text(entry, zone)} {entry.kind.label}: {title}"


def _cell(day: date, entries: Sequence[Entry], zone: str, in_month: bool) -> str:
    head = str(day.day) if in_month else f"({day.month}/{day.day})"
    lines = [head] + [_short(e, zone) for e in entries[:CELL_LINES]]
    if len(entries) > CELL_LINES:
        lines.append(
            translate("Calendar", "+{count} more (see the list)").format(count=len(entries) - CELL_LINES)
        )
    return "\n".join(lines)


def month_blocks(entries: Sequence[Entry], zone: str, first: date, last: date) -> list[Block]:
    blocks: list[Block] = []
    days = layout.by_day(entries, zone, first, last)
    for year, month in _months(first, last):
        blocks.append(PageBreak())  # each month from the top of a page (the first after the summary)
        blocks.append(Heading(month_title(year, month)))
        rows = [
            [_cell(d, days.get(d, []), zone, d.month == month) for d in week]
            for week in layout.month_weeks(year, month)
        ]
        blocks.append(Table(weekday_names(), rows, keep_together=False))
    return blocks


def list_blocks(entries: Sequence[Entry], zone: str, first: date, last: date) -> list[Block]:
    header = list_header()
    rows = []
    for day, day_entries in layout.agenda(entries, zone, first, last):
        for e in day_entries:
            rows.append(
                [
                    f"{day.isoformat()} {weekday_names()[day.weekday()]}",
                    time_text(e, zone),
                    e.kind.label,
                    f"{e.title}\n{e.reference}" if e.reference else e.title,
                    e.channel,
                    e.owner,
                    e.state,
                ]
            )
    if not rows:
        return [Paragraph(translate("Calendar", "Nothing is planned in this period."))]
    return [Table(header, rows, widths=(1.3, 0.7, 1.0, 3.0, 1.6, 1.0, 1.0))]


def calendar_document(
    entries: Iterable[Entry],
    zone: str,
    first: date,
    last: date,
    *,
    kind: Layout = "month",
    filters: str = "",
    warnings: Sequence[str] = (),
    language: DocumentLanguage | None = None,
    created: datetime | None = None,
    letterhead: Letterhead | None = None,
    author: str = "",
) -> tuple[Document, list[Block]]:
    """The calendar from ``first`` to ``last`` (days in ``zone``): month grids then the full list
    (``kind="month"``), or the list alone. ``filters`` says in words what was left out;
    ``warnings`` are the cadence sentences of the weeks off target (SM-2)."""
    chosen = sorted(entries, key=layout.sort_key)
    title = translate("Calendar", "Publishing calendar")
    doc = Document(
        title=title,
        subtitle=period_title(first, last),
        author=author,
        subject=title,
        keywords=(title,),
        language=language or ui_language(),
        created=created,
        zone=zone,
        landscape=True,
        letterhead=letterhead,
    )
    facts = [
        (
            translate("Calendar", "Time zone"),
            tz.zone_label(tz.wall_clock(first, datetime.min.time(), zone), zone),
        ),
        (translate("Calendar", "Entries"), str(len(chosen))),
    ]
    if filters:
        facts.append((translate("Calendar", "Shown"), filters))
    blocks: list[Block] = [KeyValue(facts)]
    if warnings:
        blocks.append(Heading(translate("Calendar", "Cadence (SM-2)"), level=2))
        blocks.append(Paragraph("\n".join(warnings)))
    if kind == "month":
        blocks.extend(month_blocks(chosen, zone, first, last))
        blocks.append(PageBreak())
    blocks.append(Heading(translate("Calendar", "List")))
    blocks.extend(list_blocks(chosen, zone, first, last))
    return doc, blocks
