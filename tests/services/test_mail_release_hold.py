"""Nothing leaves unapproved, the outbox included. A release approved with an embargo is
queued to a 30-person list while the mail server is down; the release is edited (approval void) and
"Send now" sends nothing: the 30 messages are held. Re-approved and rebuilt, they go out with the new
PDF and the new embargo notice (read back with pypdf and the standard library's mail parser)."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
import tests.support.smtp as loopback
from pypdf import PdfReader
from tests.support.outbox import configure

from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.core.errors import ValidationError
from commdesk.core.releases import gate
from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.core.releases.workflow import Action, State
from commdesk.services.audit import AuditService
from commdesk.services.contacts.lists import ContactListService
from commdesk.services.contacts.service import ContactService
from commdesk.services.mail.outbox import HELD, QUEUED
from commdesk.services.mail.sending import AlreadySent, ReleaseMailer
from commdesk.services.releases.export import ReleaseExportService
from commdesk.services.releases.gate import GateClosed
from commdesk.services.releases.service import ReleaseService
from commdesk.services.settings import OrgSettings, SettingsService

smtp_certificate, smtp_server_factory, smtp_server = (
    loopback.smtp_certificate,
    loopback.smtp_server_factory,
    loopback.smtp_server,
)
NOW = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)
EMBARGO = datetime(2026, 3, 12, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
NEW_EMBARGO = datetime(2026, 3, 13, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai


def _pdf_text(data: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages).replace("\n", "")


def _plain(msg) -> str:
    return msg.get_body(preferencelist=("plain",)).get_content()


@pytest.fixture
def desk(ctx, people, as_person, smtp_server, tmp_path):
    ctx.clock = lambda: NOW
    ctx.service(SettingsService).save_organisation(OrgSettings(name="华信科技"))
    contacts = ctx.service(ContactService)
    ids = [
        contacts.create(
            ContactRecord(
                full_name=f"记者{n:02d}",
                outlet="新华社",
                language="zh",
                emails=[Email("work", f"r{n:02d}@media.example.cn")],
            )
        ).id
        for n in range(30)
    ]
    lists = ctx.service(ContactListService)
    press = lists.create_static("三十家媒体")
    lists.add(press.id, ids)
    svc = ctx.service(ReleaseService)
    as_person(people["officer"])
    r = svc.create(
        ReleaseEdit(
            ReleaseContent(
                title="华信发布新平台",
                body_markdown="旧版正文：平台今日上线。",
                dateline_city="上海",
                dateline_date=date(2026, 3, 10),
                language="zh",
                embargo=EMBARGO,
            ),
            embargo_tz="Asia/Shanghai",
            reviewer_ids=(people["reviewer"].id,),
            lists=((press.id, "三十家媒体"),),
        )
    )
    svc.act(r.id, Action.SUBMIT, note="请审")
    as_person(people["reviewer"])
    svc.act(r.id, Action.APPROVE)
    as_person(people["admin"])
    outbox = configure(ctx, smtp_server, tmp_path)
    as_person(people["officer"])
    return {"id": r.id, "outbox": outbox, "svc": svc}


def test_edited_release_is_held_then_rebuilt_and_sent_with_the_new_pdf(
    ctx, people, as_person, desk, smtp_server
):
    svc, outbox, mailer = desk["svc"], desk["outbox"], ctx.service(ReleaseMailer)
    smtp_server.stop()  # the server cannot be reached
    ids = mailer.send_to_lists(desk["id"])
    assert len(ids) == 30
    summary = outbox.send_pending()
    assert summary.sent == 0 and summary.remaining == 30 and summary.stopped_reason
    assert outbox.counts()[QUEUED] == 30

    release = svc.get(desk["id"])  # edited: the approval is void
    edited = release.edit(
        content=release.content.__class__(
            **{
                **release.content.__dict__,
                "body_markdown": "新版正文：平台下月上线。",
                "embargo": NEW_EMBARGO,
            }
        )
    )
    release = svc.save(desk["id"], edited, release.version)
    assert release.state is State.IN_REVIEW
    assert outbox.counts()[HELD] == 30  # held by the edit, shown at once

    smtp_server.start()
    summary = outbox.send_pending()  # "Send now"
    assert summary.sent == 0 and summary.held == 30
    assert smtp_server.messages == []
    items = outbox.list(HELD)
    assert len(items) == 30 and all(i.held_reason == gate.HOLD_CHANGED for i in items)
    assert "no longer approved" in items[0].held_text
    assert outbox.send_pending().sent == 0  # held stays held
    with pytest.raises(GateClosed):  # not before it is approved again
        mailer.rebuild_held(ids)

    as_person(people["reviewer"])
    svc.act(desk["id"], Action.APPROVE)
    as_person(people["officer"])
    assert sorted(i.id for i in mailer.held(desk["id"])) == sorted(ids)
    assert mailer.rebuild_held(ids) == 30
    assert outbox.counts()[QUEUED] == 30
    summary = outbox.send_pending()
    assert summary.sent == 30 and summary.held == 0
    assert len({a for m in smtp_server.messages for a in m.rcpt_tos}) == 30
    for m in smtp_server.messages[:3]:
        msg = m.message
        [pdf] = [a for a in msg.iter_attachments() if a.get_content_type() == "application/pdf"]
        text = _pdf_text(pdf.get_content())
        assert "新版正文" in text and "旧版正文" not in text
        body = _plain(msg)
        assert "新版正文" in body and "旧版正文" not in body
        assert "2026-03-13 09:00" in body and "2026-03-12 10:00" not in body  # the new embargo notice
    audit = ctx.service(AuditService)
    for i in ids:  # the audit log says so, per message
        actions = [e.action for e in audit.history("mail_outbox", i)]
        assert "hold" in actions and "rebuild" in actions


def test_a_release_withdrawn_meanwhile_holds_its_mail_and_can_only_be_cancelled(ctx, desk):
    svc, outbox, mailer = desk["svc"], desk["outbox"], ctx.service(ReleaseMailer)
    ids = mailer.send_to_lists(desk["id"])
    svc.act(desk["id"], Action.WITHDRAW, note="撤回")
    assert outbox.send_pending().held == 30
    assert {i.held_reason for i in outbox.list(HELD)} == {gate.HOLD_WITHDRAWN}
    with pytest.raises(ValidationError):
        outbox.retry(ids[:1])
    assert outbox.cancel(ids) == 30 and outbox.counts()[HELD] == 0


def test_sending_again_to_people_who_have_it_needs_again(ctx, desk):
    outbox, mailer = desk["outbox"], ctx.service(ReleaseMailer)
    mailer.send_to_lists(desk["id"])
    assert outbox.send_pending().sent == 30
    preview = mailer.preview(desk["id"])
    assert len(preview.already) == 30 and preview.already[0][2] == "sent"
    with pytest.raises(AlreadySent) as caught:
        mailer.send_to_lists(desk["id"])
    assert "记者00" in str(caught.value) and len(caught.value.repeated) == 30
    assert outbox.counts()[QUEUED] == 0
    assert len(mailer.send_to_lists(desk["id"], again=True)) == 30


def test_every_path_out_asks_the_gate(ctx, people, as_person, desk, tmp_path):
    """A Draft cannot leave as .eml, text or HTML; its PDF (watermarked) is still possible for review;
    an unsent message whose release moved on cannot be exported from the outbox either."""
    svc, outbox, mailer = desk["svc"], desk["outbox"], ctx.service(ReleaseMailer)
    exporter = ctx.service(ReleaseExportService)
    [queued] = mailer.send_to_lists(desk["id"], personalised=False)
    draft = svc.create(ReleaseEdit(ReleaseContent(title="草稿", body_markdown="内部", language="zh")))
    for fmt in ("txt", "html"):
        with pytest.raises(GateClosed):
            exporter.export(draft.id, tmp_path / f"d.{fmt}", fmt)
    with pytest.raises(GateClosed):
        exporter.export_eml(draft.id, tmp_path, [("张伟", "zhang@example.cn")])
    with pytest.raises(GateClosed):
        mailer.send_to_lists(draft.id)
    pdf = exporter.export(draft.id, tmp_path / "d.pdf", "pdf")
    assert pdf.exists() and list(tmp_path.glob("*.eml")) == [] and not (tmp_path / "d.txt").exists()
    assert len(outbox.export_eml([queued], tmp_path)) == 1  # still the approved text: fine
    release = svc.get(desk["id"])
    svc.save(
        release.id,
        release.edit(
            content=release.content.__class__(**{**release.content.__dict__, "title": "改过的标题"})
        ),
        release.version,
    )
    later = tmp_path / "later"
    later.mkdir()
    with pytest.raises(ValidationError) as caught:
        outbox.export_eml([queued], later)
    assert "cannot be exported" in str(caught.value) and list(later.iterdir()) == []
    assert outbox.get(queued).status == HELD  # held by the edit itself


def _edit_body(svc, release_id: int, body: str):
    release = svc.get(release_id)
    return svc.save(
        release_id,
        release.edit(
            content=release.content.__class__(**{**release.content.__dict__, "body_markdown": body})
        ),
        release.version,
    )


def test_reapproval_before_anyone_pressed_send_finds_the_held_messages(
    ctx, people, as_person, desk, smtp_server
):
    """The edit itself holds the queued mail (not only the next Send now), so the outbox and Home show
    it at once and re-approval offers to rebuild it."""
    svc, outbox, mailer = desk["svc"], desk["outbox"], ctx.service(ReleaseMailer)
    ids = mailer.send_to_lists(desk["id"])
    _edit_body(svc, desk["id"], "新版正文：平台下月上线。")
    assert outbox.counts()[QUEUED] == 0 and outbox.counts()[HELD] == 30
    assert {e.action for e in ctx.service(AuditService).history("mail_outbox", ids[0])} >= {"hold"}
    as_person(people["reviewer"])
    svc.act(desk["id"], Action.APPROVE)
    assert sorted(i.id for i in mailer.held(desk["id"])) == sorted(ids)  # what the window offers
    as_person(people["officer"])
    assert mailer.rebuild_held(ids) == 30
    summary = outbox.send_pending()
    assert summary.sent == 30 and summary.held == 0
    assert all("新版正文" in _plain(m.message) for m in smtp_server.messages)


def test_a_release_edited_while_the_server_is_being_reached_is_held_not_sent(
    ctx, people, as_person, desk, smtp_server
):
    """The claim checks the release, then connecting takes a while; a colleague saves an edit in
    between. The message is checked again right before it is handed over: held, nothing sent."""
    svc, outbox, mailer = desk["svc"], desk["outbox"], ctx.service(ReleaseMailer)
    ids = mailer.send_to_lists(desk["id"], personalised=False)
    real_open = outbox._open

    def slow_connect(*args):
        transport = real_open(*args)
        if svc.get(desk["id"]).state is State.APPROVED:  # meanwhile, at another desk
            _edit_body(svc, desk["id"], "连接期间改过的正文。")
        return transport

    outbox._open = slow_connect
    summary = outbox.send_pending()
    assert summary.sent == 0 and summary.held == 1 and smtp_server.messages == []
    assert outbox.get(ids[0]).status == HELD and outbox.get(ids[0]).held_reason == gate.HOLD_CHANGED


def test_a_release_message_that_names_no_version_is_held(ctx, desk, tmp_path):
    """Fail closed: a message kept with a release but without the version it carries (queued by
    any other path) is never taken for the approved text."""
    outbox, mailer = desk["outbox"], ctx.service(ReleaseMailer)
    draft = mailer.draft(desk["id"], personalised=False)
    [mid] = outbox.queue(draft, "releases", desk["id"], kind="release")
    with pytest.raises(ValidationError, match="cannot be exported"):
        outbox.export_eml([mid], tmp_path)
    summary = outbox.send_pending()
    assert summary.sent == 0 and summary.held == 1
    assert (
        outbox.get(mid).held_reason == gate.HOLD_UNVERSIONED and "which version" in outbox.get(mid).held_text
    )
    assert mailer.rebuild_held([mid]) == 1  # rebuilt from the approved text, it goes
    assert outbox.send_pending().sent == 1


def test_an_archived_release_holds_its_mail_and_says_so(ctx, people, as_person, desk, tmp_path):
    """Archived is not 'changes requested': the reason and the gate's sentence name what happened and
    do not ask for an approval that can no longer come."""
    svc, outbox, mailer = desk["svc"], desk["outbox"], ctx.service(ReleaseMailer)
    ids = mailer.send_to_lists(desk["id"], personalised=False)
    ctx.clock = lambda: EMBARGO + (EMBARGO - NOW)  # after the embargo
    svc.act(desk["id"], Action.PUBLISH)
    as_person(people["admin"])
    svc.act(desk["id"], Action.ARCHIVE)
    as_person(people["officer"])
    assert outbox.get(ids[0]).status == HELD and outbox.get(ids[0]).held_reason == gate.HOLD_ARCHIVED
    assert "archived" in outbox.get(ids[0]).held_text and "Approve" not in outbox.get(ids[0]).held_text
    with pytest.raises(GateClosed, match="archived") as caught:
        ctx.service(ReleaseExportService).export(desk["id"], tmp_path / "a.txt", "txt")
    assert "approved first" not in str(caught.value)


def test_the_workflows_embargo_messages_name_the_embargos_own_zone(ctx, desk):
    """The refusal to publish early says 10:00 (Asia/Shanghai, UTC+08:00) like the heading, not 02:00 UTC."""
    with pytest.raises(ValidationError) as caught:
        desk["svc"].act(desk["id"], Action.PUBLISH)
    assert "2026-03-12 10:00" in str(caught.value) and "UTC+08:00" in str(caught.value)
    assert "02:00" not in str(caught.value)
