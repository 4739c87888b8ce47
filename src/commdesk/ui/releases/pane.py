"""The Press releases pane: the list (filters, "Awaiting my review" with a badge), the editor with
autosave and crash recovery, the review panel, publication and coverage."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any, TypeVar, cast

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commdesk.core import timezones as tz
from commdesk.core.domain.people import Role
from commdesk.core.errors import CommdeskError, ConflictError, ValidationError
from commdesk.core.releases.embargo import embargo_text
from commdesk.core.releases.records import Release
from commdesk.core.releases.recovery import RELEASE_DRAFTS
from commdesk.core.releases.workflow import EDITABLE_STATES as EDITABLE
from commdesk.core.releases.workflow import Action, State, format_moment
from commdesk.services.releases.coverage import ReleaseCoverageService
from commdesk.services.releases.export import ReleaseExportService
from commdesk.services.releases.review import ReleaseReviewService
from commdesk.services.releases.service import ReleaseService
from commdesk.services.releases.templates import ReleaseTemplateService
from commdesk.ui.common import ask as ask_mod
from commdesk.ui.common import conflict
from commdesk.ui.common.pane import Pane
from commdesk.ui.releases.coverage import CoverageDialog, CoveragePanel, CoverageReportDialog
from commdesk.ui.releases.dialogs import NewReleaseDialog
from commdesk.ui.releases.editor import ReleaseEditor
from commdesk.ui.releases.mailing import ReleaseMailingDialog, mailing_blocked
from commdesk.ui.releases.models import ID_ROLE, ReleaseTableModel
from commdesk.ui.releases.review import ReviewPanel

AUTOSAVE_MS = 1500  # within 2 s of the last keystroke
T = TypeVar("T")
AWAITING = "__awaiting__"
RETURNED = "__returned__"


class ReleasesPane(Pane):
    tables = frozenset(
        {
            "releases",
            "release_reviewers",
            "release_revisions",
            "release_approvals",
            "release_comments",
            "release_steps",
            "release_publications",
            "release_coverage",
            "release_attachments",
            "release_templates",
            "people",
        }
    )
    refresh_when_hidden = True  # the badge: reviews awaiting me, releases returned to me

    def __init__(self, services, parent=None):
        super().__init__(services, parent)
        self.svc = services.get(ReleaseService)
        self.review_svc = services.get(ReleaseReviewService)
        self.coverage_svc = services.get(ReleaseCoverageService)
        self.store = RELEASE_DRAFTS.open(services.ctx)
        self.release: Release | None = None
        #: The shown release holds every commit this desk heard of up to this number (-1: not known).
        self._release_upto = -1
        # What the form last read besides the release (its revisions, comments, publications,
        # coverage, the releases to link), and of which release and revision.
        self._read_for: tuple[int, int] | None = None
        self._last_read: dict[str, Any] = {}
        # What ``_show`` takes from ``_last_read`` instead of reading it again (while it runs).
        self._reusing: frozenset[str] = frozenset()
        self.base_version: int | None = None
        self.dirty = False
        self._offered = False
        self._build()
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.write_recovery)
        self.editor.changed.connect(self._edited)
        self.editor.open_linked.connect(self.open_record)
        services.person_changed.connect(self._on_person_changed)  # bound: dropped with the pane
        self.refresh()
        # what the first showing finds already listed (unless something was committed in between)
        self._made_upto: int | None = self.services.commits_so_far()

    # -- layout ------------------------------------------------------------------------------------
    def _on_person_changed(self, _person) -> None:
        """Another person sits at the desk: the list (awaiting me) and everything the shown release
        offers (buttons, tooltips, menus, read-only editor) follow their roles at once."""
        self.refresh()
        if self.release is not None:
            self._apply_person()

    def _apply_person(self) -> None:
        """What the current person may do with the shown release, without reloading unsaved edits."""
        r = self.release
        if r is None:
            return
        if not self.dirty:
            try:
                r = self.release = self.svc.get(r.id)
            except CommdeskError:
                return
        self.editor.set_read_only(not self.svc.can_edit(r))
        self._update_actions()
        self._show_review()
        self._show_coverage()

    def _build(self) -> None:
        outer = QHBoxLayout(self)
        split = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(split)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.filter = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search title or reference"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("&New release…"))
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.new_button)
        self.templates_button = QPushButton(self.tr("Templates…"))
        self.templates_button.setToolTip(self.tr("Edit the release templates (administrators)"))
        tmenu = QMenu(self.templates_button)
        self.templates_button.setMenu(tmenu)
        tmenu.aboutToShow.connect(lambda: self._fill_templates_menu(tmenu))
        bar.addWidget(self.templates_button)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.search)  # a row of its own: it stays wide enough to type in
        self.model = ReleaseTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for col in range(self.model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ReleaseTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (ReleaseTableModel.LANGUAGE, ReleaseTableModel.AUTHOR, ReleaseTableModel.EMBARGO):
            self.table.hideColumn(col)
        left_layout.addWidget(self.table)
        below = QHBoxLayout()
        below.addStretch(1)
        self.period_report_button = QPushButton(self.tr("Coverage re&port…"))
        self.period_report_button.setToolTip(
            self.tr("Coverage of every release in a period, with charts, as PDF")
        )
        self.period_report_button.clicked.connect(self.coverage_report)
        below.addWidget(self.period_report_button)
        left_layout.addLayout(below)
        split.addWidget(left)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b45309;")
        rl.addWidget(self.heading)
        rl.addWidget(self.warning)
        actions = QHBoxLayout()
        self.action_buttons: dict[Action, QPushButton] = {}
        for action in Action:
            b = QPushButton(action.label)
            b.clicked.connect(lambda _c=False, a=action: self.do_action(a))
            b.setVisible(False)  # shown per release, for what its state allows (_update_actions)
            actions.addWidget(b)
            self.action_buttons[action] = b
        actions.addStretch(1)
        rl.addLayout(actions)
        self.tabs = QTabWidget()
        edit_page = QWidget()
        ep = QVBoxLayout(edit_page)
        ep.setContentsMargins(0, 0, 0, 0)
        self.editor = ReleaseEditor()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        ep.addWidget(scroll)
        save_row = QHBoxLayout()
        self.save_state_label = QLabel()
        self.save_button = QPushButton(self.tr("&Save"))
        self.history_button = QPushButton(self.tr("Histor&y…"))
        self.export_button = QPushButton(self.tr("E&xport"))
        menu = QMenu(self.export_button)
        self.export_actions = {}
        for fmt, label in (
            ("pdf", self.tr("Release as PDF…")),
            ("review", self.tr("Review record as PDF…")),
            ("txt", self.tr("Plain text…")),
            ("html", self.tr("HTML…")),
        ):
            self.export_actions[fmt] = menu.addAction(label, lambda f=fmt: self.export_dialog(f))
        self.export_actions["eml"] = menu.addAction(
            self.tr("Mail files (.eml) for the distribution lists…"), self.export_eml_dialog
        )
        menu.setToolTipsVisible(True)
        self.export_button.setMenu(menu)
        self.mail_button = QPushButton(self.tr("Send to &lists…"))
        self.mail_button.clicked.connect(self.send_to_lists)
        save_row.addWidget(self.save_state_label, 1)
        save_row.addWidget(self.history_button)
        save_row.addWidget(self.mail_button)
        save_row.addWidget(self.export_button)
        save_row.addWidget(self.save_button)
        ep.addLayout(save_row)
        self.review = ReviewPanel()
        self.coverage = CoveragePanel()
        self.tabs.addTab(edit_page, self.tr("Release"))
        self.tabs.addTab(self.review, self.tr("Review"))
        self.tabs.addTab(self.coverage, self.tr("Publication and coverage"))
        rl.addWidget(self.tabs, 1)
        split.addWidget(right)
        split.setSizes([400, 860])
        self.right = right

        self.filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.new_button.clicked.connect(self.new_record)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.save_button.clicked.connect(self.save)
        # Ctrl+S saves the release (a hidden pane's shortcut does not fire: only the pane on screen saves)
        self.save_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self._save_key)
        self.history_button.clicked.connect(self._history)
        self.review.comment_requested.connect(self._comment)
        self.review.resolve_requested.connect(self._resolve)
        self.review.diff_mode_changed.connect(lambda _m: self._show_review())
        self.review.restore_requested.connect(self.restore_revision)
        self.coverage.publish_record_requested.connect(self._record_publication)
        self.coverage.add_requested.connect(lambda: self._coverage_dialog(None))
        self.coverage.edit_requested.connect(self._coverage_dialog)
        self.coverage.delete_requested.connect(self._delete_coverage)
        self.coverage.report_requested.connect(lambda: self.export_dialog("coverage"))
        self._fill_filter()
        self._show(None)

    def _fill_filter(self, awaiting: int = 0, returned: int = 0) -> None:
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All releases"), None)
        self.filter.addItem(self.tr("Awaiting my review (%n)", "", awaiting), AWAITING)
        self.filter.addItem(self.tr("Returned to me (%n)", "", returned), RETURNED)
        for s in State:
            self.filter.addItem(s.label, s.value)
        idx = self.filter.findData(current)
        self.filter.setCurrentIndex(max(0, idx))
        self.filter.blockSignals(False)

    # -- list ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.watch.reloaded()
        selected = self.release.id if self.release else None
        choice = self.filter.currentData()
        search = self.search.text()
        try:
            # every release, read once: the filter's counts and the badge (awaiting my review,
            # returned to me) and, without a search, the list itself come from it
            overview = self.svc.overview()
            awaiting, returned = overview.awaiting, overview.returned_ids
            if search.strip():
                rows = self.svc.list(
                    state=None if choice in (None, AWAITING, RETURNED) else choice,
                    awaiting_me=choice == AWAITING,
                    search=search,
                )
            else:
                rows = overview.releases
                if choice == AWAITING:
                    rows = [r for r in rows if r.awaiting_me]
                elif choice not in (None, RETURNED):
                    rows = [r for r in rows if r.state.value == choice]
        except CommdeskError as exc:
            self.status_message.emit(str(exc))
            return
        if choice == RETURNED:
            rows = [r for r in rows if r.id in returned]
        self._fill_filter(awaiting, len(returned))
        # the badge: what waits for this person (reviews to do, releases returned to them)
        self.services.badge_changed.emit("releases", awaiting + len(returned))
        person = self.services.person()
        self.templates_button.setVisible(person.has(Role.ADMINISTRATOR))
        self.new_button.setEnabled(person.has(Role.OFFICER))
        self.new_button.setToolTip(
            "" if person.has(Role.OFFICER) else self.tr("Only officers write press releases.")
        )
        self.model.zone = self.zone().key
        self.model.set_rows(rows)
        if selected is not None:
            self.select(selected, load=False)

    def open_record(self, record_id) -> None:
        """Show release ``record_id`` (from Home: a review awaiting me, an embargo ending)."""
        if self.model.row_of(record_id) < 0:
            self.search.clear()
            self.filter.setCurrentIndex(0)  # all releases
            self.refresh()
        self.select(record_id)

    def on_tables_changed(self, tables: frozenset[str]) -> None:
        self.refresh()
        # the release on screen changed elsewhere (a worker, another window or desk): show what is
        # stored now, unless the person is editing it (their edits stay; saving then meets the
        # version check and its conflict question)
        if self.release is None or self.dirty:
            return
        if self.services.announced_upto <= self._release_upto:
            return  # what is shown was read after every commit announced (this desk's own step)
        try:
            stored = self.svc.get(self.release.id)
        except CommdeskError:
            self.open(None)  # it is gone
            return
        if stored.version != self.release.version or stored.state != self.release.state:
            self._show(stored)

    def select(self, release_id: int, load: bool = True) -> bool:
        row = self.model.row_of(release_id)
        if row < 0:
            return False
        sm = self.table.selectionModel()
        if not load:
            sm.blockSignals(True)
        sm.select(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, 0))
        if not load:
            sm.blockSignals(False)
        return True

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        release_id = rows[0].data(ID_ROLE) if rows else None
        if self.release is not None and release_id == self.release.id:
            return
        if not self._leave():
            if self.release is not None:
                self.select(self.release.id, load=False)
            return
        self.open(release_id)

    def _leave(self) -> bool:
        """Before another release is shown: save, discard or stay with unsaved edits."""
        if not self.dirty or self.release is None:
            return True
        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        reply = ask_mod.ask(
            self,
            "question",
            self.tr("Unsaved changes"),
            self.tr("Save your changes to {ref}?").format(ref=self.release.reference),
            buttons,
        )
        if reply == QMessageBox.StandardButton.Save:
            return self.save()
        if reply == QMessageBox.StandardButton.Discard:
            self.store.discard(self.release.id)
            self.dirty = False
            return True
        return False

    # -- one release ---------------------------------------------------------------------------------
    def open(self, release_id: int | None) -> None:
        self.autosave.stop()
        if release_id is None:
            self._show(None)
            return
        release = self.svc.get(release_id)
        self._show(release)
        self._offer_recovered(release)

    def _fresh_upto(self, before: int) -> int:
        """Up to which commit a release returned by this desk's own step is known fresh: ``before``
        is ``commits_so_far()`` taken before the step. Its one commit (counted when it committed)
        is in it; if anything else was heard meanwhile, only what came before the step is."""
        now = self.services.commits_so_far()
        return now if now == before + 1 else before

    def _read(self, what: str, read: Callable[[], T]) -> T:
        """``read()`` for the shown release, or what was last read of it when ``_show`` reuses
        ``what`` (the same release, at the same revision)."""
        assert self.release is not None
        key = (self.release.id, self.release.revision)
        if key != self._read_for:
            self._read_for, self._last_read = key, {}
        elif what in self._reusing and what in self._last_read:
            return cast(T, self._last_read[what])
        value = self._last_read[what] = read()
        return value

    def _show(self, release: Release | None, fresh_upto: int = -1, step: Action | None = None) -> None:
        """Show ``release``; ``fresh_upto``: it holds every commit heard of up to that number (then
        the announcement of those commits does not read it again), -1 when not known. ``step``: the
        workflow step this pane just did on it: a step writes no revision, comment or coverage (nor
        a publication, unless it publishes) and renames no release, so what the form read of them
        for this release at this revision stands and is not read again."""
        self._reusing = frozenset()
        if step is not None:
            self._reusing = frozenset(
                {"revisions", "comments", "coverage", "links"}
                | (set() if step is Action.PUBLISH else {"publications"})
            )
        try:
            self._show_release(release, fresh_upto)
        finally:
            self._reusing = frozenset()

    def _show_release(self, release: Release | None, fresh_upto: int) -> None:
        self.release = release
        self._release_upto = fresh_upto
        self.dirty = False
        self.right.setEnabled(release is not None)
        if release is None:
            self.heading.setText(self.tr("Choose a release on the left, or create a new one."))
            self.warning.clear()
            return
        self.base_version = release.version
        reviewers = self.svc.reviewer_choices()
        for pid, name in zip(release.reviewer_ids, release.reviewer_names, strict=False):
            if pid not in {r for r, _ in reviewers}:
                reviewers.append((pid, name))
        self.editor.set_reviewer_choices(reviewers)
        self.editor.set_list_choices(self._list_choices(release))
        self.editor.set_link_choices(self._read("links", lambda: self._link_choices(release)))
        self.editor.zone = self.zone()
        self.editor.clock = self.services.ctx.clock
        self.editor.calendar = self._work_calendar()
        self.editor.load(release.edit())
        self.editor.set_read_only(not self.svc.can_edit(release))
        self._heading()
        self._update_actions()
        self._show_review()
        self._show_coverage()
        self.save_state_label.setText(self.tr("Saved as v{n}.").format(n=release.revision))

    def _link_choices(self, release: Release) -> list[tuple[int, str, str]]:
        """Every other release, for the zh/en link (the editor offers those in the other language)."""
        try:
            rows = self.svc.link_choices()
        except CommdeskError:
            rows = []
        return [(i, f"{ref} \u00b7 {title}", language) for i, ref, title, language in rows if i != release.id]

    def _list_choices(self, release: Release) -> list[tuple[int, str]]:
        """The contact area's distribution lists, plus any the release names that no longer exist."""
        try:
            choices = self.svc.list_choices()
        except CommdeskError:
            choices = []
        known = {i for i, _ in choices}
        return choices + [(i, n) for i, n in release.lists if i not in known]

    def zone(self):
        """The organisation's zone, for review, comment, publication and recovery times."""
        from commdesk.services.settings import SettingsService

        try:
            return tz.org_zone(self.services.get(SettingsService).organisation())
        except CommdeskError:
            return tz.zone(tz.system_zone_name())

    def _work_calendar(self):
        """The organisation's working calendar (a new embargo starts on the next working day), or None."""
        from commdesk.services.settings import SettingsService

        try:
            return self.services.get(SettingsService).work_calendar()
        except (CommdeskError, ValueError):
            return None

    def _heading(self) -> None:
        r = self.release
        assert r is not None
        text = f"<b>{r.label}</b> \u00b7 {r.state.label} \u00b7 {r.author_name}"
        if r.content.embargo is not None:
            text += " \u00b7 " + self.tr("embargo {time}").format(
                time=embargo_text(r.content.embargo, r.embargo_tz, self.zone().key)
            )
        self.heading.setText(text)
        self.warning.setText(self.svc.embargo_warning(r))

    def _update_actions(self) -> None:
        if self.release is None:
            return
        allowed = self.svc.allowed_actions(self.release)
        for action, button in self.action_buttons.items():
            why = allowed[action]
            main = (
                action in (Action.SUBMIT, Action.APPROVE, Action.PUBLISH) and self.release.state in EDITABLE
            )
            button.setVisible(why is None or main)
            button.setEnabled(why is None and not self.dirty)
            button.setToolTip(why or "")
        can_edit = self.svc.can_edit(self.release)
        self.save_button.setEnabled(can_edit)
        self.save_button.setToolTip(
            "" if can_edit else self.tr("Only officers edit a release, and only before it is published.")
        )
        from commdesk.core.releases.gate import why_not_leave

        for fmt, act in self.export_actions.items():  # text, HTML and .eml leave: the gate decides
            why_not = why_not_leave(self.release.state, fmt, self.release.reference)
            act.setEnabled(why_not is None)
            act.setToolTip(why_not or "")
        why = mailing_blocked(self.services, self.release)
        self.mail_button.setEnabled(why is None and not self.dirty)
        self.mail_button.setToolTip(
            why or self.tr("Mail the release to its distribution lists through the outbox")
        )

    def _show_review(self) -> None:
        if self.release is None:
            return
        self.review.zone = self.coverage.zone = self.zone()
        release = self.release
        revisions = self._read("revisions", lambda: self.svc.revisions(release))
        self.review.set_revisions(revisions, self.release.revision, self.svc.can_edit(self.release))
        # an earlier revision, the last approved or the previous one against the current text
        diff = self.review_svc.diff_in_view(self.release, revisions, self.review.mode())
        returned = None
        if self.release.state is State.CHANGES_REQUESTED:
            returned = next(
                (
                    st
                    for st in reversed(self.svc.steps(self.release.id))
                    if st.action == Action.REQUEST_CHANGES.value
                ),
                None,
            )
        comments = self._read("comments", lambda: self.review_svc.comments(release))
        self.review.show_release(self.release, comments, diff, returned)

    def _show_coverage(self) -> None:
        r = self.release
        if r is None:
            return
        person = self.services.person()
        published = r.state in (State.PUBLISHED, State.ARCHIVED)
        can = person.has(Role.OFFICER) or person.has(Role.ADMINISTRATOR)
        self.coverage.show_data(
            self._read("publications", lambda: self.svc.publications(r.id)),
            self._read("coverage", lambda: self.coverage_svc.list(r.id)),
            published and person.has(Role.OFFICER),
            published and can,
        )

    # -- autosave and recovery -----------------------------------------------------------------------
    def _edited(self) -> None:
        if self.release is None:
            return
        self.dirty = True
        self.save_state_label.setText(self.tr("Unsaved changes (kept safe while you type)."))
        for b in [*self.action_buttons.values(), self.mail_button]:
            b.setEnabled(False)
        self.autosave.start()

    def write_recovery(self) -> None:
        if self.release is None or not self.dirty:
            return
        self.store.save(
            self.release.id,
            self.editor.edit(),
            saved_at=self.services.ctx.clock(),
            person_id=self.services.person().id,
            base_version=self.base_version,
        )

    def _offer_recovered(self, release: Release) -> None:
        found = self.store.load(release.id)
        if found is None:
            return
        if found.value == release.edit():
            self.store.discard(release.id)
            return
        text = self.tr("commdesk kept edits of {ref} that were not saved ({time}). Restore them?").format(
            ref=release.reference, time=format_moment(tz.to_zone(found.saved_at, self.zone()))
        )
        # Recover is the default (Enter); Later (also Esc) keeps the copy and asks again next time;
        # only Discard, chosen on purpose and confirmed, deletes it (as the minutes' offer does).
        recover, later, discard = (
            QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Discard,
        )
        reply = ask_mod.ask(
            self,
            "question",
            self.tr("Unsaved edits found"),
            text,
            recover | later | discard,
            default=recover,
            labels={recover: self.tr("&Recover"), later: self.tr("&Later")},
        )
        if reply == recover:
            self.editor.load(found.value)
            self.base_version = found.base_version
            self._edited()
            self.autosave.stop()
        elif reply == discard and ask_mod.confirm(
            self,
            self.tr("Discard unsaved edits"),
            self.tr("Delete the unsaved edits of {ref} for good?").format(ref=release.reference),
        ):
            self.store.discard(release.id)

    def activated(self) -> None:
        if not self._offered:
            self._offered = True
            pending = [int(d.key) for d in self.store.list() if d.key.isdigit()]
            if pending and self.release is None and self.select(pending[0]):
                return
        made, self._made_upto = self._made_upto, None
        if made is not None and made == self.services.commits_so_far():
            return  # just made: its first load is what there is now
        self.refresh()

    # -- saving --------------------------------------------------------------------------------------
    def _save_key(self) -> None:
        if self.release is not None and self.save_button.isEnabled():
            self.save()

    def save(self) -> bool:
        if self.release is None:
            return False
        self.autosave.stop()
        # the recovery copy first: if the save fails (the server away, a conflict left open), what
        # was typed since the last autosave is on disk all the same
        self.write_recovery()
        edit = self.editor.edit()
        try:
            saved = self.svc.save(self.release.id, edit, self.base_version)
        except ConflictError as exc:
            choice = conflict.resolve_conflict(self, exc)
            if choice == "mine":
                latest = self.svc.get(self.release.id)
                saved = self.svc.save(self.release.id, edit, latest.version)
            elif choice == "theirs":
                self.store.discard(self.release.id)
                self._show(self.svc.get(self.release.id))
                return True
            else:
                return False
        except ValidationError as exc:
            self.editor.show_errors(exc.errors)
            return False
        except CommdeskError as exc:
            ask_mod.show_error(self, self.tr("Could not save"), exc)
            return False
        self.store.discard(saved.id)
        self._show(saved)
        self.status_message.emit(self.tr("Saved {label}.").format(label=saved.label))
        return True

    def restore_revision(self, number: int) -> bool:
        """Make revision ``number``'s text the current one (a new revision), after confirmation; a copy
        someone else saved meanwhile gets the conflict choice."""
        if self.release is None:
            return False
        r = self.release
        title = self.tr("Restore v{n}").format(n=number)
        text = self.tr(
            "Make the text of v{n} the current text of {ref}? It is saved as v{next}; every "
            "revision stays in the history."
        ).format(n=number, ref=r.reference, next=r.revision + 1)
        if any(a.valid for a in r.approvals):
            text += "\n\n" + self.tr(
                "An approval is void after this change and the release goes back to review."
            )
        if self.dirty:
            text += "\n\n" + self.tr("Your unsaved changes in the editor are discarded.")
        if not ask_mod.confirm(self, title, text):
            return False
        self.autosave.stop()
        try:
            try:
                restored = self.svc.restore_revision(r.id, number, r.version)
            except ConflictError as exc:
                choice = conflict.resolve_conflict(self, exc)
                if choice == "mine":
                    restored = self.svc.restore_revision(r.id, number, self.svc.get(r.id).version)
                else:
                    if choice == "theirs":
                        self.store.discard(r.id)
                        self._show(self.svc.get(r.id))
                    return False
        except ValidationError as exc:
            ask_mod.ask(self, "warning", title, "\n".join(exc.errors.values()))
            return False
        except CommdeskError as exc:
            ask_mod.show_error(self, title, exc)
            return False
        self.store.discard(r.id)
        self._show(restored)
        self.status_message.emit(self.tr("Restored v{n} as v{new}.").format(n=number, new=restored.revision))
        return True

    def do_action(self, action: Action) -> None:
        if self.release is None:
            return
        note = ""
        prompts = {
            Action.SUBMIT: self.tr("Note for the reviewers: what should they look at?"),
            Action.REQUEST_CHANGES: self.tr("What should change?"),
            Action.WITHDRAW: self.tr("Why is the release withdrawn?"),
        }
        if action in prompts:
            typed = ask_mod.ask_text(self, action.label, prompts[action])
            if typed is None:
                return
            note = typed
        if action is Action.PUBLISH and not ask_mod.confirm(
            self,
            action.label,
            self.tr(
                "Publish {ref} now? It becomes public: the embargo notice and the draft mark are dropped from "
                "everything that goes out from now on."
            ).format(ref=self.release.reference),
        ):
            return
        before = self.services.commits_so_far()
        try:
            updated = self.svc.act(self.release.id, action, note=note, expected_version=self.release.version)
        except ConflictError as exc:
            # a step is never forced over a newer version: the only way on is the stored one
            if conflict.resolve_conflict(self, ConflictError(str(exc))) == "theirs":
                self._show(self.svc.get(self.release.id))
            return
        except CommdeskError as exc:
            ask_mod.show_error(self, action.label, exc)
            return
        self._show(updated, self._fresh_upto(before), step=action)
        if action is Action.APPROVE and updated.state is State.APPROVED:
            self.settle_held()

    def settle_held(self) -> None:
        """After (re-)approval: messages the outbox held for this release are rebuilt from the approved
        version, cancelled, or left held, as the user chooses."""
        from commdesk.services.mail.sending import ReleaseMailer

        if self.release is None:
            return
        mailer = self.services.get(ReleaseMailer)
        held = mailer.held(self.release.id)
        if not held:
            return
        person = self.services.person()
        if not (person.has(Role.OFFICER) or person.has(Role.ADMINISTRATOR)):
            ask_mod.ask(
                self,
                "info",
                self.tr("Held messages"),
                self.tr(
                    "%n message(s) with an earlier version of {ref} are held in the outbox. An officer rebuilds "
                    "them from the approved version or cancels them (Outbox, or the box on Home).",
                    "",
                    len(held),
                ).format(ref=self.release.reference),
            )
            return
        yes, no, cancel = (
            QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Cancel,
        )
        text = self.tr(
            "%n message(s) with an earlier version of {ref} are held in the outbox. Rebuild them from "
            "the version just approved (new PDF, new embargo notice) and queue them (Yes), cancel them "
            "(No), or leave them held (Cancel)?",
            "",
            len(held),
        ).format(ref=self.release.reference)
        reply = ask_mod.ask(self, "question", self.tr("Held messages"), text, yes | no | cancel, default=yes)
        ids = [i.id for i in held]
        try:
            if reply == yes:
                n = mailer.rebuild_held(ids)
                self.status_message.emit(self.tr("%n message(s) rebuilt and queued.", "", n))
            elif reply == no:
                from commdesk.services.mail.outbox import OutboxService

                n = self.services.get(OutboxService).cancel(ids)
                self.status_message.emit(self.tr("%n message(s) cancelled.", "", n))
            else:
                return
        except CommdeskError as exc:
            ask_mod.show_error(self, self.tr("Held messages"), exc)

    # -- review and coverage -------------------------------------------------------------------------
    def _comment(self, text: str, paragraph_id: str, parent_id) -> None:
        try:
            self.review_svc.add_comment(self.release.id, text, paragraph_id=paragraph_id, parent_id=parent_id)
        except CommdeskError as exc:
            ask_mod.show_error(self, self.tr("Comment"), exc)
            return
        self.review.text.clear()
        self._show_review()

    def _resolve(self, comment_id: int, resolved: bool) -> None:
        try:
            self.review_svc.resolve(comment_id, resolved)
        except CommdeskError as exc:
            ask_mod.show_error(self, self.tr("Comment"), exc)
        self._show_review()

    def _record_publication(self, channel: str, url: str) -> None:
        try:
            self.svc.record_publication(self.release.id, channel, url)
        except CommdeskError as exc:
            ask_mod.show_error(self, self.tr("Record publication"), exc)
            return
        self.coverage.url.clear()
        self._show_coverage()

    def _journalists(self) -> list[tuple[int, str]]:
        """Contacts to link a pick-up to (so it shows in the journalist's cooperation history)."""
        try:
            from commdesk.services.contacts.service import ContactQuery, ContactService

            found = self.services.get(ContactService).search(ContactQuery(), limit=2000)
        except (ImportError, CommdeskError):
            return []
        return [(c.id, f"{c.name} ({c.outlet})" if c.outlet else c.name) for c in found]

    def _coverage_dialog(self, item) -> None:
        dlg = CoverageDialog(
            self.release.id,
            item,
            self,
            journalists=self._journalists(),
            today=tz.today_in(self.zone(), self.services.ctx.clock),
        )
        while dlg.exec():
            try:
                value = dlg.value()
                (self.coverage_svc.add if value.id is None else self.coverage_svc.update)(value)
            except ValidationError as exc:
                dlg.error.setText("\n".join(exc.errors.values()))
                continue
            except CommdeskError as exc:
                ask_mod.show_error(self, self.tr("Coverage"), exc)
            break
        self._show_coverage()
        self.refresh()

    def _delete_coverage(self, item) -> None:
        if ask_mod.confirm(
            self,
            self.tr("Delete coverage"),
            self.tr("Delete the pick-up by {outlet}?").format(outlet=item.outlet),
        ):
            self.coverage_svc.delete(item.id)
            self._show_coverage()

    def _history(self) -> None:
        from commdesk.services.audit import AuditService
        from commdesk.ui.common.history import HistoryDialog

        if self.release is not None:
            HistoryDialog(
                self.services.get(AuditService),
                "releases",
                self.release.id,
                self.release.label,
                self,
                services=self.services,
            ).exec()

    # -- Pane capabilities ----------------------------------------------------------------------------
    def can_create(self) -> bool:
        return self.services.person().has(Role.OFFICER)

    def new_record(self) -> None:
        if not self._leave():
            return
        templates = self.services.get(ReleaseTemplateService)
        dlg = NewReleaseDialog(templates.list(), parent=self)
        if not dlg.exec():
            return
        t = dlg.chosen()
        try:
            release = templates.draft_from(t.key, t.language, dlg.title.text(), city=dlg.city.text())
        except CommdeskError as exc:
            ask_mod.show_error(self, self.tr("New press release"), exc)
            return
        self.filter.setCurrentIndex(0)
        self.refresh()
        self.select(release.id)

    def _fill_templates_menu(self, menu: QMenu) -> None:
        menu.clear()
        for t in self.services.get(ReleaseTemplateService).list():
            label = f"{t.title} ({'中文' if t.language == 'zh' else 'English'})"
            menu.addAction(label, lambda t=t: self.edit_template(t))

    def edit_template(self, template) -> bool:
        from commdesk.ui.releases.dialogs import TemplateEditorDialog

        dlg = TemplateEditorDialog(self.services.get(ReleaseTemplateService), template, self)
        return bool(dlg.exec())

    def can_export_pdf(self) -> bool:
        return self.release is not None

    def export_pdf(self) -> None:
        self.export_dialog("pdf")

    def can_find(self) -> bool:
        return True

    def find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def export_dialog(self, fmt: str) -> None:
        if self.release is None:
            return
        suffix = {"txt": ".txt", "html": ".html"}.get(fmt, ".pdf")
        name = f"{self.release.reference}{'-review' if fmt == 'review' else '-coverage' if fmt == 'coverage' else ''}"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), name + suffix)
        if path:
            self.export_to(path, fmt)

    def coverage_report(self) -> CoverageReportDialog:
        """ "Coverage report…": ask for the period, then preview the PDF (window-modal; returned for tests)."""
        end = tz.today_in(self.zone(), self.services.ctx.clock)
        start = end - timedelta(days=30)
        dlg = CoverageReportDialog(start, end, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted.connect(lambda: self.export_period_report(*dlg.period()))
        dlg.open()
        return dlg

    def export_period_report(self, start, end) -> None:
        """The coverage report of every release from ``start`` to ``end``: built and rendered off the GUI
        thread, then previewed; Save… writes it."""
        from commdesk.core.documents import releases as docs
        from commdesk.core.i18n import translate
        from commdesk.services.settings import SettingsService
        from commdesk.ui.common.export import export_pdf_interactively

        coverage, settings = self.coverage_svc, self.services.get(SettingsService)
        author = self.services.person().name

        def build():
            org = settings.organisation()
            summary = coverage.summary(None, start, end)
            return docs.coverage_document(
                summary,
                docs.Org(org.name, org.logo_png, tz.org_zone(org)),
                translate("Releases", "all releases"),
                "",
                author,
                (start, end),
            )

        title = self.tr("Coverage report {start} \u2013 {end}").format(
            start=start.isoformat(), end=end.isoformat()
        )
        export_pdf_interactively(
            self, self.services, title, f"coverage-{start.isoformat()}-{end.isoformat()}.pdf", build
        )

    def send_to_lists(self) -> ReleaseMailingDialog | None:
        """The "Send to lists…" dialog (window-modal; returns it so tests can drive it)."""
        if self.release is None or mailing_blocked(self.services, self.release) is not None:
            return None
        dlg = ReleaseMailingDialog(self.services, self.release, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        return dlg

    def export_eml_dialog(self) -> None:
        if self.release is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the mail files"))
        if folder:
            self.export_eml_to(folder)

    def export_eml_to(self, folder: str, on_done=None) -> None:
        """One unsent .eml per list member (until the outbox sends them), off the GUI thread."""
        release_id = self.release.id
        exporter = self.services.get(ReleaseExportService)

        def done(files):
            self.status_message.emit(self.tr("Wrote %n mail file(s).", "", len(files)))
            if on_done:
                on_done(files)

        self.services.runner.run(
            lambda _p, _c: exporter.export_eml(release_id, folder),
            on_done=done,
            on_error=lambda exc: ask_mod.show_error(self, self.tr("Export"), exc),
            label=self.tr("Exporting…"),
            parent=self,
        )

    def export_to(self, path: str, fmt: str, on_done=None) -> None:
        """Write the file off the GUI thread, then say where it is."""
        release_id = self.release.id
        exporter = self.services.get(ReleaseExportService)

        def work(progress, cancel):
            return exporter.export(release_id, path, fmt, progress=progress, cancel=cancel)

        def done(result):
            self.status_message.emit(self.tr("Wrote {path}.").format(path=result))
            if on_done:
                on_done(result)

        self.services.runner.run(
            work,
            on_done=done,
            on_error=lambda exc: ask_mod.show_error(self, self.tr("Export"), exc),
            label=self.tr("Exporting…"),
            parent=self,
        )

    def save_state(self) -> None:
        self.write_recovery()
