"""Administrators' tab of the cases desk: who is whose manager (told when a case's clock runs out,
and who decides grade 3 complaints, HL-4)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commdesk.services.cases.admin import CaseAdminService
from commdesk.services.people import PeopleService
from commdesk.ui.admin.cases_common import MessageLine


class ManagersTab(QWidget):
    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.admin: CaseAdminService = services.get(CaseAdminService)
        intro = QLabel(
            self.tr(
                "When a case's clock runs out, its owner's manager is told (and it is in the audit log). "
                "Managers also decide grade 3 complaints."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("managers")
        self.table.setAccessibleName(self.tr("Managers"))
        self.table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Manager")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.save_button = QPushButton(self.tr("&Save managers"), self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.message = MessageLine(self)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.table)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        box.addLayout(row)
        box.addWidget(self.message)
        self.combos: dict[int, QComboBox] = {}
        self.why_not = self.admin.may_keep()
        self.reload()

    def reload(self) -> None:
        people = [p for p in self.services.get(PeopleService).list() if p.id is not None]
        managers = self.admin.managers()
        self.table.setRowCount(len(people))
        self.combos = {}
        for row, person in enumerate(people):
            assert person.id is not None
            item = QTableWidgetItem(person.name)
            item.setFlags(item.flags() & ~item.flags().ItemIsEditable)
            self.table.setItem(row, 0, item)
            combo = QComboBox(self.table)
            combo.setAccessibleName(self.tr("Manager of {name}").format(name=person.name))
            combo.addItem(self.tr("(nobody)"), None)
            for other in people:
                if other.id != person.id:
                    combo.addItem(other.name, other.id)
            combo.setCurrentIndex(max(0, combo.findData(managers.get(person.id))))
            combo.setEnabled(not self.why_not)
            self.table.setCellWidget(row, 1, combo)
            self.combos[person.id] = combo
        self.loaded = {pid: c.currentData() for pid, c in self.combos.items()}
        self.save_button.setEnabled(not self.why_not)
        self.save_button.setToolTip(self.why_not)
        self.message.say(self.why_not)

    def save(self) -> None:
        try:
            for person_id, combo in self.combos.items():
                if combo.currentData() != self.loaded.get(person_id):
                    self.admin.set_manager(person_id, combo.currentData())
        except Exception as exc:  # noqa: BLE001 - said in words under the table (MessageLine re-raises bugs)
            self.message.failed(exc)
            return
        self.reload()
        self.message.say(self.tr("Saved."))
