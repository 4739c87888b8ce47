"""The office's own reports, assembled from the database: the "People and roles" list and the
audit log. The documents themselves are built by ``core.documents.reports`` (pure); this module
gives them what only the database knows (letterhead, author, what records are called, the
organisation's zone) and writes the PDF for the command line.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path

from commdesk.core.documents import reports
from commdesk.core.documents.rendering import CancelToken, Progress, render
from commdesk.core.documents.reports import DocumentLanguage
from commdesk.core.documents.spec import Block, Document, Letterhead
from commdesk.core.domain.people import Person
from commdesk.core.labels import NameLookup
from commdesk.services.audit import AuditEntry, AuditService, entry_value, record_label
from commdesk.services.context import ServiceContext
from commdesk.services.names import name_lookup
from commdesk.services.settings import SettingsService


def letterhead(ctx: ServiceContext) -> Letterhead | None:
    """The organisation's name and logo at the top of its documents (none before it is named)."""
    org = ctx.service(SettingsService).organisation()
    return Letterhead(org.name, org.logo_png) if org.name else None


def author(ctx: ServiceContext) -> str:
    """Who is acting, as a document's author; a report without a signed-in person names nobody."""
    try:
        return ctx.current().name
    except Exception:  # noqa: BLE001 - a report without a signed-in person prints no name
        return ""


def people_document(
    ctx: ServiceContext,
    people: Sequence[Person],
    language: DocumentLanguage | None = None,
    created: datetime | None = None,
) -> tuple[Document, list[Block]]:
    """The "People and roles" list with the organisation's letterhead, signed by who is acting."""
    return reports.people_document(
        people, language=language, created=created, letterhead=letterhead(ctx), author=author(ctx)
    )


def audit_change(
    entry: AuditEntry, zone: str, titles: dict[tuple[str, str], str], names: NameLookup | None
) -> str:
    """An entry's field change in words, as the audit pane shows it: "old → new" (∅ for nothing)."""
    if not entry.field or (entry.old is None and entry.new is None):
        return ""
    old = entry_value(entry, entry.old, zone, titles, names) if entry.old is not None else ""
    new = entry_value(entry, entry.new, zone, titles, names) if entry.new is not None else ""
    if entry.old is None:
        return f"→ {new or '∅'}"
    return f"{old or '∅'} → {new or '∅'}"


def audit_document(
    ctx: ServiceContext,
    entries: Sequence[AuditEntry],
    language: DocumentLanguage | None = None,
    created: datetime | None = None,
    zone: str | None = None,
    titles: dict[tuple[str, str], str] | None = None,
    names: NameLookup | None = None,
) -> tuple[Document, list[Block]]:
    """The audit log as a document in the audit pane's words: records and references by what they
    are called (``AuditService.titles``, ``names``), times in ``zone`` (default: the organisation's).
    ``titles`` and ``names`` default to reading them."""
    audit = ctx.service(AuditService)
    zone = zone or audit.zone()
    if titles is None:
        titles = audit.titles(list(entries)) if entries else {}
    if names is None:
        names = name_lookup(ctx)
    shown_titles, shown_names = titles, names

    def record(e: AuditEntry) -> str:
        return record_label(e.entity, e.entity_id, shown_titles)

    def change(e: AuditEntry) -> str:
        return audit_change(e, zone, shown_titles, shown_names)

    return reports.audit_document(
        entries,
        zone,
        record,
        change,
        language=language,
        created=created,
        letterhead=letterhead(ctx),
        author=author(ctx),
    )


def audit_log_document(
    ctx: ServiceContext,
    since: datetime | None = None,
    until: datetime | None = None,
    language: DocumentLanguage | None = None,
    created: datetime | None = None,
    zone: str | None = None,
    page_size: int = 500,
) -> tuple[Document, list[Block]]:
    """The audit log from ``since`` to ``until`` as ``audit_document`` makes it, read from the
    database as the table is laid out: counted first (``AuditService.summary``), then a page of
    entries at a time with what they name, so a log of any length fits in little memory. The
    blocks can be rendered once."""
    audit = ctx.service(AuditService)
    zone = zone or audit.zone()
    summary = audit.summary(since, until)
    names = name_lookup(ctx)
    titles: dict[tuple[str, str], str] = {}  # of the page being laid out

    def entries() -> Iterator[AuditEntry]:
        for page, page_titles in audit.pages(summary, since, until, size=page_size):
            titles.clear()
            titles.update(page_titles)
            yield from page

    def record(e: AuditEntry) -> str:
        return record_label(e.entity, e.entity_id, titles)

    def change(e: AuditEntry) -> str:
        return audit_change(e, zone, titles, names)

    return reports.audit_document(
        entries(),
        zone,
        record,
        change,
        language=language,
        created=created,
        letterhead=letterhead(ctx),
        author=author(ctx),
        summary=summary,
    )


def audit_report(
    ctx: ServiceContext,
    path: str | os.PathLike,
    since: datetime | None = None,
    progress: Progress | None = None,
    cancel: CancelToken | None = None,
    language: DocumentLanguage | None = None,
    zone: str | None = None,
) -> Path:
    """Write the audit log from ``since`` as a PDF to ``path`` (atomically) and return the path;
    the entries are read page by page as they are drawn (``audit_log_document``)."""
    doc, blocks = audit_log_document(ctx, since, language=language, zone=zone)
    return render(doc, blocks, path, progress=progress, cancel=cancel)
