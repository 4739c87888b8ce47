"""The event's form: title, start and end as clock times in the event's zone, the zone, place,
agenda, the press release it accompanies, and the invitation's subject and text."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from commdesk.core import timezones as tz
from commdesk.core.events.records import Event, EventEdit


def _qt(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))


def _wall(edit: QDateTimeEdit, zone: str) -> datetime:
    """The instant the field's clock time is in ``zone`` (a time in a DST gap moves forward)."""
    value = edit.dateTime()
    day, clock = value.date(), value.time()
    return tz.wall_clock(date(day.year(), day.month(), day.day()), time(clock.hour(), clock.minute()), zone)


class EventEditor(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLineEdit()
        self.starts = QDateTimeEdit()
        self.ends = QDateTimeEdit()
        for field in (self.starts, self.ends):
            field.setDisplayFormat("yyyy-MM-dd HH:mm")
            field.setCalendarPopup(True)
        self.zone = QComboBox()
        self.zone.setEditable(True)
        self.zone.addItems(list(tz.all_zone_names()))
        self.place = QLineEdit()
        self.agenda = QPlainTextEdit()
        self.agenda.setTabChangesFocus(True)
        self.agenda.setMinimumHeight(70)
        self.release = QComboBox()
        self.subject = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(90)
        form = QFormLayout(self)
        for text, widget in (
            (self.tr("&Title:"), self.title),
            (self.tr("Sta&rts:"), self.starts),
            (self.tr("En&ds:"), self.ends),
            (self.tr("Time &zone:"), self.zone),
            (self.tr("&Place:"), self.place),
            (self.tr("A&genda:"), self.agenda),
            (self.tr("Press re&lease:"), self.release),
            (self.tr("Invitation s&ubject:"), self.subject),
            (self.tr("Invitation te&xt:"), self.body),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self._loading = False
        for line in (self.title, self.place, self.subject):
            line.textEdited.connect(self._changed)
        for area in (self.agenda, self.body):
            area.textChanged.connect(self._changed)
        for when in (self.starts, self.ends):
            when.dateTimeChanged.connect(self._changed)
        self.zone.currentTextChanged.connect(self._changed)
        self.release.currentIndexChanged.connect(self._changed)
        self.owner_id: int | None = None
        self.follow_up = ""

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.changed.emit()

    def set_releases(self, choices: list[tuple[int, str, str]]) -> None:
        self._loading = True
        current = self.release.currentData()
        self.release.clear()
        self.release.addItem(self.tr("(none)"), None)
        for rid, ref, title in choices:
            self.release.addItem(f"{ref} {title}", rid)
        self.release.setCurrentIndex(max(0, self.release.findData(current)))
        self._loading = False

    def load(self, event: Event | None, zone: str, now: datetime) -> None:
        """Show ``event`` (None: a new one tomorrow at 14:00 in ``zone``)."""
        self._loading = True
        if event is None:
            day = tz.today_in(zone, lambda: now) + timedelta(days=1)
            start = tz.wall_clock(day, time(14, 0), zone)
            event_zone, starts, ends = zone, start, start + timedelta(hours=2)
            values = ("", "", "", "", "")
            release_id, self.owner_id, self.follow_up = None, None, ""
        else:
            event_zone, starts, ends = event.zone, event.starts_at, event.ends_at
            values = (event.title, event.place, event.agenda, event.invitation_subject, event.invitation_body)
            release_id, self.owner_id, self.follow_up = event.release_id, event.owner_id, event.follow_up
        self.title.setText(values[0])
        self.place.setText(values[1])
        self.agenda.setPlainText(values[2])
        self.subject.setText(values[3])
        self.body.setPlainText(values[4])
        self.zone.setCurrentText(event_zone)
        self.starts.setDateTime(_qt(tz.to_zone(starts, event_zone)))
        self.ends.setDateTime(_qt(tz.to_zone(ends, event_zone)))
        self.release.setCurrentIndex(max(0, self.release.findData(release_id)))
        self._loading = False

    def edit(self) -> EventEdit:
        """What the form says, as an edit (the times read in the chosen zone; an unknown zone is left
        for the service to name)."""
        zone = self.zone.currentText().strip()
        valid = tz.is_valid_zone(zone)
        read_in = zone if valid else "UTC"
        return EventEdit(
            title=self.title.text(),
            starts_at=_wall(self.starts, read_in),
            ends_at=_wall(self.ends, read_in),
            zone=zone,
            place=self.place.text(),
            agenda=self.agenda.toPlainText(),
            invitation_subject=self.subject.text(),
            invitation_body=self.body.toPlainText(),
            release_id=self.release.currentData(),
            owner_id=self.owner_id,
            follow_up=self.follow_up,
        )

    def set_read_only(self, read_only: bool) -> None:
        for w in (self.title, self.place, self.subject):
            w.setReadOnly(read_only)
        for a in (self.agenda, self.body):
            a.setReadOnly(read_only)
        for f in (self.starts, self.ends, self.zone, self.release):
            f.setEnabled(not read_only)
