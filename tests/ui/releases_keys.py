"""Shared by the releases and mail window tests: the Alt+letter keys a widget offers."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel


def mnemonics(widget) -> dict[str, list[str]]:
    """Visible widgets' Alt+letter keys -> their texts (a hidden tab's widgets do not take the key)."""
    keys: dict[str, list[str]] = {}
    for w in (
        widget.findChildren(QAbstractButton) + widget.findChildren(QLabel) + widget.findChildren(QGroupBox)
    ):
        text = (w.title() if isinstance(w, QGroupBox) else w.text()).replace("&&", "")
        if "&" in text and w.isVisible() and text.index("&") + 1 < len(text):
            keys.setdefault(text[text.index("&") + 1].lower(), []).append(text)
    return keys
