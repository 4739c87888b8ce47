"""Blocks (spec.py) -> reportlab flowables. All user text goes through ``text.markup``."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, TableStyle
from reportlab.platypus import Image as RLImage
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus import Table as RLTable

from commdesk.core.documents import fonts as _fonts
from commdesk.core.documents import spec
from commdesk.core.documents.linebreak import Paragraph as TextParagraph  # Chinese lines cut as typeset
from commdesk.core.documents.styles import (
    CALLOUT_COLOURS,
    RULE,
    TABLE_HEADER_BG,
    TABLE_STRIPE_BG,
    Styles,
    styles,
)
from commdesk.core.documents.text import markup, single_line
from commdesk.core.errors import ValidationError
from commdesk.core.i18n import translate


class HeadingParagraph(TextParagraph):
    """A heading that also becomes an entry of the PDF outline (bookmarks), see templates.py."""

    def __init__(
        self, text, style=None, bulletText=None, frags=None, level: int = 1, outline_title: str = "", **kw
    ):
        super().__init__(text, style, bulletText=bulletText, frags=frags, **kw)
        self.outline_level = level
        self.outline_title = outline_title  # "" : no outline entry (continuation of a split)

    def split(self, available_width, available_height):
        parts = super().split(available_width, available_height)
        if parts and isinstance(parts[0], HeadingParagraph):
            parts[0].outline_level, parts[0].outline_title = self.outline_level, self.outline_title
        return parts


class CellParagraph(TextParagraph):
    """A table cell's paragraph that lays its lines out once per width.

    reportlab wraps a cell's paragraph each time its table is measured: when it is tried on a
    page, after every split, and again when it is drawn. A cell's width never changes, so the
    first result at a width is kept (a split, which makes new paragraphs, starts afresh)."""

    _wrapped_at: float | None = None
    _wrapped: tuple[float, float] = (0.0, 0.0)

    def wrap(self, available_width, available_height):
        if self._wrapped_at != available_width:
            self._wrapped = super().wrap(available_width, available_height)
            self._wrapped_at = available_width
        return self._wrapped

    def split(self, available_width, available_height):
        self._wrapped_at = None
        return super().split(available_width, available_height)


class Table(RLTable):
    """reportlab's Table, accepting a table up to ``SLACK`` points taller than the room left.

    reportlab cannot split a row when the part left over would be under ``splitInRow`` points
    (1 pt): a one-row table (a callout, a key-value pair, a cell with a very long word) a
    fraction of a point taller than the frame could then neither fit nor split, and the whole
    export failed. Such a table is laid out as fitting and drawn that much lower, into the
    bottom margin (24 mm), where nobody can tell.
    """

    SLACK = 2.0
    _overflow = 0.0

    def wrap(self, available_width, available_height):
        width, height = super().wrap(available_width, available_height)
        self._overflow = 0.0
        if available_height < height <= available_height + self.SLACK:
            self._overflow = height - available_height
            return width, available_height
        return width, height

    def drawOn(self, canvas, x, y, _sW=0):
        return super().drawOn(canvas, x, y - self._overflow, _sW)


class SignatureLine(Flowable):
    """Blank room to sign in, with the line to sign on."""

    def __init__(self, height: float = 14 * mm):
        super().__init__()
        self.height = height

    def wrap(self, available_width, available_height):
        self.width = available_width
        return available_width, self.height

    def draw(self):
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.8)
        self.canv.line(0, 3, self.width, 3)


@dataclass
class Context:
    width: float  # the text width available, in points
    height: float  # the frame height, in points
    styles: Styles


def context(width: float, height: float) -> Context:
    return Context(width, height, styles())


def _ts(commands) -> TableStyle:
    """A table style; FONTNAME too, or reportlab sets cells in (unembedded) Helvetica."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), _fonts.MAIN), *list(commands)])


def _p(text: object, style) -> TextParagraph:
    return TextParagraph(markup(text), style)


