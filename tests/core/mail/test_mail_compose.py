import datetime as dt
from email import message_from_bytes, policy

import icalendar
import pytest

from commdesk.core.errors import ValidationError
from commdesk.core.mail.account import SmtpAccount
from commdesk.core.mail.attachment import Attachment
from commdesk.core.mail.compose import CalendarInvite, Delivery, Draft, check, compose, to_eml_bytes
from commdesk.core.mail.merge import Recipient
from commdesk.core.rules import Level

ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//commdesk//meetings//ZH\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:meeting-42@example.org\r\nDTSTAMP:20231118T010000Z\r\n"
    "DTSTART:20231120T020000Z\r\nDTEND:20231120T030000Z\r\nSUMMARY:新品发布会筹备会\r\n"
    "ORGANIZER;CN=王芳:mailto:officer@example.org\r\nATTENDEE;CN=张三:mailto:a@example.org\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


@pytest.fixture
def account():
    return SmtpAccount(
        "smtp.example.org",
        587,
        "starttls",
        "officer@example.org",
        "市场部 王芳",
        "officer@example.org",
        reply_to="press@example.org",
        signature="王芳\n市场部",
    )


def people():
    return [
        Recipient("a@example.org", "张三", "尊敬的张老师", "新华社", key=1),
        Recipient("b@example.org", "李四", "尊敬的李老师", "人民日报", key=2),
        Recipient("c@example.org", "Chris Lee", "Dear Chris", "Reuters", key=3),
    ]


def parse(msg):
    return message_from_bytes(to_eml_bytes(msg), policy=policy.default)


def plain(msg) -> str:
    """The text part as a reader sees it (MIME text travels with CRLF line ends)."""
    return msg.get_body(("plain",)).get_content().replace("\r\n", "\n")


def test_merge_gives_one_personal_message_per_recipient(account):
    draft = Draft(
        "【项目A】新品发布-20231120",
        "{{ salutation }}：\n\n请见附件新闻稿（{{ outlet }}）。",
        people(),
        attachments=[Attachment("新闻稿-新品发布-20231120.pdf", b"%PDF-1.4 x")],
    )
    assert [f for f in check(draft, account) if f.level is not Level.OK] == []
    mails = compose(draft, account, now=dt.datetime(2023, 11, 20, 9, 0, tzinfo=dt.UTC))
    assert [m.envelope_to for m in mails] == [("a@example.org",), ("b@example.org",), ("c@example.org",)]
    assert [m.recipient_keys for m in mails] == [(1,), (2,), (3,)]
    assert len({m.message_id for m in mails}) == 3
    for mail, person in zip(mails, people(), strict=False):
        msg = parse(mail.message)
        assert msg["Message-ID"] == mail.message_id and mail.message_id.endswith("@example.org>")
        assert msg["To"].addresses[0].addr_spec == person.address
        assert msg["To"].addresses[0].display_name == person.name
        assert msg["Cc"] is None and msg["Bcc"] is None
        assert msg["From"].addresses[0].display_name == "市场部 王芳"
        assert str(msg["Reply-To"]) == "press@example.org"
        assert msg["Date"].datetime == dt.datetime(2023, 11, 20, 9, 0, tzinfo=dt.UTC)
        text = plain(msg)
        assert text.startswith(person.salutation + "：") and person.outlet in text
        assert text.rstrip().endswith("-- \n王芳\n市场部")
        other = {p.address for p in people()} - {person.address}
        assert not any(a in to_eml_bytes(mail.message).decode("ascii", "replace") for a in other)
        [att] = list(msg.iter_attachments())
        assert att.get_filename() == "新闻稿-新品发布-20231120.pdf"


def test_without_personalisation_everyone_is_in_bcc(account):
    draft = Draft("【重要通知】-办公室搬迁", "各位同事：下周一起在新址办公。", people(), Delivery.BCC)
    [mail] = compose(draft, account)
    msg = parse(mail.message)
    assert [a.addr_spec for a in msg["To"].addresses] == ["officer@example.org"]
    assert {a.addr_spec for a in msg["Bcc"].addresses} == {p.address for p in people()}
    assert set(mail.envelope_to) == {p.address for p in people()} | {"officer@example.org"}  # own copy


