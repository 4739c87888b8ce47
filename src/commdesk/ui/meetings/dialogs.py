"""Planning a meeting: every field, with the procedure's warnings shown live as the user types.

Participants and agenda are table editors (``widgets.py``); materials, equipment and preparation are
typed one item per line (``[x]`` done).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commdesk.core import timezones as tz
from commdesk.core.errors import CommdeskError, ConflictError, ValidationError
from commdesk.core.meetings.model import ChecklistItem, Meeting, MeetingKind
from commdesk.core.meetings.schedule import Frequency
from commdesk.services.meetings.service import MeetingService
from commdesk.services.settings import SettingsService
from commdesk.ui.common.ask import ask_text, show_error
from commdesk.ui.common.conflict import resolve_conflict
from commdesk.ui.common.unsaved import AsksBeforeDiscarding
from commdesk.ui.meetings.widgets import AgendaEditor, ParticipantsEditor
from commdesk.ui.meetings.zoned import ZoneComboBox, ZonedDateTimeField


def parse_checklist(text: str) -> list[ChecklistItem]:
    out = []
    for line in text.splitlines():
        line = line.strip()
        done = line.lower().startswith("[x]")
        line = line[3:].strip() if done or line.startswith("[ ]") else line
        if line:
            out.append(ChecklistItem(line, done))
    return out


def format_checklist(items: list[ChecklistItem]) -> str:
    return "\n".join(("[x] " if c.done else "[ ] ") + c.text for c in items)


class PlanningDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, services, meeting: Meeting | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.svc: MeetingService = services.get(MeetingService)
        if meeting is None:
            # A new meeting is planned in the organisation's zone, tomorrow at the next full hour there.
            zone = services.get(SettingsService).time_zone()
            now = tz.now_in(zone, services.ctx.clock)
            hour = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)  # on the wall clock
            start = tz.wall_clock(
                hour.date() + timedelta(days=1), hour.time(), zone
            )  # (a DST gap moves it on)
            meeting = Meeting(kind=MeetingKind.CONFERENCE, start=start, duration=60, tz=zone)
        self.meeting = meeting
        self.saved: Meeting | None = None
        self.setWindowTitle(self.tr("Plan meeting") if self.meeting.id is None else self.tr("Edit meeting"))
        self._build()
        self._fill()
        self.recheck = QTimer(self)
        self.recheck.setSingleShot(True)
        self.recheck.setInterval(150)
        self.recheck.timeout.connect(self.update_findings)
        for w in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            w.textChanged.connect(self.recheck.start)
        self.participants.changed.connect(self.recheck.start)
        self.agenda.changed.connect(self.recheck.start)
        self.kind.currentIndexChanged.connect(self.recheck.start)
        self.duration.valueChanged.connect(self.recheck.start)
        self.start.changed.connect(self.recheck.start)
        self.tz.currentTextChanged.connect(self._zone_typed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, lambda: self.commit(False))
        self.update_findings()
        self.resize(820, 640)
        self.mark_unchanged()

    def edit_state(self):
        return (
            self.collect(),
            self.tz.currentText(),
            self.password.text(),
            self.repeat.isChecked(),
            self.frequency.currentData(),
            self.count.value(),
        )

    def discard_question(self) -> tuple[str, str]:
        return self.tr("Discard changes?"), self.tr(
            "You have changed this meeting. Close without saving and lose the changes?"
        )

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        tabs = QTabWidget(self)
        basics = QWidget()
        form = QFormLayout(basics)
        self.kind = QComboBox()
        for k in MeetingKind:
            self.kind.addItem(k.label, k.value)
        self.topic, self.purpose = QLineEdit(), QLineEdit()
        self.start = ZonedDateTimeField(self.meeting.tz)
        self.start.edit.setObjectName("meetingStart")
        self.duration = QSpinBox()
        self.duration.setRange(5, 24 * 60)
        self.duration.setSuffix(self.tr(" min"))
        self.tz = ZoneComboBox()
        self.tz.setObjectName("meetingZone")
        self.tz.setToolTip(
            self.tr("The meeting is planned, shown and sent in this zone; type part of a name to find it.")
        )
        self.room, self.link, self.dial_in = QLineEdit(), QLineEdit(), QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keyring, never in the database"))
        self.host, self.note_taker = QLineEdit(), QLineEdit()
        for label, w in (
            (self.tr("&Kind"), self.kind),
            (self.tr("&Topic"), self.topic),
            (self.tr("&Purpose"), self.purpose),
            (self.tr("&Start"), self.start),
            (self.tr("&Duration"), self.duration),
            (self.tr("Time &zone"), self.tz),
            (self.tr("&Room"), self.room),
            (self.tr("&Link"), self.link),
            (self.tr("D&ial-in"), self.dial_in),
            (self.tr("Pass&word"), self.password),
            (self.tr("&Host"), self.host),
            (self.tr("&Note-taker"), self.note_taker),
        ):
            form.addRow(label, w)
        self.repeat = QCheckBox(self.tr("Repeat as a series"))
        self.frequency = QComboBox()
        for f in Frequency:
            self.frequency.addItem(f.label, f.value)
        self.count = QSpinBox()
        self.count.setRange(2, 520)
        self.count.setValue(8)
        self.count.setSuffix(self.tr(" meetings"))
        rep = QHBoxLayout()
        for w in (self.repeat, self.frequency, self.count):
            rep.addWidget(w)
        form.addRow(self.tr("Series"), rep)
        tabs.addTab(basics, self.tr("Basics"))
        self.participants = ParticipantsEditor(self.services)
        tabs.addTab(self.participants, self.tr("Participants"))
        self.agenda = AgendaEditor()
        tabs.addTab(self.agenda, self.tr("Agenda"))
        prep = QWidget()
        pf = QFormLayout(prep)
        self.materials, self.equipment, self.preparation = (
            QPlainTextEdit(),
            QPlainTextEdit(),
            QPlainTextEdit(),
        )
        self.equipment.setPlaceholderText(
            self.tr("[ ] projector\n[ ] whiteboard\n[ ] pens\n[ ] screen-share test")
        )
        pf.addRow(self.tr("Materials to bring"), self.materials)
        pf.addRow(self.tr("Equipment"), self.equipment)
        pf.addRow(self.tr("Preparation"), self.preparation)
        tabs.addTab(prep, self.tr("Preparation"))
        layout.addWidget(tabs, 3)
        layout.addWidget(QLabel(self.tr("Procedure checks")))
        self.findings = QListWidget()
        self.findings.setObjectName("planningFindings")
        layout.addWidget(self.findings, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.invite = QPushButton(self.tr("Save and issue in&vitation"))
        buttons.addButton(self.invite, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(lambda: self.commit(False))
        self.invite.clicked.connect(lambda: self.commit(True))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _fill(self) -> None:
        m = self.meeting
        self.kind.setCurrentIndex(list(MeetingKind).index(m.kind))
        self.topic.setText(m.topic)
        self.purpose.setText(m.purpose)
        self.tz.blockSignals(True)
        self.tz.set_zone(m.tz)
        self.tz.blockSignals(False)
        self.start.set_instant(m.start, m.tz)
        self.duration.setValue(m.duration or 60)
        self.room.setText(m.room)
        self.link.setText(m.link)
        self.dial_in.setText(m.dial_in)
        if m.has_password and m.id is not None:
            self.password.setText(self.svc.password(m.id) or "")
        self.host.setText(m.host)
        self.note_taker.setText(m.note_taker)
        self.participants.set_values(m.participants)
        self.agenda.set_values(m.agenda)
        self.materials.setPlainText("\n".join(m.materials))
        self.equipment.setPlainText(format_checklist(m.equipment))
        self.preparation.setPlainText(format_checklist(m.preparation))
        for w in (self.repeat, self.frequency, self.count):
            w.setVisible(m.id is None)

    def _zone_typed(self, _text: str) -> None:
        zone = self.tz.zone()
        if zone:  # the wall-clock time typed stays; it now means that time in the new zone
            self.start.set_zone(zone)
        self.recheck.start()

    def collect(self) -> Meeting:
        """The meeting as on screen; the start is the wall-clock time shown, in the zone chosen."""
        m = self.meeting
        return replace(
            m,
            kind=MeetingKind(self.kind.currentData()),
            topic=self.topic.text(),
            purpose=self.purpose.text(),
            start=self.start.instant(),
            duration=self.duration.value(),
            tz=self.start.zone(),
            room=self.room.text(),
            link=self.link.text(),
            dial_in=self.dial_in.text(),
            has_password=bool(self.password.text()),
            host=self.host.text(),
            note_taker=self.note_taker.text(),
            participants=self.participants.values(),
            agenda=self.agenda.values(),
            materials=[s.strip() for s in self.materials.toPlainText().splitlines() if s.strip()],
            equipment=parse_checklist(self.equipment.toPlainText()),
            preparation=parse_checklist(self.preparation.toPlainText()),
        )

    def update_findings(self) -> None:
        self.findings.clear()
        found = self.svc.check(self.collect())
        if not found:
            self.findings.addItem(self.tr("✓ No procedure warnings."))
        for f in found:
            self.findings.addItem(f"⚠ {f.rule}: {f.message}")

    def commit(self, issue: bool) -> None:
        meeting = self.collect()
        try:
            if not self.tz.zone():
                raise ValidationError(
                    {
                        "tz": self.tr(
                            "'{zone}' is not a time zone; choose one from the list (type part of its name, e.g. "
                            "Shanghai)."
                        ).format(zone=self.tz.currentText())
                    }
                )
            if self.repeat.isChecked() and meeting.id is None:
                series = self.svc.create_series(
                    meeting, self.frequency.currentData(), count=self.count.value()
                )
                saved = self.svc.get(series.meeting_ids[0])
            else:
                saved = self.svc.save(meeting)
            if self.password.text() or saved.has_password != bool(self.password.text()):
                saved = self.svc.set_password(saved.id, self.password.text() or None)
            if issue:
                reasons = {}
                for f in self.svc.check(saved):
                    if f.rule in reasons:
                        continue
                    reason = ask_text(
                        self,
                        self.tr("Send despite {rule}?").format(rule=f.rule),
                        self.tr("{message}\n\nReason for sending anyway (kept in the audit log):").format(
                            message=f.message
                        ),
                    )
                    if not reason or not reason.strip():
                        self.meeting = saved
                        self.mark_unchanged()  # saved; only the invitation was not issued
                        return
                    reasons[f.rule] = reason
                saved = self.svc.issue_invitation(saved.id, reasons)
        except ConflictError as exc:
            if resolve_conflict(self, exc) == "theirs":  # no versions carried: reload the stored one
                self.meeting = exc.theirs if exc.theirs is not None else self.svc.get(self.meeting.id)
                self._fill()
                self.mark_unchanged()
            return
        except CommdeskError as exc:
            show_error(self, self.tr("The meeting was not saved"), exc)
            return
        self.saved = saved
        self.accept()
