"""Meeting invitations and minutes through the outbox to the loopback SMTP server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
from tests.support.outbox import configure

from commdesk.core.meetings.model import AgendaItem, Meeting, MeetingKind, Participant
from commdesk.core.meetings.schedule import MinutesDue
from commdesk.services.mail.sending import MeetingMailer
from commdesk.services.meetings.minutes import MeetingMinutesService
from commdesk.services.meetings.service import MeetingService

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def meeting(start) -> Meeting:
    return Meeting(
        kind=MeetingKind.IN_PERSON,
        topic="新品发布沟通会",
        purpose="确认流程",
        start=start,
        duration=60,
        room="3楼 301会议室",
        participants=[
            Participant("李明", "li@example.org"),
            Participant("王芳", "wang@example.org"),
            Participant("没有邮箱", ""),
        ],
        agenda=[AgendaItem("流程", "李明", 30)],
    )


def test_invitation_arrives_with_a_calendar_part_and_the_agenda(ctx, people, smtp_server, tmp_path):
    ctx.clock = lambda: NOW.astimezone(UTC)
    outbox = configure(ctx, smtp_server, tmp_path)
    m = ctx.service(MeetingService).save(meeting(NOW + timedelta(days=7)))
    mailer = ctx.service(MeetingMailer)
    [mid] = mailer.send_invitation(m.id, reasons={"FM-1": "ok", "PC-1": "ok", "PC-2": "ok"}, override="ok")
    assert outbox.send_pending().sent == 1
    [got] = smtp_server.messages
    assert sorted(got.rcpt_tos) == ["li@example.org", "wang@example.org"]
    msg = got.message
    calendar = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    assert calendar and calendar[0].get_param("method") == "REQUEST"
    cal = icalendar.Calendar.from_ical(calendar[0].get_content())
    assert [str(e.get("summary")) for e in cal.walk("VEVENT")] and "新品发布沟通会" in str(msg["Subject"])
    names = [a.get_filename() for a in msg.iter_attachments()]
    assert any(n.endswith(".pdf") for n in names) and any(n.endswith(".ics") for n in names)
    assert [i.id for i in outbox.for_record("meetings", m.id)] == [mid]


def test_minutes_go_out_with_the_pdf_and_are_marked_distributed(ctx, people, smtp_server, tmp_path):
    ctx.clock = lambda: NOW.astimezone(UTC)
    outbox = configure(ctx, smtp_server, tmp_path)
    m = ctx.service(MeetingService).save(meeting(NOW - timedelta(hours=3)))
    minutes = ctx.service(MeetingMinutesService)
    minutes.save(minutes.draft(m.id))
    ctx.service(MeetingMailer).send_minutes(m.id, extra=[("赵磊", "zhao@example.org")], override="ok")
    assert minutes.deadline(m.id).status is MinutesDue.DUE  # queued is not distributed
    assert outbox.send_pending().sent == 1
    [got] = smtp_server.messages
    assert sorted(got.rcpt_tos) == ["li@example.org", "wang@example.org", "zhao@example.org"]
    [pdf] = [a for a in got.message.iter_attachments() if a.get_content_type() == "application/pdf"]
    assert pdf.get_content().startswith(b"%PDF")
    assert minutes.deadline(m.id).status is MinutesDue.DONE  # PC-5 met once sent