def test_unknown_and_misplaced_placeholders_are_reported_before_sending(account):
    draft = Draft("【项目A】邀请-20231120", "{{ salutaton }}：您好", people())
    findings = check(draft, account)
    assert any(f.blocking and "salutaton" in f.message for f in findings)
    with pytest.raises(ValidationError, match="salutaton"):
        compose(draft, account)
    bcc = Draft("【项目A】邀请-20231120", "{{ name }}：您好", people(), Delivery.BCC)
    assert any(f.blocking for f in check(bcc, account))
    broken = Draft("【项目A】邀请-20231120", "{{ name ", people())
    assert check(broken, account)[0].blocking


def test_the_sandbox_keeps_templates_away_from_python(account):
    draft = Draft("【项目A】邀请-20231120", "{{ name.__class__.__mro__ }}", people()[:1])
    with pytest.raises(ValidationError):
        compose(draft, account)


def test_extra_fields_fallbacks_and_empty_values(account):
    people_ = [Recipient("a@example.org", "张三", "", fields={"event": "发布会"}), Recipient("b@example.org")]
    draft = Draft(
        "【项目A】{{ event or '活动' }}-20231120",
        '{{ salutation or "您好" }}，欢迎参加{{ event }}。',
        people_,
    )
    findings = check(draft, account)
    assert [f.level for f in findings if f.rule == "EM-3" and "salutation" in f.message] == [Level.WARN]
    mails = compose(draft, account)
    assert plain(parse(mails[0].message)).startswith("您好，欢迎参加发布会。")
    assert parse(mails[0].message)["Subject"] == "【项目A】发布会-20231120"
    assert parse(mails[1].message)["Subject"] == "【项目A】活动-20231120"


def test_direct_mail_shows_to_and_cc_and_warns_on_too_many(account):
    draft = Draft(
        "【项目A】会议纪要-20231120",
        "纪要见附件。",
        people(),
        Delivery.DIRECT,
        cc=["boss@example.org"],
        attachments=[Attachment("会议纪要-项目A-20231120.pdf", b"%PDF")],
    )
    [mail] = compose(draft, account)
    msg = parse(mail.message)
    assert len(msg["To"].addresses) == 3 and str(msg["Cc"]) == "boss@example.org"
    assert "boss@example.org" in mail.envelope_to
    crowd = [Recipient(f"p{i}@example.org") for i in range(12)]
    assert any(
        f.level is Level.WARN and f.rule == "EM-2"
        for f in check(Draft("【项目A】会议纪要-20231120", "x", crowd, Delivery.DIRECT), account)
    )


def test_cc_on_a_bulk_send_is_blocked(account):
    draft = Draft("【项目A】新闻稿-20231120", "x", people(), Delivery.PERSONAL, cc=["boss@example.org"])
    assert any(f.blocking and f.rule == "EM-2" for f in check(draft, account))


def test_attachments_must_be_named_clearly_and_mentioned(account):
    draft = Draft(
        "【项目A】周报-20231120",
        "本周进展如下。",
        people()[:1],
        attachments=[Attachment("附件1.docx", b"x"), Attachment("IMG_2041.JPG", b"x")],
    )
    warnings = [f for f in check(draft, account) if f.rule == "EM-3" and f.level is Level.WARN]
    assert len(warnings) == 2
    assert "附件1.docx" in warnings[0].message and "IMG_2041.JPG" in warnings[0].message
    named = Draft(
        "【项目A】周报-20231120",
        "请查收周报-项目A。",
        people()[:1],
        attachments=[Attachment("周报-项目A.docx", b"x")],
    )
    assert not [f for f in check(named, account) if f.rule == "EM-3" and f.level is Level.WARN]