def _cells(values, count: int) -> list[str]:
    values = list(values)
    return values + [""] * (count - len(values))


def build(blocks, ctx: Context) -> list[Flowable]:
    out: list[Flowable] = []
    for block in blocks:
        out.extend(convert(block, ctx))
    return out


UNITS = "_cd_units"  # attribute of a flowable: how much of the progress total drawing it completes


def units(block) -> int:
    """What a block counts for in the progress total: a table its rows, anything else 1."""
    if isinstance(block, spec.Table):
        return block.count if block.count is not None else len(block.rows)  # type: ignore[arg-type]
    return 1


def stream(blocks, ctx: Context) -> Iterator[Flowable]:
    """The flowables of ``blocks``, made as they are asked for: a table's chunks (and their
    paragraphs) only when layout reaches them, so a long table never exists whole in memory."""
    held: list[Flowable] = []  # a heading, until it is known whether a table kept together follows
    for block in blocks:
        if isinstance(block, spec.Table) and block.keep_together:
            yield from held[:1]  # the heading's page-break condition, then heading and table as one
            yield KeepTogether([*held[1:], *_table_chunks(block, ctx)])
            held = []
            continue
        yield from held
        held = []
        if isinstance(block, spec.Table):
            yield from _table_chunks(block, ctx)
            continue
        made = convert(block, ctx)
        if made:
            setattr(made[0], UNITS, 1)
        if isinstance(block, spec.Heading):
            held = made
            continue
        yield from made
    yield from held


def convert(block, ctx: Context) -> list[Flowable]:
    st = ctx.styles
    if isinstance(block, spec.Title):
        return [_p(block.text, st.title)]
    if isinstance(block, spec.Heading):
        level = min(max(int(block.level), 1), 3)
        style = (st.h1, st.h2, st.h3)[level - 1]
        # keep a heading with the start of what follows, without dragging long blocks along
        return [
            CondPageBreak(style.leading * 2 + st.body.leading * 3 + style.spaceBefore),
            HeadingParagraph(
                markup(block.text, keep_breaks=False),
                style,
                level=level,
                outline_title=single_line(block.text) or "-",
            ),
        ]
    if isinstance(block, spec.Paragraph):
        return [_p(block.text, st.body)]
    if isinstance(block, spec.RichText):
        if block.style == "quote":
            return [_quote(TextParagraph(block.markup, st.quote), ctx)]
        style = st.code if block.style == "code" else st.body
        return [TextParagraph(block.markup, style)]
    if isinstance(block, spec.Markdown):
        from commdesk.core.documents.markdown import to_blocks

        return build(to_blocks(block.text), ctx)
    if isinstance(block, spec.BulletList):
        return _list([[spec.Paragraph(item)] for item in block.items], False, 1, ctx, 0)
    if isinstance(block, spec.NumberedList):
        return _list([[spec.Paragraph(item)] for item in block.items], True, block.start, ctx, 0)
    if isinstance(block, spec.RichList):
        return _list(block.items, block.ordered, block.start, ctx, 0)
    if isinstance(block, spec.KeyValue):
        return [_key_value(block, ctx)] if block.pairs else []
    if isinstance(block, spec.Table):
        chunks: list[Flowable] = list(_table_chunks(block, ctx))
        return [KeepTogether(chunks)] if block.keep_together else chunks
    if isinstance(block, spec.Callout):
        return _callout(block, ctx)
    if isinstance(block, spec.SignatureBlock):
        return [_signatures(block, ctx)] if block.signatures else []
    if isinstance(block, spec.Image):
        return _image(block, ctx)
    if isinstance(block, spec.Spacer):
        return [RLSpacer(1, max(0.0, float(block.height_mm)) * mm)]
    if isinstance(block, spec.PageBreak):
        return [RLPageBreak()]
    raise TypeError(f"not a document block: {block!r}")


_INDENT = 16


