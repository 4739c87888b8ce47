"""Meetings through the services on a real database: planning, invitations, minutes, actions, series."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import vobject
from sqlalchemy import text

from commdesk.core.errors import ConflictError, PermissionDenied, ValidationError
from commdesk.core.meetings.model import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    Decision,
    Meeting,
    MeetingKind,
    MinutesState,
    Participant,
    Point,
)
from commdesk.core.meetings.schedule import Frequency, MinutesDue
from commdesk.services.actions import ActionFilter, ActionService
from commdesk.services.audit import AuditService
from commdesk.services.meetings.minutes import MeetingMinutesService
from commdesk.services.meetings.service import MeetingService, OverrideNeeded

# time-sensitive: every test here runs under two process zones (tests/conftest.py)
pytestmark = pytest.mark.timezones

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=SH)  # a Tuesday


@pytest.fixture
def svc(ctx, people):
    ctx.clock = lambda: NOW.astimezone(UTC)
    return ctx.service(MeetingService)


def call(start, **kw) -> Meeting:
    values = {
        "kind": MeetingKind.CONFERENCE,
        "topic": "新品发布沟通会",
        "purpose": "确认流程",
        "start": start,
        "duration": 60,
        "participants": [
            Participant("李明 Li Ming", "li@example.org", person_id=2),
            Participant("王芳", "wang@example.org", required=False),
            Participant("Reporter", "press@example.com", contact_id=77),
        ],
        "link": "https://meet.example.org/j/1",
        "agenda": [AgendaItem("流程", "李明", 30)],
    }
    values.update(kw)
    return Meeting(**values)


def test_plan_call_for_tomorrow_warns_pc2_and_override_is_audited(ctx, svc):
    m = svc.save(call(NOW + timedelta(hours=20)))
    assert m.id and m.organiser.name == "陈静 Chen Jing" and m.version == 1
    findings = svc.check(m)
    assert [f.rule for f in findings] == ["PC-2"] and "24" in findings[0].message
    with pytest.raises(OverrideNeeded) as err:
        svc.issue_invitation(m.id)
    assert "PC-2" in err.value.errors
    sent = svc.issue_invitation(m.id, {"PC-2": "CEO asked for it today"})
    assert sent.invitation_sent_at is not None
    events = [e for e in ctx.service(AuditService).history("meetings", m.id) if e.action == "override"]
    assert len(events) == 1 and events[0].note == "PC-2: CEO asked for it today"


def test_changes_after_the_invitation_raise_the_sequence_and_cancel_makes_method_cancel(svc):
    m = svc.save(call(NOW + timedelta(days=2)))
    m = svc.issue_invitation(m.id)
    assert m.sequence == 0
    m = svc.save(replace(m, duration=90))
    assert m.sequence == 1
    m = svc.save(replace(m, participants=[replace(m.participants[0], attended=True), *m.participants[1:]]))
    assert m.sequence == 1  # attendance is nobody's calendar business
    cal = vobject.readOne(svc.invitation_files(m.id).ics.decode())
    assert cal.method.value == "REQUEST" and cal.vevent.sequence.value == "1"
    m = svc.cancel(m.id, "Launch moved")
    files = svc.invitation_files(m.id)
    cal = vobject.readOne(files.ics.decode())
    assert files.method == "CANCEL" and cal.method.value == "CANCEL" and cal.vevent.sequence.value == "2"
    assert cal.vevent.status.value == "CANCELLED"


def test_stale_save_is_a_conflict(svc):
    m = svc.save(call(NOW + timedelta(days=2)))
    svc.save(replace(m, topic="改过"))
    with pytest.raises(ConflictError):
        svc.save(replace(m, topic="旧的副本"))


def test_password_lives_only_in_the_keyring(ctx, svc, _fresh_keyring):
    m = svc.save(call(NOW + timedelta(days=2)))
    svc.set_password(m.id, "s3cr3t-PIN")
    assert _fresh_keyring.values[("commdesk", f"meeting:{m.uid}")] == "s3cr3t-PIN"
    with ctx.engine.connect() as conn:
        for table in ("meetings", "audit_log", "meeting_participants"):
            dump = " ".join(str(r) for r in conn.execute(text(f"SELECT * FROM {table}")))
            assert "s3cr3t-PIN" not in dump
    files = svc.invitation_files(m.id)
    card = vobject.readOne(files.ics.decode())
    # an invitation written to a file withholds it; only the copy handed to the mail server has it
    assert "s3cr3t-PIN" not in card.vevent.description.value
    assert "given separately" in card.vevent.description.value
    assert b"s3cr3t-PIN" not in files.pdf
    attendees = {a.value: a.params for a in card.vevent.attendee_list}
    assert attendees["mailto:wang@example.org"]["ROLE"] == ["OPT-PARTICIPANT"]
    assert files.recipients[2] == ("Reporter", "press@example.com")


def test_in_person_next_week_with_room_and_equipment(svc):
    from pypdf import PdfReader

    m = svc.save(
        Meeting(
            kind=MeetingKind.IN_PERSON,
            topic="季度复盘",
            purpose="复盘报道",
            start=NOW + timedelta(days=6, hours=5),
            duration=90,
            room="3楼 301会议室",
            participants=[Participant("李明", "li@example.org")],
            agenda=[AgendaItem("数据", "李明", 30), AgendaItem("讨论", "", 70)],
            materials=["季度报告"],
        )
    )
    assert [f.rule for f in svc.check(m)] == ["FM-3"]  # 100 minutes of agenda in 90
    pdf = PdfReader(io.BytesIO(svc.invitation_files(m.id).pdf))
    page = "".join(p.extract_text() for p in pdf.pages)
    assert "3楼 301会议室" in page and "季度报告" in page
    cal = vobject.readOne(svc.invitation_files(m.id).ics.decode())
    assert cal.vevent.location.value == "3楼 301会议室"


def test_minutes_lifecycle_reopen_only_by_organiser(ctx, svc, people, as_person):
    m = svc.save(call(NOW - timedelta(hours=3)))
    minutes = ctx.service(MeetingMinutesService)
    d = minutes.draft(m.id)
    d.points.append(Point("讨论了流程", 0))
    d.decisions.append(Decision("发布日期定为12月8日", 0))
    d.actions.append(
        ActionItem(
            "准备新闻稿",
            "李明 Li Ming",
            deadline=date(2026, 12, 3),
            owner_person_id=people["officer"].id,
            agenda_index=0,
        )
    )
    d.attendance = {0: True, 1: False}
    d = minutes.save(d)
    assert d.minutes_id and len(d.actions) == 1 and d.actions[0].id
    assert minutes.deadline(m.id).status is MinutesDue.DUE
    d = minutes.circulate(m.id)
    assert d.state is MinutesState.CIRCULATED and minutes.deadline(m.id).status is MinutesDue.DONE
    with pytest.raises(PermissionDenied, match="four eyes"):  # the admin wrote them
        minutes.approve(m.id)
    as_person(people["officer2"])
    d = minutes.approve(m.id)
    assert d.approved_by == people["officer2"].name and d.approved_at == NOW
    as_person(people["admin"])
    with pytest.raises(ValidationError, match="locked"):
        minutes.save(d)
    as_person(people["officer"])
    with pytest.raises(PermissionDenied):
        minutes.reopen(m.id, "typo")
    as_person(people["admin"])
    with pytest.raises(ValidationError):
        minutes.reopen(m.id, " ")
    d2 = minutes.reopen(m.id, "错别字")
    assert d2.number == 2 and d2.state is MinutesState.DRAFT and d2.decisions[0].text == "发布日期定为12月8日"
    assert [v.state for v in minutes.versions(m.id)] == [MinutesState.APPROVED, MinutesState.DRAFT]
    from pypdf import PdfReader

    body = "".join(p.extract_text() for p in PdfReader(io.BytesIO(minutes.minutes_pdf(m.id))).pages)
    assert "发布日期定为12月8日" in body and "准备新闻稿" in body


def test_minutes_late_after_the_working_day(ctx, svc):
    m = svc.save(call(NOW - timedelta(days=1)))
    ctx.service(MeetingMinutesService).save(ctx.service(MeetingMinutesService).draft(m.id))
    assert ctx.service(MeetingMinutesService).deadline(m.id).status is MinutesDue.LATE
    [summary] = [s for s in svc.list() if s.id == m.id]
    assert summary.minutes_due is MinutesDue.LATE and summary.minutes_state == "draft"


def test_action_tracker_filters_and_cancel_needs_a_note(ctx, svc, people, as_person):
    m = svc.save(call(NOW - timedelta(days=3)))
    minutes = ctx.service(MeetingMinutesService)
    d = minutes.draft(m.id)
    d.actions = [
        ActionItem(
            "overdue one", "李明 Li Ming", deadline=date(2026, 11, 28), owner_person_id=people["officer"].id
        ),
        ActionItem("due today", "Emma Schmidt", deadline=NOW.date(), owner_person_id=people["officer2"].id),
        ActionItem("no date", "Reporter", owner_contact_id=77),
    ]
    minutes.save(d)
    actions = ctx.service(ActionService)
    assert [v.action.description for v in actions.list(ActionFilter(overdue=True))] == ["overdue one"]
    assert actions.overdue_count() == 1
    assert [v.action.description for v in actions.list(ActionFilter(owner="emma"))] == ["due today"]
    as_person(people["officer2"])
    assert [v.action.description for v in actions.due_today()] == ["due today"]
    assert [v.action.description for v in actions.list(ActionFilter(mine=True))] == ["due today"]
    view = actions.list(ActionFilter(mine=True))[0]
    with pytest.raises(ValidationError, match="note"):
        actions.update(replace(view.action, status=ActionStatus.CANCELLED), view.version)
    done = actions.update(
        replace(view.action, status=ActionStatus.CANCELLED, note="not needed"), view.version
    )
    assert done.action.status is ActionStatus.CANCELLED
    assert b"%PDF" in actions.report_pdf(group="overdue")[:8]


def test_series_carries_open_actions_into_the_next_meeting(ctx, svc):
    first = call(NOW - timedelta(days=7), topic="周例会")
    series = svc.create_series(first, Frequency.WEEKLY, count=4, backlog=["年度计划"])
    assert len(series.meeting_ids) == 4 and svc.series(series.id).backlog == ["年度计划"]
    m1, m2, m3 = series.meeting_ids[:3]
    minutes = ctx.service(MeetingMinutesService)
    d = minutes.draft(m1)
    d.actions = [ActionItem("联系记者", "李明"), ActionItem("订会议室", "王芳")]
    minutes.save(d)
    agenda = svc.get(m2).agenda
    assert agenda[0].review_of_actions and agenda[0].title == "Review of actions"
    d2 = minutes.draft(m2)
    assert sorted(r.description for r in d2.reviews) == ["联系记者", "订会议室"]
    for r in d2.reviews:
        if r.description == "订会议室":
            r.outcome, r.status = "已订好", ActionStatus.DONE
        else:
            r.outcome = "还在联系"
    minutes.save(d2)
    d3 = minutes.draft(m3)
    assert [r.description for r in d3.reviews] == ["联系记者"]
    assert svc.next_in_series(m1) == m2
    # the review at m2 keeps its outcome
    assert {r.description: r.outcome for r in minutes.draft(m2).reviews} == {
        "联系记者": "还在联系",
        "订会议室": "已订好",
    }
