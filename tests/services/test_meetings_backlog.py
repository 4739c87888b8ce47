"""A series backlog item moves into the next meeting's agenda in one unit of work."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from commdesk.core.errors import ConflictError, ValidationError
from commdesk.core.meetings.model import AgendaItem, Meeting, MeetingKind, Participant
from commdesk.core.meetings.schedule import Frequency
from commdesk.services.meetings.service import MeetingService

SH = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=SH)


@pytest.fixture
def svc(ctx, people):
    ctx.clock = lambda: NOW.astimezone(UTC)
    return ctx.service(MeetingService)


def _series(svc, first_start):
    first = Meeting(
        kind=MeetingKind.IN_PERSON,
        topic="周例会",
        start=first_start,
        duration=60,
        room="301",
        participants=[Participant("李明", "li@example.org")],
        agenda=[AgendaItem("进展", "李明", 20)],
    )
    return svc.create_series(first, Frequency.WEEKLY, count=3, backlog=["年度计划", "预算", "培训"])


def test_backlog_item_moves_to_the_next_meeting_ahead(svc):
    series = _series(svc, NOW - timedelta(days=2))  # the first meeting is already past
    past, upcoming = series.meeting_ids[:2]
    assert svc.next_meeting_of_series(series.id) == upcoming
    before = svc.get(upcoming)
    info, meeting = svc.backlog_to_agenda(series.id, 1, series.version)
    assert info.backlog == ["年度计划", "培训"] and info.version > series.version
    assert meeting.id == upcoming and [a.title for a in meeting.agenda] == ["进展", "预算"]
    assert meeting.version > before.version
    assert [a.title for a in svc.get(past).agenda] == ["进展"]


def test_invited_meeting_gets_a_higher_sequence(svc):
    series = _series(svc, NOW + timedelta(days=4))
    target = series.meeting_ids[0]
    sent = svc.issue_invitation(target, {f.rule: "ok" for f in svc.check(svc.get(target))})
    _info, meeting = svc.backlog_to_agenda(series.id, 0, series.version)
    assert meeting.sequence == sent.sequence + 1


def test_stale_backlog_or_a_wrong_index_moves_nothing(svc):
    series = _series(svc, NOW + timedelta(days=1))
    svc.set_backlog(series.id, ["别的"], series.version)
    with pytest.raises(ConflictError):
        svc.backlog_to_agenda(series.id, 0, series.version)
    fresh = svc.series(series.id)
    with pytest.raises(ValidationError):
        svc.backlog_to_agenda(series.id, 5, fresh.version)
    assert svc.series(series.id).backlog == ["别的"]
    assert [a.title for a in svc.get(series.meeting_ids[0]).agenda] == ["进展"]
