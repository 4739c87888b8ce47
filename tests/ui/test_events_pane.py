"""The Events pane as its users meet it: an officer plans an event in the form, builds the
invitation list from a contact list (the do-not-contact contact left out and named), submits the
invitation; a reviewer approves it; the officer sends it (asked first) and records an answer; at
the door the check-in window says when it is closed (weeks before the event), and on the day takes
a typed name or initials and Enter, Up/Down choose among matches, and a second Enter for the same
person says when they came."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QMessageBox

from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.core.mail.account import SmtpAccount
from commdesk.core.review.workflow import State
from commdesk.services.contacts.lists import ContactListService
from commdesk.services.contacts.service import ContactService
from commdesk.services.events.review import EventReview
from commdesk.services.events.service import EventService
from commdesk.services.mail.account import MailAccountService
from commdesk.services.mail.outbox import OutboxService
from commdesk.ui.events.checkin import CheckInWindow
from commdesk.ui.events.models import EventsModel, InviteesModel
from commdesk.ui.events.pane import EventsPane

PLANNING = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
DOOR = datetime(2026, 12, 18, 5, 20, tzinfo=UTC)  # 13:20 in Shanghai, the event's day


@pytest.fixture
def desk(app_services):
    contacts = app_services.get(ContactService)
    ids = [
        contacts.create(ContactRecord(full_name=name, outlet=outlet, emails=[Email("work", address)])).id
        for name, outlet, address in (
            ("张伟", "新华社", "zhang@xinhua.example.com"),
            ("张薇", "财新", "zhangwei2@caixin.example.com"),
            ("李娜", "澎湃新闻", "li@thepaper.example.com"),
            ("王丽", "界面", "wang@jiemian.example.com"),
        )
    ]
    contacts.set_do_not_contact(ids[3], "email", "不接收邀请")
    lists = app_services.get(ContactListService)
    media = lists.create_static("重点媒体")
    lists.add(media.id, ids)
    app_services.get(MailAccountService).save_account(
        SmtpAccount(host="smtp.example.org", sender_name="品牌传播部", sender_address="press@example.org")
    )
    return media.id


def make_pane(qtbot, app_services) -> EventsPane:
    pane = EventsPane(app_services)
    qtbot.addWidget(pane)
    pane.resize(1100, 740)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def _rows(model) -> list[list[str]]:
    return [
        [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_an_event_from_plan_to_the_door(qtbot, app_services, people, desk, answer):
    now = [PLANNING]
    app_services.ctx.clock = lambda: now[0]
    pane = make_pane(qtbot, app_services)
    qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    form = pane.editor
    form.title.insert("华信开放日")  # typed (keyClicks types ASCII only)
    form.zone.setCurrentText("Asia/Shanghai")
    form.starts.setDateTime(QDateTime.fromString("2026-12-18 14:00", "yyyy-MM-dd HH:mm"))
    form.ends.setDateTime(QDateTime.fromString("2026-12-18 16:00", "yyyy-MM-dd HH:mm"))
    form.place.insert("张江智能工厂")
    form.subject.insert("【邀请函】华信开放日-20261218")
    form.body.insertPlainText("诚邀您出席。")
    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    assert answer.asked == []
    [row] = _rows(pane.list_model)
    assert row[:3] == ["2026-12-18 14:00–16:00", "华信开放日", State.DRAFT.label]
    assert "2026-12-18 14:00–16:00 (Asia/Shanghai, UTC+08:00)" in pane.heading.text()

    # the invitation list from a contact list: 王丽 is left out, and said so
    pane.tabs.setCurrentIndex(1)
    pane.list_choice.setCurrentIndex(pane.list_choice.findData(desk))
    qtbot.mouseClick(pane.add_button, Qt.MouseButton.LeftButton)
    assert "王丽" in pane.left_out.text() and "do not contact by e-mail" in pane.left_out.text()
    assert sorted(r[0] for r in _rows(pane.invitees_model)) == sorted(["张伟", "张薇", "李娜"])

    # nothing leaves before review
    assert pane.send_button.isEnabled()
    qtbot.mouseClick(pane.send_button, Qt.MouseButton.LeftButton)
    assert answer.asked[-1][0] == "error" and "approved" in answer.asked[-1][2]
    assert app_services.get(OutboxService).counts().get("queued", 0) == 0
    qtbot.mouseClick(pane.submit_button, Qt.MouseButton.LeftButton)
    assert "In review" in pane.review_state.text() and not pane.approve_button.isEnabled()

    app_services.set_person(people["reviewer"])
    pane.refresh_permissions()
    assert pane.approve_button.isEnabled() and not pane.save_button.isEnabled()
    qtbot.mouseClick(pane.approve_button, Qt.MouseButton.LeftButton)
    assert "Approved" in pane.review_state.text()

    app_services.set_person(people["admin"])
    pane.refresh_permissions()
    answer.reply = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(pane.send_button, Qt.MouseButton.LeftButton)
    kind, _title, text = answer.asked[-1]
    assert kind == "question" and "3 invitee" in text
    assert app_services.get(OutboxService).counts().get("queued") == 3
    assert all("queued" in r[4] for r in _rows(pane.invitees_model))

    # an answer by hand, with a companion
    li = next(n for n, r in enumerate(_rows(pane.invitees_model)) if r[0] == "李娜")
    pane.invitees_view.selectRow(li)
    pane.plus_ones.setValue(1)
    qtbot.mouseClick(pane.answer_buttons[next(iter(pane.answer_buttons))], Qt.MouseButton.LeftButton)
    li_row = next(r for r in _rows(pane.invitees_model) if r[0] == "李娜")
    assert li_row[2].startswith("accepted") and li_row[3] == "1"

    # weeks before the event the door is closed, and the window says so before anyone types
    assert "Check-in opens on the day of the event" in pane.checkin_button.toolTip()
    qtbot.mouseClick(pane.checkin_button, Qt.MouseButton.LeftButton)
    door: CheckInWindow = pane.check_in_window
    qtbot.waitExposed(door)
    assert door.door.isVisible() and "2026-12-18 14:00–16:00 (Asia/Shanghai, UTC+08:00)" in door.door.text()
    qtbot.keyClicks(door.search, "ln")
    qtbot.keyClick(door.search, Qt.Key.Key_Return)
    assert door.result.text().startswith("李娜: Check-in opens on the day of the event, at 2026-12-18 00:00")
    assert door.count.text().startswith("0 checked in") and door.search.selectedText() == "ln"
    door.reject()

    # at the door, on the day
    now[0] = DOOR
    qtbot.mouseClick(pane.checkin_button, Qt.MouseButton.LeftButton)
    door = pane.check_in_window
    qtbot.waitExposed(door)
    assert not door.door.isVisible()
    qtbot.keyClicks(door.search, "zhang")
    assert [i.name for i in door.shown] == ["张伟", "张薇"] or sorted(i.name for i in door.shown) == [
        "张伟",
        "张薇",
    ]
    first, second = door.shown[0].name, door.shown[1].name
    qtbot.keyClick(door.search, Qt.Key.Key_Down)
    qtbot.keyClick(door.search, Qt.Key.Key_Return)
    assert f"✓ {second} checked in." in door.result.text() and "walk-in" in door.result.text()
    assert door.search.text() == "" and door.focusWidget() is door.search
    qtbot.keyClicks(door.search, "ln")
    qtbot.keyClick(door.search, Qt.Key.Key_Return)
    assert door.result.text() == "✓ 李娜 checked in."
    door.search.insert("李娜")
    qtbot.keyClick(door.search, Qt.Key.Key_Return)
    assert "Already checked in at" in door.result.text()
    assert door.count.text().startswith("2 checked in; 2 expected")
    qtbot.mouseClick(door.undo_button, Qt.MouseButton.LeftButton)
    assert "taken back" in door.result.text() and door.count.text().startswith("1 checked in")
    # a scanner types the RSVP reference printed on the invitation, then Enter
    zhang = next(i for i in door.invitees if i.name == first)
    qtbot.keyClicks(door.search, f"RSVP-{zhang.rsvp_token}")
    assert [i.name for i in door.shown] == [first]
    qtbot.keyClick(door.search, Qt.Key.Key_Return)
    assert door.result.text().startswith(f"✓ {first} checked in.")
    qtbot.mouseClick(door.undo_button, Qt.MouseButton.LeftButton)
    events = app_services.get(EventService)
    [event] = events.list()
    names = {i.name: i.checked_in for i in events.invitees(event.id)}
    assert names == {first: False, second: True, "李娜": False}
    door.reject()
    pane.tabs.setCurrentIndex(2)
    assert f"Came: {second}" in pane.follow_figures.text()


def test_an_edit_after_approval_sends_the_invitation_back_to_review(
    qtbot, app_services, people, desk, answer
):
    events = app_services.get(EventService)
    pane = make_pane(qtbot, app_services)
    qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    pane.editor.title.insert("媒体开放日")
    pane.editor.place.insert("上海")
    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    [event] = events.list()
    review = app_services.get(EventReview)
    review.submit(event.id)
    app_services.set_person(people["reviewer"])
    review.approve(event.id)
    app_services.set_person(people["admin"])
    pane.refresh()
    assert "Approved" in pane.review_state.text()
    pane.editor.place.clear()
    pane.editor.place.insert("北京")
    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    assert "In review" in pane.review_state.text()
    assert review.status(event.id).state is State.IN_REVIEW
    # the reviewer reads what changed since the approval, and returns it with a comment
    diff = pane.diff_view.toHtml()
    assert "北京" in diff and "上海" in diff and "line-through" in diff
    app_services.set_person(people["reviewer"])
    pane.refresh_permissions()
    answer.text = "地点改了，请确认交通安排"
    qtbot.mouseClick(pane.return_button, Qt.MouseButton.LeftButton)
    assert "Returned" in pane.review_state.text()
    assert "地点改了，请确认交通安排" in pane.comments_view.toPlainText()


def test_the_models_hold_up(qtmodeltester, app_services, desk):
    from datetime import UTC, datetime, timedelta

    from commdesk.core.events.records import EventEdit

    events = app_services.get(EventService)
    start = datetime(2026, 12, 18, 6, tzinfo=UTC)
    e = events.create(EventEdit("开放日", start, start + timedelta(hours=2), "Asia/Shanghai", place="上海"))
    events.add_from_lists(e.id, [desk])
    model = EventsModel()
    model.set_rows(events.list())
    qtmodeltester.check(model)
    invitees = InviteesModel()
    invitees.set_rows(events.invitees(e.id))
    qtmodeltester.check(invitees)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_no_two_mnemonics_clash_on_any_tab(qtbot, app_services, desk, lang):
    """What is visible at once (each tab with the list and the actions beside it, the menu bar's
    F, E, V and H) has each Alt letter once, and each label's letter leads to its field."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    from commdesk.translations import install

    install(lang)
    try:
        pane = make_pane(qtbot, app_services)
        assert ("新建活动" in pane.new_button.text()) == (lang == "zh_CN")
        mnemonic = re.compile(r"(?<!&)&([^&\s])")
        for tab in range(pane.tabs.count()):
            pane.tabs.setCurrentIndex(tab)
            letters = ["f", "e", "v", "h"]
            for w in pane.findChildren(QAbstractButton) + pane.findChildren(QLabel):
                if not w.isVisibleTo(pane):
                    continue
                found = mnemonic.search(w.text())
                if found:
                    letters.append(found.group(1).lower())
                    if isinstance(w, QLabel):
                        assert w.buddy() is not None, w.text()
            clashes = {x for x in letters if letters.count(x) > 1}
            assert not clashes, (lang, pane.tabs.tabText(tab), clashes)
    finally:
        install("en")