def _list(items, ordered: bool, start: int, ctx: Context, depth: int) -> list[Flowable]:
    from reportlab.lib.styles import ParagraphStyle

    st = ctx.styles
    indent = _INDENT * (depth + 1) + (6 if ordered else 0)
    item_style = ParagraphStyle(
        f"cd-li-{depth}-{int(ordered)}",
        parent=st.list_item,
        leftIndent=indent,
        bulletIndent=indent - _INDENT - (6 if ordered else 0),
        bulletFontName=_fonts.MAIN,
        bulletFontSize=st.body.fontSize,
    )
    out: list[Flowable] = []
    for number, blocks in enumerate(items, start=start):
        bullet = f"{number}." if ordered else ("•", "◦", "▪")[depth % 3]
        first = True
        for block in blocks:
            if isinstance(block, spec.RichList):
                out.extend(_list(block.items, block.ordered, block.start, ctx, depth + 1))
                first = False
                continue
            if isinstance(block, spec.RichText):
                para_markup = block.markup
            elif isinstance(block, spec.Paragraph):
                para_markup = markup(block.text)
            else:  # anything else inside a list item is laid out as usual
                out.extend(convert(block, ctx))
                first = False
                continue
            out.append(TextParagraph(para_markup, item_style, bulletText=bullet if first else None))
            first = False
        if first:  # empty item: keep the bullet so numbering stays visible
            out.append(TextParagraph("", item_style, bulletText=bullet))
    return out


def _widths(hints, count: int, total: float) -> list[float]:
    weights = [1.0] * count
    if hints:
        for i, hint in enumerate(list(hints)[:count]):
            try:
                value = float(hint)
            except (TypeError, ValueError):
                continue
            if value > 0:
                weights[i] = value
    scale = total / sum(weights)
    return [w * scale for w in weights]


#: Rows per table chunk: a few pages' worth. Only that many rows' paragraphs wait in memory; a
#: chunk split at a page end measures its cells once (``CellParagraph``, and split parts keep the
#: row heights measured), so the size costs little time either way.
CHUNK_ROWS = 60


class TableChunk(Table):
    """Some rows of a data table, drawn as a table of their own: a long table is a run of chunks.

    The header heads the table's first chunk, and any chunk or part of a chunk that starts at the
    top of a page (``with_header``, called by the page templates); a chunk that continues the
    table lower on a page has none. Split parts (reportlab makes them with this class) keep
    which rows they hold, for the stripes and the progress count.
    """

    has_header = False  # row 0 is the header
    first_row = 0  # index of the first body row in the whole table: the stripes continue
    maker: Callable[[list, bool, int, int], TableChunk] | None = None
    header_cells: list | None = None  # None: the header is not repeated (too tall)

    def split(self, available_width, available_height):
        parts = super().split(available_width, available_height)
        if len(parts) == 2:
            first, rest = parts
            head = 1 if self.has_header else 0
            body = len(self._cellvalues) - head
            done = len(first._cellvalues) - head
            left = len(rest._cellvalues) - (1 if rest.repeatRows else 0)
            cut = done + left - body  # 1 when a tall row was cut in two
            for part in parts:
                part.maker, part.header_cells = self.maker, self.header_cells
            first.has_header, first.first_row = self.has_header, self.first_row
            rest.has_header, rest.first_row = bool(rest.repeatRows), self.first_row + done - cut
            units = getattr(self, UNITS, 0)
            setattr(first, UNITS, min(units, done - cut))
            setattr(rest, UNITS, units - getattr(first, UNITS))
        return parts

    def with_header(self) -> TableChunk:
        """This chunk with the header on top (it starts a page); itself if it has one or none repeats."""
        if self.has_header or self.header_cells is None or self.maker is None:
            return self
        chunk = self.maker(
            [self.header_cells, *self._cellvalues], True, self.first_row, getattr(self, UNITS, 0)
        )
        chunk.spaceBefore, chunk.spaceAfter = 0, getattr(self, "spaceAfter", 0)
        return chunk


