"""The releases pane and the outbox pane: the buttons follow the person at the desk at once;
Publish asks; a repeat mailing lists who already has it and asks; the window's .eml/text/HTML exports
follow the gate; re-approving offers to rebuild held messages, which the outbox shows with the reason."""

from __future__ import annotations

from datetime import date

import pytest
import tests.support.smtp as loopback
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from tests.support.outbox import configure
from tests.ui.releases_keys import mnemonics

from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.core.releases.workflow import Action, State
from commdesk.services.contacts.lists import ContactListService
from commdesk.services.contacts.service import ContactService
from commdesk.services.mail.outbox import HELD, QUEUED, OutboxService
from commdesk.services.mail.sending import ReleaseMailer
from commdesk.services.releases.service import ReleaseService
from commdesk.ui.mail.pane import OutboxPane
from commdesk.ui.releases.mailing import ReleaseMailingDialog
from commdesk.ui.releases.pane import ReleasesPane

smtp_certificate, smtp_server_factory, smtp_server = (
    loopback.smtp_certificate,
    loopback.smtp_server_factory,
    loopback.smtp_server,
)


@pytest.fixture
def desk(ctx, people):
    contacts = ctx.service(ContactService)
    ids = [
        contacts.create(ContactRecord(full_name=n, outlet="新华社", emails=[Email("work", a)])).id
        for n, a in (("张伟", "zhang@xinhua.example.cn"), ("李娜", "li@thepaper.example.cn"))
    ]
    lists = ctx.service(ContactListService)
    press = lists.create_static("媒体")
    lists.add(press.id, ids)
    ctx.current = lambda: people["officer"]
    svc = ctx.service(ReleaseService)
    r = svc.create(
        ReleaseEdit(
            ReleaseContent(
                title="华信发布新平台",
                body_markdown="第一段。",
                dateline_city="上海",
                dateline_date=date(2026, 3, 10),
            ),
            reviewer_ids=(people["reviewer"].id,),
            lists=((press.id, "媒体"),),
        )
    )
    svc.act(r.id, Action.SUBMIT, note="请审")
    ctx.current = lambda: people["admin"]
    return svc, r


def _pane(qtbot, app_services, person):
    app_services.ctx.current = app_services.person
    app_services.set_person(person)
    pane = ReleasesPane(app_services)
    qtbot.addWidget(pane)
    pane.resize(1280, 800)
    pane.show()
    return pane


def test_buttons_follow_the_person_at_once(qtbot, app_services, people, desk):
    _svc, r = desk
    pane = _pane(qtbot, app_services, people["officer"])
    pane.select(r.id)
    approve = pane.action_buttons[Action.APPROVE]
    assert not approve.isEnabled() and pane.save_button.isEnabled()
    assert pane.new_button.isEnabled()
    app_services.set_person(people["reviewer"])  # no other release clicked
    assert approve.isEnabled() and approve.isVisible()
    assert not pane.new_button.isEnabled() and pane.new_button.toolTip()
    assert not pane.save_button.isEnabled() and pane.save_button.toolTip()
    assert pane.editor.ui.titleEdit.isReadOnly()
    app_services.set_person(people["officer"])
    assert not approve.isEnabled() and approve.toolTip()
    assert pane.save_button.isEnabled() and not pane.editor.ui.titleEdit.isReadOnly()


def test_reapproval_offers_to_rebuild_held_messages(
    qtbot, ctx, app_services, people, desk, smtp_server, tmp_path, answer
):
    svc, r = desk
    ctx.current = lambda: people["reviewer"]
    svc.act(r.id, Action.APPROVE)
    ctx.current = lambda: people["admin"]
    outbox = configure(ctx, smtp_server, tmp_path)
    ctx.current = lambda: people["officer"]
    ids = ctx.service(ReleaseMailer).send_to_lists(r.id)
    release = svc.get(r.id)
    svc.save(
        r.id,
        release.edit(
            content=release.content.__class__(
                **{**release.content.__dict__, "body_markdown": "改过的第一段。"}
            )
        ),
        release.version,
    )
    assert outbox.send_pending().held == 2

    outbox_pane = OutboxPane(app_services)
    qtbot.addWidget(outbox_pane)
    outbox_pane.show()
    outbox_pane.filter.setCurrentIndex(outbox_pane.filter.findData(HELD))
    assert outbox_pane.model.rowCount() == 2
    assert outbox_pane.model.data(outbox_pane.model.index(0, 0)) == "held"
    assert "no longer approved" in outbox_pane.model.data(
        outbox_pane.model.index(0, 0), Qt.ItemDataRole.ToolTipRole
    )
    outbox_pane.table.selectRow(0)
    assert "no longer approved" in outbox_pane.details.toPlainText()
    assert outbox_pane.cancel_button.isEnabled() and outbox_pane.rebuild_button.isEnabled()
    assert not outbox_pane.retry_button.isEnabled()
    assert "2 held" in outbox_pane.summary.text()

    pane = _pane(qtbot, app_services, people["reviewer"])  # a reviewer cannot send: told, not asked
    pane.select(r.id)
    qtbot.mouseClick(pane.action_buttons[Action.APPROVE], Qt.MouseButton.LeftButton)
    assert pane.release.state is State.APPROVED
    assert answer.asked[-1][0] == "info" and "officer rebuilds" in answer.asked[-1][2]
    assert {outbox.get(i).status for i in ids} == {HELD}
    app_services.set_person(people["officer"])  # the officer rebuilds from the outbox
    outbox_pane.refresh()
    outbox_pane.table.selectAll()
    qtbot.mouseClick(outbox_pane.rebuild_button, Qt.MouseButton.LeftButton)
    assert {outbox.get(i).status for i in ids} == {QUEUED}
    assert outbox_pane.model.rowCount() == 0  # the Held filter is empty now


