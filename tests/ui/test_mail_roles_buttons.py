"""The Outbox offers only what the acting person may do (CR-2): a reviewer sees New mail, Account, Send
now, Retry, Cancel… disabled with the reason, an officer gets the sending ones at once after switching
person (the account stays the administrators'), and on a read-only database (chmod 444) they are off."""

from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtCore import QSettings, Qt
from tests.support.outbox import configure, release_draft

from commdesk.ui.mail.pane import OutboxPane


def _buttons(pane):
    return {
        "new": pane.new_button,
        "send": pane.send_button,
        "retry": pane.retry_button,
        "cancel": pane.cancel_button,
    }


def test_reviewer_sees_outbox_buttons_disabled_with_the_reason(
    qtbot,
    app_services,
    people,
    smtp_server,
    tmp_path,
):
    outbox = configure(app_services.ctx, smtp_server, tmp_path)
    ids = outbox.queue(release_draft(2))
    outbox.cancel(ids[:1])  # one cancelled (Retry applies), one queued (Cancel applies)
    pane = OutboxPane(app_services)
    qtbot.addWidget(pane)
    pane.resize(1100, 700)
    pane.show()
    pane.table.selectAll()
    assert len(pane.selected()) == 2
    assert all(b.isEnabled() for b in _buttons(pane).values()) and pane.account_button.isEnabled()

    app_services.set_person(people["reviewer"])  # at once, the selection kept
    for key, button in _buttons(pane).items():
        assert not button.isEnabled(), key
        assert "王芳" in button.toolTip() and "Officer" in button.toolTip(), (key, button.toolTip())
    assert not pane.account_button.isEnabled() and "Administrator" in pane.account_button.toolTip()
    assert not pane.can_create()
    qtbot.mouseClick(pane.cancel_button, Qt.MouseButton.LeftButton)  # a disabled button does nothing
    assert outbox.get(ids[1]).status == "queued"

    app_services.set_person(people["officer"])
    for key, button in _buttons(pane).items():
        assert button.isEnabled() and button.toolTip() == "", key
    assert pane.can_create()
    assert not pane.account_button.isEnabled()  # setting up the account: administrators
    assert "李明" in pane.account_button.toolTip() and "Administrator" in pane.account_button.toolTip()


def test_selection_still_decides_for_an_officer(qtbot, app_services, people, smtp_server, tmp_path):
    outbox = configure(app_services.ctx, smtp_server, tmp_path)
    outbox.queue(release_draft(1))
    app_services.set_person(people["officer"])
    pane = OutboxPane(app_services)
    qtbot.addWidget(pane)
    pane.show()
    pane.table.clearSelection()
    assert not pane.retry_button.isEnabled() and pane.retry_button.toolTip()
    pane.table.selectRow(0)
    assert pane.cancel_button.isEnabled() and not pane.retry_button.isEnabled()  # queued: cancel, not retry


@pytest.fixture
def read_only_db(demo_db):
    os.chmod(demo_db, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # chmod 444
    yield demo_db
    os.chmod(demo_db, stat.S_IRUSR | stat.S_IWUSR)


def test_read_only_database_disables_sending(qtbot, read_only_db, tmp_path):
    from commdesk.bootstrap import open_database
    from commdesk.services.people import PeopleService
    from commdesk.translations import install
    from commdesk.ui.common.services import AppServices, Preferences
    from commdesk.ui.main_window import MainWindow
    from commdesk.ui.navigation import PANES

    install("en")
    opened = open_database(read_only_db)
    try:
        assert opened.read_only
        services = AppServices(
            opened.ctx, Preferences(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
        )
        services.set_person(services.get(PeopleService).find("陈静"))  # administrator and officer
        window = MainWindow(services.prefs, "en")
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        window.attach(services)
        window.nav.setCurrentRow([p.key for p in PANES].index("outbox"))
        pane = window.panes["outbox"]
        pane.table.selectAll()
        for key, button in {**_buttons(pane), "account": pane.account_button}.items():
            assert not button.isEnabled(), key
            assert "read-only" in button.toolTip(), (key, button.toolTip())
        assert not window.new_action.isEnabled()
        window.grab().save(str(tmp_path / "outbox-readonly.png"))
    finally:
        services.runner.wait(10000)
        opened.ctx.engine.dispose()
