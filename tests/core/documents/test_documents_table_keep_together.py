"""A short table kept together moves whole to the next page, with its heading, instead of leaving
a row or two behind; a table cell without Chinese breaks between words, never inside one
("Ackno/wledg/ed"), while a Chinese cell still breaks between characters."""

from __future__ import annotations

import io

from pypdf import PdfReader

from commdesk.core.documents.rendering import render_bytes
from commdesk.core.documents.spec import Document, Heading, Paragraph, Table


def pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def filler(lines: int) -> list[Paragraph]:
    return [Paragraph(f"Line {n} of the text before the table.") for n in range(lines)]


def figures(keep: bool) -> list:
    rows = [[f"Figure {n}", str(n), str(n + 1)] for n in range(1, 13)]
    return [Heading("Key figures", 1), Table(["Figure", "Now", "Before"], rows, keep_together=keep)]


def test_a_table_kept_together_moves_whole_with_its_heading():
    doc = Document(title="Report")
    # find how much text leaves the table split over two pages without the option
    for lines in range(20, 40):
        split = pages(render_bytes(doc, [*filler(lines), *figures(False)]))
        if len(split) == 2 and "Figure 1\n" in split[0] + "\n" and "Figure 12" in split[1]:
            break
    else:
        raise AssertionError("no amount of text split the table")
    kept = pages(render_bytes(doc, [*filler(lines), *figures(True)]))
    assert len(kept) == 2
    assert "Figure 1" not in kept[0] and "Key figures" not in kept[0]
    assert "Key figures" in kept[1] and all(f"Figure {n}" in kept[1] for n in range(1, 13))


def test_a_short_table_kept_together_stays_in_place():
    kept = pages(render_bytes(Document(title="Report"), [*filler(3), *figures(True), Paragraph("After.")]))
    assert len(kept) == 1 and "Figure 12" in kept[0] and "After." in kept[0]


def test_latin_cells_break_between_words(pdf, tmp_path):
    # columns narrower than their text but wider than each word (52 to 67 pt inside)
    row = ["Media inquiries", "Emma Schmidt", "Acknowledged and waiting", "媒体问询，请尽快答复"]
    blocks = [Table(["A", "B", "C", "D"], [row], widths=(60, 60, 75, 275))]
    path = tmp_path / "t.pdf"
    path.write_bytes(render_bytes(Document(title="Words"), blocks))
    words = set(pdf.text(path).split())
    assert {"Media", "inquiries", "Emma", "Schmidt", "Acknowledged"} <= words
    assert "媒体问询，请尽快答复" in pdf.flat(pdf.text(path))
