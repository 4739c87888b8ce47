"""The printable calendar through the document layer (``core/documents``): a month grid per month
(Monday first, each day with its entries by time) or a list by day, in the organisation's zone,
which the page names. Returns ``(Document, blocks)`` like the other exports, for the preview and the
command line alike.

A month's grid is one landscape page: its cells are measured as the PDF lays them out (the same
fonts, widths and line breaking), each entry cut to ``ENTRY_LINES`` lines, and a day holds the
entries that fit its share of the page, then "+k more (see the list)"; the list after the grids
has everything whole. A week's row is therefore never cut across two pages."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Literal

from reportlab.lib.units import mm

from commdesk.core import timezones as tz
from commdesk.core.calendar import layout
from commdesk.core.calendar.entries import Entry
from commdesk.core.documents import flowables, templates
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
#: lines an entry may take in a day's cell of the month grid (its title is cut to fit them); how
#: many entries a cell shows follows from the page's room (``month_blocks``)
ENTRY_LINES = 2
#: an entry is set on fewer lines (to show more of a day's) only when its title keeps this many
#: characters: "10:00 Social post: …" says nothing
MIN_TITLE = 6
#: points kept free under a month's grid (rounding, the table's rules)
GRID_SLACK = 6.0


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


class _Measure:
    """Heights of texts set in a day's cell of the month grid, as the PDF will lay them out."""

    def __init__(self, document: Document):
        width, height = templates.page_size(document)
        banner = templates.BANNER_HEIGHT + 3 * mm if document.banner else 0
        # the frame of every page after the first (templates.DocTemplate): each month starts one
        self.width = width - 2 * templates.SIDE_MARGIN
        self.height = height - templates.TOP_MARGIN - banner - templates.BOTTOM_MARGIN
        self.column = self.width / 7
        self.ctx = flowables.context(self.width, self.height)
        self.line = self.ctx.styles.cell.leading
        self._cache: dict[str, float] = {}

    def cell(self, text: str) -> float:
        """The height of a one-cell row holding ``text`` in a column of the grid."""
        if text not in self._cache:
            (chunk,) = flowables.convert(Table([], [[text]]), flowables.context(self.column, self.height))
            self._cache[text] = chunk.wrap(self.column, self.height)[1]
        return self._cache[text]

    def block(self, block: Block) -> float:
        """The height ``block`` takes at the top of a page, its space after included."""
        total = 0.0
        for made in flowables.convert(block, self.ctx):
            total += made.wrap(self.width, self.height)[1] + made.getSpaceAfter()
        return total

    def row_room(self, title: str, weeks: int) -> float:
        """The height a week's row may take for the month heading, the weekday row and ``weeks``
        rows to fit one page."""
        head = self.block(Heading(title)) + self.block(Table(weekday_names(), []))
        return (self.height - head - GRID_SLACK) / weeks


def _entry(entry: Entry, zone: str, measure: _Measure, lines: int) -> str | None:
    """An entry as the grid shows it: time, kind and title, the title cut so that the entry takes
    at most ``lines`` lines of its cell; None when fewer than ``MIN_TITLE`` of its characters
    would be left (fewer lines are then no help)."""
    head = f"{time_text(entry, zone)} {entry.kind.label}: "
    title = " ".join(entry.title.split())
    most = measure.cell("\n".join(["x"] * lines))
    if measure.cell(head + title) <= most:
        return head + title
    low, high = 0, len(title)  # the longest cut that fits: low fits, high does not
    while high - low > 1:
        middle = (low + high) // 2
        if measure.cell(head + title[:middle].rstrip() + "…") <= most:
            low = middle
        else:
            high = middle
    if low < min(MIN_TITLE, len(title)) and lines < ENTRY_LINES:
        return None
    return head + title[:low].rstrip() + "…"


def _fitting(head: str, shown: Sequence[str], measure: _Measure, room: float) -> tuple[int, str]:
    """How many of ``shown`` fit in ``room`` points under the day's number (with "+k more" when
    not all do), and the cell's text."""
    for count in range(len(shown), -1, -1):
        lines = [head, *shown[:count]]
        if count < len(shown):
            lines.append(
                translate("Calendar", "+{count} more (see the list)").format(count=len(shown) - count)
            )
        text = "\n".join(lines)
        if count == 0 or measure.cell(text) <= room:
            return count, text
    raise AssertionError("unreachable")


def _cell(
    day: date, entries: Sequence[Entry], zone: str, in_month: bool, measure: _Measure, room: float
) -> str:
    """A day's cell: its number and the entries that fit in ``room`` points, then how many more
    the list has. Entries take up to ``ENTRY_LINES`` lines each, or one when that shows more of
    them."""
    head = str(day.day) if in_month else f"({day.month}/{day.day})"
    best = (-1, "")
    for lines in range(ENTRY_LINES, 0, -1):
        shown = [_entry(e, zone, measure, lines) for e in entries]
        if None in shown:
            break
        count, text = _fitting(head, [s for s in shown if s is not None], measure, room)
        if count > best[0]:
            best = (count, text)
        if count == len(entries):
            break
    return best[1]


def month_blocks(
    entries: Sequence[Entry], zone: str, first: date, last: date, document: Document
) -> list[Block]:
    """Each month's heading and grid, on a page of its own (``document`` gives the page)."""
    blocks: list[Block] = []
    days = layout.by_day(entries, zone, first, last)
    measure = _Measure(document)
    for year, month in _months(first, last):
        title = month_title(year, month)
        weeks = layout.month_weeks(year, month)
        room = measure.row_room(title, len(weeks))
        blocks.append(PageBreak())  # each month from the top of a page (the first after the summary)
        blocks.append(Heading(title))
        rows = [
            [_cell(d, days.get(d, []), zone, d.month == month, measure, room) for d in week] for week in weeks
        ]
        blocks.append(Table(weekday_names(), rows, keep_together=True))
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
        blocks.extend(month_blocks(chosen, zone, first, last, doc))
        blocks.append(PageBreak())
    blocks.append(Heading(translate("Calendar", "List")))
    blocks.extend(list_blocks(chosen, zone, first, last))
    return doc, blocks
