"""Open actions of a series travel to the next meeting's agenda under "review of actions" (FM-5).

``carry_open_actions(session, series_id)`` is called inside the unit of work of every change that can
move them (minutes saved, an action's status changed, a meeting added, moved or cancelled). An action
that is still open or in progress is put on the first meeting of its series after the later of its
own meeting and the last meeting where it was reviewed (an outcome recorded, or that meeting's minutes
circulated); so it keeps coming back until it is done or cancelled. A pending review (no outcome yet) that no longer applies is removed.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from commdesk.core.i18n import translate
from commdesk.core.meetings.model import ActionStatus
from commdesk.persistence.models.meetings import ActionReviewRow, AgendaItemRow, MeetingRow
from commdesk.persistence.repositories import meetings as repo

ACTIVE = (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)


def carry_open_actions(session: Session, series_id: int) -> None:
    # the series' meetings read once (in their order), the ones held kept for carrying actions to
    every = repo.list_meetings(session, series_id=series_id)
    meetings = [(m, m.start) for m in every if not m.cancelled and m.start is not None]
    if not meetings:
        return
    by_id = {m.id: m for m, _start in meetings}
    all_ids = [m.id for m in every]
    actions = repo.actions_of_meetings(session, all_ids)
    starts = {m.id: m.start for m in every if m.start is not None}
    closed_meetings = {
        mid
        for mid, row in repo.minutes_by_meeting(session, all_ids).items()
        if row.state in ("circulated", "approved")
    }
    touched: set[int] = set()
    reviews_by_action = repo.reviews_of_actions(session, [a.id for a in actions])  # one statement
    for action in actions:
        reviews = reviews_by_action[action.id]
        # A review is behind us once its outcome is recorded or that meeting's minutes went out.
        done = [r for r in reviews if r.outcome.strip() or r.meeting_id in closed_meetings]
        pending = [r for r in reviews if r not in done]
        if action.status not in ACTIVE:
            for r in pending:
                repo.remove(session, r)
            continue
        after = starts.get(action.meeting_id)
        if after is None:
            continue
        for r in done:
            if r.meeting_id in starts and starts[r.meeting_id] > after:
                after = starts[r.meeting_id]
        target = next((m for m, start in meetings if start > after), None)
        for r in pending:
            if target is None or r.meeting_id != target.id:
                repo.remove(session, r)
        if target is not None and not any(r.meeting_id == target.id for r in reviews):
            repo.stage(session, ActionReviewRow(action_id=action.id, meeting_id=target.id, outcome=""))
            touched.add(target.id)
    session.flush()
    for meeting_id in touched:
        _ensure_review_item(session, by_id[meeting_id])


def _ensure_review_item(session: Session, meeting: MeetingRow) -> None:
    items = repo.agenda_of(session, meeting.id)
    if any(i.review_of_actions for i in items):
        return
    title = translate("Meetings", "Review of actions")
    has_minutes = repo.latest_minutes(session, meeting.id) is not None or repo.actions_of(session, meeting.id)
    if has_minutes:  # agenda indexes are referred to by minutes: append instead of shifting
        repo.stage(
            session,
            AgendaItemRow(
                meeting_id=meeting.id,
                position=len(items),
                title=title,
                review_of_actions=True,
                documents="[]",
            ),
        )
    else:
        for item in reversed(items):
            item.position += 1
            session.flush()
        repo.stage(
            session,
            AgendaItemRow(
                meeting_id=meeting.id, position=0, title=title, review_of_actions=True, documents="[]"
            ),
        )
    session.flush()
