"""A meetings pane made and shown at once reads its lists once (made, then shown: the showing finds
what it just read), and a meeting planned in between is listed all the same."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import event

from commdesk.core.meetings.model import AgendaItem, Meeting, MeetingKind, Participant
from commdesk.services.meetings.service import MeetingService
from commdesk.ui.meetings.pane import MeetingsPane


def _reads(app_services, fn) -> int:
    seen: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)

    event.listen(app_services.ctx.engine, "before_cursor_execute", count)
    try:
        fn()
    finally:
        event.remove(app_services.ctx.engine, "before_cursor_execute", count)
    return len(seen)


def _topics(pane: MeetingsPane) -> list[str]:
    return [m.topic for m in pane.model.rows]


def _plan(app_services, topic: str) -> None:
    app_services.get(MeetingService).save(
        Meeting(
            kind=MeetingKind.IN_PERSON,
            topic=topic,
            purpose="协调",
            room="301",
            start=datetime.now(UTC) + timedelta(days=2),
            duration=60,
            participants=[Participant("李明", "li@example.org"), Participant("王芳", "wang@example.org")],
            agenda=[AgendaItem("安排", "李明", 20)],
        )
    )


def test_the_first_showing_reads_nothing_again_unless_something_was_saved(
    qtbot, app_services, people, answer
):
    _plan(app_services, "周例会")
    pane = MeetingsPane(app_services)
    qtbot.addWidget(pane)
    pane.show()
    assert _reads(app_services, pane.activated) == 0
    assert _topics(pane) == ["周例会"]
    assert _reads(app_services, pane.activated) > 0  # shown again later: read again

    later = MeetingsPane(app_services)
    qtbot.addWidget(later)
    _plan(app_services, "新闻发布会筹备")
    later.show()
    later.activated()
    assert sorted(_topics(later)) == sorted(["周例会", "新闻发布会筹备"])
