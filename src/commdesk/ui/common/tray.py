"""Telling the person that something newly waits for them, while commdesk is in the background.

``NewWork`` compares what Home lists for the person (releases waiting for their review, releases
returned to them) with what it listed before, so each arrival is told once: the first look after
start-up or a person switch only learns what is there. ``DeskNotifier`` says it in the desktop's
notification area (``QSystemTrayIcon``) or, on a desktop without one, in the window's status bar.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMainWindow, QMenu, QSystemTrayIcon

# Home's sections whose new entries are told: waiting for my review, returned to me.
WATCHED = ("reviews", "returned")


@dataclass(frozen=True)
class Arrival:
    section: str  # "reviews" or "returned"
    record_id: int
    title: str


class NewWork:
    """What is new in the watched sections since the last look."""

    def __init__(self) -> None:
        self._seen: dict[str, frozenset[int]] | None = None

    def reset(self) -> None:
        """Someone else sits at the desk: their first look learns what is there, telling nothing."""
        self._seen = None

    def look(self, sections: Mapping[str, Iterable[tuple[int, str]]]) -> list[Arrival]:
        """The entries of ``sections`` (section -> (record id, title)) that were not there last time."""
        now = {key: list(sections.get(key, ())) for key in WATCHED}
        before, self._seen = self._seen, {key: frozenset(i for i, _ in rows) for key, rows in now.items()}
        if before is None:
            return []
        return [
            Arrival(key, record_id, title)
            for key, rows in now.items()
            for record_id, title in rows
            if record_id not in before[key]
        ]


def arrival_words(arrivals: list[Arrival], section: str) -> tuple[str, str] | None:
    """(title, text) telling the arrivals of one section, None when there are none."""
    mine = [a for a in arrivals if a.section == section]
    if not mine:
        return None
    names = "; ".join(a.title for a in mine[:3]) + ("; …" if len(mine) > 3 else "")
    if section == "reviews":
        title = QCoreApplication.translate(
            "DeskNotifier", "%n press release(s) waiting for your review", "", len(mine)
        )
    else:
        title = QCoreApplication.translate(
            "DeskNotifier", "%n press release(s) returned to you", "", len(mine)
        )
    return title, names


class DeskNotifier(QObject):
    """Notifications of the main window: the tray icon's balloon, or the status bar without a tray."""

    SECONDS = 15

    def __init__(self, window: QMainWindow, on_call: Callable[[], object] | None = None, call_text: str = ""):
        super().__init__(window)  # no reference back: the window goes when it is deleted
        self._clicked: Callable[[], None] | None = None
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(window.windowIcon(), self)
            self.tray.setToolTip("commdesk")
            menu = QMenu(window)
            menu.addAction(QCoreApplication.translate("DeskNotifier", "Show commdesk"), self.bring_forward)
            if on_call is not None:  # the hotline's call screen, whatever commdesk was showing
                menu.addAction(call_text, lambda: (self.bring_forward(), on_call()))
            self.tray.setContextMenu(menu)
            self.tray.activated.connect(self._activated)
            self.tray.messageClicked.connect(self._message_clicked)
            self.tray.show()

    def notify(self, title: str, text: str, on_click: Callable[[], None] | None = None) -> None:
        """Say it where the person notices it without looking at commdesk; ``on_click`` opens the
        record when the tray's message is clicked."""
        self._clicked = on_click
        if self.tray is not None and self.tray.supportsMessages():
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, self.SECONDS * 1000)
        else:
            self.window().statusBar().showMessage(f"{title}: {text}", self.SECONDS * 1000)
        from PySide6.QtWidgets import QApplication

        QApplication.alert(self.window())  # the task bar entry asks for attention too

    def window(self) -> QMainWindow:
        return cast(QMainWindow, self.parent())

    def bring_forward(self) -> None:
        window = self.window()
        window.showNormal()
        window.raise_()
        window.activateWindow()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.bring_forward()

    def _message_clicked(self) -> None:
        self.bring_forward()
        if self._clicked is not None:
            self._clicked()

    def close(self) -> None:
        if self.tray is not None:
            self.tray.hide()
