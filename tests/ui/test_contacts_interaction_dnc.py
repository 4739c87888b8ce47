"""The log-interaction dialog warns as soon as a call or mail would reach someone marked
do-not-contact on that channel, and asks for a reason before logging it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from commdesk.core.contacts.records import ContactRecord, Email, Phone
from commdesk.services.contacts.service import ContactService
from commdesk.ui.contacts.dialogs import InteractionDialog


def test_warned_then_asked_for_a_reason(qtbot, app_services, people, answer):
    svc = app_services.get(ContactService)
    made = svc.create(
        ContactRecord(
            full_name="王伟", emails=[Email("", "ww@xinhua.example.com")], phones=[Phone("", "13912345678")]
        )
    )
    svc.set_do_not_contact(made.id, "phone", "e-mail only")
    app_services.set_person(people["officer"])
    dlg = InteractionDialog(app_services, made.id, "王伟")
    qtbot.addWidget(dlg)
    dlg.show()
    ui = dlg.ui
    ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("email"))
    assert ui.errorLabel.text() == ""
    ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("phone"))
    assert "asked not to be contacted by phone" in ui.errorLabel.text()  # before Save is pressed
    ui.summaryEdit.setPlainText("follow-up")
    answer.text = None  # the user cancels the question
    dlg.save()
    assert answer.asked[-1][0] == "text" and "e-mail only" in answer.asked[-1][2]
    assert dlg.logged is None and dlg.isVisible() and svc.history(made.id) == []
    answer.text = "they called us first"
    dlg.activateWindow()
    ui.summaryEdit.setFocus()
    qtbot.waitUntil(ui.summaryEdit.hasFocus)
    qtbot.keyClick(ui.summaryEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves
    assert dlg.logged is not None and [i.summary for i in svc.history(made.id)] == ["follow-up"]
