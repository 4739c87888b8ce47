"""``commdesk meetings list|export`` and ``commdesk actions list`` as a user runs them."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
import vobject


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, demo_factory):
    return demo_factory(
        tmp_path_factory.mktemp("demo") / "demo.sqlite3", now=datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
    )


def test_list_json_and_date_filter(run_cli, demo_db):
    code, out, err = run_cli("--db", demo_db, "meetings", "list", "--json")
    assert code == 0, err
    meetings = json.loads(out)
    assert len(meetings) == 13 and sum(1 for m in meetings if m["series_id"]) == 8
    code, out, _ = run_cli(
        "--db", demo_db, "meetings", "list", "--from", "2026-12-03", "--to", "2026-12-09", "--json"
    )
    days = [m["start"][:10] for m in json.loads(out)]
    assert days and all("2026-12-03" <= d <= "2026-12-09" for d in days)
    code, out, _ = run_cli("--db", demo_db, "meetings", "list")
    assert "年度媒体峰会筹备会" in out


def test_wrong_arguments_say_what_to_do(run_cli, demo_db):
    code, _, err = run_cli("--db", demo_db, "meetings", "list", "--from", "12/01/2026")
    assert code == 1 and "2026-12-01" in err and "Traceback" not in err
    code, _, err = run_cli("--db", demo_db, "meetings", "export", "1", "x.docx")
    assert code == 1 and ".ics" in err
    code, _, err = run_cli("--db", demo_db, "meetings", "export", "999", "x.ics")
    assert code == 1 and "999" in err


def test_export_ics_pdf_and_minutes(run_cli, demo_db, tmp_path):
    from pypdf import PdfReader

    code, out, _ = run_cli("--db", demo_db, "meetings", "list", "--json")
    by_topic = {m["topic"]: m["id"] for m in json.loads(out)}
    summit = by_topic["年度媒体峰会筹备会"]
    ics = tmp_path / "summit.ics"
    assert run_cli("--db", demo_db, "meetings", "export", summit, ics)[0] == 0
    cal = vobject.readOne(ics.read_text("utf-8"))
    assert cal.method.value == "REQUEST" and cal.vevent.location.value == "5楼 大会议室"
    assert len(cal.vevent.attendee_list) == 4 and cal.vevent.valarm
    pdf = tmp_path / "summit.pdf"
    assert run_cli("--db", demo_db, "meetings", "export", summit, pdf)[0] == 0
    assert "嘉宾名单" in "".join(p.extract_text() for p in PdfReader(pdf).pages)
    minutes = tmp_path / "minutes.pdf"
    code, _, err = run_cli(
        "--db", demo_db, "meetings", "export", by_topic["第三季度传播复盘会"], minutes, "--minutes"
    )
    assert code == 0, err
    body = "".join(p.extract_text() for p in PdfReader(minutes).pages)
    assert "发布会邀请至少提前 5 个工作日发出。" in body and "Decision" in body


def test_actions_list_overdue_and_owner(run_cli, demo_db):
    code, out, err = run_cli("--db", demo_db, "actions", "list", "--overdue", "--json")
    assert code == 0, err
    overdue = json.loads(out)
    assert overdue and all(a["overdue"] and a["status"] in ("open", "in_progress") for a in overdue)
    code, out, _ = run_cli("--db", demo_db, "actions", "list", "--owner", "emma", "--json")
    owners = {a["owner"] for a in json.loads(out)}
    assert owners == {"Emma Schmidt"}
    code, out, _ = run_cli("--db", demo_db, "actions", "list", "--overdue")
    assert "OVERDUE" in out
