"""The cases desk at an office's size after years: 200,000 cases and 1,000,000 messages.

    .venv/bin/python bench/bench_cases.py [--scale 0.1] [--db /tmp/commdesk-cases.sqlite3] [--reuse]
        [--repeat 5] [--emls 10000]

1. **Database.** A fresh demo database (commdesk's migrations, people, settings, categories), then
   ``--cases`` cases over five years and ``--messages`` conversation entries added with raw
   ``executemany`` in one transaction each (as ``make_big_db.py`` does for contacts): customers,
   cases in every channel and status (recent ones open, with running clocks and ``next_due_at``),
   two clocks per case (first response, resolution: met, met late, running, overdue, escalated),
   their status history, and the conversation (calls with their length, messages in and out with
   Message-IDs, notes). The reference counters move on so new cases get new numbers.
2. **Case list** (target: first rows in <= 150 ms): what the Cases pane's model does for its first
   page, ``CaseDeskService.count`` + ``page(filter, 0, 200)`` with each line's clock in working
   time, for the pane's filters (open, overdue, open hotline cases, a category, words, mine); the
   baseline is the same two statements written by hand on a raw ``sqlite3`` connection.
3. **Monthly report PDF** (target: <= 1.5x plain reportlab): the last whole month's report
   (``CaseFiguresService``): counting the figures, then the document layer drawing it
   (the document built with its charts drawn by Pillow, then ``render``: letterhead, footers,
   outline, atomic write), against
   plain reportlab making the same tables (``Table`` of ``Paragraph`` cells, same fonts) and the
   same four bar charts (``reportlab.graphics`` ``VerticalBarChart``) with ``SimpleDocTemplate``.
4. **Intake of .eml files** (target: 10,000 in <= 60 s): ``--emls`` generated messages (plain
   UTF-8, GB2312 and Big5 declared, GBK undeclared, HTML only, attachments, replies threaded to an
   earlier message, a case reference in the subject, auto-replies, duplicates) taken in by
   ``CaseIntakeService.take_in_files`` into the big database; the baseline parses the same files
   with the standard library's ``email`` package only (and reads each body). The statements and
   commits the intake sends per message are printed too: they do not depend on the machine's load.

Times are medians of ``--repeat`` runs (the intake runs once: it writes); the process's CPU time
is printed beside the wall-clock time, and ``uptime`` before and after, since the machine may be
shared. Develop with ``--scale 0.1``; big data goes to /tmp, never into the repository.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from make_big_db import GIVEN, SURNAMES, Filler, max_id, stamp  # noqa: E402 - after the path is set

LIST_TARGET_MS = 150
PDF_TARGET = 1.5
INTAKE_TARGET_S = 60  # for 10,000 messages
CHANNELS = (
    ("hotline", 40),
    ("mailbox", 25),
    ("web_form", 15),
    ("letter", 5),
    ("walk_in", 8),
    ("media_inquiry", 7),
)
TOPICS = (
    "账单金额有误",
    "停车场收费",
    "营业时间",
    "发票抬头",
    "服务态度",
    "产品召回",
    "退款进度",
    "网站无法登录",
    "Delivery late",
    "Refund request",
    "Opening hours",
    "Invoice address",
)


def weighted(rng: random.Random, pairs):
    total = sum(w for _, w in pairs)
    pick = rng.uniform(0, total)
    for value, w in pairs:
        pick -= w
        if pick <= 0:
            return value
    return pairs[-1][0]


# ------------------------------------------------------------------------------------ the database
def fill(con: sqlite3.Connection, n_cases: int, n_messages: int, rng: random.Random, now: datetime) -> None:
    started = time.time()
    people = [pid for (pid,) in con.execute("SELECT id FROM people WHERE active ORDER BY id")]
    names = dict(con.execute("SELECT id, name FROM people"))
    tops = [i for (i,) in con.execute("SELECT id FROM case_categories WHERE parent_id IS NULL")]
    subs: dict[int, list[int]] = {}
    for i, parent in con.execute("SELECT id, parent_id FROM case_categories WHERE parent_id IS NOT NULL"):
        subs.setdefault(parent, []).append(i)
    complaint_cats = {i for (i,) in con.execute("SELECT id FROM case_categories WHERE complaint")}
    contacts = [i for (i,) in con.execute("SELECT id FROM contacts LIMIT 500")]
    counters = dict(con.execute("SELECT year, last FROM case_reference_counters"))

    customers = Filler(con, "case_customers", ("id", "name", "phone", "email", "email_key"), now)
    first_customer = max_id(con, "case_customers") + 1
    n_customers = max(n_cases // 3, 10)
    customer_rows = []
    for k in range(n_customers):
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.6 else "")
        email = f"c{first_customer + k}@example.cn"
        customer_rows.append((first_customer + k, name, f"+86139{first_customer + k:08d}", email, email))

    case_cols = (
        "id", "reference", "channel", "contact_id", "customer_id", "category_id", "subcategory_id", "department",
        "owner_id", "priority", "complaint", "complaint_grade", "status", "summary", "outcome", "received_at",
        "acknowledged_at", "first_response_at", "resolved_at", "closed_at", "first_contact_resolution", "csat",
        "next_due_at", "created_by_id", "updated_by_id", "created_at", "updated_at",
    )  # fmt: skip
    cases = Filler(con, "cases", case_cols, now)
    clocks = Filler(
        con,
        "case_clocks",
        ("case_id", "kind", "started_at", "target_minutes", "due_at", "stopped_at", "met", "breached_at",
         "escalated_at", "escalated_to_id"),
        now,
    )  # fmt: skip
    history = Filler(
        con, "case_status_history", ("case_id", "from_status", "to_status", "at", "by_id", "by_name"), now
    )
    entries = Filler(
        con,
        "case_entries",
        ("case_id", "kind", "at", "author_id", "author_name", "body", "call_started_at", "call_ended_at",
         "message_id", "in_reply_to", "from_address", "to_addresses", "subject", "received_at", "created_at",
         "updated_at"),
        now,
    )  # fmt: skip
    first_case = max_id(con, "cases") + 1
    oldest = now - timedelta(days=5 * 365)
    span = (now - oldest).total_seconds()
    per_case = n_messages / max(n_cases, 1)
    case_rows, clock_rows, history_rows, entry_rows = [], [], [], []
    written = {"cases": 0, "clocks": 0, "entries": 0}

    def flush() -> None:  # in batches: a million entries as tuples would take gigabytes
        written["cases"] += cases.write(case_rows)
        written["clocks"] += clocks.write(clock_rows)
        history.write(history_rows)
        written["entries"] += entries.write(entry_rows)
        for rows in (case_rows, clock_rows, history_rows, entry_rows):
            rows.clear()

    con.execute("BEGIN")
    customers.write(customer_rows)
    message_no = 0
    for k in range(n_cases):
        if len(entry_rows) >= 100_000:
            flush()
        cid = first_case + k
        received = oldest + timedelta(seconds=span * k / n_cases + rng.uniform(0, 600))
        year = received.year
        counters[year] = counters.get(year, 0) + 1
        channel = weighted(rng, CHANNELS)
        cat = rng.choice(tops)
        sub = rng.choice(subs[cat]) if cat in subs and rng.random() < 0.5 else None
        complaint = cat in complaint_cats or sub in complaint_cats
        age = (now - received).days
        if age > 45:
            status = weighted(rng, (("closed", 70), ("resolved", 28), ("waiting", 1), ("in_progress", 1)))
        else:
            status = weighted(rng, (("new", 15), ("acknowledged", 20), ("in_progress", 25), ("waiting", 10),
                                    ("resolved", 20), ("closed", 10)))  # fmt: skip
        done = status in ("resolved", "closed")
        owner = rng.choice(people)
        hotline = channel == "hotline"
        respond = (
            received + timedelta(minutes=rng.choice((0, 20, 90, 300, 800, 2000))) if not hotline else received
        )
        answered = done or status in ("in_progress", "waiting") or (hotline and True)
        fr_due = received + timedelta(hours=24)
        res_due = received + timedelta(days=7)
        resolved = received + timedelta(minutes=rng.choice((10, 300, 2000, 6000, 12000))) if done else None
        if resolved is not None and resolved > now:
            resolved = now
        next_due = None
        if not done:
            running = [fr_due] if not answered else []
            running.append(res_due)
            next_due = None if status == "waiting" else min(running)
        fcr = (rng.random() < 0.8) if hotline and done else None
        csat = rng.choice((None, None, 3, 4, 5, 5, 5, 2)) if done else None
        grade = rng.choice((None, 1, 1, 2, 3)) if complaint else None
        case_rows.append((
            cid, f"CD-{year:04d}-{counters[year]:06d}", channel,
            rng.choice(contacts) if channel == "media_inquiry" and contacts else None,
            None if channel == "media_inquiry" else first_customer + rng.randrange(n_customers),
            cat, sub, "客户服务部", owner, weighted(rng, (("normal", 70), ("high", 20), ("low", 5), ("urgent", 5))),
            complaint, grade, status, f"{rng.choice(TOPICS)} #{cid}", "已处理" if done else "",
            stamp(received), stamp(received), stamp(respond) if answered else None,
            stamp(resolved) if resolved else None, stamp(resolved) if status == "closed" and resolved else None,
            fcr, csat, stamp(next_due) if next_due else None, owner, owner, stamp(received), stamp(received),
        ))  # fmt: skip
        fr_stop = respond if answered else None
        late_fr = fr_stop is not None and fr_stop > fr_due
        clock_rows.append((
            cid, "first_response", stamp(received), 540, stamp(fr_due), stamp(fr_stop) if fr_stop else None,
            None if fr_stop is None else not late_fr, stamp(fr_due) if (late_fr or (fr_stop is None and fr_due < now)) else None,
            stamp(fr_due + timedelta(minutes=5)) if fr_stop is None and fr_due < now else None,
            None,
        ))  # fmt: skip
        late_res = resolved is not None and resolved > res_due
        clock_rows.append((
            cid, "resolution", stamp(received), 2700, stamp(res_due), stamp(resolved) if resolved else None,
            None if resolved is None else not late_res,
            stamp(res_due) if late_res or (resolved is None and res_due < now) else None, None, None,
        ))  # fmt: skip
        history_rows.append((cid, None, "new", stamp(received), owner, names[owner]))
        if status != "new":
            history_rows.append((cid, "new", status, stamp(resolved or respond), owner, names[owner]))
        # the conversation: about per_case entries
        count = max(1, round(per_case + rng.uniform(-2, 2)))  # averages per_case
        at = received
        for j in range(count):
            if j == 0 and hotline:
                end = at + timedelta(seconds=rng.randint(60, 900))
                entry_rows.append((cid, "call", stamp(at), owner, names[owner], "来电记录", stamp(at), stamp(end),
                                   None, None, "", "", "", None, stamp(at), stamp(at)))  # fmt: skip
            else:
                kind = "message_in" if j % 2 == 0 else rng.choice(("message_out", "note"))
                message_no += 1
                mid = f"<b{message_no}.{cid}@bench.example>" if kind != "note" else None
                entry_rows.append((cid, kind, stamp(at), owner if kind != "message_in" else None,
                                   names[owner] if kind != "message_in" else "", "您好，关于" + TOPICS[j % len(TOPICS)],
                                   None, None, mid, None, f"c{cid}@example.cn" if kind == "message_in" else "",
                                   "", f"关于{TOPICS[j % len(TOPICS)]}", stamp(at) if kind == "message_in" else None,
                                   stamp(at), stamp(at)))  # fmt: skip
            at += timedelta(minutes=rng.randint(5, 3000))
            if at > now:
                at = now
    flush()
    for year, last in counters.items():
        con.execute(
            "INSERT INTO case_reference_counters (year, last) VALUES (?, ?) "
            "ON CONFLICT (year) DO UPDATE SET last = excluded.last",
            (year, last),
        )
    con.execute("COMMIT")
    con.execute("ANALYZE")
    print(
        f"  cases {written['cases']:,}, clocks {written['clocks']:,}, entries {written['entries']:,}, "
        f"customers {len(customer_rows):,} ({time.time() - started:.0f} s)",
        flush=True,
    )


def build(path: Path, n_cases: int, n_messages: int, seed: int = 16) -> None:
    from commdesk.demo import create_demo

    started = time.time()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    create_demo(path)
    print(f"demo database: {path} ({time.time() - started:.0f} s)", flush=True)
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode=DELETE")
        con.execute("PRAGMA synchronous=OFF")
        con.execute("PRAGMA cache_size=-400000")
        fill(con, n_cases, n_messages, random.Random(seed), datetime.now(UTC))
        con.execute("PRAGMA journal_mode=WAL")
    finally:
        con.close()


# ------------------------------------------------------------------------------------ measuring
def timed(fn, repeat: int) -> tuple[float, float, object]:
    """(median wall seconds, median CPU seconds, last result) of ``repeat`` runs after one warm-up."""
    result = fn()
    walls, cpus = [], []
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - w)
        cpus.append(time.process_time() - c)
    return statistics.median(walls), statistics.median(cpus), result


def context(path: Path):
    from commdesk.bootstrap import open_database
    from commdesk.services.people import PeopleService

    ctx = open_database(str(path), mail_hooks=False).ctx
    officer = ctx.service(PeopleService).find("李明")
    ctx.current = lambda: officer
    return ctx


RAW_PAGE = """
SELECT cases.*, owner.name, contacts.full_name, case_customers.name, case_categories.*
FROM cases LEFT JOIN people AS owner ON owner.id = cases.owner_id
LEFT JOIN contacts ON contacts.id = cases.contact_id
LEFT JOIN case_customers ON case_customers.id = cases.customer_id
LEFT JOIN case_categories ON case_categories.id = cases.category_id
WHERE {where} AND cases.next_due_at IS NOT NULL ORDER BY cases.next_due_at, cases.id LIMIT 200
"""
RAW_REST = """
SELECT cases.*, owner.name, contacts.full_name, case_customers.name, case_categories.*
FROM cases LEFT JOIN people AS owner ON owner.id = cases.owner_id
LEFT JOIN contacts ON contacts.id = cases.contact_id
LEFT JOIN case_customers ON case_customers.id = cases.customer_id
LEFT JOIN case_categories ON case_categories.id = cases.category_id
WHERE {where} AND cases.next_due_at IS NULL ORDER BY cases.received_at DESC, cases.id DESC LIMIT ?
"""


def bench_list(path: Path, ctx, repeat: int) -> list[tuple[str, float, float, float, int]]:
    from commdesk.core.cases.workflow import CaseStatus, Channel
    from commdesk.services.cases.desk import CaseDeskService, CaseFilter

    desk = ctx.service(CaseDeskService)
    raw = sqlite3.connect(path)
    category = raw.execute("SELECT id FROM case_categories WHERE code = 'service'").fetchone()[0]
    ref = raw.execute("SELECT reference FROM cases ORDER BY id LIMIT 1 OFFSET 1000").fetchone()[0]
    me = ctx.current().id
    now = stamp(datetime.now(UTC))
    open_ = "cases.status IN ('acknowledged', 'in_progress', 'new', 'waiting')"
    filters = [
        ("open (the pane's default)", CaseFilter(open_only=True), open_),
        ("overdue", CaseFilter(overdue=True), f"{open_} AND cases.next_due_at <= '{now}'"),
        ("open hotline cases", CaseFilter(open_only=True, channel=Channel.HOTLINE), f"{open_} AND cases.channel = 'hotline'"),
        ("every case of a category", CaseFilter(category_id=category),
         f"(cases.category_id = {category} OR cases.subcategory_id = {category})"),
        ("resolved", CaseFilter(status=CaseStatus.RESOLVED), "cases.status = 'resolved'"),
        ("words '退款' in every case", CaseFilter(text="退款"),
         "(lower(cases.reference) LIKE '%退款%' ESCAPE '\\' OR lower(cases.summary) LIKE '%退款%' ESCAPE '\\')"),
        ("words: a case's reference", CaseFilter(text=ref), f"lower(cases.reference) LIKE '%{ref.lower()}%'"),
        ("words '您好' (the messages' text)", CaseFilter(text="您好"),
         "EXISTS (SELECT 1 FROM case_entries e WHERE e.case_id = cases.id AND e.body LIKE '%您好%')"),
        ("mine, open", CaseFilter(open_only=True, mine=True), f"{open_} AND cases.owner_id = {me}"),
    ]  # fmt: skip
    out = []
    for label, f, where in filters:

        def layer(f=f):
            desk.count(f)
            return desk.page(f, 0, 200)

        def plain(where=where):
            raw.execute(f"SELECT count(cases.id) FROM cases WHERE {where}").fetchone()
            rows = raw.execute(RAW_PAGE.format(where=where)).fetchall()
            if len(rows) < 200:
                rows += raw.execute(RAW_REST.format(where=where), (200 - len(rows),)).fetchall()
            return rows

        lw, lc, lines = timed(layer, repeat)
        pw, _pc, rows = timed(plain, repeat)
        assert len(lines) == len(rows), (label, len(lines), len(rows))
        out.append((label, lw, lc, pw, len(lines)))
    raw.close()
    return out


def plain_report_pdf(report, path: Path) -> None:
    """The report's tables and bar charts through plain reportlab (no commdesk document layer)."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from commdesk.core.documents import cases_report as words
    from commdesk.core.documents import fonts
    from commdesk.core.documents.styles import styles

    st = styles()
    width = A4[0] - 44 * mm

    def esc(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def table(header, rows, weights):
        cells = [[Paragraph(esc(h), st.header_cell) for h in header]]
        cells += [[Paragraph(esc(v), st.cell) for v in r] for r in rows]
        widths = [width * w / sum(weights) for w in weights]
        style = TableStyle(
            [("FONTNAME", (0, 0), (-1, -1), fonts.MAIN), ("GRID", (0, 0), (-1, -1), 0.5, "#cbd2d9")]
        )
        return Table(cells, colWidths=widths, repeatRows=1, style=style)

    def bars(title, data):
        d = Drawing(width / 2 - 10, 170)
        chart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = 30, 40, width / 2 - 60, 100
        chart.data = [[v for _, v in data] or [0]]
        chart.categoryAxis.categoryNames = [label for label, _ in data] or [""]
        chart.categoryAxis.labels.fontName = fonts.MAIN
        chart.categoryAxis.labels.fontSize = 6
        chart.bars[0].fillColor = colors.HexColor("#1f4e79")
        d.add(chart)
        d.add(String(10, 155, title, fontName=fonts.MAIN, fontSize=9))
        return d

    volumes = words.volume_rows(report)
    cur, pre = report.current, report.previous
    story = [
        Paragraph(esc(words.report_title(report)), st.title),
        Paragraph(esc(words.period_words(cur)), st.body),
    ]
    story.append(
        table(
            ["", "", "", "", ""],
            [[r.label, r.current, r.previous, r.change, r.target] for r in words.kpi_rows(report)],
            (3.8, 2.4, 2.4, 2.1, 2.1),
        )
    )
    story.append(Spacer(1, 6))
    story.append(
        Table(
            [
                [
                    bars("channel", [(a, n) for a, n, _ in volumes["channel"]]),
                    bars("grade", [(a, n) for a, n, _ in volumes["grade"]]),
                ]
            ]
        )
    )
    story.append(
        Table(
            [
                [
                    bars("category", [(a, n) for a, n, _ in volumes["category"][:12]]),
                    bars(
                        "met",
                        [
                            ("fr", round((cur.first_response.met_rate or 0) * 100)),
                            ("fr-1", round((pre.first_response.met_rate or 0) * 100)),
                            ("res", round((cur.resolution.met_rate or 0) * 100)),
                            ("res-1", round((pre.resolution.met_rate or 0) * 100)),
                        ],
                    ),
                ]
            ]
        )
    )
    for key in ("channel", "category", "grade"):
        story.append(table(["", "", ""], [[a, str(n), str(b)] for a, n, b in volumes[key]], (4, 2, 2)))
    story.append(
        table(
            [""] * 7,
            [
                [o.reference, stamp(o.received_at), str(o.age_days), o.status, o.category, o.owner, o.summary]
                for o in report.oldest_open
            ],
            (2.7, 2.2, 1.1, 1.3, 2.2, 2.5, 3.4),
        )
    )
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=28 * mm,
                      bottomMargin=24 * mm).build(story)  # fmt: skip


