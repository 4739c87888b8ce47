"""The table of announcements (a small set: sorted in memory)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from commdesk.core import timezones as tz
from commdesk.core.review.workflow import State
from commdesk.services.announcements import Announcement

_Index = QModelIndex | QPersistentModelIndex


class AnnouncementsModel(QAbstractTableModel):
    SUBJECT, STATE, AUDIENCE, OWNER, SENT = range(5)

    def __init__(self, zone: str, parent=None):
        super().__init__(parent)
        self.zone = zone
        self.rows: list[Announcement] = []

    def set_rows(self, rows: list[Announcement]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Subject"),
            self.tr("State"),
            self.tr("Audience"),
            self.tr("Owner"),
            self.tr("Sent / planned"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        a = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == self.SUBJECT:
                return ("【重要通知】" if a.priority.value == "important" else "") + a.subject
            if col == self.STATE:
                return a.state.label
            if col == self.AUDIENCE:
                return a.audience
            if col == self.OWNER:
                return a.owner_name
            if col == self.SENT:
                return self.when(a)
        if role == Qt.ItemDataRole.UserRole:
            return a.id
        return None

    def when(self, a: Announcement) -> str:
        """When it was sent, only while it stands as sent: one edited after its send is reviewed again
        and its copies not yet out are held, so it is no longer "sent" at that time; else when it
        is planned to go."""
        if a.sent_at is not None and a.state is State.SENT:
            return tz.format_instant(a.sent_at, self.zone, with_zone=False)
        if a.planned_at is not None and a.sent_at is None:
            return self.tr("planned {time}").format(
                time=tz.format_instant(a.planned_at, self.zone, with_zone=False)
            )
        return ""
