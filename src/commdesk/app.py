"""QApplication and the composition root: builds the services and hands them to the windows.

Start-up paints the window shell first, then shows Home from the start-up glance when it can
(``ui/home/glance.py``: read with the standard library, before SQLAlchemy and the services are
imported), and opens the database behind it; Home from the services then takes the glance's place
(bench/bench_startup.py measures both against a bare window's first paint).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

log = logging.getLogger(__name__)


class _NeedPassword(Exception):
    def __init__(self, display: str):
        super().__init__(display)
        self.display = display


class GuiApp:
    """Owns the main window, the opened database and the language; rebuilds the window on a
    language switch."""

    def __init__(self, qapp, args, prefs):
        self.qapp = qapp
        self.args = args
        self.prefs = prefs
        self.window = None
        self.services = None
        self.opened = None
        self.lang = "en"
        self.on_ready: list[Callable[[], None]] = []
        self.exit_code = 0  # non-zero when the window closes because --as was refused

    # -------------------------------------------------------------- language
    def choose_language(self) -> str:
        from commdesk.translations import install, normalise, system_language
        from commdesk.ui.common.fonts import ensure_cjk_font

        wanted = normalise(self.args.lang) or normalise(self.prefs.value("language", "")) or system_language()
        self.lang = install(wanted)
        if self.lang == "zh_CN":
            ensure_cjk_font(self.qapp)  # before the first paint: the interface itself is Chinese
        return self.lang

    def set_language(self, code: str) -> None:
        from commdesk.translations import install, normalise, system_language

        self.prefs.set("language", code)
        self.lang = install(normalise(code) or system_language())
        old = self.window
        self.show_window()
        if old is not None:
            old.save_state()
            old.hide()
            old.deleteLater()

    # -------------------------------------------------------------- window
    def show_window(self):
        from commdesk.ui.main_window import MainWindow

        self.window = MainWindow(self.prefs, self.lang)
        self.window.before_panes.append(_register_mail_hooks)
        self.window.language_requested.connect(self.set_language)
        self.window.switch_person_requested.connect(self.switch_person)
        self.window.show()
        if self.services is not None:
            self.window.attach(self.services)
        return self.window

    # -------------------------------------------------------------- database
    def start(self) -> None:
        """After the first paint: Home from the start-up glance when it can be read without asking
        anything (``ui/home/glance.py``: a SQLite file at this schema, a person who signs in without a
        question), on screen before the services' imports begin; then the database is opened as
        always behind it, and Home made from the services takes the glance's place."""
        if self._may_glance():
            from commdesk.ui.home.glance import read_glance

            glance = read_glance(self.args.db)
            if glance is not None and self.window is not None:
                from commdesk.ui.common.fonts import ensure_cjk_font

                ensure_cjk_font(self.qapp)  # as attach does: names in Chinese whatever the language
                self.window.show_glance(glance)
                self.qapp.processEvents()  # painted before the imports take the interpreter
        self.open_database()

    def _may_glance(self) -> bool:
        """The window will open on Home for a person it signs in without a question (``--as`` asks
        or checks; another last pane opens that pane)."""
        from commdesk.ui.navigation import PANES

        if getattr(self.args, "as_person", None) is not None or getattr(self, "demo_pending", False):
            return False
        last = self.prefs.value("window/pane", PANES[0].key)
        return last == "home" or last not in {s.key for s in PANES}

    def open_database(self) -> None:
        """Open (and if needed migrate) the database off the GUI thread, then attach the services.
        A server password is asked on the GUI thread when neither the URL nor the keyring has it."""
        from commdesk.ui.common.tasks import TaskRunner

        self.runner = getattr(self, "runner", None) or TaskRunner(self.qapp)
        spec = self.args.db

        def work(progress, cancel):
            from commdesk.bootstrap import open_database

            if spec is not None and not str(spec).strip():  # --db "": refused, not the default file
                from PySide6.QtCore import QCoreApplication

                from commdesk.core.errors import CommdeskError

                raise CommdeskError(
                    QCoreApplication.translate(
                        "App",
                        "--db is empty: give a database file or URL, or leave --db out to use the default "
                        "database.",
                    )
                )

            def no_prompt(display):
                raise _NeedPassword(display)

            # the mail hooks are registered before the first pane that could send (attach); a server
            # that cannot be reached opens its offline copy on this computer, if there is one
            return open_database(spec, ask_password=no_prompt, mail_hooks=False, offline_ok=True)

        self.runner.run(work, on_done=self._opened, on_error=self._open_failed)

    def _opened(self, opened) -> None:
        from PySide6.QtCore import QCoreApplication

        self.opened = opened
        upgrade = opened.upgrade
        if upgrade is not None and upgrade.backup is not None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "App", "Database upgraded; the previous state was saved to {path}"
                ).format(path=upgrade.backup),
                15000,
            )
        self.attach()
        self.offline_after_attach()

    def _open_failed(self, exc: BaseException) -> None:
        from PySide6.QtCore import QCoreApplication

        from commdesk.core.errors import CommdeskError
        from commdesk.ui.common.ask import ask, ask_text

        if isinstance(exc, _NeedPassword):
            password = ask_text(
                self.window,
                QCoreApplication.translate("App", "Database password"),
                QCoreApplication.translate("App", "Password for {db} (kept in the system keyring):").format(
                    db=exc.display
                ),
                password=True,
            )
            if password:
                from commdesk.persistence.db import resolve_target, server_password

                server_password(resolve_target(self.args.db)[0], password, None)
                self.open_database()
                return
            self.window.close()
            self.qapp.exit(1)
            return
        log.error("cannot open the database: %s", exc, exc_info=not isinstance(exc, CommdeskError))
        text = str(exc) if isinstance(exc, CommdeskError) else f"{type(exc).__name__}: {exc}"
        ask(
            self.window, "error", QCoreApplication.translate("App", "commdesk cannot open the database"), text
        )
        self.window.close()
        self.qapp.exit(1)

    def offline_after_attach(self) -> None:
        """Working offline (or keeping the offline copy fresh): see ``_Offline``."""
        if getattr(self, "offline", None) is None:
            self.offline = _Offline(self)
        self.offline.attached()

    def open_demo(self) -> None:
        """Leave the (empty) own database alone and open a demo desk in the data folder instead."""
        from commdesk.paths import data_dir

        demo = data_dir() / "demo.sqlite3"
        self.opened.ctx.engine.dispose()
        self.args.db = str(demo)
        self.services = None
        self.demo_pending = True

        def work(progress, cancel):
            from commdesk.demo import create_demo

            if not demo.exists():
                demo.parent.mkdir(parents=True, exist_ok=True)
                create_demo(demo)
            return

        self.runner.run(work, on_done=lambda _r: self.open_database(), on_error=self._open_failed)

    def attach(self) -> None:
        from commdesk.ui.common.fonts import ensure_cjk_font
        from commdesk.ui.common.services import AppServices

        ensure_cjk_font(self.qapp)  # records hold Chinese text whatever the interface language
        from commdesk.persistence.db import set_busy_reporter

        set_busy_reporter(self.report_busy)
        self.services = AppServices(self.opened.ctx, self.prefs)
        if not self.sign_in():
            if getattr(self, "demo_pending", False):
                return  # the demo desk opens next
            self.window.close()
            self.qapp.exit(self.exit_code)
            return
        self.demo_pending = False
        self.window.attach(self.services)
        for fn in self.on_ready:
            fn()

    def report_busy(self, text: str) -> None:
        """The database layer waits for another writer (any thread): the window in use says so in its
        status bar, through a queued signal (a worker thread never touches a widget)."""
        window = self.window
        if window is not None:
            window.busy_reported.emit(text)

    def _bound_person(self):
        """A team database: the person of the connected server login (None elsewhere)."""
        return self.services.ctx.bound_person if self.services is not None else None

    def sign_in(self) -> bool:
        """First run: create the profile. Later: the last person, asking a passphrase if they set one."""
        from PySide6.QtCore import QCoreApplication

        from commdesk.services.people import PeopleService

        people = self.services.get(PeopleService)
        bound = self._bound_person()
        if bound is not None and not (getattr(self.args, "as_person", None) or "").strip():
            self.services.set_person(bound)  # a team database: the login proved who this is
            return True
        if getattr(self.args, "as_person", None) is not None:  # --as "" is refused, never ignored
            return self.sign_in_as(self.args.as_person)
        if people.count() == 0:
            from commdesk.ui.admin.first_run import DEMO, run_first_run

            person = run_first_run(self.window, self.services)
            if person == DEMO:
                self.open_demo()
                return False
            if person is None:
                return False
            self.services.set_person(person)
            return True
        person = people.remembered()  # the last one signed in on this computer (the CLI's default too)
        if person is None:
            everyone = people.list()
            person = everyone[0] if len(everyone) == 1 else None
        if person is not None and not person.has_passphrase:
            self.services.set_person(person)
            return True
        if getattr(self, "demo_pending", False):  # a demo desk just made: its passphrase is no secret
            from commdesk.demo.foundation import PASSPHRASE

            note = QCoreApplication.translate("App", "In the demo, everyone's passphrase is: {passphrase}")
            return self.switch_person(initial=person, note=note.format(passphrase=PASSPHRASE))
        return self.switch_person(initial=person)

    def sign_in_as(self, name: str) -> bool:
        """``commdesk --as NAME``: that person, after their passphrase (read from stdin with
        --passphrase-stdin, else asked in the sign-in dialog, which then offers only them); an unknown
        or inactive name is refused with a message and the window closes (exit code 1)."""
        from PySide6.QtCore import QCoreApplication

        from commdesk.core.errors import CommdeskError
        from commdesk.services.people import PeopleService
        from commdesk.ui.common.ask import ask

        people = self.services.get(PeopleService)
        try:
            if not name.strip():
                raise CommdeskError(
                    QCoreApplication.translate(
                        "App",
                        "--as needs the name or e-mail address of a person; 'commdesk people list' shows "
                        "who exists.",
                    )
                )
            person = people.find(name)
            if not person.has_passphrase or self._bound_person() is not None:
                self.services.set_person(people.sign_in(name, None))
                return True
            error = ""
            if getattr(self.args, "passphrase_stdin", False):
                line = sys.stdin.readline() if sys.stdin else ""
                try:
                    self.services.set_person(people.sign_in(name, line.rstrip("\r\n")))
                    return True
                except CommdeskError as exc:
                    error = str(exc)
        except CommdeskError as exc:
            ask(
                self.window,
                "error",
                QCoreApplication.translate("App", "Cannot sign in as {name}").format(name=name),
                str(exc),
            )
            self.exit_code = 1
            return False
        return self.switch_person(initial=person, only=True, error=error)

    def switch_person(self, initial=None, only: bool = False, error: str = "", note: str = "") -> bool:
        from commdesk.services.people import PeopleService
        from commdesk.ui.admin.switch_person import SwitchPersonDialog

        bound = self._bound_person()
        if bound is not None:  # a team database: who acts is the connected login's person
            from PySide6.QtCore import QCoreApplication

            from commdesk.ui.common.ask import ask

            ask(
                self.window,
                "info",
                QCoreApplication.translate("App", "Switch person"),
                QCoreApplication.translate(
                    "App",
                    "On this server database you are {name}, signed in with your server login {login}. "
                    "To work as someone else, start commdesk with their login.",
                ).format(name=bound.name, login=bound.login or ""),
            )
            return False

        dlg = SwitchPersonDialog(
            self.services.get(PeopleService), initial or self.services.person(), self.window, only, note
        )
        if error:
            dlg.error.setText(error)
        if dlg.exec() and dlg.chosen is not None:
            self.services.set_person(dlg.chosen)
            return True
        return False


