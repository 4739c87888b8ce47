"""The cases desk's administrators' screens, driven as a person would: an administrator adds a
category with its clock targets and an acknowledgement template (a broken template said in words, a
preview with a sample case), names a manager and an intake rule; someone else sees the screens
read-only with the reason; the feedback mailbox is tested against a real Dovecot server in a worker
thread (success, and a wrong password in words)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from commdesk.core.cases.clocks import ClockKind
from commdesk.core.cases.workflow import Priority
from commdesk.services.cases.admin import CaseAdminService
from commdesk.services.cases.replies import CaseRepliesService
from commdesk.services.mail.imap_fetch import MailboxFetchService
from commdesk.services.settings import SettingsService
from commdesk.ui.admin.cases_admin import CasesAdminDialog


def _dialog(qtbot, app_services, lang="en"):
    dlg = CasesAdminDialog(app_services, lang)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_an_administrator_adds_a_category_with_targets_and_a_template(qtbot, app_services, ctx):
    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), departments=("客户服务部", "品牌传播部")))
    dlg = _dialog(qtbot, app_services)
    tab = dlg.categories
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert tab.code.hasFocus() or not dlg.isActiveWindow()
    qtbot.keyClicks(tab.code, "billing")
    tab.name_zh.insert("账单")  # typed through an input method
    qtbot.keyClicks(tab.name_en, "Billing")
    tab.department.setCurrentIndex(tab.department.findData("客户服务部"))
    tab.complaint.setChecked(True)
    default = tab.targets[(Priority.HIGH, ClockKind.FIRST_RESPONSE)]
    assert default.value() == 4 and "4" in default.specialValueText()  # the house's default shown
    assert tab.default_labels[Priority.HIGH].text() == "4 / 9 / 27 h"
    default.setValue(2)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.text() == "Saved.", tab.message.text()
    before = len(ctx.service(CaseAdminService).categories())
    billing = ctx.service(CaseAdminService).category("billing")
    assert (billing.code, billing.name_zh, billing.department, billing.complaint) == (
        "billing",
        "账单",
        "客户服务部",
        True,
    )
    policy = ctx.service(CaseAdminService).clock_policy((billing.id,), Priority.HIGH)
    assert policy.target(ClockKind.FIRST_RESPONSE) == timedelta(hours=2)
    assert ctx.service(CaseAdminService).clock_policy((billing.id,), Priority.NORMAL).target(
        ClockKind.FIRST_RESPONSE
    ) == timedelta(hours=9)  # untouched: still the default (a working day)
    # a code that is taken is said in words, nothing saved
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tab.code, "billing")
    qtbot.keyClicks(tab.name_en, "Again")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "taken" in tab.message.text() and len(ctx.service(CaseAdminService).categories()) == before

    # an acknowledgement for it: a broken template said in words, then a good one previewed
    dlg.tabs.setCurrentWidget(dlg.templates)
    t = dlg.templates
    t.reload()
    qtbot.mouseClick(t.new_button, Qt.MouseButton.LeftButton)
    t.category.setCurrentIndex(t.category.findData(billing.id))
    t.language.setCurrentIndex(t.language.findData("zh_CN"))
    t.subject.insert("已收到：{{ subject }}")
    t.body.setPlainText("您好 {{ name }，编号 {{ reference }}")
    qtbot.mouseClick(t.save_button, Qt.MouseButton.LeftButton)
    assert t.message.text() and "body" not in t.message.text(), t.message.text()  # in words
    assert ctx.service(CaseRepliesService).templates() == []
    assert t.message.styleSheet()  # shown as an error
    t.body.setPlainText("{{ name }}您好：编号 {{ reference }}，我们将在 {{ promised }} 前答复。")
    qtbot.mouseClick(t.preview_button, Qt.MouseButton.LeftButton)
    shown = t.preview_view.toPlainText()
    assert "王小红您好" in shown and "CD-" in shown and "{{" not in shown
    qtbot.mouseClick(t.save_button, Qt.MouseButton.LeftButton)
    [saved] = ctx.service(CaseRepliesService).templates()
    assert saved.category_id == billing.id and saved.kind == "acknowledgement" and saved.language == "zh_CN"
    assert "{{ promised }}" in saved.body

    # an intake rule and a manager
    dlg.tabs.setCurrentWidget(dlg.rules)
    dlg.rules.reload()
    dlg.rules.contains.insert("账单")
    dlg.rules.category.setCurrentIndex(dlg.rules.category.findData(billing.id))
    qtbot.mouseClick(dlg.rules.save_button, Qt.MouseButton.LeftButton)
    [rule] = ctx.service(CaseRepliesService).rules()
    assert (rule.field, rule.contains, rule.category_id) == ("subject", "账单", billing.id)


def test_managers_are_named_person_by_person(qtbot, app_services, ctx, people):
    dlg = _dialog(qtbot, app_services)
    combo = dlg.managers.combos[people["officer"].id]
    combo.setCurrentIndex(combo.findData(people["admin"].id))
    qtbot.mouseClick(dlg.managers.save_button, Qt.MouseButton.LeftButton)
    assert ctx.service(CaseAdminService).managers() == {people["officer"].id: people["admin"].id}


def test_someone_else_sees_the_screens_read_only_with_the_reason(qtbot, app_services, ctx, people, as_person):
    as_person(people["reviewer"])
    app_services.set_person(people["reviewer"])
    dlg = _dialog(qtbot, app_services)
    assert not dlg.categories.save_button.isEnabled() and dlg.categories.code.isReadOnly()
    assert "administrator" in dlg.categories.message.text().lower()
    assert not dlg.managers.save_button.isEnabled()
    assert not dlg.templates.save_button.isEnabled() and dlg.templates.body.isReadOnly()
    assert not dlg.rules.save_button.isEnabled()
    assert not dlg.mailbox.save_button.isEnabled() and not dlg.mailbox.test_button.isEnabled()
    assert dlg.mailbox.message.text()


def test_the_mailbox_test_runs_off_the_window_and_says_the_result(qtbot, app_services, ctx, imap_mailbox):
    dlg = _dialog(qtbot, app_services)
    dlg.tabs.setCurrentWidget(dlg.mailbox)
    tab = dlg.mailbox
    account = imap_mailbox.account("none")
    qtbot.keyClicks(tab.host, account.host)
    tab.security.setCurrentIndex(tab.security.findData("none"))
    tab.port.setValue(account.port)
    qtbot.keyClicks(tab.user, account.user)
    qtbot.keyClicks(tab.password, "wrong-password")
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    assert not tab.test_button.isEnabled()  # the window goes on while the worker connects
    qtbot.waitUntil(lambda: tab.task is None, timeout=20000)
    assert "refused the user name or password" in tab.result.text(), tab.result.text()
    assert "wrong-password" not in tab.result.text()
    tab.password.setText(imap_mailbox.password)
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.task is None, timeout=20000)
    assert "Connected to" in tab.result.text() and "INBOX" in tab.result.text(), tab.result.text()
    # saved: the account in the settings, the password in the keyring only
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.message.text().startswith("Saved."), tab.message.text()
    fetcher = ctx.service(MailboxFetchService)
    assert fetcher.account().user == account.user and fetcher.has_password()
    assert imap_mailbox.password not in str(ctx.service(SettingsService).get_many("mailbox."))
    assert "Connected to" in fetcher.test()


def test_a_category_is_added_by_keyboard_alone(qtbot, app_services, ctx):
    dlg = _dialog(qtbot, app_services)
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    tab = dlg.categories
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # Ne&w category
    qtbot.waitUntil(tab.code.hasFocus)
    qtbot.keyClicks(tab.code, "walkin")
    qtbot.keyClick(tab.code, Qt.Key.Key_Tab)
    assert tab.name_zh.hasFocus()
    qtbot.keyClick(tab.name_zh, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # En&glish name
    qtbot.keyClicks(tab.name_en, "Walk-in")
    qtbot.keyClick(tab.name_en, Qt.Key.Key_Return)  # Enter saves the form, the window stays
    assert dlg.isVisible() and tab.message.text() == "Saved.", tab.message.text()
    assert ctx.service(CaseAdminService).category("walkin").name_en == "Walk-in"
    qtbot.keyClick(
        QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier
    )  # &Feedback mailbox
    assert dlg.tabs.currentWidget() is dlg.mailbox and dlg.mailbox.save_button.isDefault()
