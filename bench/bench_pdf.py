"""A 1,000-row table through the document layer vs the same table through plain reportlab.

Same fonts, same cell paragraphs, same run; prints the ratio layer/plain (target <= 1.3).
The layer adds: text escaping and font fallback, letterhead, footer "Page X of Y" (a
canvas that keeps every page until the end), outline, metadata and the atomic write.

    python bench/bench_pdf.py [--rows 1000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, TableStyle
from reportlab.platypus import Table as RLTable

from commdesk.core.documents import fonts
from commdesk.core.documents.rendering import render
from commdesk.core.documents.spec import Document, Letterhead, Table
from commdesk.core.documents.styles import styles

HEADER = ["序号", "媒体 Outlet", "记者 Reporter", "电话 Phone", "备注 Notes"]


def rows(count: int) -> list[list[str]]:
    return [
        [
            str(i),
            f"人民日报 People's Daily {i}",
            f"张三 Zhang San {i}",
            f"+86 138 0000 {i:04d}",
            "已确认出席 & confirmed" if i % 3 else "待回复 <pending>",
        ]
        for i in range(count)
    ]


def plain(data: list[list[str]], path: Path) -> None:
    st = styles()
    width = A4[0] - 44 * mm
    weights = [1, 3, 3, 3, 3]

    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    cells = [[Paragraph(esc(v), st.header_cell) for v in HEADER]]
    cells += [[Paragraph(esc(v), st.cell) for v in row] for row in data]
    table = RLTable(
        cells,
        colWidths=[width * w / sum(weights) for w in weights],
        repeatRows=1,
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.MAIN),
                ("GRID", (0, 0), (-1, -1), 0.5, "#cbd2d9"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        ),
    )
    SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=28 * mm,
        bottomMargin=24 * mm,
    ).build([table])


def layer(data: list[list[str]], path: Path) -> None:
    document = Document(
        title="媒体名单 Media list",
        reference="ML-2026-001",
        status="Final",
        letterhead=Letterhead("市政府新闻办公室"),
    )
    render(document, [Table(HEADER, data, widths=(1, 3, 3, 3, 3))], path)


def best(fn, data, path, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn(data, path)
        times.append(time.perf_counter() - started)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    fonts.fonts()
    styles()
    data = rows(args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        plain(data[:20], folder / "warm.pdf")
        layer(data[:20], folder / "warm.pdf")
        t_plain = best(plain, data, folder / "plain.pdf", args.repeat)
        t_layer = best(layer, data, folder / "layer.pdf", args.repeat)
    print(
        f"rows={args.rows} plain reportlab {t_plain:.2f} s, commdesk layer {t_layer:.2f} s, "
        f"ratio {t_layer / t_plain:.2f} (target <= 1.3)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
