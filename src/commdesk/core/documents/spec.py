"""What a document is made of: the ``Document`` description and the blocks of its body.

Plain frozen dataclasses with no reportlab in sight, so services can build them from domain data
and tests can compare them. Every text field is plain text: it is escaped before it reaches the
PDF engine (``text.py``), so ``<b>`` or ``&`` print literally. Only ``Markdown`` interprets markup.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, Union

PageSize = Literal["A4", "Letter"]
Language = Literal["zh-CN", "en"]
CalloutKind = Literal["decision", "action", "note", "warning"]


@dataclass(frozen=True)
class Letterhead:
    organisation: str
    logo: bytes | None = None  # PNG or JPEG bytes, drawn at most 18 mm high


@dataclass(frozen=True)
class Document:
    title: str
    subtitle: str = ""
    reference: str = ""  # e.g. "PR-2026-014 v3", printed in every footer
    status: str = ""  # e.g. "Draft", printed in every footer
    language: Language = "zh-CN"
    author: str = ""
    subject: str = ""
    keywords: Sequence[str] = ()
    created: datetime | None = None  # None: now; an instant (a naive value is wall-clock time in ``zone``)
    # IANA zone of the dates the layer prints (the "created" stamp in the header, the PDF metadata):
    # the organisation's (SettingsService.time_zone(), core/timezones.org_zone_name(org)); "" = the
    # computer's zone, read by name. Either way the page names the zone, never the process's by accident.
    zone: str = ""
    page_size: PageSize = "A4"
    landscape: bool = False  # wide tables (media lists): the page turned on its side
    watermark: str = ""  # e.g. "DRAFT": light grey, diagonal, on every page
    banner: str = ""  # e.g. "EMBARGOED UNTIL 1 May 2026 10:00": coloured strip on every page
    letterhead: Letterhead | None = None


@dataclass(frozen=True)
class Title:
    text: str


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1..3; each heading also becomes a PDF bookmark (outline entry)


@dataclass(frozen=True)
class Paragraph:
    text: str  # line breaks are kept


@dataclass(frozen=True)
class Markdown:
    text: str  # the subset in markdown.py; raw HTML prints literally


@dataclass(frozen=True)
class BulletList:
    items: Sequence[str]


@dataclass(frozen=True)
class NumberedList:
    items: Sequence[str]
    start: int = 1


@dataclass(frozen=True)
class KeyValue:
    pairs: Sequence[tuple[str, str]]


@dataclass(frozen=True)
class Table:
    header: Sequence[str]
    # A list, or an iterator read as the table is laid out (rows from the database, page by page):
    # a long table is drawn in chunks of rows, so only a few pages' worth are in memory at once.
    # An iterator's rows have the header's columns and ``count`` says how many it yields.
    rows: Iterable[Sequence[str]]
    # Relative column widths (e.g. (1, 3, 1)); None: equal widths. The table spans the text width.
    widths: Sequence[float] | None = None
    count: int | None = None  # how many rows ``rows`` yields (for progress); None: ``len(rows)``
    # A short table read as one (key figures): never split over two pages; it moves whole to the
    # next page, with the heading right before it, when the room left is too small.
    keep_together: bool = False


@dataclass(frozen=True)
class Callout:
    kind: CalloutKind
    text: str
    title: str = ""  # "" : the kind's default title ("Decision", "Action", ...)


@dataclass(frozen=True)
class Signature:
    role: str
    name: str
    date: str = ""
    digest: str = ""  # e.g. a document hash the signer approved


@dataclass(frozen=True)
class SignatureBlock:
    signatures: Sequence[Signature]


@dataclass(frozen=True)
class Image:
    data: bytes  # PNG or JPEG
    max_width_mm: float | None = None  # None: the text width
    caption: str = ""


@dataclass(frozen=True)
class Spacer:
    height_mm: float = 5.0


@dataclass(frozen=True)
class PageBreak:
    pass


# Markdown is turned into these too; ListItems may nest.
@dataclass(frozen=True)
class RichText:
    """Already-escaped reportlab inline markup. Internal: built by markdown.py, never by callers."""

    markup: str
    style: Literal["body", "quote", "code"] = "body"


@dataclass(frozen=True)
class RichList:
    """A list whose items are sequences of blocks (so lists can nest). Internal, from markdown.py."""

    items: Sequence[Sequence[Block]] = field(default_factory=tuple)
    ordered: bool = False
    start: int = 1


Block = Union[  # noqa: UP007 - a runtime alias; X | Y of fifteen classes reads worse
    Title,
    Heading,
    Paragraph,
    Markdown,
    BulletList,
    NumberedList,
    KeyValue,
    Table,
    Callout,
    SignatureBlock,
    Image,
    Spacer,
    PageBreak,
    RichText,
    RichList,
]
