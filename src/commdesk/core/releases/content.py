"""The content of one press release, its content hash, and paragraph ids for comments.

``content_hash`` is what an approval records (P-7): SHA-256 over a canonical JSON of every field
that readers see. Canonical means: keys sorted, UTF-8 without ASCII escaping, Unicode NFC, line
endings ``\\n``, dates ISO 8601, the embargo as ISO 8601 with its UTC offset. The JSON carries a
format version (``"v": 1``) so a later change of the canonical form cannot collide with it.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

LANGUAGES = ("zh", "en")
HASH_FORMAT_VERSION = 1


@dataclass(frozen=True)
class Quote:
    text: str
    attribution: str


@dataclass(frozen=True)
class ReleaseContent:
    title: str
    subtitle: str = ""
    dateline_city: str = ""
    dateline_date: date | None = None
    body_markdown: str = ""
    quotes: tuple[Quote, ...] = field(default_factory=tuple)
    boilerplate: str = ""
    media_contact: str = ""
    language: str = "zh"
    embargo: datetime | None = None

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "quotes", tuple(q if isinstance(q, Quote) else Quote(*q) for q in self.quotes)
        )
        if self.language not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}, not {self.language!r}")
        if self.embargo is not None and self.embargo.utcoffset() is None:
            raise ValueError("embargo must be an aware datetime")
        if isinstance(self.dateline_date, datetime):
            raise TypeError("dateline_date is a date, not a datetime")


def _text(value: str) -> str:
    return unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))


def canonical_json(content: ReleaseContent) -> str:
    data = {
        "v": HASH_FORMAT_VERSION,
        "title": _text(content.title),
        "subtitle": _text(content.subtitle),
        "dateline_city": _text(content.dateline_city),
        "dateline_date": content.dateline_date.isoformat() if content.dateline_date else None,
        "body_markdown": _text(content.body_markdown),
        "quotes": [[_text(q.text), _text(q.attribution)] for q in content.quotes],
        "boilerplate": _text(content.boilerplate),
        "media_contact": _text(content.media_contact),
        "language": content.language,
        "embargo": content.embargo.isoformat() if content.embargo else None,
    }
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def content_hash(content: ReleaseContent) -> str:
    """Hex SHA-256 of :func:`canonical_json`; equal content always gives the same hash."""
    return hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Paragraph:
    """One block of the body. ``id`` is ``p<index>-<8 hex of its text>``, e.g. ``p3-1a2b3c4d``."""

    id: str
    index: int
    text: str

    @property
    def text_hash(self) -> str:
        return self.id.rsplit("-", 1)[1]


_BLANK_LINES = re.compile(r"\n[ \t]*\n+")


def paragraphs(body_markdown: str) -> list[Paragraph]:
    """The body split at blank lines, each block with a stable id for paragraph comments.

    Ids depend only on the position and the (normalised, stripped) text, so reloading the same
    body gives the same ids; editing a paragraph gives it a new id, which marks comments on the old
    text as outdated (see :func:`locate`).
    """
    result: list[Paragraph] = []
    for block in _BLANK_LINES.split(_text(body_markdown)):
        text = block.strip("\n").rstrip()
        if not text.strip():
            continue
        index = len(result) + 1
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
        result.append(Paragraph(id=f"p{index}-{digest}", index=index, text=text))
    return result


def locate(paragraph_id: str, current: Iterable[Paragraph]) -> Paragraph | None:
    """Where a comment made on ``paragraph_id`` belongs now.

    The same id if it still exists; else the paragraph with the same text that moved; else
    ``None`` (the paragraph was changed or removed: the comment is outdated).
    """
    current = list(current)
    for p in current:
        if p.id == paragraph_id:
            return p
    wanted = paragraph_id.rsplit("-", 1)[-1]
    moved = [p for p in current if p.text_hash == wanted]
    return moved[0] if len(moved) == 1 else None
