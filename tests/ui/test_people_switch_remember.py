"""The switch-person dialog's "Remember on this computer": off by default; ticked, the passphrase
goes to the OS keyring (and the window fills it in next time, the command line uses it); unticked,
a kept one is forgotten. The person signed in is the one this computer remembers."""

from __future__ import annotations

import argparse

from commdesk.core.domain.people import Role
from commdesk.services.people import PeopleService
from commdesk.ui.admin.switch_person import SwitchPersonDialog


def _locked(ctx):
    return ctx.service(PeopleService).create("Desk Two", roles={Role.OFFICER}, passphrase="secret words")


def _without_passphrase(ctx, person) -> None:
    """A desk from before everyone who approves needed a passphrase: this person has none."""
    from sqlalchemy import update

    from commdesk.persistence.models import PersonRow

    with ctx.sessions() as session, session.begin():
        session.execute(update(PersonRow).where(PersonRow.id == person.id).values(passphrase_hash=None))


def test_remember_is_off_by_default_and_keeps_the_passphrase_when_ticked(qtbot, ctx, people, memory_keyring):
    svc = ctx.service(PeopleService)
    locked = _locked(ctx)
    dlg = SwitchPersonDialog(svc, locked)
    qtbot.addWidget(dlg)
    assert dlg.remember.isEnabled() and not dlg.remember.isChecked()
    assert dlg.passphrase.text() == ""
    dlg.passphrase.setText("secret words")
    dlg.try_accept()
    assert dlg.chosen.id == locked.id and svc.kept_passphrase(locked) is None  # not ticked: not kept
    dlg = SwitchPersonDialog(svc, locked)
    qtbot.addWidget(dlg)
    dlg.passphrase.setText("secret words")
    dlg.remember.setChecked(True)
    dlg.try_accept()
    assert svc.kept_passphrase(locked) == "secret words"
    again = SwitchPersonDialog(svc, locked)  # next time: filled in, ticked
    qtbot.addWidget(again)
    assert again.remember.isChecked() and again.passphrase.text() == "secret words"
    again.remember.setChecked(False)  # unticked: forgotten
    again.try_accept()
    assert again.chosen.id == locked.id and svc.kept_passphrase(locked) is None


def test_a_wrong_passphrase_is_not_kept(qtbot, ctx, people, memory_keyring):
    svc = ctx.service(PeopleService)
    locked = _locked(ctx)
    dlg = SwitchPersonDialog(svc, locked)
    qtbot.addWidget(dlg)
    dlg.passphrase.setText("wrong")
    dlg.remember.setChecked(True)
    dlg.try_accept()
    assert dlg.chosen is None and "not correct" in dlg.error.text()
    assert not [key for _, key in memory_keyring.values if key.startswith("passphrase:")]


def test_a_person_without_passphrase_has_nothing_to_remember(qtbot, ctx):
    alone = ctx.service(PeopleService).create_first_profile("周敏 Zhou Min")  # needs none alone
    dlg = SwitchPersonDialog(ctx.service(PeopleService), alone)
    qtbot.addWidget(dlg)
    assert not dlg.remember.isEnabled() and not dlg.passphrase.isEnabled()


def test_no_keyring_no_remember(qtbot, ctx, people):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    locked = _locked(ctx)
    dlg = SwitchPersonDialog(ctx.service(PeopleService), locked)
    qtbot.addWidget(dlg)
    assert not dlg.remember.isEnabled() and "no keyring" in dlg.remember.toolTip()


def test_the_window_starts_with_the_person_remembered_and_their_kept_passphrase(
    qtbot, qapp, app_services, people, monkeypatch
):
    from commdesk.app import GuiApp
    from commdesk.ui.admin import switch_person

    svc = app_services.get(PeopleService)
    locked = _locked(app_services.ctx)
    _without_passphrase(app_services.ctx, people["officer"])
    app_services.set_person(people["officer"])  # signed in last here: remembered, no passphrase
    assert svc.remembered().id == people["officer"].id
    app = GuiApp(qapp, argparse.Namespace(db=None, lang="en"), app_services.prefs)
    app.services = app_services
    app.show_window()
    qtbot.addWidget(app.window)
    monkeypatch.setattr(switch_person.SwitchPersonDialog, "exec", lambda dlg: 0)  # a question fails
    assert app.sign_in() and app_services.person().id == people["officer"].id  # no question
    svc.remember(locked)
    svc.keep_passphrase(locked, "secret words")
    seen = {}

    def accept(dlg):
        seen["filled"] = dlg.passphrase.text()
        dlg.try_accept()
        return dlg.result()

    monkeypatch.setattr(switch_person.SwitchPersonDialog, "exec", accept)
    assert app.sign_in() and app_services.person().id == locked.id
    assert seen["filled"] == "secret words"
