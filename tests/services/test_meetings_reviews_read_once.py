"""Where the action items of a series are reviewed, read for all of them at once: the same rows, per
action, as reading them one action at a time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from commdesk.core.meetings.model import ActionItem, AgendaItem, Meeting, MeetingKind, Participant
from commdesk.core.meetings.schedule import Frequency
from commdesk.persistence.repositories import meetings as repo
from commdesk.services.meetings.minutes import MeetingMinutesService
from commdesk.services.meetings.service import MeetingService

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def test_reviews_of_many_actions_are_those_of_each(ctx, people):
    ctx.clock = lambda: NOW.astimezone(UTC)
    svc = ctx.service(MeetingService)
    first = Meeting(
        kind=MeetingKind.CONFERENCE,
        topic="周例会",
        purpose="每周进展",
        start=NOW - timedelta(days=7),
        duration=60,
        participants=[Participant("李明 Li Ming", "li@example.org", person_id=people["officer"].id)],
        agenda=[AgendaItem("进展", "李明", 30)],
    )
    series = svc.create_series(first, Frequency.WEEKLY, count=3)
    minutes = ctx.service(MeetingMinutesService)
    draft = minutes.draft(series.meeting_ids[0])
    draft.actions = [ActionItem("联系记者", "李明"), ActionItem("订会议室", "王芳")]
    minutes.save(draft)
    with ctx.unit_of_work() as uow:
        s = uow.session
        ids = [a.id for a in repo.actions_of_meetings(s, list(series.meeting_ids))]
        many = repo.reviews_of_actions(s, [*ids, 999_999])
        assert len(ids) == 2 and many[999_999] == []
        for action_id in ids:
            one = sorted((r.id, r.meeting_id) for r in repo.reviews_of_action(s, action_id))
            assert one and sorted((r.id, r.meeting_id) for r in many[action_id]) == one
        assert repo.reviews_of_actions(s, []) == {}
