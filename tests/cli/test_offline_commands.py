"""``--offline-ok`` and ``commdesk offline status|refresh|sync|resolve`` as a minute-taker uses them:
the copy made while the server answers, minutes written with the server away, sent when it is back."""

from __future__ import annotations

import json

import pytest
from tests.services.offline_support import need_server, now_utc, plan_meetings, relayed, team_and_relay


@pytest.fixture(scope="module")
def desk():
    need_server()
    from tests.team.conftest import drop_team_database

    team, relay = team_and_relay()
    ids = plan_meetings(team, now_utc())
    yield team, relay, ids
    relay.stop()
    drop_team_database(team)


def test_minutes_written_offline_on_the_command_line_reach_the_server(desk, run_cli):
    team, relay, ids = desk
    url = relayed(team, relay, "officer")
    code, out, err = run_cli("--db", url, "offline", "refresh")
    assert code == 0, err
    assert "1 meeting" in out

    relay.stop()
    try:
        code, out, err = run_cli("--db", url, "meetings", "list")
        assert code == 1 and "cannot connect" in err and "--offline-ok" in err and len(err.splitlines()) == 1
        code, out, err = run_cli("--db", url, "--offline-ok", "meetings", "list", "--json")
        assert code == 0, err
        assert "offline copy" in err and len(err.splitlines()) == 1
        assert [m["id"] for m in json.loads(out)] == [ids["next_week"]]
        code, out, err = run_cli(
            "--db",
            url,
            "--offline-ok",
            "meetings",
            "minutes",
            str(ids["next_week"]),
            "--decision",
            "命令行离线决定",
        )
        assert code == 0, err
        code, out, err = run_cli(
            "--db", url, "--offline-ok", "meetings", "minutes", str(ids["next_week"]), "--circulate"
        )
        assert code == 1 and "offline: only minutes and planning a meeting" in err
        code, out, err = run_cli("--db", url, "offline", "status", "--json")
        assert code == 0, err
        status = json.loads(out)
        assert [c["state"] for c in status["changes"]] == ["pending"]
        code, out, err = run_cli("--db", url, "offline", "sync")
        assert code == 1 and "cannot connect" in err
    finally:
        relay.start()

    code, out, err = run_cli("--db", url, "offline", "sync")
    assert code == 0, err
    assert "1 offline change sent" in out
    code, out, err = run_cli(
        "--db", team.url("reviewer"), "meetings", "minutes", str(ids["next_week"]), "--json"
    )
    assert code == 0, err
    assert "命令行离线决定" in out
    code, out, err = run_cli("--db", url, "offline", "status")
    assert code == 0 and "Nothing written offline waits" in out
    code, out, err = run_cli("--db", url, "offline", "resolve", "99", "--theirs")
    assert code == 1 and "No offline change 99" in err


def test_a_conflict_is_listed_and_merged_by_hand_on_the_command_line(desk, run_cli, tmp_path):
    from commdesk.bootstrap import open_database
    from commdesk.services.meetings.minutes import MeetingMinutesService

    team, relay, ids = desk
    url = relayed(team, relay, "officer")
    meeting = str(ids["next_week"])
    assert run_cli("--db", url, "offline", "refresh")[0] == 0
    mine = tmp_path / "mine.md"
    mine.write_text("离线：议程一已讨论", encoding="utf-8")
    relay.stop()
    try:
        code, _out, err = run_cli(
            "--db", url, "--offline-ok", "meetings", "minutes", meeting, "--notes-file", mine
        )
        assert code == 0, err
    finally:
        relay.start()
    admin = open_database(team.url("admin"), mail_hooks=False)
    try:
        svc = admin.ctx.service(MeetingMinutesService)
        theirs = svc.draft(ids["next_week"])
        theirs.notes = "服务器：议程二已讨论"
        svc.save(theirs)
    finally:
        admin.ctx.engine.dispose()

    code, out, err = run_cli("--db", url, "offline", "sync")
    assert code == 1 and "1 wait for your decision" in out
    code, out, _err = run_cli("--db", url, "offline", "status")
    assert "needs a decision" in out and "minutes of meeting" in out and "offline resolve" in out
    entry = out.splitlines()[1].split("\t")[0]
    merged = tmp_path / "merged.md"
    merged.write_text("服务器：议程二已讨论\n离线：议程一已讨论", encoding="utf-8")
    code, out, err = run_cli("--db", url, "offline", "resolve", entry, "--merged-notes", merged)
    assert code == 0 and "sent to the server" in out, err
    code, out, err = run_cli("--db", team.url("reviewer"), "meetings", "minutes", meeting, "--json")
    assert code == 0 and "服务器：议程二已讨论\\n离线：议程一已讨论" in out, out
