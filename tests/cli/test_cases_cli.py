"""``commdesk cases list|show|add|resolve|reply|escalate`` as a user runs them, on the demo desk."""

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
    """A copy of the module's demo desk for a test that writes."""
    import shutil

    return shutil.copyfile(demo_db, tmp_path / "desk.sqlite3")


def test_list_filters_and_json(run_cli, demo_db):
    code, out, err = run_cli("--db", demo_db, "cases", "list", "--json", "--limit", "1000")
    assert code == 0, err
    cases = json.loads(out)
    assert len(cases) >= 150
    assert {c["channel"] for c in cases} >= {
        "hotline",
        "mailbox",
        "web_form",
        "social_media",
        "letter",
        "walk_in",
        "media_inquiry",
    }
    dues = [c["next_due_at"] for c in cases if c["next_due_at"]]
    assert dues == sorted(dues)  # soonest due first
    code, out, _ = run_cli("--db", demo_db, "cases", "list", "--overdue", "--json")
    overdue = json.loads(out)
    assert overdue and all(c["overdue"] and c["status"] not in ("resolved", "closed") for c in overdue)
    code, out, _ = run_cli("--db", demo_db, "cases", "list", "--status", "resolved", "--json")
    assert {c["status"] for c in json.loads(out)} == {"resolved"}
    code, out, _ = run_cli("--db", demo_db, "cases", "list", "--overdue")
    assert code == 0 and "CD-2026-" in out and "overdue" in out


def test_media_inquiries_of_the_contacts_are_cases(run_cli, demo_db):
    code, out, _ = run_cli("--db", demo_db, "cases", "list", "--json", "--limit", "1000")
    inquiries = [c for c in json.loads(out) if c["channel"] == "media_inquiry"]
    assert inquiries and all(c["raised_by"] for c in inquiries)
    code, out, err = run_cli("--db", demo_db, "cases", "show", inquiries[0]["reference"], "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["contact_id"] is not None and shown["id"] == inquiries[0]["id"]


@pytest.mark.timezones
def test_a_letter_logged_later_then_resolved(run_cli, db):
    code, out, err = run_cli(
        "--db",
        db,
        *AS,
        "cases",
        "add",
        "--channel",
        "letter",
        "--category",
        "service",
        "--subcategory",
        "营业时间",
        "--customer",
        "赵先生",
        "--phone",
        "13912345678",
        "--summary",
        "来信：询问春节营业时间",
        "--at",
        "2026-09-30 17:00",
        "--json",
        stdin="demo\n",
    )
    assert code == 0, err
    case = json.loads(out)
    assert case["reference"].startswith("CD-2026-") and case["received_at"] == "2026-09-30T09:00:00+00:00"
    assert case["department"] == "行政部" and case["raised_by"] == "赵先生"
    first = next(c for c in case["clocks"] if c["kind"] == "first_response")
    # one working day across National Day: 1 h on 30 September, 8 h from 09:00 on 8 October
    assert first["due"] == "2026-10-08T09:00:00+00:00" and first["due_local"].endswith(
        "(Asia/Shanghai, UTC+08:00)"
    )
    code, out, err = run_cli("--db", db, "cases", "show", case["reference"])
    assert code == 0, err
    assert "due 2026-10-08 17:00 (Asia/Shanghai, UTC+08:00)" in out and "Overdue by" in out

    code, _, err = run_cli(
        "--db", db, *AS, "cases", "resolve", str(case["id"]), "--csat", "7", stdin="demo\n"
    )
    assert code == 1 and "1 to 5" in err and len(err.strip().splitlines()) == 1
    code, _, err = run_cli(
        "--db", db, *AS, "cases", "resolve", str(case["id"]), "--expect-version", "99", stdin="demo\n"
    )
    assert code == 1 and "version" in err
    code, out, err = run_cli(
        "--db",
        db,
        *AS,
        "cases",
        "resolve",
        case["reference"],
        "--fcr",
        "no",
        "--csat",
        "5",
        "--outcome",
        "已回信告知",
        stdin="demo\n",
    )
    assert code == 0, err
    code, out, _ = run_cli("--db", db, "cases", "show", str(case["id"]), "--json")
    done = json.loads(out)
    assert done["status"] == "resolved" and done["csat"] == 5 and done["first_contact_resolution"] is False
    assert done["outcome"] == "已回信告知"
    assert all(c["stopped"] for c in done["clocks"])


def test_wrong_input_says_what_to_do(run_cli, db):
    code, _, err = run_cli(
        "--db",
        db,
        *AS,
        "cases",
        "add",
        "--channel",
        "hotline",
        "--category",
        "nope",
        "--summary",
        "x",
        stdin="demo\n",
    )
    assert code == 1 and "nope" in err and "service" in err and "Traceback" not in err
    code, _, err = run_cli(
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
        "x",
        "--at",
        "30.09.2026",
        stdin="demo\n",
    )
    assert code == 1 and "2026-12-10 14:30" in err
    code, _, err = run_cli(
        "--db", db, *AS, "cases", "add", "--channel", "media_inquiry", "--category", "media_inquiry",
        "--contact", "Nobody Here", "--summary", "x", stdin="demo\n",
    )  # fmt: skip
    assert code == 1 and "Nobody Here" in err
    code, _, err = run_cli("--db", db, "cases", "show", "99999")
    assert code == 1 and "99999" in err
    code, _, err = run_cli(
        "--db", db, "cases", "add", "--channel", "hotline", "--category", "service", "--summary", "x"
    )
    assert code == 1 and "--as" in err


def test_reply_through_the_outbox_and_escalate_once(run_cli, db, tmp_path):
    code, out, err = run_cli(
        "--db", db, *AS, "cases", "add", "--channel", "mailbox", "--category", "product", "--summary",
        "询问新品上市时间", "--email", "reader@example.org", "--json", stdin="demo\n",
    )  # fmt: skip
    assert code == 0, err
    case = json.loads(out)
    body = tmp_path / "answer.txt"
    body.write_text("您好，新品将于下月上市。", encoding="utf-8")
    code, out, err = run_cli(
        "--db", db, *AS, "cases", "reply", case["reference"], "--body-file", body, "--json", stdin="demo\n"
    )
    assert code == 0, err
    replied = json.loads(out)
    assert replied["first_response_at"] and replied["outbox_ids"]
    code, out, _ = run_cli("--db", db, "outbox", "list", "--json")
    [queued] = [m for m in json.loads(out) if m["id"] == replied["outbox_ids"][0]]
    assert case["reference"] in queued["subject"]

    code, out, err = run_cli("--db", db, *AS, "cases", "escalate", "--json", stdin="demo\n")
    assert code == 0, err
    first = json.loads(out)
    assert first and all(e["clock"] in ("first_response", "next_update", "resolution") for e in first)
    code, out, err = run_cli("--db", db, *AS, "cases", "escalate", "--json", stdin="demo\n")
    assert code == 0 and json.loads(out) == []  # each clock once
    code, out, err = run_cli(
        "--db", db, "--as", "陈静", "--passphrase-stdin", "audit", "--json", stdin="demo\n"
    )
    assert code == 0, err
    escalations = [e for e in json.loads(out) if e.get("action") == "escalate"]
    assert len(escalations) >= len(first)
