"""The choice offered when a save meets a newer stored version (optimistic locking)."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commdesk.core.errors import ConflictError


def _fields(obj) -> dict[str, str]:
    if obj is None:
        return {}
    if dataclasses.is_dataclass(obj):
        return {
            f.name: _show(getattr(obj, f.name)) for f in dataclasses.fields(obj) if f.name not in ("version",)
        }
    if isinstance(obj, dict):
        return {k: _show(v) for k, v in obj.items()}
    return {"": str(obj)}


def _show(value) -> str:
    if isinstance(value, (set, frozenset, tuple, list)):
        return ", ".join(sorted(getattr(v, "value", str(v)) for v in value))
    return "" if value is None else str(value)


class ConflictDialog(QDialog):
    """Both versions side by side with Keep mine / Take theirs, when the error carries both; a save
    that lost the race inside the unit of work carries neither (``mine``/``theirs`` None): then the
    record changed on another desk and the only way on is to reload it (choice "theirs")."""

    def __init__(self, exc: ConflictError, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone else saved this record"))
        self.choice = "cancel"
        self.compared = exc.mine is not None and exc.theirs is not None
        layout = QVBoxLayout(self)
        msg = QLabel(
            str(exc)
            if self.compared
            else self.tr(
                "This record was changed on another desk while you were saving it; nothing of yours was "
                "saved. Reload it to see the stored version, then make your change again."
            )
        )
        msg.setWordWrap(True)
        layout.addWidget(msg)
        buttons = QDialogButtonBox(self)
        if self.compared:
            mine, theirs = _fields(exc.mine), _fields(exc.theirs)
            keys = [k for k in dict.fromkeys([*mine, *theirs]) if mine.get(k) != theirs.get(k)] or list(mine)
            table = QTableWidget(len(keys), 3, self)
            table.setHorizontalHeaderLabels(
                [self.tr("Field"), self.tr("Your version"), self.tr("Stored version")]
            )
            for row, key in enumerate(keys):
                for col, text in enumerate((key, mine.get(key, ""), theirs.get(key, ""))):
                    table.setItem(row, col, QTableWidgetItem(text))
            table.resizeColumnsToContents()
            table.horizontalHeader().setStretchLastSection(True)
            layout.addWidget(table)
            keep_mine = QPushButton(self.tr("Keep &mine (replace the stored version)"))
            take_theirs = QPushButton(self.tr("Take &theirs (discard my changes)"))
            buttons.addButton(keep_mine, QDialogButtonBox.ButtonRole.AcceptRole)
            buttons.addButton(take_theirs, QDialogButtonBox.ButtonRole.DestructiveRole)
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            keep_mine.clicked.connect(lambda: self._done("mine"))
            take_theirs.clicked.connect(lambda: self._done("theirs"))
            self.resize(640, 360)
        else:
            reload = QPushButton(self.tr("&Reload the stored version"))
            reload.setDefault(True)
            buttons.addButton(reload, QDialogButtonBox.ButtonRole.AcceptRole)
            reload.clicked.connect(lambda: self._done("theirs"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _done(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def resolve_conflict(parent: QWidget | None, exc: ConflictError) -> str:
    """'mine', 'theirs' or 'cancel'; never 'mine' when the error carries no versions ('theirs' then
    means: reload the stored record from the service, ``exc.theirs`` is None). Tests monkeypatch this."""
    dlg = ConflictDialog(exc, parent)
    dlg.exec()
    return dlg.choice