def bench_report(ctx, repeat: int, folder: Path):
    from commdesk.core.documents.rendering import render
    from commdesk.services.cases.figures import CaseFiguresService

    figures = ctx.service(CaseFiguresService)
    today = datetime.now(UTC).date()
    end = date(today.year, today.month, 1)
    first = date(end.year - (end.month == 1), (end.month - 2) % 12 + 1, 1)
    count_w, count_c, report = timed(lambda: figures.report(first, end, "month"), repeat)

    def layer():  # the document with its charts drawn (Pillow), then laid out and written
        doc, blocks = figures.report_document(report)
        return render(doc, blocks, folder / "layer.pdf")

    layer_w, layer_c, _ = timed(layer, repeat)
    plain_w, plain_c, _ = timed(lambda: plain_report_pdf(report, folder / "plain.pdf"), repeat)
    return first, report, (count_w, count_c), (layer_w, layer_c), (plain_w, plain_c)


def make_emls(folder: Path, n: int, rng: random.Random, references: list[str]) -> list[Path]:
    from email.message import EmailMessage
    from email.utils import format_datetime, make_msgid

    paths: list[Path] = []
    earlier: list[str] = []
    base = datetime.now(UTC) - timedelta(days=2)
    for k in range(n):
        topic = rng.choice(TOPICS)
        sender = f"sender{rng.randrange(n // 3 + 1)}@example.cn"
        kind = k % 10
        mid = make_msgid(domain="bench.example")
        when = format_datetime(base + timedelta(seconds=k * 7))
        text = (
            f"您好：\n关于{topic}，请尽快处理。订单号 {rng.randint(10000, 99999)}。\n谢谢！\n"
            * rng.randint(1, 6)
        )
        if kind in (0, 1, 2) or (kind == 9 and not earlier):
            msg = EmailMessage()
            msg["Subject"] = f"咨询：{topic}"
            msg.set_content(text)
            if kind == 1 and earlier:  # a reply in a thread
                parent = rng.choice(earlier)
                msg.replace_header("Subject", f"回复：咨询：{topic}")
                msg["In-Reply-To"] = parent
                msg["References"] = parent
            if kind == 2 and references:  # a reference in the subject
                msg.replace_header("Subject", f"Re: [{rng.choice(references)}] {topic}")
            data = None
        elif kind == 3:  # GB2312 declared, base64
            msg = EmailMessage()
            msg["Subject"] = f"投诉：{topic}"
            msg.set_content(text, charset="gb2312")
            data = None
        elif kind == 4:  # GBK without any declared charset
            head = f"From: {sender}\r\nTo: feedback@example.org\r\nSubject: =?gbk?b?"
            import base64

            subject = base64.b64encode(f"反馈：{topic}".encode("gbk")).decode()
            data = (
                head.encode() + subject.encode() + b"?=\r\n"
                + f"Message-ID: {mid}\r\nDate: {when}\r\nMIME-Version: 1.0\r\n"
                  "Content-Type: text/plain\r\nContent-Transfer-Encoding: 8bit\r\n\r\n".encode()
                + text.replace("\n", "\r\n").encode("gbk")
            )  # fmt: skip
        elif kind == 5:  # Big5 declared
            msg = EmailMessage()
            msg["Subject"] = "意見：服務態度"
            msg.set_content("您好：\n關於服務態度，請盡快處理。\n謝謝！\n", charset="big5")
            data = None
        elif kind == 6:  # HTML only
            msg = EmailMessage()
            msg["Subject"] = f"Web form: {topic}"
            msg.set_content(
                f"<html><body><p>Dear office,</p><p>{topic}: please help.</p></body></html>", subtype="html"
            )
            data = None
        elif kind == 7:  # with an attachment
            msg = EmailMessage()
            msg["Subject"] = f"附件：{topic}"
            msg.set_content(text)
            msg.add_attachment(os.urandom(rng.randint(2000, 40000)), maintype="application", subtype="pdf",
                               filename="发票.pdf")  # fmt: skip
            data = None
        elif kind == 8:  # an auto-reply
            msg = EmailMessage()
            msg["Subject"] = "自动回复：不在办公室"
            msg["Auto-Submitted"] = "auto-replied"
            msg.set_content("我目前不在办公室。")
            data = None
        else:  # a duplicate of an earlier message (same Message-ID)
            path = rng.choice(paths)
            data = path.read_bytes()
        if data is None:
            msg["From"] = sender
            msg["To"] = "feedback@example.org"
            msg["Message-ID"] = mid
            msg["Date"] = when
            data = bytes(msg)
            earlier.append(mid)
        path = folder / f"m{k:05d}.eml"
        path.write_bytes(data)
        paths.append(path)
    return paths


