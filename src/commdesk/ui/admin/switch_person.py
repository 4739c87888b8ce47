"""Switch person on a shared office computer (passphrase checked by the service).

"Remember on this computer" (off by default) keeps the chosen person's passphrase in the OS keyring
for this database, so this computer signs them in without asking (the window fills it in; the
command line uses it when they act); unticked, a kept one is forgotten.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from commdesk.core.domain.people import Person
from commdesk.core.errors import CommdeskError
from commdesk.core.secrets import KeyringUnavailable, available
from commdesk.services.people import PeopleService

log = logging.getLogger(__name__)


class SwitchPersonDialog(QDialog):
    def __init__(
        self,
        people: PeopleService,
        current: Person | None,
        parent: QWidget | None = None,
        only: bool = False,
        note: str = "",
    ):
        """``only``: offer ``current`` alone (``commdesk --as NAME`` asks that person's passphrase);
        ``note``: a line above the form (the demo's passphrase)."""
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
        self.remember = QCheckBox(self.tr("&Remember on this computer"), self)
        self.keyring = available()
        self.remember.setToolTip(
            self.tr(
                "Keep the passphrase in this computer's keyring, so commdesk signs you in here without "
                "asking (the window and the command line). Leave it off on a computer others use."
            )
            if self.keyring
            else self.tr("This computer has no keyring to keep a passphrase in; it is asked each time.")
        )
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        if note:
            form.addRow(self.note)
        else:
            self.note.hide()
        form.addRow(self.tr("&Person:"), self.combo)
        form.addRow(self.tr("P&assphrase:"), self.passphrase)
        form.addRow("", self.remember)
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
        kept = self.people.kept_passphrase(self._selected()) if needs else None
        self.passphrase.setText(kept or "")  # what this person asked this computer to remember
        self.remember.setEnabled(needs and self.keyring)
        self.remember.setChecked(kept is not None)

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
        if self.chosen.has_passphrase:
            try:
                self.people.keep_passphrase(
                    self.chosen, self.passphrase.text() if self.remember.isChecked() else None
                )
            except KeyringUnavailable as exc:  # signed in all the same; asked again next time
                log.warning("could not remember the passphrase: %s", exc)
        self.accept()
