"""Page furniture: letterhead, banner, watermark, footer with "Page X of Y", PDF outline.

Content margins are at least 20 mm all round (fit for office printers); the footer sits 12 mm from
the bottom edge, inside the bottom margin. "Page X of Y" needs the page count, which is known only
at the end: ``NumberedCanvas`` keeps each finished page's state and draws the footers on save.
"""

from __future__ import annotations

import io
import tempfile
import threading
import time
from datetime import UTC, datetime
from functools import lru_cache
from typing import IO

from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from commdesk.core.documents import fonts as _fonts
from commdesk.core.documents.flowables import UNITS, HeadingParagraph, TableChunk
from commdesk.core.documents.spec import Document
from commdesk.core.documents.styles import ACCENT, BANNER_BG, BANNER_INK, INK, MUTED, RULE, WATERMARK
from commdesk.core.documents.text import single_line
from commdesk.core.errors import Cancelled
from commdesk.core.i18n import translate
from commdesk.core.timezones import offset_label

SIDE_MARGIN = 22 * mm
BOTTOM_MARGIN = 24 * mm
TOP_MARGIN = 28 * mm  # later pages: small letterhead
FIRST_TOP_MARGIN = 44 * mm  # first page: large letterhead
BANNER_HEIGHT = 7 * mm
FOOTER_Y = 12 * mm


