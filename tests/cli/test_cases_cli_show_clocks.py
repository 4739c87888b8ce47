"""``commdesk cases show``: a case whose next-update clock ran twice says which is which (the earlier
one and the current or latest one), each with its own due time and zone, in English and Chinese; its
entries are words of the language, not codes."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, demo_factory):
    return demo_factory(
        tmp_path_factory.mktemp("demo") / "demo.sqlite3", now=datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
    )


def _case_with_two_next_updates(run_cli, db) -> dict:
    code, out, err = run_cli("--db", db, "cases", "list", "--json", "--limit", "1000")
    assert code == 0, err
    for summary in json.loads(out):
        code, out, err = run_cli("--db", db, "cases", "show", str(summary["id"]), "--json")
        case = json.loads(out)
        if sum(k["kind"] == "next_update" for k in case["clocks"]) >= 2:
            return case
    raise AssertionError("the demo has no case whose next update ran twice")


def _clock_lines(out: str, word: str) -> list[str]:
    return [line for line in out.splitlines() if word in line]


def test_two_next_update_clocks_say_which_is_which(run_cli, demo_db):
    case = _case_with_two_next_updates(run_cli, demo_db)
    updates = [k for k in case["clocks"] if k["kind"] == "next_update"]
    code, out, err = run_cli("--db", demo_db, "cases", "show", case["reference"])
    assert code == 0, err
    lines = _clock_lines(out, "Next update")
    assert len(lines) == len(updates)
    count = len(updates)
    for n, (line, clock) in enumerate(zip(lines, updates, strict=True), start=1):
        if n < count:
            assert f"(earlier, {n} of {count})" in line
        elif clock["state"] in ("running", "paused", "breached"):
            assert f"(current, {n} of {count})" in line
        else:
            assert f"(latest, {n} of {count})" in line
        assert clock["due_local"] in line  # its own due time, with the zone
        assert "(Asia/Shanghai, UTC+08:00)" in line
    assert len(set(lines)) == len(lines)
    # a clock that ran once keeps its plain name
    assert any(line.startswith("clock First response:") for line in out.splitlines())


def test_chinese_show_has_no_codes_or_ascii_colons_after_names(run_cli, demo_db):
    case = _case_with_two_next_updates(run_cli, demo_db)
    code, out, err = run_cli("--db", demo_db, "--lang", "zh_CN", "cases", "show", case["reference"])
    assert code == 0, err
    lines = _clock_lines(out, "下次进展告知")
    assert "（前一次，第 1 次" in lines[0]
    assert "第 2 次" in lines[1]
    assert lines[0] != lines[1]
    for code_word in ("message_in", "message_out", "next_update", "first_response"):
        assert code_word not in out
    for entry in (e for e in case["entries"] if e["author"]):
        assert f"{entry['author']}：" in out
