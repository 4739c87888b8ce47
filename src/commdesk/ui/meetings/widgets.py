"""Table editors of the planning dialog: participants (with a picker over contacts and people) and agenda.

Each editor emits ``changed`` on every edit, insertion, removal or move, so the dialog can re-run the
procedure checks live. Fields a table does not show (person/contact ids, linked documents, the
"review of actions" flag) travel with the row and come back unchanged.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commdesk.core.meetings.model import AgendaItem, Participant, Response

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class _TableEditor(QWidget):
    changed = Signal()
    min_widths: dict[int, int] = {}  # column -> pixels, so empty columns stay easy to click into

    def __init__(self, headers: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(True)
        self.table.itemChanged.connect(lambda _i: self._emit())
        layout.addWidget(self.table)
        self.bar = QHBoxLayout()
        layout.addLayout(self.bar)
        self._loading = False

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _button(self, text: str, slot, name: str) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.clicked.connect(slot)
        self.bar.addWidget(b)
        return b

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else self.table.currentRow()

    def remove_current(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def move_current(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        values = self.values()
        values.insert(target, values.pop(row))
        self.set_values(values)
        self.table.selectRow(target)
        self.changed.emit()

    def set_values(self, values) -> None:
        self._loading = True
        try:
            self.table.setRowCount(0)
            for v in values:
                self._append(v)
        finally:
            self._loading = False
        self.table.resizeColumnsToContents()
        for column, width in self.min_widths.items():
            self.table.setColumnWidth(column, max(width, self.table.columnWidth(column)))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def add(self, value, edit: bool = False) -> None:
        self._loading = True
        try:
            self._append(value)
        finally:
            self._loading = False
        row = self.table.rowCount() - 1
        self.table.selectRow(row)
        if edit:
            self.table.setFocus()
            self.table.editItem(self.table.item(row, 0))
        self.changed.emit()

    def _append(self, value) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def values(self) -> list:  # pragma: no cover - overridden
        raise NotImplementedError


def _text(item: QTableWidgetItem | None) -> str:
    return item.text().strip() if item is not None else ""


class ParticipantsEditor(_TableEditor):
    """Name, e-mail, required, response and attendance; "Add from contacts…" picks people and contacts."""

    min_widths = {1: 220, 3: 110, 4: 80}

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(
            [
                self.tr("Name"),
                self.tr("E-mail"),
                self.tr("Required"),
                self.tr("Response"),
                self.tr("Attended"),
            ],
            parent,
        )
        self.services = services
        self.table.setObjectName("participantsTable")
        self._button(self.tr("&Add"), lambda: self.add(Participant(""), edit=True), "participantAdd")
        self._button(self.tr("Add from &contacts…"), self.pick, "participantPick")
        self._button(self.tr("Re&move"), self.remove_current, "participantRemove")
        self.bar.addStretch(1)

    def _append(self, p: Participant) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(p.name)
        name.setData(ROW_ROLE, p)
        self.table.setItem(row, 0, name)
        self.table.setItem(row, 1, QTableWidgetItem(p.email))
        required = QTableWidgetItem()
        required.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
        )
        required.setCheckState(Qt.CheckState.Checked if p.required else Qt.CheckState.Unchecked)
        self.table.setItem(row, 2, required)
        response = QComboBox()
        for r in Response:
            response.addItem(r.label, r.value)
        response.setCurrentIndex(list(Response).index(Response(p.response)))
        response.currentIndexChanged.connect(lambda _i: self._emit())
        self.table.setCellWidget(row, 3, response)
        attended = QComboBox()
        for label, value in (("—", None), (self.tr("present"), True), (self.tr("absent"), False)):
            attended.addItem(label, value)
        attended.setCurrentIndex({None: 0, True: 1, False: 2}[p.attended])
        attended.currentIndexChanged.connect(lambda _i: self._emit())
        self.table.setCellWidget(row, 4, attended)

    def values(self) -> list[Participant]:
        out = []
        for row in range(self.table.rowCount()):
            name, email = _text(self.table.item(row, 0)), _text(self.table.item(row, 1))
            if not (name or email):
                continue
            old = self.table.item(row, 0).data(ROW_ROLE) if self.table.item(row, 0) else None
            base = old if isinstance(old, Participant) else Participant("")
            out.append(
                replace(
                    base,
                    name=name,
                    email=email,
                    required=self.table.item(row, 2).checkState() == Qt.CheckState.Checked,
                    response=Response(self.table.cellWidget(row, 3).currentData()),
                    attended=self.table.cellWidget(row, 4).currentData(),
                )
            )
        return out

    def pick(self) -> None:
        dlg = ContactPicker(self.services, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.add_participants(dlg.chosen())

    def add_participants(self, people: list[Participant]) -> None:
        """Add those not yet invited (same person, contact or e-mail address)."""
        have = self.values()
        for p in people:
            if any(
                (p.person_id is not None and p.person_id == h.person_id)
                or (p.contact_id is not None and p.contact_id == h.contact_id)
                or (p.email and p.email.lower() == h.email.lower())
                for h in have
            ):
                continue
            self.add(p)
            have.append(p)


class ContactPicker(QDialog):
    """Search colleagues (people in commdesk) and external contacts; check the ones to invite."""

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Add participants"))
        layout = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setObjectName("pickerSearch")
        self.search.setPlaceholderText(self.tr("Search colleagues and contacts by name, outlet or e-mail"))
        layout.addWidget(self.search)
        self.list = QListWidget(self)
        self.list.setObjectName("pickerList")
        layout.addWidget(self.list)
        self.hint = QLabel(self.tr("Check everyone to invite; contacts are added with their primary e-mail."))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add checked"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.checked: dict[tuple[str, int], Participant] = {}
        self.list.itemChanged.connect(self._toggled)
        self.search.textChanged.connect(self.refresh)
        self.refresh()
        self.resize(520, 480)

    def _toggled(self, item: QListWidgetItem) -> None:
        key, p = item.data(ROW_ROLE)
        if item.checkState() == Qt.CheckState.Checked:
            self.checked[key] = p
        else:
            self.checked.pop(key, None)

    def refresh(self) -> None:
        from commdesk.services.contacts.service import ContactQuery, ContactService
        from commdesk.services.people import PeopleService

        text = self.search.text().strip()
        needle = text.casefold()
        entries: list[tuple[tuple[str, int], Participant, str]] = []
        for person in self.services.get(PeopleService).list():
            if (
                needle
                and needle not in person.name.casefold()
                and needle not in (person.email or "").casefold()
            ):
                continue
            entries.append(
                (
                    ("person", person.id),
                    Participant(person.name, person.email or "", person_id=person.id),
                    self.tr("colleague"),
                )
            )
        for c in self.services.get(ContactService).search(ContactQuery(text=text), limit=100):
            entries.append(
                (
                    ("contact", c.id),
                    Participant(c.name, c.email or "", contact_id=c.id),
                    c.outlet or self.tr("contact"),
                )
            )
        self.list.blockSignals(True)
        self.list.clear()
        for key, p, where in entries:
            item = QListWidgetItem(f"{p.name} · {where}" + (f" <{p.email}>" if p.email else ""))
            item.setData(ROW_ROLE, (key, p))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in self.checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def chosen(self) -> list[Participant]:
        return list(self.checked.values())


class AgendaEditor(_TableEditor):
    """Title, presenter and time box in minutes; move items up and down."""

    min_widths = {1: 180, 2: 90}

    def __init__(self, parent: QWidget | None = None):
        super().__init__([self.tr("Title"), self.tr("Presenter"), self.tr("Minutes")], parent)
        self.table.setObjectName("agendaTable")
        self._button(self.tr("&Add item"), lambda: self.add(AgendaItem(""), edit=True), "agendaAdd")
        self._button(self.tr("Re&move"), self.remove_current, "agendaRemove")
        self._button(self.tr("Move &up"), lambda: self.move_current(-1), "agendaUp")
        self._button(self.tr("Move do&wn"), lambda: self.move_current(1), "agendaDown")
        self.bar.addStretch(1)

    def _append(self, a: AgendaItem) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        title = QTableWidgetItem(a.title)
        title.setData(ROW_ROLE, a)
        if a.review_of_actions:
            title.setToolTip(self.tr("Open actions of the series are reviewed under this item."))
        self.table.setItem(row, 0, title)
        self.table.setItem(row, 1, QTableWidgetItem(a.presenter))
        minutes = QTableWidgetItem()
        if a.minutes is not None:
            minutes.setData(Qt.ItemDataRole.EditRole, int(a.minutes))
        self.table.setItem(row, 2, minutes)

    def values(self) -> list[AgendaItem]:
        out = []
        for row in range(self.table.rowCount()):
            title = _text(self.table.item(row, 0))
            if not title:
                continue
            old = self.table.item(row, 0).data(ROW_ROLE)
            base = old if isinstance(old, AgendaItem) else AgendaItem("")
            raw = self.table.item(row, 2).data(Qt.ItemDataRole.EditRole) if self.table.item(row, 2) else None
            try:
                minutes = int(raw) if raw not in (None, "") else None
            except (TypeError, ValueError):
                minutes = None
            out.append(replace(base, title=title, presenter=_text(self.table.item(row, 1)), minutes=minutes))
        return out
