"""Log interaction: the channel follows the kind. A call logged with the
e-mail channel preselected made the do-not-contact warning contradict the form."""

from __future__ import annotations

from PySide6.QtCore import Qt

from commdesk.core.contacts.consent import default_channel, dnc_channel
from commdesk.core.contacts.records import ContactRecord, Email, Phone
from commdesk.services.contacts.service import ContactService
from commdesk.ui.contacts.dialogs import InteractionDialog


def _deng(app_services):
    svc = app_services.get(ContactService)
    made = svc.create(
        ContactRecord(
            full_name="邓明", emails=[Email("", "deng@example.com")], phones=[Phone("", "13912345678")]
        )
    )
    svc.set_do_not_contact(made.id, "phone", "e-mail only")
    return made.id


def test_a_call_is_by_phone_and_the_warning_says_so(qtbot, app_services, answer):
    dlg = InteractionDialog(app_services, _deng(app_services), "邓明", kind="call")
    qtbot.addWidget(dlg)
    ui = dlg.ui
    assert ui.channelCombo.currentData() == "phone"
    assert "by phone" in ui.errorLabel.text()
    ui.channelCombo.setCurrentIndex(ui.channelCombo.findData("wechat"))  # still changeable
    assert ui.channelCombo.currentData() == "wechat" and ui.errorLabel.text() == ""


def test_choosing_a_kind_with_the_keyboard_moves_the_channel(qtbot, app_services, answer):
    dlg = InteractionDialog(app_services, _deng(app_services), "邓明", kind="note")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    ui = dlg.ui
    ui.kindCombo.setFocus()
    qtbot.waitUntil(ui.kindCombo.hasFocus)
    while ui.kindCombo.currentData() != "call":
        before = ui.kindCombo.currentIndex()
        qtbot.keyClick(ui.kindCombo, Qt.Key.Key_Up)
        assert ui.kindCombo.currentIndex() != before
    assert ui.channelCombo.currentData() == "phone" and "by phone" in ui.errorLabel.text()
    qtbot.keyClick(ui.kindCombo, Qt.Key.Key_Down)  # meeting
    assert ui.kindCombo.currentData() == "meeting" and ui.channelCombo.currentData() == "in_person"
    assert ui.errorLabel.text() == ""


def test_default_channels():
    assert default_channel("call") == "phone" and default_channel("mailing") == "email"
    assert default_channel("note") is None
    assert dnc_channel("pitch", "") == "email" and dnc_channel("call", "email") == "email"


def test_a_call_logged_without_a_channel_is_stored_as_by_phone(app_services):
    from datetime import UTC, datetime

    svc = app_services.get(ContactService)
    made = svc.create(ContactRecord(full_name="王伟", emails=[Email("", "ww@example.com")]))
    svc.log_interaction(
        made.id, "call", datetime(2026, 12, 1, 2, 0, tzinfo=UTC), "", "asked about the launch"
    )
    svc.log_interaction(made.id, "note", datetime(2026, 12, 1, 3, 0, tzinfo=UTC), "", "for ourselves")
    assert sorted((i.kind, i.channel) for i in svc.history(made.id)) == [("call", "phone"), ("note", "")]
