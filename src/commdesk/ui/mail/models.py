"""The outbox as a table: one row per message, filtered by status in SQL (the service)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from commdesk.core import timezones as tz
from commdesk.services.mail.outbox import FAILED, HELD, SENT, OutboxItem

STATUS, SUBJECT, RECIPIENTS, KIND, QUEUED_AT, WHEN, ATTEMPTS = range(7)
ItemRole = Qt.ItemDataRole.UserRole + 1


def kind_label(kind: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "mail": QCoreApplication.translate("OutboxModel", "mail"),
        "invitation": QCoreApplication.translate("OutboxModel", "invitation"),
        "minutes": QCoreApplication.translate("OutboxModel", "minutes"),
        "release": QCoreApplication.translate("OutboxModel", "press release"),
        "announcement": QCoreApplication.translate("OutboxModel", "announcement"),
        "event_invitation": QCoreApplication.translate("OutboxModel", "event invitation"),
        "procedure": QCoreApplication.translate("OutboxModel", "procedure version"),
        "post": QCoreApplication.translate("OutboxModel", "social post"),
    }.get(kind, kind)


def when_text(dt, zone=None, with_zone: bool = False) -> str:
    """A time in the organisation's zone (``zone``; the computer's when not given), never the process's,
    written as every other pane writes it (``2026-12-05 20:51``; with ``with_zone`` the zone named)."""
    if dt is None:
        return ""
    return tz.format_instant(dt, zone or tz.system_zone_name(), with_zone=with_zone)


class OutboxTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[OutboxItem] = []
        self.zone = None  # the organisation's zone (the pane sets it)

    def set_items(self, items: list[OutboxItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 7

    def zone_name(self) -> str:
        return getattr(self.zone, "key", None) or (str(self.zone) if self.zone else tz.system_zone_name())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section in (QUEUED_AT, WHEN):
            return self.tr("Times in the organisation's zone: {zone}").format(
                zone=tz.zone_label(None, self.zone_name())
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section in (QUEUED_AT, WHEN):  # the times name their zone
            label = self.tr("Queued") if section == QUEUED_AT else self.tr("Sent / next try")
            return self.tr("{column} ({zone})").format(column=label, zone=self.zone_name())
        return [
            self.tr("Status"),
            self.tr("Subject"),
            self.tr("Recipients"),
            self.tr("Kind"),
            self.tr("Queued"),
            self.tr("Sent / next try"),
            self.tr("Attempts"),
        ][section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        col = index.column()
        if role == ItemRole:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            if col == STATUS:
                return self.status_text(item)
            if col == SUBJECT:
                return item.subject
            if col == RECIPIENTS:
                extra = len(item.recipients) - 2
                return ", ".join(item.recipients[:2]) + (self.tr(" +%n more", "", extra) if extra > 0 else "")
            if col == KIND:
                return kind_label(item.kind)
            if col == QUEUED_AT:
                return when_text(item.queued_at, self.zone)
            if col == WHEN:
                return when_text(item.sent_at if item.status == SENT else item.next_attempt_at, self.zone)
            if col == ATTEMPTS:
                return item.attempts
        if role == Qt.ItemDataRole.ToolTipRole:
            if col in (STATUS, SUBJECT) and (item.held_text or item.last_error):
                return item.held_text or item.last_error
            if col == SUBJECT:
                return item.subject or None  # elided in the column: the whole subject here
            if col == QUEUED_AT:
                return when_text(item.queued_at, self.zone, with_zone=True) or None
            if col == WHEN:
                return (
                    when_text(
                        item.sent_at if item.status == SENT else item.next_attempt_at,
                        self.zone,
                        with_zone=True,
                    )
                    or None
                )
            if col == RECIPIENTS and len(item.recipients) > 2:
                return "\n".join(item.recipients[:50]) + ("\n…" if len(item.recipients) > 50 else "")
            return None
        if role == Qt.ItemDataRole.ForegroundRole and col == STATUS:
            if item.status in (FAILED, HELD):
                return QColor("#b3261e")
            if item.status == SENT:
                return QColor("#1e6b35")
        return None

    def status_text(self, item: OutboxItem) -> str:
        return item.status_text  # the same words as the CLI, Home and the history
