"""The staff directory pane: members (search; filter by list, subscription status, department) with
the chosen member's subscriptions; the subscription lists (administrators edit, officers read with
the reason); the import; the list-hygiene report with its CSV export."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commdesk.core.errors import CommdeskError
from commdesk.core.i18n import language
from commdesk.core.staff.records import SubscriptionStatus
from commdesk.services.settings import SettingsService
from commdesk.services.staff.service import StaffList, StaffMember, StaffService, StaffSubscription
from commdesk.ui.common.ask import ask, confirm, show_error
from commdesk.ui.common.export import default_folder
from commdesk.ui.common.pane import Pane
from commdesk.ui.common.rows_view import buddy_label, rows_table
from commdesk.ui.staff.models import HygieneModel, ListsModel, MembersModel, SubscriptionsModel

STAFF_TABLES = frozenset(
    {"staff_members", "staff_lists", "staff_subscriptions", "staff_activity", "staff_deliveries"}
)


class StaffPane(Pane):
    tables: ClassVar[frozenset[str]] = STAFF_TABLES

    def __init__(self, services, parent=None):
        super().__init__(services, parent)
        self.staff = services.get(StaffService)
        self.lang = language()
        self.zone = services.get(SettingsService).time_zone()  # subscription times on its clock
        self._lists: list[StaffList] = []
        self._members: list[StaffMember] = []
        self.tabs = QTabWidget()
        self.tabs.addTab(self._members_tab(), self.tr("Members"))
        self.tabs.addTab(self._lists_tab(), self.tr("Subscription lists"))
        self.tabs.addTab(self._hygiene_tab(), self.tr("List hygiene"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs)
        self.refresh_permissions()
        self.refresh()

    # ------------------------------------------------------------------------------ building
    def _members_tab(self) -> QWidget:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, e-mail or department"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_members)
        self.list_filter = QComboBox()
        self.list_filter.currentIndexChanged.connect(self._reload_members)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in SubscriptionStatus:
            self.status_filter.addItem(status.label, status.value)
        self.status_filter.currentIndexChanged.connect(self._reload_members)
        self.department_filter = QComboBox()
        self.department_filter.currentIndexChanged.connect(self._filter_members)
        filters = QHBoxLayout()
        for text, widget, stretch in (
            (self.tr("&Search:"), self.search, 2),
            (self.tr("&List:"), self.list_filter, 1),
            (self.tr("S&tatus:"), self.status_filter, 1),
            (self.tr("&Department:"), self.department_filter, 1),
        ):
            filters.addWidget(buddy_label(text, widget))
            filters.addWidget(widget, stretch)
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.clicked.connect(self.import_file)
        filters.addWidget(self.import_button)

        self.members_model = MembersModel(self)
        self.members_view = rows_table(self.members_model, self.tr("Staff members"))
        header = self.members_view.horizontalHeader()
        header.setStretchLastSection(False)
        for col, width in ((0, 130), (1, 240), (2, 130), (4, 90)):
            self.members_view.setColumnWidth(col, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)  # the lists: the longest text
        self.members_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_member())

        self.member_title = QLabel()
        self.subs_model = SubscriptionsModel(self, self.zone)
        self.subs_view = rows_table(self.subs_model, self.tr("Subscriptions of the member"))
        for col, width in ((0, 170), (1, 150), (2, 130)):
            self.subs_view.setColumnWidth(col, width)
        self.subs_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.unsubscribe_button = QPushButton(self.tr("&Unsubscribe"))
        self.unsubscribe_button.clicked.connect(self.unsubscribe)
        self.resubscribe_button = QPushButton(self.tr("&Resubscribe"))
        self.resubscribe_button.clicked.connect(self.resubscribe)
        self.subscribe_list = QComboBox()
        self.subscribe_button = QPushButton(self.tr("Add to &another list"))
        self.subscribe_button.clicked.connect(self.subscribe_to)
        self.count_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.unsubscribe_button)
        buttons.addWidget(self.resubscribe_button)
        buttons.addStretch(1)
        buttons.addWidget(self.subscribe_list)
        buttons.addWidget(self.subscribe_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.member_title)
        lower_layout.addWidget(self.subs_view, 1)
        lower_layout.addLayout(buttons)

        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.members_view, 1)
        top_layout.addWidget(self.count_label)
        split.addWidget(top)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        return page

    def _lists_tab(self) -> QWidget:
        self.lists_model = ListsModel(self.lang, self)
        self.lists_view = rows_table(self.lists_model, self.tr("Subscription lists"))
        self.lists_view.setColumnWidth(0, 200)
        self.lists_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_list())
        self.lists_reason = QLabel()
        self.lists_reason.setWordWrap(True)
        self.lists_reason.hide()

        self.list_box = QGroupBox(self.tr("The list"))
        self.name_zh = QLineEdit()
        self.name_en = QLineEdit()
        self.description = QLineEdit()
        self.double_opt_in = QCheckBox(
            self.tr("&Double opt-in: members confirm by mail before they get anything")
        )
        self.cap_count = QSpinBox()
        self.cap_count.setRange(0, 1000)
        self.cap_count.setSpecialValueText(self.tr("no cap"))
        self.cap_days = QSpinBox()
        self.cap_days.setRange(1, 365)
        self.cap_days.setSuffix(self.tr(" days"))
        self.list_active = QCheckBox(self.tr("In &use"))
        cap = QHBoxLayout()
        cap.addWidget(self.cap_count)
        cap.addWidget(buddy_label(self.tr("mails &within"), self.cap_days))
        cap.addWidget(self.cap_days)
        cap.addStretch(1)
        form = QFormLayout(self.list_box)
        form.addRow(buddy_label(self.tr("Name (&Chinese):"), self.name_zh), self.name_zh)
        form.addRow(buddy_label(self.tr("Name (En&glish):"), self.name_en), self.name_en)
        form.addRow(buddy_label(self.tr("Descri&ption:"), self.description), self.description)
        form.addRow("", self.double_opt_in)
        form.addRow(buddy_label(self.tr("Fre&quency cap:"), self.cap_count), cap)
        form.addRow("", self.list_active)
        self.save_list_button = QPushButton(self.tr("&Save list"))
        self.save_list_button.clicked.connect(self.save_list)
        self.new_list_button = QPushButton(self.tr("&New list"))
        self.new_list_button.clicked.connect(self.new_list)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.new_list_button)
        row.addWidget(self.save_list_button)
        form.addRow(row)
        self._editing_list: StaffList | None = None

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.lists_reason)
        layout.addWidget(self.lists_view, 1)
        layout.addWidget(self.list_box)
        return page

    def _hygiene_tab(self) -> QWidget:
        self.hygiene_model = HygieneModel(self, self.zone)
        self.hygiene_view = rows_table(self.hygiene_model, self.tr("List hygiene"))
        for col, width in ((0, 110), (1, 110), (2, 230), (3, 120), (4, 200)):
            self.hygiene_view.setColumnWidth(col, width)
        self.hygiene_summary = QLabel()
        self.hygiene_summary.setWordWrap(True)
        self.gb18030 = QCheckBox(self.tr("&GB18030 (for older Excel)"))
        self.export_button = QPushButton(self.tr("Export &CSV…"))
        self.export_button.clicked.connect(lambda: self.export_hygiene())
        row = QHBoxLayout()
        row.addWidget(self.hygiene_summary, 1)
        row.addWidget(self.gb18030)
        row.addWidget(self.export_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.hygiene_view, 1)
        return page

    # ------------------------------------------------------------------------------ permissions
    def may_keep(self) -> str:
        return self.staff.may_keep()

    def refresh_permissions(self) -> None:
        reason = self.may_keep()
        read_reason = self.staff.may_read()
        self.notice.setVisible(bool(read_reason))
        self.notice.setText(read_reason)
        self.tabs.setEnabled(not read_reason)
        for button in (
            self.import_button,
            self.subscribe_button,
            self.new_list_button,
            self.save_list_button,
        ):
            button.setEnabled(not reason)
            button.setToolTip(reason)
        for field in (self.name_zh, self.name_en, self.description):
            field.setReadOnly(bool(reason))
        for widget in (self.double_opt_in, self.cap_count, self.cap_days, self.list_active):
            widget.setEnabled(not reason)
        self.subscribe_list.setEnabled(not reason)
        self.lists_reason.setVisible(bool(reason))
        self.lists_reason.setText(self.tr("Read only: {reason}").format(reason=reason) if reason else "")
        self._update_buttons()

    # ------------------------------------------------------------------------------ loading
    def refresh(self) -> None:
        if self.staff.may_read():
            return
        try:
            self._lists = self.staff.lists()
        except CommdeskError as exc:
            self.status_message.emit(str(exc))
            return
        names = {lst.id: lst.name(self.lang) for lst in self._lists}
        self.members_model.list_names = names
        self.subs_model.list_names = names
        self._fill_list_combos()
        self._reload_members()
        keep = self._editing_list.id if self._editing_list else None
        self.lists_model.set_rows(self._lists)
        if keep is not None:
            for r, lst in enumerate(self._lists):
                if lst.id == keep:
                    self.lists_view.selectRow(r)
        self._load_hygiene()

    def _fill_list_combos(self) -> None:
        current = self.list_filter.currentData()
        adding = self.subscribe_list.currentData()
        for combo in (self.list_filter, self.subscribe_list):
            combo.blockSignals(True)
            combo.clear()
        self.list_filter.addItem(self.tr("Any list"), None)
        for lst in self._lists:
            self.list_filter.addItem(lst.name(self.lang), lst.id)
            if lst.active:
                self.subscribe_list.addItem(lst.name(self.lang), lst.id)
        for combo, value in ((self.list_filter, current), (self.subscribe_list, adding)):
            found = combo.findData(value)
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)

    def _reload_members(self) -> None:
        if self.staff.may_read():
            return
        list_id = self.list_filter.currentData()
        chosen = self.status_filter.currentData()
        status = SubscriptionStatus(chosen) if chosen else None
        try:
            self._members = self.staff.members(list_id=list_id, status=status)
        except CommdeskError as exc:
            self.status_message.emit(str(exc))
            return
        departments = sorted({m.department for m in self._members if m.department})
        department_chosen = self.department_filter.currentData()
        self.department_filter.blockSignals(True)
        self.department_filter.clear()
        self.department_filter.addItem(self.tr("Any department"), None)
        for d in departments:
            self.department_filter.addItem(d, d)
        self.department_filter.setCurrentIndex(max(self.department_filter.findData(department_chosen), 0))
        self.department_filter.blockSignals(False)
        self._filter_members()

    def _filter_members(self) -> None:
        shown_id = self.current_member().id if self.current_member() else None
        text = self.search.text().strip().casefold()
        department = self.department_filter.currentData()
        rows = [
            m
            for m in self._members
            if (not department or m.department == department)
            and (not text or any(text in v.casefold() for v in (m.name, m.email, m.department)))
        ]
        self.members_model.set_rows(rows)
        self.count_label.setText(self.tr("%n member(s)", "", len(rows)))
        for r, m in enumerate(rows):
            if m.id == shown_id:
                self.members_view.selectRow(r)
                break
        self._show_member()

    def _load_hygiene(self) -> None:
        try:
            report = self.staff.hygiene()
        except CommdeskError as exc:
            self.status_message.emit(str(exc))
            return
        self.hygiene_model.set_rows(report.lines)
        self.hygiene_summary.setText(
            self.tr("{bounced} bounced, {inactive} without activity for {months} months or more.").format(
                bounced=len(report.bounced), inactive=len(report.inactive), months=report.inactive_months
            )
        )
        self.export_button.setEnabled(bool(report.lines))

    # ------------------------------------------------------------------------------ members
    def current_member(self) -> StaffMember | None:
        return self.members_model.row_object(self.members_view.currentIndex())

    def current_subscription(self) -> StaffSubscription | None:
        return self.subs_model.row_object(self.subs_view.currentIndex())

    def select_member(self, email: str) -> bool:
        for r, m in enumerate(self.members_model.rows):
            if m.email.casefold() == email.casefold():
                self.members_view.selectRow(r)
                return True
        return False

    def _show_member(self) -> None:
        member = self.current_member()
        keep = self.current_subscription().list_id if self.current_subscription() else None
        if member is None:
            self.member_title.setText(self.tr("Choose a member to see their subscriptions."))
            self.subs_model.set_rows([])
        else:
            last = member.last_active_at.strftime("%Y-%m-%d") if member.last_active_at else self.tr("none")
            self.member_title.setText(
                self.tr("Subscriptions of {name} <{email}> (last activity: {last})").format(
                    name=member.name, email=member.email, last=last
                )
            )
            self.subs_model.set_rows(member.subscriptions)
            for r, s in enumerate(member.subscriptions):
                if s.list_id == keep:
                    self.subs_view.selectRow(r)
        self._update_buttons()

    def _update_buttons(self) -> None:
        reason = self.may_keep()
        sub = self.current_subscription()
        member = self.current_member()
        can = not reason and sub is not None
        self.unsubscribe_button.setEnabled(can and sub is not None and not sub.status.ended)
        self.resubscribe_button.setEnabled(can and sub is not None and sub.status.ended)
        self.subscribe_button.setEnabled(
            not reason and member is not None and self.subscribe_list.count() > 0
        )
        for button in (self.unsubscribe_button, self.resubscribe_button):
            button.setToolTip(reason or "")

    def _after_change(self, message: str, email: str) -> None:
        self.refresh()
        self.select_member(email)
        self.status_message.emit(message)

    def unsubscribe(self) -> None:
        member, sub = self.current_member(), self.current_subscription()
        if member is None or sub is None:
            return
        name = self.members_model.list_names.get(sub.list_id, "")
        if not confirm(
            self,
            self.tr("Unsubscribe"),
            self.tr("Take {name} off the list {list}? Nothing from it will be sent to them.").format(
                name=member.name, list=name
            ),
        ):
            return
        try:
            self.staff.unsubscribe(member.id, sub.list_id)
        except CommdeskError as exc:
            show_error(self, self.tr("Unsubscribe"), exc)
            return
        self._after_change(
            self.tr("{name} is unsubscribed from {list}.").format(name=member.name, list=name), member.email
        )

    def resubscribe(self) -> None:
        member, sub = self.current_member(), self.current_subscription()
        if member is None or sub is None:
            return
        self._subscribe(member, sub.list_id, resubscribe=True)

    def subscribe_to(self) -> None:
        member, list_id = self.current_member(), self.subscribe_list.currentData()
        if member is None or list_id is None:
            return
        ended = member.status_on(list_id)
        self._subscribe(member, list_id, resubscribe=bool(ended and ended.ended))

    def _subscribe(self, member: StaffMember, list_id: int, *, resubscribe: bool) -> None:
        name = self.members_model.list_names.get(list_id, "")
        if resubscribe and not confirm(
            self,
            self.tr("Resubscribe"),
            self.tr(
                "{name} left the list {list} (or their mail bounced). Put them back only if they asked "
                "for it or their address was corrected. Resubscribe them?"
            ).format(name=member.name, list=name),
        ):
            return
        try:
            made = self.staff.subscribe(member.id, list_id, resubscribe=resubscribe)
        except CommdeskError as exc:
            show_error(self, self.tr("Subscribe"), exc)
            return
        text = (
            self.tr("{name} is waiting to confirm {list}: a confirmation mail is in the outbox.")
            if made.status is SubscriptionStatus.PENDING
            else self.tr("{name} is subscribed to {list}.")
        )
        self._after_change(text.format(name=member.name, list=name), member.email)

    def import_file(self) -> None:
        from commdesk.ui.staff.import_dialog import StaffImportDialog

        dialog = StaffImportDialog(self.services, self, self.lang)
        dialog.exec()
        self.refresh()

    # ------------------------------------------------------------------------------ lists
    def _show_list(self) -> None:
        lst: StaffList | None = self.lists_model.row_object(self.lists_view.currentIndex())
        self._editing_list = lst
        self.list_box.setTitle(
            self.tr("The list {name}").format(name=lst.name(self.lang)) if lst else self.tr("A new list")
        )
        self.name_zh.setText(lst.name_zh if lst else "")
        self.name_en.setText(lst.name_en if lst else "")
        self.description.setText(lst.description if lst else "")
        self.double_opt_in.setChecked(bool(lst and lst.double_opt_in))
        self.cap_count.setValue(lst.cap_count or 0 if lst else 0)
        self.cap_days.setValue(lst.cap_days if lst else 7)
        self.list_active.setChecked(lst.active if lst else True)

    def new_list(self) -> None:
        self.lists_view.clearSelection()
        self.lists_view.setCurrentIndex(self.lists_model.index(-1, -1))
        self._show_list()
        self.name_zh.setFocus()

    def save_list(self) -> None:
        lst = self._editing_list
        try:
            saved = self.staff.save_list(
                self.name_zh.text(),
                self.name_en.text(),
                description=self.description.text(),
                double_opt_in=self.double_opt_in.isChecked(),
                cap_count=self.cap_count.value() or None,
                cap_days=self.cap_days.value(),
                active=self.list_active.isChecked(),
                list_id=lst.id if lst else None,
                expected_version=lst.version if lst else None,
            )
        except CommdeskError as exc:
            show_error(self, self.tr("The list was not saved"), exc)
            return
        self._editing_list = saved
        self.refresh()
        self.status_message.emit(self.tr("The list {name} is saved.").format(name=saved.name(self.lang)))

    # ------------------------------------------------------------------------------ hygiene
    def export_hygiene(self, path: Path | None = None) -> Path | None:
        encoding = "gb18030" if self.gb18030.isChecked() else "utf-8-sig"
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the list-hygiene report"),
                str(default_folder(self.services) / "staff-hygiene.csv"),
                self.tr("CSV files (*.csv)"),
            )
            if not name:
                return None
            path = Path(name)
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        try:
            self.staff.export_hygiene(path, encoding=encoding)
        except (CommdeskError, OSError) as exc:
            show_error(self, self.tr("The report was not saved"), exc)
            return None
        ask(
            self,
            "info",
            self.tr("List hygiene"),
            self.tr("Saved the report as {path}.").format(path=path),
            QMessageBox.StandardButton.Ok,
        )
        return path
