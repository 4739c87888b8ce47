"""The document layer's own reports: the "People and roles" list and the audit log.

Both return ``(Document, blocks)`` so the GUI can preview them before saving
(``ui/common/export.py``) and the CLI can write them straight to a file (``audit_report``).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from commdesk.core.documents.spec import Block, Document, KeyValue, Letterhead, Paragraph, Table
from commdesk.core.domain.people import Person, Role
from commdesk.core.i18n import translate


def ui_language() -> str:
    """The UI language as a document language ("zh-CN" / "en").

    ``commdesk.translations`` imports Qt only inside its functions, so reading its ``current``
    keeps the core Qt-free; when it cannot be imported (a stripped-down server), English.
    """
    try:
        from commdesk.translations import current
    except ImportError:  # pragma: no cover - the module ships with commdesk
        return "en"
    return "zh-CN" if str(current.get("lang", "en")).startswith("zh") else "en"


def _letterhead(ctx) -> Letterhead | None:
    from commdesk.services.settings import SettingsService

    org = ctx.service(SettingsService).organisation()
    return Letterhead(org.name, org.logo_png) if org.name else None


def _author(ctx) -> str:
    try:
        return ctx.current().name
    except Exception:  # noqa: BLE001 - a report without a signed-in person prints no name
        return ""


def _role_order(role: Role) -> int:
    return list(Role).index(role)


def people_document(
    ctx, people: Sequence[Person], language: str | None = None, created: datetime | None = None
) -> tuple[Document, list[Block]]:
    """The "People and roles" list: name, e-mail, department, roles, status; then what each role may do."""
    title = translate("Documents", "People and roles")
    active = sum(1 for p in people if p.active)
    subtitle = translate("Documents", "{n} people, {active} active").format(n=len(people), active=active)
    doc = Document(
        title=title,
        subtitle=subtitle,
        author=_author(ctx),
        subject=title,
        keywords=(title,),
        letterhead=_letterhead(ctx),
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


def _audit_change(entry, zone: str, titles, names) -> str:
    """An entry's field change in words, as the audit pane shows it: "old → new" (∅ for nothing)."""
    from commdesk.services.audit import entry_value

    if not entry.field or (entry.old is None and entry.new is None):
        return ""
    old = entry_value(entry, entry.old, zone, titles, names) if entry.old is not None else ""
    new = entry_value(entry, entry.new, zone, titles, names) if entry.new is not None else ""
    if entry.old is None:
        return f"→ {new or '∅'}"
    return f"{old or '∅'} → {new or '∅'}"


def audit_document(
    ctx,
    entries: Sequence,
    language: str | None = None,
    created: datetime | None = None,
    zone: str | None = None,
    titles: dict[tuple[str, str], str] | None = None,
    names=None,
) -> tuple[Document, list[Block]]:
    """The audit log as a document: a summary, then every entry newest first, in the audit pane's
    words (``core.labels``, ``AuditService.titles``: records and references by what they are called,
    fields and codes as the forms name them) and times in ``zone`` (default: the organisation's),
    which the summary and the time column name. ``titles`` and ``names`` default to reading them."""
    from commdesk.core import labels
    from commdesk.core.timezones import format_instant, offset_label, zone_label
    from commdesk.services.audit import AuditService, record_label

    audit = ctx.service(AuditService)
    zone = zone or audit.zone()
    ordered = sorted(entries, key=lambda e: (e.at, getattr(e, "id", 0)), reverse=True)
    if titles is None:
        titles = audit.titles(ordered) if ordered else {}
    if names is None:
        names = labels.name_lookup(ctx)
    title = translate("Documents", "Audit log")
    count = translate("Documents", "{n} entries").format(n=len(ordered))
    doc = Document(
        title=title,
        subtitle=count,
        author=_author(ctx),
        subject=title,
        keywords=(title,),
        letterhead=_letterhead(ctx),
        created=created,
        language=language or ui_language(),
        zone=zone,
    )

    def when(at: datetime, sep: str = " ") -> str:
        return format_instant(at, zone, with_zone=False, fmt=f"%Y-%m-%d{sep}%H:%M:%S")

    if ordered:
        period = f"{when(ordered[-1].at)} – {when(ordered[0].at)}"
        shown_zone = zone_label(ordered[0].at, zone)
    else:
        period = translate("Documents", "no entries")
        shown_zone = zone_label(None, zone)
    actors = sorted({e.actor for e in ordered if e.actor})
    separator = "、" if doc.language == "zh-CN" else ", "
    summary = KeyValue(
        [
            (translate("Documents", "Period"), period),
            (translate("Documents", "Time zone"), shown_zone),
            (translate("Documents", "Entries"), str(len(ordered))),
            (translate("Documents", "People involved"), separator.join(actors) or "—"),
        ]
    )
    blocks: list[Block] = [summary]
    if not ordered:
        blocks.append(Paragraph(translate("Documents", "The audit log has no entries for this period.")))
        return doc, blocks
    # the offsets the listed times have (one, or two across a daylight-saving change)
    offsets = "/".join(dict.fromkeys(offset_label(e.at, zone) for e in (ordered[-1], ordered[0])))
    header = [
        translate("Documents", "When ({zone})").format(zone=offsets),
        translate("Documents", "Who"),
        translate("Documents", "Record"),
        translate("Documents", "Action", "what was done to a record"),
        translate("Documents", "Field"),
        translate("Documents", "Old → New"),
        translate("Documents", "Note"),
    ]
    rows = [
        [
            when(e.at, "\n"),
            e.actor,
            record_label(e.entity, e.entity_id, titles),
            labels.action_label(e.action),
            labels.field_label(e.entity, e.field),
            _audit_change(e, zone, titles, names),
            labels.note_label(e.entity, e.action, e.note),
        ]
        for e in ordered
    ]
    notes = any(r[-1] for r in rows)
    # in points of the A4 text width: a date, a record's name, a field's label fit without breaking
    widths = (58, 54, 78, 50, 60, 100, 70) if notes else (58, 54, 78, 50, 66, 119, 45)
    blocks.append(Table(header, rows, widths=widths))
    return doc, blocks


def audit_report(
    ctx,
    entries: Sequence,
    path: str | os.PathLike,
    progress=None,
    cancel=None,
    language: str | None = None,
    zone: str | None = None,
) -> Path:
    """Write the audit log PDF to ``path`` (atomically) and return the path."""
    from commdesk.core.documents.rendering import render

    doc, blocks = audit_document(ctx, entries, language=language, zone=zone)
    return render(doc, blocks, path, progress=progress, cancel=cancel)
