"""``commdesk cases grade|route|status`` on the demo desk: a complaint graded, routed and moved on
from the command line, one-line refusals; entry kinds printed as words; a received time that cannot
be right refused in words, one long past taken."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

AS = ("--as", "李明", "--passphrase-stdin")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, demo_factory):
    return demo_factory(
        tmp_path_factory.mktemp("demo") / "demo.sqlite3", now=datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
    )


@pytest.fixture
def db(demo_db, tmp_path):
    import shutil

    return shutil.copyfile(demo_db, tmp_path / "desk.sqlite3")


def _one_line_error(code: int, out: str, err: str) -> str:
    assert code == 1 and not out.strip()
    assert len(err.strip().splitlines()) == 1, err
    assert "unexpected error" not in err and "Traceback" not in err
    return err


def test_a_complaint_is_graded_routed_and_moved_on(run_cli, db):
    code, out, err = run_cli("--db", db, "cases", "list", "--json", "--limit", "1000")
    assert code == 0, err
    ungraded = [
        c
        for c in json.loads(out)
        if c["complaint"] and c["complaint_grade"] is None and c["status"] not in ("resolved", "closed")
    ]
    assert ungraded
    ref = ungraded[0]["reference"]
    # resolving an ungraded complaint is refused; the refusal's advice can now be followed
    code, out, err = run_cli("--db", db, *AS, "cases", "resolve", ref, "--outcome", "x", stdin="demo\n")
    assert "Grade the complaint" in _one_line_error(code, out, err)

    code, out, err = run_cli("--db", db, *AS, "cases", "grade", ref, "1", "--json", stdin="demo\n")
    assert code == 0, err
    assert json.loads(out)["complaint_grade"] == 1
    code, out, err = run_cli("--db", db, *AS, "cases", "grade", ref, "7", stdin="demo\n")
    assert "1, 2 or 3" in _one_line_error(code, out, err)

    code, out, err = run_cli(
        "--db",
        db,
        *AS,
        "cases",
        "route",
        ref,
        "--owner",
        "陈静",
        "--priority",
        "high",
        "--json",
        stdin="demo\n",
    )
    assert code == 0, err
    routed = json.loads(out)
    assert routed["owner"].startswith("陈静") and routed["priority"] == "high"
    code, out, err = run_cli("--db", db, *AS, "cases", "route", ref, stdin="demo\n")
    assert "--owner" in _one_line_error(code, out, err)
    code, out, err = run_cli("--db", db, *AS, "cases", "route", ref, "--owner", "Nobody Here", stdin="demo\n")
    _one_line_error(code, out, err)

    code, out, err = run_cli(
        "--db", db, *AS, "cases", "status", ref, "waiting", "--note", "等客户回电", stdin="demo\n"
    )
    assert code == 0, err
    assert ref in out and "Waiting" in out
    code, out, err = run_cli(
        "--db", db, *AS, "cases", "resolve", ref, "--outcome", "已处理", "--json", stdin="demo\n"
    )
    assert code == 0, err
    assert json.loads(out)["status"] == "resolved"


def test_help_and_entry_kinds_in_words(run_cli, db):
    code, out, _ = run_cli("cases", "--help")
    assert code == 0 and all(action in out for action in ("grade", "route", "status"))
    code, _, _ = run_cli("route", "1")  # the actions are the cases group's, not commands of their own
    assert code == 2
    code, out, err = run_cli("--db", db, "cases", "list", "--json", "--limit", "1000")
    words = {
        "call": "call",
        "message_in": "message from them",
        "message_out": "our answer",
        "note": "internal note",
    }
    seen = set()
    for summary in json.loads(out)[:60]:
        code, out, err = run_cli("--db", db, "cases", "show", summary["reference"], "--json")
        kinds = {e["kind"] for e in json.loads(out)["entries"]} - seen
        if not kinds:
            continue
        code, out, err = run_cli("--db", db, "cases", "show", summary["reference"])
        assert code == 0, err
        assert all(f"  {words[k]}  " in out for k in kinds), out
        assert not any(f"  {raw}  " in out for raw in words if raw != words[raw]), out
        seen |= kinds
    assert seen


@pytest.mark.timezones
def test_received_times_long_past_and_impossible(run_cli, db):
    base = (
        "--db",
        db,
        *AS,
        "cases",
        "add",
        "--channel",
        "letter",
        "--category",
        "service",
        "--summary",
        "旧信",
    )
    code, out, err = run_cli(*base, "--at", "2015-06-01 10:00", "--json", stdin="demo\n")
    assert code == 0, err
    assert json.loads(out)["received_at"] == "2015-06-01T02:00:00+00:00"
    code, out, err = run_cli(*base, "--at", "1990-06-01 10:00", stdin="demo\n")
    assert "2000-01-01" in _one_line_error(code, out, err)
