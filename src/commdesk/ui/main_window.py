"""The main window: navigation, menus, status bar, banners. It knows the panes, not their insides.

**Banners** are notices across the top of the window that stay until their cause is gone (a
read-only database, a server that cannot be reached): ``show_banner(key, text, level, actions)``
shows or updates the banner ``key`` (``level`` "info", "warning" or "error"; ``actions`` are
(button text, function) pairs), ``hide_banner(key)`` takes it away. Each banner's text can be
reached with Tab and is announced to screen readers when it appears or changes.

On a server database the window follows the other desks (``AppServices.start_listening``): a banner
while the server cannot be reached, and a notification (tray, or the status bar without one) when
a press release newly waits for the person's review or is returned to them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAction,
    QActionGroup,
    QIcon,
    QKeySequence,
    QPainter,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStatusBar,
    QStyle,
    QStyleOption,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from commdesk.paths import resources_dir
from commdesk.ui.navigation import PANES


def icon(name: str) -> QIcon:
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))


# A banner's colours by level: background, text, border.
_LEVELS = {
    "info": ("#dbeafe", "#1e3a5f", "#93b4e0"),
    "warning": ("#fff3cd", "#664d03", "#e0c36a"),
    "error": ("#f8d7da", "#842029", "#e4a0a7"),
}


class ElidedLabel(QLabel):
    """A status-bar label that, when the window is too narrow for it, leaves out the middle of its
    text (a database path keeps its start and its file name) instead of being cut at the right
    edge; ``text()`` and the tooltip stay the whole text."""

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 12 * self.fontMetrics().averageCharWidth()), hint.height())

    def paintEvent(self, event) -> None:
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, rect.width())
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            rect,
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )


class StatusBar(QStatusBar):
    """The window's status bar: a message keeps clear of the permanent labels at the right ("Signed
    in: …", the database) instead of running up to or under them. While a message shows, the
    database label steps aside (it comes back with the message's end), a gap separates the message
    from "Signed in", and a message still too long is elided at its end (the whole text in the
    tooltip)."""

    GAP = 16  # pixels between the message and the first permanent label

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.yields: list[QWidget] = []  # permanent widgets hidden while a message shows
        self.permanent: list[QWidget] = []
        self.messageChanged.connect(self._message_changed)

    def addPermanentWidget(self, widget: QWidget, stretch: int = 0) -> None:
        super().addPermanentWidget(widget, stretch)
        self.permanent.append(widget)

    def _message_changed(self, text: str) -> None:
        for widget in self.yields:
            widget.setVisible(not text)
        self.setToolTip(text)
        self.update()

    def message_rect(self) -> QRect:
        """Where the message is written: from the left edge to the gap before the first permanent
        label that shows."""
        right = self.width() - 12
        lefts = [w.x() for w in self.permanent if w.isVisible()]
        if lefts:
            right = min(right, min(lefts) - self.GAP)
        return QRect(6, 0, max(0, right - 6), self.height())

    def shown_message(self) -> str:
        """The message as it fits (elided at its end), "" when there is none."""
        text = self.currentMessage()
        if not text:
            return ""
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, self.message_rect().width())

    def paintEvent(self, event) -> None:
        if not self.currentMessage():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(
            self.message_rect(),
            int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine),
            self.shown_message(),
        )


class Banner(QFrame):
    """One notice across the top of the window: its text (reachable with Tab, selectable, read by
    screen readers) and buttons for what can be done about it."""

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.level = ""
        self.setObjectName(f"banner_{key}")
        self.label = QLabel(self)
        self.label.setObjectName(f"banner_{key}_text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it; a screen reader reads it
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.label, 1)
        row.addLayout(self.buttons)
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def set_notice(self, text: str, level: str, actions) -> None:
        background, colour, border = _LEVELS.get(level, _LEVELS["warning"])
        self.setStyleSheet(
            f"#{self.objectName()} {{ background: {background}; border-bottom: 1px solid {border}; }}"
            f" #{self.objectName()} QLabel {{ color: {colour}; }}"
        )
        changed = text != self.label.text() or level != self.level
        self.level = level
        self.label.setText(text)
        words = {
            "info": QApplication.translate("MainWindow", "Notice"),
            "warning": QApplication.translate("MainWindow", "Warning"),
            "error": QApplication.translate("MainWindow", "Problem"),
        }
        self.label.setAccessibleName(f"{words.get(level, words['warning'])}: {text}")
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            if (w := item.widget()) is not None:
                w.deleteLater()
        for caption, fn in actions:
            button = QPushButton(caption, self)
            button.clicked.connect(lambda _=False, f=fn: f())
            self.buttons.addWidget(button)
        was_hidden = self.isHidden()
        self.show()
        if changed or was_hidden:  # said once to a screen reader, as an alert
            QAccessible.updateAccessibility(QAccessibleEvent(self.label, QAccessible.Event.Alert))


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
        # Panes that could not be made (the server away): tried again when the server is back.
        self.unopened: set[str] = set()
        # work done once, after the first screen and before any other pane is made (the outbox's
        # hooks: every pane but Home may send mail)
        self.before_panes: list[Callable[[], None]] = []
        # Home as the start-up glance read it, until the services are attached (``show_glance``), and
        # what was asked of it meanwhile (done once the panes exist)
        self.glance: QWidget | None = None
        self._glance_asked: list = []
        # the window's own timer: it goes with the window (a language switch replaces the window)
        self._eager_timer = QTimer(self, singleShot=True, interval=0, timeout=self._build_eager_panes)
        # the cases desk's periodic work (``ui/cases/background.py``), made once the window has started
        self.case_jobs = None
        self._started = False
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
        # Banners over everything, one per cause (show_banner / hide_banner), in the order first shown.
        self.banners: dict[str, Banner] = {}
        self.banner_column = QVBoxLayout()
        self.banner_column.setContentsMargins(0, 0, 0, 0)
        self.banner_column.setSpacing(0)
        # the database cannot be written (shown by attach())
        self.banner = self._banner("read-only")
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(self.banner_column)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        for spec in PANES:
            item = QListWidgetItem(icon(spec.icon), spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.nav.setEnabled(False)
        self.nav.currentRowChanged.connect(self._show_row)
        self.undo_group = QUndoGroup(self)
        status = StatusBar(self)
        self.setStatusBar(status)
        self.db_label = ElidedLabel(self)  # a long path loses its middle, not its end
        self.person_label = QLabel(self)
        status.yields.append(self.db_label)  # a message takes the database label's room meanwhile
        self.statusBar().addPermanentWidget(self.person_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self.busy_reported.connect(
            lambda text: self.statusBar().showMessage(text, 10000), Qt.ConnectionType.QueuedConnection
        )
        self._build_menus()
        from commdesk.ui.common.tray import NewWork

        # the tray icon, or the status bar where there is none: made once the database is attached
        # (asking the desktop for a notification area costs time the first paint should not wait for)
        self.notifier = None
        self.new_work = NewWork()
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
        self.cases_settings_action = self._action(m, self.tr("Cases &desk settings…"), self._cases_settings)
        self._add_cases_desk(m)
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
            self.cases_settings_action,
            self.find_action,
            *self.pane_actions,
            *self.cases_actions,
        ):
            act.setEnabled(False)

    def _add_cases_desk(self, menu) -> None:
        """The cases desk from anywhere (the File menu): the hotline call screen (Ctrl+Shift+H) and
        the feedback mailbox, fetched now or every few minutes by this computer."""
        from commdesk.ui.cases.background import FETCH_CHOICES, window_words

        words = window_words()
        self.call_action = self._action(menu, words["call"], lambda _=False: self.take_call(), "Ctrl+Shift+H")
        menu.addSeparator()
        self.fetch_action = self._action(menu, words["fetch"], self._fetch_now)
        fetch_menu = menu.addMenu(words["auto"])
        self.fetch_choices = QActionGroup(self)
        for minutes in FETCH_CHOICES:
            act = QAction(words[minutes], self, checkable=True)
            act.setData(minutes)
            act.triggered.connect(lambda _=False, n=minutes: self._set_fetch_minutes(n))
            self.fetch_choices.addAction(act)
            fetch_menu.addAction(act)
        self._check_fetch_choice()
        self.cases_actions = [self.call_action, self.fetch_action, *self.fetch_choices.actions()]

    # ---------------------------------------------------------------- start-up glance
    def show_glance(self, glance) -> None:
        """Home's lists read by the start-up glance (``ui/home/glance.py``), shown until the services
        are attached; ``attach`` then makes Home itself in its place. Nothing on it acts: an entry
        opened or a button clicked meanwhile waits for the services and is done then."""
        if self.services is not None or self.glance is not None:
            return
        from commdesk.ui.home.pane import HomeGlanceView

        view = HomeGlanceView(self.stack)
        view.chosen.connect(self._glance_chosen)
        holder = QScrollArea(self.stack)  # as ``pane`` holds a pane: the same place, the same size
        holder.setFrameShape(QScrollArea.Shape.NoFrame)
        holder.setWidgetResizable(True)
        holder.setWidget(view)
        self.stack.addWidget(holder)
        self.stack.setCurrentWidget(holder)
        self.glance = holder
        rows = [i for i, s in enumerate(PANES) if s.key == "home"]
        self.nav.blockSignals(True)  # no pane is made before the services are attached
        self.nav.setCurrentRow(rows[0])
        self.nav.blockSignals(False)
        view.show_glance(glance)
        self.set_badge("home", view.urgent)

    def _glance_chosen(self, what) -> None:
        """An entry of the glance opened, or its Refresh or Status report clicked, before the services
        are loaded: done when they are (Home from the services is a refresh already)."""
        if not self._glance_asked:
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._glance_asked.append(what)

    def _drop_glance(self) -> None:
        """Home is made: the glance goes, and what was asked of it is done now, through the services
        (the last entry opened; the status report)."""
        holder, self.glance = self.glance, None
        if holder is None:
            return
        # Home is laid out in the glance's place before anything paints again (no frame in between)
        current = self.stack.currentWidget()
        if current is not None and current is not holder:
            current.setGeometry(holder.geometry())
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.stack.removeWidget(holder)
        holder.deleteLater()
        asked, self._glance_asked = self._glance_asked, []
        if not asked:
            return
        QApplication.restoreOverrideCursor()
        entries = [a for a in asked if not isinstance(a, str)]
        if "report" in asked and "home" in self.panes:
            self.panes["home"].export_pdf()
        elif entries and "home" in self.panes:  # as Home opens it (its set-aside line: that window)
            self.panes["home"].open_entry(entries[-1])
        elif entries:
            self.open_record(entries[-1].pane, entries[-1].record_id)

    # ---------------------------------------------------------------- services
    def attach(self, services) -> None:
        """Called once the database is open: panes can now be built."""
        self.services = services
        self.db_label.setText(self.tr("Database: {db}").format(db=services.ctx.database_label))
        if getattr(services, "read_only", False):
            self.show_banner(
                "read-only",
                self.tr(
                    "This database is open read-only: you can read and export; changes cannot be saved. "
                    "Why: the file {db} may not be written (its file permissions). To make changes, ask whoever "
                    "manages it to allow writing, or work on a copy."
                ).format(db=services.ctx.database_label),
            )
        if (
            hasattr(services, "is_server")
            and services.is_server()
            and services.ctx.bound_person is None
            and not getattr(services.ctx, "offline", False)
        ):
            self.show_banner(
                "shared-login",
                self.tr(
                    "This server database is reached through one shared login, so the server cannot tell "
                    "who is who: anyone here can choose to act as anyone. An administrator gives each "
                    "person a login of their own with 'commdesk team init --existing' (see docs/team.md)."
                ),
            )
        services.person_changed.connect(self._person_changed)
        services.badge_changed.connect(self.set_badge)
        if self.notifier is None:
            from commdesk.ui.cases.background import window_words
            from commdesk.ui.common.tray import DeskNotifier

            self.notifier = DeskNotifier(
                self, on_call=lambda: self.take_call(), call_text=window_words()["tray_call"]
            )
        if hasattr(services, "connection_changed"):
            services.connection_changed.connect(self._connection_changed)
            if services.reachable is False:  # a window made while the server is away (language switch)
                self._connection_changed(False)
            services.start_listening()  # other desks' changes (a server database; nothing on SQLite)
        self.nav.setEnabled(True)
        for act in (
            self.switch_action,
            self.people_action,
            self.settings_action,
            self.cases_settings_action,
            *self.pane_actions,
            *self.cases_actions,
        ):
            act.setEnabled(True)
        self._person_changed(services.person())
        last = self.prefs.value("window/pane", PANES[0].key)
        rows = [i for i, s in enumerate(PANES) if s.key == last]
        row = rows[0] if rows else 0
        if self.nav.currentRow() == row:  # chosen already by the glance, without making the pane
            self._show_row(row)
        else:
            self.nav.setCurrentRow(row)
        self._drop_glance()
        self._eager_timer.start()

    def _build_eager_panes(self) -> None:
        """Panes with badges, reminders or crash recovery start working without being opened: one
        per turn of the event loop, after the first screen is on screen, so the window keeps
        answering meanwhile."""
        if self.services is None:
            return
        todo = [s.key for s in PANES if s.eager and s.key not in self.panes and s.key not in self.unopened]
        if todo:
            self._open_pane(todo[0])
            if len(todo) > 1:
                self._eager_timer.start()
                return
        if not self._started:  # the last of them is made: what waits for a started window
            QTimer.singleShot(0, self, self._desk_started)

    def _desk_started(self) -> None:
        """Once, after Home and the eager panes: the cases desk's clocks and mailbox start working
        by themselves, and a hotline call left behind by a crash is offered back."""
        if self._started or self.services is None:
            return
        self._started = True
        from commdesk.ui.cases.background import CasesDeskJobs

        self.case_jobs = CasesDeskJobs(self.services, self)
        self.case_jobs.note.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.case_jobs.start()
        self.offer_call_recovery()

    def _open_pane(self, key: str):
        """``pane(key)``, or None when the pane could not read what it starts with (the server
        away): the status bar says so, and it is tried again when it is opened or the server is back."""
        from commdesk.core.errors import CommdeskError

        try:
            return self.pane(key)
        except CommdeskError as exc:
            self.unopened.add(key)
            # what the pane made before it failed goes at once (its watch would reload a half-made
            # pane); nothing of it is on the call stack any more
            import shiboken6

            for child in self.stack.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
                if child is not self.loading and child not in self.holders.values():
                    shiboken6.delete(child)
            title = next(s.title() for s in PANES if s.key == key)
            self.statusBar().showMessage(
                self.tr("{pane} could not be opened: {error}").format(pane=title, error=exc), 15000
            )
            return None

    def _prepare_panes(self) -> None:
        while self.before_panes:
            self.before_panes.pop(0)()

    def _person_changed(self, person) -> None:
        """Someone else sits at the desk: every pane built so far (visible or not) and every menu
        follow the new person's roles at once; panes built later start with the new person."""
        signed_in = getattr(self.services, "signed_in", lambda: person)()  # roles even when read-only
        self.new_work.reset()  # the next look at Home learns what this person has waiting
        text = self.tr("Signed in: {name} ({roles})").format(name=person.name, roles=signed_in.roles_label)
        if person.roles != signed_in.roles:
            text += self.tr(" – read only")
        self.person_label.setText(text)
        for pane in self.panes.values():
            pane.apply_person(person)
        self._update_actions()

    # ---------------------------------------------------------------- banners
    def _banner(self, key: str) -> Banner:
        banner = self.banners.get(key)
        if banner is None:
            banner = self.banners[key] = Banner(key, self)
            self.banner_column.addWidget(banner)
        return banner

    def show_banner(self, key: str, text: str, level: str = "warning", actions=()) -> Banner:
        """Show (or update) the banner ``key`` with ``text``: ``level`` "info", "warning" or "error";
        ``actions`` (button text, function) pairs. It stays until ``hide_banner(key)``."""
        banner = self._banner(key)
        banner.set_notice(text, level, actions)
        return banner

    def hide_banner(self, key: str) -> None:
        """Take the banner ``key`` away (nothing happens when it is not shown)."""
        if (banner := self.banners.get(key)) is not None:
            banner.hide()

    def banner_text(self, key: str) -> str:
        """The text of the banner ``key`` while it is shown, else ""."""
        banner = self.banners.get(key)
        return banner.text() if banner is not None and not banner.isHidden() else ""

    def _connection_changed(self, reachable: bool) -> None:
        if reachable:
            if self.unopened:  # the panes that could not be made without the server
                self.unopened.clear()
                self._eager_timer.start()
            if self.banner_text("server"):
                self.hide_banner("server")
                self.statusBar().showMessage(
                    self.tr("The server answers again; what others changed meanwhile is shown."), 10000
                )
            return
        self.show_banner(
            "server",
            self.tr(
                "The server cannot be reached, so nothing can be saved or loaded for now; commdesk keeps "
                "trying by itself. What you have typed stays in its window (press releases and minutes "
                "are also kept on this computer) until it is saved."
            ),
            "warning",
            [(self.tr("Try now"), self._retry_connection)],
        )

    def _retry_connection(self) -> None:
        if self.services is not None and hasattr(self.services, "retry_connection"):
            self.services.retry_connection()

    # ---------------------------------------------------------------- new work for the person
    def _home_shown(self) -> None:
        """Home has just read the person's lists again: tell what newly waits for them."""
        from commdesk.ui.common.tray import WATCHED, arrival_words

        home = self.panes.get("home")

        sections = {}
        for key in WATCHED:
            box = getattr(home, "boxes", {}).get(key)
            if box is None:
                continue
            rows = []
            for i in range(box.list.count()):
                entry = box.list.item(i).data(Qt.ItemDataRole.UserRole)
                if getattr(entry, "record_id", None) is not None:
                    rows.append((entry.record_id, entry.text))
            sections[key] = rows
        arrivals = self.new_work.look(sections)
        if self.notifier is None:
            return
        for key in WATCHED:
            words = arrival_words(arrivals, key)
            if words is not None:
                first = next(a for a in arrivals if a.section == key)
                self.notifier.notify(
                    *words, on_click=lambda r=first.record_id: self.open_record("releases", r)
                )

    def _pane_notify(self, key: str, title: str, text: str, record_id) -> None:
        """A pane's reminder, told where the person notices it; a click opens the record."""
        if self.notifier is not None:
            self.notifier.notify(title, text, on_click=lambda: self.open_record(key, record_id))

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
            if hasattr(widget, "notify_requested"):  # a pane's reminder (posts due): the tray tells it
                widget.notify_requested.connect(
                    lambda title, text, rid, k=key: self._pane_notify(k, title, text, rid)
                )
            widget.navigate.connect(self.open_record)
            if key == "home" and hasattr(widget, "sections_shown"):
                widget.sections_shown.connect(self._home_shown)
            if key == "cases" and hasattr(widget, "call_action"):  # Ctrl+Shift+H is the window's, once
                widget.call_action.setShortcut(QKeySequence())
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
        pane = self._open_pane(spec.key)
        if pane is None:
            return
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
        self.cases_settings_action.setText(
            self.tr("Cases &desk settings…") if admin else self.tr("Cases &desk settings (read only)…")
        )

    # ---------------------------------------------------------------- the cases desk
    def take_call(self, draft=None):
        """The Cases pane's hotline call screen, from any pane (Ctrl+Shift+H, the Cases menu, the
        tray): the call screen already open is brought forward instead of a second one. Returns the
        call screen, or None (the status bar says why)."""
        if self.services is None:
            return None
        self.open_record("cases", None)
        pane = self.panes.get("cases")
        if pane is None:
            return None
        why = pane.svc.may_work()
        if why:
            self.statusBar().showMessage(why, 15000)
            return None
        current = getattr(pane, "call_dialog", None)
        try:
            if current is not None and current.isVisible():
                current.raise_()
                current.activateWindow()
                return current
        except RuntimeError:  # that call screen is gone
            pass
        return pane.take_call(draft)

    def offer_call_recovery(self) -> int:
        """Hotline calls left behind by a crash, offered back (``ui/cases/recovery.py``); only the
        recovery folder is looked at unless there is one. Returns how many were recovered."""
        from commdesk.ui.cases.recovery import calls_left_behind

        if self.services is None or not calls_left_behind(self.services.ctx):
            return 0
        from commdesk.services.cases.service import CaseService

        if self.services.get(CaseService).may_work():
            return 0  # left for a person who takes calls (offered at their next start)
        from commdesk.ui.cases.recovery import offer_call_recovery

        return offer_call_recovery(self, self.services, self.take_call)

    def _fetch_now(self) -> None:
        if self.services is None:
            return
        if self.case_jobs is None:
            from commdesk.ui.cases.background import CasesDeskJobs

            self.case_jobs = CasesDeskJobs(self.services, self)
            self.case_jobs.note.connect(lambda text: self.statusBar().showMessage(text, 15000))
        if not self.case_jobs.fetch_now():
            from commdesk.services.cases.intake import CaseIntakeService

            why = self.services.get(CaseIntakeService).may_take_in()
            from commdesk.ui.cases.background import window_words

            self.statusBar().showMessage(why or window_words()["busy"], 15000)

    def _set_fetch_minutes(self, minutes: int) -> None:
        from commdesk.ui.cases.background import FETCH_PREF

        if self.case_jobs is not None:
            self.case_jobs.set_fetch_minutes(minutes)
        else:
            self.prefs.set(FETCH_PREF, int(minutes))
        self._check_fetch_choice()

    def _check_fetch_choice(self) -> None:
        from commdesk.ui.cases.background import DEFAULT_FETCH_MINUTES, FETCH_PREF

        try:
            minutes = int(self.prefs.value(FETCH_PREF, DEFAULT_FETCH_MINUTES))
        except (TypeError, ValueError):
            minutes = DEFAULT_FETCH_MINUTES
        for act in self.fetch_choices.actions():
            act.setChecked(act.data() == minutes)

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

    def _cases_settings(self) -> None:
        from commdesk.ui.admin.cases_admin import CasesAdminDialog

        CasesAdminDialog(
            self.services, self.lang, self
        ).exec()  # saved changes are announced by their commits

    def _procedure(self) -> None:
        """The version in force on this database (the shipped text before one is adopted)."""
        from commdesk.core.errors import NotFound
        from commdesk.services.procedure.service import ProcedureService
        from commdesk.ui.admin.procedure_viewer import ProcedureViewer

        try:
            v = self.services.get(ProcedureService).version()
            in_force: tuple[int, str, str] | None = (v.number, v.text_zh, v.text_en)
        except NotFound:
            in_force = None
        ProcedureViewer(self.lang, self, in_force=in_force).exec()

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
        if event.isAccepted():  # the window of this desk closes: stop following the others
            if self.notifier is not None:
                self.notifier.close()
            if self.case_jobs is not None:
                self.case_jobs.stop()
            if self.services is not None and hasattr(self.services, "stop_listening"):
                self.services.stop_listening()
