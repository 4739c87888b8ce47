"""Table models of the Events pane: the events, and one event's invitees with their answers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from commdesk.core import timezones as tz
from commdesk.core.events.records import EventSummary, Invitee, ResponseVia
from commdesk.core.review.workflow import State
from commdesk.ui.common.table_model import RowsTableModel


def review_label(state: str) -> str:
    """The invitation's review state in words ("" when it has none)."""
    return State(state).label if state in State._value2member_map_ else ""


class EventsModel(RowsTableModel):
    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("EventsPane", "When (the event's zone)"),
            QCoreApplication.translate("EventsPane", "Event"),
            QCoreApplication.translate("EventsPane", "Invitation"),
            QCoreApplication.translate("EventsPane", "Invited/yes/in"),
        ]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        e: EventSummary | None = self.row_object(index)
        if e is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                tz.format_span(e.starts_at, e.ends_at, e.zone, with_zone=False),
                e.title,
                review_label(e.review_state),
                f"{e.invited} / {e.accepted} / {e.checked_in}",
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(
                (
                    f"{e.reference} {e.title}",
                    e.when,
                    e.place,
                    QCoreApplication.translate(
                        "EventsPane", "{invited} invited, {accepted} accepted, {checked} checked in"
                    ).format(invited=e.invited, accepted=e.accepted, checked=e.checked_in),
                )
            )
        return None


class InviteesModel(RowsTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.zone = "UTC"

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("EventsPane", "Name"),
            QCoreApplication.translate("EventsPane", "Outlet"),
            QCoreApplication.translate("EventsPane", "Answer"),
            QCoreApplication.translate("EventsPane", "Bringing"),
            QCoreApplication.translate("EventsPane", "Invitation"),
            QCoreApplication.translate("EventsPane", "Checked in"),
        ]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        i: Invitee | None = self.row_object(index)
        if i is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == 0:
                return i.name
            if col == 1:
                return i.outlet
            if col == 2:
                via = ResponseVia(i.response_via).label if i.response_via else ""
                return f"{i.status.label} ({via})" if via else i.status.label
            if col == 3:
                return str(i.plus_ones) if i.plus_ones else ""
            if col == 4:
                return (
                    QCoreApplication.translate("EventsPane", "queued {time}").format(
                        time=tz.format_instant(i.invited_at, self.zone, with_zone=False)
                    )
                    if i.invited_at
                    else QCoreApplication.translate("EventsPane", "not yet sent")
                )
            return (
                tz.format_instant(i.checked_in_at, self.zone, with_zone=False, fmt="%H:%M")
                if i.checked_in
                else ""
            )
        if role == Qt.ItemDataRole.ToolTipRole and i.note:
            return i.note
        return None
