"""Every modal question goes through these helpers, so tests can answer them (monkeypatch ``ask``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

#: Tests install a function here that answers instead of a modal box (see tests/conftest.py
#: ``answer``): ``answerer(kind, title, text, buttons) -> button`` and, for ``ask_text``,
#: ``answerer("text", title, label, None) -> str | None``.
answerer: Callable | None = None


def ask(
    parent: QWidget | None,
    kind: str,
    title: str,
    text: str,
    buttons=QMessageBox.StandardButton.Ok,
    default=None,
    detail: str | None = None,
    labels: dict | None = None,
):
    """Show a message box; ``kind`` is info / warning / error / question. Returns the button.
    ``labels`` renames standard buttons (``{Yes: "Recover"}``); ``default`` is what Enter presses."""
    if answerer is not None:
        return answerer(kind, title, text, buttons)
    icon = {
        "info": QMessageBox.Icon.Information,
        "warning": QMessageBox.Icon.Warning,
        "error": QMessageBox.Icon.Critical,
        "question": QMessageBox.Icon.Question,
    }[kind]
    box = QMessageBox(icon, title, text, buttons, parent)
    for button, label in (labels or {}).items():
        if box.button(button) is not None:
            box.button(button).setText(label)
    if default is not None:
        box.setDefaultButton(default)
    if detail:
        box.setDetailedText(detail)
    return QMessageBox.StandardButton(box.exec())


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    return ask(parent, "question", title, text, yes | no, default=no) == yes


def ask_text(
    parent: QWidget | None, title: str, label: str, text: str = "", password: bool = False
) -> str | None:
    if answerer is not None:
        return answerer("text", title, label, None)
    mode = QLineEdit.EchoMode.Password if password else QLineEdit.EchoMode.Normal
    value, ok = QInputDialog.getText(parent, title, label, mode, text)
    return value if ok else None


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    ask(parent, "error", title, str(exc))
