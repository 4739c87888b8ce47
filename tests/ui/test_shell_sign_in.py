"""``commdesk --as NAME`` in the window: signs that person in (their passphrase asked in the sign-in
dialog, which offers only them), or says why not and closes; never silently ignored."""

from __future__ import annotations

import argparse
import io
from dataclasses import replace

import pytest

from commdesk.app import GuiApp
from commdesk.core.domain.people import Role
from commdesk.services.people import PeopleService
from commdesk.ui.admin import switch_person


@pytest.fixture
def gui(qtbot, qapp, app_services):
    def make(name, passphrase_stdin=False):
        app = GuiApp(
            qapp,
            argparse.Namespace(db=None, lang="en", as_person=name, passphrase_stdin=passphrase_stdin),
            app_services.prefs,
        )
        app.services = app_services
        app.show_window()
        qtbot.addWidget(app.window)
        return app

    svc = app_services.get(PeopleService)
    locked = svc.create("周敏 Zhou Min", "zhou@example.org", roles={Role.REVIEWER}, passphrase="蓝色 door 7")
    gone = svc.create("Old Timer", roles={Role.OFFICER}, passphrase="old-pass")
    svc.update(replace(gone, active=False))
    make.locked = locked
    return make


def test_as_a_person_without_passphrase(gui, app_services, people):
    from sqlalchemy import update

    from commdesk.persistence.models import PersonRow

    with app_services.ctx.sessions() as session, session.begin():  # a desk from before the rule
        session.execute(
            update(PersonRow).where(PersonRow.id == people["officer"].id).values(passphrase_hash=None)
        )
    app = gui("李明 Li Ming")
    assert app.sign_in()
    assert app_services.person().id == people["officer"].id


def test_as_a_person_with_passphrase_asks_it_for_them_only(gui, app_services, monkeypatch):
    seen = {}

    def type_passphrase(dlg):
        seen["offered"] = [p.name for p in dlg.everyone]
        seen["combo"] = dlg.combo.isEnabled()
        seen["title"] = dlg.windowTitle()
        dlg.passphrase.setText("wrong")
        dlg.try_accept()
        seen["error"] = dlg.error.text()
        dlg.passphrase.setText("蓝色 door 7")
        dlg.try_accept()
        return dlg.result()

    monkeypatch.setattr(switch_person.SwitchPersonDialog, "exec", type_passphrase)
    app = gui("zhou@example.org")
    assert app.sign_in()
    assert seen["offered"] == ["周敏 Zhou Min"] and not seen["combo"] and "周敏" in seen["title"]
    assert "not correct" in seen["error"]
    assert app_services.person().id == gui.locked.id


def test_passphrase_from_stdin(gui, app_services, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("蓝色 door 7\n"))
    monkeypatch.setattr(
        switch_person.SwitchPersonDialog, "exec", lambda dlg: pytest.fail("no dialog expected")
    )
    app = gui("周敏 Zhou Min", passphrase_stdin=True)
    assert app.sign_in() and app_services.person().id == gui.locked.id


def test_wrong_passphrase_from_stdin_opens_the_dialog_with_the_error(gui, app_services, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("red\n"))
    seen = {}

    def cancel(dlg):
        seen["error"] = dlg.error.text()
        return 0

    monkeypatch.setattr(switch_person.SwitchPersonDialog, "exec", cancel)
    before = app_services.person()
    app = gui("周敏 Zhou Min", passphrase_stdin=True)
    assert not app.sign_in()
    assert "not correct" in seen["error"] and app_services.person() == before


@pytest.mark.parametrize("name, words", [("Nobody Here", "No one is called"), ("Old Timer", "inactive")])
def test_unknown_or_inactive_is_refused_with_a_message(gui, app_services, answer, name, words):
    before = app_services.person()
    app = gui(name)
    assert not app.sign_in()
    assert answer.asked and answer.asked[0][0] == "error" and name in answer.asked[0][1]
    assert words in answer.asked[0][2]
    assert app.exit_code == 1 and app_services.person() == before
