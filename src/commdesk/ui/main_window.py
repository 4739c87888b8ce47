"""The main window: navigation, menus, status bar. It knows the panes, not their insides."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QIcon, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from commdesk.paths import resources_dir
from commdesk.ui.navigation import PANES


def icon(name: str) -> QIcon:
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))


class MainWindow(QMainWindow):
    language_requested = Signal(str)  # "zh_CN", "en" or "" for the system's
    switch_person_requested = Signal()
    #: "Another commdesk is writing…" from whichever thread waits; shown in the status bar (queued).
    busy_reported = Signal(str)

    def __init__(self, prefs, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.prefs = prefs
        self.lang = lang
        self.services = None
        from commdesk.ui.common.keys import install_standard_keys

        install_standard_keys()  # Ctrl+Tab between tabs, even from inside tables
        self.panes: dict[str, QWidget] = {}
        self.holders: dict[str, QWidget] = {}
        self.badges: dict[str, int] = {}
        # work done once, after the first screen and before any other pane is made (the outbox's
        # hooks: every pane but Home may send mail)
        self.before_panes: list[Callable[[], None]] = []
        # the window's own timer: it goes with the window (a language switch replaces the window)
        self._eager_timer = QTimer(self, singleShot=True, interval=0, timeout=self._build_eager_panes)
        self.setWindowTitle("commdesk")
        self.setWindowIcon(icon("commdesk"))
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setUniformItemSizes(True)
        self.nav.setMinimumWidth(150)
        self.stack = QStackedWidget(self)
        self.loading = QLabel(self.tr("Opening the database…"), self)
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        # A banner over everything when the database cannot be written (shown by attach()).
        self.banner = QLabel(self)
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "#readOnlyBanner { background: #fff3cd; color: #664d03; padding: 6px 10px;"
            " border-bottom: 1px solid #e0c36a; }"
        )
        self.banner.hide()
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        for spec in PANES:
            item = QListWidgetItem(icon(spec.icon), spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.nav.setEnabled(False)
        self.nav.currentRowChanged.connect(self._show_row)
        self.undo_group = QUndoGroup(self)
        self.db_label = QLabel(self)
        self.person_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.person_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self.busy_reported.connect(
            lambda text: self.statusBar().showMessage(text, 10000), Qt.ConnectionType.QueuedConnection
        )
        self._build_menus()
        from commdesk.ui.common.screen import fitting_size

        self.resize(fitting_size(self, 1180, 760, share=0.96))  # a 1366×768 laptop too
        geometry = prefs.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = prefs.value("window/splitter")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([170, 1010])  # a slim navigation column; the pane gets the room

    # ---------------------------------------------------------------- menus
    def _action(self, menu, text: str, slot, shortcut=None, icon_name: str | None = None) -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        if icon_name:
            act.setIcon(QIcon.fromTheme(icon_name))
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        m = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(
            m, self.tr("&New"), self._new, QKeySequence.StandardKey.New, "document-new"
        )
        self.export_action = self._action(m, self.tr("&Export PDF…"), self._export, "Ctrl+E")
        m.addSeparator()
        self.backup_action = self._action(m, self.tr("&Backup…"), self._backup)
        self.switch_action = self._action(
            m, self.tr("S&witch person…"), self.switch_person_requested.emit, "Ctrl+Shift+P"
        )
        self.people_action = self._action(m, self.tr("&People and roles…"), self._people)
        self.settings_action = self._action(m, self.tr("Organisation &settings…"), self._settings)
        m.addSeparator()
        self.quit_action = self._action(m, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        e = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(e, self.tr("&Undo"), self._undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(e, self.tr("&Redo"), self._redo, QKeySequence.StandardKey.Redo)
        e.addSeparator()
        self.find_action = self._action(e, self.tr("&Find…"), self._find, QKeySequence.StandardKey.Find)
        v = bar.addMenu(self.tr("&View"))
        self.pane_actions = []
        for row, spec in enumerate(PANES):
            act = self._action(
                v, spec.title(), lambda _=False, r=row: self.nav.setCurrentRow(r), f"Ctrl+{row + 1}"
            )
            self.pane_actions.append(act)
        v.addSeparator()
        lang_menu = v.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, label in (("", self.tr("System language")), ("zh_CN", "中文（简体）"), ("en", "English")):
            act = QAction(label, self, checkable=True)
            act.setData(code)
            act.setChecked(code == (self.prefs.value("language", "") or ""))
            act.triggered.connect(lambda _=False, c=code: self.language_requested.emit(c))
            group.addAction(act)
            lang_menu.addAction(act)
        h = bar.addMenu(self.tr("&Help"))
        self._action(
            h, self.tr("Communication &procedure"), self._procedure, QKeySequence.StandardKey.HelpContents
        )
        self._action(h, self.tr("&About commdesk"), self._about)
        for act in (
            self.new_action,
            self.export_action,
            self.backup_action,
            self.switch_action,
            self.people_action,
            self.settings_action,
            self.find_action,
            *self.pane_actions,
        ):
            act.setEnabled(False)

    # ---------------------------------------------------------------- services
    def attach(self, services) -> None:
        """Called once the database is open: panes can now be built."""
        self.services = services
        self.db_label.setText(self.tr("Database: {db}").format(db=services.ctx.database_label))
        if getattr(services, "read_only", False):
            self.banner.setText(
                self.tr(
                    "This database is open read-only: you can read and export; changes cannot be saved. "
                    "Why: the file {db} may not be written (its file permissions). To make changes, ask whoever "
                    "manages it to allow writing, or work on a copy."
                ).format(db=services.ctx.database_label)
            )
            self.banner.show()
        services.person_changed.connect(self._person_changed)
        services.badge_changed.connect(self.set_badge)
        self.nav.setEnabled(True)
        for act in (self.switch_action, self.people_action, self.settings_action, *self.pane_actions):
            act.setEnabled(True)
        self._person_changed(services.person())
        last = self.prefs.value("window/pane", PANES[0].key)
        rows = [i for i, s in enumerate(PANES) if s.key == last]
        self.nav.setCurrentRow(rows[0] if rows else 0)
        self._eager_timer.start()

    def _build_eager_panes(self) -> None:
        """Panes with badges, reminders or crash recovery start working without being opened: one
        per turn of the event loop, after the first screen is on screen, so the window keeps
        answering meanwhile."""
        if self.services is None:
            return
        todo = [spec.key for spec in PANES if spec.eager and spec.key not in self.panes]
        if todo:
            self.pane(todo[0])
            if len(todo) > 1:
                self._eager_timer.start()

    def _prepare_panes(self) -> None:
        while self.before_panes:
            self.before_panes.pop(0)()

    def _person_changed(self, person) -> None:
        """Someone else sits at the desk: every pane built so far (visible or not) and every menu
        follow the new person's roles at once; panes built later start with the new person."""
        signed_in = getattr(self.services, "signed_in", lambda: person)()  # roles even when read-only
        text = self.tr("Signed in: {name} ({roles})").format(name=person.name, roles=signed_in.roles_label)
        if person.roles != signed_in.roles:
            text += self.tr(" – read only")
        self.person_label.setText(text)
        for pane in self.panes.values():
            pane.apply_person(person)
        self._update_actions()

    def set_badge(self, key: str, count: int) -> None:
        self.badges[key] = count
        for row, spec in enumerate(PANES):
            if spec.key == key:
                self.nav.item(row).setText(spec.title() + (f"  ({count})" if count else ""))

    def pane(self, key: str):
        """The pane for ``key``, created on first use."""
        if key not in self.panes:
            spec = next(s for s in PANES if s.key == key)
            if not spec.first:
                self._prepare_panes()
            widget = spec.create(self.services, self.stack)
            widget.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
            widget.navigate.connect(self.open_record)
            if getattr(widget, "undo_stack", None) is not None:
                self.undo_group.addStack(widget.undo_stack)
            self.panes[key] = widget
            # A pane wider than a small screen scrolls instead of forcing the window wider.
            holder = QScrollArea(self.stack)
            holder.setFrameShape(QScrollArea.Shape.NoFrame)
            holder.setWidgetResizable(True)
            holder.setWidget(widget)
            self.holders[key] = holder
            self.stack.addWidget(holder)
        return self.panes[key]

    def open_record(self, key: str, record_id) -> None:
        """Go to pane ``key`` and show one of its records (a Home entry, a link between areas)."""
        rows = [i for i, s in enumerate(PANES) if s.key == key]
        if not rows:
            return
        self.nav.setCurrentRow(rows[0])
        if record_id is not None:
            self.panes[key].open_record(record_id)

    def current_pane(self):
        holder = self.stack.currentWidget()
        return next((self.panes[k] for k, h in self.holders.items() if h is holder), None)

    def _show_row(self, row: int) -> None:
        if self.services is None or row < 0:
            return
        spec = PANES[row]
        pane = self.pane(spec.key)
        self.stack.setCurrentWidget(self.holders[spec.key])
        if getattr(pane, "undo_stack", None) is not None:
            self.undo_group.setActiveStack(pane.undo_stack)
        self.prefs.set("window/pane", spec.key)
        pane.activated()
        self._update_actions()

    def _update_actions(self) -> None:
        pane = self.current_pane()
        self.new_action.setEnabled(bool(pane and pane.can_create()))
        self.export_action.setEnabled(bool(pane and pane.can_export_pdf()))
        self.find_action.setEnabled(bool(pane and pane.can_find()))
        self._update_role_actions()

    def _update_role_actions(self) -> None:
        """Menu entries that depend on the acting person's roles, with a tip that says why."""
        if self.services is None:
            return
        from commdesk.core.domain.people import Role

        admin = self.services.person().has(Role.ADMINISTRATOR)
        self.backup_action.setEnabled(admin)
        self.backup_action.setStatusTip(
            "" if admin else self.tr("Only an administrator can back up the database.")
        )
        self.backup_action.setToolTip(self.backup_action.statusTip() or self.backup_action.text())
        self.people_action.setText(
            self.tr("&People and roles…") if admin else self.tr("&People and my profile…")
        )
        self.settings_action.setText(
            self.tr("Organisation &settings…") if admin else self.tr("Organisation &settings (read only)…")
        )

    # ---------------------------------------------------------------- actions
    def _new(self) -> None:
        if (pane := self.current_pane()) is not None:
            pane.new_record()

    def _export(self) -> None:
        if (pane := self.current_pane()) is not None:
            pane.export_pdf()

    def _find(self) -> None:
        if (pane := self.current_pane()) is not None:
            pane.find()

    def _text_widget(self):
        w = QApplication.focusWidget()
        return w if isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit)) else None

    def _undo(self) -> None:
        if (w := self._text_widget()) is not None:
            w.undo()
        elif self.undo_group.activeStack() is not None:
            self.undo_group.undo()

    def _redo(self) -> None:
        if (w := self._text_widget()) is not None:
            w.redo()
        elif self.undo_group.activeStack() is not None:
            self.undo_group.redo()

    def _backup(self) -> None:
        from commdesk.ui.admin.backup_action import backup_interactively

        backup_interactively(self, self.services)

    def _people(self) -> None:
        from commdesk.ui.admin.people_dialog import PeopleDialog

        PeopleDialog(self.services, self).exec()

    def _settings(self) -> None:
        from commdesk.core.domain.people import Role
        from commdesk.services.settings import SettingsService
        from commdesk.ui.admin.org_settings_dialog import OrgSettingsDialog

        OrgSettingsDialog(
            self.services.get(SettingsService), self.services.person().has(Role.ADMINISTRATOR), self
        ).exec()  # a saved change is announced by its commit

    def _procedure(self) -> None:
        from commdesk.ui.admin.procedure_viewer import ProcedureViewer

        ProcedureViewer(self.lang, self).exec()

    def _about(self) -> None:
        from commdesk import __version__
        from commdesk.ui.common.ask import ask

        ask(
            self,
            "info",
            self.tr("About commdesk"),
            self.tr(
                "commdesk {version}\n\nThe desk of a communications office: media contacts, press releases "
                "and meetings, run according to the office's own communication procedure."
            ).format(version=__version__),
        )

    # ---------------------------------------------------------------- state
    def save_state(self) -> None:
        self.prefs.set("window/geometry", self.saveGeometry())
        self.prefs.set("window/splitter", self.splitter.saveState())
        for pane in self.panes.values():
            pane.save_state()
        self.prefs.sync()

    def closeEvent(self, event) -> None:
        self.save_state()
        super().closeEvent(event)