class _Offline:
    """The window's side of working offline (``services.offline``): the banner and the watch for
    the server while working on the offline copy, the copy kept fresh (and offline work sent) in
    the background while the server answers, and the changes that wait for a decision."""

    PROBE_MS = 30000  # how often an offline window asks whether the server answers again
    COPY_AFTER_MS = 10000  # how long after the window is ready the offline copy is made afresh

    def __init__(self, gui: GuiApp):
        self.gui = gui
        self.probe = None
        self.probing = False

    @property
    def path(self):
        from commdesk.persistence.offline import snapshot_path

        return snapshot_path(self.gui.opened.target.keyring_key)

    def attached(self) -> None:
        gui = self.gui
        opened = gui.opened
        if opened is None or gui.services is None or gui.window is None or opened.target.is_sqlite:
            return
        if opened.offline:
            self.show_offline()
            return
        if self.probe is not None:
            self.probe.stop()
        gui.services.connection_changed.connect(self._connection_changed)
        from PySide6.QtCore import QTimer

        # after Home has loaded and the first panes are built: the copy never competes with them
        self.copy_timer = QTimer(gui.window, singleShot=True, interval=self.COPY_AFTER_MS)
        self.copy_timer.timeout.connect(self.keep_copy)
        self.copy_timer.start()

    # ---------------------------------------------------------------- offline
    def show_offline(self) -> None:
        from PySide6.QtCore import QCoreApplication, QTimer

        from commdesk.ui.meetings.offline_conflicts import offline_banner_text

        gui = self.gui
        gui.window.show_banner(
            "offline",
            offline_banner_text(gui.opened.ctx, gui.opened.target.display, gui.opened.offline_reason),
            "warning",
            [(QCoreApplication.translate("Offline", "Try the server now"), lambda: self.try_server(True))],
        )
        if self.probe is None:  # the application's: windows are made anew on reconnecting
            self.probe = QTimer(gui.qapp, interval=self.PROBE_MS)
            self.probe.timeout.connect(lambda: self.try_server(False))
        self.probe.start()

    def try_server(self, asked: bool) -> None:
        """Does the server answer again? (in the background): then the banner offers to reconnect."""
        if self.probing:
            return
        self.probing = True
        spec = self.gui.args.db

        def work(progress, cancel):
            from commdesk.bootstrap import open_database

            def no_prompt(display):
                raise _NeedPassword(display)

            return open_database(spec, ask_password=no_prompt, mail_hooks=False)

        def answered(opened) -> None:
            self.probing = False
            self.server_back(opened)

        def still_away(exc: BaseException) -> None:
            from PySide6.QtCore import QCoreApplication

            self.probing = False
            if asked and self.gui.window is not None:
                self.gui.window.statusBar().showMessage(
                    QCoreApplication.translate("Offline", "The server still cannot be reached."), 10000
                )

        self.gui.runner.run(work, on_done=answered, on_error=still_away)

    def server_back(self, opened) -> None:
        from PySide6.QtCore import QCoreApplication

        from commdesk.ui.meetings.offline_conflicts import back_banner_text

        if self.probe is not None:
            self.probe.stop()
        earlier = getattr(self, "pending_online", None)
        if earlier is not None:  # asked twice before reconnecting: one connection is enough
            earlier.ctx.engine.dispose()
        if self.gui.opened is None or not self.gui.opened.offline or self.gui.window is None:
            opened.ctx.engine.dispose()  # back online meanwhile (or closing)
            self.pending_online = None
            return
        self.pending_online = opened
        self.gui.window.show_banner(
            "offline",
            back_banner_text(),
            "info",
            [(QCoreApplication.translate("Offline", "Reconnect"), self.reconnect)],
        )

    def reconnect(self) -> None:
        """Back to the server: open minutes saved (offline) first, then the window on the server
        database, and the journal sent in the background."""
        opened = getattr(self, "pending_online", None)
        if opened is None:
            return
        self.pending_online = None
        self._save_open_minutes()
        self._switch_to(opened)

    def _save_open_minutes(self) -> None:
        window = self.gui.window
        pane = window.panes.get("meetings") if window is not None else None
        for minutes in list(getattr(pane, "windows", [])):
            if minutes.isVisible():
                if minutes.editor.dirty:
                    minutes.editor.save()
                minutes.close()

    def _keep_open_minutes(self) -> None:
        """The server is away, so minutes being typed cannot be saved: each goes to its recovery
        copy (the new window's Meetings pane offers them back, to be saved offline)."""
        window = self.gui.window
        pane = window.panes.get("meetings") if window is not None else None
        for minutes in list(getattr(pane, "windows", [])):
            if minutes.isVisible():
                if minutes.editor.dirty:
                    minutes.editor.write_recovery()
                minutes.hide()

    # ---------------------------------------------------------------- online
    def keep_copy(self) -> None:
        """In the background: what was written offline sent, then the offline copy made anew."""
        ctx = self.gui.opened.ctx
        path = self.path

        def work(progress, cancel):
            from commdesk.persistence.offline import WAITING_STATES
            from commdesk.services.offline import journal_entries, refresh_snapshot, sync

            person = ctx.bound_person or ctx.current()
            if person.id is None:
                return None, []
            report = sync(ctx, path) if path.exists() else None
            refresh_snapshot(ctx, path)
            return report, journal_entries(path, WAITING_STATES)

        def failed(exc: BaseException) -> None:
            log.warning("the offline copy could not be made: %s", exc)

        self.gui.runner.run(work, on_done=self.copy_kept, on_error=failed)

    def copy_kept(self, result) -> None:
        from PySide6.QtCore import QCoreApplication

        from commdesk.ui.meetings.offline_conflicts import waiting_banner_text

        report, waiting = result
        window = self.gui.window
        if window is None:
            return
        if report is not None and report.applied:
            window.statusBar().showMessage(report.summary(), 15000)
        if waiting:
            window.show_banner(
                "offline-waiting",
                waiting_banner_text(len(waiting)),
                "warning",
                [(QCoreApplication.translate("Offline", "Decide…"), self.decide)],
            )
        else:
            window.hide_banner("offline-waiting")

    def decide(self) -> None:
        from commdesk.ui.meetings.offline_conflicts import OfflineChangesDialog

        gui = self.gui
        dlg = OfflineChangesDialog(gui.opened.ctx, self.path, gui.runner, gui.window)
        dlg.exec()
        if not dlg.entries:
            gui.window.hide_banner("offline-waiting")

    def _connection_changed(self, reachable: bool) -> None:
        """The server went away while working on it: offer the offline copy (if there is one)."""
        from PySide6.QtCore import QCoreApplication

        from commdesk.services.offline import snapshot_meta, taken_at
        from commdesk.ui.meetings.offline_conflicts import away_banner_text

        window = self.gui.window
        if window is None:
            return
        if reachable:
            window.hide_banner("offline-offer")
            return
        meta = snapshot_meta(self.path)
        if meta is None:
            return
        window.show_banner(
            "offline-offer",
            away_banner_text(taken_at(meta).strftime("%Y-%m-%d %H:%M UTC")),
            "info",
            [(QCoreApplication.translate("Offline", "Work offline"), self.go_offline)],
        )

    def go_offline(self) -> None:
        """Reopen the window on the offline copy (typed minutes come back from their recovery copies)."""
        from commdesk.bootstrap import OpenedDatabase
        from commdesk.services.offline import offline_context

        gui = self.gui
        online = gui.opened
        try:
            ctx = offline_context(self.path, online.target.display)
        except Exception as exc:  # noqa: BLE001 - said to the person; the window stays as it is
            from PySide6.QtCore import QCoreApplication

            from commdesk.ui.common.ask import ask

            ask(gui.window, "error", QCoreApplication.translate("Offline", "Cannot work offline"), str(exc))
            return
        self._keep_open_minutes()
        if gui.services is not None:
            gui.services.stop_listening()
        self._switch_to(OpenedDatabase(online.target, ctx, None, offline=True, offline_reason=""))

    def _switch_to(self, opened) -> None:
        """The window on ``opened`` instead of the database it shows (the server <-> the offline
        copy): signed in there, a new window in place of the old, the old database closed."""
        from commdesk.ui.common.services import AppServices

        gui = self.gui
        before = gui.opened
        gui.opened = opened
        gui.services = AppServices(opened.ctx, gui.prefs)
        if not gui.sign_in():
            return
        old = gui.window
        gui.show_window()
        if old is not None:
            old.save_state()
            old.hide()
            old.deleteLater()
        before.ctx.engine.dispose()
        self.attached()


