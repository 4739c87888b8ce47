"""The offline journal is written in the same transaction as the offline save it records: a save
whose journal entry cannot be written leaves nothing behind, and one that commits has its entry.
(A snapshot is made from any database with a person, so this runs without a server too.)"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest


def _snapshot(ctx, people, tmp_path):
    from commdesk.core.meetings.model import AgendaItem, Meeting, MeetingKind, Participant
    from commdesk.services.meetings.service import MeetingService
    from commdesk.services.offline import offline_context, refresh_snapshot

    officer = people["officer"]
    meeting = ctx.service(MeetingService).save(
        Meeting(
            kind=MeetingKind.IN_PERSON,
            topic="周会",
            start=datetime.now(UTC) + timedelta(days=2),
            duration=30,
            room="201",
            participants=[Participant(officer.name, officer.email, person_id=officer.id)],
            agenda=[AgendaItem("进展")],
        )
    )
    ctx.current = lambda: officer
    path = tmp_path / "offline" / "copy.sqlite3"
    info = refresh_snapshot(ctx, path)
    assert info.meetings == 1 and info.person_name == officer.name
    return offline_context(path, "test server"), path, meeting.id


def test_a_journal_entry_that_cannot_be_written_takes_the_save_with_it(ctx, people, tmp_path, monkeypatch):
    from commdesk.core.meetings.model import Decision
    from commdesk.persistence import offline as store
    from commdesk.services.meetings.minutes import MeetingMinutesService
    from commdesk.services.offline import journal_entries

    offline, path, meeting_id = _snapshot(ctx, people, tmp_path)
    try:
        minutes = offline.service(MeetingMinutesService)
        draft = minutes.draft(meeting_id)
        draft.decisions = [Decision("下周再议")]
        real_insert = store.insert

        def failing(table):
            if table is store.JOURNAL:
                raise OSError("disk full")
            return real_insert(table)

        monkeypatch.setattr(store, "insert", failing)
        with pytest.raises(OSError):
            minutes.save(draft)
        monkeypatch.setattr(store, "insert", real_insert)
        assert minutes.draft(meeting_id).decisions == []  # the minutes went with the entry
        assert journal_entries(path) == []
        minutes.save(draft)
        assert [d.text for d in minutes.draft(meeting_id).decisions] == ["下周再议"]
        (entry,) = journal_entries(path)
        assert entry.op == "minutes.save" and entry.state == "pending"
        assert entry.person_id == people["officer"].id and "meeting_minutes" in entry.created
    finally:
        offline.engine.dispose()


def test_offline_writes_other_than_minutes_and_planning_are_refused(ctx, people, tmp_path):
    from dataclasses import replace

    from commdesk.persistence.offline import OfflineRefused
    from commdesk.services.meetings.minutes import MeetingMinutesService
    from commdesk.services.meetings.service import MeetingService
    from commdesk.services.offline import journal_entries

    offline, path, meeting_id = _snapshot(ctx, people, tmp_path)
    try:
        meetings = offline.service(MeetingService)
        message = "offline: only minutes and planning a meeting; the rest waits for the server"
        with pytest.raises(OfflineRefused, match=message):
            meetings.save(replace(meetings.get(meeting_id), topic="改名"))
        with pytest.raises(OfflineRefused, match=message):
            meetings.cancel(meeting_id, "不开了")
        minutes = offline.service(MeetingMinutesService)
        minutes.save(minutes.draft(meeting_id))  # allowed: taking minutes
        with pytest.raises(OfflineRefused, match=message):
            minutes.circulate(meeting_id)
        with pytest.raises(OfflineRefused, match=message):
            meetings.create_series(replace(meetings.get(meeting_id), id=None), "weekly", count=3)
        assert [e.op for e in journal_entries(path)] == ["minutes.save"]
        assert meetings.get(meeting_id).topic == "周会" and minutes.draft(meeting_id).state.value == "draft"
    finally:
        offline.engine.dispose()


def test_the_copy_is_not_replaced_under_a_desk_working_offline_on_it(ctx, people, tmp_path):
    from commdesk.persistence.offline import SnapshotInUse
    from commdesk.services.meetings.minutes import MeetingMinutesService
    from commdesk.services.offline import journal_entries, refresh_snapshot

    offline, path, meeting_id = _snapshot(ctx, people, tmp_path)
    try:
        minutes = offline.service(MeetingMinutesService)
        minutes.save(minutes.draft(meeting_id))
        with pytest.raises(SnapshotInUse, match="works offline"):
            refresh_snapshot(ctx, path)
        assert [e.state for e in journal_entries(path)] == ["pending"]  # nothing sent, nothing replaced
    finally:
        offline.engine.dispose()
    refresh_snapshot(ctx, path)  # free again: what waited is sent, the copy made anew
    assert [e.state for e in journal_entries(path)] == []
