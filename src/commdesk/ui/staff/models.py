"""Table models of the staff pane: members, one member's subscriptions, lists, hygiene lines."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from commdesk.core.staff.records import SubscriptionStatus
from commdesk.services.staff.service import HygieneLine, StaffList, StaffMember, StaffSubscription
from commdesk.ui.common.table_model import RowsTableModel


def tr(text: str) -> str:
    return QCoreApplication.translate("StaffPane", text)


def when(moment) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment is not None else ""


class MembersModel(RowsTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.list_names: dict[int, str] = {}

    def headers(self) -> list[str]:
        return [tr("Name"), tr("E-mail"), tr("Department"), tr("Lists"), tr("Active")]

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
        return tr("yes") if m.active else tr("no (left)")


class SubscriptionsModel(RowsTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.list_names: dict[int, str] = {}

    def headers(self) -> list[str]:
        return [tr("List"), tr("Status"), tr("Since (UTC)"), tr("How")]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        s: StaffSubscription | None = self.row_object(index)
        if s is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.list_names.get(s.list_id, str(s.list_id)),
                s.status.label,
                when(s.changed_at),
                s.how.label,
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and s.status.ended:
            return tr("Not sent anything from this list; only an administrator on purpose puts them back.")
        return None


class ListsModel(RowsTableModel):
    def __init__(self, lang: str = "zh", parent=None):
        super().__init__(parent)
        self.lang = lang

    def headers(self) -> list[str]:
        return [
            tr("List"),
            tr("Double opt-in"),
            tr("Frequency cap"),
            tr("Subscribed"),
            tr("Waiting"),
            tr("Unsubscribed"),
            tr("Bounced"),
            tr("In use"),
        ]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        lst: StaffList | None = self.row_object(index)
        if lst is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == 0:
            return lst.name(self.lang)
        if col == 1:
            return tr("yes") if lst.double_opt_in else tr("no")
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
        return tr("yes") if lst.active else tr("no")


def cap_text(lst: StaffList) -> str:
    if lst.cap_count is None:
        return tr("no cap")
    return tr("at most {count} in {days} days").format(count=lst.cap_count, days=lst.cap_days)


class HygieneModel(RowsTableModel):
    def headers(self) -> list[str]:
        return [tr("Problem"), tr("Name"), tr("E-mail"), tr("Department"), tr("Lists"), tr("Since (UTC)")]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        line: HygieneLine | None = self.row_object(index)
        if line is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        problem = tr("bounced") if line.problem == "bounced" else tr("long inactive")
        return (problem, line.name, line.email, line.department, line.lists, when(line.since))[index.column()]
