"""The posts calendar: a week (one row) or a month (six rows) of days, each day listing its posts by
time with their account and review state, and beside each week how every account's count measures
against its weekly target (SM-2): below or above it in colour, the sentence that explains it in the
tooltip."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QByteArray, QMimeData, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from commdesk.core import timezones as tz
from commdesk.core.publishing.cadence import Cadence, WeekCadence
from commdesk.core.review.workflow import State
from commdesk.services.publishing.posts import PostSummary

STATE_COLOURS = {
    State.PUBLISHED: "#2e7d32",
    State.APPROVED: "#1565c0",
    State.IN_REVIEW: "#b35900",
    State.RETURNED: "#c62828",
}
CADENCE_COLOURS = {Cadence.BELOW: "#c62828", Cadence.ABOVE: "#b35900", Cadence.WITHIN: "#2e7d32"}


#: The drag's payload: a post's id (between the days of the calendar only).
POST_MIME = "application/x-commdesk-post-id"


class DayList(QListWidget):
    """One day's posts; a post can be dragged to another day (``dropped``: re-plan it there)."""

    dropped = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def mimeTypes(self) -> list[str]:
        return [POST_MIME]

    def mimeData(self, items) -> QMimeData:
        data = QMimeData()
        ids = [
            i.data(Qt.ItemDataRole.UserRole) for i in items if i.data(Qt.ItemDataRole.UserRole) is not None
        ]
        if ids:
            data.setData(POST_MIME, QByteArray(str(ids[0]).encode()))
        return data

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(POST_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(POST_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        """The calendar is reloaded from the service after the re-plan: no item is moved here."""
        raw = (
            bytes(event.mimeData().data(POST_MIME).data()).decode()
            if event.mimeData().hasFormat(POST_MIME)
            else ""
        )
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if raw.isdigit():
            self.dropped.emit(int(raw))


class PostCalendar(QWidget):
    """``weeks`` rows of seven days from ``first`` (a Monday), plus the cadence column."""

    post_selected = Signal(object)  # post id or None
    post_dropped = Signal(int, object)  # post id, the day it was dragged to (re-plan)
    post_activated = Signal(int)
    day_activated = Signal(object)  # a date: a new post on it

    def __init__(self, weeks: int, parent=None):
        super().__init__(parent)
        self.weeks = weeks
        self.first = date(2000, 1, 3)  # a Monday; show_posts sets the real one before anything shows
        self.month: int | None = None
        self.grid = QGridLayout(self)
        self.grid.setSpacing(2)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.headers: list[QLabel] = []
        for col in range(8):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(label, 0, col)
            self.headers.append(label)
        self.days: list[QListWidget] = []
        self.cadence_labels: list[QLabel] = []
        for row in range(weeks):
            for col in range(7):
                cell = DayList()
                cell.dropped.connect(lambda pid, c=cell: self.post_dropped.emit(pid, self.day_of(c)))
                cell.setObjectName("calendarDay")
                cell.setWordWrap(weeks == 1)  # a month's day: one line a post, cut at the cell's edge
                cell.setTextElideMode(Qt.TextElideMode.ElideRight)
                cell.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
                cell.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
                cell.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
                cell.itemSelectionChanged.connect(lambda c=cell: self._picked(c))
                cell.itemDoubleClicked.connect(self._activated)
                cell.setMinimumWidth(96)
                self.grid.addWidget(cell, row + 1, col)
                self.days.append(cell)
            label = QLabel()
            label.setObjectName("weekCadence")
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setMinimumWidth(150)
            self.grid.addWidget(label, row + 1, 7)
            self.cadence_labels.append(label)
        for col in range(7):
            self.grid.setColumnStretch(col, 3)
        self.grid.setColumnStretch(7, 2)
        self._names()

    def _names(self) -> None:
        names = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
            self.tr("Posts a week"),
        ]
        for label, text in zip(self.headers, names, strict=True):
            label.setText(f"<b>{text}</b>")

    def day_of(self, cell: QListWidget) -> date:
        return self.first + timedelta(days=self.days.index(cell))

    def show_posts(
        self,
        first: date,
        posts: list[PostSummary],
        weeks: list[WeekCadence],
        zone: str,
        month: int | None = None,
        selected: int | None = None,
    ) -> None:
        """Show the days from ``first`` with their posts (each on the day of its time in ``zone``),
        and each week's cadence; days outside ``month`` (a month view) are greyed."""
        self.first, self.month = first, month
        by_day: dict[date, list[PostSummary]] = {}
        for p in posts:
            by_day.setdefault(tz.to_zone(p.when, zone).date(), []).append(p)
        for i, cell in enumerate(self.days):
            day = first + timedelta(days=i)
            cell.blockSignals(True)
            cell.clear()
            head = QListWidgetItem(day.strftime("%m-%d"))
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not selectable, not greyed
            font = QFont(head.font())
            font.setBold(True)
            head.setFont(font)
            if month is not None and day.month != month:
                head.setForeground(QBrush(QColor("#999999")))
            cell.addItem(head)
            for p in sorted(by_day.get(day, []), key=lambda p: p.when):
                item = QListWidgetItem(self._text(p, zone))
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                state = p.state.label if p.state else ""
                item.setToolTip(f"{p.account} [{state}]\n{p.title}\n{p.text}".strip())
                colour = STATE_COLOURS.get(p.state) if p.state else None
                if colour:
                    item.setForeground(QBrush(QColor(colour)))
                if p.cancelled:
                    f = QFont(item.font())
                    f.setStrikeOut(True)
                    item.setFont(f)
                    item.setForeground(QBrush(QColor("#999999")))
                cell.addItem(item)
                if p.id == selected:
                    item.setSelected(True)
            cell.blockSignals(False)
        for row, label in enumerate(self.cadence_labels):
            monday = first + timedelta(weeks=row)
            mine = [w for w in weeks if w.monday == monday]
            lines, tips = [], []
            for w in mine:
                mark = {Cadence.BELOW: "▼", Cadence.ABOVE: "▲", Cadence.WITHIN: "✓"}[w.status]
                colour = CADENCE_COLOURS[w.status]
                lines.append(f"<span style='color:{colour}'>{mark} {w.count} · {w.account}</span>")
                tips.append(w.explain())
            label.setText("<br>".join(lines))
            label.setToolTip("\n".join(tips))

    def _text(self, p: PostSummary, zone: str) -> str:
        """A week's day: time, platform and state, the headline below. A month's day has the room
        of a line a post (so a busy day shows its posts without scrolling): the same on one line."""
        when = tz.format_instant(p.when, zone, with_zone=False, fmt="%H:%M")
        state = p.state.label if p.state else ""
        platform = p.account.split(" · ")[0]  # the account's name is in the tooltip
        return f"{when} {platform} [{state}]" + ("\n" if self.weeks == 1 else " ") + p.headline(28)

    def _picked(self, cell: QListWidget) -> None:
        items = cell.selectedItems()
        if not items:
            return
        for other in self.days:
            if other is not cell:
                other.blockSignals(True)
                other.clearSelection()
                other.blockSignals(False)
        self.post_selected.emit(items[0].data(Qt.ItemDataRole.UserRole))

    def _activated(self, item: QListWidgetItem) -> None:
        post_id = item.data(Qt.ItemDataRole.UserRole)
        if post_id is not None:
            self.post_activated.emit(post_id)
        else:
            self.day_activated.emit(self.day_of(item.listWidget()))

    def select_post(self, post_id: int) -> bool:
        for cell in self.days:
            for i in range(cell.count()):
                if cell.item(i).data(Qt.ItemDataRole.UserRole) == post_id:
                    cell.setCurrentRow(i)
                    return True
        return False

    def posts_shown(self) -> list[tuple[date, int]]:
        """(day, post id) of every post shown (tests read them)."""
        out = []
        for cell in self.days:
            for i in range(cell.count()):
                pid = cell.item(i).data(Qt.ItemDataRole.UserRole)
                if pid is not None:
                    out.append((self.day_of(cell), pid))
        return out
