"""Live mode and minutes editor: agenda timer, attendance, quick capture, autosave for crash recovery.

Keyboard, no mouse needed:
  Ctrl+1 / Ctrl+2 / Ctrl+3   capture the line as a point / decision / action item
  Ctrl+Up / Ctrl+Down        previous / next agenda item (the item timer restarts)
  Ctrl+T                     start or pause the item timer
  Ctrl+L                     focus the capture line;  Ctrl+Shift+A the attendance list (Space ticks)
  Ctrl+S                     save to the database
An action line may end with "@owner" and "!YYYY-MM-DD" (deadline), e.g. "Send the Q&A @王芳 !2026-12-08".

Every change marks the draft dirty; a 1 s timer writes a dirty draft to the recovery store, and the text
being typed on the capture line is part of it, so at most about a second of typing is lost in a crash.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commdesk.core import timezones as tz
from commdesk.core.drafts import DraftStore
from commdesk.core.meetings.minutes import MinutesDraft
from commdesk.core.meetings.model import ActionItem, Decision, Meeting, Point

AUTOSAVE_MS = 1000
_OWNER = re.compile(r"\s@(\S[^!@]*?)\s*(?=!|$)")
_DEADLINE = re.compile(r"\s!(\d{4}-\d{2}-\d{2})\s*$")


def parse_action(text: str) -> ActionItem:
    """``"Send Q&A @王芳 !2026-12-08"`` -> description, owner name and deadline."""
    text = " " + text.strip()
    deadline = None
    if (m := _DEADLINE.search(text)) is not None:
        try:
            deadline = date.fromisoformat(m.group(1))
            text = text[: m.start()]
        except ValueError:
            pass
    owner = ""
    if (m := _OWNER.search(text)) is not None:
        owner = m.group(1).strip()
        text = text[: m.start()] + text[m.end() :]
    return ActionItem(text.strip(), owner, deadline=deadline)


class MinutesEditor(QWidget):
    saved = Signal(object)  # MinutesDraft as stored
    dirty_changed = Signal(bool)

    def __init__(
        self,
        meeting: Meeting,
        draft: MinutesDraft,
        store: DraftStore[MinutesDraft],
        save_fn=None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.meeting, self.draft, self.store, self.save_fn = meeting, draft, store, save_fn
        self.key = str(meeting.id)
        self.dirty = False
        self.current_item = 0
        self.elapsed = QElapsedTimer()
        self.paused_ms = 0
        self.running = False
        self._build()
        self._load()
        self.autosave = QTimer(self)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.write_recovery)
        self.autosave.start()
        self.ticker = QTimer(self)
        self.ticker.setInterval(500)
        self.ticker.timeout.connect(self._tick)
        self.ticker.start()

    # ------------------------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.heading = QLabel(self.meeting.topic)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)  # a long topic wraps; it set the window's least width (1131 px)
        self.state_label = QLabel()
        self.when_label = QLabel(tz.format_span(self.meeting.start, self.meeting.end, self.meeting.tz))
        self.when_label.setObjectName("liveWhen")  # the meeting's own zone, named
        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.when_label)
        head.addWidget(self.state_label)
        outer.addLayout(head)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("Agenda (Ctrl+Up / Ctrl+Down)")))
        self.agenda = QListWidget()
        self.agenda.setObjectName("liveAgenda")
        lv.addWidget(self.agenda, 2)
        self.timer_label = QLabel("00:00")
        self.timer_label.setObjectName("liveTimer")
        tf = self.timer_label.font()
        tf.setPointSizeF(tf.pointSizeF() * 2)
        tf.setBold(True)
        self.timer_label.setFont(tf)
        self.timebox = QProgressBar()
        self.timebox.setTextVisible(False)
        self.timer_button = QPushButton(self.tr("Start timer (Ctrl+T)"))
        self.timer_button.clicked.connect(self.toggle_timer)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b3261e; font-weight: bold;")
        for w in (self.timer_label, self.timebox, self.timer_button, self.warning):
            lv.addWidget(w)
        lv.addWidget(QLabel(self.tr("Attendance (Ctrl+Shift+A, Space ticks)")))
        self.attendance = QListWidget()
        self.attendance.setObjectName("liveAttendance")
        lv.addWidget(self.attendance, 2)
        split.addWidget(left)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(QLabel(self.tr("Captured for this meeting")))
        self.captured = QTreeWidget()
        self.captured.setObjectName("liveCaptured")
        self.captured.setHeaderLabels([self.tr("Agenda item / entry"), self.tr("Owner"), self.tr("Deadline")])
        self.captured.setColumnWidth(0, 380)
        rv.addWidget(self.captured, 3)
        self.capture = QLineEdit()
        self.capture.setObjectName("liveCapture")
        self.capture.setPlaceholderText(
            self.tr("Type, then Ctrl+1 point · Ctrl+2 decision · Ctrl+3 action (@owner !2026-12-08)")
        )
        self.capture.textChanged.connect(lambda _t: self.mark_dirty())
        rv.addWidget(self.capture)
        rv.addWidget(QLabel(self.tr("Notes (Markdown)")))
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("liveNotes")
        self.notes.textChanged.connect(self.mark_dirty)
        rv.addWidget(self.notes, 2)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        outer.addWidget(split, 1)
        self.status = QLabel()
        outer.addWidget(self.status)
        ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
        self.keys = {
            (ctrl, Qt.Key.Key_1): lambda: self.capture_as("point"),
            (ctrl, Qt.Key.Key_2): lambda: self.capture_as("decision"),
            (ctrl, Qt.Key.Key_3): lambda: self.capture_as("action"),
            (ctrl, Qt.Key.Key_Up): lambda: self.select_item(-1),
            (ctrl, Qt.Key.Key_Down): lambda: self.select_item(1),
            (ctrl, Qt.Key.Key_T): self.toggle_timer,
            (ctrl, Qt.Key.Key_L): self.capture.setFocus,
            (ctrl | shift, Qt.Key.Key_A): self.attendance.setFocus,
            (ctrl, Qt.Key.Key_S): self.save,
        }
        # Handled on the input widgets themselves (not window shortcuts), so they work wherever the
        # editor is embedded and whichever of its fields has the focus.
        for w in (self.capture, self.notes, self.agenda, self.attendance, self.captured, self.timer_button):
            w.installEventFilter(self)
        self.agenda.currentRowChanged.connect(self._item_changed)
        self.attendance.itemChanged.connect(self._attendance_changed)

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            mods = event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            )
            fn = self.keys.get((mods, Qt.Key(event.key())))
            if fn is not None:
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    fn()
                return True
        return super().eventFilter(obj, event)

    # ------------------------------------------------------------------------------------ data
    def _load(self) -> None:
        self.agenda.blockSignals(True)
        self.agenda.clear()
        for i, item in enumerate(self.meeting.agenda):
            box = self.tr("{minutes} min").format(minutes=item.minutes) if item.minutes else ""
            self.agenda.addItem(f"{i + 1}. {item.title}" + (f"  ({box})" if box else ""))
        self.agenda.addItem(self.tr("Other business"))
        self.agenda.blockSignals(False)
        self.agenda.setCurrentRow(0)
        self.attendance.blockSignals(True)
        self.attendance.clear()
        for pos, p in enumerate(self.meeting.participants):
            it = QListWidgetItem(p.name + ("" if p.required else " " + self.tr("(optional)")))
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            present = self.draft.attendance.get(pos)
            it.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)
            self.attendance.addItem(it)
        self.attendance.blockSignals(False)
        self.notes.blockSignals(True)
        self.notes.setPlainText(self.draft.notes)
        self.notes.blockSignals(False)
        self.capture.blockSignals(True)
        self.capture.setText(getattr(self.draft, "_pending_line", ""))
        self.capture.blockSignals(False)
        locked = self.draft.locked
        for w in (self.capture, self.notes, self.attendance):
            w.setEnabled(not locked)
        self.state_label.setText(
            self.tr("Minutes v{number}: {state}").format(
                number=self.draft.number, state=self.draft.state.label
            )
        )
        if self.draft.locked and self.draft.approved_at is not None:
            self.state_label.setText(
                self.tr("Minutes v{number}: approved by {name} on {when}").format(
                    number=self.draft.number,
                    name=self.draft.approved_by or "?",
                    when=tz.format_instant(self.draft.approved_at, self.meeting.tz),
                )
            )
        self._refresh_captured()

    def _index(self) -> int | None:
        row = self.agenda.currentRow()
        return None if row < 0 or row >= len(self.meeting.agenda) else row

    def _refresh_captured(self) -> None:
        self.captured.clear()
        sections = [*list(range(len(self.meeting.agenda))), None]
        for index in sections:
            title = (
                f"{index + 1}. {self.meeting.agenda[index].title}"
                if index is not None
                else self.tr("Other business")
            )
            top = QTreeWidgetItem([title])
            for p in self.draft.points:
                if p.agenda_index == index:
                    top.addChild(QTreeWidgetItem(["• " + p.text]))
            for d in self.draft.decisions:
                if d.agenda_index == index:
                    top.addChild(QTreeWidgetItem([self.tr("Decision: {text}").format(text=d.text)]))
            for a in self.draft.actions:
                if a.agenda_index == index:
                    top.addChild(
                        QTreeWidgetItem(
                            [
                                self.tr("Action: {text}").format(text=a.description),
                                a.owner_name,
                                a.deadline.isoformat() if a.deadline else "",
                            ]
                        )
                    )
            if index is not None and self.meeting.agenda[index].review_of_actions:
                for r in self.draft.reviews:
                    top.addChild(
                        QTreeWidgetItem(
                            [
                                self.tr("Review: {text}").format(text=r.description),
                                r.owner_name,
                                r.status.label,
                            ]
                        )
                    )
            if top.childCount() or index == self._index():
                self.captured.addTopLevelItem(top)
                top.setExpanded(True)

    def collect(self) -> MinutesDraft:
        """The draft as on screen, including the half-typed capture line (kept in the recovery copy)."""
        self.draft.notes = self.notes.toPlainText()
        return self.draft

    def mark_dirty(self) -> None:
        if not self.dirty:
            self.dirty = True
            self.dirty_changed.emit(True)

    # ------------------------------------------------------------------------------------ actions
    def capture_as(self, kind: str) -> None:
        text = self.capture.text().strip()
        if not text or self.draft.locked:
            return
        index = self._index()
        if kind == "point":
            self.draft.points.append(Point(text, index))
        elif kind == "decision":
            self.draft.decisions.append(Decision(text, index))
        else:
            action = parse_action(text)
            action.agenda_index = index
            for p in self.meeting.participants:
                if action.owner_name and action.owner_name in p.name:
                    action.owner_name, action.owner_email = p.name, p.email
                    action.owner_person_id, action.owner_contact_id = p.person_id, p.contact_id
                    break
            self.draft.actions.append(action)
        self.capture.clear()
        self.mark_dirty()
        self._refresh_captured()
        self.write_recovery()

    def select_item(self, step: int) -> None:
        row = max(0, min(self.agenda.count() - 1, self.agenda.currentRow() + step))
        self.agenda.setCurrentRow(row)

    def _item_changed(self, _row: int) -> None:
        self.paused_ms = 0
        if self.running:
            self.elapsed.restart()
        self._refresh_captured()
        self._tick()

    def toggle_timer(self) -> None:
        if self.running:
            self.paused_ms += self.elapsed.elapsed()
            self.running = False
            self.timer_button.setText(self.tr("Start timer (Ctrl+T)"))
        else:
            self.elapsed.restart()
            self.running = True
            self.timer_button.setText(self.tr("Pause timer (Ctrl+T)"))
        self._tick()

    def item_seconds(self) -> int:
        return (self.paused_ms + (self.elapsed.elapsed() if self.running else 0)) // 1000

    def _tick(self) -> None:
        seconds = self.item_seconds()
        self.timer_label.setText(f"{seconds // 60:02d}:{seconds % 60:02d}")
        index = self._index()
        box = self.meeting.agenda[index].minutes if index is not None else None
        if box:
            self.timebox.setMaximum(box * 60)
            self.timebox.setValue(min(seconds, box * 60))
            if seconds >= box * 60:
                self.warning.setText(
                    self.tr("Time box of {minutes} min is over: wrap up or move on.").format(minutes=box)
                )
            elif box > 1 and seconds >= box * 60 - 60:
                self.warning.setText(self.tr("One minute left for this item."))
            else:
                self.warning.clear()
        else:
            self.timebox.setMaximum(1)
            self.timebox.setValue(0)
            self.warning.clear()

    def _attendance_changed(self, item: QListWidgetItem) -> None:
        self.draft.attendance[self.attendance.row(item)] = item.checkState() == Qt.CheckState.Checked
        self.mark_dirty()

    # ------------------------------------------------------------------------------------ saving
    def write_recovery(self) -> None:
        if not self.dirty:
            return
        draft = self.collect()
        line = self.capture.text()
        if line.strip():  # the half-typed line survives as a point of the current item, marked
            copy = MinutesDraft.from_json(draft.to_json())
            copy.points.append(Point(line.strip() + " …", self._index()))
            draft = copy
        now = datetime.now(UTC)
        self.store.save(self.key, draft, label=self.meeting.topic, saved_at=now, extra=self.live_state())
        self.status.setText(
            self.tr("Kept safe on this computer at {time}.").format(
                time=tz.format_instant(now, self.meeting.tz, fmt="%H:%M:%S")
            )
        )

    def live_state(self) -> dict:
        """What live mode needs to carry on after a crash: the agenda item and its timer."""
        return {"item": self.agenda.currentRow(), "seconds": self.item_seconds(), "running": self.running}

    def restore_live(self, live: dict, saved_at: datetime | None = None) -> None:
        """Back to the agenda item and timer of a recovery copy. A timer that was running keeps
        running and counts the time since the copy was written (the meeting went on)."""
        item = live.get("item")
        if isinstance(item, int) and 0 <= item < self.agenda.count():
            self.agenda.setCurrentRow(item)  # restarts the item timer: set it afterwards
        seconds = live.get("seconds")
        seconds = seconds if isinstance(seconds, int) and seconds >= 0 else 0
        running = bool(live.get("running"))
        if running and saved_at is not None:
            seconds += max(0, int((datetime.now(UTC) - saved_at).total_seconds()))
        self.paused_ms = seconds * 1000
        self.running = False
        self.timer_button.setText(self.tr("Start timer (Ctrl+T)"))
        if running:
            self.elapsed.restart()
            self.running = True
            self.timer_button.setText(self.tr("Pause timer (Ctrl+T)"))
        self._tick()

    def save(self) -> bool:
        if self.save_fn is None or self.draft.locked:
            return False
        self.write_recovery()
        stored = self.save_fn(self.collect())
        if stored is None:
            return False
        self.draft = stored
        self.dirty = False
        self.dirty_changed.emit(False)
        self.store.discard(self.key)
        self._load()
        self.status.setText(self.tr("Saved."))
        self.saved.emit(stored)
        return True
