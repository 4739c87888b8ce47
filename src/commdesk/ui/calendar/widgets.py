"""The calendar's views: a grid of days (a month: its weeks; a week: one row), each day listing its
entries by time with the cadence of each account beside every week (SM-2), and the list view.

One grid serves both calendars: the Calendar pane's (every kind, each named and coloured by kind,
``EntryLook``) and the Posts pane's (posts only, each with its platform and review state and
coloured by state, one line a post in a month, ``PostLook``).

An entry is dragged to another day to re-plan it (``dropped``), or moved from the keyboard with
Alt+Left/Right (a day) and Alt+Up/Down (an hour) (``nudged``); the pane asks the service and
reloads. Nothing is moved here: the view only shows what the service read. An entry taken off the
plan (``status`` "cancelled") is struck through and greyed."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from commdesk.core import timezones as tz
from commdesk.core.calendar import layout
from commdesk.core.calendar.document import all_day, list_header, weekday_names
from commdesk.core.calendar.entries import Entry, EntryKind
from commdesk.core.publishing.cadence import Cadence, WeekCadence

# the drag's payload: an entry's key ("post-12")
ENTRY_MIME = "application/x-commdesk-calendar-entry"
KEY_ROLE = Qt.ItemDataRole.UserRole
KIND_COLOURS = {
    EntryKind.RELEASE: "#2e7d32",
    EntryKind.EMBARGO: "#c62828",
    EntryKind.POST: "#1565c0",
    EntryKind.ANNOUNCEMENT: "#6a1b9a",
    EntryKind.EVENT: "#b35900",
    EntryKind.MEETING: "#37474f",
}
# a review state's colour (``Entry.status``), where the grid shows one kind only
STATE_COLOURS = {
    "published": "#2e7d32",
    "approved": "#1565c0",
    "in_review": "#b35900",
    "returned": "#c62828",
}
CANCELLED = "cancelled"
GREY = "#999999"
CADENCE_COLOURS = {Cadence.BELOW: "#c62828", Cadence.ABOVE: "#b35900", Cadence.WITHIN: "#2e7d32"}
CADENCE_MARKS = {Cadence.BELOW: "▼", Cadence.ABOVE: "▲", Cadence.WITHIN: "✓"}


class EntryLook:
    """How a grid writes and colours an entry. This one, the Calendar pane's: the entry's kind after
    its time, coloured by kind; a month's day gives each entry two lines (time and kind, title)."""

    one_line_month = False

    def label(self, entry: Entry) -> str:
        return entry.kind.label

    def colour(self, entry: Entry) -> str | None:
        return KIND_COLOURS[entry.kind]


class PostLook(EntryLook):
    """The Posts pane's, where every entry is a post: its platform and review state after its
    time, coloured by the state; a month's day gives each post one line, so a busy day shows its
    posts without scrolling (the whole post is in the tooltip)."""

    one_line_month = True

    def label(self, entry: Entry) -> str:
        platform = entry.channel.split(" · ")[0]  # "platform · account": the account is in the tooltip
        return f"{platform} [{entry.state}]"

    def colour(self, entry: Entry) -> str | None:
        return STATE_COLOURS.get(entry.status)


def nudge_of(event: QKeyEvent) -> tuple[int, int] | None:
    """(days, hours) of Alt+arrow, else None."""
    if not event.modifiers() & Qt.KeyboardModifier.AltModifier:
        return None
    return {
        Qt.Key.Key_Left: (-1, 0),
        Qt.Key.Key_Right: (1, 0),
        Qt.Key.Key_Up: (0, -1),
        Qt.Key.Key_Down: (0, 1),
    }.get(Qt.Key(event.key()))


def tooltip(entry: Entry, zone: str) -> str:
    lines = [
        f"{entry.kind.label}: {entry.title}",
        tz.format_span(entry.start, entry.end, zone),
    ]
    lines += [x for x in (entry.reference, entry.state, entry.channel, entry.campaign) if x]
    if entry.owner:
        lines.append(QCoreApplication.translate("CalendarGrid", "Owner: %1").replace("%1", entry.owner))
    if entry.detail:
        lines.append(entry.detail[:160])
    if entry.movable:
        lines.append(entry.movable)
    return "\n".join(lines)


class CadenceLabel(QLabel):
    """A week's cadence beside it: wraps in the room its row has, never asks for more (a month's
    six rows must fit the pane; the whole text is in its tooltip and under the calendar)."""

    def hasHeightForWidth(self) -> bool:
        return False

    def minimumSizeHint(self) -> QSize:
        return QSize(130, 20)

    def sizeHint(self) -> QSize:
        return QSize(150, 40)


