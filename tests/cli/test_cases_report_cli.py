"""``commdesk cases report`` as a stranger runs it, on the demo desk: the monthly PDF read back with
pdftotext and its figures checked against the records the other commands show (``cases list``,
``cases show``); bad dates and periods refused in one line with exit status 1."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

NOW = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, demo_factory):
    return demo_factory(tmp_path_factory.mktemp("demo") / "demo.sqlite3", now=NOW)


def pdf_text(path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; the PDF cannot be read back")
    return subprocess.run(
        [tool, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def records(run_cli, db, first: date, end: date) -> list[dict]:
    """Every case received in [first, end) in the desk's zone, as ``cases show --json`` gives it."""
    code, out, err = run_cli("--db", db, "cases", "list", "--json", "--limit", "100000")
    assert code == 0, err
    listed = json.loads(out)
    code, out, err = run_cli("--db", db, "cases", "show", str(listed[0]["id"]), "--json")
    zone = ZoneInfo(json.loads(out)["zone"])
    lo = datetime.combine(first, time(0), zone)
    hi = datetime.combine(end, time(0), zone)
    shown = []
    for line in listed:
        if lo <= datetime.fromisoformat(line["received_at"]) < hi:
            code, out, err = run_cli("--db", db, "cases", "show", str(line["id"]), "--json")
            assert code == 0, err
            shown.append(json.loads(out))
    return shown


def row(text: str, label: str) -> list[str]:
    """The cells after ``label`` on its line of the PDF's text (columns split by two spaces or more,
    or by one after a closing parenthesis: "69.2 % (18/26) 75.0 % (27/36)" fills its column)."""
    for line in text.splitlines():
        cells = [c for c in re.split(r"\s{2,}|(?<=\))\s(?=\d)", line.strip()) if c]
        if cells and cells[0] == label:
            return cells[1:]
    raise AssertionError(f"no line {label!r} in the PDF")


def test_the_monthly_pdf_says_what_the_records_say(run_cli, demo_db, tmp_path):
    pdf = tmp_path / "November.pdf"
    code, out, err = run_cli(
        "--db",
        demo_db,
        "--lang",
        "en",
        "cases",
        "report",
        str(pdf),
        "--from",
        "2026-11-01",
        "--period",
        "month",
    )
    assert code == 0, err
    assert str(pdf) in out
    text = pdf_text(pdf)
    assert "Cases desk: monthly report" in text and "2026-11-01 \u2013 2026-11-30" in text
    assert "Compared with" in text and "2026-10-01 \u2013 2026-10-31" in text

    november = records(run_cli, demo_db, date(2026, 11, 1), date(2026, 12, 1))
    october = records(run_cli, demo_db, date(2026, 10, 1), date(2026, 11, 1))
    assert november, "the demo desk has cases in November"
    received = row(text, "Cases received")
    assert received[:2] == [str(len(november)), str(len(october))]

    done = [c for c in november if c["status"] in ("resolved", "closed")]
    assert row(text, "Resolved or closed (of them)")[0].startswith(f"{len(done)} (")

    scores = [c["csat"] for c in november if c["csat"] is not None]
    satisfied = sum(s >= 4 for s in scores)
    assert row(text, "Satisfied (score 4 or 5)")[0].endswith(f"({satisfied}/{len(scores)})")
    if scores:
        assert (
            row(text, "Satisfaction (CSAT), average of 1\u20135")[0]  # labels are on one line
            == f"{sum(scores) / len(scores):.2f} ({len(scores)})"
        )
    assert "\u2265 95 %" in row(text, "Satisfied (score 4 or 5)")

    answered = [
        c for c in november if c["channel"] == "hotline" and any(e["kind"] == "call" for e in c["entries"])
    ]
    fcr = sum(c["first_contact_resolution"] is True for c in answered)
    assert row(text, "First-contact resolution (FCR)")[0].endswith(f"({fcr}/{len(answered)})")
    assert row(text, "Complaints")[:2] == [
        str(sum(c["complaint"] for c in november)),
        str(sum(c["complaint"] for c in october)),
    ]

    # the volumes by channel, this month and the one before
    labels = {
        "hotline": "Hotline",
        "mailbox": "Feedback mailbox",
        "web_form": "Web form",
        "social_media": "Social media",
        "letter": "Letter",
        "walk_in": "Walk-in",
        "media_inquiry": "Media inquiry",
    }
    by_channel = text[text.index("By channel") :]
    for value, label in labels.items():
        cells = row(by_channel, label)
        assert cells[:2] == [
            str(sum(c["channel"] == value for c in november)),
            str(sum(c["channel"] == value for c in october)),
        ], label
    # the oldest open case the desk has is listed first
    oldest = text[text.index("Oldest open cases") :]
    code, out, _ = run_cli("--db", demo_db, "cases", "list", "--json", "--limit", "100000")
    open_ = [c for c in json.loads(out) if c["status"] not in ("resolved", "closed")]
    first = min(open_, key=lambda c: (c["received_at"], c["id"]))
    assert re.findall(r"CD-\d{4}-\d{6}", oldest)[0] == first["reference"]


