"""Managers' interviews (EV-3) in a window: a period's interviews (day, the interviewee's role, the
themes, a summary of the notes), filtered by theme, and an interview typed or corrected in its own
editor.

The service keeps no interviewee's name, only the role (部门经理 is enough), so the window shows
and asks for the role alone. Themes are tags: those already used are offered to tick, new ones are
typed. The notes run long, so what is typed is copied to this computer every few seconds by the one
drafts store (``core.drafts``, ``INTERVIEW_DRAFTS``): after a crash the window offers it back,
Recover first. A correction is saved from the version it started from (kept with its copy): someone
else's save in between is shown beside it, to keep one or the other.

``PeriodField`` (the period typed, refused in words) is shared with the training window.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commdesk.core import timezones as tz
from commdesk.core.contacts.names import sort_key
from commdesk.core.drafts import DraftKind
from commdesk.core.errors import CommdeskError, ConflictError
from commdesk.core.evaluation.catalogue import Period, PeriodKind, parse_period, period_containing
from commdesk.core.evaluation.surveys import parse_themes
from commdesk.services.evaluation.voices import EvaluationVoicesService, Interview
from commdesk.services.settings import SettingsService
from commdesk.ui.common.ask import ask, confirm, show_error
from commdesk.ui.common.conflict import resolve_conflict
from commdesk.ui.common.unsaved import AsksBeforeDiscarding

SUMMARY_LENGTH = 80  # characters of the notes shown in the list


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def org_today(services) -> date:
    """Today in the organisation's zone (never the process's)."""
    return tz.today_in(services.get(SettingsService).time_zone(), services.ctx.clock)


def day_edit(services) -> QDateEdit:
    """A day, today (the organisation's) to begin with, typed as 2026-11-20 or picked in a calendar."""
    edit = QDateEdit(to_qdate(org_today(services)))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def list_table(headers: list[str], stretch: int, name: str) -> QTableWidget:
    """A read-only list of records, one row chosen at a time; Tab leaves it (arrows move in it)."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.setAccessibleName(name)
    fit_columns(table, stretch)
    return table


def fit_columns(table: QTableWidget, stretch: int) -> None:
    """Columns as wide as their contents, ``stretch`` taking the room left."""
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def chosen_id(table: QTableWidget) -> int | None:
    """The id (first cell's user data) of the row chosen, or None."""
    row = table.currentRow()
    if row < 0 or not table.selectedItems() or table.item(row, 0) is None:
        return None
    return table.item(row, 0).data(Qt.ItemDataRole.UserRole)


def ticked_texts(items: QListWidget, role: int = Qt.ItemDataRole.DisplayRole) -> list:
    """What the ticked items of a list hold (their text, or the data of ``role``)."""
    return [
        items.item(i).data(role)
        for i in range(items.count())
        if items.item(i).checkState() == Qt.CheckState.Checked
    ]


def first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def enter_stays_in_fields(dialog: QDialog) -> None:
    """Enter in a field does what the field says (show the period, add the session) and never
    presses a button of the window as well (Close would shut it): no button is a default one."""
    for button in dialog.findChildren(QPushButton):
        button.setAutoDefault(False)
        button.setDefault(False)


# ------------------------------------------------------------------------------------------ the period
class PeriodField(QWidget):
    """``&Period:`` [2026Q4] [&Show]: emits ``chosen`` with the period once it is typed right; a
    wrong one is said under the field, in words."""

    chosen = Signal(object)  # Period

    def __init__(self, services, code: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.edit = QLineEdit(code or period_containing(org_today(services), PeriodKind.QUARTER).code)
        self.edit.setPlaceholderText(self.tr("2026Q4, 2026-11, 2026H2 or 2026"))
        self.edit.setAccessibleName(self.tr("Period"))
        self.show_button = QPushButton(self.tr("&Show"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        label = QLabel(self.tr("&Period:"))
        label.setBuddy(self.edit)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.edit, 1)
        row.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.edit.returnPressed.connect(self.apply)
        self.show_button.clicked.connect(self.apply)
        self.period: Period | None = None

    def apply(self) -> Period | None:
        try:
            period = parse_period(self.edit.text())
        except CommdeskError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return None
        self.error.hide()
        self.edit.setText(period.code)
        self.period = period
        self.chosen.emit(period)
        return period

    def show_day(self, day: date) -> None:
        """A record just made on ``day`` outside the period shown: the period of the same kind
        holding it is shown instead, so the record is seen where it was filed."""
        period = self.period
        if period is not None and not (period.first <= day < period.end):
            self.edit.setText(period_containing(day, period.kind).code)
            self.apply()


# ------------------------------------------------------------------------------------------ the draft
@dataclass(frozen=True)
class InterviewDraft:
    """An interview as typed and not saved yet: what the recovery copy holds."""

    day: str  # ISO date
    role: str = ""
    themes: tuple[str, ...] = ()  # ticked among those already used
    new_themes: str = ""  # typed
    notes: str = ""
    follow_ups: str = ""

    def to_json(self) -> dict:
        data = asdict(self)
        data["themes"] = list(self.themes)
        return data

    @classmethod
    def from_json(cls, data: dict) -> InterviewDraft:
        themes = data.get("themes") or []
        if not isinstance(themes, list):
            raise ValueError("the ticked themes are a list")
        return cls(
            day=date.fromisoformat(str(data["day"])).isoformat(),  # a damaged copy is set aside
            role=str(data.get("role") or ""),
            themes=tuple(str(t) for t in themes),
            new_themes=str(data.get("new_themes") or ""),
            notes=str(data.get("notes") or ""),
            follow_ups=str(data.get("follow_ups") or ""),
        )

    def label(self) -> str:
        first = first_line(self.notes)
        return " — ".join(x for x in (self.day, self.role.strip(), first[:40]) if x)

    @classmethod
    def of(cls, interview: Interview) -> InterviewDraft:
        """An interview as stored, as the editor begins a correction of it."""
        return cls(
            day=interview.day.isoformat(),
            role=interview.role,
            themes=interview.themes,
            notes=interview.notes,
            follow_ups=interview.follow_ups,
        )


INTERVIEW_DRAFTS: DraftKind[InterviewDraft] = DraftKind(
    "interviews", encode=InterviewDraft.to_json, decode=InterviewDraft.from_json
)


def draft_key(services, interview_id: int | None = None) -> str:
    """A draft is its typist's: one new interview per person on this computer, and one correction
    per interview and person."""
    person = services.person().id
    return f"new-{person}" if interview_id is None else f"{interview_id}-{person}"


def drafted_interview(key: str, services) -> int | None:
    """The interview a correction's draft key names, None for a new interview's (or another's)."""
    found = re.fullmatch(rf"(\d+)-{services.person().id}", key)
    return int(found.group(1)) if found else None


def summary_of(interview: Interview) -> str:
    first = first_line(interview.notes)
    return first if len(first) <= SUMMARY_LENGTH else first[: SUMMARY_LENGTH - 1] + "…"


def theme_counts(interviews: list[Interview]) -> list[tuple[str, int]]:
    """Each theme once (as first spelled; case does not count) with the interviews naming it, the
    most named first, then by pinyin."""
    counts: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    for i in interviews:
        for t in i.themes:
            spelled.setdefault(t.casefold(), t)
            counts[t.casefold()] += 1
    return sorted(((spelled[k], n) for k, n in counts.items()), key=lambda tn: (-tn[1], sort_key(tn[0])))


@dataclass
class UsedBefore:
    """What earlier interviews used, offered again: themes most used first, the roles."""

    themes: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, interviews: list[Interview]) -> UsedBefore:
        themes = [t for t, _n in theme_counts(interviews)]
        roles = list(dict.fromkeys(i.role for i in interviews if i.role))
        return cls(themes, roles)


# ------------------------------------------------------------------------------------------ the editor
class InterviewDialog(AsksBeforeDiscarding, QDialog):
    """A new interview, or a correction of ``editing``: the day, the interviewee's role, themes
    (ticked or typed), notes and follow-ups. ``saved`` holds the interview once saved. What is typed
    is copied to the drafts store every ``AUTOSAVE_MS`` while it differs from the last copy; a
    correction is saved from ``base_version`` (the version it started from)."""

    AUTOSAVE_MS = 2000

    def __init__(
        self,
        services,
        used: UsedBefore,
        draft: InterviewDraft | None = None,
        copied_at: str = "",
        parent: QWidget | None = None,
        *,
        editing: Interview | None = None,
        base_version: int | None = None,
    ):
        super().__init__(parent)
        self.services = services
        self.voices: EvaluationVoicesService = services.get(EvaluationVoicesService)
        self.store = INTERVIEW_DRAFTS.open(services.ctx)
        self.editing = editing
        self.base_version = base_version if base_version is not None else getattr(editing, "version", None)
        self.key = draft_key(services, editing.id if editing else None)
        self.saved: Interview | None = None
        self._written: InterviewDraft | None = None
        self.setWindowTitle(self.tr("Edit interview") if editing else self.tr("New interview"))

        self.day = day_edit(services)
        self.role = QLineEdit()
        self.role.setMaxLength(200)
        self.role.setPlaceholderText(self.tr("A role is enough, e.g. Head of Sales; no name is kept"))
        roles = QCompleter(used.roles, self)
        roles.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        roles.setFilterMode(Qt.MatchFlag.MatchContains)
        self.role.setCompleter(roles)
        self.used_themes = QListWidget()
        self.used_themes.setFlow(QListView.Flow.LeftToRight)
        self.used_themes.setWrapping(True)
        self.used_themes.setResizeMode(QListView.ResizeMode.Adjust)
        self.used_themes.setSpacing(2)
        self.used_themes.setMaximumHeight(64)
        self.used_themes.setAccessibleName(self.tr("Themes already used (Space ticks)"))
        for theme in used.themes:
            item = QListWidgetItem(theme)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.used_themes.addItem(item)
        if self.used_themes.count():
            self.used_themes.setCurrentRow(0)
        self.new_themes = QLineEdit()
        self.new_themes.setPlaceholderText(self.tr("Other themes, separated by 、 or commas"))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("What was said"))
        self.follow_ups = QPlainTextEdit()
        self.follow_ups.setTabChangesFocus(True)
        self.follow_ups.setMaximumHeight(90)
        self.follow_ups.setPlaceholderText(self.tr("What the office will do about it"))
        self.copy_state = QLabel()
        self.copy_state.setWordWrap(True)
        self.copy_state.setStyleSheet("color: #555")

        form = QFormLayout()
        used_label = QLabel(self.tr("Themes &used before:"))
        used_label.setBuddy(self.used_themes)
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Day:"), self.day),
            (self.tr("&Interviewee (role):"), self.role),
        ]
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        if self.used_themes.count():
            form.addRow(used_label, self.used_themes)
        else:
            self.used_themes.hide()
        for text, widget in (
            (
                self.tr("&Themes:") if not self.used_themes.count() else self.tr("Other &themes:"),
                self.new_themes,
            ),
            (self.tr("&Notes:"), self.notes),
            (self.tr("Fo&llow-ups:"), self.follow_ups),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)

        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.copy_state)
        layout.addWidget(self.box)
        self.resize(760, 600)

        if editing is not None:
            self._fill(InterviewDraft.of(editing))
        self.mark_unchanged()
        if draft is not None:  # a copy left behind: shown as typed, so it counts as unsaved
            self._fill(draft)
            self._written = draft
            self.copy_state.setText(
                self.tr("Continued from the copy kept on this computer ({time}).").format(time=copied_at)
            )
        self.autosave = QTimer(self)
        self.autosave.setInterval(self.AUTOSAVE_MS)
        self.autosave.timeout.connect(self.write_draft)
        self.autosave.start()
        self.role.setFocus()

    # ------------------------------------------------------------------ what is typed
    def chosen_themes(self) -> list[str]:
        """The themes ticked and typed; a correction keeps the order its themes had (the list
        offers them most used first), new ones after them."""
        tags = parse_themes("\n".join([*ticked_texts(self.used_themes), self.new_themes.text()]))
        had = {t.casefold(): i for i, t in enumerate(self.editing.themes if self.editing else ())}
        return sorted(tags, key=lambda t: had.get(t.casefold(), len(had)))

    def draft(self) -> InterviewDraft:
        return InterviewDraft(
            day=self.day.date().toPython().isoformat(),
            role=self.role.text(),
            themes=tuple(ticked_texts(self.used_themes)),
            new_themes=self.new_themes.text(),
            notes=self.notes.toPlainText(),
            follow_ups=self.follow_ups.toPlainText(),
        )

    def _fill(self, d: InterviewDraft) -> None:
        self.day.setDate(to_qdate(date.fromisoformat(d.day)))
        self.role.setText(d.role)
        ticked = {t.casefold() for t in d.themes}
        untold = []
        for theme in d.themes:
            if not any(
                self.used_themes.item(i).text().casefold() == theme.casefold()
                for i in range(self.used_themes.count())
            ):
                untold.append(theme)  # a theme ticked then, not offered now: kept as typed
        for i in range(self.used_themes.count()):
            item = self.used_themes.item(i)
            on = item.text().casefold() in ticked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.new_themes.setText("、".join(x for x in (*untold, d.new_themes) if x.strip()))
        self.notes.setPlainText(d.notes)
        self.follow_ups.setPlainText(d.follow_ups)

    def edit_state(self):
        return self.draft()

    def discard_question(self) -> tuple[str, str]:
        return self.tr("Discard the interview?"), self.tr(
            "What you typed in this interview is not saved. Discard it?"
        )

    # ------------------------------------------------------------------ the copy on this computer
    def write_draft(self) -> None:
        """Copy what is typed to the drafts store when it changed since the last copy."""
        if not self.has_unsaved_edits():
            return
        d = self.draft()
        if d == self._written:
            return
        moment = self.services.ctx.clock()
        self.store.save(
            self.key,
            d,
            saved_at=moment,
            label=d.label(),
            person_id=self.services.person().id,
            base_version=self.base_version,
        )
        self._written = d
        zone = self.services.get(SettingsService).time_zone()
        self.copy_state.setText(
            self.tr("A copy of what you typed is kept on this computer ({time}).").format(
                time=tz.format_instant(moment, zone)
            )
        )

    def discard_draft(self) -> None:
        self.store.discard(self.key)

    # ------------------------------------------------------------------ save, close
    def save(self) -> None:
        self.write_draft()
        typed = (
            self.day.date().toPython(),
            self.role.text(),
            self.chosen_themes(),
            self.notes.toPlainText(),
            self.follow_ups.toPlainText(),
        )
        try:
            if self.editing is None:
                self.saved = self.voices.add_interview(*typed)
            else:
                self.saved = self.voices.edit_interview(
                    self.editing.id, *typed, expected_version=self.base_version
                )
        except ConflictError as exc:
            self._saved_in_between(exc)
            return
        except CommdeskError as exc:
            show_error(self, self.tr("The interview was not saved; what you typed is kept"), exc)
            return
        self.discard_draft()
        self.mark_unchanged()
        self.accept()

    def _saved_in_between(self, exc: ConflictError) -> None:
        """Someone saved this interview since the correction began: both versions side by side.
        Keep mine saves over the stored one; Take theirs drops what was typed and shows theirs;
        Cancel goes on editing (the copy is kept)."""
        assert self.editing is not None  # a new interview has no version to miss
        choice = resolve_conflict(self, exc)
        if choice == "cancel":
            return
        try:
            stored = self.voices.interview(self.editing.id)
        except CommdeskError as error:
            show_error(self, self.tr("The interview was not saved; what you typed is kept"), error)
            return
        if choice == "mine":
            self.base_version = stored.version
            self.save()
            return
        self.saved = stored
        self.discard_draft()
        self.mark_unchanged()
        self.accept()

    def reject(self) -> None:
        if self.has_unsaved_edits() and not confirm(self, *self.discard_question()):
            return
        self.discard_draft()  # thrown away on purpose (asked first when something was typed)
        QDialog.reject(self)

    def done(self, result: int) -> None:
        self.autosave.stop()
        super().done(result)


