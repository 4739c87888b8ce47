"""``commdesk evaluation figures``: the figures of a period as a person reads them, and as JSON."""

from __future__ import annotations

import json
import sqlite3

from commdesk.core.evaluation.catalogue import CATALOGUE


def test_figures_as_json_and_as_text(demo_db, run_cli):
    code, out, err = run_cli(
        "--db",
        demo_db,
        "--as",
        "李明",
        "--passphrase-stdin",
        "evaluation",
        "figures",
        "--period",
        "2026Q4",
        "--json",
        stdin="demo\n",
    )
    assert code == 0, err
    data = json.loads(out)
    assert (data["period"], data["previous_period"]) == ("2026Q4", "2026Q3")
    assert [f["key"] for f in data["figures"]] == [k.key for k in CATALOGUE]
    figures = {f["key"]: f for f in data["figures"]}
    db = sqlite3.connect(demo_db)
    # the organisation's zone bounds the quarter; coverage holds days, so it is counted here directly
    stories = db.execute(
        "SELECT count(*) FROM release_coverage WHERE subject='' AND day>='2026-10-01' AND day<'2027-01-01'"
    ).fetchone()[0]
    db.close()
    assert figures["coverage.count"]["value"] == (stories or None)
    code, out, err = run_cli(
        "--db",
        demo_db,
        "--as",
        "李明",
        "--passphrase-stdin",
        "evaluation",
        "figures",
        "--period",
        "2026Q4",
        stdin="demo\n",
    )
    assert code == 0, err
    assert "2026Q4 (2026-10-01 to 2026-12-31)" in out and "PC-5" in out
    assert f"Coverage about us: {stories:,} (2026Q3: " in out
    # in Chinese each line is punctuated as Chinese (全角), not "已发邮件: 9 (2026Q3: 5; +4, 上升)"
    code, out, err = run_cli(
        "--db", demo_db, "--lang", "zh_CN", "--as", "李明", "--passphrase-stdin",
        "evaluation", "figures", "--period", "2026Q4", stdin="demo\n",
    )  # fmt: skip
    assert code == 0, err
    lines = [line for line in out.splitlines() if line.startswith("MD-6")]
    assert lines and all("：" in line and "（2026Q3：" in line and ": " not in line for line in lines)


def test_a_wrong_period_is_named(demo_db, run_cli):
    code, _out, err = run_cli(
        "--db",
        demo_db,
        "--as",
        "李明",
        "--passphrase-stdin",
        "evaluation",
        "figures",
        "--period",
        "2026Q7",
        stdin="demo\n",
    )
    assert code != 0 and "2026Q7" in err and "2026Q4" in err


def _as_li(*args):
    return ("--db", args[0], "--as", "李明", "--passphrase-stdin", *args[1:])


def test_report_with_decisions_and_a_monitoring_import(demo_db, run_cli, tmp_path):
    csv_file = tmp_path / "monitoring.csv"
    csv_file.write_bytes(
        "Date,Pub,Sentiment,Brand\n2026-11-03,Caixin,positive,\n2026-11-04,Reuters,neutral,Rival\n".encode(
            "gb18030"
        )
    )
    code, out, err = run_cli(
        *_as_li(demo_db, "evaluation", "import-coverage", csv_file, "--column", "outlet=Pub"), stdin="demo\n"
    )
    assert code == 0, err
    assert "Imported 2 stories" in out and "1 about the organisation, 1 about competitors" in out
    decisions = tmp_path / "decisions.txt"
    decisions.write_text(
        "# EV-8\nPost weekly on WeChat;陈静;2027-01-31\n\nAnswer inquiries faster;李明;2027-02-15\n", "utf-8"
    )
    pdf = tmp_path / "q4.pdf"
    code, out, err = run_cli(
        *_as_li(
            demo_db,
            "evaluation",
            "report",
            pdf,
            "--period",
            "2026Q4",
            "--decisions",
            decisions,
            "--decision",
            "Log competitors' stories monthly;李明;2027-03-01",
        ),
        stdin="demo\n",
    )
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF")
    assert out.count("#") == 3 and "Post weekly on WeChat" in out
    code, out, err = run_cli(*_as_li(demo_db, "actions", "list", "--json"), stdin="demo\n")
    assert code == 0, err
    assert "Answer inquiries faster" in out and "Log competitors' stories monthly" in out


def test_a_bad_decision_line_is_named_and_nothing_is_written(demo_db, run_cli, tmp_path):
    decisions = tmp_path / "decisions.txt"
    decisions.write_text("Good one;李明;2027-01-31\nno owner here\nBad date;李明;soon\n", "utf-8")
    pdf = tmp_path / "q4.pdf"
    code, _out, err = run_cli(
        *_as_li(demo_db, "evaluation", "report", pdf, "--period", "2026Q4", "--decisions", decisions),
        stdin="demo\n",
    )
    assert code != 0 and "line 2" in err and "line 3" in err and "soon" in err
    assert not pdf.exists()


def test_the_report_made_again_keeps_one_action_per_decision_and_lists_the_period_s(
    demo_db, run_cli, tmp_path
):
    """Making the quarter's report a second time (a typo fixed, a decision added) used to make a
    second review meeting and a second action item of the same decision; a report made later without
    decisions said none was recorded."""
    from pypdf import PdfReader

    def report(name: str, *decisions: str):
        args = [a for d in decisions for a in ("--decision", d)]
        pdf = tmp_path / name
        code, out, err = run_cli(
            *_as_li(demo_db, "evaluation", "report", pdf, "--period", "2026Q4", *args), stdin="demo\n"
        )
        assert code == 0, err
        return out, "\n".join(page.extract_text() for page in PdfReader(pdf).pages)

    first, _ = report("a.pdf", "Minutes within 24 hours;李明;2027-01-15")
    again, text = report(
        "b.pdf", "Minutes within 24 hours;李明;2027-01-15", "One internal calendar;陈静;2027-02-01"
    )
    assert "recorded before: Minutes within 24 hours" in again and "#" in first
    later, text_later = report("c.pdf")  # no decision given: the period's decisions are listed still
    assert "recorded before: Minutes within 24 hours" in later and "One internal calendar" in later
    for pdf_text in (text, text_later):
        assert "Minutes within 24 hours" in pdf_text and "One internal calendar" in pdf_text
        assert "No decision was recorded" not in pdf_text
    db = sqlite3.connect(demo_db)
    meetings = db.execute(
        "SELECT id FROM meetings WHERE topic = 'Evaluation review 2026Q4: record of decisions' AND start IS NULL"
    ).fetchall()
    actions = db.execute(
        "SELECT description, meeting_id FROM meeting_actions WHERE note LIKE '%2026Q4%EV-8%' ORDER BY id"
    ).fetchall()
    db.close()
    assert len(meetings) == 1
    assert actions == [
        ("Minutes within 24 hours", meetings[0][0]),
        ("One internal calendar", meetings[0][0]),
    ]
    # another period's report does not list them
    code, out, err = run_cli(
        *_as_li(demo_db, "evaluation", "report", tmp_path / "y.pdf", "--period", "2026"), stdin="demo\n"
    )
    assert code == 0, err
    assert "Minutes within 24 hours" not in out
