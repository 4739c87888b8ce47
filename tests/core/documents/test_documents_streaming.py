"""Long tables stream: rows from an iterator are read as the table is laid out, in chunks, with
the header on top of every page (and nowhere else), "Page X of Y" on every page, progress in rows
and cancel between chunks. Read back with pdftotext and pypdf."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from commdesk.core.documents import flowables
from commdesk.core.documents.rendering import render
from commdesk.core.documents.spec import Document, Letterhead, Paragraph, Table
from commdesk.core.errors import Cancelled

HEADER = ["序号 No.", "媒体 Outlet", "备注 Notes"]


def _doc() -> Document:
    return Document(
        title="媒体名单 Media list",
        reference="ML-1",
        created=datetime(2026, 4, 20, 1, 30, tzinfo=UTC),
        zone="Asia/Shanghai",
        letterhead=Letterhead("市政府新闻办公室"),
    )


class Rows:
    """``count`` rows, handed out one by one; remembers how many were taken."""

    def __init__(self, count: int, tall_every: int = 0):
        self.count, self.taken, self.tall_every = count, 0, tall_every

    def __iter__(self) -> Iterator[list[str]]:
        for i in range(self.count):
            self.taken += 1
            note = "长备注 long note " * 12 if self.tall_every and i % self.tall_every == 0 else "好 & <ok>"
            yield [f"R{i:05d}", f"人民日报 People's Daily {i}", note]


def _pages(pdf, path) -> list[str]:
    count = len(PdfReader(path).pages)
    return [pdf.text(path, "-f", str(n), "-l", str(n)) for n in range(1, count + 1)]


def test_a_streamed_table_has_every_row_once_in_order_and_the_header_on_every_page(tmp_path, pdf):
    rows = Rows(700, tall_every=37)  # rows of different heights: chunks start anywhere on a page
    path = render(
        _doc(), [Paragraph("前言"), Table(HEADER, rows, widths=(1, 3, 3), count=700)], tmp_path / "s.pdf"
    )
    pages = _pages(pdf, path)
    assert len(pages) > 2 * 700 // flowables.CHUNK_ROWS // 2  # many pages, many chunks
    numbers = []
    for number, text in enumerate(pages, start=1):
        assert text.count("媒体 Outlet") == 1, f"page {number}: the header once, at the top"
        assert f"Page {number} of {len(pages)}" in text
        numbers += [int(word[1:]) for word in text.split() if word.startswith("R") and word[1:].isdigit()]
    assert numbers == list(range(700))
    assert "好 & <ok>" in pages[0] and "市政府新闻办公室" in pages[0]


def test_rows_are_read_as_the_table_is_laid_out_and_progress_counts_them(tmp_path):
    rows = Rows(600)
    seen: list[tuple[int, int, int]] = []
    render(
        _doc(),
        [Table(HEADER, rows, count=600)],
        tmp_path / "p.pdf",
        progress=lambda done, total: seen.append((done, total, rows.taken)),
    )
    assert seen[-1][:2] == (600, 600)
    assert [d for d, _, _ in seen] == sorted(d for d, _, _ in seen)
    # when the first rows were reported drawn, most rows had not been read yet
    first_done, _, taken_then = seen[0]
    assert 0 < first_done < 600 and taken_then < 300


def test_cancel_stops_a_streamed_table_between_chunks(tmp_path):
    rows = Rows(5000)
    cancel = threading.Event()

    def progress(done, total):
        if done >= 100:
            cancel.set()

    with pytest.raises(Cancelled):
        render(
            _doc(), [Table(HEADER, rows, count=5000)], tmp_path / "c.pdf", progress=progress, cancel=cancel
        )
    assert list(tmp_path.iterdir()) == []
    assert rows.taken < 1000  # the rest was never read


def test_an_iterator_without_a_count_is_read_first(tmp_path, pdf):
    path = render(_doc(), [Table(HEADER, iter([["a", "b", "c"], ["d", "e"]]))], tmp_path / "i.pdf")
    text = pdf.flat(pdf.text(path))
    assert "abc" in text and "de" in text


def test_a_streamed_row_wider_than_its_header_is_refused(tmp_path):
    with pytest.raises(ValueError, match="header's columns"):
        render(_doc(), [Table(["a"], iter([["x", "y"]]), count=1)], tmp_path / "w.pdf")


def test_an_empty_streamed_table_shows_its_header(tmp_path, pdf):
    path = render(_doc(), [Table(HEADER, iter([]), count=0)], tmp_path / "e.pdf")
    assert "媒体 Outlet" in pdf.text(path) and len(PdfReader(path).pages) == 1