class EntryList(QListWidget):
    """One day's entries; an entry can be dragged to another day (``dropped``)."""

    dropped = Signal(str)
    nudged = Signal(str, int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setObjectName("calendarDay")
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def mimeTypes(self) -> list[str]:
        return [ENTRY_MIME]

    def mimeData(self, items) -> QMimeData:
        data = QMimeData()
        keys = [i.data(KEY_ROLE) for i in items if i.data(KEY_ROLE)]
        if keys:
            data.setData(ENTRY_MIME, QByteArray(str(keys[0]).encode()))
        return data

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(ENTRY_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        """The calendar reloads from the service after the re-plan: no item is moved here."""
        data = event.mimeData()
        key = bytes(data.data(ENTRY_MIME).data()).decode() if data.hasFormat(ENTRY_MIME) else ""
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if key:
            self.dropped.emit(key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = nudge_of(event)
        item = self.currentItem()
        if step is not None and item is not None and item.data(KEY_ROLE):
            self.nudged.emit(item.data(KEY_ROLE), *step)
            event.accept()
            return
        super().keyPressEvent(event)


class CalendarGrid(QWidget):
    """``weeks`` rows of seven days (Monday first) and a column with each week's cadence; ``look``
    says how an entry is written and coloured (the Calendar pane's, unless told)."""

    selected = Signal(object)  # an entry's key, or None
    dropped = Signal(str, object)  # key, the day it was dragged to
    activated = Signal(str)
    day_activated = Signal(object)  # a day's date: its heading was double-clicked (plan one there)
    nudged = Signal(str, int, int)

    def __init__(self, weeks: int, parent=None, look: EntryLook | None = None):
        super().__init__(parent)
        self.weeks = weeks
        self.look = look or EntryLook()
        # a month's day with one line an entry (cut at the cell's edge), else the lines wrap
        self.one_line = weeks > 1 and self.look.one_line_month
        self.first = date(2000, 1, 3)
        self.grid = QGridLayout(self)
        self.grid.setSpacing(2)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.headers: list[QLabel] = []
        for col in range(8):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(label, 0, col)
            self.headers.append(label)
        self.days: list[EntryList] = []
        self.cadence_labels: list[QLabel] = []
        for row in range(weeks):
            for col in range(7):
                cell = EntryList()
                cell.dropped.connect(lambda key, c=cell: self.dropped.emit(key, self.day_of(c)))
                cell.nudged.connect(self.nudged)
                cell.itemSelectionChanged.connect(lambda c=cell: self._picked(c))
                cell.itemDoubleClicked.connect(self._activated)
                cell.setMinimumWidth(90)
                if self.one_line:
                    cell.setWordWrap(False)
                    cell.setTextElideMode(Qt.TextElideMode.ElideRight)
                # a month's six rows share the height the pane has (each day scrolls on its own)
                cell.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
                cell.setMinimumHeight(52)
                self.grid.addWidget(cell, row + 1, col)
                self.days.append(cell)
            label = CadenceLabel()
            label.setObjectName("weekCadence")
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setMinimumWidth(130)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
            self.grid.addWidget(label, row + 1, 7)
            self.cadence_labels.append(label)
        for row in range(weeks):
            self.grid.setRowStretch(row + 1, 1)  # the days take the height, not the day names
        for col in range(7):
            self.grid.setColumnStretch(col, 3)
        self.grid.setColumnStretch(7, 2)
        names = [*weekday_names(), self.tr("Posts a week")]
        for label, text in zip(self.headers, names, strict=True):
            label.setText(f"<b>{text}</b>")

    def day_of(self, cell: QListWidget) -> date:
        return self.first + timedelta(days=self.days.index(cell))  # type: ignore[arg-type]

    def show_entries(
        self,
        first: date,
        entries: list[Entry],
        cadence: list[WeekCadence],
        zone: str,
        month: int | None = None,
        selected: str | None = None,
    ) -> None:
        """The days from ``first`` with their entries (days of ``zone``); days outside ``month``
        (a month view) are greyed; each week's cadence beside it."""
        self.first = first
        last = first + timedelta(days=len(self.days) - 1)
        days = layout.by_day(entries, zone, first, last)
        detailed = month is None  # the week view: times as spans, overlaps marked
        for i, cell in enumerate(self.days):
            day = first + timedelta(days=i)
            cell.blockSignals(True)
            cell.clear()
            head = QListWidgetItem(day.strftime("%m-%d"))
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(head.font())
            font.setBold(True)
            head.setFont(font)
            if month is not None and day.month != month:
                head.setForeground(QBrush(QColor(GREY)))
            cell.addItem(head)
            placed = {p.entry.key: p for p in layout.lanes(days[day])}
            for entry in days[day]:
                item = QListWidgetItem(self._text(entry, zone, detailed, placed[entry.key].lanes > 1))
                item.setData(KEY_ROLE, entry.key)
                item.setToolTip(tooltip(entry, zone))
                colour = GREY if entry.status == CANCELLED else self.look.colour(entry)
                if colour:
                    item.setForeground(QBrush(QColor(colour)))
                if entry.status == CANCELLED:
                    struck = QFont(item.font())
                    struck.setStrikeOut(True)
                    item.setFont(struck)
                if not entry.can_move:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
                cell.addItem(item)
                if entry.key == selected:
                    cell.setCurrentItem(item)
            cell.blockSignals(False)
        for row, label in enumerate(self.cadence_labels):
            monday = first + timedelta(weeks=row)
            lines, tips = [], []
            week = [w for w in cadence if w.monday == monday]
            # the accounts off target first: a row has room for two or three, the rest scroll off
            for w in sorted(week, key=lambda w: (w.status is Cadence.WITHIN, w.account)):
                colour = CADENCE_COLOURS[w.status]
                lines.append(
                    f"<span style='color:{colour}'>{CADENCE_MARKS[w.status]} {w.count} · {w.account}</span>"
                )
                tips.append(w.explain())
            label.setText("<br>".join(lines))
            label.setToolTip("\n".join(tips))

    def _text(self, entry: Entry, zone: str, detailed: bool, overlaps: bool) -> str:
        if entry.all_day:
            when = all_day()
        elif detailed and entry.end is not None:
            when = tz.format_span(entry.start, entry.end, zone, with_zone=False)[11:]
        else:
            when = tz.format_instant(entry.start, zone, with_zone=False, fmt="%H:%M")
        mark = "‖ " if overlaps else ""
        title = (
            entry.title if detailed else (entry.title[:26] + "…" if len(entry.title) > 27 else entry.title)
        )
        return f"{mark}{when} {self.look.label(entry)}" + (" " if self.one_line else "\n") + title

    def _picked(self, cell: QListWidget) -> None:
        items = cell.selectedItems()
        if not items:
            return
        for other in self.days:
            if other is not cell:
                other.blockSignals(True)
                other.clearSelection()
                other.blockSignals(False)
        self.selected.emit(items[0].data(KEY_ROLE))

    def _activated(self, item: QListWidgetItem) -> None:
        if item.data(KEY_ROLE):
            self.activated.emit(item.data(KEY_ROLE))
        else:  # the day's heading
            self.day_activated.emit(self.day_of(item.listWidget()))

    def select(self, key: str) -> bool:
        for cell in self.days:
            for i in range(cell.count()):
                if cell.item(i).data(KEY_ROLE) == key:
                    cell.setCurrentRow(i)
                    cell.setFocus()
                    return True
        return False

    def shown(self) -> list[tuple[date, str]]:
        """(day, entry key) of every entry shown (tests read them)."""
        return [
            (self.day_of(cell), cell.item(i).data(KEY_ROLE))
            for cell in self.days
            for i in range(cell.count())
            if cell.item(i).data(KEY_ROLE)
        ]

    def cell(self, day: date) -> EntryList:
        return self.days[(day - self.first).days]


class EntryTable(QTableWidget):
    """The list view: one row per entry and day, by time."""

    selected = Signal(object)
    activated = Signal(str)
    nudged = Signal(str, int, int)

    def __init__(self, parent=None):
        super().__init__(0, 7, parent)
        self.setHorizontalHeaderLabels(list_header())
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.itemSelectionChanged.connect(self._picked)
        self.cellDoubleClicked.connect(lambda row, _col: self._activate(row))

    def show_entries(self, entries: list[Entry], zone: str, first: date, last: date, selected=None) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        names = weekday_names()
        for day, day_entries in layout.agenda(entries, zone, first, last):
            for e in day_entries:
                row = self.rowCount()
                self.insertRow(row)
                when = all_day() if e.all_day else tz.format_span(e.start, e.end, zone, with_zone=False)[11:]
                values = [
                    f"{day.isoformat()} {names[day.weekday()]}",
                    when,
                    e.kind.label,
                    e.title,
                    e.channel,
                    e.owner,
                    e.state,
                ]
                for col, value in enumerate(values):
                    item = QTableWidgetItem(value)
                    item.setData(KEY_ROLE, e.key)
                    item.setToolTip(tooltip(e, zone))
                    if col == 2:
                        item.setForeground(QBrush(QColor(KIND_COLOURS[e.kind])))
                    self.setItem(row, col, item)
                if e.key == selected:
                    self.selectRow(row)
        self.resizeColumnsToContents()
        self.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.blockSignals(False)

    def key_at(self, row: int) -> str | None:
        item = self.item(row, 0)
        return item.data(KEY_ROLE) if item else None

    def _picked(self) -> None:
        rows = self.selectionModel().selectedRows()
        self.selected.emit(self.key_at(rows[0].row()) if rows else None)

    def _activate(self, row: int) -> None:
        key = self.key_at(row)
        if key:
            self.activated.emit(key)

    def select(self, key: str) -> bool:
        for row in range(self.rowCount()):
            if self.key_at(row) == key:
                self.selectRow(row)
                self.setFocus()
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = nudge_of(event)
        key = self.key_at(self.currentRow()) if self.currentRow() >= 0 else None
        if step is not None and key:
            self.nudged.emit(key, *step)
            event.accept()
            return
        super().keyPressEvent(event)
