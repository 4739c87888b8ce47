"""Table models of the staff pane: members, one member's subscriptions, lists, hygiene lines."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from commdesk.core import timezones as tz
from commdesk.core.staff.records import SubscriptionStatus
from commdesk.services.staff.service import HygieneLine, StaffList, StaffMember, StaffSubscription
from commdesk.ui.common.table_model import RowsTableModel


def when(moment, zone: str) -> str:
    """An instant as the organisation's clock shows it (the header names the zone)."""
    return tz.format_instant(moment, zone, with_zone=False) if moment is not None else ""


def since_header(zone: str) -> str:
    return QCoreApplication.translate("StaffPane", "Since ({zone})").format(zone=zone)


class MembersModel(RowsTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.list_names: dict[int, str] = {}

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("StaffPane", "Name"),
            QCoreApplication.translate("StaffPane", "E-mail"),
            QCoreApplication.translate("StaffPane", "Department"),
            QCoreApplication.translate("StaffPane", "Lists"),
            QCoreApplication.translate("StaffPane", "Active"),
        ]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        m: StaffMember | None = self.row_object(index)
        if m is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == 0:
            return m.name
        if col == 1:
            return m.email
        if col == 2:
            return m.department
        if col == 3:
            return "; ".join(
                f"{self.list_names.get(s.list_id, s.list_id)}: {s.status.label}" for s in m.subscriptions
            )
        return (
            QCoreApplication.translate("StaffPane", "yes")
            if m.active
            else QCoreApplication.translate("StaffPane", "no (left)")
        )


class SubscriptionsModel(RowsTableModel):
    def __init__(self, parent=None, zone: str = "UTC"):
        super().__init__(parent)
        self.list_names: dict[int, str] = {}
        self.zone = zone

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("StaffPane", "List"),
            QCoreApplication.translate("StaffPane", "Status"),
            since_header(self.zone),
            QCoreApplication.translate("StaffPane", "How"),
        ]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        s: StaffSubscription | None = self.row_object(index)
        if s is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.list_names.get(s.list_id, str(s.list_id)),
                s.status.label,
                when(s.changed_at, self.zone),
                s.how.label,
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and s.status.ended:
            return QCoreApplication.translate(
                "StaffPane",
                "Not sent anything from this list; only an administrator on purpose puts them back.",
            )
        return None


class ListsModel(RowsTableModel):
    def __init__(self, lang: str = "zh", parent=None):
        super().__init__(parent)
        self.lang = lang

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("StaffPane", "List"),
            QCoreApplication.translate("StaffPane", "Double opt-in"),
            QCoreApplication.translate("StaffPane", "Frequency cap"),
            QCoreApplication.translate("StaffPane", "Subscribed"),
            QCoreApplication.translate("StaffPane", "Waiting"),
            QCoreApplication.translate("StaffPane", "Unsubscribed"),
            QCoreApplication.translate("StaffPane", "Bounced"),
            QCoreApplication.translate("StaffPane", "In use"),
        ]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        lst: StaffList | None = self.row_object(index)
        if lst is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == 0:
            return lst.name(self.lang)
        if col == 1:
            return (
                QCoreApplication.translate("StaffPane", "yes")
                if lst.double_opt_in
                else QCoreApplication.translate("StaffPane", "no")
            )
        if col == 2:
            return cap_text(lst)
        if 3 <= col <= 6:
            status = (
                SubscriptionStatus.SUBSCRIBED,
                SubscriptionStatus.PENDING,
                SubscriptionStatus.UNSUBSCRIBED,
                SubscriptionStatus.BOUNCED,
            )[col - 3]
            return lst.count(status)
        return (
            QCoreApplication.translate("StaffPane", "yes")
            if lst.active
            else QCoreApplication.translate("StaffPane", "no")
        )


def cap_text(lst: StaffList) -> str:
    if lst.cap_count is None:
        return QCoreApplication.translate("StaffPane", "no cap")
    return QCoreApplication.translate("StaffPane", "at most {count} in {days} days").format(
        count=lst.cap_count, days=lst.cap_days
    )


class HygieneModel(RowsTableModel):
    def __init__(self, parent=None, zone: str = "UTC"):
        super().__init__(parent)
        self.zone = zone

    def headers(self) -> list[str]:
        return [
            QCoreApplication.translate("StaffPane", "Problem"),
            QCoreApplication.translate("StaffPane", "Name"),
            QCoreApplication.translate("StaffPane", "E-mail"),
            QCoreApplication.translate("StaffPane", "Department"),
            QCoreApplication.translate("StaffPane", "Lists"),
            since_header(self.zone),
        ]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        line: HygieneLine | None = self.row_object(index)
        if line is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        problem = (
            QCoreApplication.translate("StaffPane", "bounced")
            if line.problem == "bounced"
            else QCoreApplication.translate("StaffPane", "long inactive")
        )
        return (problem, line.name, line.email, line.department, line.lists, when(line.since, self.zone))[
            index.column()
        ]
