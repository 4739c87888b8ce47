"""The document layer's own reports: the "People and roles" list and the audit log.

Both return ``(Document, blocks)`` so the GUI can preview them before saving
(``ui/common/export.py``) and the CLI can write them straight to a file. Pure: what they need from
the database (the letterhead, the author, what records are called) is passed in; the services
assemble it (``services/reports.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, Protocol

from commdesk.core import labels
from commdesk.core.documents.spec import Block, Document, KeyValue, Letterhead, Paragraph, Table
from commdesk.core.domain.people import Person, Role
from commdesk.core.i18n import language as interface_language
from commdesk.core.i18n import translate
from commdesk.core.timezones import format_instant, offset_label, zone_label

DocumentLanguage = Literal["zh-CN", "en"]


def ui_language() -> DocumentLanguage:
    """The interface language as a document language ("zh-CN" / "en")."""
    return "zh-CN" if interface_language().startswith("zh") else "en"


def _role_order(role: Role) -> int:
    return list(Role).index(role)


def people_document(
    people: Sequence[Person],
    language: DocumentLanguage | None = None,
    created: datetime | None = None,
    letterhead: Letterhead | None = None,
    author: str = "",
) -> tuple[Document, list[Block]]:
    """The "People and roles" list: name, e-mail, department, roles, status; then what each role may do."""
    title = translate("Documents", "People and roles")
    active = sum(1 for p in people if p.active)
    subtitle = translate("Documents", "{n} people, {active} active").format(n=len(people), active=active)
    doc = Document(
        title=title,
        subtitle=subtitle,
        author=author,
        subject=title,
        keywords=(title,),
        letterhead=letterhead,
        created=created,
        language=language or ui_language(),
    )
    header = [
        translate("Documents", "Name"),
        translate("Documents", "E-mail"),
        translate("Documents", "Department"),
        translate("Documents", "Roles"),
        translate("Documents", "Status"),
    ]
    rows = []
    for p in people:
        roles = "\n".join(r.label for r in sorted(p.roles, key=_role_order))
        status = translate("Documents", "active") if p.active else translate("Documents", "inactive")
        rows.append([p.name, p.email, p.department, roles, status])
    blocks: list[Block] = []
    if rows:
        blocks.append(Table(header, rows, widths=(1.3, 2.1, 1.4, 1.2, 0.8)))
    else:
        blocks.append(Paragraph(translate("Documents", "No people.")))
    blocks.append(KeyValue([(r.label, r.description) for r in Role]))
    return doc, blocks


class LogSummary(Protocol):
    """What the audit log document's summary says of the entries (``AuditService.summary`` reads
    it from the database without the entries; ``log_summary`` counts a list)."""

    @property
    def count(self) -> int: ...
    @property
    def oldest(self) -> datetime | None: ...
    @property
    def newest(self) -> datetime | None: ...
    @property
    def actors(self) -> Sequence[str]: ...
    @property
    def notes(self) -> bool: ...


@dataclass(frozen=True)
class CountedLog:
    count: int
    oldest: datetime | None
    newest: datetime | None
    actors: tuple[str, ...]
    notes: bool


def log_summary(ordered: Sequence[Any]) -> CountedLog:
    """The summary of entries already in a list, newest first."""
    return CountedLog(
        len(ordered),
        ordered[-1].at if ordered else None,
        ordered[0].at if ordered else None,
        tuple(sorted({e.actor for e in ordered if e.actor})),
        any(labels.note_label(e.entity, e.action, e.note) for e in ordered),
    )


def audit_document(
    entries: Iterable[Any],
    zone: str,
    record: Callable[[Any], str],
    change: Callable[[Any], str],
    language: DocumentLanguage | None = None,
    created: datetime | None = None,
    letterhead: Letterhead | None = None,
    author: str = "",
    summary: LogSummary | None = None,
) -> tuple[Document, list[Block]]:
    """The audit log as a document: a summary, then every entry (``persistence.audit.AuditEntry``)
    newest first, in the audit pane's words and with times in ``zone``, which the summary and the
    time column name. ``record(entry)`` names the record an entry is about, ``change(entry)`` its
    field change ("old → new"); actions, fields and notes are read through ``core.labels``.

    Without ``summary`` the entries are a list, sorted here. With it they are an iterator
    already newest first (read from the database page by page as the table is laid out): the
    document then holds no more entries than the page being drawn, and ``record``/``change`` are
    called as each entry is reached."""
    streamed = summary is not None
    if summary is None:
        listed = sorted(entries, key=lambda e: (e.at, getattr(e, "id", 0)), reverse=True)
        summary, entries = log_summary(listed), listed
    title = translate("Documents", "Audit log")
    count = translate("Documents", "{n} entries").format(n=summary.count)
    doc = Document(
        title=title,
        subtitle=count,
        author=author,
        subject=title,
        keywords=(title,),
        letterhead=letterhead,
        created=created,
        language=language or ui_language(),
        zone=zone,
    )

    def when(at: datetime, sep: str = " ") -> str:
        return format_instant(at, zone, with_zone=False, fmt=f"%Y-%m-%d{sep}%H:%M:%S")

    oldest, newest = summary.oldest, summary.newest
    if summary.count and oldest is not None and newest is not None:
        period = f"{when(oldest)} – {when(newest)}"
        shown_zone = zone_label(newest, zone)
    else:
        period = translate("Documents", "no entries")
        shown_zone = zone_label(None, zone)
    separator = "、" if doc.language == "zh-CN" else ", "
    summary_block = KeyValue(
        [
            (translate("Documents", "Period"), period),
            (translate("Documents", "Time zone"), shown_zone),
            (translate("Documents", "Entries"), str(summary.count)),
            (translate("Documents", "People involved"), separator.join(summary.actors) or "—"),
        ]
    )
    blocks: list[Block] = [summary_block]
    if not summary.count or oldest is None or newest is None:
        blocks.append(Paragraph(translate("Documents", "The audit log has no entries for this period.")))
        return doc, blocks
    # the offsets the listed times have (one, or two across a daylight-saving change)
    offsets = "/".join(dict.fromkeys(offset_label(at, zone) for at in (oldest, newest)))
    header = [
        translate("Documents", "When ({zone})").format(zone=offsets),
        translate("Documents", "Who"),
        translate("Documents", "Record"),
        translate("Documents", "Action", "what was done to a record"),
        translate("Documents", "Field"),
        translate("Documents", "Old → New"),
        translate("Documents", "Note"),
    ]

    def row(e: Any) -> list[str]:
        return [
            when(e.at, "\n"),
            e.actor,
            record(e),
            labels.action_label(e.action),
            labels.field_label(e.entity, e.field),
            change(e),
            labels.note_label(e.entity, e.action, e.note),
        ]

    rows: Iterable[list[str]] = (row(e) for e in entries) if streamed else [row(e) for e in entries]
    # in points of the A4 text width: a date, a record's name, a field's label fit without breaking
    widths = (58, 54, 78, 50, 60, 100, 70) if summary.notes else (58, 54, 78, 50, 66, 119, 45)
    blocks.append(Table(header, rows, widths=widths, count=summary.count))
    return doc, blocks
