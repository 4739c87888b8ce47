"""``render()``: a Document and its blocks -> a PDF file, written atomically."""

from __future__ import annotations

import io
import itertools
import os
from collections.abc import Callable, Iterable, Sized
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from reportlab import rl_config
from reportlab.platypus import LayoutError

import commdesk
from commdesk.core.documents import flowables as _flowables
from commdesk.core.documents import fonts as _fonts
from commdesk.core.documents.spec import Block, Document, Table, Title
from commdesk.core.documents.templates import DocTemplate, Furniture, Story, numbered_canvas
from commdesk.core.documents.text import markup, single_line
from commdesk.core.errors import Cancelled, CommdeskError
from commdesk.core.files import write_atomically
from commdesk.core.i18n import translate
from commdesk.core.timezones import system_zone_name, to_zone, wall_clock

# Streams are written binary (zlib only), not also ASCII85-encoded: a chart image is encoded in pure
# Python otherwise, which cost as much as laying out the rest of a report; the files get smaller.
rl_config.useA85 = 0

Progress = Callable[[int, int], None]


class CancelToken(Protocol):
    def is_set(self) -> bool: ...


def _lead(document: Document, ctx) -> list:
    """The document's own title and subtitle open the body."""
    from commdesk.core.documents.linebreak import Paragraph

    out = []
    if document.title:
        out.extend(_flowables.convert(Title(document.title), ctx))
    if document.subtitle:
        out.append(Paragraph(markup(document.subtitle), ctx.styles.subtitle))
    return out


def created_at(document: Document) -> datetime:
    """When the document was made, as wall-clock time in its zone (``Document.zone``, else the
    computer's zone by name): what the header and the PDF's creation date show."""
    where = document.zone or system_zone_name()
    created = document.created or datetime.now(UTC)
    if created.utcoffset() is None:
        created = wall_clock(created.date(), created.time(), where)
    return to_zone(created, where)


def _sized(block: Block) -> Block:
    """A table whose rows come from an iterator needs ``count`` for the progress total; without
    one, its rows are read into a list (small tables built on the fly)."""
    if isinstance(block, Table) and block.count is None and not isinstance(block.rows, Sized):
        return replace(block, rows=list(block.rows))
    return block


def _build(
    document: Document, blocks: Iterable[Block], target, progress: Progress | None, cancel: CancelToken | None
) -> None:
    _fonts.fonts()
    created = created_at(document)
    furniture = Furniture(document, created)
    keywords = [single_line(k, 80) for k in document.keywords if single_line(k)]
    probe = DocTemplate(io.BytesIO(), document, furniture, created, 1)
    ctx = _flowables.context(probe.text_width, probe.text_height)
    blocks = [_sized(block) for block in blocks]
    if cancel is not None and cancel.is_set():
        raise Cancelled(translate("Documents", "The export was cancelled."))
    total = sum(_flowables.units(block) for block in blocks)
    # made while laid out, a chunk of a table at a time (templates.Story)
    story = Story(itertools.chain(_lead(document, ctx), _flowables.stream(blocks, ctx)))
    template = DocTemplate(
        target,
        document,
        furniture,
        created,
        total,
        progress,
        cancel,
        title=single_line(document.title),
        author=single_line(document.author),
        subject=single_line(document.subject),
        keywords=keywords,
        creator=f"commdesk {commdesk.__version__}",
        producer=f"commdesk {commdesk.__version__}",
        lang=document.language or "zh-CN",
        displayDocTitle=1,
    )
    try:
        template.build(story, canvasmaker=numbered_canvas(furniture))
    except LayoutError as err:  # a block too big for any page: say which one, in words
        raise CommdeskError(
            translate("Documents", "Part of the document does not fit on a page ({error}).").format(
                error=str(err)[:200]
            )
        ) from err
    if progress is not None:
        progress(total, total)


def render_bytes(
    document: Document,
    blocks: Iterable[Block],
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> bytes:
    """The PDF as bytes (for mail attachments and previews)."""
    buffer = io.BytesIO()
    _build(document, blocks, buffer, progress, cancel)
    return buffer.getvalue()


def render(
    document: Document,
    blocks: Iterable[Block],
    path: str | os.PathLike,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
) -> Path:
    """Write the PDF to ``path`` atomically and return the path.

    The PDF is built in a temporary file next to ``path`` and moved over it only when complete,
    so a failure or a cancel (``core.errors.Cancelled``) leaves any earlier file untouched and no partial
    file behind. ``progress(done, total)`` is called as blocks are laid out; ``cancel`` is any
    object with ``is_set()`` (e.g. ``threading.Event``), checked between flowables.

    A long ``Table`` is laid out in chunks of rows as its ``rows`` are read: pass an iterator (with
    ``count``) and no more than a few pages of rows are in memory at once; progress counts rows.
    """
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise CommdeskError(
            translate("Documents", "The folder {folder} does not exist; choose another one.").format(
                folder=folder
            )
        )
    return write_atomically(path, lambda handle: _build(document, blocks, handle, progress, cancel))
