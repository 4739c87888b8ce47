"""Large table documents: the document layer vs the same table through plain reportlab.

For each row count (default 1,000, 10,000 and 100,000) the same rows are rendered

* by plain reportlab, the way a competent programmer renders a big table: the rows cut into
  ``LongTable`` chunks of ``PLAIN_CHUNK`` rows (header repeated on every page), one story list,
  ``SimpleDocTemplate.build``. (One table of all rows is quadratic in reportlab: every page break
  copies the rest of the table; at 100,000 rows it does not finish in any useful time.)
* by ``commdesk.core.documents`` from a row generator (as the audit log and the media list feed
  it): letterhead, footer "Page X of Y", progress, outline, metadata, atomic write.

Every run is its own child process; its time covers building the PDF only (not generating the
rows or starting Python), its peak memory is the child's ``VmHWM`` (``_peak_mb``), so this harness does
not count. Prints medians over ``--repeat`` runs, the ratio layer/plain (target <= 1.3) and the
layer's peak memory (target <= 150 MB at any row count).

With ``--audit`` it also renders the demo's audit log (a fresh demo database, about 10,000
entries) as ``commdesk audit --pdf`` does, against the same rows through plain reportlab.

    python bench/bench_pdf.py [--rows 1000 10000 100000] [--repeat 3] [--audit]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

HEADER = ["序号", "媒体 Outlet", "记者 Reporter", "电话 Phone", "备注 Notes"]
WEIGHTS = (1, 3, 3, 3, 3)
PLAIN_CHUNK = 100
TIME_TARGET = 1.3
MEMORY_TARGET_MB = 150


def row(i: int) -> list[str]:
    return [
        str(i),
        f"人民日报 People's Daily {i}",
        f"张三 Zhang San {i}",
        f"+86 138 0000 {i:04d}",
        "已确认出席 & confirmed" if i % 3 else "待回复 <pending>",
    ]


def plain(count: int, path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle

    from commdesk.core.documents import fonts
    from commdesk.core.documents.styles import styles

    st = styles()
    width = A4[0] - 44 * mm
    widths = [width * w / sum(WEIGHTS) for w in WEIGHTS]
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
            ("GRID", (0, 0), (-1, -1), 0.5, "#cbd2d9"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )

    def esc(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    data = [row(i) for i in range(count)]
    started = time.perf_counter()
    story = []
    for start in range(0, count, PLAIN_CHUNK):
        cells = [[Paragraph(esc(v), st.header_cell) for v in HEADER]]
        cells += [[Paragraph(esc(v), st.cell) for v in r] for r in data[start : start + PLAIN_CHUNK]]
        story.append(LongTable(cells, colWidths=widths, repeatRows=1, style=style))
    SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=28 * mm,
        bottomMargin=24 * mm,
    ).build(story)
    return time.perf_counter() - started


def layer(count: int, path: Path) -> float:
    from commdesk.core.documents.rendering import render
    from commdesk.core.documents.spec import Document, Letterhead, Table

    document = Document(
        title="媒体名单 Media list",
        reference="ML-2026-001",
        status="Final",
        letterhead=Letterhead("市政府新闻办公室"),
    )
    seen: list[tuple[int, int]] = []
    started = time.perf_counter()
    rows = (row(i) for i in range(count))  # streamed, as the database pages are
    render(
        document,
        [Table(HEADER, rows, widths=WEIGHTS, count=count)],
        path,
        progress=lambda done, total: seen.append((done, total)),
    )
    elapsed = time.perf_counter() - started
    if not seen or seen[-1] != (count, count):
        raise SystemExit(f"progress did not reach {count}/{count}: {seen[-1:]}")
    return elapsed


def _audit_context(database: str):
    from commdesk.bootstrap import open_database
    from commdesk.services.people import PeopleService

    ctx = open_database(database, mail_hooks=False).ctx
    administrator = ctx.service(PeopleService).find("陈静")
    ctx.current = lambda: administrator
    return ctx


def audit_plain(ctx, path: Path) -> float:
    """The audit log's rows (read and worded before the clock starts) through plain reportlab."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle

    from commdesk.core.documents import fonts
    from commdesk.core.documents.spec import Table
    from commdesk.core.documents.styles import styles
    from commdesk.core.documents.text import markup
    from commdesk.services.audit import AuditService
    from commdesk.services.reports import audit_document

    _doc, blocks = audit_document(ctx, ctx.service(AuditService).entries())
    table = blocks[-1]
    assert isinstance(table, Table) and table.widths is not None
    header, data, weights = list(table.header), list(table.rows), list(table.widths)
    st = styles()
    width = A4[0] - 44 * mm
    widths = [width * w / sum(weights) for w in weights]
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
            ("GRID", (0, 0), (-1, -1), 0.5, "#cbd2d9"),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )
    started = time.perf_counter()
    story = []
    for start in range(0, len(data), PLAIN_CHUNK):
        cells = [[Paragraph(markup(v), st.header_cell) for v in header]]
        cells += [[Paragraph(markup(v), st.cell) for v in r] for r in data[start : start + PLAIN_CHUNK]]
        # splitInRow: the demo has a value taller than a page, which reportlab cannot place otherwise
        story.append(LongTable(cells, colWidths=widths, repeatRows=1, style=style, splitInRow=1))
    SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=28 * mm,
        bottomMargin=24 * mm,
    ).build(story)
    return time.perf_counter() - started