def test_an_approver_who_sends_is_asked_rebuild_or_cancel(
    qtbot, ctx, app_services, people, desk, smtp_server, tmp_path, answer
):
    from commdesk.core.domain.people import Role
    from commdesk.services.people import PeopleService

    svc, r = desk
    both = ctx.service(PeopleService).create(
        "赵敏 Zhao Min", "zhao@example.org", "品牌传播部", {Role.REVIEWER, Role.OFFICER}, passphrase="zm-pass"
    )
    release = svc.get(r.id)
    ctx.current = lambda: people["officer"]
    release = svc.save(r.id, release.edit(reviewer_ids=(people["reviewer"].id, both.id)), release.version)
    ctx.current = lambda: both
    svc.act(r.id, Action.APPROVE)
    ctx.current = lambda: people["admin"]
    outbox = configure(ctx, smtp_server, tmp_path)
    ctx.current = lambda: people["officer"]
    ids = ctx.service(ReleaseMailer).send_to_lists(r.id)
    release = svc.get(r.id)
    svc.save(
        r.id,
        release.edit(
            content=release.content.__class__(
                **{**release.content.__dict__, "body_markdown": "改过的第一段。"}
            )
        ),
        release.version,
    )
    assert outbox.send_pending().held == 2
    pane = _pane(qtbot, app_services, both)
    pane.select(r.id)
    answer.reply = QMessageBox.StandardButton.No  # No = cancel them
    qtbot.mouseClick(pane.action_buttons[Action.APPROVE], Qt.MouseButton.LeftButton)
    assert pane.release.state is State.APPROVED
    assert answer.asked[-1][0] == "question" and "Rebuild them" in answer.asked[-1][2]
    assert {outbox.get(i).status for i in ids} == {"cancelled"}


def test_publish_asks_and_a_repeat_mailing_lists_who_has_it(
    qtbot, ctx, app_services, people, desk, smtp_server, tmp_path, answer
):
    svc, r = desk
    ctx.current = lambda: people["reviewer"]
    svc.act(r.id, Action.APPROVE)
    ctx.current = lambda: people["admin"]
    outbox = configure(ctx, smtp_server, tmp_path)
    ctx.current = lambda: people["officer"]
    ctx.service(ReleaseMailer).send_to_lists(r.id)
    assert outbox.send_pending().sent == 2
    pane = _pane(qtbot, app_services, people["officer"])
    pane.select(r.id)
    answer.reply = QMessageBox.StandardButton.No
    qtbot.mouseClick(pane.action_buttons[Action.PUBLISH], Qt.MouseButton.LeftButton)
    assert answer.asked[-1][1] == Action.PUBLISH.label and pane.release.state is State.APPROVED
    dlg = pane.send_to_lists()
    assert isinstance(dlg, ReleaseMailingDialog)
    assert "already have it" in dlg.summary.text()
    dlg.queue()  # answered No: nothing queued
    assert "张伟 <zhang@xinhua.example.cn>" in answer.asked[-1][2] and outbox.counts()[QUEUED] == 0
    answer.reply = QMessageBox.StandardButton.Yes
    dlg.queue()
    assert outbox.counts()[QUEUED] == 2
    answer.reply = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(pane.action_buttons[Action.PUBLISH], Qt.MouseButton.LeftButton)
    assert pane.release.state is State.PUBLISHED