def page_size(document: Document) -> tuple[float, float]:
    size = LETTER if document.page_size == "Letter" else A4
    return landscape(size) if getattr(document, "landscape", False) else size


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Cut ``text`` with an ellipsis so it fits in ``width`` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[: max(0, len(text) - max(1, len(text) // 8))]
    return text + "…"


def _is_cjk(char: str) -> bool:
    return "\u2e80" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or "\uff00" <= char <= "\uffef"


def two_lines(
    text: str, font: str, size: float, width: float, at_script_change: bool = False
) -> list[str] | None:
    """``text`` on at most two lines of ``width`` points, or None if it needs more.

    Breaks at a space, preferring the one between a Chinese and a Latin part ("华信科技有限公司 /
    Huaxin Technology Co., Ltd."), else the most even break; a name without spaces breaks between
    characters.
    """
    if stringWidth(text, font, size) <= width:
        return [text]
    spaces = [i for i, c in enumerate(text) if c == " "]
    candidates = [(text[:i].rstrip(), text[i + 1 :].lstrip()) for i in spaces]
    if not candidates:
        candidates = [(text[:i], text[i:]) for i in range(1, len(text))]
    fitting = [
        (a, b)
        for a, b in candidates
        if a and b and stringWidth(a, font, size) <= width and stringWidth(b, font, size) <= width
    ]
    if not fitting:
        return None
    boundary = [(a, b) for a, b in fitting if _is_cjk(a[-1]) != _is_cjk(b[0])]
    if at_script_change and not boundary:
        return None
    chosen = min(
        boundary or fitting,
        key=lambda ab: abs(stringWidth(ab[0], font, size) - stringWidth(ab[1], font, size)),
    )
    return list(chosen)


def letterhead_lines(text: str, font: str, width: float) -> tuple[list[str], float]:
    """The organisation name as (lines, font size): one line at 15 pt, else two lines, shrinking
    to 11 pt if needed; only a name too long even for that is cut (with an ellipsis)."""
    if stringWidth(text, font, 15) <= width:
        return [text], 15.0
    sizes = (14.0, 13.0, 12.0, 11.0)
    for at_script_change in (True, False):  # "华信科技有限公司 / Huaxin Technology Co., Ltd." first
        for size in sizes:
            lines = two_lines(text, font, size, width, at_script_change)
            if lines is not None:
                return lines, size
    first, rest = "", text
    for i in range(len(text), 0, -1):
        if stringWidth(text[:i], font, 11) <= width:
            cut = text.rfind(" ", 0, i)
            cut = cut if cut > i // 2 else i
            first, rest = text[:cut].rstrip(), text[cut:].lstrip()
            break
    return [first, _fit(rest, font, 11, width)], 11.0


class Furniture:
    """Draws everything around the text of a page, for one document."""

    def __init__(self, document: Document, created: datetime):
        self.doc = document
        self.width, self.height = page_size(document)
        self.title = single_line(document.title)
        self.org = single_line(document.letterhead.organisation) if document.letterhead else ""
        self.reference = single_line(document.reference, 80)
        self.status = single_line(document.status, 60)
        self.banner = single_line(document.banner, 160)
        self.watermark = single_line(document.watermark, 40)
        # the creation stamp in the document's zone, and the zone named under it (never unnamed)
        self.date = f"{created:%Y-%m-%d %H:%M} {offset_label(created, created.tzinfo or UTC)}"
        self.zone = getattr(created.tzinfo, "key", None) or str(
            created.tzinfo
        )  # the IANA name, on its own line
        self._watermark_form = ""
        self.logo = None
        if document.letterhead and document.letterhead.logo:
            from commdesk.core.documents.flowables import (
                _image,  # validates the bytes with a message that names the fix
                context,
            )
            from commdesk.core.documents.spec import Image

            _image(Image(document.letterhead.logo), context(100, 100))
            from reportlab.lib.utils import ImageReader

            self.logo = ImageReader(io.BytesIO(bytes(document.letterhead.logo)))

    def header_top(self) -> float:
        """Where the letterhead starts, below the banner if there is one."""
        return self.height - (12 * mm + (BANNER_HEIGHT + 3 * mm if self.banner else 0))

    def draw_first(self, canv: Canvas, _doc) -> None:
        canv.saveState()
        self._watermark(canv)
        self._banner(canv)
        left, right = SIDE_MARGIN, self.width - SIDE_MARGIN
        top = self.header_top()
        x = left
        if self.logo is not None:
            w, h = self.logo.getSize()
            scale = min(16 * mm / h, 40 * mm / w)
            canv.drawImage(self.logo, left, top - h * scale, w * scale, h * scale, mask="auto")
            x = left + w * scale + 4 * mm
        right_w = 50 * mm
        room = right - right_w - 4 * mm - x
        y = top - 6.5 * mm
        if self.org:
            lines, size = letterhead_lines(self.org, _fonts.MAIN_BOLD, room)
            canv.setFillColor(ACCENT)
            canv.setFont(_fonts.MAIN_BOLD, size)
            if len(lines) == 2:
                y = top - size * 0.95
            for line in lines:
                canv.drawString(x, y, line)
                y -= size * 1.22
            y -= 5.5 * mm - size * 1.22
        canv.setFillColor(MUTED)
        canv.setFont(_fonts.MAIN, 8.5)
        canv.drawRightString(right, top - 5 * mm, self.date)
        canv.setFont(_fonts.MAIN, 7)
        canv.drawRightString(right, top - 8.5 * mm, _fit(self.zone, _fonts.MAIN, 7, right_w))
        canv.setFont(_fonts.MAIN, 8.5)
        if self.reference:
            canv.drawRightString(right, top - 12.5 * mm, _fit(self.reference, _fonts.MAIN, 8.5, right_w))
        if self.title:
            canv.setFont(_fonts.MAIN, 9)
            canv.drawString(x, y, _fit(self.title, _fonts.MAIN, 9, room))
        rule = min(top - 17 * mm, y - 4.5 * mm)
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(1.2)
        canv.line(left, rule, right, rule)
        canv.restoreState()

    def draw_later(self, canv: Canvas, _doc) -> None:
        canv.saveState()
        self._watermark(canv)
        self._banner(canv)
        left, right = SIDE_MARGIN, self.width - SIDE_MARGIN
        top = self.header_top()
        canv.setFont(_fonts.MAIN, 8.5)
        canv.setFillColor(MUTED)
        half = (right - left) / 2 - 3 * mm
        canv.drawString(left, top - 4 * mm, _fit(self.org, _fonts.MAIN, 8.5, half))
        canv.drawRightString(right, top - 4 * mm, _fit(self.title, _fonts.MAIN, 8.5, half))
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(left, top - 6.5 * mm, right, top - 6.5 * mm)
        canv.restoreState()

    def _banner(self, canv: Canvas) -> None:
        if not self.banner:
            return
        y = self.height - 12 * mm - BANNER_HEIGHT
        canv.setFillColor(BANNER_BG)
        canv.rect(SIDE_MARGIN, y, self.width - 2 * SIDE_MARGIN, BANNER_HEIGHT, stroke=0, fill=1)
        canv.setFillColor(BANNER_INK)
        canv.setFont(_fonts.MAIN_BOLD, 9.5)
        text = _fit(self.banner, _fonts.MAIN_BOLD, 9.5, self.width - 2 * SIDE_MARGIN - 6 * mm)
        canv.drawCentredString(self.width / 2, y + 2.3 * mm, text)

    def _watermark(self, canv: Canvas) -> None:
        if not self.watermark:
            return
        unit = stringWidth(self.watermark, _fonts.MAIN_BOLD, 1) or 1
        diagonal = (self.width**2 + self.height**2) ** 0.5
        size = min(110.0, diagonal * 0.6 / unit)
        if not self._watermark_form:
            # drawn once as outlines in a form every page reuses: not text, so copying or
            # searching a page does not pick the mark up
            self._watermark_form = "cdWatermark"
            canv.beginForm(self._watermark_form)
            canv.saveState()
            canv.transform(1, 0, 0, 1, self.width / 2, self.height / 2)  # (a translation)
            canv.rotate(54.7 if self.width < self.height else 35)
            # opaque grey in the form; the transparency is set where the form is used, because
            # a graphics state named inside a form is missing from the form's resources
            canv.setFillColorRGB(WATERMARK.red, WATERMARK.green, WATERMARK.blue)
            draw_outlined(canv, self.watermark, size, -unit * size / 2, -size * 0.35)
            canv.restoreState()
            canv.endForm()
        canv.saveState()
        canv.setFillAlpha(WATERMARK.alpha)
        canv.doForm(self._watermark_form)
        canv.restoreState()

    def draw_footer(self, canv: Canvas, page: int, pages: int) -> None:
        canv.saveState()
        left, right = SIDE_MARGIN, self.width - SIDE_MARGIN
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(left, FOOTER_Y + 4 * mm, right, FOOTER_Y + 4 * mm)
        canv.setFont(_fonts.MAIN, 8)
        canv.setFillColor(MUTED)
        label = translate("Documents", "Page {page} of {pages}").format(page=page, pages=pages)
        canv.drawRightString(right, FOOTER_Y, label)
        info = "  ·  ".join(x for x in (self.reference, self.status) if x)
        if info:
            room = right - left - stringWidth(label, _fonts.MAIN, 8) - 8 * mm
            canv.setFillColor(INK)
            canv.drawString(left, FOOTER_Y, _fit(info, _fonts.MAIN, 8, room))
        canv.restoreState()


_glyph_lock = threading.Lock()


@lru_cache(maxsize=1)
def _outline_font():
    from fontTools.ttLib import TTFont

    font = TTFont(str(_fonts.fonts().bold), lazy=True)
    return font.getBestCmap(), font.getGlyphSet(), font["head"].unitsPerEm


def draw_outlined(canv: Canvas, text: str, size: float, x: float, y: float) -> None:
    """Fill ``text`` as vector outlines in the bold face (characters it lacks are skipped)."""
    from fontTools.pens.basePen import BasePen

    with _glyph_lock:
        cmap, glyph_set, upem = _outline_font()
        scale = size / upem
        path = canv.beginPath()

        class Pen(BasePen):
            def _moveTo(self, p):
                path.moveTo(x + p[0] * scale, y + p[1] * scale)

            def _lineTo(self, p):
                path.lineTo(x + p[0] * scale, y + p[1] * scale)

            def _curveToOne(self, p1, p2, p3):
                path.curveTo(
                    x + p1[0] * scale,
                    y + p1[1] * scale,
                    x + p2[0] * scale,
                    y + p2[1] * scale,
                    x + p3[0] * scale,
                    y + p3[1] * scale,
                )

            def _closePath(self):
                path.close()

        for char in text:
            name = cmap.get(ord(char))
            if name is None:
                continue
            glyph = glyph_set[name]
            glyph.draw(Pen(glyph_set))
            x += glyph.width * scale
    canv.drawPath(path, stroke=0, fill=1, fillMode=1)


def numbered_canvas(furniture: Furniture):
    """A canvas class that draws ``furniture``'s footer with the total page count, and keeps
    little of a finished page in memory, so a document of thousands of pages fits in a few MB.

    The total is known only at the end, but pages are not kept until then: each page shows a
    form XObject of its own (``cdFooterN``) that is defined, with "Page N of Y", when the document
    is saved. A finished page's content is compressed at once and spooled to a private temporary
    file (reportlab would keep it as text until the end); on saving, the PDF is written to the
    target object by object instead of being assembled in memory first.
    """

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._footers = 0
            self._spool: IO[bytes] | None = None

        def showPage(self):
            self._footers += 1
            self.doForm(f"cdFooter{self._footers}")
            super().showPage()
            if self._spool is None:
                # owner-only, removed when closed; open across pages, closed in save()
                self._spool = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the canvas
            _spool_page(self._doc.Pages.pages[-1], self._spool)

        def save(self):
            total = self._footers
            for number in range(1, total + 1):
                self.beginForm(f"cdFooter{number}")
                furniture.draw_footer(self, number, total)
                self.endForm()
            target = self._filename if callable(getattr(self._filename, "write", None)) else None
            _writing.target = target
            try:
                super().save()
            finally:
                _writing.target = None
                if self._spool is not None:
                    self._spool.close()

    return NumberedCanvas


class _SpooledStream(pdfdoc.PDFStream):
    """A page's content, already compressed, read back from the spool file when written."""

    def __init__(self, spool: IO[bytes], offset: int, length: int):
        self.dictionary = pdfdoc.PDFDictionary({"Filter": pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])})
        self.filters = None
        self.__Comment__ = "page stream"
        self._spool, self._offset, self._length = spool, offset, length

    @property
    def content(self) -> bytes:
        self._spool.seek(self._offset)
        return self._spool.read(self._length)


def _spool_page(page, spool: IO[bytes]) -> None:
    """Compress a finished page's content now (the same FlateDecode stream reportlab would make
    on saving) and keep it in ``spool`` instead of memory."""
    stream = getattr(page, "stream", None)
    if not stream or page.Contents or not page.compression:
        return
    data = pdfdoc.PDFZCompress.encode(stream)
    offset = spool.seek(0, io.SEEK_END)
    spool.write(data)
    page.Contents, page.stream = _SpooledStream(spool, offset, len(data)), None


_writing = threading.local()  # .target: the file a commdesk canvas is being saved to


class _WriteThroughFile(pdfdoc.PDFFile):
    """reportlab's output collector (``pdfdoc.PDFFile``), writing each formatted object straight
    to the target while a commdesk canvas saves (``_writing.target``), instead of collecting the
    whole PDF and joining it into one more copy. Anywhere else it collects, as reportlab's does."""

    def __init__(self, pdfVersion=pdfdoc.PDF_VERSION_DEFAULT):
        super().__init__(pdfVersion)
        target = getattr(_writing, "target", None)
        self._through = target is not None
        if target is not None:
            collected: list[bytes] = getattr(self, "strings")  # noqa: B009 - reportlab's untyped list
            for chunk in collected:
                target.write(chunk)
            self.strings = []
            self.write = target.write

    def format(self, document):
        return b"" if self._through else super().format(document)


# reportlab's PDFDocument.format looks the collector up by this name when it writes a document
pdfdoc.PDFFile = _WriteThroughFile


class Story(list):
    """The story handed to ``DocTemplate.build``: a short list, topped up from an iterator of
    flowables whenever reportlab asks how long it is (at each step of the build). Flowables are
    made as layout reaches them and dropped once drawn, so memory stays flat however long the
    document. ``AHEAD`` flowables wait (reportlab looks ahead only for keep-with-next, which no
    commdesk style sets; a table chunk holds ``flowables.CHUNK_ROWS`` rows)."""

    AHEAD = 3

    def __init__(self, source):
        super().__init__()
        self._source = iter(source)
        self._more = True

    def __len__(self) -> int:
        while self._more and list.__len__(self) < self.AHEAD:
            following = next(self._source, None)
            if following is None:
                self._more = False
            else:
                self.append(following)
        return list.__len__(self)

    def __bool__(self) -> bool:
        return len(self) > 0


class _FixedTimeStamp:
    """reportlab's TimeStamp for a given datetime (the document's creation date, aware, in the
    document's zone: ``rendering.created_at``)."""

    def __init__(self, when: datetime):
        offset = when.utcoffset()
        if offset is None:
            raise ValueError("the creation date needs its zone (rendering.created_at gives it)")
        minutes = int(offset.total_seconds() // 60) if offset else 0
        self.t = when.timestamp()
        self.lt = when.timetuple()
        self.YMDhms = tuple(self.lt)[:6]
        self.dhh, self.dmm = int(minutes / 60), abs(minutes) % 60
        self.tzname = when.tzname()


# The text starts at the margins themselves (aligned with the letterhead), and flowables are
# measured against exactly the width and height they get (``DocTemplate.text_width/height``).
_NO_PADDING = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}


class DocTemplate(BaseDocTemplate):
    """Two page templates (first/later), outline entries for headings, progress and cancel."""

    def __init__(
        self,
        target,
        document: Document,
        furniture: Furniture,
        created: datetime,
        total: int,
        progress=None,
        cancel=None,
        **kw,
    ):
        width, height = page_size(document)
        super().__init__(
            target,
            pagesize=(width, height),
            leftMargin=SIDE_MARGIN,
            rightMargin=SIDE_MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            initialFontName=_fonts.MAIN,
            **kw,
        )
        banner = BANNER_HEIGHT + 3 * mm if furniture.banner else 0
        text_w = width - 2 * SIDE_MARGIN
        first_h = height - FIRST_TOP_MARGIN - banner - BOTTOM_MARGIN
        later_h = height - TOP_MARGIN - banner - BOTTOM_MARGIN
        self.addPageTemplates(
            [
                PageTemplate(
                    "first",
                    [Frame(SIDE_MARGIN, BOTTOM_MARGIN, text_w, first_h, id="first", **_NO_PADDING)],
                    onPage=furniture.draw_first,
                    autoNextPageTemplate="later",
                ),
                PageTemplate(
                    "later",
                    [Frame(SIDE_MARGIN, BOTTOM_MARGIN, text_w, later_h, id="later", **_NO_PADDING)],
                    onPage=furniture.draw_later,
                ),
            ]
        )
        self.text_width, self.text_height = text_w, min(first_h, later_h)
        self._created = created
        self._total = max(total, 1)
        self._done = 0
        self._progress = progress
        self._cancel = cancel
        self._outline_level = -1  # the first entry must be at level 0
        self._outline_count = 0
        self._last_report = 0.0
        self._story: list | None = None

    def build(self, flowables, *args, **kwargs):
        self._story = flowables
        return super().build(flowables, *args, **kwargs)

    def beforeDocument(self):
        self.canv._doc._timeStamp = _FixedTimeStamp(self._created)

    def handle_flowable(self, flowables):
        if self._cancel is not None and self._cancel.is_set():
            raise Cancelled(translate("Documents", "The export was cancelled."))
        if flowables is self._story and flowables:
            first = flowables[0]
            frame = getattr(self, "frame", None)
            if isinstance(first, TableChunk) and frame is not None and frame._atTop:
                flowables[0] = first.with_header()  # a table going on at the top of a page
        super().handle_flowable(flowables)

    def afterFlowable(self, flowable):
        done = getattr(flowable, UNITS, 0)
        if done:
            self._done = min(self._total, self._done + done)
            now = time.monotonic()
            if self._progress is not None and (now - self._last_report > 0.05 or self._done == self._total):
                self._last_report = now
                self._progress(self._done, self._total)
        if isinstance(flowable, HeadingParagraph) and flowable.outline_title:
            level = min(flowable.outline_level - 1, self._outline_level + 1)
            self._outline_count += 1
            key = f"h{self._outline_count}"
            self.canv.bookmarkPage(key, fit="XYZ", top=self.frame._y + flowable.height + 4)
            self.canv.addOutlineEntry(flowable.outline_title, key, level=level, closed=level > 0)
            self._outline_level = level
