"""The Media contacts pane: search as you type, filters, a lazily loaded table, the detail panel
with the history timeline, bulk changes, trash, duplicates, import / export and distribution lists.

Everything is filtered and sorted in SQL by ``ContactService``; the pane never loads all contacts.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QByteArray, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from commdesk.core.domain.people import Role
from commdesk.core.errors import CommdeskError
from commdesk.services.contacts.service import ContactQuery, ContactService
from commdesk.ui.common.ask import confirm, show_error
from commdesk.ui.common.pane import Pane
from commdesk.ui.contacts import models as m
from commdesk.ui.contacts.actions import ContactsActions, list_service
from commdesk.ui.contacts.dialogs import ContactDialog, DoNotContactDialog, InteractionDialog
from commdesk.ui.contacts.widgets import DetailPanel, FilterBar, ListsPanel, coverage_entries, timeline


class ContactsPane(ContactsActions, Pane):
    # the table, the filter choices (beats, regions, owners, lists) and the detail with its timeline
    # (interactions, the releases mailed to the contact, their coverage)
    tables = frozenset(
        {
            "contacts",
            "contact_emails",
            "contact_phones",
            "contact_beats",
            "contact_outlets",
            "contact_consents",
            "contact_interactions",
            "contact_lists",
            "contact_list_members",
            "contact_merges",
            "outlets",
            "release_coverage",
            "people",
        }
    )

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(services, parent)
        self.contacts: ContactService = services.get(ContactService)
        self.trash_mode = False
        self.last_merge_id = None

        # -- top row: search, count, actions
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search name, pinyin (wangwei or ww), outlet, beat, e-mail, phone, notes…")
        )
        self.search_timer = QTimer(self, singleShot=True, interval=150)
        self.search_timer.timeout.connect(self.apply_query)
        self.search.textChanged.connect(self.search_timer.start)
        self.search.returnPressed.connect(self._search_enter)
        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("&New contact"))
        self.new_button.clicked.connect(self.new_record)
        self.bulk_button = QToolButton()
        self.bulk_button.setText(self.tr("&Selected"))
        self.bulk_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("&More"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.trash_button = QPushButton(self.tr("&Trash"))
        self.trash_button.setCheckable(True)
        self.trash_button.toggled.connect(self.set_trash_mode)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.erase_button = QPushButton(self.tr("Erase for &good…"))
        self.erase_button.clicked.connect(self.erase_selected)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count_label)
        for w in (
            self.new_button,
            self.bulk_button,
            self.more_button,
            self.trash_button,
            self.restore_button,
            self.erase_button,
        ):
            top.addWidget(w)

        self.filters = FilterBar()
        self.filters.changed.connect(self.apply_query)

        # -- table
        self.model = m.ContactTableModel(self.contacts, ContactQuery(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        for col, width in (
            (m.COL_NAME, 140),
            (m.COL_TITLE, 110),
            (m.COL_OUTLET, 150),
            (m.COL_BEATS, 140),
            (m.COL_EMAIL, 200),
            (m.COL_PHONE, 140),
            (m.COL_TIER, 60),
            (m.COL_DNC, 90),
        ):
            header.resizeSection(col, width)
        self.table.setSortingEnabled(True)
        header.setSortIndicator(m.COL_NAME, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self._sort_column = m.COL_NAME
        self.table.activated.connect(lambda _index: self.open_current())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.detail_timer.start())

        self.detail = DetailPanel()
        self.detail.log_requested.connect(self.log_interaction)
        self.detail.dnc_requested.connect(self.set_do_not_contact)
        self.detail.lift_requested.connect(self.lift_do_not_contact)
        self.detail.history_requested.connect(self.show_history)
        self.detail.edit_requested.connect(self.edit_current)
        self.detail.answer_requested.connect(self.answer_inquiry)
        self.detail_timer = QTimer(self, singleShot=True, interval=40)
        self.detail_timer.timeout.connect(self.show_current)

        self.lists_panel = ListsPanel()
        self.lists_panel.list_chosen.connect(self._list_chosen)
        self.lists_panel.new_requested.connect(self.new_list)
        self.lists_panel.save_search_requested.connect(self.save_search_as_list)
        self.lists_panel.members_requested.connect(self.show_members)
        self.lists_panel.delete_requested.connect(self.delete_list)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.lists_panel)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([170, 640, 380])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)

        self._build_actions()
        self._restore_state()
        services.person_changed.connect(self._on_person_changed)  # bound: dropped with the pane
        self.reload_choices()
        self.update_permissions()
        self.apply_query()
        if self.model.rows:  # the detail panel is never empty when there is something to show
            self.select_id(self.model.rows[0].id)
        # what the first showing finds already loaded (unless something was committed in between)
        self._made_upto: int | None = self.services.commits_so_far()

    # ------------------------------------------------------------------ actions and menus
    def _on_person_changed(self, _person) -> None:
        self.update_permissions()

    def _action(self, text: str, slot, shortcut=None, widget: QWidget | None = None) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            (widget or self).addAction(act)
        act.triggered.connect(lambda _=False: slot())
        return act

    def _build_actions(self) -> None:
        self.log_action = self._action(self.tr("&Log interaction…"), self.log_interaction, "Ctrl+L")
        self.edit_action = self._action(self.tr("Ed&it…"), self.edit_current, "F2", self.table)
        self.delete_action = self._action(
            self.tr("Move to &trash"), self.delete_selected, QKeySequence.StandardKey.Delete, self.table
        )
        self.owner_action = self._action(self.tr("Set o&wner…"), self.bulk_owner)
        self.beat_action = self._action(self.tr("Add &beat…"), self.bulk_beat)
        self.add_list_action = self._action(self.tr("Add to li&st…"), self.bulk_list)
        self.remove_list_action = self._action(self.tr("&Remove from this list"), self.remove_from_list)
        bulk = QMenu(self)
        for a in (self.owner_action, self.beat_action, self.add_list_action, self.remove_list_action):
            bulk.addAction(a)
        bulk.addSeparator()
        bulk.addAction(self.log_action)
        bulk.addAction(self.delete_action)
        self.bulk_button.setMenu(bulk)
        self.import_action = self._action(self.tr("&Import…"), self.import_contacts)
        self.export_action = self._action(self.tr("E&xport…"), self.export_contacts)
        self.duplicates_action = self._action(self.tr("&Duplicates…"), self.show_duplicates)
        self.undo_merge_action = self._action(self.tr("&Undo last merge"), self.undo_last_merge)
        self.history_action = self._action(self.tr("&History…"), self.show_history)
        more = QMenu(self)
        for a in (
            self.import_action,
            self.export_action,
            None,
            self.duplicates_action,
            self.undo_merge_action,
            None,
            self.history_action,
        ):
            more.addSeparator() if a is None else more.addAction(a)
        self.more_button.setMenu(more)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        open_act = self._action(self.tr("&Open"), self.open_current)
        for a in (
            open_act,
            self.edit_action,
            self.log_action,
            None,
            self.owner_action,
            self.beat_action,
            self.add_list_action,
            None,
            self.history_action,
            self.delete_action,
        ):
            if a is None:
                sep = QAction(self)
                sep.setSeparator(True)
                a = sep
            if a not in self.table.actions():
                self.table.addAction(a)

    def _header_menu(self, pos) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for col in range(m.COLUMN_COUNT):
            act = menu.addAction(m.column_title(col))
            act.setCheckable(True)
            act.setChecked(not header.isSectionHidden(col))
            act.setEnabled(col != m.COL_NAME)
            act.toggled.connect(lambda on, c=col: self.set_column_visible(c, on))
        menu.popup(header.mapToGlobal(pos))
        self._header_popup = menu

    def set_column_visible(self, col: int, visible: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(col, not visible)
        self.save_state()

    def _sort_indicator_changed(self, column: int, order) -> None:
        if column not in m.SORT_KEYS:  # the service cannot sort by it: keep the previous indicator
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(
                self._sort_column,
                Qt.SortOrder.DescendingOrder if self.model.query.descending else Qt.SortOrder.AscendingOrder,
            )
            header.blockSignals(False)
            self.status_message.emit(self.tr("This column cannot be sorted."))
            return
        self._sort_column = column
        self._update_count()

    # ------------------------------------------------------------------ Pane
    def can_create(self) -> bool:
        return self.contacts.may_edit(self.services.person())

    def can_export_pdf(self) -> bool:
        return True

    def can_find(self) -> bool:
        return True

    def find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def activated(self) -> None:
        self.update_permissions()
        made, self._made_upto = self._made_upto, None
        if made is not None and made == self.services.commits_so_far():
            return  # just made: its filter choices are what there is now
        self.reload_choices()

    def save_state(self) -> None:
        self.services.prefs.set("contacts/header", self.table.horizontalHeader().saveState())
        self.services.prefs.set("contacts/splitter", self.splitter.saveState())

    def _restore_state(self) -> None:
        header = self.table.horizontalHeader()
        state = self.services.prefs.value("contacts/header")
        if isinstance(state, QByteArray) and not state.isEmpty() and header.restoreState(state):
            self._sort_column = header.sortIndicatorSection()
            if self._sort_column not in m.SORT_KEYS:
                self._sort_column = m.COL_NAME
            self.model.query = replace(
                self.model.query,
                sort=m.SORT_KEYS[self._sort_column],
                descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
            )
        else:
            for col in m.DEFAULT_HIDDEN:
                header.setSectionHidden(col, True)
        split = self.services.prefs.value("contacts/splitter")
        if isinstance(split, QByteArray) and not split.isEmpty():
            self.splitter.restoreState(split)

    # ------------------------------------------------------------------ permissions
    def update_permissions(self) -> None:
        person = self.services.person()
        admin = person.has(Role.ADMINISTRATOR)
        officer = admin or person.has(Role.OFFICER)
        may_edit = self.contacts.may_edit(person)
        self.may_edit, self.is_admin, self.is_officer = may_edit, admin, officer
        self.new_button.setEnabled(may_edit and not self.trash_mode)
        for a in (self.owner_action, self.beat_action):
            a.setEnabled(may_edit)
        self._update_edit(self.detail.detail)
        self.delete_action.setEnabled(admin and not self.trash_mode)
        self.import_action.setEnabled(admin)
        self.duplicates_action.setEnabled(admin)
        self.undo_merge_action.setEnabled(admin and self.last_merge_id is not None)
        self.log_action.setEnabled(officer)
        self.add_list_action.setEnabled(officer)
        self.remove_list_action.setEnabled(officer and self.filters.list.currentData() is not None)
        self.restore_button.setVisible(self.trash_mode)
        self.erase_button.setVisible(self.trash_mode)
        self.restore_button.setEnabled(admin)
        self.erase_button.setEnabled(admin)
        self.detail.set_permissions(self.contacts.may_mark_do_not_contact(), admin)
        self.detail.log_button.setVisible(officer)
        tip = "" if admin else self.tr("Only administrators may do this.")
        for w in (self.restore_button, self.erase_button):
            w.setToolTip(tip)
        self.lists_panel.new_button.setEnabled(officer)
        self.lists_panel.smart_button.setEnabled(officer)

    # ------------------------------------------------------------------ query
    def query(self) -> ContactQuery:
        f = self.filters.query_fields()
        days = f.pop("not_contacted_days")  # counted back from today in the organisation's zone
        since = self.contacts.today() - timedelta(days=days) if days else None
        kind, tier = f.pop("outlet_kind"), f.pop("tier")
        return ContactQuery(
            text=self.search.text().strip(),
            deleted=self.trash_mode,
            outlet_kind=kind.value if kind is not None else None,
            tier=tier.value if tier is not None else None,
            not_contacted_since=since,
            sort=self.model.query.sort,
            descending=self.model.query.descending,
            **f,
        )

    def apply_query(self) -> None:
        self.search_timer.stop()
        current = self.current_id()
        try:
            self.model.set_query(self.query())
        except CommdeskError as exc:
            show_error(self, self.tr("The search failed"), exc)
            return
        self.lists_panel.select(self.filters.list.currentData())
        self.remove_list_action.setEnabled(self.is_officer and self.filters.list.currentData() is not None)
        self._update_count()
        self.select_id(current if current is not None and self.model.row_of(current) >= 0 else None)

    def refresh(self) -> None:
        """Run the query again, keeping the current contact and the selection."""
        current = self.current_id()
        chosen = [
            self.model.rows[i.row()].id
            for i in self.table.selectionModel().selectedRows()
            if i.row() < len(self.model.rows)
        ]
        self.model.refresh()
        self._update_count()
        self.select_id(current)
        if len(chosen) > 1:
            from PySide6.QtCore import QItemSelection

            selection = QItemSelection()
            for cid in chosen:
                row = self.model.row_of(cid)
                if row >= 0:
                    selection.select(self.model.index(row, 0), self.model.index(row, m.COLUMN_COUNT - 1))
            self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select)

    def _update_count(self) -> None:
        n = self.model.total
        text = self.tr("%n in the trash", "", n) if self.trash_mode else self.tr("%n contacts", "", n)
        self.count_label.setText(text)

    def _search_enter(self) -> None:
        self.apply_query()
        if self.model.rowCount():
            self.table.setFocus()
            if self.current_id() is None:
                self.select_id(self.model.rows[0].id)

    def set_trash_mode(self, on: bool) -> None:
        self.trash_mode = on
        self.update_permissions()
        self.apply_query()

    def reload_choices(self) -> None:
        try:
            lists = list_service(self.services).lists()
        except (CommdeskError, ImportError, AttributeError):
            lists = []
        self.filters.set_choices(
            self.contacts.beats(), self.contacts.regions(), self.contacts.owners(), lists
        )
        self.lists_panel.set_lists(lists)

    def on_tables_changed(self, tables: frozenset[str]) -> None:
        self.reload_choices()
        self.refresh()

    def changed(self) -> None:
        """After a change made here: the table and the filter choices at once (the caller selects
        what it made next); the announcement of the same commit then has nothing left to do."""
        self.watch.reloaded()
        self.reload_choices()
        self.refresh()

    # ------------------------------------------------------------------ selection
    def current_id(self):
        idx = self.table.currentIndex()
        s = self.model.summary(idx.row()) if idx.isValid() else None
        return s.id if s is not None else None

    def current_summary(self):
        idx = self.table.currentIndex()
        return self.model.summary(idx.row()) if idx.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [self.model.rows[r].id for r in rows if r < len(self.model.rows)]
        if not ids and self.current_id() is not None:
            ids = [self.current_id()]
        return ids

    def open_record(self, record_id) -> None:
        """Show contact ``record_id`` (from Home: a media inquiry awaiting an answer)."""
        if self.search.text():
            self.search.clear()
            self.refresh()
        self.select_id(record_id)

    def select_id(self, contact_id) -> None:
        row = self.model.fetch_until(contact_id) if contact_id is not None else -1
        sm = self.table.selectionModel()
        if row < 0:
            sm.clearSelection()
            self.table.setCurrentIndex(self.model.index(-1, -1))
            self.show_current()
            return
        idx = self.model.index(row, m.COL_NAME)
        sm.setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(idx)
        self.show_current()

    def _selection_changed(self, *args) -> None:
        n = len(self.table.selectionModel().selectedRows())
        self.bulk_button.setText(self.tr("&Selected (%n)", "", n) if n > 1 else self.tr("&Selected"))

    def show_current(self) -> None:
        self.detail_timer.stop()
        cid = self.current_id()
        if cid is None:
            self.detail.show_contact(None, [])
            return
        try:
            self.detail.set_zone(self.contacts.zone_name())
            detail, history = self.contacts.get(cid), self.contacts.history(cid)
            history = timeline(history, self._coverage(cid))
        except CommdeskError as exc:  # gone in between (erased, merged by someone else)
            self.status_message.emit(str(exc))
            self.detail.show_contact(None, [])
            return
        self.detail.show_contact(detail, history)
        self._update_edit(detail)

    def _update_edit(self, detail) -> None:
        """Edit for a contact this person may correct (an officer: one they own), Open otherwise."""
        person = self.services.person()
        can = detail is not None and not self.trash_mode and self.contacts.may_edit_contact(detail, person)
        self.edit_action.setEnabled(can)
        self.detail.edit_button.setText(self.tr("Ed&it…") if can else self.tr("&Open…"))

    def _coverage(self, contact_id: int) -> list:
        """The journalist's pick-ups from the releases area, for the timeline (none if it is absent)."""
        try:
            from commdesk.services.releases.coverage import ReleaseCoverageService
        except ImportError:
            return []
        return coverage_entries(self.services.get(ReleaseCoverageService), contact_id, self.detail.zone)

    # ------------------------------------------------------------------ one contact
    def new_record(self) -> None:
        if not self.can_create():
            return
        dlg = ContactDialog(self.services, None, parent=self)
        if dlg.exec() and dlg.saved_id is not None:
            self.changed()
            self.select_id(dlg.saved_id)
            if self.model.row_of(dlg.saved_id) < 0:
                self.status_message.emit(self.tr("Saved; the contact does not match the current search."))

    def open_current(self) -> None:
        self.edit_current()

    def edit_current(self) -> None:
        cid = self.current_id()
        if cid is None:
            return
        dlg = ContactDialog(self.services, cid, read_only=True if self.trash_mode else None, parent=self)
        if dlg.exec() and dlg.saved_id is not None:
            self.changed()
            self.select_id(cid)

    def log_interaction(self) -> None:
        s = self.current_summary()
        if s is None or not self.is_officer:
            return
        dlg = InteractionDialog(self.services, s.id, s.name, parent=self)
        if dlg.exec():
            self.refresh()
            self.show_current()
            self.status_message.emit(self.tr("Logged for {name}.").format(name=s.name))

    def answer_inquiry(self, interaction_id) -> None:
        try:
            self.contacts.answer_inquiry(interaction_id, datetime.now(UTC))
        except CommdeskError as exc:
            show_error(self, self.tr("The answer was not recorded"), exc)
            return
        self.show_current()

    def set_do_not_contact(self) -> None:
        s = self.current_summary()
        if s is None or not self.detail.dnc_button.isEnabled():
            return
        if DoNotContactDialog(self.services, s.id, s.name, parent=self).exec():
            self.refresh()
            self.show_current()

    def lift_do_not_contact(self, channel: str) -> None:
        s = self.current_summary()
        if s is None:
            return
        if not confirm(
            self,
            self.tr("Lift do-not-contact"),
            self.tr(
                "{name} may then be contacted by {channel} again. Lift it only when the person asked for it."
            ).format(name=s.name, channel=m.channel_label(channel)),
        ):
            return
        try:
            self.contacts.lift_do_not_contact(s.id, channel)
        except CommdeskError as exc:
            show_error(self, self.tr("Do-not-contact was not lifted"), exc)
            return
        self.refresh()
        self.show_current()

    def show_history(self) -> None:
        from commdesk.services.audit import AuditService
        from commdesk.ui.common.history import HistoryDialog

        s = self.current_summary()
        if s is None:
            return
        HistoryDialog(
            self.services.get(AuditService), "contacts", s.id, s.name, self, services=self.services
        ).exec()

    # ------------------------------------------------------------------ duplicates, import, export
    def show_duplicates(self) -> None:
        from commdesk.ui.contacts.duplicates import DuplicatesDialog

        dlg = DuplicatesDialog(self.services, self)
        dlg.exec()
        if dlg.merged:
            self.last_merge_id = dlg.last_merge_id
            self.changed()
            self.update_permissions()

    def undo_last_merge(self) -> None:
        if self.last_merge_id is None:
            return
        from commdesk.ui.contacts.duplicates import undo_merge_asking

        if not undo_merge_asking(self, self.contacts, self.last_merge_id):
            return
        self.changed()
        self.status_message.emit(self.tr("The merge was undone."))
        self.last_merge_id = None
        self.update_permissions()

    def import_contacts(self) -> None:
        from commdesk.ui.contacts.import_wizard import ImportWizard

        wizard = ImportWizard(self.services, self)
        wizard.exec()
        if wizard.result_counts is not None:
            self.changed()

    def export_contacts(self, fmt: str | None = None) -> None:
        """Export what the table shows; a chosen list is exported as a mailing (do-not-contact left out)."""
        from commdesk.ui.contacts.import_wizard import export_interactively

        q = self.query()
        lst = self.lists_panel.current_list() if q.list_id is not None else None
        title = lst.name if lst is not None else self.tr("Media list")
        export_interactively(
            self,
            self.services,
            replace(q, list_id=None) if lst else q,
            fmt,
            list_id=lst.id if lst else None,
            title=title,
        )

    def export_pdf(self) -> None:
        self.export_contacts("pdf")