def test_window_exports_that_leave_follow_the_gate(qtbot, app_services, people, desk):
    _svc, r = desk  # in review: may not leave
    pane = _pane(qtbot, app_services, people["officer"])
    pane.select(r.id)
    for fmt in ("txt", "html", "eml"):
        assert (
            not pane.export_actions[fmt].isEnabled() and "only approved" in pane.export_actions[fmt].toolTip()
        )
    assert pane.export_actions["pdf"].isEnabled() and pane.export_actions["review"].isEnabled()
    assert OutboxService  # the outbox is the only way out for mail


def test_the_author_reads_the_change_request_in_the_review_tab(qtbot, ctx, app_services, people, desk):
    from commdesk.services.releases.review import ReleaseReviewService

    svc, r = desk
    ctx.current = lambda: people["reviewer"]
    ctx.service(ReleaseReviewService).add_comment(r.id, "数据来源？")
    svc.act(r.id, Action.REQUEST_CHANGES, note="请补充第一段的数据来源")
    badges = []
    app_services.badge_changed.connect(lambda key, n: badges.append((key, n)))
    pane = _pane(qtbot, app_services, people["officer"])
    assert badges[-1] == ("releases", 1)  # returned to me
    pane.filter.setCurrentIndex(pane.filter.findData("__returned__"))
    assert pane.model.rowCount() == 1 and "(1)" in pane.filter.currentText()
    pane.select(r.id)
    note = pane.review.note.text()
    assert "请补充第一段的数据来源" in note and "王芳" in note and "1 open comment" in note
    assert pane.review.tree.topLevelItemCount() == 1


def test_ctrl_s_saves_the_release(qtbot, app_services, people, desk):
    _svc, r = desk
    pane = _pane(qtbot, app_services, people["officer"])
    pane.select(r.id)
    pane.activateWindow()
    pane.editor.ui.titleEdit.setFocus()
    qtbot.waitUntil(pane.editor.ui.titleEdit.hasFocus)
    qtbot.keyClicks(pane.editor.ui.titleEdit, " (rev)")
    assert pane.dirty
    qtbot.keyClick(pane.editor.ui.titleEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not pane.dirty)
    assert pane.release.content.title.endswith(" (rev)") and pane.release.revision == 2


@pytest.mark.parametrize("who", ["officer", "admin"])  # the admin also sees Templates…
def test_no_mnemonic_is_used_twice_in_the_releases_pane(qtbot, app_services, people, desk, who):
    pane = _pane(qtbot, app_services, people[who])
    pane.select(desk[1].id)
    for index in range(pane.tabs.count()):
        pane.tabs.setCurrentIndex(index)
        clashes = {k: v for k, v in mnemonics(pane).items() if len(v) > 1}
        assert clashes == {}, (pane.tabs.tabText(index), clashes)


def test_the_change_request_note_is_in_the_release_history(ctx, people, desk):
    from commdesk.core.releases.labels import action_labels
    from commdesk.services.audit import AuditService

    svc, r = desk
    ctx.current = lambda: people["reviewer"]
    svc.act(r.id, Action.REQUEST_CHANGES, note="请补充数据来源")
    entries = ctx.service(AuditService).history("releases", r.id)
    [event] = [e for e in entries if e.action == "request_changes"]
    assert (
        event.note == "请补充数据来源" and action_labels()["request_changes"] == Action.REQUEST_CHANGES.label
    )


def test_saving_an_edit_in_the_window_shows_the_held_mail_in_the_outbox_at_once(
    qtbot, ctx, app_services, people, desk, smtp_server, tmp_path
):
    """No Send now needed: the edit holds the queued mail, and the outbox pane and its badge follow."""
    svc, r = desk
    ctx.current = lambda: people["reviewer"]
    svc.act(r.id, Action.APPROVE)
    ctx.current = lambda: people["admin"]
    configure(ctx, smtp_server, tmp_path)
    ctx.current = lambda: people["officer"]
    ids = ctx.service(ReleaseMailer).send_to_lists(r.id)
    badges = []
    app_services.badge_changed.connect(lambda key, n: badges.append((key, n)))
    pane = _pane(qtbot, app_services, people["officer"])
    outbox_pane = OutboxPane(app_services)
    qtbot.addWidget(outbox_pane)
    outbox_pane.show()
    assert "2 queued" in outbox_pane.summary.text() and "held" not in outbox_pane.summary.text()
    pane.select(r.id)
    pane.editor.ui.bodyEdit.setPlainText("改过的第一段。")
    assert pane.save()
    assert pane.release.state is State.IN_REVIEW
    # the outbox pane follows the release's commit by itself: nobody tells it
    qtbot.waitUntil(lambda: "2 held" in outbox_pane.summary.text())
    assert badges[-1] == ("outbox", 2)
    assert {ctx.service(OutboxService).get(i).status for i in ids} == {HELD}
