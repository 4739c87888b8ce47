"""Date-time editing in a named zone (never the process's zone) and a searchable list of IANA zones.

``ZonedDateTimeEdit`` shows and takes the wall-clock time of its zone: the instant 2026-12-03 19:00
UTC edited in Asia/Shanghai reads 2026-12-04 03:00 whatever zone the computer is in. Qt's own
date-time editor works in the process's zone by default; here it carries the wall clock in UTC
(which has no DST gaps) and ``core.timezones.wall_clock`` turns it into the instant. Tab and
Shift+Tab leave the field (Qt's editor would step through its sections), as people expect; the
arrow keys still move between day, month, hour and minute, and a separator goes to the next section.

``ZoneComboBox`` lists every IANA zone; typing any part of a name ("shang", "york") narrows it down.
Both are general; the organisation settings' own zone list is searched the same way
(``make_zone_search``).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime, QTimeZone, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QDateTimeEdit, QHBoxLayout, QLabel, QWidget

from commdesk.core import timezones as tz
from commdesk.ui.common.keys import leave_field, separator_already_typed


def make_zone_search(combo: QComboBox) -> None:
    """Typing any part of an item ("shang", "york") narrows an editable zone list down; what is typed
    never becomes a new item."""
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)


class ZoneComboBox(QComboBox):
    """An editable, searchable list of IANA zone names; ``zone()`` is "" while the text is not one."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.addItems(list(tz.all_zone_names()))
        make_zone_search(self)
        self.setMinimumContentsLength(22)

    def set_zone(self, name: str) -> None:
        index = self.findText(name)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(name)

    def zone(self) -> str:
        text = self.currentText().strip()
        return text if tz.is_valid_zone(text) else ""


class ZonedDateTimeEdit(QDateTimeEdit):
    """Wall-clock date and time in ``zone()``; ``instant()`` is the aware moment it means."""

    def __init__(self, zone: str = "UTC", parent: QWidget | None = None):
        super().__init__(parent)
        self.setTimeZone(QTimeZone.utc())  # a carrier for the wall clock, see the module doc
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self._zone = zone

    def zone(self) -> str:
        return self._zone

    def set_zone(self, zone: str) -> None:
        """Change the zone, keeping the wall-clock time typed (03:00 stays 03:00 in the new zone)."""
        if tz.is_valid_zone(zone):
            self._zone = zone

    def set_instant(self, instant: datetime | None, zone: str | None = None) -> None:
        if zone is not None:
            self.set_zone(zone)
        if instant is None:
            return
        local = tz.to_zone(instant, self._zone)
        self.setDateTime(
            QDateTime(
                QDate(local.year, local.month, local.day), QTime(local.hour, local.minute), QTimeZone.utc()
            )
        )

    def wall_clock(self) -> datetime:
        """The date and time as shown (naive)."""
        value = self.dateTime()
        return datetime.combine(
            value.date().toPython(), value.time().toPython().replace(second=0, microsecond=0)
        )

    def instant(self) -> datetime:
        shown = self.wall_clock()
        return tz.wall_clock(shown.date(), shown.time(), self._zone)

    # Tab leaves the field and a separator already there is not typed twice, as in every date field
    # (``ui.common.keys``, installed application-wide, does the same; here it also holds without it).
    # Not by overriding focusNextPrevChild: Qt's editor calls it for a typed separator too, so the
    # "-" of "2027-12-15" threw the focus out of the field.
    def event(self, event) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            forward = (
                event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            if leave_field(self, forward):
                return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if separator_already_typed(self, event):
            event.accept()
            return
        super().keyPressEvent(event)


class ZonedDateTimeField(QWidget):
    """A ``ZonedDateTimeEdit`` with its zone named beside it ("Asia/Shanghai, UTC+08:00")."""

    changed = Signal()

    def __init__(self, zone: str = "UTC", parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = ZonedDateTimeEdit(zone, self)
        self.zone_label = QLabel(self)
        self.zone_label.setObjectName("zoneLabel")
        layout.addWidget(self.edit)
        layout.addWidget(self.zone_label, 1)
        self.setFocusProxy(self.edit)
        self.edit.dateTimeChanged.connect(lambda _v: self._update())
        self._update()

    def _update(self) -> None:
        self.zone_label.setText(tz.zone_label(self.edit.instant(), self.edit.zone()))
        self.changed.emit()

    def set_zone(self, zone: str) -> None:
        self.edit.set_zone(zone)
        self._update()

    def set_instant(self, instant: datetime | None, zone: str | None = None) -> None:
        self.edit.set_instant(instant, zone)
        self._update()

    def instant(self) -> datetime:
        return self.edit.instant()

    def zone(self) -> str:
        return self.edit.zone()
