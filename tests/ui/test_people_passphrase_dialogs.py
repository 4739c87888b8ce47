"""The people dialogs on a desk several people share: adding someone while an approver has no
passphrase says so before anything is typed and again on Save, in the service's words; the
passphrase field says when it is needed; switching person asks for it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from commdesk.core.domain.people import Role
from commdesk.services.people import PeopleService


def test_adding_someone_while_the_only_person_has_no_passphrase(qtbot, ctx):
    from commdesk.ui.admin.person_dialog import PersonDialog

    svc = ctx.service(PeopleService)
    first = svc.create_first_profile("周敏 Zhou Min", "zhou@example.org")
    ctx.current = lambda: first
    dlg = PersonDialog(svc)
    qtbot.addWidget(dlg)
    before = dlg.ui.errorLabel.text()
    assert "周敏 Zhou Min (approves" in before and "People and roles" in before  # who, and how
    dlg.ui.nameEdit.setText("李明 Li Ming")
    dlg.ui.passEdit.setText("li-pass")
    dlg.ui.pass2Edit.setText("li-pass")
    dlg.save()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.ui.errorLabel.text() == before == svc.why_not_add()  # the same words after
    assert svc.count() == 1


def test_the_passphrase_field_says_when_it_is_needed(qtbot, ctx, people):
    from commdesk.ui.admin.person_dialog import PersonDialog

    svc = ctx.service(PeopleService)
    dlg = PersonDialog(svc)
    qtbot.addWidget(dlg)
    assert dlg.ui.errorLabel.text() == ""  # everyone who approves has a passphrase: nothing to say
    assert dlg.ui.officerCheck.isChecked()
    assert dlg.ui.passEdit.placeholderText().startswith("needed: this person can approve minutes")
    dlg.ui.officerCheck.setChecked(False)
    dlg.ui.reviewerCheck.setChecked(True)
    assert "press releases" in dlg.ui.passEdit.placeholderText()
    dlg.ui.nameEdit.setText("Review Er")
    dlg.save()  # no passphrase
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.ui.errorLabel.text() == svc.why_not_add(
        {Role.REVIEWER}, has_passphrase=False, name="Review Er"
    )
    dlg.ui.passEdit.setText("re-pass")
    dlg.ui.pass2Edit.setText("re-pass")
    dlg.save()
    assert dlg.result() == QDialog.DialogCode.Accepted and dlg.result_person.has_passphrase


def test_the_first_profile_needs_no_passphrase(qtbot, ctx):
    from commdesk.ui.admin.person_dialog import PersonDialog

    dlg = PersonDialog(ctx.service(PeopleService), first_run=True)
    qtbot.addWidget(dlg)
    assert dlg.ui.errorLabel.text() == "" and not dlg.ui.passEdit.placeholderText().startswith("needed")
    dlg.ui.nameEdit.setText("周敏 Zhou Min")
    dlg.save()
    assert dlg.result() == QDialog.DialogCode.Accepted and not dlg.result_person.has_passphrase


def test_reactivating_an_approver_without_a_passphrase_is_refused_in_words(
    qtbot, app_services, ctx, people, answer
):
    from dataclasses import replace

    from sqlalchemy import update

    from commdesk.persistence.models import PersonRow
    from commdesk.ui.admin.people_dialog import PeopleDialog

    svc = ctx.service(PeopleService)
    svc.update(replace(people["officer2"], active=False))
    with ctx.sessions() as session, session.begin():  # a desk from before the rule
        session.execute(
            update(PersonRow).where(PersonRow.id == people["officer2"].id).values(passphrase_hash=None)
        )
    dlg = PeopleDialog(app_services)
    qtbot.addWidget(dlg)
    dlg.table.selectRow([p.id for p in dlg.everyone].index(people["officer2"].id))
    dlg.toggle_active()
    assert any("Emma Schmidt can approve minutes" in text for _kind, _title, text in answer.asked)
    assert not svc.get(people["officer2"].id).active


def test_switching_person_asks_for_the_passphrase(qtbot, ctx, people):
    from commdesk.ui.admin.switch_person import SwitchPersonDialog

    svc = ctx.service(PeopleService)
    dlg = SwitchPersonDialog(svc, people["admin"])
    qtbot.addWidget(dlg)
    for key in ("officer", "reviewer", "officer2"):  # every fixture person approves something
        dlg.combo.setCurrentIndex(dlg.combo.findData(people[key].id))
        assert dlg.passphrase.isEnabled()
        dlg.passphrase.setText("")
        dlg.try_accept()
        assert dlg.chosen is None and "not correct" in dlg.error.text()
