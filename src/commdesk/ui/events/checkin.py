"""The check-in window for the door: type a name, its pinyin or initials (or scan the RSVP reference
printed on an invitation), Enter checks in the first match; Up and Down choose another match
without leaving the typing field. Big type, no mouse needed, works offline on the desk's database.
Outside the event's day (in its zone) the door is closed: the window says so above the typing
field, naming the event's time; looking people up still works."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from commdesk.core import timezones as tz
from commdesk.core.errors import CommdeskError
from commdesk.core.events import checkin
from commdesk.core.events.records import Event, Invitee, RsvpStatus, attendance
from commdesk.core.events.rsvp import token_in
from commdesk.services.events.service import EventService
from commdesk.ui.common.rows_view import buddy_label

MAX_SHOWN = 12


class CheckInWindow(QDialog):
    def __init__(self, services, event: Event, parent=None):
        super().__init__(parent)
        self.services = services
        self.events = services.get(EventService)
        self.media_event = event
        self.invitees: list[Invitee] = []
        self.shown: list[Invitee] = []
        self.last: Invitee | None = None
        self.setWindowTitle(self.tr("Check-in: {title}").format(title=event.title))
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)

        heading = QLabel(f"<b>{event.title}</b><br>{event.when}<br>{event.place}")
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)
        # outside the event's day the door is closed: said at once, not only when Enter is refused
        self.door = QLabel()
        self.door.setWordWrap(True)
        self.door.setAccessibleName(self.tr("Check-in not open"))
        self.door.setStyleSheet("color: #b35900; font-weight: bold")
        self.search = QLineEdit()
        self.search.setFont(big)
        self.search.setPlaceholderText(self.tr("Name, pinyin, initials or RSVP reference, then Enter"))
        self.search.setAccessibleName(self.tr("Who arrived"))
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.check_in_current)
        self.search.installEventFilter(self)
        find_label = buddy_label(self.tr("&Who arrived:"), self.search)
        self.matches = QListWidget()
        self.matches.setFont(big)
        self.matches.setAccessibleName(self.tr("Matching invitees"))
        self.matches.itemActivated.connect(lambda _item: self.check_in_current())
        self.result = QLabel()
        self.result.setFont(big)
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Check-in result"))
        self.count = QLabel()
        self.undo_button = QPushButton(self.tr("&Undo the last check-in"))
        self.undo_button.clicked.connect(self.undo_last)
        self.undo_button.setEnabled(False)
        self.undo_button.setAutoDefault(False)  # Enter in the typing field checks in; never undoes
        close = QPushButton(self.tr("&Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.door)
        layout.addWidget(find_label)
        layout.addWidget(self.search)
        layout.addWidget(self.matches, 1)
        layout.addWidget(self.result)
        layout.addLayout(buttons)
        self.resize(760, 600)
        self.reload()
        self.search.setFocus()

    # -- keys: Up/Down move through the matches while typing --------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None and self.matches.count():
                row = max(0, min(self.matches.count() - 1, self.matches.currentRow() + step))
                self.matches.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    # -- data ------------------------------------------------------------------------------------
    def reload(self) -> None:
        refusal = self.events.door_refusal(self.media_event)
        self.door.setText("⚠ " + refusal if refusal else "")
        self.door.setVisible(bool(refusal))
        self.invitees = self.events.invitees(self.media_event.id)
        self._filter()
        a = attendance(self.invitees)
        self.count.setText(
            self.tr(
                "{checked} checked in; {expected} expected ({accepted} accepted), {invited} invited."
            ).format(checked=a.checked_in, expected=a.expected, accepted=a.accepted, invited=a.invited)
        )

    def _line(self, i: Invitee) -> str:
        parts = [i.name]
        if i.outlet:
            parts.append(i.outlet)
        parts.append(i.status.label)
        if i.plus_ones:
            parts.append(self.tr("+{n}").format(n=i.plus_ones))
        if i.checked_in:
            parts.append(
                self.tr("✓ in at {time}").format(
                    time=tz.format_instant(
                        i.checked_in_at, self.media_event.zone, with_zone=False, fmt="%H:%M"
                    )
                )
            )
        return " · ".join(parts)

    def _filter(self) -> None:
        text = self.search.text()
        token = token_in(text) if "rsvp" in text.casefold() else None
        if token:
            self.shown = [i for i in self.invitees if i.rsvp_token == token]
        else:
            self.shown = checkin.find(self.invitees, text)[:MAX_SHOWN] if text.strip() else []
        self.matches.clear()
        for i in self.shown:
            item = QListWidgetItem(self._line(i))
            if i.checked_in:
                item.setForeground(self.palette().placeholderText())
            self.matches.addItem(item)
        if self.shown:
            self.matches.setCurrentRow(0)

    # -- actions ---------------------------------------------------------------------------------
    def check_in_current(self) -> None:
        row = self.matches.currentRow()
        if not 0 <= row < len(self.shown):
            if self.search.text().strip():
                self.result.setText(
                    self.tr("Nobody on the invitation list matches that; check the spelling.")
                )
            return
        who = self.shown[row]
        try:
            done = self.events.check_in(who.id)
        except CommdeskError as exc:
            self.result.setText(self.tr("{name}: {error}").format(name=who.name, error=exc))
            self.search.selectAll()
            return
        self.last = done
        self.undo_button.setEnabled(True)
        note = "" if done.status is RsvpStatus.ACCEPTED else " " + self.tr("(had not accepted: a walk-in)")
        self.result.setText(self.tr("✓ {name} checked in.").format(name=done.name) + note)
        self.search.clear()
        self.reload()
        self.search.setFocus()

    def undo_last(self) -> None:
        if self.last is None:
            return
        try:
            undone = self.events.undo_check_in(self.last.id)
        except CommdeskError as exc:
            self.result.setText(str(exc))
            return
        self.result.setText(self.tr("Check-in of {name} taken back.").format(name=undone.name))
        self.last = None
        self.undo_button.setEnabled(False)
        self.reload()
        self.search.setFocus()
