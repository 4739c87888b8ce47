"""Organisation settings rows: one JSON value per key. Flushes at most, never commits."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from commdesk.persistence.models import SettingRow


def read(session: Session, key: str) -> tuple[bool, Any]:
    """(found, value) of one key."""
    row = session.get(SettingRow, key)
    return (False, None) if row is None else (True, json.loads(row.value))


def read_prefixed(session: Session, prefix: str) -> dict[str, Any]:
    """Every key starting with ``prefix`` and its value."""
    rows = session.scalars(select(SettingRow).where(SettingRow.key.startswith(prefix)))
    return {r.key: json.loads(r.value) for r in rows}


def write(session: Session, values: Mapping[str, Any]) -> None:
    """Store each value (as JSON); a value that did not change leaves its row alone (no audit entry)."""
    for key, value in values.items():
        row = session.get(SettingRow, key)
        encoded = json.dumps(value, ensure_ascii=False)
        if row is None:
            session.add(SettingRow(key=key, value=encoded))
        elif row.value != encoded:
            row.value = encoded