def test_chinese_report(run_cli, demo_db, tmp_path):
    pdf = tmp_path / "周报.pdf"
    code, _, err = run_cli(
        "--db",
        demo_db,
        "--lang",
        "zh_CN",
        "cases",
        "report",
        str(pdf),
        "--from",
        "2026-11-23",
        "--period",
        "week",
    )
    assert code == 0, err
    text = pdf_text(pdf)
    assert "2026-11-23 \u2013 2026-11-29" in text and "2026-11-16 \u2013 2026-11-22" in text
    assert "周报" in text and "关键指标" in text and "首次联系解决率" in text


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--from", "2026-13-01", "--period", "month"], "2026-13-01 is not a date; write it as YYYY-MM-DD."),
        (["--from", "1.11.2026", "--to", "2026-12-01"], "1.11.2026 is not a date"),
        (
            ["--from", "2026-11-02", "--to", "2026-11-01"],
            "The last day (2026-11-01) comes before the first day (2026-11-02)",
        ),
        (
            ["--from", "2026-11-01", "--to", "2026-12-01", "--period", "month"],
            "ends on 2026-11-30, not 2026-12-01",
        ),
        (["--from", "2026-11-01"], "give --to DATE or --period"),
        (["--from", "2026-11-15", "--period", "month"], "A month starts on the 1st"),
        (["--from", "2026-11-01", "--to", "2026-11-20", "--period", "month"], "leave out --to or --period"),
    ],
)
def test_bad_periods_are_one_clear_line(run_cli, demo_db, tmp_path, args, says):
    pdf = tmp_path / "r.pdf"
    code, _, err = run_cli("--db", demo_db, "--lang", "en", "cases", "report", str(pdf), *args)
    assert code == 1
    assert says in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not pdf.exists()


def test_the_file_is_a_pdf(run_cli, demo_db, tmp_path):
    code, _, err = run_cli(
        "--db",
        demo_db,
        "--lang",
        "en",
        "cases",
        "report",
        str(tmp_path / "r.txt"),
        "--from",
        "2026-11-01",
        "--period",
        "day",
    )
    assert code == 1 and "name the file \u201cr.pdf\u201d" in err
    code, _, err = run_cli(
        "--db",
        demo_db,
        "--lang",
        "en",
        "cases",
        "report",
        str(tmp_path / "no" / "r.pdf"),
        "--from",
        "2026-11-01",
        "--period",
        "day",
    )
    assert code == 1 and "does not exist" in err and len(err.strip().splitlines()) == 1


def test_to_is_the_last_day_counted_as_in_the_window(run_cli, demo_db, tmp_path):
    """``--to`` names the last day counted (the window's "To" does too): November is --to 2026-11-30,
    the same report as --period month; one day is --from and --to the same day."""
    code, out, _ = run_cli("--lang", "en", "cases", "report", "--help")
    assert code == 0 and "the last day counted, included" in " ".join(out.split())
    texts = []
    for extra in (["--to", "2026-11-30"], ["--period", "month"], ["--to", "2026-11-30", "--period", "month"]):
        pdf = tmp_path / f"r{len(texts)}.pdf"
        code, _, err = run_cli(
            "--db", demo_db, "--lang", "en", "cases", "report", str(pdf), "--from", "2026-11-01", *extra
        )
        assert code == 0, err
        texts.append(pdf_text(pdf))
    for text in texts:
        assert "2026-11-01 \u2013 2026-11-30" in text and "2026-10-01 \u2013 2026-10-31" in text
        assert "monthly report" in text  # a calendar month given by its days is named a month
    pdf = tmp_path / "day.pdf"
    code, _, err = run_cli(
        "--db",
        demo_db,
        "--lang",
        "en",
        "cases",
        "report",
        str(pdf),
        "--from",
        "2026-11-04",
        "--to",
        "2026-11-04",
    )
    assert code == 0, err
    assert "2026-11-04" in pdf_text(pdf)
