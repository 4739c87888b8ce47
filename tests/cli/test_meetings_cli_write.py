"""``commdesk meetings add|edit|minutes`` as an administrator's script runs them: the same services,
role checks, procedure findings and four-eyes rule as the window, with one-line errors."""

from __future__ import annotations

import json

import pytest
from tests.conftest import REVIEWER_PASSPHRASE

ADMIN, OFFICER, REVIEWER, OFFICER2 = "陈静 Chen Jing", "李明 Li Ming", "王芳 Wang Fang", "Emma Schmidt"
# Far enough ahead that PC-2's 24 hours and the start never depend on today's date.
CALL = [
    "--title",
    "Launch call",
    "--kind",
    "conference",
    "--start",
    "2030-06-10 14:00",
    "--tz",
    "Europe/Berlin",
    "--minutes",
    "45",
]


def as_args(who: str) -> list[str]:
    """``--as who``; the reviewer has a passphrase (a reviewer on a shared desk must), given on stdin."""
    return ["--as", who, "--passphrase-stdin"] if who == REVIEWER else ["--as", who]


def stdin_for(who: str) -> str | None:
    return REVIEWER_PASSPHRASE + "\n" if who == REVIEWER else None


@pytest.fixture
def db(ctx, people, db_url):
    return db_url


def ok(run_cli, db, *args, who=ADMIN):
    code, out, err = run_cli("--db", db, *as_args(who), *args, stdin=stdin_for(who))
    assert code == 0, err
    return out, err


def refused(run_cli, db, *args, who=ADMIN):
    code, out, err = run_cli("--db", db, *as_args(who), *args, stdin=stdin_for(who))
    assert code == 1 and out == "", (code, out, err)
    assert err.startswith("commdesk: ") and err.count("\n") == 1 and "Traceback" not in err
    return err


def stored(run_cli, db) -> list[dict]:
    out, _ = ok(run_cli, db, "meetings", "list", "--json")
    return json.loads(out)


def audit(run_cli, db) -> list[dict]:
    out, _ = ok(run_cli, db, "audit", "--json", "--since", "2000-01-01")
    return json.loads(out)


@pytest.mark.timezones
def test_add_keeps_the_clock_time_of_the_meetings_zone_whatever_the_computers(run_cli, db, process_tz):
    out, err = ok(
        run_cli,
        db,
        "meetings",
        "add",
        *CALL,
        "--participant",
        OFFICER,
        "--participant",
        "Anna Berg <anna@example.de>",
        "--participant",
        "li@example.org",
        "--agenda",
        "Opening|10",
        "--agenda",
        "Plan|20|Emma Schmidt",
        "--json",
    )
    m = json.loads(out)
    assert (m["start"], m["end"], m["tz"]) == (
        "2030-06-10T14:00:00+02:00",
        "2030-06-10T14:45:00+02:00",
        "Europe/Berlin",
    )
    assert [(p["name"], p["email"]) for p in m["participants"]] == [
        (OFFICER, "li@example.org"),
        ("Anna Berg", "anna@example.de"),
        (OFFICER, "li@example.org"),
    ]
    assert m["participants"][0]["person_id"] is not None and m["participants"][1]["person_id"] is None
    assert [(a["title"], a["minutes"], a["presenter"]) for a in m["agenda"]] == [
        ("Opening", 10, ""),
        ("Plan", 20, "Emma Schmidt"),
    ]
    assert m["organiser"] == ADMIN and m["invitation_sent_at"] is None
    # No link or dial-in: PC-2 says so, as the planning dialog's list of checks does.
    assert [f["rule"] for f in m["findings"]] == ["PC-2"] and "link" in m["findings"][0]["message"]
    listed = stored(run_cli, db)
    assert [(x["id"], x["start"], x["tz"]) for x in listed] == [(m["id"], m["start"], "Europe/Berlin")]
    # Text output: the zone is named, the warning goes to stderr.
    out, err = ok(run_cli, db, "meetings", "add", *CALL[:-2], "--tz", "Asia/Shanghai")
    assert "2030-06-10 14:00 (Asia/Shanghai" in out and "warning: PC-2:" in err
    # Moving a meeting to another zone keeps the clock time typed (like the dialog's zone box).
    out, _ = ok(run_cli, db, "meetings", "edit", m["id"], "--tz", "America/New_York", "--json")
    assert json.loads(out)["start"] == "2030-06-10T14:00:00-04:00"


