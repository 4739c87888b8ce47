"""The releases pane's "Send to lists…": enabled by state and role, the preview (recipients, left
out with reasons, EM-1 subject, personalised or Bcc), into the outbox and "Send now" to the loopback
SMTP server, or .eml files without an account."""

from __future__ import annotations

from datetime import date
from email import message_from_bytes, policy

import pytest
import tests.support.smtp as loopback
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from tests.support.outbox import configure

from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.core.releases.workflow import Action
from commdesk.services.contacts.lists import ContactListService
from commdesk.services.contacts.service import ContactService
from commdesk.services.mail.outbox import OutboxService
from commdesk.services.releases.service import ReleaseService
from commdesk.ui.releases.mailing import ReleaseMailingDialog
from commdesk.ui.releases.pane import ReleasesPane

smtp_certificate, smtp_server_factory, smtp_server = (
    loopback.smtp_certificate,
    loopback.smtp_server_factory,
    loopback.smtp_server,
)


@pytest.fixture
def releases(ctx, people):
    """(approved release, draft release), both for a list of two mailable contacts and one do-not-contact."""
    contacts = ctx.service(ContactService)
    ids = [
        contacts.create(
            ContactRecord(full_name=n, outlet="新华社", language=lang, emails=[Email("work", a)])
        ).id
        for n, a, lang in (
            ("张伟", "zhang@xinhua.example.cn", "zh"),
            ("Anna Berg", "anna@reuters.example.com", "en"),
            ("王丽", "wang@caixin.example.cn", "zh"),
        )
    ]
    contacts.set_do_not_contact(ids[2], "email", "不再接收")
    lists = ctx.service(ContactListService)
    tech = lists.create_static("科技媒体")
    lists.add(tech.id, ids)
    svc = ctx.service(ReleaseService)
    ctx.current = lambda: people["officer"]

    def make(title):
        return svc.create(
            ReleaseEdit(
                ReleaseContent(
                    title=title,
                    body_markdown="华信今日发布新平台。",
                    dateline_city="上海",
                    dateline_date=date(2026, 3, 10),
                ),
                reviewer_ids=(people["reviewer"].id,),
                lists=((tech.id, "科技媒体"),),
            )
        )

    approved, draft = make("华信发布工业物联网平台"), make("还在写的新闻稿")
    svc.act(approved.id, Action.SUBMIT, note="请审")
    ctx.current = lambda: people["reviewer"]
    svc.act(approved.id, Action.APPROVE)
    ctx.current = lambda: people["admin"]
    return svc.get(approved.id), svc.get(draft.id)


def _pane(qtbot, app_services, person):
    app_services.ctx.current = app_services.person
    app_services.set_person(person)
    pane = ReleasesPane(app_services)
    qtbot.addWidget(pane)
    pane.resize(1200, 800)
    pane.show()
    return pane


def test_the_action_follows_state_and_role(qtbot, app_services, people, releases):
    approved, draft = releases
    pane = _pane(qtbot, app_services, people["officer"])
    pane.select(draft.id)
    assert not pane.mail_button.isEnabled() and "approved" in pane.mail_button.toolTip()
    assert pane.send_to_lists() is None
    pane.select(approved.id)
    assert pane.mail_button.isEnabled()
    reviewer = _pane(qtbot, app_services, people["reviewer"])
    reviewer.select(approved.id)
    assert not reviewer.mail_button.isEnabled() and "officers" in reviewer.mail_button.toolTip()


def test_preview_queue_and_send_now(
    qtbot, ctx, app_services, people, releases, smtp_server, tmp_path, answer
):
    approved, _ = releases
    configure(ctx, smtp_server, tmp_path)
    pane = _pane(qtbot, app_services, people["officer"])
    pane.select(approved.id)
    qtbot.mouseClick(pane.mail_button, Qt.MouseButton.LeftButton)
    dlg = pane.findChild(ReleaseMailingDialog)  # opened by the click
    assert dlg is not None and dlg.isVisible()
    assert "2 recipients" in dlg.summary.text() and "personalised" in dlg.summary.text()
    assert (
        dlg.left_out.count() == 1
        and "王丽" in dlg.left_out.item(0).text()
        and "不再接收" in dlg.left_out.item(0).text()
    )
    assert "【新闻稿】华信发布工业物联网平台-20260310" in dlg.subject.text()
    qtbot.mouseClick(dlg.bcc, Qt.MouseButton.LeftButton)
    assert "Bcc" in dlg.summary.text()
    qtbot.mouseClick(dlg.personal, Qt.MouseButton.LeftButton)
    answer.reply = QMessageBox.StandardButton.Yes  # "Send now?"
    qtbot.mouseClick(dlg.go_button, Qt.MouseButton.LeftButton)
    assert len(dlg.queued_ids) == 2
    qtbot.waitUntil(lambda: len(smtp_server.messages) == 2, timeout=20000)
    qtbot.waitUntil(lambda: any("2 sent" in text for _k, _t, text in answer.asked), timeout=20000)
    got = {m.rcpt_tos[0]: message_from_bytes(m.data, policy=policy.default) for m in smtp_server.messages}
    assert set(got) == {"zhang@xinhua.example.cn", "anna@reuters.example.com"}
    assert "Dear Anna Berg," in got["anna@reuters.example.com"].get_body(("plain",)).get_content()
    history = ctx.service(ContactService).history
    qtbot.waitUntil(lambda: all(history(c.key) for c in dlg.preview.recipients), timeout=20000)


def test_queue_and_leave_it_for_the_outbox(
    qtbot, ctx, app_services, people, releases, smtp_server, tmp_path, answer
):
    approved, _ = releases
    configure(ctx, smtp_server, tmp_path)
    pane = _pane(qtbot, app_services, people["officer"])
    pane.select(approved.id)
    dlg = pane.send_to_lists()
    qtbot.mouseClick(dlg.bcc, Qt.MouseButton.LeftButton)
    answer.reply = QMessageBox.StandardButton.No
    qtbot.mouseClick(dlg.go_button, Qt.MouseButton.LeftButton)
    [item] = ctx.service(OutboxService).list("queued")
    assert item.kind == "release" and item.related_id == str(approved.id) and smtp_server.messages == []


def test_without_an_account_it_saves_eml_files(
    qtbot, ctx, app_services, people, releases, tmp_path, answer, monkeypatch
):
    approved, _ = releases
    pane = _pane(qtbot, app_services, people["officer"])
    pane.select(approved.id)
    dlg = pane.send_to_lists()
    assert dlg.go_button.text().replace("&", "").startswith("Save .eml")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    qtbot.mouseClick(dlg.go_button, Qt.MouseButton.LeftButton)
    files = sorted(tmp_path.glob("*.eml"))
    assert len(files) == 2 and "2 files saved" in answer.asked[-1][2]
    tos = {
        message_from_bytes(p.read_bytes(), policy=policy.default)["To"].addresses[0].addr_spec for p in files
    }
    assert tos == {"zhang@xinhua.example.cn", "anna@reuters.example.com"}
    assert ctx.service(OutboxService).list() == []
