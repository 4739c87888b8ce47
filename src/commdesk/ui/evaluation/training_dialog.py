"""The training plan (EV-4) in a window: a period's sessions (day, topic, trainer) with how many of
the people expected came, a new session, and attendance marked for the chosen session.

The service records attendance by name (a person named again is updated), so the people offered
are the app's people and the staff directory's members, each once by name; someone in neither is
typed in and ticked like the others.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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

from commdesk.core.contacts.names import sort_key
from commdesk.core.errors import CommdeskError
from commdesk.services.evaluation.voices import EvaluationVoicesService, Training
from commdesk.services.people import PeopleService
from commdesk.services.staff.service import StaffService
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


def percent(part: int, whole: int) -> str:
    """A share as the evaluation pane shows it (75.0 %); "–" when nobody was expected."""
    return f"{100 * part / whole:.1f} %" if whole else "–"


class TrainingDialog(AsksBeforeDiscarding, QDialog):
    """The sessions of a period, newest first; a new session; who came to the chosen one."""

    def __init__(self, services, period: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.voices: EvaluationVoicesService = services.get(EvaluationVoicesService)
        self.sessions: list[Training] = []
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
        self.topic.setPlaceholderText(self.tr("e.g. 媒体采访应对"))
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

        # -- attendance at the chosen session
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Part of a name or department"))
        self.filter.setClearButtonEnabled(True)
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("People (Space ticks)"))
        self.other = QLineEdit()
        self.other.setMaxLength(200)
        self.other.setPlaceholderText(self.tr("A name not in the list"))
        self.include_button = QPushButton(self.tr("&Include"))
        self.present_button = QPushButton(self.tr("&Mark present"))
        self.absent_button = QPushButton(self.tr("Mark a&bsent"))
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        attendance = QGroupBox(self.tr("Attendance"))
        side = QVBoxLayout(attendance)
        side.addWidget(self.chosen)
        filter_row = QHBoxLayout()
        filter_label = QLabel(self.tr("Fil&ter:"))
        filter_label.setBuddy(self.filter)
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter, 1)
        side.addLayout(filter_row)
        people_label = QLabel(self.tr("Peop&le (tick those to mark):"))
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
        marks.addWidget(self.present_button)
        marks.addWidget(self.absent_button)
        marks.addStretch(1)
        side.addLayout(marks)
        side.addWidget(self.done_label)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(new)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(attendance)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.period)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(box)
        self.resize(1040, 640)
        enter_stays_in_fields(self)

        self._fill_people()
        self.refusal = self.voices.may_record()
        for widget in (self.add_button, self.present_button, self.absent_button, self.include_button):
            widget.setToolTip(self.refusal)
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
        self.present_button.clicked.connect(lambda: self.mark(True))
        self.absent_button.clicked.connect(lambda: self.mark(False))
        self.people.itemChanged.connect(lambda _i: self._enable_marks())
        self.period.apply()
        self.mark_unchanged()
        self.table.setFocus()

    # ------------------------------------------------------------------ people to choose from
    def _fill_people(self) -> None:
        """The app's people and the staff directory's members (when this person may read it), each
        name once with its department; the trainers' completer offers the same names."""
        found: dict[str, str] = {}
        try:
            for p in self.services.get(PeopleService).list():
                found.setdefault(p.name, p.department)
        except CommdeskError:
            pass
        staff = self.services.get(StaffService)
        if not staff.may_read():
            try:
                for m in staff.members(include_inactive=False):
                    found.setdefault(m.name, m.department)
            except CommdeskError:
                pass
        for name in sorted(found, key=sort_key):  # Chinese names by pinyin, with Latin ones
            self._add_person(name, found[name])
        names = QCompleter(list(found), self)
        names.setFilterMode(Qt.MatchFlag.MatchContains)
        self.trainer.setCompleter(names)

    def _add_person(self, name: str, department: str = "", checked: bool = False) -> QListWidgetItem:
        item = QListWidgetItem(f"{name} — {department}" if department else name)
        item.setData(NAME, name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.people.addItem(item)
        return item

    def ticked(self) -> list[str]:
        return ticked_texts(self.people, NAME)

    def filter_people(self, text: str) -> None:
        folded = text.strip().casefold()
        for i in range(self.people.count()):
            item = self.people.item(i)
            item.setHidden(bool(folded) and folded not in item.text().casefold())

    def include_other(self) -> None:
        """Someone in neither list: added to it, ticked."""
        name = self.other.text().strip()
        if not name:
            return
        same = [
            self.people.item(i) for i in range(self.people.count()) if self.people.item(i).data(NAME) == name
        ]
        item = same[0] if same else self._add_person(name)
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
        except CommdeskError as exc:
            show_error(self, self.tr("Training plan"), exc)
            return
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

    def current(self) -> Training | None:
        wanted = chosen_id(self.table)
        return next((t for t in self.sessions if t.id == wanted), None)

    def show_chosen(self) -> None:
        t = self.current()
        if t is None:
            self.chosen.setText(
                self.tr("Add a session first; then tick the people and mark them present or absent.")
                if not self.sessions
                else self.tr("Choose a session in the list.")
            )
        else:
            self.chosen.setText(
                self.tr("Session: {day} {topic} — {present} of {expected} present.").format(
                    day=t.day.isoformat(), topic=t.topic, present=t.present, expected=t.expected
                )
            )
        self._enable_marks()

    def _enable_marks(self) -> None:
        on = not self.refusal and self.current() is not None and bool(self.ticked())
        self.present_button.setEnabled(on)
        self.absent_button.setEnabled(on)

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

    def mark(self, present: bool) -> Training | None:
        session = self.current()
        names = self.ticked()
        if self.refusal or session is None or not names:
            return None
        try:
            done = self.voices.attend(session.id, names, present=present)
        except CommdeskError as exc:
            show_error(self, self.tr("The attendance was not recorded"), exc)
            return None
        for i in range(self.people.count()):
            self.people.item(i).setCheckState(Qt.CheckState.Unchecked)
        self.reload(select=done.id)
        text = (
            self.tr("Marked present at “{topic}”: {names}.")
            if present
            else self.tr("Marked absent at “{topic}”: {names}.")
        )
        self.done_label.setText(text.format(topic=done.topic, names="、".join(names)))
        return done

    # ------------------------------------------------------------------ closing
    def edit_state(self):
        return (self.topic.text(), self.trainer.text(), self.other.text(), tuple(self.ticked()))

    def discard_question(self) -> tuple[str, str]:
        return self.tr("Close the training plan?"), self.tr(
            "What you typed or ticked is not recorded yet. Close anyway?"
        )