def test_invitation_needs_a_reason_for_each_warning_which_lands_in_the_audit_log(run_cli, db):
    out, _ = ok(
        run_cli, db, "meetings", "add", *CALL, "--participant", OFFICER, "--agenda", "Plan|60", "--json"
    )
    first = json.loads(out)
    assert {f["rule"] for f in first["findings"]} == {"PC-2", "PC-4"}
    err = refused(run_cli, db, "meetings", "edit", first["id"], "--invite")
    assert f"Meeting {first['id']} was saved but its invitation was not issued" in err
    assert "PC-2" in err and "PC-4" in err and "--override" in err
    err = refused(run_cli, db, "meetings", "edit", first["id"], "--invite", "--override", "PC-2=link by SMS")
    assert "PC-4" in err and "PC-2:" not in err  # only the rule still without a reason
    assert stored(run_cli, db)[0]["invitation_sent"] is False
    out, _ = ok(
        run_cli,
        db,
        "meetings",
        "edit",
        first["id"],
        "--invite",
        "--override",
        "PC-2=link by SMS",
        "--override",
        "the chair keeps time",
    )
    assert out.splitlines()[:2] == ["override: PC-2: link by SMS", "override: PC-4: the chair keeps time"]
    assert "Invitation issued" in out
    assert stored(run_cli, db)[0]["invitation_sent"] is True
    overrides = {
        e["note"] for e in audit(run_cli, db) if e["action"] == "override" and e["entity"] == "meetings"
    }
    assert overrides == {"PC-2: link by SMS", "PC-4: the chair keeps time"}
    # A meeting without findings is invited without any reason.
    out, _ = ok(
        run_cli,
        db,
        "meetings",
        "add",
        *CALL,
        "--participant",
        OFFICER,
        "--agenda",
        "Plan|30",
        "--link",
        "https://meet.example.org/x",
        "--invite",
        "--json",
    )
    invited = json.loads(out)
    assert invited["findings"] == [] and invited["overrides"] == {} and invited["invitation_sent_at"]


def test_bad_input_is_refused_in_one_line_and_nothing_is_saved(run_cli, db):
    for args, words in (
        (["--start", "10.06.2030 14:00"], "2026-12-10 14:30"),
        (["--start", "2030-06-10T14:00+02:00"], "--tz"),
        (["--tz", "Mars/Olympus"], "Mars/Olympus"),
        (["--agenda", "Plan|half an hour"], "whole number"),
        (["--agenda", "a|1|b|c"], "TITLE|MINUTES"),
        (["--minutes", "0"], "duration"),
        (["--title", "  "], "topic"),
        (["--override", "late"], "--invite"),
        (["--link", "https://meet.example.org/x\nDial 123"], "line break"),
    ):
        err = refused(run_cli, db, "meetings", "add", *CALL, *args)
        assert words in err, (args, err)
    assert stored(run_cli, db) == []
    code, _, err = run_cli("--db", db, "meetings", "add", *CALL, "--kind", "video")
    assert code == 2 and "conference" in err  # argparse names the choices
    assert "999" in refused(run_cli, db, "meetings", "edit", "999", "--title", "x")
    assert "999" in refused(run_cli, db, "meetings", "minutes", "999")


def test_a_person_without_the_role_is_refused(run_cli, db):
    err = refused(run_cli, db, "meetings", "add", *CALL, who=REVIEWER)
    assert "王芳" in err and "Officer" in err
    assert stored(run_cli, db) == []
    out, _ = ok(run_cli, db, "meetings", "add", *CALL, "--json", who=OFFICER)
    meeting = json.loads(out)
    assert meeting["organiser"] == OFFICER
    assert "Officer" in refused(run_cli, db, "meetings", "edit", meeting["id"], "--title", "x", who=REVIEWER)
    assert "Officer" in refused(
        run_cli, db, "meetings", "minutes", meeting["id"], "--decision", "x", who=REVIEWER
    )
    assert stored(run_cli, db)[0]["topic"] == "Launch call"


