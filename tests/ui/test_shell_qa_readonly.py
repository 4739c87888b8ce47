"""A database file commdesk may not write opens read-only: a banner says so (and why) at the top of
the main window, in both languages, and every pane's role-based enabling turns edits off; the
"another commdesk is writing" notice reaches the status bar from a worker thread."""

from __future__ import annotations

import os
import stat
import threading

import pytest
from PySide6.QtCore import QSettings

from commdesk.bootstrap import open_database
from commdesk.services.people import PeopleService
from commdesk.translations import install
from commdesk.ui.main_window import MainWindow
from commdesk.ui.navigation import PANES


@pytest.fixture
def read_only_db(demo_db):
    os.chmod(demo_db, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # chmod 444, as QA did
    yield demo_db
    os.chmod(demo_db, stat.S_IRUSR | stat.S_IWUSR)


def _window(qtbot, db, tmp_path, lang):
    from commdesk.ui.common.services import AppServices, Preferences

    install(lang)
    opened = open_database(db)
    prefs = Preferences(QSettings(str(tmp_path / f"p-{lang}.ini"), QSettings.Format.IniFormat))
    services = AppServices(opened.ctx, prefs)
    services.set_person(services.get(PeopleService).find("陈静"))  # an administrator and officer
    window = MainWindow(prefs, lang)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.attach(services)
    return window, services, opened


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_read_only_database_shows_banner_and_disables_edits(qtbot, read_only_db, tmp_path, lang):
    window, services, opened = _window(qtbot, read_only_db, tmp_path, lang)
    try:
        assert opened.read_only
        qtbot.waitUntil(window.banner.isVisible)
        text = window.banner.text()
        if lang == "en":
            assert "read-only" in text and "changes cannot be saved" in text and "permission" in text
        else:
            assert "只读" in text and "权限" in text
            assert not any(word in text for word in ("read-only", "permission", "cannot"))
        assert window.banner.geometry().top() < window.centralWidget().height() // 4  # at the top
        window.nav.setCurrentRow([p.key for p in PANES].index("contacts"))
        pane = window.panes["contacts"]
        assert not pane.new_button.isEnabled()
        assert not window.new_action.isEnabled()
        window.nav.setCurrentRow([p.key for p in PANES].index("releases"))
        releases = window.panes["releases"]
        assert not releases.new_button.isEnabled()
        from commdesk.services.releases.service import ReleaseService

        draft = next(r for r in services.get(ReleaseService).list() if r.state.value == "draft")
        releases.open_record(draft.id)
        qtbot.waitUntil(lambda: releases.release is not None and releases.release.id == draft.id)
        assert not releases.save_button.isEnabled()  # the core's own "may edit" sees no role either
        assert not any(b.isEnabled() for b in releases.action_buttons.values())
        # reading what needs a role still works: the audit log of a read-only copy
        from commdesk.services.audit import AuditService

        assert services.get(AuditService).history("releases", draft.id)
        # The person keeps their name and roles in the status bar, said to be read only.
        assert services.signed_in().roles and not services.person().roles
        assert services.signed_in().roles_label in window.person_label.text()
        window.grab().save(str(tmp_path / f"readonly-{lang}.png"))
    finally:
        services.runner.wait(10000)
        opened.ctx.engine.dispose()
        install("en")


def test_writable_database_has_no_banner(qtbot, demo_db, tmp_path):
    window, services, opened = _window(qtbot, demo_db, tmp_path, "en")
    try:
        window.nav.setCurrentRow([p.key for p in PANES].index("contacts"))
        assert not window.banner.isVisible()
        assert window.panes["contacts"].new_button.isEnabled()
    finally:
        services.runner.wait(10000)
        opened.ctx.engine.dispose()


def test_busy_notice_from_a_worker_thread_reaches_the_status_bar(qtbot, qapp, tmp_path):
    import argparse

    from commdesk.app import GuiApp
    from commdesk.persistence import db
    from commdesk.ui.common.services import Preferences

    prefs = Preferences(QSettings(str(tmp_path / "b.ini"), QSettings.Format.IniFormat))
    gui = GuiApp(qapp, argparse.Namespace(db=None, lang="en"), prefs)
    window = gui.show_window()
    qtbot.addWidget(window)
    db.set_busy_reporter(gui.report_busy)
    try:
        message = "Another commdesk is writing to the database; retrying…"
        worker = threading.Thread(target=lambda: db._busy_reporter(message))
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == message)
    finally:
        db.set_busy_reporter(None)
