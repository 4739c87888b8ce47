"""Table models of the meetings pane: meetings and action items (small in-memory sets)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor

from commdesk.core import timezones as tz
from commdesk.core.meetings.model import MeetingKind, MinutesState
from commdesk.ui.common.table_model import RowsTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MeetingTableModel(RowsTableModel):
    START, TOPIC, KIND, PLACE, MINUTES = range(5)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("MeetingsModels", "Start"),
            QCoreApplication.translate("MeetingsModels", "Topic"),
            QCoreApplication.translate("MeetingsModels", "Kind"),
            QCoreApplication.translate("MeetingsModels", "Place or link"),
            QCoreApplication.translate("MeetingsModels", "Minutes"),
        ]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        m = self.rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return m.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.START:
                if not m.start:
                    return "—"
                # In the meeting's own zone, which the text names by its offset (the tooltip in full).
                local = tz.to_zone(m.start, m.tz)
                day = QLocale().dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
                offset = tz.offset_label(m.start, m.tz)
                return f"{local:%Y-%m-%d} {day} {local:%H:%M} ({offset})"  # weekday in the interface language
            if col == self.TOPIC:
                return m.topic + (
                    " " + QCoreApplication.translate("MeetingsModels", "(cancelled)") if m.cancelled else ""
                )
            if col == self.KIND:
                return MeetingKind(m.kind).label
            if col == self.PLACE:
                return m.place
            if col == self.MINUTES:
                state = MinutesState(m.minutes_state).label if m.minutes_state else ""
                due = m.minutes_due.label if m.minutes_due.value in ("due", "late") else ""
                unsure = "⚠" if m.calendar_warning and m.minutes_due.value in ("due", "late") else ""
                return " · ".join(x for x in (state, due, unsure) if x)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.START and m.start:
            return tz.format_span(m.start, m.end, m.tz)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.MINUTES and m.minutes_due_at is not None:
            text = QCoreApplication.translate("MeetingsModels", "Minutes due by {due} (PC-5).").format(
                due=tz.format_instant(m.minutes_due_at, m.tz)
            )
            return text + ("\n" + m.calendar_warning if m.calendar_warning else "")
        if role == Qt.ItemDataRole.ForegroundRole:
            if m.cancelled:
                return QBrush(QColor("#888888"))
            if col == self.MINUTES and m.minutes_due.value == "late":
                return QBrush(QColor("#b3261e"))
        return None


class ActionTableModel(RowsTableModel):
    DEADLINE, DESCRIPTION, OWNER, STATUS, MEETING = range(5)

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("MeetingsModels", "Deadline"),
            QCoreApplication.translate("MeetingsModels", "Action"),
            QCoreApplication.translate("MeetingsModels", "Owner"),
            QCoreApplication.translate("MeetingsModels", "Status"),
            QCoreApplication.translate("MeetingsModels", "Meeting"),
        ]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        v = self.rows[index.row()]
        a, col = v.action, index.column()
        if role == ID_ROLE:
            return v.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.DEADLINE:
                return a.deadline.isoformat() if a.deadline else "—"
            if col == self.DESCRIPTION:
                if not a.note:
                    return a.description
                return QCoreApplication.translate("MeetingsModels", "{description} ({note})").format(
                    description=a.description, note=a.note
                )
            if col == self.OWNER:
                return a.owner_name
            if col == self.STATUS:
                return a.status.label + (
                    " · " + QCoreApplication.translate("MeetingsModels", "overdue") if v.overdue else ""
                )
            if col == self.MEETING:
                return v.meeting_topic
        if role == Qt.ItemDataRole.ForegroundRole and v.overdue:
            return QBrush(QColor("#b3261e"))
        return None
