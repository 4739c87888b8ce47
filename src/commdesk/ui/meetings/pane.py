"""The Meetings pane: list with filters, week and month calendars, action tracker, minutes in live mode."""

from __future__ import annotations

from datetime import time, timedelta

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSystemTrayIcon,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commdesk.core import timezones as tz
from commdesk.core.errors import CommdeskError
from commdesk.core.files import write_atomically
from commdesk.core.meetings.minutes import MINUTES_DRAFTS
from commdesk.core.meetings.model import ActionStatus
from commdesk.services.actions import ActionFilter, ActionService
from commdesk.services.meetings.minutes import MeetingMinutesService
from commdesk.services.meetings.service import MeetingService
from commdesk.services.settings import SettingsService
from commdesk.ui.common.ask import ask, ask_text, confirm, show_error
from commdesk.ui.common.pane import Pane
from commdesk.ui.common.screen import fitting_size
from commdesk.ui.meetings.dialogs import PlanningDialog
from commdesk.ui.meetings.live import MinutesEditor
from commdesk.ui.meetings.models import ID_ROLE, ActionTableModel, MeetingTableModel


def _file_name(topic: str, what: str) -> str:
    safe = "".join("_" if ch in '\\/:*?"<>|' or ord(ch) < 32 else ch for ch in topic).strip()[:80]
    return f"{safe or 'meeting'} {what}.pdf"


class MinutesWindow(QDialog):
    """The minutes editor in its own window (live mode during the meeting)."""

    def __init__(self, services, meeting, draft, store, parent=None):
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Minutes: {topic}").format(topic=meeting.topic))
        layout = QVBoxLayout(self)
        self.editor = MinutesEditor(meeting, draft, store, self._save, self)
        layout.addWidget(self.editor)
        row = QHBoxLayout()
        save = self.save_button = QPushButton(self.tr("&Save (Ctrl+S)"))
        save.clicked.connect(self.editor.save)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.close)
        row.addStretch(1)
        row.addWidget(save)
        row.addWidget(close)
        layout.addLayout(row)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.editor.save)
        self.resize(fitting_size(self, 1080, 700))  # fits 1280×800 beside the navigation
        # the window stays open across a switch of person: Save follows who sits at the desk now
        services.person_changed.connect(self._person_changed)
        self._person_changed(None)

    def _person_changed(self, _person) -> None:
        why = self.services.get(MeetingMinutesService).may_write()
        self.save_button.setEnabled(not why)
        self.save_button.setToolTip(why)

    def _save(self, draft):
        try:
            stored = self.services.get(MeetingMinutesService).save(draft)
        except CommdeskError as exc:
            show_error(self, self.tr("The minutes were not saved"), exc)
            return None
        return stored

    def _offer_save(self) -> None:
        if (
            self.editor.dirty
            and not self.editor.draft.locked
            and self.save_button.isEnabled()
            and confirm(
                self,
                self.tr("Save the minutes?"),
                self.tr("Save the minutes to the database now? (A copy stays on this computer either way.)"),
            )
        ):
            self.editor.save()

    def reject(self) -> None:
        """Esc, Close and the window's close button (Qt's closeEvent calls reject) ask about unsaved
        minutes once, then close; no closeEvent of its own, which asked a second time."""
        self._offer_save()
        super().reject()


