"""Writes the audit log for every flush: one row per changed field, with who and when (P-7).

The unit of work puts the actor into ``session.info["actor"]`` (an ``(id, name)`` pair) and a fresh
transaction id into ``session.info["txn"]``. Models opt in with ``__audited__ = True``.
Named events (a warning overridden with a reason, a merge, a login) go through ``record_event``.
"""
from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event, inspect, insert
from sqlalchemy.orm import Session

from .models.base import Base, utcnow
from .models.foundation import AuditRow

REDACTED = "(changed)"


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return f"({len(value)} bytes)"
    if isinstance(value, (int, float, Decimal, bool)):
        return json.dumps(value) if isinstance(value, bool) else str(value)
    return str(value)


def _identity(obj: Base) -> str:
    ident = inspect(obj).mapper.primary_key_from_instance(obj)
    return ",".join("?" if v is None else str(v) for v in ident)


def entity_name(obj_or_cls: Any) -> str:
    cls = obj_or_cls if isinstance(obj_or_cls, type) else type(obj_or_cls)
    return getattr(cls, "__tablename__", cls.__name__)


def _rows_for(obj: Base, action: str, actor: tuple[int | None, str], txn: str) -> list[dict]:
    state = inspect(obj)
    mapper = state.mapper
    rows = []
    base = dict(
        at=utcnow(), txn=txn, actor_id=actor[0], actor_name=actor[1],
        entity=entity_name(obj), entity_id=_identity(obj), action=action, note=None,
    )
    pk = {c.key for c in mapper.primary_key}
    for attr in mapper.column_attrs:
        key = attr.key
        if key in obj.__audit_ignore__ or (key in pk and action != "delete"):
            continue
        hist = state.attrs[key].history
        if action == "create":
            new = getattr(obj, key)
            if new is None or new == "":
                continue
            old = None
        elif action == "delete":
            old = hist.unchanged[0] if hist.unchanged else (hist.deleted[0] if hist.deleted else None)
            if old is None or old == "":
                continue
            new = None
        else:
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old == new:
                continue
        if key in obj.__audit_redact__:
            old = REDACTED if old is not None else None
            new = REDACTED if new is not None else None
        rows.append({**base, "field": key, "old": _text(old), "new": _text(new)})
    if not rows:  # a create with nothing set, or a delete of an empty record, still leaves a trace
        rows.append({**base, "field": None, "old": None, "new": None})
    return rows


def _after_flush(session: Session, flush_context) -> None:
    actor = session.info.get("actor", (None, "system"))
    txn = session.info.get("txn", "-")
    rows: list[dict] = []
    for obj in session.new:
        if getattr(obj, "__audited__", False):
            rows += _rows_for(obj, "create", actor, txn)
    for obj in session.dirty:
        if getattr(obj, "__audited__", False) and session.is_modified(obj, include_collections=False):
            rows += [r for r in _rows_for(obj, "update", actor, txn) if r["field"] is not None]
    for obj in session.deleted:
        if getattr(obj, "__audited__", False):
            rows += _rows_for(obj, "delete", actor, txn)
    if rows:
        session.connection().execute(insert(AuditRow.__table__), rows)


def record_event(session: Session, entity: str, entity_id: Any, action: str, note: str | None = None,
                 field: str | None = None, old: Any = None, new: Any = None) -> None:
    """A named event in the audit log (e.g. ``override`` of a procedure warning, with the reason)."""
    actor = session.info.get("actor", (None, "system"))
    session.connection().execute(insert(AuditRow.__table__), [dict(
        at=utcnow(), txn=session.info.get("txn", "-"), actor_id=actor[0], actor_name=actor[1],
        entity=entity, entity_id=str(entity_id), action=action, field=field,
        old=_text(old), new=_text(new), note=note,
    )])


def install(session_class: type[Session]) -> None:
    if not event.contains(session_class, "after_flush", _after_flush):
        event.listen(session_class, "after_flush", _after_flush)
