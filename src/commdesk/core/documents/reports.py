"""The document layer's own reports: the "People and roles" list and the audit log.

Both return ``(Document, blocks)`` so the GUI can preview them before saving
(``ui/common/export.py``) and the CLI can write them straight to a file (``audit_report``).
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from commdesk.core.domain.people import Person, Role
from commdesk.core.i18n import translate

from .spec import Block, Document, KeyValue, Letterhead, Paragraph, Table


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
    from commdesk.core.services.settings import SettingsService

    org = ctx.service(SettingsService).organisation()
    return Letterhead(org.name, org.logo_png) if org.name else None


def _author(ctx) -> str:
    try:
        return ctx.current().name
    except Exception:  # noqa: BLE001 - no one signed in: the document simply has no author
        return ""


def _role_order(role: Role) -> int:
    return list(Role).index(role)


def people_document(ctx, people: Sequence[Person], language: str | None = None,
                    created: datetime | None = None) -> tuple[Document, list[Block]]:
    """The "People and roles" list: name, e-mail, department, roles, status; then what each role may do."""
    title = translate("Documents", "People and roles")
    active = sum(1 for p in people if p.active)
    subtitle = translate("Documents", "{n} people, {active} active").format(n=len(people), active=active)
    doc = Document(title=title, subtitle=subtitle, author=_author(ctx), subject=title,
                   keywords=(title,), letterhead=_letterhead(ctx), created=created,
                   language=language or ui_language())
    header = [translate("Documents", "Name"), translate("Documents", "E-mail"),
              translate("Documents", "Department"), translate("Documents", "Roles"),
              translate("Documents", "Status")]
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


_ENTITIES = {
    "people": lambda: translate("Documents", "Person"),
    "settings": lambda: translate("Documents", "Setting"),
    "contacts": lambda: translate("Documents", "Contact"),
    "contact_interactions": lambda: translate("Documents", "Contact interaction"),
    "contact_lists": lambda: translate("Documents", "Contact list"),
    "outlets": lambda: translate("Documents", "Outlet"),
    "releases": lambda: translate("Documents", "Release"),
    "release_approvals": lambda: translate("Documents", "Release approval"),
    "release_comments": lambda: translate("Documents", "Release comment"),
    "release_coverage": lambda: translate("Documents", "Coverage"),
    "release_publications": lambda: translate("Documents", "Publication"),
    "release_reviewers": lambda: translate("Documents", "Release reviewer"),
    "meetings": lambda: translate("Documents", "Meeting"),
    "meeting_series": lambda: translate("Documents", "Meeting series"),
    "meeting_participants": lambda: translate("Documents", "Participant"),
    "meeting_agenda_items": lambda: translate("Documents", "Agenda item"),
    "meeting_minutes": lambda: translate("Documents", "Minutes"),
    "meeting_minute_entries": lambda: translate("Documents", "Minutes entry"),
    "meeting_actions": lambda: translate("Documents", "Action item"),
    "meeting_action_reviews": lambda: translate("Documents", "Action review"),
    "mail_outbox": lambda: translate("Documents", "Outgoing mail"),
}

_ACTIONS = {
    "create": lambda: translate("Documents", "created"),
    "update": lambda: translate("Documents", "changed"),
    "delete": lambda: translate("Documents", "deleted"),
    "override": lambda: translate("Documents", "warning overridden"),
    "merge": lambda: translate("Documents", "merged"),
    "approve": lambda: translate("Documents", "approved"),
    "void_approvals": lambda: translate("Documents", "approvals voided"),
}


def entity_label(entity: str) -> str:
    label = _ENTITIES.get(entity)
    return label() if label else entity.replace("_", " ")


def action_label(action: str) -> str:
    label = _ACTIONS.get(action)
    return label() if label else action.replace("_", " ")


def _when(at: datetime, sep: str = " ") -> str:
    return at.astimezone().strftime(f"%Y-%m-%d{sep}%H:%M:%S")


def _change(entry) -> str:
    if not entry.field:
        return ""
    if entry.old is None and entry.new is None:
        return ""
    old = "∅" if entry.old is None else entry.old
    new = "∅" if entry.new is None else entry.new
    if entry.old is None:
        return f"→ {new}"
    return f"{old} → {new}"


def audit_document(ctx, entries: Sequence, language: str | None = None,
                   created: datetime | None = None) -> tuple[Document, list[Block]]:
    """The audit log as a document: a summary, then every entry newest first."""
    ordered = sorted(entries, key=lambda e: (e.at, getattr(e, "id", 0)), reverse=True)
    title = translate("Documents", "Audit log")
    count = translate("Documents", "{n} entries").format(n=len(ordered))
    doc = Document(title=title, subtitle=count, author=_author(ctx), subject=title, keywords=(title,),
                   letterhead=_letterhead(ctx), created=created, language=language or ui_language())
    if ordered:
        period = f"{_when(ordered[-1].at)} – {_when(ordered[0].at)}"
    else:
        period = translate("Documents", "no entries")
    actors = sorted({e.actor for e in ordered if e.actor})
    separator = "、" if doc.language == "zh-CN" else ", "
    summary = KeyValue([
        (translate("Documents", "Period"), period),
        (translate("Documents", "Entries"), str(len(ordered))),
        (translate("Documents", "People involved"), separator.join(actors) or "—"),
    ])
    blocks: list[Block] = [summary]
    if not ordered:
        blocks.append(Paragraph(translate("Documents", "The audit log has no entries for this period.")))
        return doc, blocks
    header = [translate("Documents", "When"), translate("Documents", "Who"), translate("Documents", "Record"),
              translate("Documents", "Action", "what was done to a record"), translate("Documents", "Field"),
              translate("Documents", "Old → New"), translate("Documents", "Note")]
    rows = [[_when(e.at, "\n"), e.actor, f"{entity_label(e.entity)} #{e.entity_id}", action_label(e.action),
             e.field or "", _change(e), e.note or ""] for e in ordered]
    notes = any(e.note for e in ordered)
    # in points of the A4 text width: a date, "approved", "distributed_at" fit without breaking
    widths = (58, 54, 68, 50, 66, 104, 70) if notes else (58, 54, 68, 50, 66, 129, 45)
    blocks.append(Table(header, rows, widths=widths))
    return doc, blocks


def audit_report(ctx, entries: Sequence, path: str | os.PathLike, progress=None, cancel=None,
                 language: str | None = None) -> Path:
    """Write the audit log PDF to ``path`` (atomically) and return the path."""
    from .rendering import render

    doc, blocks = audit_document(ctx, entries, language=language)
    return render(doc, blocks, path, progress=progress, cancel=cancel)