def parse_plain(paths: list[Path]) -> int:
    from email import policy
    from email.parser import BytesParser

    parser = BytesParser(policy=policy.default)
    read = 0
    for path in paths:
        with open(path, "rb") as handle:
            msg = parser.parse(handle)
        body = msg.get_body(preferencelist=("plain", "html"))
        try:
            read += len(body.get_content()) if body is not None else 0
        except (LookupError, UnicodeError):
            read += 0
    return read


def bench_intake(ctx, folder: Path, n: int, rng: random.Random):
    from commdesk.services.cases.intake import CaseIntakeService

    references = [r for (r,) in ctx.engine.connect().exec_driver_sql("SELECT reference FROM cases LIMIT 500")]
    paths = make_emls(folder, n, rng, references)
    plain_w, plain_c, _ = timed(lambda: parse_plain(paths), 1)
    with counting(ctx.engine) as seen:
        w, c = time.perf_counter(), time.process_time()
        result = ctx.service(CaseIntakeService).take_in_files(paths)
        elapsed = (time.perf_counter() - w, time.process_time() - c)
    return paths, elapsed, (plain_w, plain_c), {**result.counts(), **seen}


@contextmanager
def counting(engine):
    """The statements sent and the commits made on ``engine`` inside the block (deterministic,
    unlike times on a shared machine)."""
    from sqlalchemy import event

    seen = {"statements": 0, "commits": 0}

    def statement(*_args) -> None:
        seen["statements"] += 1

    def commit(_conn) -> None:
        seen["commits"] += 1

    event.listen(engine, "after_cursor_execute", statement)
    event.listen(engine, "commit", commit)
    try:
        yield seen
    finally:
        event.remove(engine, "after_cursor_execute", statement)
        event.remove(engine, "commit", commit)