_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")


def _latin(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` with the ordinary line breaking, between words: the Chinese one breaks a Latin
    word in two when no space is found in the last half of the line ("Ackno/wledg/ed")."""
    return ParagraphStyle(f"{style.name}-latin", parent=style, wordWrap=None)


def _cell(value: str, style: ParagraphStyle, latin: ParagraphStyle) -> CellParagraph:
    """A table cell: text with no Chinese in it is broken between words, like any Latin text."""
    return CellParagraph(markup(value), style if _CJK.search(str(value)) else latin)


def _table_chunks(block: spec.Table, ctx: Context) -> Iterator[TableChunk]:
    """A data table as chunks of ``CHUNK_ROWS`` rows, each made (cells and all) when asked for."""
    st = ctx.styles
    has_header = bool(block.header)
    rows: Iterable[Sequence[str]] = block.rows
    if isinstance(rows, Sequence):
        count = max([len(block.header)] + [len(r) for r in rows] + [1])
    else:  # a stream of rows: the header's columns
        count = max(len(block.header), 1)
    widths = _widths(block.widths, count, ctx.width)
    latin_cell, latin_header = _latin(st.cell), _latin(st.header_cell)
    header = (
        [_cell(v, st.header_cell, latin_header) for v in _cells(block.header, count)] if has_header else None
    )
    repeat = False
    if header is not None:  # repeat the header on each page unless it is itself too tall for that
        header_height = max(cell.wrap(w - 8, ctx.height)[1] for cell, w in zip(header, widths, strict=False))
        repeat = header_height < ctx.height / 4

    def make(data: list, with_header: bool, first_row: int, units: int) -> TableChunk:
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        head = 1 if with_header else 0
        if with_header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), TABLE_HEADER_BG))
        if len(data) > head:  # stripes on every other row of the whole table
            stripes = [None, TABLE_STRIPE_BG] if first_row % 2 == 0 else [TABLE_STRIPE_BG, None]
            style.append(("ROWBACKGROUNDS", (0, head), (-1, -1), stripes))
        chunk = TableChunk(
            data,
            colWidths=widths,
            style=_ts(style),
            repeatRows=1 if with_header and repeat else 0,
            splitByRow=1,
            splitInRow=1,
            hAlign="LEFT",
            longTableOptimize=1,  # measure rows only until the page is full; split parts keep heights
        )
        chunk.has_header, chunk.first_row, chunk.maker = with_header, first_row, make
        chunk.header_cells = header if repeat else None
        setattr(chunk, UNITS, units)
        return chunk

    iterator: Iterator[Sequence[str]] = iter(rows)
    upcoming = next(iterator, None)
    first_row = 0
    while True:
        data: list[list[TextParagraph]] = []
        while upcoming is not None and len(data) < CHUNK_ROWS:
            values = list(upcoming)
            if len(values) > count:
                raise ValueError("a streamed table's rows have the header's columns")
            data.append([_cell(v, st.cell, latin_cell) for v in _cells(values, count)])
            upcoming = next(iterator, None)
        last = upcoming is None
        lead = first_row == 0 and header is not None
        cells = ([header] if lead else []) + data
        chunk = make(cells or [[""] * count], lead, first_row, len(data))
        chunk.spaceBefore = 4 if first_row == 0 else 0
        chunk.spaceAfter = 8 if last else 0
        first_row += len(data)
        yield chunk
        if last:
            return


def _key_value(block: spec.KeyValue, ctx: Context) -> RLTable:
    st = ctx.styles
    data = [[_p(k, st.label), _p(v, st.body)] for k, v in (((*tuple(p), "", ""))[:2] for p in block.pairs)]
    table = Table(
        data,
        colWidths=_widths((1, 2.6), 2, ctx.width),
        splitInRow=1,
        hAlign="LEFT",
        style=_ts(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        ),
    )
    table.spaceBefore, table.spaceAfter = 2, 8
    return table


def _quote(paragraph, ctx: Context) -> RLTable:
    table = Table(
        [[paragraph]],
        colWidths=[ctx.width - 4],
        splitInRow=1,
        hAlign="LEFT",
        style=_ts(
            [
                ("LINEBEFORE", (0, 0), (0, -1), 2, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )
    table.spaceAfter = 6
    return table


def _callout_title(kind: str) -> str:
    return {
        "decision": translate("Documents", "Decision"),
        "action": translate("Documents", "Action"),
        "note": translate("Documents", "Note"),
        "warning": translate("Documents", "Warning"),
    }.get(kind, translate("Documents", "Note"))


def _callout(block: spec.Callout, ctx: Context) -> list[Flowable]:
    """A callout moves to the next page whole rather than split; one taller than a page splits,
    and starts where its title has at least a few lines of text below it."""
    st = ctx.styles
    bar, background = CALLOUT_COLOURS.get(block.kind, CALLOUT_COLOURS["note"])
    title = block.title or _callout_title(block.kind)
    heading = _p(title, st.callout_title)
    content = [heading, _p(block.text, st.body)]
    table = Table(
        [[content]],
        colWidths=[ctx.width],
        splitInRow=1,
        hAlign="LEFT",
        style=_ts(
            [
                ("BACKGROUND", (0, 0), (-1, -1), background),
                ("LINEBEFORE", (0, 0), (0, -1), 3, bar),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        ),
    )
    table.spaceBefore, table.spaceAfter = 4, 10
    _, height = table.wrap(ctx.width, ctx.height)
    if height + table.spaceBefore <= ctx.height:
        return [KeepTogether([table])]
    _, title_height = heading.wrap(ctx.width - 18, ctx.height)
    return [CondPageBreak(min(title_height + st.body.leading * 4 + 12, ctx.height / 2)), table]


def _signatures(block: spec.SignatureBlock, ctx: Context) -> Flowable:
    st = ctx.styles
    per_row = 2
    cells: list[list[Flowable] | str] = []
    for sig in block.signatures:
        parts = [_p(sig.role, st.label), SignatureLine(), _p(sig.name, st.body)]
        if sig.date:
            parts.append(_p(sig.date, st.small))
        if sig.digest:
            parts.append(_p(translate("Documents", "Hash: {digest}").format(digest=sig.digest), st.small))
        cells.append(parts)
    while len(cells) % per_row:
        cells.append("")
    data = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    gap = 10 * mm
    col = (ctx.width - gap) / per_row
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
    ]
    rows = [[row[0], "", row[1]] for row in data]
    table = Table(rows, colWidths=[col, gap, col], style=_ts(style), hAlign="LEFT", splitInRow=1)
    table.spaceBefore, table.spaceAfter = 10, 10
    return KeepTogether([table]) if len(rows) <= 2 else table


def _image(block: spec.Image, ctx: Context) -> list[Flowable]:
    from reportlab.lib.utils import ImageReader

    try:
        reader = ImageReader(io.BytesIO(bytes(block.data)))
        width, height = reader.getSize()
        if width <= 0 or height <= 0:
            raise ValueError("empty image")
    except Exception as err:
        raise ValidationError(
            {
                "image": translate(
                    "Documents", "This image cannot be read ({error}); use a PNG or JPEG file."
                ).format(error=type(err).__name__)
            }
        ) from err
    max_width = ctx.width
    if block.max_width_mm:
        max_width = min(max_width, float(block.max_width_mm) * mm)
    scale = min(1.0, max_width / width, ctx.height * 0.8 / height)
    image = RLImage(io.BytesIO(bytes(block.data)), width=width * scale, height=height * scale)
    image.hAlign = "CENTER"
    out: list[Flowable] = [image]
    if block.caption:
        out.append(_p(block.caption, ctx.styles.caption))
    else:
        out.append(RLSpacer(1, 6))
    return out