def audit_layer(ctx, path: Path) -> float:
    """``commdesk audit --pdf``'s document: read from the database page by page, worded, drawn."""
    from commdesk.core.documents.rendering import render
    from commdesk.services.reports import audit_log_document

    started = time.perf_counter()
    render(*audit_log_document(ctx), path)
    return time.perf_counter() - started


def _peak_mb() -> float:
    """This process's peak resident memory in MB: ``VmHWM``, which starts afresh with the child's
    program. ``ru_maxrss`` (the fallback where there is no /proc) keeps the peak of the process it
    was forked from, here the harness after building the demo database (about 115 MB), which
    would hide any child peak below that."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def audit_child(kind: str, database: str) -> None:
    started_mb = _peak_mb()  # Python and this script
    import reportlab.platypus  # noqa: F401 - measured on its own

    from commdesk.core.documents import fonts

    imported_mb = _peak_mb()  # reportlab and the document layer
    fonts.fonts()
    fonts_mb = _peak_mb()
    ctx = _audit_context(database)
    base_mb = _peak_mb()  # database, services, the signed-in person
    steps = {
        "Python": started_mb,
        "reportlab": imported_mb - started_mb,
        "fonts": fonts_mb - imported_mb,
        "database and services": base_mb - fonts_mb,
    }
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{kind}.pdf"
        seconds = (audit_plain if kind == "audit-plain" else audit_layer)(ctx, path)
        peak_mb = _peak_mb()  # before pypdf is imported to read it back
        from pypdf import PdfReader

        pages = len(PdfReader(path).pages)
    print(
        json.dumps(
            {"seconds": seconds, "peak_mb": peak_mb, "pages": pages, "base_mb": base_mb, "steps": steps}
        )
    )


def child(kind: str, count: int) -> None:
    """One measurement, in this (child) process: prints seconds, peak MB and pages as JSON."""
    from commdesk.core.documents import fonts
    from commdesk.core.documents.styles import styles

    fonts.fonts()
    styles()
    with tempfile.TemporaryDirectory() as tmp:
        fn = plain if kind == "plain" else layer
        fn(20, Path(tmp) / "warm.pdf")  # fonts loaded, code paths warm
        path = Path(tmp) / f"{kind}.pdf"
        seconds = fn(count, path)
        peak_mb = _peak_mb()  # before pypdf is imported to read it back
        from pypdf import PdfReader

        pages = len(PdfReader(path).pages)
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "pages": pages}))


def measure(kind: str, count: int, database: str = "") -> dict:
    extra = ["--database", database] if database else []
    result = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--rows", str(count), *extra],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    if result.returncode != 0:
        raise SystemExit(f"{kind} {count} rows failed:\n{result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def audit_case(repeat: int) -> bool:
    """The demo's audit log: the layer reads, words and draws it (``commdesk audit --pdf``'s
    document); plain reportlab gets the same rows already read and worded."""
    from commdesk.demo import create_demo

    with tempfile.TemporaryDirectory() as tmp:
        database = str(Path(tmp) / "demo.sqlite3")
        create_demo(Path(database))
        runs: dict[str, list[dict]] = {"audit-plain": [], "audit-layer": []}
        for _ in range(repeat):
            for kind in runs:
                runs[kind].append(measure(kind, 0, database))
    t_plain = statistics.median(r["seconds"] for r in runs["audit-plain"])
    t_layer = statistics.median(r["seconds"] for r in runs["audit-layer"])
    m_plain = max(r["peak_mb"] for r in runs["audit-plain"])
    m_layer = max(r["peak_mb"] for r in runs["audit-layer"])
    ratio = t_layer / t_plain
    met_time, met_memory = ratio <= TIME_TARGET, m_layer <= MEMORY_TARGET_MB
    print(
        f"| demo audit log | {runs['audit-layer'][0]['pages']:,} | {t_plain:.2f} s | {t_layer:.2f} s | "
        f"{ratio:.2f} {'met' if met_time else 'NOT met'} | {m_layer:.0f} MB {'met' if met_memory else 'NOT met'} "
        f"| {m_plain:.0f} MB |"
    )
    base = max(r["base_mb"] for r in runs["audit-layer"])
    steps = runs["audit-layer"][0]["steps"]
    before = ", ".join(f"{name} {mb:.0f} MB" for name, mb in steps.items())
    print(
        f"(audit: the layer's time includes reading and wording the log; each child had {base:.0f} MB "
        f"before the first row ({before}): the document added {m_layer - base:.0f} MB, "
        f"plain reportlab {m_plain - base:.0f} MB)"
    )
    return met_time and met_memory


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--audit",
        action="store_true",
        help="also the demo's audit log (about 10,000 entries) vs the same rows",
    )
    parser.add_argument(
        "--child", choices=("plain", "layer", "audit-plain", "audit-layer"), help=argparse.SUPPRESS
    )
    parser.add_argument("--database", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child in ("audit-plain", "audit-layer"):
        audit_child(args.child, args.database)
        return 0
    if args.child:
        child(args.child, args.rows[0])
        return 0
    print(f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} on {os.cpu_count()} cores")
    print(
        "| rows | pages | plain reportlab | commdesk layer | ratio (<= 1.3) | layer peak (<= 150 MB) | plain peak |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|")
    all_met = True
    for count in args.rows:
        runs: dict[str, list[dict]] = {"plain": [], "layer": []}
        for _ in range(args.repeat):  # interleaved, so a load spike hits both
            for kind in ("plain", "layer"):
                runs[kind].append(measure(kind, count))
        t_plain = statistics.median(r["seconds"] for r in runs["plain"])
        t_layer = statistics.median(r["seconds"] for r in runs["layer"])
        m_plain = max(r["peak_mb"] for r in runs["plain"])
        m_layer = max(r["peak_mb"] for r in runs["layer"])
        ratio = t_layer / t_plain
        met_time, met_memory = ratio <= TIME_TARGET, m_layer <= MEMORY_TARGET_MB
        all_met &= met_time and met_memory
        print(
            f"| {count:,} | {runs['layer'][0]['pages']:,} | {t_plain:.2f} s | {t_layer:.2f} s | "
            f"{ratio:.2f} {'met' if met_time else 'NOT met'} | {m_layer:.0f} MB {'met' if met_memory else 'NOT met'} "
            f"| {m_plain:.0f} MB |"
        )
        sys.stdout.flush()
    if args.audit:
        all_met &= audit_case(args.repeat)
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    print("all targets met" if all_met else "some targets NOT met")
    return 0 if all_met else 1


if __name__ == "__main__":
    sys.exit(main())
