"""Press releases to distribution lists through the outbox, received by the loopback SMTP server
(STARTTLS + AUTH) and read back with the standard library's parser (``email.policy.default``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from email import message_from_bytes, policy

import pytest
import tests.support.smtp as loopback
from tests.support.outbox import configure

from commdesk.core.contacts.records import ContactRecord, Email, Status
from commdesk.core.errors import ValidationError
from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.core.releases.workflow import Action
from commdesk.services.contacts.lists import ContactListService
from commdesk.services.contacts.service import ContactService
from commdesk.services.mail.outbox import NeedsOverride
from commdesk.services.mail.sending import ReleaseMailer, mail_language, salutation
from commdesk.services.releases.service import ReleaseService
from commdesk.services.settings import OrgSettings, SettingsService

# the loopback server's fixtures (STARTTLS + AUTH)
smtp_certificate, smtp_server_factory, smtp_server = (
    loopback.smtp_certificate,
    loopback.smtp_server_factory,
    loopback.smtp_server,
)
NOW = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)
EMBARGO = datetime(2026, 3, 12, 2, 0, tzinfo=UTC)
SENDABLE = {"zhang@xinhua.example.cn", "anna@reuters.example.com", "li@thepaper.example.cn"}


@pytest.fixture
def desk(ctx, people, as_person, smtp_server, tmp_path):
    """An approved, embargoed release whose two lists hold mailable, do-not-contact, bounced and
    address-less contacts (one contact on both lists)."""
    clock = {"t": NOW}
    ctx.clock = lambda: clock["t"]
    ctx.service(SettingsService).save_organisation(
        OrgSettings(name="华信科技", boilerplate="华信科技成立于2008年。")
    )
    contacts = ctx.service(ContactService)

    def person(name, address="", language="zh", **kw):
        return contacts.create(
            ContactRecord(
                full_name=name,
                outlet=kw.pop("outlet", "新华社"),
                language=language,
                emails=[Email("work", address)] if address else [],
                **kw,
            )
        ).id

    ids = {
        "zhang": person("张伟", "zhang@xinhua.example.cn"),
        "anna": person("Anna Berg", "anna@reuters.example.com", "English", outlet="Reuters"),
        "li": person("李娜", "li@thepaper.example.cn", "", outlet="澎湃新闻"),
        "dnc": person("王丽", "wang@caixin.example.cn"),
        "bounced": person("赵强", "zhao@eeo.example.cn", status=Status.BOUNCED),
        "none": person("孙磊", wechat="sunlei_wx"),
    }
    contacts.set_do_not_contact(ids["dnc"], "email", "本人要求不再接收新闻稿")
    lists = ctx.service(ContactListService)
    tech = lists.create_static("科技媒体")
    lists.add(tech.id, [ids["zhang"], ids["anna"], ids["dnc"], ids["bounced"]])
    wire = lists.create_static("通讯社")
    lists.add(wire.id, [ids["zhang"], ids["li"], ids["none"]])
    svc = ctx.service(ReleaseService)
    as_person(people["officer"])
    r = svc.create(
        ReleaseEdit(
            ReleaseContent(
                title="华信发布工业物联网平台 {{ 不是占位符 }}",
                body_markdown="华信今日发布新平台。\n\n第二段：背景。",
                dateline_city="上海",
                dateline_date=date(2026, 3, 10),
                language="zh",
                embargo=EMBARGO,
            ),
            embargo_tz="Asia/Shanghai",
            reviewer_ids=(people["reviewer"].id,),
            lists=((tech.id, "科技媒体"), (wire.id, "通讯社")),
        )
    )
    svc.act(r.id, Action.SUBMIT, note="请审")
    as_person(people["reviewer"])
    svc.act(r.id, Action.APPROVE)
    as_person(people["admin"])
    outbox = configure(ctx, smtp_server, tmp_path)
    as_person(people["officer"])
    return {
        "release": svc.get(r.id),
        "ids": ids,
        "outbox": outbox,
        "clock": clock,
        "lists": (tech.id, wire.id),
    }


def _plain(msg) -> str:
    return msg.get_body(preferencelist=("plain",)).get_content()


def test_a_release_arrives_personalised_and_nobody_sees_another(ctx, desk, people, smtp_server):
    mailer = ctx.service(ReleaseMailer)
    preview = mailer.preview(desk["release"].id)
    assert {r.address for r in preview.recipients} == SENDABLE  # 张伟 on both lists: once
    assert sorted(n for n, _ in preview.left_out) == ["孙磊", "王丽", "赵强"]
    assert not preview.blocking and preview.list_names == ["科技媒体", "通讯社"]
    ids = mailer.send_to_lists(desk["release"].id)
    assert len(ids) == 3
    assert desk["outbox"].send_pending().sent == 3
    got = smtp_server.messages
    assert {a for m in got for a in m.rcpt_tos} == SENDABLE
    for m in got:
        [rcpt] = m.rcpt_tos
        msg = message_from_bytes(m.data, policy=policy.default)
        assert [a.addr_spec for a in msg["To"].addresses] == [rcpt]
        assert msg["Cc"] is None and msg["Bcc"] is None
        others = SENDABLE - {rcpt}
        assert not any(o.encode() in m.data for o in others)  # in no header, in no part
        text = _plain(msg)
        expected = {
            "zhang@xinhua.example.cn": "尊敬的张伟：",
            "anna@reuters.example.com": "Dear Anna Berg,",
            "li@thepaper.example.cn": "尊敬的李娜：",
        }[rcpt]  # 李娜 has no language: the release's
        assert expected in text and "华信今日发布新平台。" in text and "{{ 不是占位符 }}" in text
        # signed by the release's owner (their department where they have one: the team desk's
        # people have none) and the organisation, not by the account's holder (EM-3)
        unit = " · ".join(p for p in (people["officer"].department, "华信科技") if p)
        assert text.replace("\r\n", "\n").rstrip().endswith(f"-- \n李明 Li Ming\n{unit}")
        assert "010-12345678" not in text
        [pdf] = [a for a in msg.iter_attachments() if a.get_content_type() == "application/pdf"]
        assert pdf.get_content().startswith(b"%PDF") and pdf.get_filename().startswith("PR-2026-001")
        assert str(msg["Subject"]).startswith("【新闻稿】华信发布工业物联网平台") and str(
            msg["Subject"]
        ).endswith("-20260310")


def test_the_embargo_notice_stands_at_the_top_until_published(ctx, desk, smtp_server):
    mailer = ctx.service(ReleaseMailer)
    mailer.send_to_lists(desk["release"].id, list_ids=[desk["lists"][1]])
    desk["outbox"].send_pending()
    for m in smtp_server.messages:
        text = _plain(m.message)
        assert text.index("【禁发】本新闻稿在") < text.index("尊敬的")
    # after the embargo and publication the notice is gone
    desk["clock"]["t"] = EMBARGO + timedelta(hours=1)
    svc = ctx.service(ReleaseService)
    svc.act(desk["release"].id, Action.PUBLISH)
    smtp_server.messages.clear()
    mailer.send_to_lists(desk["release"].id, list_ids=[desk["lists"][1]], again=True)  # they had it
    assert desk["outbox"].send_pending().sent == 2
    assert all("禁发" not in _plain(m.message) for m in smtp_server.messages)


def test_bcc_mode_shows_no_recipient_to_another(ctx, desk, smtp_server):
    mailer = ctx.service(ReleaseMailer)
    assert not mailer.preview(desk["release"].id, personalised=False).blocking
    assert len(mailer.send_to_lists(desk["release"].id, personalised=False)) == 1
    assert desk["outbox"].send_pending().sent == 1
    [m] = smtp_server.messages
    assert set(m.rcpt_tos) == SENDABLE | {"officer@example.org"}
    msg = message_from_bytes(m.data, policy=policy.default)
    assert [a.addr_spec for a in msg["To"].addresses] == ["officer@example.org"]
    assert msg["Cc"] is None and msg["Bcc"] is None
    assert not any(a.encode() in m.data for a in SENDABLE)
    text = _plain(msg)
    # the release's words exactly as approved: braces as written, nothing slipped in between them
    assert "各位媒体朋友：" in text and "{{ 不是占位符 }}" in text and "\u200b" not in text
    # Bcc reaches everyone: everyone's history has it
    contacts = ctx.service(ContactService)
    for key in ("zhang", "anna", "li"):
        assert [h.kind for h in contacts.history(desk["ids"][key])] == ["mailing"]


def test_do_not_contact_bounced_and_addressless_get_nothing_and_are_reported(ctx, desk, smtp_server):
    mailer = ctx.service(ReleaseMailer)
    preview = mailer.preview(desk["release"].id)
    reasons = dict(preview.left_out)
    assert "do not contact by e-mail" in reasons["王丽"] and "本人要求不再接收新闻稿" in reasons["王丽"]
    assert reasons["赵强"] == "e-mail bounced" and reasons["孙磊"] == "no e-mail address"
    mailer.send_to_lists(desk["release"].id)
    desk["outbox"].send_pending()
    received = (
        b"".join(m.data for m in smtp_server.messages)
        + " ".join(a for m in smtp_server.messages for a in m.rcpt_tos).encode()
    )
    assert b"wang@caixin.example.cn" not in received and b"zhao@eeo.example.cn" not in received
    contacts = ctx.service(ContactService)
    for key in ("dnc", "bounced", "none"):
        assert contacts.history(desk["ids"][key]) == []


def test_each_recipient_history_gets_the_mailing_once_sent(ctx, desk, smtp_server):
    mailer = ctx.service(ReleaseMailer)
    contacts = ctx.service(ContactService)
    mailer.send_to_lists(desk["release"].id)
    assert contacts.history(desk["ids"]["zhang"]) == []  # queued is not sent
    desk["outbox"].send_pending()
    for key in ("zhang", "anna", "li"):
        [h] = contacts.history(desk["ids"][key])
        assert h.kind == "mailing" and h.release_id == desk["release"].id and h.channel == "email"
        assert "华信发布工业物联网平台" in h.summary and h.when == NOW
    assert [i.kind for i in desk["outbox"].for_record("releases", desk["release"].id)] == ["release"] * 3


def test_a_draft_is_refused_with_a_clear_message(ctx, desk, people):
    svc = ctx.service(ReleaseService)
    draft = svc.create(
        ReleaseEdit(
            ReleaseContent(title="还在写的新闻稿", body_markdown="正文", language="zh"),
            lists=desk["release"].lists,
        )
    )
    mailer = ctx.service(ReleaseMailer)
    for call in (lambda: mailer.send_to_lists(draft.id), lambda: mailer.preview(draft.id)):
        with pytest.raises(ValidationError) as err:
            call()
        assert "only approved, scheduled or published" in str(err.value) and draft.reference in str(err.value)
    assert desk["outbox"].list() == []


def test_a_vague_title_needs_a_reason_and_no_lists_is_explained(ctx, desk, people, as_person):
    from commdesk.core.mail.compose import Delivery, Draft

    # EM-1 on the subject the mailer builds: a subject override path exists through NeedsOverride
    mailer = ctx.service(ReleaseMailer)
    with pytest.raises(ValidationError, match="distribution lists"):
        mailer.send_to_lists(desk["release"].id, list_ids=[])
    draft = mailer.draft(desk["release"].id)
    assert draft.delivery is Delivery.PERSONAL and isinstance(draft, Draft)
    vague = Draft("hello", draft.body, draft.recipients, draft.delivery, attachments=draft.attachments)
    with pytest.raises(NeedsOverride):
        desk["outbox"].queue(vague, "releases", desk["release"].id, kind="release")


def test_salutations_follow_the_contacts_language():
    assert mail_language("zh-CN", "en") == "zh" and mail_language("中文", "en") == "zh"
    assert mail_language("English", "zh") == "en" and mail_language("en_GB", "zh") == "en"
    assert mail_language("", "en") == "en" and mail_language("de", "zh") == "zh"
    assert salutation("王伟", "zh") == "尊敬的王伟：" and salutation("Anna Berg", "en") == "Dear Anna Berg,"
    assert salutation("", "zh") == "您好："


def test_opening_the_database_again_keeps_each_after_send_step_single(ctx, desk, smtp_server, db_url):
    """Each opening of a database plugs the areas into the outbox (the window switching databases,
    a command after the demo): the contact's history still gets one entry per message, and a
    release edited after queueing is still held."""
    from commdesk.bootstrap import open_database

    for _ in range(2):
        open_database(db_url, migrate=False).ctx.engine.dispose()
    mailer = ctx.service(ReleaseMailer)
    contacts = ctx.service(ContactService)
    mailer.send_to_lists(desk["release"].id)
    assert desk["outbox"].send_pending().sent == 3
    for key in ("zhang", "anna", "li"):
        assert [h.kind for h in contacts.history(desk["ids"][key])] == ["mailing"]
    mailer.send_to_lists(desk["release"].id, again=True)
    svc = ctx.service(ReleaseService)
    release = svc.get(desk["release"].id)
    svc.save(
        release.id, release.edit(content=replace(release.content, title="华信平台（更新）")), release.version
    )
    assert len(mailer.held(release.id)) == 3
    assert desk["outbox"].send_pending().sent == 0


def test_the_releases_eml_files_carry_its_braces_as_written(ctx, desk, tmp_path):
    from commdesk.services.releases.export import ReleaseExportService

    folder = tmp_path / "eml"
    folder.mkdir()
    written = ctx.service(ReleaseExportService).export_eml(
        desk["release"].id, folder, [("张伟", "zhang@xinhua.example.cn")]
    )
    [path] = written
    msg = message_from_bytes(path.read_bytes(), policy=policy.default)
    assert "{{ 不是占位符 }}" in str(msg["Subject"]) and "\u200b" not in str(msg["Subject"])
    assert "{{ 不是占位符 }}" in _plain(msg)
