"""Home's navigation badge counts what needs attention even while another pane is open: Home is made
when the window opens elsewhere, and a change to what it shows reloads its boxes while hidden."""

from __future__ import annotations

import re

from PySide6.QtCore import QSettings

from commdesk.bootstrap import open_database
from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.services.people import PeopleService
from commdesk.services.releases.service import ReleaseService
from commdesk.ui.common.services import AppServices, Preferences
from commdesk.ui.main_window import MainWindow
from commdesk.ui.navigation import PANES


def test_home_counts_while_another_pane_is_open(qtbot, demo_db, tmp_path):
    ctx = open_database(demo_db, migrate=False).ctx
    services = AppServices(
        ctx, Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
    )
    emma = ctx.service(PeopleService).find("Emma Schmidt")
    services.set_person(emma)
    ctx.current = services.person
    services.prefs.set("window/pane", "releases")
    window = MainWindow(services.prefs, "en")
    qtbot.addWidget(window)
    window.attach(services)
    window.show()
    qtbot.waitUntil(lambda: "home" in window.panes)
    home = window.panes["home"]
    row = [spec.key for spec in PANES].index("home")
    qtbot.waitUntil(lambda: re.search(r"\(\d+\)", window.nav.item(row).text()) is not None)
    assert not home.isVisible()
    with qtbot.waitSignal(home.sections_shown, timeout=5000):  # reloaded while hidden
        ctx.service(ReleaseService).create(ReleaseEdit(ReleaseContent(title="隐藏时也计数")))
    assert not home.isVisible()
    window.nav.setCurrentRow(row)  # shown: the charts left behind are drawn
    qtbot.waitUntil(lambda: home.snapshot is not None)
    services.runner.wait(10000)
