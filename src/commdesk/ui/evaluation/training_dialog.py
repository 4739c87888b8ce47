"""The training plan (EV-4) in a window: a period's sessions (day, topic, trainer) with how many of
the people expected came, a new session, the attendance of the chosen session, and the people who
came to no session of the period.

The service records attendance by name (a person named again is updated), so the people offered
are the app's people and the staff directory's members (``trainees()``), each once by name, with
anyone marked at a session of the period; someone in none of them is typed in and ticked like the
others. The ticks are the chosen session's attendance: ticked, marked present. Ticking or
unticking changes it on screen (kept per session while another is looked at) until Save records
it: ticked people present, unticked people who were present absent. People who were expected and
did not come at all are chosen in the list and marked absent.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commdesk.core.errors import CommdeskError
from commdesk.services.evaluation.voices import (
    EvaluationVoicesService,
    Training,
    not_at_any_session,
)
from commdesk.ui.common.ask import show_error
from commdesk.ui.common.unsaved import AsksBeforeDiscarding
from commdesk.ui.evaluation.interviews_dialog import (
    PeriodField,
    chosen_id,
    day_edit,
    enter_stays_in_fields,
    fit_columns,
    list_table,
    ticked_texts,
)

NAME = Qt.ItemDataRole.UserRole
DEPARTMENT = Qt.ItemDataRole.UserRole + 1


def percent(part: int, whole: int) -> str:
    """A share as the evaluation pane shows it (75.0 %); "–" when nobody was expected."""
    return f"{100 * part / whole:.1f} %" if whole else "–"


class TrainingDialog(AsksBeforeDiscarding, QDialog):
    """The sessions of a period, newest first; a new session; who came to the chosen one; who came
    to none."""

    def __init__(self, services, period: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.voices: EvaluationVoicesService = services.get(EvaluationVoicesService)
        self.sessions: list[Training] = []
        self.trainees: list[str] = []  # the app's people and the staff directory's members
        self.marked: dict[int, dict[str, bool]] = {}  # session -> person -> present, as stored
        self.pending: dict[int, dict[str, bool]] = {}  # session -> person -> ticked, not saved yet
        self._shown: int | None = None  # the session whose attendance the ticks show
        self.setWindowTitle(self.tr("Training plan (EV-4)"))

        self.period = PeriodField(services, period)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = list_table(
            [
                self.tr("Day"),
                self.tr("Topic"),
                self.tr("Trainer"),
                self.tr("Present"),
                self.tr("Absent"),
                self.tr("Attendance"),
            ],
            1,
            self.tr("Training sessions"),
        )

        # -- a new session
        self.day = day_edit(services)
        self.topic = QLineEdit()
        self.topic.setMaxLength(300)
        self.topic.setPlaceholderText(self.tr("e.g. Handling press interviews"))
        self.trainer = QLineEdit()
        self.trainer.setMaxLength(200)
        self.trainer.setPlaceholderText(self.tr("Who gives it (optional)"))
        self.add_button = QPushButton(self.tr("&Add session"))
        new = QGroupBox(self.tr("New session"))
        form = QFormLayout(new)
        for text, widget in (
            (self.tr("&Day:"), self.day),
            (self.tr("T&opic:"), self.topic),
            (self.tr("T&rainer:"), self.trainer),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.add_button)

        # -- nobody's attendance in the period
        self.absentees = QListWidget()
        self.absentees.setAccessibleName(self.tr("Not at any session in this period"))
        self.absentees.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.absent_box = QGroupBox(self.tr("Not at any session in this period"))
        absent_layout = QVBoxLayout(self.absent_box)
        absent_layout.addWidget(self.absentees)

        # -- attendance at the chosen session
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Part of a name or department"))
        self.filter.setClearButtonEnabled(True)
        self.people = QListWidget()
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.people.setAccessibleName(self.tr("People (ticked: present; Space ticks)"))
        self.other = QLineEdit()
        self.other.setMaxLength(200)
        self.other.setPlaceholderText(self.tr("A name not in the list"))
        self.include_button = QPushButton(self.tr("&Include"))
        self.save_button = QPushButton(self.tr("Save atte&ndance"))
        self.save_button.setToolTip(
            self.tr("Ticked people are recorded present; people unticked who were present, absent.")
        )
        self.absent_button = QPushButton(self.tr("Mark chosen a&bsent"))
        self.absent_button.setToolTip(
            self.tr("Expected and did not come: choose them in the list (Ctrl+click for more).")
        )
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.unsaved = QLabel()
        self.unsaved.setWordWrap(True)
        self.unsaved.setStyleSheet("color: #8a5a00")
        self.unsaved.hide()
        attendance = QGroupBox(self.tr("Attendance"))
        side = QVBoxLayout(attendance)
        side.addWidget(self.chosen)
        filter_row = QHBoxLayout()
        filter_label = QLabel(self.tr("Fil&ter:"))
        filter_label.setBuddy(self.filter)
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter, 1)
        side.addLayout(filter_row)
        people_label = QLabel(self.tr("Peop&le (ticked: present):"))
        people_label.setBuddy(self.people)
        side.addWidget(people_label)
        side.addWidget(self.people, 1)
        other_row = QHBoxLayout()
        other_label = QLabel(self.tr("Someone &else:"))
        other_label.setBuddy(self.other)
        other_row.addWidget(other_label)
        other_row.addWidget(self.other, 1)
        other_row.addWidget(self.include_button)
        side.addLayout(other_row)
        marks = QHBoxLayout()
        marks.addWidget(self.save_button)
        marks.addWidget(self.absent_button)
        marks.addStretch(1)
        side.addLayout(marks)
        side.addWidget(self.unsaved)
        side.addWidget(self.done_label)

        below = QHBoxLayout()
        below.addWidget(new, 3)
        below.addWidget(self.absent_box, 2)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(below)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(attendance)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        # the attendance side gets room for "name — department" and its fields (it was clipped at 300 px)
        split.setSizes([600, 420])
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.period)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(box)
        self.resize(1040, 640)
        enter_stays_in_fields(self)

        self.refusal = self.voices.may_record()
        self._fill_people()
        for widget in (self.add_button, self.save_button, self.absent_button, self.include_button):
            widget.setToolTip(self.refusal or widget.toolTip())
        for widget in (new, self.other, self.include_button):
            widget.setEnabled(not self.refusal)
        self.period.chosen.connect(lambda _p: self.reload())
        self.table.itemSelectionChanged.connect(self.show_chosen)
        self.add_button.clicked.connect(self.add_session)
        self.topic.returnPressed.connect(self.add_session)
        self.trainer.returnPressed.connect(self.add_session)
        self.filter.textChanged.connect(self.filter_people)
        self.other.returnPressed.connect(self.include_other)
        self.include_button.clicked.connect(self.include_other)
        self.save_button.clicked.connect(self.save_attendance)
        self.absent_button.clicked.connect(self.mark_chosen_absent)
        self.people.itemChanged.connect(self._tick_changed)
        self.people.itemSelectionChanged.connect(self._enable_marks)
        self.period.apply()
        self.mark_unchanged()
        self.table.setFocus()

    # ------------------------------------------------------------------ people to choose from
    def _fill_people(self) -> None:
        """The people training is offered to, each name once with its department; the trainers'
        completer offers the same names."""
        try:
            offered = self.voices.trainees()
        except CommdeskError as exc:  # the list stays open for names typed in
            offered = []
            self.done_label.setText(str(exc))
        self.trainees = [t.name for t in offered]
        for t in offered:  # Chinese names by pinyin, with Latin ones
            self._add_person(t.name, t.department)
        names = QCompleter([t.name for t in offered], self)
        names.setFilterMode(Qt.MatchFlag.MatchContains)
        self.trainer.setCompleter(names)

    def _add_person(self, name: str, department: str = "") -> QListWidgetItem:
        item = QListWidgetItem()
        item.setData(NAME, name)
        item.setData(DEPARTMENT, department)
        checkable = Qt.ItemFlag.ItemIsUserCheckable
        item.setFlags(item.flags() & ~checkable if self.refusal else item.flags() | checkable)
        self.people.blockSignals(True)
        item.setCheckState(Qt.CheckState.Unchecked)
        self._label(item, None)
        self.people.addItem(item)
        self.people.blockSignals(False)
        return item

    def _label(self, item: QListWidgetItem, stored: bool | None) -> None:
        """The name with its department, and whether it was marked absent at the chosen session."""
        name, department = item.data(NAME), item.data(DEPARTMENT)
        text = f"{name} — {department}" if department else name
        if stored is False:
            text = self.tr("{person} (absent)").format(person=text)
        item.setText(text)

    def _item(self, name: str) -> QListWidgetItem | None:
        return next(
            (
                self.people.item(i)
                for i in range(self.people.count())
                if self.people.item(i).data(NAME) == name
            ),
            None,
        )

    def ticked(self) -> list[str]:
        return ticked_texts(self.people, NAME)

    def filter_people(self, text: str) -> None:
        folded = text.strip().casefold()
        for i in range(self.people.count()):
            item = self.people.item(i)
            item.setHidden(bool(folded) and folded not in item.text().casefold())

    def include_other(self) -> None:
        """Someone in neither list: added to it, ticked (present at the chosen session once saved)."""
        name = self.other.text().strip()
        if not name:
            return
        item = self._item(name) or self._add_person(name)
        item.setCheckState(Qt.CheckState.Checked)
        item.setHidden(False)
        self.people.scrollToItem(item)
        self.other.clear()
        self._enable_marks()

    # ------------------------------------------------------------------ the sessions
    def reload(self, select: int | None = None) -> None:
        period = self.period.period
        if period is None:
            return
        before = self.current()
        if select is None and before is not None:
            select = before.id
        try:
            self.sessions = self.voices.trainings(period)
            marked = self.voices.attendance(period)
        except CommdeskError as exc:
            show_error(self, self.tr("Training plan"), exc)
            return
        self.marked = {}
        for a in marked:
            self.marked.setdefault(a.session_id, {})[a.person] = a.present
            if self._item(a.person) is None:  # typed in once: offered again
                self._add_person(a.person)
        self._shown = None
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.sessions))
        for r, t in enumerate(self.sessions):
            absent = t.expected - t.present
            attendance = self.tr("{present} of {expected} ({share})").format(
                present=t.present, expected=t.expected, share=percent(t.present, t.expected)
            )
            cells = (t.day.isoformat(), t.topic, t.trainer, str(t.present), str(absent), attendance)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, t.id)
                if c >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        fit_columns(self.table, 1)
        expected = sum(t.expected for t in self.sessions)
        present = sum(t.present for t in self.sessions)
        self.summary.setText(
            self.tr(
                "Sessions in {period}: {n}; {present} of {expected} people expected attended ({share})."
            ).format(
                period=period.label(),
                n=len(self.sessions),
                present=present,
                expected=expected,
                share=percent(present, expected),
            )
        )
        if self.sessions:
            at = next((r for r, t in enumerate(self.sessions) if t.id == select), 0)
            self.table.selectRow(at)
        self.show_chosen()
        self.show_absentees(marked)

    def show_absentees(self, marked) -> None:
        """The people training is offered to, and anyone marked at a session of the period, whom
        no session of the period saw present (as ``evaluation training list`` says; a name typed
        in and not saved yet, or marked in another period only, does not count)."""
        names = not_at_any_session(self.trainees, marked)
        self.absentees.clear()
        self.absentees.addItems(names)
        if not names:
            self.absentees.addItem(
                self.tr("Everyone was at a session.") if self.sessions else self.tr("No session yet.")
            )
        self.absent_box.setTitle(self.tr("Not at any session in this period: {n}").format(n=len(names)))

    def current(self) -> Training | None:
        wanted = chosen_id(self.table)
        return next((t for t in self.sessions if t.id == wanted), None)

    def show_chosen(self) -> None:
        t = self.current()
        if t is None:
            self.chosen.setText(
                self.tr("Add a session first; then tick the people who came and save.")
                if not self.sessions
                else self.tr("Choose a session in the list.")
            )
        else:
            self.chosen.setText(
                self.tr("Session: {day} {topic} — {present} of {expected} present.").format(
                    day=t.day.isoformat(), topic=t.topic, present=t.present, expected=t.expected
                )
            )
        self._show_ticks(t)
        self._enable_marks()

    def _show_ticks(self, t: Training | None) -> None:
        """The ticks as the session's attendance: stored, with what was changed here and not saved."""
        self._shown = t.id if t is not None else None
        stored = self.marked.get(t.id, {}) if t is not None else {}
        changed = self.pending.get(t.id, {}) if t is not None else {}
        self.people.blockSignals(True)
        for i in range(self.people.count()):
            item = self.people.item(i)
            name = item.data(NAME)
            on = changed.get(name, stored.get(name, False))
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self._label(item, stored.get(name))
        self.people.blockSignals(False)

    def _tick_changed(self, item: QListWidgetItem) -> None:
        """A tick changed by hand: kept as a change of the session shown until it is saved."""
        if self._shown is None:
            return
        name = item.data(NAME)
        on = item.checkState() == Qt.CheckState.Checked
        changes = self.pending.setdefault(self._shown, {})
        if on == self.marked.get(self._shown, {}).get(name, False):
            changes.pop(name, None)
        else:
            changes[name] = on
        if not changes:
            del self.pending[self._shown]
        self._enable_marks()

    def changes(self) -> tuple[list[str], list[str]]:
        """Of the session shown: (ticked and not stored present, unticked and stored present)."""
        changed = self.pending.get(self._shown, {}) if self._shown is not None else {}
        return [n for n, on in changed.items() if on], [n for n, on in changed.items() if not on]

    def chosen_to_mark_absent(self) -> list[str]:
        return [item.data(NAME) for item in self.people.selectedItems() if not item.isHidden()]

    def _enable_marks(self) -> None:
        shown = not self.refusal and self.current() is not None
        came, left = self.changes()
        self.save_button.setEnabled(shown and bool(came or left))
        self.absent_button.setEnabled(shown and bool(self.chosen_to_mark_absent()))
        here = len(came) + len(left)
        elsewhere = sum(len(c) for k, c in self.pending.items() if k != self._shown)
        words = []
        if here:
            words.append(self.tr("Ticks changed and not saved yet: {n}.").format(n=here))
        if elsewhere:
            words.append(self.tr("Not saved at other sessions: {n}.").format(n=elsewhere))
        self.unsaved.setText(" ".join(words))
        self.unsaved.setVisible(bool(words))

    # ------------------------------------------------------------------ recording
    def add_session(self) -> Training | None:
        if self.refusal:
            return None
        try:
            made = self.voices.add_training(
                self.day.date().toPython(), self.topic.text(), self.trainer.text()
            )
        except CommdeskError as exc:
            show_error(self, self.tr("The session was not added"), exc)
            return None
        self.topic.clear()
        self.trainer.clear()
        self.period.show_day(made.day)
        self.reload(select=made.id)
        self.done_label.setText(self.tr("Session “{topic}” added.").format(topic=made.topic))
        self.people.setFocus()
        return made

    def save_attendance(self) -> Training | None:
        """The ticks of the session shown: ticked people present, unticked ones who were, absent."""
        session = self.current()
        came, left = self.changes()
        if self.refusal or session is None or not (came or left):
            return None
        return self._record(session, came, left)

    def mark_chosen_absent(self) -> Training | None:
        """The people chosen (highlighted) in the list: expected at the session and not there."""
        session = self.current()
        names = self.chosen_to_mark_absent()
        if self.refusal or session is None or not names:
            return None
        return self._record(session, [], names)

    def _record(self, session: Training, came: list[str], left: list[str]) -> Training | None:
        try:
            done = self.voices.record_attendance(session.id, present=came, absent=left)
        except CommdeskError as exc:
            show_error(self, self.tr("The attendance was not recorded"), exc)
            return None
        changed = self.pending.get(session.id, {})
        for name in (*came, *left):
            changed.pop(name, None)
        if not changed:
            self.pending.pop(session.id, None)
        self.people.clearSelection()
        self.reload(select=done.id)
        said = []
        if came:
            said.append(
                self.tr("Recorded present at “{topic}”: {names}.").format(
                    topic=done.topic, names="、".join(came)
                )
            )
        if left:
            said.append(
                self.tr("Recorded absent at “{topic}”: {names}.").format(
                    topic=done.topic, names="、".join(left)
                )
            )
        self.done_label.setText(" ".join(said))
        return done

    # ------------------------------------------------------------------ closing
    def edit_state(self):
        return (
            self.topic.text(),
            self.trainer.text(),
            self.other.text(),
            tuple(sorted((k, tuple(sorted(v.items()))) for k, v in self.pending.items())),
        )

    def discard_question(self) -> tuple[str, str]:
        return self.tr("Close the training plan?"), self.tr(
            "What you typed or ticked is not recorded yet. Close anyway?"
        )
