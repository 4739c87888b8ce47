"""The case list as a table: filtered and ordered in SQL by ``CaseDeskService``, read a page at a
time as the view scrolls (``canFetchMore`` / ``fetchMore``), so the first rows come from one page
query and a count whatever the number of cases.

The clock column says how much working time is left before the nearest due time, or by how much
it is overdue, in words and in colour (red overdue, amber under two working hours, grey paused);
its tooltip gives the due time in the organisation's zone, named.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from commdesk.core import timezones as tz
from commdesk.core.cases.clocks import format_working_time
from commdesk.services.cases.desk import CaseDeskService, CaseFilter, DeskLine

PAGE = 200
_ROOT = QModelIndex()

(COL_REFERENCE, COL_CLOCK, COL_STATUS, COL_PRIORITY, COL_CHANNEL, COL_CATEGORY, COL_SUMMARY, COL_RAISED,
 COL_OWNER, COL_RECEIVED) = range(10)  # fmt: skip
COLUMN_COUNT = 10

LineRole = Qt.ItemDataRole.UserRole + 1  # the DeskLine
IdRole = Qt.ItemDataRole.UserRole + 2  # the case id
#: working time left under which a clock is shown as due soon
SOON = timedelta(hours=2)
OVERDUE_COLOUR = QColor("#b3261e")
SOON_COLOUR = QColor("#8a5a00")
PAUSED_COLOUR = QColor("#6b6b6b")


def column_title(col: int) -> str:
    return (
        QCoreApplication.translate("CaseTableModel", "Reference"),
        QCoreApplication.translate("CaseTableModel", "Clock"),
        QCoreApplication.translate("CaseTableModel", "Status"),
        QCoreApplication.translate("CaseTableModel", "Priority"),
        QCoreApplication.translate("CaseTableModel", "Channel"),
        QCoreApplication.translate("CaseTableModel", "Category"),
        QCoreApplication.translate("CaseTableModel", "Summary"),
        QCoreApplication.translate("CaseTableModel", "Raised by"),
        QCoreApplication.translate("CaseTableModel", "Owner"),
        QCoreApplication.translate("CaseTableModel", "Received"),
    )[col]


def clock_text(line: DeskLine) -> str:
    """The clock in words: time left, overdue by, paused, or nothing running."""
    if line.paused:
        return QCoreApplication.translate("CaseTableModel", "Paused")
    if line.left is None:
        return "—"
    if line.case.overdue:
        if line.left > -timedelta(minutes=1):
            return QCoreApplication.translate("CaseTableModel", "Overdue")
        return QCoreApplication.translate("CaseTableModel", "Overdue {time}").format(
            time=format_working_time(line.left)
        )
    return QCoreApplication.translate("CaseTableModel", "{time} left").format(
        time=format_working_time(line.left)
    )


def clock_colour(line: DeskLine) -> QColor | None:
    if line.paused:
        return PAUSED_COLOUR
    if line.left is None:
        return None
    if line.case.overdue:
        return OVERDUE_COLOUR
    if line.left < SOON:
        return SOON_COLOUR
    return None


class CaseTableModel(QAbstractTableModel):
    """Rows of ``DeskLine`` from ``CaseDeskService.page(filter, offset, limit)``."""

    def __init__(self, desk: CaseDeskService, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.filter = CaseFilter(open_only=True)
        self.rows: list[DeskLine] = []
        self.total = 0
        self.zone = "UTC"

    # ------------------------------------------------------------------ loading
    def set_filter(self, f: CaseFilter) -> None:
        self.filter = f
        self._reload(PAGE)

    def refresh(self) -> None:
        """Run the query again, keeping as many rows loaded as before."""
        self._reload(max(PAGE, len(self.rows)))

    def _reload(self, limit: int) -> None:
        self.beginResetModel()
        self.zone = self.desk.zone()
        self.total = self.desk.count(self.filter)
        self.rows = self.desk.page(self.filter, 0, min(limit, max(self.total, 1)))
        self.total = max(self.total, len(self.rows)) if len(self.rows) >= limit else len(self.rows)
        self.endResetModel()

    def canFetchMore(self, parent=_ROOT) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent=_ROOT) -> None:
        if parent.isValid() or len(self.rows) >= self.total:
            return
        page = self.desk.page(self.filter, len(self.rows), PAGE)
        if not page:
            self.total = len(self.rows)
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()

    # ------------------------------------------------------------------ lookups
    def line(self, row: int) -> DeskLine | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, case_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == case_id), -1)

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == COL_RECEIVED:
                return f"{column_title(section)} ({self.zone})"
            return column_title(section)
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_CLOCK:
            return QCoreApplication.translate(
                "CaseTableModel", "Working time left before the nearest clock runs out (zone: {zone})"
            ).format(zone=self.zone)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def display(self, line: DeskLine, col: int) -> str:
        c = line.case
        if col == COL_REFERENCE:
            return c.reference
        if col == COL_CLOCK:
            return clock_text(line)
        if col == COL_STATUS:
            return c.status.label
        if col == COL_PRIORITY:
            return c.priority.label
        if col == COL_CHANNEL:
            return c.channel.label
        if col == COL_CATEGORY:
            return c.category
        if col == COL_SUMMARY:
            return c.summary.splitlines()[0] if c.summary else ""
        if col == COL_RAISED:
            return c.raised_by or QCoreApplication.translate("CaseTableModel", "anonymous")
        if col == COL_OWNER:
            return c.owner
        if col == COL_RECEIVED:
            return tz.format_instant(c.received_at, self.zone, with_zone=False)
        return ""

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        line = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(line, col)
        if role == LineRole:
            return line
        if role == IdRole:
            return line.id
        if role == Qt.ItemDataRole.ForegroundRole and col in (COL_CLOCK, COL_REFERENCE):
            colour = clock_colour(line)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_CLOCK and line.case.next_due_at is not None:
                return QCoreApplication.translate("CaseTableModel", "{state}; due {due}").format(
                    state=clock_text(line), due=tz.format_instant(line.case.next_due_at, self.zone)
                )
            if col == COL_RECEIVED:
                return tz.format_instant(line.case.received_at, self.zone)
            return self.display(line, col) or None
        if role == Qt.ItemDataRole.AccessibleTextRole and col == COL_CLOCK:
            return clock_text(line)
        return None
