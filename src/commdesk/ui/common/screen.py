"""Window sizes that fit the screen they open on (1280×800 and 1366×768 laptops included)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def fitting_size(widget: QWidget, width: int, height: int, share: float = 0.9) -> QSize:
    """``width``×``height``, made smaller to fit ``share`` of the available room on the screen the
    widget opens on, leaving space for the window frame and the panel."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(width, height)
    room = screen.availableGeometry()
    return QSize(min(width, int(room.width() * share)), min(height, int(room.height() * share)))
