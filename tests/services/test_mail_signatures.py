"""Mail that speaks for the organisation is signed by the record's owner and the organisation, not
by the mail account's holder: an announcement 李明 owns, sent by 陈静 through an account whose
signature is 王芳's, arrives signed 李明 · 品牌传播部 · 华信科技 (EM-3, AN-1); an event invitation
likewise by the event's owner. Read back from the SMTP server with the standard library."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy

from tests.support.outbox import configure

from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.core.events.records import EventEdit
from commdesk.services.announcements import AnnouncementService
from commdesk.services.contacts.lists import ContactListService
from commdesk.services.contacts.service import ContactService
from commdesk.services.events.invitations import EventInvitationMailer
from commdesk.services.events.review import EventReview
from commdesk.services.events.service import EventService
from commdesk.services.mail.signing import signature_lines, signed_by
from commdesk.services.settings import OrgSettings, SettingsService
from commdesk.services.staff.service import StaffService

OWNER_SIGNATURE = "-- \n李明 Li Ming\n品牌传播部 · 华信科技"


def _texts(smtp_server) -> list[str]:
    return [
        message_from_bytes(m.data, policy=policy.default)
        .get_body(("plain",))
        .get_content()
        .replace("\r\n", "\n")
        for m in smtp_server.messages
    ]


def test_an_announcement_is_signed_by_its_owner_whoever_sends_it(
    ctx, people, as_person, smtp_server, tmp_path
):
    ctx.service(SettingsService).save_organisation(OrgSettings(name="华信科技"))
    outbox = configure(ctx, smtp_server, tmp_path)  # the account's signature: "王芳 / 市场部 · 电话 …"
    staff = ctx.service(StaffService)
    lst = staff.save_list("全员通知", "All staff")
    for name, address in (("赵六", "zhao@example.org"), ("孙七", "sun@example.org")):
        staff.subscribe(staff.add_member(name, address, "办公室").id, lst.id)
    as_person(people["officer"])  # 李明 writes and owns it
    svc = ctx.service(AnnouncementService)
    a = svc.create("年会安排", "年会定于周五举行。", "normal", [lst.id])
    svc.submit(a.id, svc.get(a.id).review.version)
    as_person(people["reviewer"])
    svc.approve(a.id, svc.get(a.id).review.version)
    as_person(people["admin"])  # 陈静, the administrator, sends it
    svc.send(a.id)
    assert outbox.send_pending().sent == 2
    for text in _texts(smtp_server):
        assert "年会定于周五举行" in text
        assert text.rstrip().endswith(OWNER_SIGNATURE)
        assert "王芳" not in text and "010-12345678" not in text and "陈静" not in text


def test_an_event_invitation_is_signed_by_the_events_owner(ctx, people, as_person, smtp_server, tmp_path):
    ctx.clock = lambda: datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
    ctx.service(SettingsService).save_organisation(OrgSettings(name="华信科技"))
    outbox = configure(ctx, smtp_server, tmp_path)
    contact = ctx.service(ContactService).create(
        ContactRecord(full_name="张伟", outlet="新华社", emails=[Email("work", "zhang@xinhua.example.cn")])
    )
    lists = ctx.service(ContactListService)
    press = lists.create_static("科技媒体")
    lists.add(press.id, [contact.id])
    as_person(people["officer"])
    starts = datetime(2026, 12, 18, 6, 0, tzinfo=UTC)
    event = ctx.service(EventService).create(
        EventEdit(
            title="华信工业物联网平台发布会",
            starts_at=starts,
            ends_at=starts + timedelta(hours=2),
            zone="Asia/Shanghai",
            place="上海国际会议中心 3 楼 B 厅",
            agenda="14:00 签到",
            invitation_subject="【邀请函】华信工业物联网平台发布会-20261218",
            invitation_body="诚邀您出席华信工业物联网平台发布会。",
        )
    )
    ctx.service(EventService).add_from_lists(event.id, [press.id])
    ctx.service(EventReview).submit(event.id)
    as_person(people["reviewer"])
    ctx.service(EventReview).approve(event.id)
    as_person(people["admin"])
    ctx.service(EventInvitationMailer).send(event.id)
    assert outbox.send_pending().sent == 1
    [text] = _texts(smtp_server)
    assert "诚邀您出席" in text and text.rstrip().endswith(OWNER_SIGNATURE)
    assert "010-12345678" not in text


def test_a_signature_names_the_person_their_department_and_the_organisation(ctx, people):
    assert signature_lines("李明", "品牌传播部", "华信科技") == "李明\n品牌传播部 · 华信科技"
    assert signature_lines("李明", "", "") == "李明"
    assert signature_lines("", "", "华信科技") == "华信科技"
    assert signed_by(ctx, people["officer2"].id) == "Emma Schmidt\nInternational"  # no organisation named
    assert signed_by(ctx, 99999, "前同事") == "前同事"  # a person no longer there: the name kept
    assert signed_by(ctx, None) is None  # nothing known: the account's signature stays


def test_a_meetings_invitation_and_minutes_are_signed_by_its_organiser(
    ctx, people, as_person, smtp_server, tmp_path
):
    from commdesk.core.meetings.model import AgendaItem, Meeting, MeetingKind, Participant
    from commdesk.services.mail.sending import MeetingMailer
    from commdesk.services.meetings.minutes import MeetingMinutesService
    from commdesk.services.meetings.service import MeetingService

    now = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)
    ctx.clock = lambda: now
    ctx.service(SettingsService).save_organisation(OrgSettings(name="华信科技"))
    outbox = configure(ctx, smtp_server, tmp_path)
    as_person(people["officer"])  # 李明 plans it: the organiser
    m = ctx.service(MeetingService).save(
        Meeting(
            kind=MeetingKind.IN_PERSON,
            topic="新品发布沟通会",
            purpose="确认流程",
            start=now - timedelta(hours=3),
            duration=60,
            room="3楼 301会议室",
            participants=[Participant("王芳", "wang@example.org")],
            agenda=[AgendaItem("流程", "李明", 30)],
        )
    )
    minutes = ctx.service(MeetingMinutesService)
    minutes.save(minutes.draft(m.id))
    as_person(people["admin"])  # 陈静 sends both
    mailer = ctx.service(MeetingMailer)
    mailer.send_invitation(m.id, reasons={"FM-1": "ok", "PC-1": "ok", "PC-2": "ok"}, override="ok")
    mailer.send_minutes(m.id, override="ok")
    assert outbox.send_pending().sent == 2
    for text in _texts(smtp_server):
        assert text.rstrip().endswith(OWNER_SIGNATURE) and "010-12345678" not in text
