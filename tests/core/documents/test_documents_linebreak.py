"""Chinese lines in the PDFs break as Chinese is typeset (避头尾): no line, in a table cell or any
other paragraph, starts with closing punctuation (，。；…) or ends with opening punctuation (（《…).
Read back with pypdf from the PDF a user gets, and from the lines reportlab lays out."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph as PlainParagraph

from commdesk.core.documents import flowables, spec
from commdesk.core.documents.linebreak import CANNOT_END, CANNOT_START, cut
from commdesk.core.documents.linebreak import Paragraph as TextParagraph
from commdesk.core.documents.rendering import render_bytes
from commdesk.core.documents.styles import styles
from commdesk.core.documents.templates import DocTemplate, Furniture

# the evaluation report's definitions table read "…小时数 / ，取中位数。" in a narrow cell
TEXT = (
    "会议结束到纪要分发之间的工作小时数，取中位数。按工作日历计算，不含周末与节假日；"
    "《规程》要求当日发出（PC-5），见“纪要”一栏。"
)
PADDING = 8  # a cell's left and right padding together (flowables._table_chunks)


def _lines(paragraph) -> list[str]:
    lines = paragraph.blPara.lines
    if paragraph.blPara.kind == 0:
        return ["".join(words) for _space, words in lines]
    return ["".join(f.text for f in line.words) for line in lines]


def _laid_out(cls, text: str, width: float, style=None) -> list[str]:
    paragraph = cls(text, style or styles().cell)
    paragraph.wrap(width, 10_000)
    return _lines(paragraph)


def _wrong(lines: list[str]) -> list[str]:
    """The lines that start with a closing mark or (not the last) end with an opening one."""
    starts = [line for line in lines[1:] if line[:1] in CANNOT_START]
    ends = [line for line in lines[:-1] if line[-1:] in CANNOT_END]
    return starts + ends


def _bad_widths() -> list[float]:
    """Cell widths at which reportlab's own Chinese wrapping breaks a line wrongly."""
    widths = [w / 2 for w in range(60, 400)]
    return [w for w in widths if _wrong(_laid_out(PlainParagraph, TEXT, w))]


def test_reportlab_alone_would_start_a_cell_line_with_a_comma():
    """The test's text and widths do reach the fault (else the tests below prove nothing)."""
    bad = _bad_widths()
    assert len(bad) > 20
    assert any(line.startswith("，") for line in _laid_out(PlainParagraph, TEXT, bad[0])[1:])


def test_no_line_of_a_cell_starts_with_closing_or_ends_with_opening_punctuation():
    for width in _bad_widths():
        lines = _laid_out(TextParagraph, TEXT, width)
        assert not _wrong(lines), (width, lines)
        assert "".join(lines) == TEXT  # nothing lost or doubled
        assert len(lines) <= len(_laid_out(PlainParagraph, TEXT, width)) + 3


def test_latin_words_and_numbers_are_not_cut_and_a_line_of_marks_still_ends():
    text = "联系人 Alice Wang，电话 +86 10 1234-5678，邮箱 press@example.org。"
    for width in range(40, 200, 3):
        lines = _laid_out(TextParagraph, text, width)
        assert not _wrong(lines)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")
        assert not any(line.endswith("Ali") or line.startswith("ce ") for line in lines)
    # nothing but closing marks: they cannot all move, the line is still cut (no endless loop)
    assert cut(list("。。。。。。"), 0, 3) == 3
    assert _laid_out(TextParagraph, "。" * 30, 40)


def _paragraphs(flowable):
    """Every paragraph a flowable holds (in table cells, callouts, key-value tables and lists)."""
    if isinstance(flowable, PlainParagraph):
        yield flowable
    for row in getattr(flowable, "_cellvalues", ()):
        for cell in row:
            for item in cell if isinstance(cell, list | tuple) else [cell]:
                yield from _paragraphs(item)
    for inner in getattr(flowable, "_content", ()):
        yield from _paragraphs(inner)


@pytest.mark.parametrize(
    "block",
    [
        spec.Paragraph(TEXT),
        spec.Heading(TEXT),
        spec.BulletList([TEXT]),
        spec.NumberedList([TEXT]),
        spec.KeyValue([("定义", TEXT)]),
        spec.Table(["定义"], [[TEXT]]),
        spec.Callout("note", TEXT),
        spec.Markdown(f"> {TEXT}\n\n- {TEXT}"),
    ],
    ids=lambda b: type(b).__name__,
)
def test_every_kind_of_block_breaks_chinese_lines_the_same_way(block):
    for width in range(100, 300, 5):  # reportlab alone breaks wrongly at some of these in each kind
        ctx = flowables.context(width=width, height=600)
        built = flowables.build([block], ctx)
        found = [p for f in built for p in _paragraphs(f)]
        assert found and all(isinstance(p, TextParagraph) for p in found)
        for f in built:
            for part in getattr(f, "_content", [f]):  # KeepTogether wraps on a canvas; its parts do not
                part.wrap(ctx.width, ctx.height)
        for p in found:
            assert not _wrong(_lines(p)), (width, _lines(p))


def _text_width(document: spec.Document) -> float:
    probe = DocTemplate(io.BytesIO(), document, Furniture(document, document.created), document.created, 1)
    return probe.text_width


def test_a_narrow_table_cell_in_the_pdf_starts_no_line_with_a_comma():
    from datetime import UTC, datetime

    document = spec.Document(title="定义", created=datetime(2026, 10, 1, tzinfo=UTC))
    total = _text_width(document)
    width = _bad_widths()[0]  # the cell's text width at which reportlab alone starts a line with "，"
    cell = width + PADDING
    table = spec.Table(["定义", ""], [[TEXT, ""]], widths=(cell, total - cell))
    reader = PdfReader(io.BytesIO(render_bytes(document, [table])))
    lines = [line.strip() for line in reader.pages[0].extract_text().splitlines() if line.strip()]
    body = lines[lines.index("定义", 1) + 1 :] if lines.count("定义") > 1 else lines
    cell_lines = [line for line in body if line and line[0] in TEXT and line in TEXT]
    assert "".join(cell_lines) == TEXT, lines
    assert len(cell_lines) > 5 and not _wrong(cell_lines), cell_lines