class CalendarView(QWidget):
    """Week or month grid of meetings; double-click opens the first meeting of a day."""

    def __init__(self, pane, weeks: int, parent=None):
        super().__init__(parent)
        self.pane, self.weeks = pane, weeks
        self.anchor = self._today()
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.title = QLabel()
        for text, step in ((self.tr("◀ Earlier"), -1), (self.tr("Today"), 0), (self.tr("Later ▶"), 1)):
            b = QPushButton(text)
            b.clicked.connect(lambda _c=False, s=step: self.move(s))
            bar.addWidget(b)
        bar.addWidget(self.title, 1)
        layout.addLayout(bar)
        self.grid = QTableWidget(self.weeks, 7)
        self.grid.setObjectName("calendarGrid")
        self.grid.setHorizontalHeaderLabels(
            [
                self.tr("Mon"),
                self.tr("Tue"),
                self.tr("Wed"),
                self.tr("Thu"),
                self.tr("Fri"),
                self.tr("Sat"),
                self.tr("Sun"),
            ]
        )
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setWordWrap(True)
        self.grid.cellDoubleClicked.connect(self._open)
        layout.addWidget(self.grid)
        self.cells: dict[tuple[int, int], list[int]] = {}

    def _zone(self) -> str:
        return self.pane.services.get(SettingsService).time_zone()

    def _today(self):
        return tz.today_in(self._zone(), self.pane.services.ctx.clock)

    def first_day(self):
        if self.weeks == 1:
            return self.anchor - timedelta(days=self.anchor.weekday())
        first = self.anchor.replace(day=1)
        return first - timedelta(days=first.weekday())

    def move(self, step: int) -> None:
        if step == 0:
            self.anchor = self._today()
        elif self.weeks == 1:
            self.anchor += timedelta(weeks=step)
        else:
            month = self.anchor.month - 1 + step
            self.anchor = self.anchor.replace(
                year=self.anchor.year + month // 12, month=month % 12 + 1, day=1
            )
        self.refresh()

    def refresh(self) -> None:
        # Days are the organisation's; each meeting shows its own wall-clock time, and its zone when
        # that is not the organisation's.
        first = self.first_day()
        zone = self._zone()
        start = tz.wall_clock(first, time(0), zone)
        rows = self.pane.svc.list(start, tz.wall_clock(first + timedelta(days=7 * self.weeks), time(0), zone))
        self.title.setText(
            self.tr("{first} – {last} (days in {zone})").format(
                first=first.strftime("%Y-%m-%d"),
                last=(first + timedelta(days=7 * self.weeks - 1)).strftime("%Y-%m-%d"),
                zone=zone,
            )
        )
        self.cells.clear()
        texts: dict[tuple[int, int], list[str]] = {}
        for m in rows:
            cell_day = tz.to_zone(m.start, zone).date()
            offset = (cell_day - first).days
            if not 0 <= offset < 7 * self.weeks:
                continue
            key = (offset // 7, offset % 7)
            local = tz.to_zone(m.start, m.tz)
            # its own date too when that is not the cell's (09:00 Thursday in Los Angeles sits on
            # Friday in a Shanghai office's week)
            when = local.strftime("%H:%M" if local.date() == cell_day else "%m-%d %H:%M")
            if m.tz != zone:
                when += f" ({tz.zone_label(m.start, m.tz)})"
            texts.setdefault(key, []).append(when + " " + m.topic + (" ✕" if m.cancelled else ""))
            self.cells.setdefault(key, []).append(m.id)
        for r in range(self.weeks):
            for c in range(7):
                day = first + timedelta(days=7 * r + c)
                item = QTableWidgetItem("\n".join([day.strftime("%m-%d"), *texts.get((r, c), [])]))
                if self.weeks > 1 and day.month != self.anchor.month:
                    item.setForeground(self.palette().mid())
                self.grid.setItem(r, c, item)

    def _open(self, row: int, col: int) -> None:
        ids = self.cells.get((row, col))
        if ids:
            self.pane.edit_meeting(ids[0])


class MeetingsPane(Pane):
    tables = frozenset(
        {
            "meeting_series",
            "meetings",
            "meeting_participants",
            "meeting_agenda_items",
            "meeting_minutes",
            "meeting_minute_entries",
            "meeting_actions",
            "meeting_action_reviews",
        }
    )
    refresh_when_hidden = True  # the badge: overdue action items

    def __init__(self, services, parent=None):
        super().__init__(services, parent)
        self.svc: MeetingService = services.get(MeetingService)
        self.store = MINUTES_DRAFTS.open(services.ctx)
        self.windows: list[MinutesWindow] = []
        layout = QVBoxLayout(self)
        # Two rows, the meeting's and its minutes', so the pane fits 1280x800 beside the navigation.
        bar, minutes_bar = QHBoxLayout(), QHBoxLayout()
        self.buttons = {}
        minutes_keys = {"live", "send_minutes", "circulate", "approve", "reopen"}
        for key, text, fn in (
            ("new", self.tr("&New meeting"), self.new_record),
            ("edit", self.tr("Ed&it"), lambda: self.edit_meeting(self.selected_id())),
            ("live", self.tr("&Minutes / live mode"), self.open_minutes),
            ("invite", self.tr("E&xport invitation"), self.export_invitation),
            ("send_invite", self.tr("Sen&d invitation"), self.send_invitation),
            ("send_minutes", self.tr("Send minu&tes"), self.send_minutes),
            ("circulate", self.tr("&Circulate minutes"), self.circulate),
            ("approve", self.tr("&Approve minutes"), self.approve),
            ("reopen", self.tr("&Re-open minutes"), self.reopen),
            ("cancel", self.tr("Cancel meeting"), self.cancel_meeting),
            ("backlog", self.tr("Series &backlog…"), self.edit_backlog),
        ):
            b = QPushButton(text)
            b.setObjectName(f"meetings_{key}")
            b.clicked.connect(fn)
            (minutes_bar if key in minutes_keys else bar).addWidget(b)
            self.buttons[key] = b
        for row in (bar, minutes_bar):
            row.addStretch(1)
            layout.addLayout(row)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)
        # list
        lst = QWidget()
        lv = QVBoxLayout(lst)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search topic, purpose, room"))
        self.range = QComboBox()
        for label, value in (
            (self.tr("Upcoming"), "upcoming"),
            (self.tr("Past"), "past"),
            (self.tr("All"), "all"),
        ):
            self.range.addItem(label, value)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Every kind"), None)
        from commdesk.core.meetings.model import MeetingKind

        for k in MeetingKind:
            self.kind.addItem(k.label, k.value)
        for w in (self.search, self.range, self.kind):
            filters.addWidget(w)
        lv.addLayout(filters)
        self.model = MeetingTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("meetingsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_meeting(self.selected_id()))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.update_buttons())
        lv.addWidget(self.table)
        self.tabs.addTab(lst, self.tr("List"))
        self.week = CalendarView(self, 1)
        self.month = CalendarView(self, 6)
        self.tabs.addTab(self.week, self.tr("Week"))
        self.tabs.addTab(self.month, self.tr("Month"))
        # actions
        act = QWidget()
        av = QVBoxLayout(act)
        af = QHBoxLayout()
        self.action_scope = QComboBox()
        for label, value in (
            (self.tr("Open and in progress"), "active"),
            (self.tr("Mine"), "mine"),
            (self.tr("Overdue"), "overdue"),
            (self.tr("Done"), "done"),
            (self.tr("Cancelled"), "cancelled"),
            (self.tr("All"), "all"),
        ):
            self.action_scope.addItem(label, value)
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("Owner"))
        af.addWidget(self.action_scope)
        af.addWidget(self.owner)
        self.status_buttons: dict[ActionStatus, QPushButton] = {}
        for status in (ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.CANCELLED):
            b = QPushButton(status.label)
            b.setObjectName(f"actions_{status.value}")
            b.clicked.connect(lambda _c=False, s=status: self.set_action_status(s))
            af.addWidget(b)
            self.status_buttons[status] = b
        report = QPushButton(self.tr("Action report PDF"))
        report.clicked.connect(self.export_action_report)
        af.addWidget(report)
        av.addLayout(af)
        self.action_model = ActionTableModel(self)
        self.actions_table = QTableView()
        self.actions_table.setObjectName("actionsTable")
        self.actions_table.setModel(self.action_model)
        self.actions_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.actions_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.actions_table.selectionModel().selectionChanged.connect(lambda *_a: self.update_action_buttons())
        av.addWidget(self.actions_table)
        self.tabs.addTab(act, self.tr("Action items"))
        self.search.textChanged.connect(self.refresh)
        self.range.currentIndexChanged.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.action_scope.currentIndexChanged.connect(self.refresh_actions)
        self.owner.textChanged.connect(self.refresh_actions)
        self.tabs.currentChanged.connect(lambda _i: self.refresh_current())
        services.person_changed.connect(self.apply_person)  # the buttons follow the person at once
        self.tray: QSystemTrayIcon | None = None
        self.refresh()
        self.refresh_actions()
        # what the first showing finds already loaded (unless something was committed in between)
        self._made_upto: int | None = self.services.commits_so_far()
        QTimer.singleShot(0, self.offer_recovery)
        QTimer.singleShot(0, self.notify_due_today)

    # ------------------------------------------------------------------------------------ refresh
    def on_tables_changed(self, tables: frozenset[str]) -> None:
        self.refresh_current()

    def refresh_current(self) -> None:
        self.watch.reloaded()
        widget = self.tabs.currentWidget()
        if widget in (self.week, self.month):
            widget.refresh()
        self.refresh()
        self.refresh_actions()

    def refresh(self) -> None:
        now = self.services.ctx.clock()  # an instant: no zone needed to compare
        scope = self.range.currentData()
        start = now - timedelta(hours=12) if scope == "upcoming" else None
        end = now if scope == "past" else None
        rows = self.svc.list(start, end, self.search.text(), self.kind.currentData())
        if scope == "past":
            rows.reverse()
        selected = self.selected_id()
        self.model.set_rows(rows)
        for row, summary in enumerate(rows):  # the selection survives a refresh (after an action)
            if summary.id == selected:
                self.table.selectRow(row)
                break
        self.table.resizeColumnToContents(0)
        self.update_buttons()

    def selected_summary(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def refresh_permissions(self) -> None:
        """Another person at the desk (or the pane's first showing): every button follows their roles."""
        self.update_buttons()
        self.update_action_buttons()

    def why_not(self) -> dict[str, str]:
        """For each button, "" when the acting person may use it on the selected meeting now, else why
        not in words. The one place this pane decides; the reasons come from the services' own checks
        (``may_plan``, ``may_write``, ``may_send``…), which use the roles their writes require."""
        from commdesk.services.mail.outbox import OutboxService

        summary = self.selected_summary()
        minutes = self.services.get(MeetingMinutesService)
        plan, write = self.svc.may_plan(), minutes.may_write()
        send = self.services.get(OutboxService).may_send()
        if summary is None:
            pick = self.tr("Select a meeting first.")
            return {
                "new": plan,
                "edit": plan or pick,
                "live": write or pick,
                "invite": pick,
                "send_invite": plan or send or pick,
                "send_minutes": write or send or pick,
                "circulate": write or pick,
                "approve": write or pick,
                "reopen": pick,
                "cancel": plan or pick,
                "backlog": plan or pick,
            }
        state = summary.minutes_state
        return {
            "new": plan,
            "edit": plan,
            "live": write,
            "invite": "",
            "send_invite": plan or send,
            "send_minutes": write or send,
            "circulate": write or ("" if state == "draft" else self.tr("Only draft minutes are circulated.")),
            "approve": write or minutes.may_approve(summary.id),
            "reopen": minutes.may_reopen(summary.id)
            if state == "approved"
            else self.tr("Only approved minutes are re-opened."),
            "cancel": plan or (self.tr("The meeting is already cancelled.") if summary.cancelled else ""),
            "backlog": plan
            or ("" if summary.series_id is not None else self.tr("This meeting is not part of a series.")),
        }

    def update_buttons(self) -> None:
        for key, why in self.why_not().items():
            self.buttons[key].setEnabled(not why)
            self.buttons[key].setToolTip(why)

    def update_action_buttons(self) -> None:
        view = self.selected_action()
        why = (
            self.services.get(ActionService).may_update(view.action)
            if view is not None
            else self.tr("Select an action item first.")
        )
        for b in self.status_buttons.values():
            b.setEnabled(not why)
            b.setToolTip(why)

    def refresh_actions(self) -> None:
        scope = self.action_scope.currentData()
        statuses = {
            "active": (ActionStatus.OPEN, ActionStatus.IN_PROGRESS),
            "done": (ActionStatus.DONE,),
            "cancelled": (ActionStatus.CANCELLED,),
            "mine": (ActionStatus.OPEN, ActionStatus.IN_PROGRESS),
        }.get(scope, ())
        svc = self.services.get(ActionService)
        rows = svc.list(
            ActionFilter(
                mine=scope == "mine",
                overdue=scope == "overdue",
                owner=self.owner.text(),
                statuses=statuses,
            )
        )
        self.action_model.set_rows(rows)
        self.actions_table.resizeColumnToContents(0)
        self.update_action_buttons()
        if scope in ("active", "overdue", "all") and not self.owner.text():
            overdue = sum(1 for v in rows if v.overdue)  # every overdue action is among these rows
        else:
            overdue = svc.overdue_count()
        self.services.badge_changed.emit("meetings", overdue)

    def activated(self) -> None:
        made, self._made_upto = self._made_upto, None
        if made is not None and made == self.services.commits_so_far():
            return  # just made: its first load is what there is now
        self.refresh_current()

    def open_record(self, record_id) -> None:
        """Show meeting ``record_id`` selected in the list (from Home or another pane)."""
        self.tabs.setCurrentIndex(0)
        for field in (self.search, self.range):  # one refresh below, not one per filter reset
            field.blockSignals(True)
        self.search.clear()
        self.range.setCurrentIndex(self.range.findData("all"))
        for field in (self.search, self.range):
            field.blockSignals(False)
        self.refresh()
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if self.model.data(index, ID_ROLE) == record_id:
                self.table.selectRow(row)
                self.table.scrollTo(index)
                return

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], ID_ROLE) if rows else None

    # ------------------------------------------------------------------------------------ meetings
    def can_create(self) -> bool:
        return not self.svc.may_plan()

    def can_export_pdf(self) -> bool:
        return True

    def _refused(self, why: str) -> bool:
        """A way in that is not a button (File > New, a double-click): say why instead, in the status bar."""
        if why:
            self.status_message.emit(why)
        return bool(why)

    def new_record(self) -> None:
        if self._refused(self.svc.may_plan()):
            return
        dlg = PlanningDialog(self.services, parent=self)
        dlg.exec()
        self.refresh_current()

    def edit_meeting(self, meeting_id: int | None) -> None:
        if meeting_id is None or self._refused(self.svc.may_plan()):
            return
        dlg = PlanningDialog(self.services, self.svc.get(meeting_id), parent=self)
        dlg.exec()
        self.refresh_current()

    def _with_selected(self, fn) -> None:
        meeting_id = self.selected_id()
        if meeting_id is None:
            self.status_message.emit(self.tr("Select a meeting first."))
            return
        try:
            fn(meeting_id)
        except CommdeskError as exc:
            show_error(self, self.tr("That did not work"), exc)
        self.refresh_current()

    def open_minutes(self, meeting_id: int | None = None, draft=None) -> MinutesWindow | None:
        meeting_id = meeting_id or self.selected_id()
        if meeting_id is None:
            return None
        meeting = self.svc.get(meeting_id)
        window = MinutesWindow(
            self.services,
            meeting,
            draft or self.services.get(MeetingMinutesService).draft(meeting_id),
            self.store,
            self,
        )
        if draft is not None:
            window.editor.mark_dirty()
        self.windows.append(window)
        window.show()
        return window

    def export_invitation(self) -> None:
        """The .ics (written here, it is small), then the agenda PDF: rendered off the GUI thread,
        previewed and saved where the user says."""

        def run(meeting_id: int) -> None:
            ics, stem = self.svc.invitation_ics(meeting_id)
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export invitation"), stem + ".ics", self.tr("Calendar invitation (*.ics)")
            )
            if path:
                write_atomically(path, ics)
                self.status_message.emit(self.tr("Wrote {file}.").format(file=path))
                self.export_agenda_pdf(meeting_id)

        self._with_selected(run)

    def export_agenda_pdf(self, meeting_id: int) -> None:
        from commdesk.ui.common.export import export_pdf_interactively

        topic = self.svc.get(meeting_id).topic
        export_pdf_interactively(
            self,
            self.services,
            self.tr("Invitation and agenda"),
            _file_name(topic, self.tr("agenda")),
            lambda: self.svc.agenda_document(meeting_id),
        )

    def export_minutes_pdf(self, meeting_id: int) -> None:
        from commdesk.ui.common.export import export_pdf_interactively

        topic = self.svc.get(meeting_id).topic
        minutes = self.services.get(MeetingMinutesService)
        export_pdf_interactively(
            self,
            self.services,
            self.tr("Minutes"),
            _file_name(topic, self.tr("minutes")),
            lambda: minutes.minutes_document(meeting_id),
        )

    # ------------------------------------------------------------------------------------ mail
    def _reasons(self, meeting_id: int) -> dict[str, str] | None:
        """A reason for each of the meeting's procedure warnings (None: the user stopped)."""
        reasons: dict[str, str] = {}
        for f in self.svc.check(self.svc.get(meeting_id)):
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
                return None
            reasons[f.rule] = reason.strip()
        return reasons

    def send_invitation(self) -> None:
        """Invitation (.ics + agenda PDF) to every participant through the outbox; .eml without an account."""
        from commdesk.services.mail.sending import MeetingMailer
        from commdesk.ui.mail import sending

        def run(meeting_id: int) -> None:
            mailer = self.services.get(MeetingMailer)
            title = self.tr("Send invitation")
            if not sending.has_account(self.services):
                sending.save_eml_files(
                    self,
                    title,
                    lambda folder: mailer.outbox.save_as_eml(mailer.invitation_draft(meeting_id), folder),
                )
                return
            reasons = self._reasons(meeting_id)
            if reasons is None:
                return
            ids = sending.queue_with_override(
                self, title, lambda override: mailer.send_invitation(meeting_id, reasons, override=override)
            )
            if ids:
                sending.offer_send_now(self.services, self, ids)

        self._with_selected(run)

    def send_minutes(self) -> None:
        """Minutes PDF to the participants; distributed (PC-5) once sent. .eml without an account."""
        from commdesk.services.mail.sending import MeetingMailer
        from commdesk.ui.mail import sending

        def run(meeting_id: int) -> None:
            mailer = self.services.get(MeetingMailer)
            title = self.tr("Send minutes")
            if not sending.has_account(self.services):
                sending.save_eml_files(
                    self,
                    title,
                    lambda folder: mailer.outbox.save_as_eml(mailer.minutes_draft(meeting_id), folder),
                )
                return
            ids = sending.queue_with_override(
                self, title, lambda override: mailer.send_minutes(meeting_id, override=override)
            )
            if ids:  # once sent, the minutes are distributed: the list follows that commit
                sending.offer_send_now(self.services, self, ids)

        self._with_selected(run)

    def circulate(self) -> None:
        self._with_selected(self.services.get(MeetingMinutesService).circulate)

    def approve(self) -> None:
        """Approving locks the minutes and signs them off in the current person's name: ask first."""

        def run(meeting_id: int) -> None:
            topic = self.svc.get(meeting_id).topic
            if confirm(
                self,
                self.tr("Approve minutes"),
                self.tr(
                    "Approve the minutes of \u201c{topic}\u201d as {name}? They are then locked and signed off "
                    "in your name; only the organiser can re-open them, with a reason."
                ).format(topic=topic, name=self.services.person().name),
            ):
                self.services.get(MeetingMinutesService).approve(meeting_id)

        self._with_selected(run)

    def reopen(self) -> None:
        def run(meeting_id: int) -> None:
            reason = ask_text(
                self,
                self.tr("Re-open approved minutes"),
                self.tr("Why are the approved minutes re-opened? (kept in the audit log)"),
            )
            if reason:
                self.services.get(MeetingMinutesService).reopen(meeting_id, reason)

        self._with_selected(run)

    def edit_backlog(self):
        from commdesk.ui.meetings.backlog import BacklogDialog

        summary = self.selected_summary()
        if summary is None or summary.series_id is None:
            self.status_message.emit(self.tr("Select a meeting of a series first."))
            return None
        dlg = BacklogDialog(self.services, summary.series_id, self)
        dlg.exec()
        self.refresh_current()
        return dlg

    def cancel_meeting(self) -> None:
        def run(meeting_id: int) -> None:
            reason = ask_text(self, self.tr("Cancel meeting"), self.tr("Why is the meeting cancelled?"))
            if reason:
                self.svc.cancel(meeting_id, reason)

        self._with_selected(run)

    # ------------------------------------------------------------------------------------ actions
    def selected_action(self):
        rows = self.actions_table.selectionModel().selectedRows()
        return self.action_model.rows[rows[0].row()] if rows else None

    def set_action_status(self, status: ActionStatus) -> None:
        view = self.selected_action()
        if view is None:
            return
        from dataclasses import replace

        note = view.action.note
        if status is ActionStatus.CANCELLED:
            note = (
                ask_text(self, self.tr("Cancel action item"), self.tr("Why is this action cancelled?")) or ""
            )
            if not note.strip():
                return
        try:
            self.services.get(ActionService).update(
                replace(view.action, status=status, note=note), view.version
            )
        except CommdeskError as exc:
            show_error(self, self.tr("The action item was not changed"), exc)
        self.refresh_actions()

    def export_pdf(self) -> None:
        """Export PDF: the action report on the action tab, else the selected meeting's minutes (once
        there are any) or its invitation and agenda. Rendered off the GUI thread, previewed, saved."""
        meeting_id = self.selected_id()
        if self.tabs.currentIndex() != 0 or meeting_id is None:
            self.export_action_report()
        elif self.selected_summary().minutes_state is not None:
            self.export_minutes_pdf(meeting_id)
        else:
            self.export_agenda_pdf(meeting_id)

    def export_action_report(self) -> None:
        """The action report, rendered off the GUI thread, previewed and saved like every export."""
        from commdesk.ui.common.export import export_pdf_interactively

        svc = self.services.get(ActionService)
        export_pdf_interactively(
            self, self.services, self.tr("Action report"), "actions.pdf", svc.report_document
        )

    # ------------------------------------------------------------------------------------ start-up
    def offer_recovery(self) -> list[int]:
        """Minutes left behind by a crash: offer each one back. Recover is the default (Enter); Later
        (also Esc) keeps the copy for the next start; only Discard, chosen on purpose, deletes it."""
        restored = []
        recover, later, discard = (
            QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Discard,
        )
        zone = self.services.get(SettingsService).time_zone()
        for rec in self.store.list():
            question = self.tr(
                "The minutes of \u201c{topic}\u201d were not saved when commdesk stopped "
                "(copy from {time}). Recover them now, with the agenda item and timer where "
                "they were?"
            ).format(topic=rec.label, time=tz.format_instant(rec.saved_at, zone))
            reply = ask(
                self,
                "question",
                self.tr("Recover unsaved minutes"),
                question,
                recover | later | discard,
                default=recover,
                labels={recover: self.tr("&Recover"), later: self.tr("&Later")},
            )
            if reply == recover:
                try:
                    window = self.open_minutes(rec.value.meeting_id, rec.value)
                except CommdeskError as exc:
                    show_error(self, self.tr("The minutes could not be restored"), exc)
                    continue
                if window is not None:
                    window.editor.restore_live(rec.extra, rec.saved_at)
                restored.append(rec.value.meeting_id)
            elif reply == discard and confirm(
                self,
                self.tr("Discard unsaved minutes"),
                self.tr("Delete the unsaved copy of the minutes of \u201c{topic}\u201d for good?").format(
                    topic=rec.label
                ),
            ):
                self.store.discard(rec.key)
        return restored

    def due_today_text(self) -> str:
        due = self.services.get(ActionService).due_today()
        if not due:
            return ""
        return self.tr("Due today: {items}").format(items="; ".join(v.action.description for v in due))

    def notify_due_today(self) -> None:
        text = self.due_today_text()
        if text:
            self.status_message.emit(text)
        if text and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QIcon.fromTheme("appointment-soon"), self)
            self.tray.show()
            self.tray.showMessage(self.tr("commdesk: action items due today"), text)