def test_attachment_names_are_made_safe(account):
    draft = Draft(
        "【项目A】周报-20231120",
        "附件为周报。",
        people()[:1],
        attachments=[Attachment("../../etc/新闻稿\n2023.pdf", b"x")],
    )
    [att] = list(parse(compose(draft, account)[0].message).iter_attachments())
    assert att.get_filename() == "新闻稿 2023.pdf"
    assert att.get_content_type() == "application/pdf"


def test_calendar_invitation_as_alternative_and_as_attachment(account):
    draft = Draft(
        "【项目A】会议邀请-20231120",
        "{{ salutation }}：诚邀您参加筹备会，详见日历邀请。",
        people()[:1],
        invite=CalendarInvite(ICS),
    )
    msg = parse(compose(draft, account)[0].message)
    cal = next(p for p in msg.walk() if p.get_content_type() == "text/calendar")
    assert cal.get_param("method") == "REQUEST" and cal.get_content_charset() == "utf-8"
    assert cal.get_content_disposition() is None
    assert "multipart/alternative" in [p.get_content_type() for p in msg.walk()]
    event = icalendar.Calendar.from_ical(cal.get_content()).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "新品发布会筹备会"
    [ics] = [a for a in msg.iter_attachments() if a.get_filename() == "invite.ics"]
    assert (
        icalendar.Calendar.from_ical(ics.get_content()).walk("VEVENT")[0]["UID"] == "meeting-42@example.org"
    )
    cancel = CalendarInvite(ICS.replace("METHOD:REQUEST", "METHOD:CANCEL"))
    assert cancel.method == "CANCEL"


def test_embargo_notice_comes_first(account):
    draft = Draft(
        "【项目A】新闻稿-20231120", "正文", people()[:1], embargo="禁发至 2023-11-20 10:00（北京时间）"
    )
    text = plain(parse(compose(draft, account)[0].message))
    assert text.splitlines()[1] == "禁发至 2023-11-20 10:00（北京时间）"
    assert text.index("禁发至") < text.index("正文")


def test_eml_file_opens_as_a_draft_with_bcc_kept(account):
    [mail] = compose(Draft("【重要通知】-停电", "明天停电。", people(), Delivery.BCC), account)
    data = to_eml_bytes(mail.message, unsent=True)
    msg = message_from_bytes(data, policy=policy.default)
    assert msg["X-Unsent"] == "1" and msg["Bcc"] is not None
    assert b"\r\n" in data and mail.message["X-Unsent"] is None


def test_invalid_and_duplicate_recipients(account):
    draft = Draft(
        "【项目A】新闻稿-20231120",
        "x",
        [Recipient("a@example.org"), Recipient("A@example.org"), Recipient("broken@")],
    )
    findings = check(draft, account)
    assert any(f.blocking and "broken@" in f.message for f in findings)
    ok = Draft("【项目A】新闻稿-20231120", "x", [Recipient("a@example.org"), Recipient("A@example.org")])
    assert len(compose(ok, account)) == 1


def test_long_lists_of_chinese_names_keep_every_address(account):
    names = ["张三", "李四", "王五", "赵六", "钱七", "孙八", "周九", "吴十"]
    crowd = [Recipient(f"p{i}@example.org", n) for i, n in enumerate(names)]
    [mail] = compose(Draft("【项目A】会议纪要-20231120", "x", crowd, Delivery.DIRECT), account)
    to = parse(mail.message)["To"].addresses
    assert [(a.display_name, a.addr_spec) for a in to] == [(r.name, r.address) for r in crowd]


def test_the_signature_tip_only_when_nothing_will_sign_the_mail(account):
    from dataclasses import replace

    unsigned = replace(account, signature="")
    tip = "add your signature"
    plain = Draft("【项目A】周报-20231120", "本周进展如下。", people()[:1])
    assert any(tip in f.message for f in check(plain, unsigned) if f.rule == "EM-3")
    # a mail that signs itself (an announcement by its owner, minutes by the organiser) needs no tip
    signed = replace(plain, signature="王芳\n品牌传播部")
    assert not any(tip in f.message for f in check(signed, unsigned) if f.rule == "EM-3")
