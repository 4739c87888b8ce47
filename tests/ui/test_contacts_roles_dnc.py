"""The contacts pane's "Do not contact…" follows the service's own rule (CR-2): anyone at the desk may
record that a journalist asked not to be contacted (a reviewer too — the service accepts it), lifting
it is for administrators, both follow a person switch at once, and on a read-only database (chmod 444)
both are off and say why instead of failing only when saved."""

from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtCore import QSettings

from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.services.contacts.service import ContactService
from commdesk.ui.contacts.pane import ContactsPane


@pytest.fixture
def wang(app_services):
    svc = app_services.get(ContactService)
    made = svc.create(
        ContactRecord(
            full_name="王伟", outlet="新华社", emails=[Email("", "wangwei@xinhua.example.com", True)]
        )
    )
    svc.set_do_not_contact(made.id, "phone", "asked by phone on 3 May")
    return made.id


def test_marking_follows_the_service_and_lifting_is_for_administrators(qtbot, app_services, people, wang):
    pane = ContactsPane(app_services)
    qtbot.addWidget(pane)
    pane.resize(1200, 700)
    pane.show()
    pane.select_id(wang)
    qtbot.waitUntil(lambda: pane.detail.detail is not None and pane.detail.detail.id == wang)
    dnc, lift = pane.detail.dnc_button, pane.detail.lift_button
    assert dnc.isEnabled() and lift.isEnabled()  # the administrator

    app_services.set_person(people["reviewer"])  # no reselecting: at once
    assert dnc.isEnabled() and dnc.toolTip() == ""  # anyone may mark…
    assert not lift.isEnabled() and "administrators" in lift.toolTip()  # …only administrators lift
    # the window agrees with the service: a reviewer's mark is accepted
    app_services.get(ContactService).set_do_not_contact(wang, "email", "asked in a mail on 4 May")

    app_services.set_person(people["officer"])
    assert dnc.isEnabled() and not lift.isEnabled()
    app_services.set_person(people["admin"])
    assert dnc.isEnabled() and lift.isEnabled() and lift.toolTip() == ""

    pane.table.clearSelection()
    pane.detail.show_contact(None, [])
    assert not dnc.isEnabled() and dnc.toolTip()  # nothing chosen: says so


@pytest.fixture
def read_only_db(demo_db):
    os.chmod(demo_db, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # chmod 444
    yield demo_db
    os.chmod(demo_db, stat.S_IRUSR | stat.S_IWUSR)


def test_read_only_database_disables_do_not_contact(qtbot, read_only_db, tmp_path):
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
        window.nav.setCurrentRow([p.key for p in PANES].index("contacts"))
        pane = window.panes["contacts"]
        marked = next((s for s in pane.model.rows if s.do_not_contact), pane.model.rows[0])
        pane.select_id(marked.id)
        qtbot.waitUntil(lambda: pane.detail.detail is not None and pane.detail.detail.id == marked.id)
        dnc, lift = pane.detail.dnc_button, pane.detail.lift_button
        assert not dnc.isEnabled() and "read-only" in dnc.toolTip()
        assert not lift.isEnabled() and "read-only" in lift.toolTip()
        window.grab().save(str(tmp_path / "contacts-readonly.png"))
    finally:
        services.runner.wait(10000)
        opened.ctx.engine.dispose()
