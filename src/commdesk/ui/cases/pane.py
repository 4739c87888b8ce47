"""The Cases pane: the case list with its filters and clock column on the left, the chosen case on
the right, the hotline's call screen (Ctrl+Shift+H) and the knowledge base one key away.

The list is filtered and ordered in SQL (``CaseDeskService``) and read a page at a time; a case's
steps go through ``CaseService`` with the version the pane showed, so a change saved meanwhile on
another desk is said in words and the case reloaded, never overwritten.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commdesk.core.cases.workflow import DONE_STATUSES, CaseStatus, Channel, Priority
from commdesk.core.errors import CommdeskError, ConflictError
from commdesk.services.cases.admin import CaseAdminService
from commdesk.services.cases.desk import CaseDeskService, CaseFilter
from commdesk.services.cases.service import Case, CaseService
from commdesk.ui.cases import models as m
from commdesk.ui.cases.call import CallDialog
from commdesk.ui.cases.dialogs import CaseTextDialog, KnowledgeDialog, ResolveDialog, RouteDialog
from commdesk.ui.cases.view import CaseView
from commdesk.ui.common.ask import ask, ask_text, confirm, show_error
from commdesk.ui.common.pane import Pane

#: the status filter's choices: (key, status or None); "open" = every open status
_OPEN = "open"
_ALL = "all"
#: ``open_record``'s key for the set-aside mail window instead of a case
SET_ASIDE = "set-aside"


class CasesPane(Pane):
    tables = frozenset(
        {
            "cases",
            "case_entries",
            "case_status_history",
            "case_clocks",
            "case_categories",
            "case_customers",
            "kb_entries",
            "people",
        }
    )

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(services, parent)
        self.svc: CaseService = services.get(CaseService)
        self.desk: CaseDeskService = services.get(CaseDeskService)
        self.current: Case | None = None

        # -- filters
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search words in the case, its person and its messages…"))
        self.search_timer = QTimer(self, singleShot=True, interval=200, timeout=self.apply_filter)
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.status = QComboBox()
        self.status.addItem(self.tr("Open"), _OPEN)
        self.status.addItem(self.tr("All"), _ALL)
        for s in CaseStatus:
            self.status.addItem(s.label, s.value)
        self.channel = QComboBox()
        self.channel.addItem(self.tr("Every channel"), None)
        for c in Channel:
            self.channel.addItem(c.label, c.value)
        self.category = QComboBox()
        self.mine = QCheckBox(self.tr("&Mine"))
        self.overdue = QCheckBox(self.tr("Over&due"))
        for combo in (self.status, self.channel, self.category):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        for box in (self.mine, self.overdue):
            box.toggled.connect(lambda _on: self.apply_filter())
        self.count_label = QLabel()
        self.call_button = QPushButton(self.tr("&Take a call…"))
        self.call_button.setToolTip(self.tr("Hotline call screen (Ctrl+Shift+H)"))
        self.call_button.clicked.connect(self.take_call)
        self.kb_button = QPushButton(self.tr("&Knowledge base…"))
        self.kb_button.clicked.connect(self.open_knowledge)
        self.report_button = QPushButton(self.tr("Re&port…"))
        self.report_button.clicked.connect(self.open_report)
        self.set_aside_button = QPushButton(self.tr("&Bounces and set-aside mail…"))
        self.set_aside_button.setToolTip(
            self.tr(
                "Mail the intake set aside: unreadable messages, automatic replies and bounces of no case"
            )
        )
        self.set_aside_button.clicked.connect(lambda _=False: self.open_set_aside())

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.call_button)
        top.addWidget(self.kb_button)
        top.addWidget(self.report_button)
        top.addWidget(self.set_aside_button)
        bar = QHBoxLayout()
        for text, widget in (
            (self.tr("&Status:"), self.status),
            (self.tr("Channe&l:"), self.channel),
            (self.tr("Cate&gory:"), self.category),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
        bar.addWidget(self.mine)
        bar.addWidget(self.overdue)
        bar.addStretch(1)

        # -- list
        self.model = m.CaseTableModel(self.desk, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        self._size_columns()
        for col in (m.COL_PRIORITY, m.COL_OWNER, m.COL_CHANNEL):
            header.setSectionHidden(col, True)
        self.table.activated.connect(lambda _i: self.open_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.view_timer.start())
        self.view_timer = QTimer(self, singleShot=True, interval=40, timeout=self.show_current)

        self.view = CaseView()
        self.view.calendar = self.svc.calendar()
        self.view.status_requested.connect(self.change_status)
        self.view.reply_requested.connect(self.reply)
        self.view.note_requested.connect(self.add_note)
        self.view.route_requested.connect(self.route)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([620, 420])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self.call_action = QAction(self.tr("Take a hotline call"), self)
        # in the main window its Cases menu holds Ctrl+Shift+H (from any pane) and takes it from here
        self.call_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.call_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.call_action.triggered.connect(lambda _=False: self.take_call())
        self.addAction(self.call_action)

        self._restore_state()
        self.reload_categories()
        self.refresh_permissions()
        self.apply_filter()

    # ------------------------------------------------------------------ Pane
    def can_find(self) -> bool:
        return True

    def can_create(self) -> bool:
        return not self.svc.may_work()

    def new_record(self) -> None:
        """File > New: a hotline call (letters and walk-ins: ``commdesk cases add``)."""
        self.take_call()

    def refresh(self) -> None:
        keep = self.current.id if self.current else None
        self.view.calendar = self.svc.calendar()  # the working hours or closed days may have changed
        self.model.refresh()
        self._count()
        if keep is not None:
            self.show_case(keep, quiet=True)

    def activated(self) -> None:
        self.refresh_permissions()

    def refresh_permissions(self) -> None:
        why = self.svc.may_work()
        self.view.set_may_work(why, self.svc.may_answer_inquiries())
        self.call_button.setEnabled(not why)
        self.call_action.setEnabled(not why)
        self.call_button.setToolTip(why or self.tr("Hotline call screen (Ctrl+Shift+H)"))

    def _size_columns(self) -> None:
        """Each column as wide as the words it holds in this language (a category's name, a status),
        within bounds; a width the person set is restored over these afterwards."""
        from commdesk.core.i18n import language

        header = self.table.horizontalHeader()
        cell, head = self.table.fontMetrics(), header.fontMetrics()
        lang = language()
        names = [
            c.name(lang) for c in self.services.get(CaseAdminService).categories() if c.parent_id is None
        ]

        def fit(col: int, texts, least: int, most: int) -> int:
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            wanted = max(
                [head.horizontalAdvance(title) + 24, *(cell.horizontalAdvance(t) + 16 for t in texts)]
            )
            return min(max(wanted, least), most)

        for col, width in (
            (m.COL_REFERENCE, fit(m.COL_REFERENCE, ["CD-2026-000123"], 110, 160)),
            (m.COL_CLOCK, 130),
            (m.COL_STATUS, fit(m.COL_STATUS, [s.label for s in CaseStatus], 70, 150)),
            (m.COL_PRIORITY, fit(m.COL_PRIORITY, [p.label for p in Priority], 50, 100)),
            (m.COL_CHANNEL, fit(m.COL_CHANNEL, [c.label for c in Channel], 60, 140)),
            (m.COL_CATEGORY, fit(m.COL_CATEGORY, names, 80, 190)),
            (m.COL_SUMMARY, 200),
            (m.COL_RAISED, 100),
            (m.COL_OWNER, 90),
        ):
            header.resizeSection(col, width)

    def save_state(self) -> None:
        self.services.prefs.set("cases/header", self.table.horizontalHeader().saveState())
        self.services.prefs.set("cases/splitter", self.splitter.saveState())

    def _restore_state(self) -> None:
        state = self.services.prefs.value("cases/header")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.table.horizontalHeader().restoreState(state)
        split = self.services.prefs.value("cases/splitter")
        if isinstance(split, QByteArray) and not split.isEmpty():
            self.splitter.restoreState(split)

    def open_record(self, record_id) -> None:
        """A case by its id, or ``SET_ASIDE``: the set-aside mail window (Home's intake line)."""
        if record_id == SET_ASIDE:
            self.open_set_aside()
            return
        self.show_case(int(record_id))

    # ------------------------------------------------------------------ list
    def reload_categories(self) -> None:
        keep = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("Every category"), None)
        from commdesk.core.i18n import language

        lang = language()
        for c in self.services.get(CaseAdminService).categories(include_inactive=False):
            self.category.addItem(("  " if c.parent_id else "") + c.name(lang), c.id)
        index = self.category.findData(keep)
        self.category.setCurrentIndex(max(index, 0))
        self.category.blockSignals(False)

    def case_filter(self) -> CaseFilter:
        key = self.status.currentData()
        channel = self.channel.currentData()
        return CaseFilter(
            status=CaseStatus(key) if key not in (_OPEN, _ALL) else None,
            open_only=key == _OPEN,
            channel=Channel(channel) if channel else None,
            category_id=self.category.currentData(),
            mine=self.mine.isChecked(),
            overdue=self.overdue.isChecked(),
            text=self.search.text(),
        )

    def apply_filter(self) -> None:
        self.search_timer.stop()
        keep = self.current.id if self.current else None
        self.model.set_filter(self.case_filter())
        self._count()
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        elif self.model.rowCount():
            self.table.selectRow(0)
        else:
            self.current = None
            self.view.show_case(None)

    def _count(self) -> None:
        self.count_label.setText(self.tr("%n case(s)", "", self.model.total))

    def show_current(self) -> None:
        line = self.model.line(self.table.currentIndex().row())
        if line is not None and (self.current is None or self.current.id != line.id):
            self.show_case(line.id, quiet=True)

    def open_current(self) -> None:
        """Enter on a row: the case, with the focus on its first step."""
        line = self.model.line(self.table.currentIndex().row())
        if line is None:
            return
        self.show_case(line.id)
        first = next((b for b in self.view.status_buttons if b.isEnabled()), None)
        (first or self.view.conversation).setFocus()

    def show_case(self, case_id: int, quiet: bool = False) -> None:
        try:
            self.current = self.svc.get(case_id)
        except CommdeskError as exc:
            if not quiet:
                show_error(self, self.tr("The case could not be opened"), exc)
            self.current = None
        self.view.show_case(self.current)
        if self.current is not None:
            row = self.model.row_of(self.current.id)
            if row >= 0 and self.table.currentIndex().row() != row:
                self.table.blockSignals(True)
                self.table.selectRow(row)
                self.table.blockSignals(False)

    # ------------------------------------------------------------------ steps
    def _done(self, case: Case) -> None:
        self.current = case
        self.view.show_case(case)
        self.model.refresh()
        self._count()

    def _conflict(self, exc: ConflictError) -> None:
        """Someone saved the case meanwhile: say so in words and show the stored case."""
        ask(
            self,
            "warning",
            self.tr("The case was changed meanwhile"),
            self.tr(
                "Someone else changed this case after you opened it, so your step was not taken. "
                "The case now shows what is stored; look at it and take the step again if it still fits."
            ),
            QMessageBox.StandardButton.Ok,
        )
        if self.current is not None:
            self.show_case(self.current.id)
        self.model.refresh()

    def _run(self, title: str, step) -> None:
        try:
            case = step()
        except ConflictError as exc:
            self._conflict(exc)
            return
        except CommdeskError as exc:
            show_error(self, title, exc)
            return
        if case is not None:
            self._done(case)

    def change_status(self, status: CaseStatus) -> None:
        case = self.current
        if case is None:
            return
        status = CaseStatus(status)
        version = case.version
        if status is CaseStatus.RESOLVED:
            dlg = ResolveDialog(case.reference, case.outcome, self)
            if not dlg.exec():
                return
            outcome, fcr, csat = dlg.values()
            self._run(
                self.tr("The case was not resolved"),
                lambda: self.svc.resolve(
                    case.id, outcome, first_contact_resolution=fcr, csat=csat, expected_version=version
                ),
            )
            return
        if status is CaseStatus.IN_PROGRESS and case.status in DONE_STATUSES:
            reason = ask_text(
                self,
                self.tr("Reopen case {reference}").format(reference=case.reference),
                self.tr("Why is it reopened?"),
            )
            if not reason:
                return
            self._run(
                self.tr("The case was not reopened"),
                lambda: self.svc.reopen(case.id, reason, expected_version=version),
            )
            return
        if status is CaseStatus.CLOSED and not confirm(
            self,
            self.tr("Close case {reference}").format(reference=case.reference),
            self.tr("Close the case? It can be reopened later."),
        ):
            return
        self._run(
            self.tr("The status was not changed"),
            lambda: self.svc.set_status(case.id, status, expected_version=version),
        )

    def reply(self) -> None:
        case = self.current
        if case is None:
            return
        body, subject = "", ""
        while case is not None:  # a refused answer is offered again with its text: typing is never lost
            dlg = CaseTextDialog(case.reference, reply=True, parent=self)
            dlg.body.setPlainText(body)
            dlg.subject.setText(subject)
            if not dlg.exec():
                return
            body, subject = dlg.body.toPlainText(), dlg.subject.text()
            try:
                answered = self.svc.reply(case.id, body, subject, expected_version=case.version)[0]
            except ConflictError as exc:
                self._conflict(exc)
                case = self.current
                continue
            except CommdeskError as exc:
                show_error(self, self.tr("The answer was not put in the outbox"), exc)
                continue
            self._done(answered)
            return

    def add_note(self) -> None:
        case = self.current
        if case is None:
            return
        dlg = CaseTextDialog(case.reference, reply=False, parent=self)
        if not dlg.exec():
            return
        self._run(
            self.tr("The note was not saved"), lambda: self.svc.add_note(case.id, dlg.body.toPlainText())
        )

    def route(self) -> None:
        """Owner, category, priority and complaint grade."""
        from commdesk.core.cases.workflow import Priority
        from commdesk.core.domain.people import Role
        from commdesk.services.people import PeopleService

        case = self.current
        if case is None:
            return
        workers = [
            (p.id, p.name)
            for p in self.services.get(PeopleService).list()
            if p.has(Role.OFFICER) or p.has(Role.REVIEWER)
        ]
        categories = self.services.get(CaseAdminService).categories(include_inactive=False)
        dlg = RouteDialog(case, workers, categories, self)
        if not dlg.exec():
            return
        owner, category, sub = (
            dlg.owner.currentData(),
            dlg.category.currentData(),
            dlg.subcategory.currentData(),
        )
        priority, grade = Priority(dlg.priority.currentData()), dlg.grade.currentData()

        def step() -> Case:
            done = self.svc.assign(
                case.id,
                owner_id=owner if owner != case.owner_id else None,
                category=category if category != case.category_id else None,
                subcategory=sub
                if sub is not None and (sub != case.subcategory_id or category != case.category_id)
                else None,
                priority=priority if priority is not case.priority else None,
                expected_version=case.version,
            )
            if grade != case.complaint_grade:
                done = self.svc.set_grade(case.id, grade, expected_version=done.version)
            return done

        self._run(self.tr("The case was not routed"), step)

    # ------------------------------------------------------------------ hotline, knowledge base
    def take_call(self, draft=None) -> CallDialog | None:
        if self.svc.may_work():
            return None
        dlg = CallDialog(self.services, draft, self)
        dlg.finished.connect(lambda _r: self._call_finished(dlg))
        dlg.open()
        self.call_dialog = dlg
        return dlg

    def _call_finished(self, dlg: CallDialog) -> None:
        case = dlg.saved
        if case is None:
            return
        self.model.refresh()
        self._count()
        self.show_case(case.id, quiet=True)
        if dlg.open_case:
            self.table.setFocus()
        self.status_message.emit(self.tr("Call saved as case {reference}.").format(reference=case.reference))

    def open_report(self):
        """The cases report window (figures of a period, charts, PDF); returned for tests."""
        from commdesk.ui.cases.report import CasesReportDialog

        dlg = CasesReportDialog(self.services, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg

    def open_set_aside(self):
        """The mail the intake set aside (read by all, acted on by officers); returned for tests."""
        from commdesk.ui.cases.set_aside import SetAsideDialog

        dlg = SetAsideDialog(self.services, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.case_made.connect(self._case_made)
        dlg.open()
        self.set_aside_dialog = dlg
        return dlg

    def _case_made(self, case: Case) -> None:
        self.model.refresh()
        self._count()
        self.show_case(case.id, quiet=True)

    def open_knowledge(self) -> None:
        dlg = KnowledgeDialog(self.services, self)
        dlg.exec()
