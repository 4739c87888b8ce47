"""Small helpers the posts dialogs share."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def labelled(text: str, buddy: QWidget) -> QLabel:
    """A label whose mnemonic leads to ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