def _register_mail_hooks() -> None:
    """The areas' checks and after-send steps in the outbox (idempotent), imported only after the
    first screen: nothing on Home sends, every other pane may."""
    from commdesk.services.mail.assembly import register_mail_hooks

    register_mail_hooks()


def _qt_identity() -> None:
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("commdesk")
    QCoreApplication.setApplicationName("commdesk")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)


def qt_system_language(args) -> str:
    """Qt's file dialog writes sizes with the *system* locale ("190 bytes" in a Chinese dialog), which
    Qt reads from the environment once, when the QApplication is made, never from the interface
    language. So the language the window will speak goes first in LANGUAGE (gettext's list of
    languages; no C locale category reads it) before that. Call before ``make_qapp``; a language
    switched later reaches those sizes at the next start."""
    import os

    from PySide6.QtCore import QSettings

    from commdesk.translations import normalise, system_language

    _qt_identity()
    lang = (
        normalise(getattr(args, "lang", None))
        or normalise(QSettings().value("language", "") or "")
        or system_language()
    )
    rest = [part for part in os.environ.get("LANGUAGE", "").split(":") if part and normalise(part) != lang]
    os.environ["LANGUAGE"] = ":".join([lang, *rest])
    return lang


def make_qapp(argv=None):
    from PySide6.QtWidgets import QApplication

    _qt_identity()
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationDisplayName("commdesk")
    app.setDesktopFileName("org.commdesk.Commdesk")
    from commdesk.ui.common.keys import install_standard_keys

    install_standard_keys(app)
    return app


def run_gui(args) -> int:
    from commdesk.qtload import load_qt

    load_qt()  # first: every module imported after Qt pays its source scan otherwise
    from PySide6.QtCore import QTimer

    from commdesk.ui.common.services import Preferences

    qt_system_language(args)
    qapp = make_qapp()
    gui = GuiApp(qapp, args, Preferences())
    gui.choose_language()
    gui.show_window()
    qapp.processEvents()  # paint the shell now; Home's glance and the database come behind it
    QTimer.singleShot(0, gui.start)
    return qapp.exec()