def test_a_stale_edit_is_a_conflict_and_changes_nothing(run_cli, db):
    out, _ = ok(run_cli, db, "meetings", "add", *CALL, "--json")
    m = json.loads(out)
    out, _ = ok(
        run_cli,
        db,
        "meetings",
        "edit",
        m["id"],
        "--title",
        "Launch call (moved)",
        "--expect-version",
        m["version"],
        "--json",
    )
    newer = json.loads(out)
    assert newer["version"] > m["version"] and stored(run_cli, db)[0]["version"] == newer["version"]
    err = refused(
        run_cli, db, "meetings", "edit", m["id"], "--title", "Mine", "--expect-version", m["version"]
    )
    assert "changed by someone else" in err and f"--expect-version {newer['version']}" in err
    assert stored(run_cli, db)[0]["topic"] == "Launch call (moved)"
    out, _ = ok(run_cli, db, "meetings", "edit", m["id"], "--agenda", "A|5", "--clear", "agenda", "--json")
    assert [a["title"] for a in json.loads(out)["agenda"]] == ["A"]  # --clear empties, the new items follow
    out, _ = ok(run_cli, db, "meetings", "edit", m["id"], "--clear", "agenda", "--json")
    assert json.loads(out)["agenda"] == []


def test_minutes_written_circulated_and_approved_by_someone_else(run_cli, db, tmp_path):
    out, _ = ok(run_cli, db, "meetings", "add", *CALL, "--participant", OFFICER, "--json")
    mid = json.loads(out)["id"]
    notes = tmp_path / "notes.md"
    notes.write_text("# 会议纪要\n\n讨论了发布时间。\n", encoding="utf-8")
    out, _ = ok(
        run_cli,
        db,
        "meetings",
        "minutes",
        mid,
        "--notes-file",
        notes,
        "--decision",
        "Launch on 1 July",
        "--action",
        f"Draft the release|{OFFICER2}|2030-06-20",
        "--action",
        "Book the room",
        "--json",
        who=OFFICER,
    )
    draft = json.loads(out)
    assert (
        draft["state"] == "draft"
        and draft["notes"].startswith("# 会议纪要")
        and draft["decisions"] == ["Launch on 1 July"]
    )
    assert [(a["description"], a["owner"], a["owner_email"], a["deadline"]) for a in draft["actions"]] == [
        ("Draft the release", OFFICER2, "emma@example.org", "2030-06-20"),
        ("Book the room", "", "", None),
    ]
    assert "not possible now" in refused(run_cli, db, "meetings", "minutes", mid, "--approve", who=OFFICER2)
    out, _ = ok(run_cli, db, "meetings", "minutes", mid, "--circulate", who=OFFICER)
    assert "Circulated" in out and "decision: Launch on 1 July" in out
    # Four eyes: whoever wrote the minutes may not approve them.
    err = refused(run_cli, db, "meetings", "minutes", mid, "--approve", who=OFFICER)
    assert "four eyes" in err and "李明" in err
    out, _ = ok(run_cli, db, "meetings", "minutes", mid, "--approve", "--json", who=OFFICER2)
    approved = json.loads(out)
    assert approved["state"] == "approved" and approved["approved_by"] == OFFICER2 and approved["approved_at"]
    assert "locked" in refused(run_cli, db, "meetings", "minutes", mid, "--decision", "late", who=OFFICER2)
    code, _, err = run_cli("--db", db, "meetings", "minutes", mid, "--circulate", "--approve")
    assert code == 2 and "not allowed with" in err


def test_minutes_bad_input(run_cli, db, tmp_path):
    out, _ = ok(run_cli, db, "meetings", "add", *CALL, "--json")
    mid = json.loads(out)["id"]
    assert "2026-12-01" in refused(run_cli, db, "meetings", "minutes", mid, "--action", "x|y|next week")
    assert "TEXT|OWNER" in refused(run_cli, db, "meetings", "minutes", mid, "--action", "|Emma")
    assert "missing.md" in refused(
        run_cli, db, "meetings", "minutes", mid, "--notes-file", tmp_path / "missing.md"
    )
    assert "no minutes" in refused(run_cli, db, "meetings", "minutes", mid, "--circulate")
    out, _ = ok(run_cli, db, "meetings", "minutes", mid)
    assert "has no minutes yet" in out
    out, _ = ok(run_cli, db, "meetings", "minutes", mid, "--json")
    assert (json.loads(out)["state"], json.loads(out)["decisions"]) == (None, [])