def uptime() -> str:
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return "(uptime not available)"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "commdesk-cases.sqlite3")
    p.add_argument(
        "--scale", type=float, default=1.0, help="1.0: 200,000 cases, 1,000,000 messages, 10,000 .eml"
    )
    p.add_argument("--cases", type=int, default=200_000)
    p.add_argument("--messages", type=int, default=1_000_000)
    p.add_argument("--emls", type=int, default=10_000)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--reuse", action="store_true", help="measure on the database --db as it is")
    p.add_argument(
        "--only", choices=("list", "report", "intake"), action="append", help="measure only these parts"
    )
    args = p.parse_args()
    n_cases, n_messages = int(args.cases * args.scale), int(args.messages * args.scale)
    n_emls = max(int(args.emls * args.scale), 10)
    print("load before:", uptime(), flush=True)
    if not args.reuse or not args.db.exists():
        build(args.db, n_cases, n_messages)
    work = Path(tempfile.mkdtemp(prefix="bench-cases-"))
    ctx = context(args.db)
    total = ctx.engine.connect().exec_driver_sql("SELECT count(*) FROM cases").scalar()
    messages = ctx.engine.connect().exec_driver_sql("SELECT count(*) FROM case_entries").scalar()
    print(f"\ndatabase: {total:,} cases, {messages:,} conversation entries\n")

    parts = set(args.only or ("list", "report", "intake"))
    if "list" in parts:
        list_part(args, ctx)
    if "report" in parts:
        report_part(args, ctx, work)
    if "intake" in parts:
        intake_part(args, ctx, work, n_emls)
    print("\nload after:", uptime())
    return 0


