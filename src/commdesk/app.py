"""QApplication and the composition root: builds the services and hands them to the windows.

Start-up paints the window shell first and opens the database behind it, so the first paint costs
little more than a bare window (bench/bench_startup.py measures the ratio).
"""
from __future__ import annotations

import logging
import sys
from typing import Callable

log = logging.getLogger(__name__)


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

    # -------------------------------------------------------------- language
    def choose_language(self) -> str:
        from .translations import install, normalise, system_language

        wanted = normalise(self.args.lang) or normalise(self.prefs.value("language", "")) or system_language()
        self.lang = install(wanted)
        return self.lang

    def set_language(self, code: str) -> None:
        from .translations import install, normalise, system_language

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
        from .ui.main_window import MainWindow

        self.window = MainWindow(self.prefs, self.lang)
        self.window.language_requested.connect(self.set_language)
        self.window.switch_person_requested.connect(self.switch_person)
        self.window.show()
        if self.services is not None:
            self.window.attach(self.services)
        return self.window

    # -------------------------------------------------------------- database
    def open_database(self) -> None:
        from PySide6.QtCore import QCoreApplication

        from .bootstrap import open_database
        from .core.errors import CommdeskError
        from .ui.common.ask import ask, ask_text


        def ask_password(display: str):
            return ask_text(self.window, QCoreApplication.translate("App", "Database password"),
                            QCoreApplication.translate("App", "Password for {db} (kept in the system keyring):").format(db=display),
                            password=True)

        try:
            self.opened = open_database(self.args.db, ask_password=ask_password)
        except CommdeskError as exc:
            log.error("cannot open the database: %s", exc)
            ask(self.window, "error", QCoreApplication.translate("App", "commdesk cannot open the database"), str(exc))
            self.window.close()
            self.qapp.exit(1)
            return
        upgrade = self.opened.upgrade
        if upgrade is not None and upgrade.backup is not None:
            self.window.statusBar().showMessage(QCoreApplication.translate("App", "Database upgraded; the previous state was saved to "
                                                   "{path}").format(path=upgrade.backup), 15000)
        self.attach()

    def attach(self) -> None:
        from .ui.common.services import AppServices

        self.services = AppServices(self.opened.ctx, self.prefs)
        if not self.sign_in():
            self.window.close()
            self.qapp.exit(0)
            return
        self.window.attach(self.services)
        for fn in self.on_ready:
            fn()

    def sign_in(self) -> bool:
        """First run: create the profile. Later: the last person, asking a passphrase if they set one."""
        from .core.services.people import PeopleService
        from .core.errors import NotFound

        people = self.services.get(PeopleService)
        if people.count() == 0:
            from .ui.admin.first_run import run_first_run

            person = run_first_run(self.window, self.services)
            if person is None:
                return False
            self.services.set_person(person)
            return True
        last = self.prefs.value("person/last_id")
        person = None
        try:
            person = people.get(int(last)) if last is not None else None
        except (NotFound, ValueError, TypeError):
            person = None
        if person is None or not person.active:
            everyone = people.list()
            person = everyone[0] if len(everyone) == 1 else None
        if person is not None and not person.has_passphrase:
            self.services.set_person(person)
            return True
        return self.switch_person(initial=person)

    def switch_person(self, initial=None) -> bool:
        from .core.services.people import PeopleService
        from .ui.admin.switch_person import SwitchPersonDialog

        dlg = SwitchPersonDialog(self.services.get(PeopleService), initial or self.services.person(), self.window)
        if dlg.exec() and dlg.chosen is not None:
            self.services.set_person(dlg.chosen)
            return True
        return False


def make_qapp(argv=None):
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName("commdesk")
    QCoreApplication.setApplicationName("commdesk")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationDisplayName("commdesk")
    app.setDesktopFileName("org.commdesk.Commdesk")
    from .ui.common.fonts import ensure_cjk_font

    ensure_cjk_font(app)
    return app


def run_gui(args) -> int:
    from PySide6.QtCore import QTimer

    from .ui.common.services import Preferences

    qapp = make_qapp()
    gui = GuiApp(qapp, args, Preferences())
    gui.choose_language()
    gui.show_window()
    QTimer.singleShot(0, gui.open_database)
    return qapp.exec()
