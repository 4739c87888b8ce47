"""The set-aside mail window as the person at the desk uses it: opened from the Cases pane by its
mnemonic and from Home's intake line; each message listed with the time it was taken in (the zone
named), sender, subject and reason; the message shown as it arrived, as plain text (markup never
rendered); a readable one made a case by keyboard, an unreadable one only marked dealt with; someone
who may not act reads the list and is told why."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from commdesk.core.cases.workflow import Channel
from commdesk.services.cases.intake import CaseIntakeService
from commdesk.services.cases.service import CaseService
from commdesk.services.settings import SettingsService
from commdesk.ui.cases.pane import CasesPane
from commdesk.ui.cases.set_aside import COL_REASON, COL_RECEIVED, COL_SENDER, COL_SUBJECT, SetAsideDialog

ALT = Qt.KeyboardModifier.AltModifier
NOW = datetime(2026, 12, 8, 6, 30, tzinfo=UTC)  # Tuesday 14:30 in Shanghai

STRAY = (
    b"From: Someone <someone@elsewhere.example>\r\nTo: feedback@office.example.org\r\n"
    b"Subject: Out of office\r\nAuto-Submitted: auto-replied\r\nMessage-ID: <ooo-2@elsewhere.example>\r\n"
    b"Date: Tue, 08 Dec 2026 09:42:00 +0800\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    b"<p><b>I am away</b> until Monday. <a href='http://evil.example/'>click</a></p>\r\n"
)
BROKEN = b"this is just a line of text\r\n"


@pytest.fixture
def kept(app_services, imap_mailbox):
    """Two messages the intake set aside from the feedback mailbox (a real IMAP server): a stray
    automatic reply (readable) and a broken one."""
    from commdesk.services.mail.imap_fetch import MailboxFetchService

    ctx = app_services.ctx
    settings = app_services.get(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    fetcher = app_services.get(MailboxFetchService)
    fetcher.save_account(imap_mailbox.account("none"))
    fetcher.set_password(imap_mailbox.password)
    ctx.clock = lambda: NOW
    imap_mailbox.deliver(STRAY)
    imap_mailbox.deliver(BROKEN)
    result = app_services.get(CaseIntakeService).take_in_mailbox()
    assert len(result.set_aside) == 2
    return app_services.get(CaseIntakeService).set_aside_messages()


def make_pane(qtbot, app_services):
    pane = CasesPane(app_services)
    qtbot.addWidget(pane)
    pane.resize(1200, 760)
    pane.show()
    qtbot.waitExposed(pane)
    pane.activateWindow()
    return pane


def rows(dlg: SetAsideDialog) -> list[list[str]]:
    return [[dlg.list.topLevelItem(r).text(c) for c in range(4)] for r in range(dlg.list.topLevelItemCount())]


def choose(qtbot, dlg: SetAsideDialog, subject_part: str) -> None:
    """Down the list by keyboard to the row whose subject holds ``subject_part`` (the window active,
    so its mnemonics answer)."""
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    dlg.list.setFocus()
    qtbot.keyClick(dlg.list, Qt.Key.Key_Home)
    for _ in range(dlg.list.topLevelItemCount()):
        if subject_part in dlg.list.currentItem().text(COL_SUBJECT):
            return
        qtbot.keyClick(dlg.list, Qt.Key.Key_Down)
    raise AssertionError(f"no row with {subject_part!r}")


@pytest.mark.timezones
def test_listed_with_zone_and_reason_shown_as_plain_text_and_made_a_case_by_keyboard(
    qtbot, app_services, kept, answer
):
    pane = make_pane(qtbot, app_services)
    pane.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is pane.table)
    qtbot.keyClick(pane.table, Qt.Key.Key_B, ALT)  # the pane's button by its mnemonic
    qtbot.waitUntil(lambda: getattr(pane, "set_aside_dialog", None) is not None)
    dlg = pane.set_aside_dialog
    qtbot.waitExposed(dlg)
    assert dlg.windowTitle() == "Set-aside mail"
    header = dlg.list.headerItem().text(COL_RECEIVED)
    assert "Asia/Shanghai" in header and "UTC+08:00" in header
    listed = rows(dlg)
    assert len(listed) == 2
    stray = next(r for r in listed if r[COL_SUBJECT] == "Out of office")
    # taken in at NOW: 14:30 in the organisation's zone, whatever the machine's zone is
    assert stray[COL_RECEIVED] == "2026-12-08 14:30"
    assert "Someone" in stray[COL_SENDER] and "automatic reply" in stray[COL_REASON]
    broken = next(r for r in listed if r is not stray)
    assert "not an e-mail message" in broken[COL_REASON]

    choose(qtbot, dlg, "Out of office")
    # the message as it came: its markup is text, nothing of it is rendered or followed
    assert (
        "<b>I am away</b>" in dlg.raw.toPlainText()
        and "Auto-Submitted: auto-replied" in dlg.raw.toPlainText()
    )
    assert dlg.raw.isReadOnly()
    assert dlg.case_button.isEnabled() and dlg.done_button.isEnabled()

    qtbot.keyClick(dlg.list, Qt.Key.Key_C, ALT)  # Make a case of it
    qtbot.waitUntil(lambda: len(rows(dlg)) == 1 or bool(answer.asked))
    assert not answer.asked, answer.asked
    cases = app_services.get(CaseService).list()
    [made] = [c for c in cases if c.summary == "Out of office"]
    case = app_services.get(CaseService).get(made.id)
    assert case.channel is Channel.MAILBOX and any("I am away" in e.body for e in case.entries)
    assert case.received_at == datetime(2026, 12, 8, 1, 42, tzinfo=UTC)  # the message's own date
    assert made.reference in dlg.last_step.text()
    assert pane.view.case is not None and pane.view.case.id == made.id  # the pane shows it
    [left] = app_services.get(CaseIntakeService).set_aside_messages()
    assert left.subject == "" and "not an e-mail message" in left.reason

    # the broken one cannot become a case; Dealt with takes it off the list (after asking)
    choose(qtbot, dlg, rows(dlg)[0][COL_SUBJECT])
    assert not dlg.case_button.isEnabled() and dlg.done_button.isEnabled()
    assert "Not readable" in dlg.state.text()
    answer.reply = QMessageBox.StandardButton.Yes
    qtbot.keyClick(dlg.list, Qt.Key.Key_D, ALT)
    qtbot.waitUntil(lambda: not rows(dlg))
    assert answer.asked and answer.asked[-1][1] == "Dealt with"
    assert app_services.get(CaseIntakeService).count_set_aside() == 0
    assert "Nothing is set aside" in dlg.intro.text()
    assert not dlg.case_button.isEnabled() and not dlg.done_button.isEnabled()
    qtbot.keyClick(dlg.list, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dlg.isVisible())


def test_dealt_with_asks_first_and_no_keeps_it(qtbot, app_services, kept, answer):
    dlg = SetAsideDialog(app_services)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    answer.reply = QMessageBox.StandardButton.No
    dlg.done_button.click()
    assert len(rows(dlg)) == 2 and app_services.get(CaseIntakeService).count_set_aside() == 2


def test_a_reader_sees_the_list_and_why_they_cannot_act(qtbot, app_services, kept, people):
    app_services.set_person(people["reviewer"])
    dlg = SetAsideDialog(app_services)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert len(rows(dlg)) == 2
    choose(qtbot, dlg, "Out of office")
    assert "<b>I am away</b>" in dlg.raw.toPlainText()
    assert not dlg.case_button.isEnabled() and not dlg.done_button.isEnabled()
    assert dlg.case_button.toolTip() and dlg.case_button.toolTip() in dlg.state.text()
    qtbot.keyClick(dlg.list, Qt.Key.Key_D, ALT)  # the disabled button does nothing
    assert app_services.get(CaseIntakeService).count_set_aside() == 2


def test_homes_intake_line_opens_the_window(qtbot, app_services, kept):
    from commdesk.ui.main_window import MainWindow

    window = MainWindow(app_services.prefs, "en")
    qtbot.addWidget(window)
    window.show()
    window.attach(app_services)
    qtbot.waitUntil(lambda: "home" in window.panes and "intake" in window.panes["home"].boxes, timeout=10000)
    box = window.panes["home"].boxes["intake"].list
    qtbot.waitUntil(lambda: any("set aside" in box.item(r).text() for r in range(box.count())))
    line = next(box.item(r) for r in range(box.count()) if "set aside" in box.item(r).text())
    box.setCurrentItem(line)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter on the line, as on every Home line
    qtbot.waitUntil(lambda: getattr(window.panes.get("cases"), "set_aside_dialog", None) is not None)
    dlg = window.panes["cases"].set_aside_dialog
    qtbot.waitExposed(dlg)
    assert window.current_pane() is window.panes["cases"]
    assert len(rows(dlg)) == 2
    dlg.reject()
