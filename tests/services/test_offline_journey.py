"""Offline minutes that join later: snapshot, opening offline, journaled writes, refusals, replay
on the server as the same person with the audit noting it, and conflicts kept and resolved.

The server goes away for this desk only: the desk reaches PostgreSQL through a relay that is
switched off and on (the same URL throughout)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.services.offline_support import need_server, now_utc, plan_meetings, relayed, team_and_relay


@pytest.fixture(scope="module")
def desk():
    need_server()
    from tests.team.conftest import drop_team_database

    team, relay = team_and_relay()
    now = now_utc()
    ids = plan_meetings(team, now)
    yield team, relay, ids
    relay.stop()
    drop_team_database(team)


def _online(url):
    from commdesk.bootstrap import open_database

    return open_database(url, mail_hooks=False)


def _snapshot(opened):
    from commdesk.persistence.offline import snapshot_path

    return snapshot_path(opened.target.keyring_key)


def test_offline_day_from_snapshot_to_server(desk):
    from commdesk.bootstrap import ServerUnreachable, open_database
    from commdesk.core.meetings.model import ActionItem, Decision, Meeting, MeetingKind, Point
    from commdesk.persistence.offline import OfflineRefused
    from commdesk.services.meetings.minutes import MeetingMinutesService
    from commdesk.services.meetings.service import MeetingService
    from commdesk.services.offline import journal_entries, refresh_snapshot, sync

    team, relay, ids = desk
    url = relayed(team, relay, "officer")
    online = _online(url)
    path = _snapshot(online)
    info = refresh_snapshot(online.ctx, path)
    online.ctx.engine.dispose()
    assert info.person_name == team.people["officer"].name and info.meetings == 1

    relay.stop()  # the laptop leaves the network
    try:
        with pytest.raises(ServerUnreachable, match="--offline-ok"):
            open_database(url, mail_hooks=False)
        opened = open_database(url, mail_hooks=False, offline_ok=True)
        ctx = opened.ctx
        assert opened.offline and ctx.offline and ctx.current().id == team.people["officer"].id
        meetings = ctx.service(MeetingService)
        listed = {m.id for m in meetings.list()}
        assert ids["next_week"] in listed
        assert ids["others"] not in listed and ids["next_month"] not in listed
        meeting = meetings.get(ids["next_week"])
        assert [p.name for p in meeting.participants] == [
            team.people["officer"].name,
            team.people["reviewer"].name,
        ]
        assert [a.title for a in meeting.agenda] == ["发布流程", "Media list"]

        minutes = ctx.service(MeetingMinutesService)
        draft = minutes.draft(meeting.id)
        draft.notes = "离线记录的纪要"
        draft.points = [Point("流程确认", 0)]
        draft.decisions = [Decision("发布会定于周二上午", 0)]
        draft.actions = [ActionItem("联系媒体", team.people["officer"].name)]
        draft.attendance = {0: True, 1: False}
        saved = minutes.save(draft)
        saved.notes += "；补充：签到表"
        saved.points.append(Point("补充：签到表", 1))
        minutes.save(saved)  # a second save of the same minutes
        planned = meetings.save(
            Meeting(
                kind=MeetingKind.IN_PERSON, topic="离线计划的会", start=now_utc(), duration=30, room="302"
            )
        )
        on_planned = minutes.draft(planned.id)  # minutes of the meeting planned offline, too
        on_planned.decisions = [Decision("离线会上的决定")]
        on_planned.actions = [ActionItem("写新闻稿", team.people["officer"].name)]
        minutes.save(on_planned)
        assert planned.id is not None
        with pytest.raises(OfflineRefused, match="offline: only minutes and planning a meeting"):
            meetings.save(replace(meetings.get(ids["next_week"]), topic="改了"))
        with pytest.raises(OfflineRefused):
            minutes.circulate(meeting.id)
        entries = journal_entries(path, ("pending",))
        assert [e.op for e in entries] == ["minutes.save", "minutes.save", "meetings.plan", "minutes.save"]
        assert all(e.person_id == team.people["officer"].id for e in entries)
        assert entries[0].base["minutes_id"] is None  # made against "no minutes yet"
        ctx.engine.dispose()
    finally:
        relay.start()  # the server is back

    online = _online(url)
    report = sync(online.ctx, path)
    assert report.applied == 4 and not report.waiting
    refresh_snapshot(online.ctx, path)
    online.ctx.engine.dispose()
    assert journal_entries(path, ("pending", "conflict")) == []

    other = _online(team.url("reviewer"))  # the other desk sees the minutes and the meeting
    try:
        server_draft = other.ctx.service(MeetingMinutesService).draft(ids["next_week"])
        assert server_draft.notes == "离线记录的纪要；补充：签到表"
        assert [p.text for p in server_draft.points] == ["流程确认", "补充：签到表"]
        assert [d.text for d in server_draft.decisions] == ["发布会定于周二上午"]
        assert [a.description for a in server_draft.actions] == ["联系媒体"]
        assert server_draft.attendance == {0: True, 1: False}
        topics = {m.topic: m for m in other.ctx.service(MeetingService).list()}
        assert topics["离线计划的会"].organiser == team.people["officer"].name
        new_minutes = other.ctx.service(MeetingMinutesService).draft(topics["离线计划的会"].id)
        assert [d.text for d in new_minutes.decisions] == ["离线会上的决定"]
        assert [a.description for a in new_minutes.actions] == ["写新闻稿"]
    finally:
        other.ctx.engine.dispose()
    with team.connect() as conn:  # the audit log, read as the owner with plain SQL
        rows = conn.execute(
            "SELECT actor_name, entity, entity_id, note FROM audit_log WHERE action = 'offline' ORDER BY seq"
        ).fetchall()
    assert {r[0] for r in rows} == {team.people["officer"].name}
    assert {r[2] for r in rows} >= {str(ids["next_week"]), str(topics["离线计划的会"].id)}
    assert all("written offline at" in r[3] for r in rows)
    owner = _online(team.url("owner"))
    try:
        from commdesk.services.audit import AuditService

        assert owner.ctx.service(AuditService).verify().ok
    finally:
        owner.ctx.engine.dispose()


def test_conflicts_are_kept_and_resolved_both_ways(desk):
    from commdesk.bootstrap import open_database
    from commdesk.core.meetings.model import Decision
    from commdesk.services.meetings.minutes import MeetingMinutesService
    from commdesk.services.offline import conflict_error, journal_entries, refresh_snapshot, resolve, sync

    team, relay, ids = desk
    url = relayed(team, relay, "officer")

    def offline_save(text_):
        relay.stop()
        try:
            opened = open_database(url, mail_hooks=False, offline_ok=True)
            svc = opened.ctx.service(MeetingMinutesService)
            d = svc.draft(ids["next_week"])
            d.decisions = [*d.decisions, Decision(text_)]
            svc.save(d)
            opened.ctx.engine.dispose()
        finally:
            relay.start()

    def server_save(text_):
        admin = _online(team.url("admin"))
        try:
            svc = admin.ctx.service(MeetingMinutesService)
            d = svc.draft(ids["next_week"])
            d.notes = text_
            svc.save(d)
        finally:
            admin.ctx.engine.dispose()

    online = _online(url)
    path = _snapshot(online)
    refresh_snapshot(online.ctx, path)
    online.ctx.engine.dispose()

    offline_save("离线决定一")
    server_save("服务器上改过")  # someone changed the minutes meanwhile
    online = _online(url)
    try:
        report = sync(online.ctx, path)
        assert report.applied == 0 and [e.state for e in report.waiting] == ["conflict"]
        refresh_snapshot(online.ctx, path)  # the waiting entry survives a refresh
        (waiting,) = journal_entries(path, ("conflict",))
        shown = conflict_error(waiting)
        assert "离线决定一" in [d.text for d in shown.mine.decisions]
        assert shown.theirs.notes == "服务器上改过"
        assert resolve(online.ctx, path, waiting.id, "theirs") == "dropped"
        server = online.ctx.service(MeetingMinutesService).draft(ids["next_week"])
        assert "离线决定一" not in [d.text for d in server.decisions]
        assert server.notes == "服务器上改过"
    finally:
        online.ctx.engine.dispose()

    online = _online(url)
    refresh_snapshot(online.ctx, path)
    online.ctx.engine.dispose()
    offline_save("离线决定二")
    server_save("又改过")
    online = _online(url)
    try:
        (waiting,) = sync(online.ctx, path).waiting
        assert resolve(online.ctx, path, waiting.id, "mine") == "done"
        server = online.ctx.service(MeetingMinutesService).draft(ids["next_week"])
        assert "离线决定二" in [d.text for d in server.decisions]
        assert journal_entries(path, ("conflict", "pending")) == []
    finally:
        online.ctx.engine.dispose()
    with team.connect() as conn:
        notes = [
            r[0]
            for r in conn.execute("SELECT note FROM audit_log WHERE action = 'offline_dropped' ORDER BY seq")
        ]
    assert len(notes) == 1 and "written offline at" in notes[0]


def test_a_meeting_planned_offline_that_the_server_refuses_waits_and_can_be_dropped(desk):
    from commdesk.bootstrap import open_database
    from commdesk.core.domain.people import Role
    from commdesk.core.meetings.model import Meeting, MeetingKind
    from commdesk.services.meetings.service import MeetingService
    from commdesk.services.offline import journal_entries, refresh_snapshot, resolve, sync
    from commdesk.services.team import TeamService

    team, relay, _ids = desk
    url = relayed(team, relay, "officer2")
    online = _online(url)
    path = _snapshot(online)
    refresh_snapshot(online.ctx, path)
    online.ctx.engine.dispose()
    relay.stop()
    try:
        opened = open_database(url, mail_hooks=False, offline_ok=True)
        opened.ctx.service(MeetingService).save(
            Meeting(kind=MeetingKind.IN_PERSON, topic="离线约的采访", start=now_utc(), duration=45, room="5")
        )
        opened.ctx.engine.dispose()
    finally:
        relay.start()

    owner = _online(team.url("owner"))
    try:
        owner.ctx.service(TeamService).set_roles(team.logins["officer2"], frozenset({Role.REVIEWER}))
        online = _online(url)
        try:
            (waiting,) = sync(online.ctx, path).waiting
            assert waiting.state == "refused" and "plan meetings" in waiting.message
            assert journal_entries(path, ("refused",)) == [waiting]
            assert resolve(online.ctx, path, waiting.id, "theirs") == "dropped"
            assert "离线约的采访" not in {m.topic for m in online.ctx.service(MeetingService).list()}
        finally:
            online.ctx.engine.dispose()
    finally:
        owner.ctx.service(TeamService).set_roles(team.logins["officer2"], frozenset({Role.OFFICER}))
        owner.ctx.engine.dispose()
    with team.connect() as conn:
        (note,) = [r[0] for r in conn.execute("SELECT note FROM audit_log WHERE action = 'offline_dropped'")][
            -1:
        ]
    assert "离线约的采访" in note


def test_an_agenda_changed_meanwhile_is_a_conflict_too(desk):
    from dataclasses import replace

    from commdesk.bootstrap import open_database
    from commdesk.core.meetings.model import AgendaItem, Decision
    from commdesk.services.meetings.minutes import MeetingMinutesService
    from commdesk.services.meetings.service import MeetingService
    from commdesk.services.offline import refresh_snapshot, resolve, sync

    team, relay, ids = desk
    url = relayed(team, relay, "officer")
    online = _online(url)
    path = _snapshot(online)
    refresh_snapshot(online.ctx, path)
    online.ctx.engine.dispose()
    relay.stop()
    try:
        opened = open_database(url, mail_hooks=False, offline_ok=True)
        svc = opened.ctx.service(MeetingMinutesService)
        draft = svc.draft(ids["next_week"])
        draft.decisions = [*draft.decisions, Decision("按议程二：名单周五定", 1)]
        svc.save(draft)
        opened.ctx.engine.dispose()
    finally:
        relay.start()
    admin = _online(team.url("admin"))
    try:  # the organiser puts an item in front: "agenda item 2" now means another one
        meetings = admin.ctx.service(MeetingService)
        meeting = meetings.get(ids["next_week"])
        meetings.save(replace(meeting, agenda=[AgendaItem("开场"), *meeting.agenda]))
    finally:
        admin.ctx.engine.dispose()
    online = _online(url)
    try:
        (waiting,) = sync(online.ctx, path).waiting
        assert (
            waiting.state == "conflict" and "agenda then: 发布流程; Media list; now: 开场" in waiting.message
        )
        assert "按议程二：名单周五定" not in [
            d.text for d in online.ctx.service(MeetingMinutesService).draft(ids["next_week"]).decisions
        ]
        assert resolve(online.ctx, path, waiting.id, "mine") == "done"
        stored = online.ctx.service(MeetingMinutesService).draft(ids["next_week"])
        assert "按议程二：名单周五定" in [d.text for d in stored.decisions]
    finally:
        online.ctx.engine.dispose()
