"""Switch person on a shared office computer (passphrase checked by the service)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from commdesk.core.domain.people import Person
from commdesk.core.errors import CommdeskError
from commdesk.services.people import PeopleService


class SwitchPersonDialog(QDialog):
    def __init__(
        self, people: PeopleService, current: Person | None, parent: QWidget | None = None, only: bool = False
    ):
        """``only``: offer ``current`` alone (``commdesk --as NAME`` asks that person's passphrase)."""
        super().__init__(parent)
        self.people = people
        self.chosen: Person | None = None
        self.setWindowTitle(
            self.tr("Sign in as {name}").format(name=current.name) if only else self.tr("Switch person")
        )
        self.combo = QComboBox(self)
        self.everyone = [current] if only and current is not None else people.list()
        for p in self.everyone:
            self.combo.addItem(f"{p.name} — {p.roles_label}", p.id)
        if current is not None and current.id is not None:
            self.combo.setCurrentIndex(max(0, self.combo.findData(current.id)))
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&Person:"), self.combo)
        form.addRow(self.tr("P&assphrase:"), self.passphrase)
        form.addRow(self.error)
        form.addRow(buttons)
        self.combo.currentIndexChanged.connect(self._update)
        self.combo.setEnabled(len(self.everyone) > 1)
        self.setMinimumWidth(380)  # the title names the person; room for it and for an error message
        self._update()
        if self.passphrase.isEnabled():
            self.passphrase.setFocus()

    def _selected(self) -> Person:
        return self.everyone[self.combo.currentIndex()]

    def _update(self) -> None:
        needs = bool(self.everyone) and self._selected().has_passphrase
        self.passphrase.setEnabled(needs)
        self.passphrase.setPlaceholderText("" if needs else self.tr("no passphrase set"))

    def try_accept(self) -> None:
        if not self.everyone:
            self.reject()
            return
        try:
            self.chosen = self.people.authenticate(self._selected().id, self.passphrase.text())
        except CommdeskError as exc:
            self.error.setText(str(exc))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.accept()
