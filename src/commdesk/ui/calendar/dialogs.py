""" "Move to…": the keyboard's way to re-plan an entry to a day and time (the same as dragging it)."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
)

from commdesk.core import timezones as tz
from commdesk.core.calendar import layout
from commdesk.core.calendar.entries import Entry, EntryKind


class MoveDialog(QDialog):
    """The new day and time of an entry, in the organisation's zone (named); what moving it does to
    its review is said before it is done."""

    def __init__(self, entry: Entry, zone: str, parent=None):
        super().__init__(parent)
        self.entry, self.zone = entry, zone
        self.setWindowTitle(self.tr("Move to…"))
        local = tz.to_zone(entry.start, zone)
        box = QVBoxLayout(self)
        title = QLabel(f"<b>{entry.kind.label}</b>: {_escape(entry.title)}")
        title.setWordWrap(True)
        box.addWidget(title)
        form = QFormLayout()
        self.day = QDateEdit(QDate(local.year, local.month, local.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.clock = QTimeEdit(QTime(local.hour, local.minute))
        self.clock.setDisplayFormat("HH:mm")
        day_label = QLabel(self.tr("&Day:"))
        day_label.setBuddy(self.day)
        time_label = QLabel(self.tr("&Time:"))
        time_label.setBuddy(self.clock)
        form.addRow(day_label, self.day)
        form.addRow(time_label, self.clock)
        form.addRow(self.tr("Time zone:"), QLabel(tz.zone_label(entry.start, zone)))
        box.addLayout(form)
        note = QLabel(self._consequence())
        note.setWordWrap(True)
        box.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Move"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.setMinimumWidth(420)

    def _consequence(self) -> str:
        if self.entry.kind is EntryKind.EMBARGO:
            return self.tr(
                "The embargo is part of what reviewers approve: once moved, an approved release goes "
                "back to review, as an edit in its editor would."
            )
        if self.entry.kind is EntryKind.EVENT:
            return self.tr(
                "The time is part of the invitation: once moved, an approved invitation is reviewed "
                "again, as an edit in the event's editor would."
            )
        if self.entry.kind is EntryKind.POST:
            return self.tr("A post's time is not part of what was approved: its review stays as it is.")
        return self.tr("Those invited are told only when the invitation is sent again.")

    def chosen(self) -> datetime:
        """The new start (UTC)."""
        d, t = self.day.date(), self.clock.time()
        return layout.moved_to(date(d.year(), d.month(), d.day()), time(t.hour(), t.minute()), self.zone)


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
