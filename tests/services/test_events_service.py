"""Media events (MD-2) through the services on a real database: the invitation list from contact
lists (who may not be mailed left out and named), the review before anything leaves, one
invitation per invitee through the loopback SMTP server (read back with the standard library's
parser and the calendar file with vobject), an edit holding what was queued, answers by hand and
from replies, the check-in and the follow-up with the accompanied release's coverage."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
import tests.support.smtp as loopback
import vobject
from tests.support.outbox import configure

from commdesk.core.contacts.records import ContactRecord, Email, Status
from commdesk.core.errors import ConflictError, PermissionDenied, ValidationError
from commdesk.core.events.records import EventEdit, RsvpStatus
from commdesk.core.events.rsvp import token_in
from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import Coverage, ReleaseEdit
from commdesk.services.audit import AuditService
from commdesk.services.contacts.lists import ContactListService
from commdesk.services.contacts.service import ContactService
from commdesk.services.events.invitations import EventInvitationMailer
from commdesk.services.events.replies import EventReplyService
from commdesk.services.events.review import EventReview
from commdesk.services.events.service import EventService
from commdesk.services.mail.outbox import HELD
from commdesk.services.releases.coverage import ReleaseCoverageService
from commdesk.services.releases.service import ReleaseService

smtp_certificate, smtp_server_factory, smtp_server = (
    loopback.smtp_certificate,
    loopback.smtp_server_factory,
    loopback.smtp_server,
)
NOW = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
STARTS = datetime(2026, 12, 18, 6, 0, tzinfo=UTC)  # 14:00 in Shanghai
DOOR = datetime(2026, 12, 18, 5, 20, tzinfo=UTC)  # 13:20 in Shanghai: guests arrive


def _edit(**changes) -> EventEdit:
    values = {
        "title": "华信工业物联网平台发布会",
        "starts_at": STARTS,
        "ends_at": STARTS + timedelta(hours=2),
        "zone": "Asia/Shanghai",
        "place": "上海国际会议中心 3 楼 B 厅",
        "agenda": "14:00 签到\n14:30 发布\n15:30 答问",
        "invitation_subject": "【邀请函】华信工业物联网平台发布会-20261218",
        "invitation_body": "诚邀您出席华信工业物联网平台发布会。",
    }
    values.update(changes)
    return EventEdit(**values)


@pytest.fixture
def desk(ctx, people, as_person, smtp_server, tmp_path):
    clock = {"t": NOW}
    ctx.clock = lambda: clock["t"]
    contacts = ctx.service(ContactService)

    def person(name, address="", **kw):
        return contacts.create(
            ContactRecord(
                full_name=name,
                outlet=kw.pop("outlet", "新华社"),
                emails=[Email("work", address)] if address else [],
                **kw,
            )
        ).id

    ids = {
        "zhang": person("张伟", "zhang@xinhua.example.cn"),
        "anna": person("Anna Berg", "anna@reuters.example.com", outlet="Reuters", language="English"),
        "li": person("李娜", "li@thepaper.example.cn", outlet="澎湃新闻"),
        "dnc": person("王丽", "wang@caixin.example.cn"),
        "bounced": person("赵强", "zhao@eeo.example.cn", status=Status.BOUNCED),
        "none": person("孙磊", wechat="sunlei_wx"),
    }
    contacts.set_do_not_contact(ids["dnc"], "email", "本人要求不再接收邀请")
    lists = ctx.service(ContactListService)
    tech = lists.create_static("科技媒体")
    lists.add(tech.id, [ids["zhang"], ids["anna"], ids["dnc"], ids["bounced"]])
    wire = lists.create_static("通讯社")
    lists.add(wire.id, [ids["zhang"], ids["li"], ids["none"], ids["dnc"]])
    outbox = configure(ctx, smtp_server, tmp_path)
    as_person(people["officer"])
    event = ctx.service(EventService).create(_edit())
    return {"ids": ids, "lists": (tech.id, wire.id), "event": event, "clock": clock, "outbox": outbox}


def _approve(ctx, people, as_person, event_id):
    review = ctx.service(EventReview)
    as_person(people["officer"])
    review.submit(event_id)
    as_person(people["reviewer"])
    review.approve(event_id)
    as_person(people["officer"])


def _sent(smtp_server) -> list[EmailMessage]:
    return [message_from_bytes(m.data, policy=policy.default) for m in smtp_server.messages]


@pytest.mark.timezones
def test_an_event_keeps_its_times_in_utc_and_shows_them_in_its_zone(ctx, desk):
    event = desk["event"]
    assert event.reference == "EV-2026-001" and event.starts_at == STARTS
    assert event.when == "2026-12-18 14:00–16:00 (Asia/Shanghai, UTC+08:00)"
    # a time given in another zone is the same instant
    moved = ctx.service(EventService).save(
        event.id,
        event.edit(
            starts_at=STARTS.astimezone(ctx_zone("Europe/Berlin")), ends_at=STARTS + timedelta(hours=3)
        ),
        event.version,
    )
    assert moved.starts_at == STARTS and moved.when.startswith("2026-12-18 14:00–17:00")


def ctx_zone(name):
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def test_the_editor_refuses_what_makes_no_sense_in_words(ctx, desk):
    svc = ctx.service(EventService)
    with pytest.raises(ValidationError) as bad:
        svc.create(_edit(title=" ", ends_at=STARTS - timedelta(hours=1), zone="Mars/Olympus"))
    assert set(bad.value.errors) == {"title", "ends_at", "zone"}
    assert "after it starts" in bad.value.errors["ends_at"]
    with pytest.raises(ConflictError) as stale:  # a stale save offers both versions in words
        svc.save(desk["event"].id, _edit(title="新标题"), desk["event"].version + 5)
    assert stale.value.mine["Event"] == "新标题" and stale.value.theirs["Event"] == "华信工业物联网平台发布会"
    assert stale.value.theirs["When"] == "2026-12-18 14:00–16:00 (Asia/Shanghai, UTC+08:00)"


def test_the_invitation_list_leaves_out_who_may_not_be_mailed_and_says_why(ctx, desk):
    svc = ctx.service(EventService)
    built = svc.add_from_lists(desk["event"].id, desk["lists"])
    assert sorted(built.added) == sorted(["张伟", "Anna Berg", "李娜"])  # 张伟 on both lists: once
    reasons = dict(built.left_out)
    assert set(reasons) == {"王丽", "赵强", "孙磊"}
    assert "do not contact by e-mail" in reasons["王丽"] and "本人要求不再接收邀请" in reasons["王丽"]
    assert reasons["赵强"] == "e-mail bounced" and reasons["孙磊"] == "no e-mail address"
    again = svc.add_from_lists(desk["event"].id, desk["lists"])
    assert again.added == () and again.already == 3
    invitees = svc.invitees(desk["event"].id)
    assert [i.name for i in invitees] == ["Anna Berg", "李娜", "张伟"]  # by pinyin among Latin names
    assert all(i.status is RsvpStatus.INVITED and len(i.rsvp_token) == 8 for i in invitees)
    assert len({i.rsvp_token for i in invitees}) == 3


def test_nothing_leaves_before_review_then_one_invitation_per_invitee(
    ctx, desk, people, as_person, smtp_server
):
    event_id = desk["event"].id
    ctx.service(EventService).add_from_lists(event_id, desk["lists"])
    mailer = ctx.service(EventInvitationMailer)
    preview = mailer.preview(event_id)
    assert preview.refusal and "EV-2026-001" in preview.refusal
    with pytest.raises(ValidationError) as refused:
        mailer.send(event_id)
    assert "review" in refused.value.errors
    assert desk["outbox"].counts().get("queued", 0) == 0
    # the author cannot approve their own invitation (four eyes)
    review = ctx.service(EventReview)
    review.submit(event_id)
    with pytest.raises(PermissionDenied):
        review.approve(event_id)
    as_person(people["reviewer"])
    review.approve(event_id)
    as_person(people["officer"])
    assert mailer.preview(event_id).refusal is None
    ids = mailer.send(event_id)
    assert len(ids) == 3
    assert desk["outbox"].send_pending().sent == 3
    got = _sent(smtp_server)
    assert sorted(a.addr_spec for m in got for a in m["To"].addresses) == sorted(
        ["zhang@xinhua.example.cn", "anna@reuters.example.com", "li@thepaper.example.cn"]
    )
    tokens = {i.email: i.rsvp_token for i in ctx.service(EventService).invitees(event_id)}
    for msg in got:
        [to] = [a.addr_spec for a in msg["To"].addresses]
        assert msg["Cc"] is None and msg["Bcc"] is None
        assert token_in(str(msg["Subject"])) == tokens[to]
        assert str(msg["Subject"]).startswith("【邀请函】华信工业物联网平台发布会-20261218 [RSVP-")
        text = msg.get_body(preferencelist=("plain",)).get_content()
        assert "诚邀您出席" in text and "上海国际会议中心 3 楼 B 厅" in text and "14:30 发布" in text
        assert "2026-12-18 14:00–16:00 (Asia/Shanghai, UTC+08:00)" in text
        # a Chinese invitation's details read as Chinese does: full-width colons, not "地点: "
        assert "地点：上海国际会议中心 3 楼 B 厅" in text and "时间：2026-12-18" in text and ": " not in text
        greeting = "Dear Anna Berg," if to.startswith("anna") else "尊敬的"
        assert greeting in text
        [ics] = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
        cal = vobject.readOne(ics.get_content())
        assert cal.method.value == "PUBLISH"
        assert cal.vevent.summary.value == "华信工业物联网平台发布会"
        assert cal.vevent.dtstart.value.astimezone(UTC) == STARTS
        assert cal.vevent.location.value == "上海国际会议中心 3 楼 B 厅"
    invitees = ctx.service(EventService).invitees(event_id)
    assert all(i.invited_at == NOW for i in invitees)
    # nobody is invited twice unless asked
    with pytest.raises(ValidationError):
        mailer.send(event_id)
    # the contact's history has the invitation once the server took it
    history = ctx.service(ContactService).history(desk["ids"]["zhang"])
    assert [h.kind for h in history] == ["event_invitation"]


def test_an_edit_after_approval_holds_what_was_queued(ctx, desk, people, as_person):
    event = desk["event"]
    svc = ctx.service(EventService)
    svc.add_from_lists(event.id, desk["lists"])
    _approve(ctx, people, as_person, event.id)
    mailer = ctx.service(EventInvitationMailer)
    mailer.send(event.id)
    # the place changes: the approval is void and the queued invitations are held, never sent
    event = svc.get(event.id)
    svc.save(event.id, event.edit(place="上海国际会议中心 5 楼 A 厅"), event.version)
    assert ctx.service(EventReview).status(event.id).state.value == "in_review"
    items = mailer.messages(event.id)
    assert len(items) == 3 and {i.status for i in items} == {HELD}
    assert desk["outbox"].send_pending().sent == 0
    # back in review without a new submission: the reviewer approves the new text
    as_person(people["reviewer"])
    ctx.service(EventReview).approve(event.id)
    as_person(people["officer"])
    # the follow-up notes are not the invitation: no new review
    event = svc.get(event.id)
    svc.write_follow_up(event.id, "会后发送新闻稿全文。", event.version)
    assert ctx.service(EventReview).status(event.id).state.value == "approved"
    # the new version goes to everyone again when asked
    assert len(mailer.send(event.id, again=True)) == 3


def test_answers_by_hand_and_from_replies(ctx, desk, people, as_person):
    event_id = desk["event"].id
    svc = ctx.service(EventService)
    svc.add_from_lists(event_id, desk["lists"])
    by_name = {i.name: i for i in svc.invitees(event_id)}
    anna = svc.record_answer(by_name["Anna Berg"].id, "accepted", plus_ones=1, note="摄影记者同行")
    assert anna.status is RsvpStatus.ACCEPTED and anna.plus_ones == 1 and anna.response_via == "hand"
    assert anna.responded_at == NOW
    with pytest.raises(ValidationError):
        svc.record_answer(by_name["李娜"].id, "accepted", plus_ones=99)

    replies = ctx.service(EventReplyService)

    def reply(token, text, subject_prefix="Re: "):
        msg = EmailMessage()
        msg["From"] = "someone@example.cn"
        msg["Subject"] = f"{subject_prefix}【邀请函】华信工业物联网平台发布会-20261218 [RSVP-{token}]"
        msg["Message-ID"] = "<r1@example.cn>"
        msg.set_content(text)
        return msg

    zhang = by_name["张伟"]
    out = replies.record_reply(reply(zhang.rsvp_token, "您好，我不参加了，谢谢。\n\n> 诚邀您出席..."))
    assert out.matched and out.recorded and out.status is RsvpStatus.DECLINED
    li = by_name["李娜"]
    out = replies.record_reply(reply(li.rsvp_token.lower(), "会准时参加，带2人。").as_bytes())
    assert out.recorded and out.status is RsvpStatus.ACCEPTED and out.plus_ones == 2
    import base64

    wang = by_name["Anna Berg"]
    encoded = base64.b64encode(f"回复：邀请函 [RSVP-{wang.rsvp_token}]".encode()).decode()
    raw = (  # a mail program that writes the whole subject as one encoded word
        f"From: w@example.cn\r\nSubject: =?utf-8?b?{encoded}?=\r\nMessage-ID: <r2@example.cn>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    ).encode() + "参加".encode()
    out = replies.record_reply(raw)
    assert out.matched and out.recorded and out.status is RsvpStatus.ACCEPTED
    unclear = replies.record_reply(reply(zhang.rsvp_token, "请问有停车位吗？"))
    assert unclear.matched and not unclear.recorded and "by hand" in unclear.text
    assert not replies.record_reply(reply("ZZZZZZZZ", "参加")).matched
    plain = EmailMessage()
    plain["Subject"] = "Re: 周报"
    plain.set_content("参加")
    assert not replies.record_reply(plain).matched
    after = {i.name: i for i in svc.invitees(event_id)}
    assert after["张伟"].status is RsvpStatus.DECLINED and after["张伟"].response_via == "reply"
    assert after["李娜"].plus_ones == 2
    figures = svc.attendance(event_id)
    assert (figures.accepted, figures.declined, figures.expected) == (2, 1, 5)
    entries = ctx.service(AuditService).history("event_invitees", zhang.id)
    assert any(e.action == "rsvp_reply" for e in entries)


@pytest.mark.timezones
def test_check_in_at_the_door_by_name_pinyin_and_initials(ctx, desk):
    event_id = desk["event"].id
    svc = ctx.service(EventService)
    svc.add_from_lists(event_id, desk["lists"])
    for typed in ("张", "zhang", "zw", "ZHANGWEI", "新华"):
        assert svc.find_at_door(event_id, typed)[0].name == "张伟", typed
    assert [i.name for i in svc.find_at_door(event_id, "anna")] == ["Anna Berg"]
    assert svc.find_at_door(event_id, "xyz") == []
    zhang = svc.find_at_door(event_id, "zw")[0]
    desk["clock"]["t"] = DOOR
    done = svc.check_in(zhang.id)
    assert done.checked_in_at == DOOR and done.checked_in_by
    with pytest.raises(ValidationError) as twice:
        svc.check_in(zhang.id)
    assert "13:20" in str(twice.value)  # the first time, in the event's zone
    assert svc.undo_check_in(zhang.id).checked_in_at is None
    with pytest.raises(ValidationError, match="张伟 is not checked in"):
        svc.undo_check_in(zhang.id)


@pytest.mark.timezones
def test_the_door_is_open_on_the_events_day_in_its_zone_and_refuses_weeks_before_or_after(ctx, desk):
    """The event is 2026-12-18 14:00–16:00 in Shanghai: the door opens at 00:00 that day there
    (16:00 UTC the day before) and closes at midnight (16:00 UTC on the day), whatever zone the
    desk's computer is set to; before and after, check-in is refused naming the event's time."""
    event_id = desk["event"].id
    svc = ctx.service(EventService)
    svc.add_from_lists(event_id, desk["lists"])
    zhang = svc.find_at_door(event_id, "zw")[0]
    event = svc.get(event_id)
    when = "2026-12-18 14:00–16:00 (Asia/Shanghai, UTC+08:00)"
    with pytest.raises(ValidationError) as early:
        svc.check_in(zhang.id)  # 2026-12-01: weeks before
    said = str(early.value)
    assert when in said and "opens on the day of the event, at 2026-12-18 00:00" in said
    assert svc.door_refusal(event) == said
    desk["clock"]["t"] = datetime(2026, 12, 17, 15, 59, tzinfo=UTC)  # 23:59 the evening before
    with pytest.raises(ValidationError, match="opens on the day"):
        svc.check_in(zhang.id)
    assert svc.find_at_door(event_id, "zw")[0].checked_in_at is None
    desk["clock"]["t"] = datetime(2026, 12, 17, 16, 0, tzinfo=UTC)  # midnight in Shanghai
    assert svc.door_refusal(event) == ""
    assert svc.check_in(zhang.id).checked_in_at == datetime(2026, 12, 17, 16, 0, tzinfo=UTC)
    anna = svc.find_at_door(event_id, "anna")[0]
    desk["clock"]["t"] = datetime(2026, 12, 18, 15, 59, tzinfo=UTC)  # 23:59 on the day: typed in late
    assert svc.check_in(anna.id).checked_in
    li = svc.find_at_door(event_id, "李娜")[0]
    desk["clock"]["t"] = datetime(2026, 12, 18, 16, 0, tzinfo=UTC)  # the next day in Shanghai
    with pytest.raises(ValidationError) as late:
        svc.check_in(li.id)
    assert "closed at 2026-12-19 00:00" in str(late.value) and when in str(late.value)
    assert not svc.find_at_door(event_id, "李娜")[0].checked_in
    # a mistaken check-in is still taken back after the door closed: it corrects the figures
    assert svc.undo_check_in(anna.id).checked_in_at is None
    assert svc.attendance(event_id).checked_in == 1


def test_follow_up_names_who_came_and_their_coverage(ctx, desk, people, as_person):
    svc = ctx.service(EventService)
    as_person(people["officer"])
    release = ctx.service(ReleaseService).create(
        ReleaseEdit(ReleaseContent(title="华信发布工业物联网平台", body_markdown="正文。", language="zh"))
    )
    event = svc.get(desk["event"].id)
    event = svc.save(event.id, event.edit(release_id=release.id), event.version)
    assert event.release_reference == release.reference
    svc.add_from_lists(event.id, desk["lists"])
    by_name = {i.name: i for i in svc.invitees(event.id)}
    svc.record_answer(by_name["张伟"].id, "accepted")
    svc.record_answer(by_name["李娜"].id, "accepted")
    desk["clock"]["t"] = DOOR
    svc.check_in(by_name["张伟"].id)
    svc.check_in(by_name["Anna Berg"].id)  # came without answering
    coverage = ctx.service(ReleaseCoverageService)
    coverage.add(Coverage(release.id, "新华社", date(2026, 12, 18), journalist_id=desk["ids"]["zhang"]))
    coverage.add(Coverage(release.id, "财新", date(2026, 12, 19)))
    follow = svc.follow_up(event.id)
    assert [i.name for i in follow.attendees] == ["Anna Berg", "张伟"]
    assert [i.name for i in follow.no_shows] == ["李娜"]
    assert [c.outlet for c in follow.coverage] == ["新华社"] and follow.coverage_total == 2
    a = follow.attendance
    assert (a.invited, a.accepted, a.checked_in, a.walk_ins, a.no_shows) == (3, 2, 2, 1, 1)
    assert a.rate == 0.5


def test_only_officers_plan_events(ctx, desk, people, as_person):
    as_person(people["reviewer"])
    with pytest.raises(PermissionDenied):
        ctx.service(EventService).create(_edit())
    assert ctx.service(EventService).may_edit()


def test_who_became_do_not_contact_after_the_list_was_built_gets_no_invitation(ctx, desk, people, as_person):
    event_id = desk["event"].id
    ctx.service(EventService).add_from_lists(event_id, desk["lists"])
    as_person(people["admin"])
    ctx.service(ContactService).set_do_not_contact(desk["ids"]["zhang"], "email", "改用电话联系")
    _approve(ctx, people, as_person, event_id)
    mailer = ctx.service(EventInvitationMailer)
    preview = mailer.preview(event_id)
    assert dict(preview.left_out) == {"张伟": "do not contact by e-mail"}
    assert sorted(i.name for i in preview.recipients) == ["Anna Berg", "李娜"]
    assert len(mailer.send(event_id)) == 2
    invited = {i.name: i.invited_at is not None for i in ctx.service(EventService).invitees(event_id)}
    assert invited == {"张伟": False, "Anna Berg": True, "李娜": True}
