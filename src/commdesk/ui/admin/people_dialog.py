"""People and roles (administrators add, edit, deactivate); everyone sees the list (CR-2)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commdesk.core.domain.people import Role
from commdesk.core.errors import CommdeskError
from commdesk.services.people import PeopleService
from commdesk.services.settings import SettingsService
from commdesk.ui.admin.person_dialog import PersonDialog
from commdesk.ui.common.ask import confirm, show_error
from commdesk.ui.common.watch import TableWatch


class PeopleDialog(QDialog):
    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.people = services.get(PeopleService)
        self.setWindowTitle(self.tr("People and roles"))
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("E-mail"), self.tr("Department"), self.tr("Roles"), self.tr("Status")]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self.edit)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.toggle_button = QPushButton(self.tr("&Deactivate"))
        self.history_button = QPushButton(self.tr("&History…"))
        self.history_button.clicked.connect(self.history)
        self.pdf_button = QPushButton(self.tr("Export &PDF…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.pdf_button.clicked.connect(self.export_pdf)
        row = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.toggle_button, self.history_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.pdf_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.resize(760, 420)
        # someone else's change (another window, another desk) shows here too
        self.watch = TableWatch(services, self, {"people"}, lambda _tables: self.refresh())
        self.refresh()

    def is_admin(self) -> bool:
        return self.services.person().has(Role.ADMINISTRATOR)

    def refresh(self) -> None:
        self.watch.reloaded()
        self.everyone = self.people.list(include_inactive=True)
        self.table.setRowCount(len(self.everyone))
        for r, p in enumerate(self.everyone):
            status = self.tr("active") if p.active else self.tr("inactive")
            for c, text in enumerate((p.name, p.email, p.department, p.roles_label, status)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                self.table.setItem(r, c, item)
        self._update_buttons()

    def selected(self):
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.everyone[min(rows)] if rows else None

    def _update_buttons(self) -> None:
        admin, sel = self.is_admin(), self.selected()
        me = self.services.person()
        self.add_button.setEnabled(admin)
        self.edit_button.setEnabled(sel is not None and (admin or sel.id == me.id))
        self.toggle_button.setEnabled(admin and sel is not None)
        self.history_button.setEnabled(sel is not None)
        if sel is not None:
            self.toggle_button.setText(self.tr("&Deactivate") if sel.active else self.tr("&Reactivate"))

    def _departments(self):
        return self.services.get(SettingsService).organisation().departments

    def add(self) -> None:
        dlg = PersonDialog(self.people, departments=self._departments(), parent=self)
        if dlg.exec():
            self.refresh()

    def edit(self) -> None:
        sel = self.selected()
        if sel is None:
            return
        dlg = PersonDialog(
            self.people, sel, may_edit_roles=self.is_admin(), departments=self._departments(), parent=self
        )
        if dlg.exec():
            if dlg.result_person and dlg.result_person.id == self.services.person().id:
                self.services.set_person(dlg.result_person)
            self.refresh()

    def toggle_active(self) -> None:
        sel = self.selected()
        if sel is None:
            return
        if sel.active and not confirm(
            self,
            self.windowTitle(),
            self.tr(
                "Deactivate {name}? They can no longer be chosen when switching person; their history stays."
            ).format(name=sel.name),
        ):
            return
        try:
            self.people.update(replace(sel, active=not sel.active))
        except CommdeskError as exc:
            show_error(self, self.windowTitle(), exc)
        self.refresh()

    def history(self) -> None:
        from commdesk.services.audit import AuditService
        from commdesk.ui.common.history import HistoryDialog

        sel = self.selected()
        if sel is not None:
            HistoryDialog(
                self.services.get(AuditService), "people", sel.id, sel.name, self, services=self.services
            ).exec()

    def export_pdf(self) -> None:
        from commdesk.services.reports import people_document
        from commdesk.ui.common.export import export_pdf_interactively

        people = list(self.everyone)
        export_pdf_interactively(
            self,
            self.services,
            self.tr("People and roles"),
            "people-and-roles.pdf",
            lambda: people_document(self.services.ctx, people),
        )