# ------------------------------------------------------------------------------------------ the window
class InterviewsDialog(QDialog):
    """The interviews of a period, newest first, filtered by theme; the chosen one in full beside."""

    def __init__(self, services, period: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.voices: EvaluationVoicesService = services.get(EvaluationVoicesService)
        self.store = INTERVIEW_DRAFTS.open(services.ctx)
        self.interviews: list[Interview] = []
        self._offered = False
        self.setWindowTitle(self.tr("Interviews (EV-3)"))

        self.period = PeriodField(services, period)
        self.theme = QComboBox()
        self.theme.setMinimumContentsLength(16)
        self.theme.setAccessibleName(self.tr("Theme"))
        theme_label = QLabel(self.tr("T&heme:"))
        theme_label.setBuddy(self.theme)
        self.add_button = QPushButton(self.tr("&Add interview…"))
        self.edit_button = QPushButton(self.tr("E&dit…"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = list_table(
            [self.tr("Day"), self.tr("Interviewee (role)"), self.tr("Themes"), self.tr("Summary")],
            3,
            self.tr("Interviews"),
        )
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setTabChangesFocus(True)
        self.detail.setAccessibleName(self.tr("The chosen interview"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.period, 1)
        top.addWidget(theme_label)
        top.addWidget(self.theme)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(box)
        self.resize(980, 620)
        enter_stays_in_fields(self)

        self.refusal = self.voices.may_record()
        self.add_button.setEnabled(not self.refusal)
        self.add_button.setToolTip(self.refusal)
        self.edit_button.setToolTip(
            self.refusal or self.tr("Correct the chosen interview (also a double-click)")
        )
        self.period.chosen.connect(lambda _p: self.reload())
        self.theme.currentIndexChanged.connect(lambda _i: self.show_rows())
        self.table.itemSelectionChanged.connect(self.show_detail)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_interview())
        self.add_button.clicked.connect(self.add_interview)
        self.edit_button.clicked.connect(self.edit_interview)
        self.period.apply()
        self.table.setFocus()

    # ------------------------------------------------------------------ the list
    def reload(self, select: int | None = None) -> None:
        period = self.period.period
        if period is None:
            return
        try:
            self.interviews = self.voices.interviews(period)
        except CommdeskError as exc:
            show_error(self, self.tr("Interviews"), exc)
            return
        wanted = self.theme.currentData()
        self.theme.blockSignals(True)
        self.theme.clear()
        self.theme.addItem(self.tr("All themes"), None)
        for theme, n in theme_counts(self.interviews):
            self.theme.addItem(self.tr("{theme} ({n})").format(theme=theme, n=n), theme.casefold())
        self.theme.setCurrentIndex(max(0, self.theme.findData(wanted)))
        self.theme.blockSignals(False)
        self.show_rows(select)

    def shown(self) -> list[Interview]:
        wanted = self.theme.currentData()
        if wanted is None:
            return list(self.interviews)
        return [i for i in self.interviews if any(t.casefold() == wanted for t in i.themes)]

    def show_rows(self, select: int | None = None) -> None:
        rows = self.shown()
        self.table.setRowCount(len(rows))
        for r, i in enumerate(rows):
            cells = (i.day.isoformat(), i.role, "、".join(i.themes), summary_of(i))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, i.id)
                if c == 3 and i.notes:
                    item.setToolTip(i.notes[:1000])
                self.table.setItem(r, c, item)
        fit_columns(self.table, 3)
        period = self.period.period
        label = period.label() if period else ""
        if self.theme.currentData() is None:
            self.summary.setText(
                self.tr("Interviews in {period}: {n}.").format(period=label, n=len(self.interviews))
            )
        else:
            self.summary.setText(
                self.tr("Interviews in {period} naming this theme: {shown} of {n}.").format(
                    period=label, shown=len(rows), n=len(self.interviews)
                )
            )
        if rows:
            at = next((r for r, i in enumerate(rows) if i.id == select), 0)
            self.table.selectRow(at)
        self.show_detail()

    def current(self) -> Interview | None:
        wanted = chosen_id(self.table)
        return next((i for i in self.interviews if i.id == wanted), None)

    def show_detail(self) -> None:
        i = self.current()
        self.edit_button.setEnabled(not self.refusal and i is not None)
        if i is None:
            self.detail.setPlainText(
                self.tr("No interview in this period yet.") if not self.interviews else ""
            )
            return
        parts = [
            f"{i.day.isoformat()} · {i.role}",
            self.tr("Themes: {themes}").format(themes="、".join(i.themes)),
            "",
            i.notes or self.tr("(no notes)"),
        ]
        if i.follow_ups:
            parts += ["", self.tr("Follow-ups:"), i.follow_ups]
        self.detail.setPlainText("\n".join(parts))

    # ------------------------------------------------------------------ adding, recovery
    def used_before(self) -> UsedBefore:
        """Themes and roles of every interview so far (any period), to offer again."""
        try:
            return UsedBefore.of(self.voices.interviews())
        except CommdeskError:
            return UsedBefore()

    def add_interview(self) -> Interview | None:
        """The editor, continuing this person's unsaved interview when one was left behind."""
        return self._open_editor(None)

    def edit_interview(self) -> Interview | None:
        """The editor on the chosen interview, continuing this person's unsaved correction of it
        when one was left behind."""
        chosen = self.current()
        if self.refusal or chosen is None:
            return None
        return self._open_editor(chosen)

    def _open_editor(self, editing: Interview | None) -> Interview | None:
        kept = self.store.load(draft_key(self.services, editing.id if editing else None))
        copied_at = ""
        if kept is not None:
            zone = self.services.get(SettingsService).time_zone()
            copied_at = tz.format_instant(kept.saved_at, zone)
        editor = InterviewDialog(
            self.services,
            self.used_before(),
            kept.value if kept else None,
            copied_at,
            parent=self,
            editing=editing,
            base_version=kept.base_version if kept else None,
        )
        if editor.exec() != QDialog.DialogCode.Accepted or editor.saved is None:
            return None
        saved = editor.saved
        self.period.show_day(saved.day)
        self.theme.setCurrentIndex(0)
        self.reload(select=saved.id)
        return saved

    def offer_recovery(self) -> None:
        """Interviews (or corrections of one) typed and not saved when commdesk stopped, this
        person's, oldest first: Recover (the default, Enter) opens each in the editor; Later (also
        Esc) keeps it for next time; Discard, confirmed, deletes."""
        if self.refusal or not self.isVisible():  # closed before the offer came round: none
            return
        mine = draft_key(self.services)
        for kept in self.store.list():
            interview_id = drafted_interview(kept.key, self.services)
            if kept.key == mine:
                self._offer(kept, None)
            elif interview_id is not None:
                try:
                    editing = self.voices.interview(interview_id)
                except CommdeskError:
                    continue  # not there any more: the copy stays, nothing to correct with it
                self._offer(kept, editing)

    def _offer(self, kept, editing: Interview | None) -> None:
        zone = self.services.get(SettingsService).time_zone()
        recover, later, discard = (
            QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Discard,
        )
        label = kept.label or kept.value.label() or self.tr("(nothing typed yet)")
        question = (
            self.tr("The interview “{label}” was not saved (copy from {time}). Recover it now?")
            if editing is None
            else self.tr(
                "Your corrections of the interview “{label}” were not saved (copy from {time}). "
                "Recover them now?"
            )
        )
        reply = ask(
            self,
            "question",
            self.tr("Recover an unsaved interview"),
            question.format(label=label, time=tz.format_instant(kept.saved_at, zone)),
            recover | later | discard,
            default=recover,
            labels={recover: self.tr("&Recover"), later: self.tr("&Later")},
        )
        if reply == recover:
            self._open_editor(editing)
        elif reply == discard and confirm(
            self,
            self.tr("Discard the unsaved interview"),
            self.tr("Delete the unsaved copy of “{label}” for good?").format(label=label),
        ):
            self.store.discard(kept.key)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._offered:
            self._offered = True
            QTimer.singleShot(0, self, self.offer_recovery)
