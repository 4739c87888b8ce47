"""``commdesk evaluation training list``: who was marked at each session of a period and who came to
none of them (the app's people and the active staff directory, with anyone marked), as text and as
JSON, checked against the database counted directly."""

from __future__ import annotations

import json
import sqlite3


def _cli(run_cli, db, *args):
    return run_cli("--db", db, "--as", "李明", "--passphrase-stdin", "evaluation", *args, stdin="demo\n")


def _offered(db) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT name FROM people WHERE active UNION SELECT name FROM staff_members WHERE active"
        ).fetchall()
    finally:
        conn.close()
    return {name for (name,) in rows}


def test_training_list_says_who_came_to_no_session_of_the_period(demo_db, run_cli):
    offered = _offered(demo_db)
    came, other = sorted(offered)[:2]
    code, out, err = _cli(run_cli, demo_db, "training", "add", "--day", "2031-03-10", "--topic", "公文写作")
    assert code == 0, err
    first = out.split("#", 1)[1].split()[0]
    code, out, err = _cli(run_cli, demo_db, "training", "add", "--day", "2031-03-20", "--topic", "媒体应对")
    second = out.split("#", 1)[1].split()[0]
    assert _cli(run_cli, demo_db, "training", "attend", first, came, "外聘讲师")[0] == 0
    assert _cli(run_cli, demo_db, "training", "attend", first, other, "临时工", "--absent")[0] == 0
    assert _cli(run_cli, demo_db, "training", "attend", second, other)[0] == 0  # came the second time

    code, out, err = _cli(run_cli, demo_db, "training", "list", "--period", "2031-03", "--json")
    assert code == 0, err
    data = json.loads(out)
    by_id = {str(s["id"]): s for s in data["sessions"]}
    assert {(m["person"], m["present"]) for m in by_id[first]["marked"]} == {
        (came, True),
        ("外聘讲师", True),
        (other, False),
        ("临时工", False),
    }
    assert by_id[second]["marked"] == [{"person": other, "present": True}]
    nobody = data["not_at_any_session"]
    assert set(nobody) == (offered | {"临时工"}) - {came, other}
    assert len(nobody) == len(set(nobody))

    code, out, err = _cli(run_cli, demo_db, "training", "list", "--period", "2031-03")
    assert code == 0, err
    assert f"Not at any session ({len(nobody)}): " in out and "临时工" in out
