"""Esc, Cancel and the close button never throw typed edits away without asking:
the contact, log-interaction and do-not-contact dialogs ask when something was typed,
stay open on No, close on Yes, and close at once when nothing changed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.services.contacts.service import ContactService
from commdesk.ui.contacts.dialogs import ContactDialog, DoNotContactDialog, InteractionDialog


@pytest.fixture
def li_ming_contact(app_services, people):
    svc = app_services.get(ContactService)
    made = svc.create(
        ContactRecord(full_name="张华", emails=[Email("", "zhang@example.com")]),
        owner_id=people["officer"].id,
    )
    app_services.set_person(people["officer"])  # the owner corrects their own contact
    return made.id


def _dialogs(app_services, cid):
    return {
        "contact": (lambda: ContactDialog(app_services, cid), lambda d: d.ui.linkedinEdit),
        "interaction": (lambda: InteractionDialog(app_services, cid, "张华"), lambda d: d.ui.summaryEdit),
        "do-not-contact": (lambda: DoNotContactDialog(app_services, cid, "张华"), lambda d: d.reason),
    }


def _open(qtbot, make, field_of):
    dlg = make()
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    field = field_of(dlg)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    return dlg, field


@pytest.mark.parametrize("which", ["contact", "interaction", "do-not-contact"])
def test_esc_after_typing_asks_and_no_keeps_the_text(qtbot, app_services, li_ming_contact, answer, which):
    make, field_of = _dialogs(app_services, li_ming_contact)[which]
    dlg, field = _open(qtbot, make, field_of)
    qtbot.keyClicks(field, "abc")
    answer.reply = QMessageBox.StandardButton.No
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert len(answer.asked) == 1 and answer.asked[0][0] == "question"
    assert dlg.isVisible() and "abc" in (field.text() if hasattr(field, "text") else field.toPlainText())
    dlg.close()  # the window's close button asks too
    assert len(answer.asked) == 2 and dlg.isVisible()
    answer.reply = QMessageBox.StandardButton.Yes
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert len(answer.asked) == 3 and not dlg.isVisible()


@pytest.mark.parametrize("which", ["contact", "interaction", "do-not-contact"])
def test_esc_with_nothing_changed_closes_at_once(qtbot, app_services, li_ming_contact, answer, which):
    make, field_of = _dialogs(app_services, li_ming_contact)[which]
    dlg, field = _open(qtbot, make, field_of)
    qtbot.keyClicks(field, "x")
    qtbot.keyClick(field, Qt.Key.Key_Backspace)  # typed and taken back: nothing to lose
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert answer.asked == [] and not dlg.isVisible()


def test_cancel_button_asks_too(qtbot, app_services, li_ming_contact, answer):
    dlg, field = _open(qtbot, lambda: ContactDialog(app_services, li_ming_contact), lambda d: d.ui.titleEdit)
    qtbot.keyClicks(field, "Director")
    answer.reply = QMessageBox.StandardButton.No
    dlg.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert len(answer.asked) == 1 and dlg.isVisible()


def test_read_only_contact_closes_on_esc_without_asking(qtbot, app_services, li_ming_contact, answer):
    dlg, _field = _open(
        qtbot,
        lambda: ContactDialog(app_services, li_ming_contact, read_only=True),
        lambda d: d.buttons.button(QDialogButtonBox.StandardButton.Close),
    )
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert answer.asked == [] and not dlg.isVisible()