def list_part(args, ctx) -> None:
    print("Case list, first page (count + 200 rows with clocks), median ms; target <= 150 ms")
    print(f"{'filter':34} {'layer':>8} {'cpu':>7} {'raw SQL':>8} {'ratio':>6} {'rows':>5}")
    for label, lw, lc, pw, rows in bench_list(args.db, ctx, args.repeat):
        flag = "" if lw * 1000 <= LIST_TARGET_MS else "  OVER TARGET"
        print(f"{label:34} {lw * 1000:8.1f} {lc * 1000:7.1f} {pw * 1000:8.1f} {lw / pw:6.1f} {rows:5}{flag}")


def report_part(args, ctx, work: Path) -> None:
    first, report, counting, layer, plain = bench_report(ctx, args.repeat, work)
    print(
        f"\nMonthly report {first:%Y-%m} ({report.current.received:,} cases received), median s; target <= {PDF_TARGET}x"
    )
    print(f"  counting the figures          {counting[0]:7.3f} s (cpu {counting[1]:.3f} s)")
    print(f"  document layer (charts+render){layer[0]:7.3f} s (cpu {layer[1]:.3f} s)")
    print(f"  plain reportlab, same content {plain[0]:7.3f} s (cpu {plain[1]:.3f} s)")
    print(f"  ratio layer / plain           {layer[0] / plain[0]:7.2f}")
    print(f"  ratio (counting + layer) / plain {(counting[0] + layer[0]) / plain[0]:5.2f}")


def intake_part(args, ctx, work: Path, n_emls: int) -> None:
    (work / "emls").mkdir()
    paths, intake, parse, counts = bench_intake(ctx, work / "emls", n_emls, random.Random(7))
    target = INTAKE_TARGET_S * n_emls / 10_000
    print(f"\nIntake of {len(paths):,} .eml files; target <= {target:.0f} s ({INTAKE_TARGET_S} s per 10,000)")
    print(f"  CaseIntakeService.take_in_files {intake[0]:7.2f} s (cpu {intake[1]:.2f} s)  {counts}")
    print(f"  stdlib email parsing only       {parse[0]:7.2f} s (cpu {parse[1]:.2f} s)")
    print(f"  ratio                           {intake[0] / parse[0]:7.1f}")
    per = max(len(paths), 1)
    print(
        f"  per message: {counts['statements'] / per:.1f} statements, {counts['commits'] / per:.3f} commits, "
        f"{intake[0] / per * 1000:.1f} ms (cpu {intake[1] / per * 1000:.1f} ms)"
    )


if __name__ == "__main__":
    raise SystemExit(main())
