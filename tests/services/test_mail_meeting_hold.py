"""For meetings, a queued invitation or minutes mail remembers what it carries; if the
meeting or its minutes change before it leaves, the outbox holds it (never sends or exports it) with
the reason, as for a press release. Replies, checklists and the distribution stamp do not count."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from tests.support.outbox import configure

from commdesk.core.errors import ValidationError
from commdesk.core.mail.labels import HOLD_MEETING_CHANGED, HOLD_MINUTES_CHANGED
from commdesk.core.meetings.model import AgendaItem, ChecklistItem, Meeting, MeetingKind, Participant
from commdesk.services.audit import AuditService
from commdesk.services.mail.outbox import HELD, SENT
from commdesk.services.mail.sending import MeetingMailer
from commdesk.services.meetings.minutes import MeetingMinutesService
from commdesk.services.meetings.service import MeetingService

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
REASONS = {"FM-1": "ok", "PC-1": "ok", "PC-2": "ok", "FM-2": "ok", "PC-3": "ok"}


def _meeting(start) -> Meeting:
    return Meeting(
        kind=MeetingKind.IN_PERSON,
        topic="新品发布沟通会",
        purpose="确认流程",
        start=start,
        duration=60,
        room="3楼 301会议室",
        participants=[Participant("李明", "li@example.org"), Participant("王芳", "wang@example.org")],
        agenda=[AgendaItem("流程", "李明", 30)],
        equipment=[ChecklistItem("投影仪")],
    )


def _dtstart(msg) -> datetime:
    [part] = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    [event] = icalendar.Calendar.from_ical(part.get_content()).walk("VEVENT")
    return event["DTSTART"].dt


def test_an_invitation_queued_before_the_meeting_moved_is_held_and_the_update_goes(
    ctx, people, smtp_server, tmp_path
):
    ctx.clock = lambda: NOW.astimezone(UTC)
    outbox = configure(ctx, smtp_server, tmp_path)
    meetings, mailer = ctx.service(MeetingService), ctx.service(MeetingMailer)
    m = meetings.save(_meeting(NOW + timedelta(days=7)))
    [first] = mailer.send_invitation(m.id, reasons=REASONS, override="ok")
    assert outbox.get(first).source_revision

    m = meetings.get(m.id)  # a tick on the checklist: same invitation
    m = meetings.save(dataclasses.replace(m, equipment=[ChecklistItem("投影仪", done=True)]))
    moved = NOW + timedelta(days=8)
    meetings.save(dataclasses.replace(m, start=moved))  # the meeting moves a day

    summary = outbox.send_pending()
    assert summary.sent == 0 and summary.held == 1 and smtp_server.messages == []
    item = outbox.get(first)
    assert item.status == HELD and item.held_reason == HOLD_MEETING_CHANGED
    assert "send the invitation again" in item.held_text
    with pytest.raises(ValidationError, match="cannot be exported"):
        outbox.export_eml([first], tmp_path)
    assert "hold" in [e.action for e in ctx.service(AuditService).history("mail_outbox", first)]

    [update] = mailer.send_invitation(m.id, reasons=REASONS, override="ok")
    assert outbox.send_pending().sent == 1
    [got] = smtp_server.messages
    assert _dtstart(got.message) == moved and outbox.get(update).status == SENT
    assert outbox.get(first).status == HELD  # the old one never went


def test_the_cli_says_how_to_settle_held_meeting_mail(ctx, db_url, people, smtp_server, tmp_path, run_cli):
    ctx.clock = lambda: NOW.astimezone(UTC)
    configure(ctx, smtp_server, tmp_path)
    meetings, mailer = ctx.service(MeetingService), ctx.service(MeetingMailer)
    m = meetings.save(_meeting(NOW + timedelta(days=7)))
    [mid] = mailer.send_invitation(m.id, reasons=REASONS, override="ok")
    meetings.save(dataclasses.replace(meetings.get(m.id), room="5楼 大会议室"))
    ctx.service(MeetingMailer).outbox.hold_stale()
    code, out, _ = run_cli("--db", db_url, "outbox", "list", "--status", "held")
    assert code == 0 and "The meeting changed" in out
    assert f"outbox cancel {mid}" in out and "send the invitation or minutes again" in out
    assert "outbox rebuild" not in out  # rebuilding is for press releases


def test_an_update_invitation_holds_the_earlier_ones_still_queued(ctx, people, smtp_server, tmp_path):
    ctx.clock = lambda: NOW.astimezone(UTC)
    outbox = configure(ctx, smtp_server, tmp_path)
    meetings, mailer = ctx.service(MeetingService), ctx.service(MeetingMailer)
    m = meetings.save(_meeting(NOW + timedelta(days=7)))
    [first] = mailer.send_invitation(m.id, reasons=REASONS, override="ok")
    meetings.save(dataclasses.replace(meetings.get(m.id), room="5楼 大会议室"))
    [update] = mailer.send_invitation(m.id, reasons=REASONS, override="ok")
    assert outbox.get(first).status == HELD  # at once, not only at the next send
    assert outbox.get(update).status == "queued"


def test_minutes_changed_after_they_were_queued_are_held(ctx, people, smtp_server, tmp_path):
    ctx.clock = lambda: NOW.astimezone(UTC)
    outbox = configure(ctx, smtp_server, tmp_path)
    m = ctx.service(MeetingService).save(_meeting(NOW - timedelta(hours=3)))
    minutes = ctx.service(MeetingMinutesService)
    minutes.save(dataclasses.replace(minutes.draft(m.id), notes="决定：下周发布。"))
    [mid] = ctx.service(MeetingMailer).send_minutes(m.id, override="ok")
    minutes.save(dataclasses.replace(minutes.draft(m.id), notes="决定：推迟到下月发布。"))
    summary = outbox.send_pending()
    assert summary.sent == 0 and smtp_server.messages == []
    assert outbox.get(mid).held_reason == HOLD_MINUTES_CHANGED
    [again] = ctx.service(MeetingMailer).send_minutes(m.id, override="ok")
    assert outbox.send_pending().sent == 1 and outbox.get(again).status == SENT


def test_two_minutes_messages_both_go_although_the_first_marks_them_distributed(
    ctx, people, smtp_server, tmp_path
):
    ctx.clock = lambda: NOW.astimezone(UTC)
    outbox = configure(ctx, smtp_server, tmp_path)
    m = ctx.service(MeetingService).save(_meeting(NOW - timedelta(hours=3)))
    minutes = ctx.service(MeetingMinutesService)
    minutes.save(dataclasses.replace(minutes.draft(m.id), notes="决定：下周发布。"))
    mailer = ctx.service(MeetingMailer)
    mailer.send_minutes(m.id, override="ok")
    mailer.send_minutes(m.id, extra=[("赵磊", "zhao@example.org")], override="ok")
    assert outbox.send_pending().sent == 2 and outbox.counts()[HELD] == 0
