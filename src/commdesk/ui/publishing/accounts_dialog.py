"""The office's accounts on the social platforms: add or change one (platform, name, handle, weekly
target of SM-2) and record its SM-1 check (name, avatar and profile consistent with the brand).
Administrators add the usual platforms here when the list is empty."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from commdesk.core import timezones as tz
from commdesk.core.errors import CommdeskError
from commdesk.services.people import PeopleService
from commdesk.services.publishing.accounts import Account, AccountService
from commdesk.services.settings import SettingsService
from commdesk.ui.common.ask import show_error
from commdesk.ui.publishing.widgets import show_failure


class AccountsDialog(QDialog):
    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.services = services
        self.svc = services.get(AccountService)
        self.zone = services.get(SettingsService).time_zone()
        self.accounts: list[Account] = []
        self.setWindowTitle(self.tr("Social media accounts"))

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Account"),
                self.tr("Posts a week"),
                self.tr("SM-1 check"),
                self.tr("Checked by, when (%1)").replace(
                    "%1", tz.zone_label(services.ctx.clock(), self.zone)
                ),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setTabKeyNavigation(False)
        self.table.itemSelectionChanged.connect(self.show_selected)

        self.standard = QPushButton(self.tr("Add the &usual platforms"))
        self.standard.clicked.connect(self.add_standard)

        edit = QGroupBox(self.tr("Account"))
        form = QFormLayout(edit)
        self.platform = QComboBox()
        self.name = QLineEdit()
        self.handle = QLineEdit()
        self.low, self.high = QSpinBox(), QSpinBox()
        for spin, value in ((self.low, 3), (self.high, 5)):
            spin.setRange(0, 50)
            spin.setValue(value)
        target = QHBoxLayout()
        target.addWidget(self.low)
        target.addWidget(QLabel("–"))
        target.addWidget(self.high)
        target.addStretch(1)
        for text, widget in (
            (self.tr("&Platform:"), self.platform),
            (self.tr("&Name:"), self.name),
            (self.tr("&Handle:"), self.handle),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        target_label = QLabel(self.tr("Posts a &week (SM-2):"))
        target_label.setBuddy(self.low)
        form.addRow(target_label, target)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("A&dd as new"))
        self.add_button.clicked.connect(lambda: self.save(new=True))
        self.save_button = QPushButton(self.tr("&Save changes"))
        self.save_button.clicked.connect(lambda: self.save(new=False))
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        form.addRow("", buttons)

        check = QGroupBox(self.tr("Brand check (SM-1)"))
        cv = QVBoxLayout(check)
        self.name_ok = QCheckBox(self.tr("Na&me as the brand's"))
        self.avatar_ok = QCheckBox(self.tr("A&vatar is the current logo"))
        self.profile_ok = QCheckBox(self.tr("Pro&file text matches"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What was checked or is to be fixed"))
        self.record = QPushButton(self.tr("&Record check"))
        self.record.clicked.connect(self.record_check)
        for w in (self.name_ok, self.avatar_ok, self.profile_ok, self.note, self.record):
            cv.addWidget(w)

        side = QVBoxLayout()
        side.addWidget(edit)
        side.addWidget(check)
        side.addStretch(1)
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.standard)
        body.addLayout(left, 3)
        body.addLayout(side, 2)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(box)
        self.resize(900, 520)
        self.refresh()

    def refresh(self) -> None:
        platforms = self.svc.platforms()
        current = self.platform.currentData()
        self.platform.clear()
        for p in platforms:
            self.platform.addItem(p.name(), p.id)
        if current is not None:
            self.platform.setCurrentIndex(max(0, self.platform.findData(current)))
        self.accounts = self.svc.accounts(include_inactive=True)
        names = {p.id: p.name for p in self.services.get(PeopleService).list(include_inactive=True)}
        self.table.setRowCount(len(self.accounts))
        for row, a in enumerate(self.accounts):
            checked = ""
            if a.checked_at is not None:
                when = tz.format_instant(a.checked_at, self.zone, with_zone=False)
                checked = f"{names.get(a.checked_by, '-') if a.checked_by is not None else '-'} · {when}"
            cells = [a.label(), f"{a.target_min}–{a.target_max}", a.sm1_status(), checked]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        admin_why = self.svc.may_keep_platforms()
        self.standard.setVisible(not platforms or len(platforms) < 6)
        self.standard.setEnabled(not admin_why)
        self.standard.setToolTip(admin_why)
        self.show_selected()

    def selected(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows()
        return self.accounts[rows[0].row()] if rows else None

    def show_selected(self) -> None:
        a = self.selected()
        why = self.svc.may_write()
        self.save_button.setEnabled(a is not None and not why)
        self.record.setEnabled(a is not None and not why)
        self.add_button.setEnabled(self.platform.count() > 0 and not why)
        for b in (self.save_button, self.record, self.add_button):
            b.setToolTip(why)
        if a is None:
            return
        self.platform.setCurrentIndex(max(0, self.platform.findData(a.platform.id)))
        self.name.setText(a.name)
        self.handle.setText(a.handle)
        self.low.setValue(a.target_min)
        self.high.setValue(a.target_max)
        self.name_ok.setChecked(a.name_consistent)
        self.avatar_ok.setChecked(a.avatar_consistent)
        self.profile_ok.setChecked(a.profile_consistent)
        self.note.setText(a.check_note)

    def add_standard(self) -> None:
        try:
            self.svc.add_standard_platforms()
        except CommdeskError as exc:
            show_error(self, self.tr("The platforms cannot be added"), exc)
        self.refresh()

    def save(self, new: bool) -> None:
        a = None if new else self.selected()
        try:
            saved = self.svc.save_account(
                self.platform.currentData(),
                self.name.text(),
                handle=self.handle.text(),
                target_min=self.low.value(),
                target_max=self.high.value(),
                account_id=a.id if a else None,
                expected_version=a.version if a else None,
            )
        except CommdeskError as exc:
            if show_failure(self, self.tr("The account cannot be saved"), exc):
                self.refresh()
            return
        self.refresh()
        self._select(saved.id)

    def record_check(self) -> None:
        a = self.selected()
        if a is None:
            return
        try:
            self.svc.check_identity(
                a.id,
                name=self.name_ok.isChecked(),
                avatar=self.avatar_ok.isChecked(),
                profile=self.profile_ok.isChecked(),
                note=self.note.text(),
                expected_version=a.version,
            )
        except CommdeskError as exc:
            if show_failure(self, self.tr("The check cannot be recorded"), exc):
                self.refresh()
            return
        self.refresh()
        self._select(a.id)

    def _select(self, account_id: int) -> None:
        for row, x in enumerate(self.accounts):
            if x.id == account_id:
                self.table.selectRow(row)
