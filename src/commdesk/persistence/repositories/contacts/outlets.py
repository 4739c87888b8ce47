"""Outlets: ids by name key (made on first use), and outlet rows read and saved."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from commdesk.core.contacts.names import clean_name
from commdesk.core.contacts.records import OutletKind, OutletRecord
from commdesk.persistence.models.contacts import OutletRow
from commdesk.persistence.repositories.contacts.rows import outlet_key

#: the longest outlet name (the column's length)
NAME_LENGTH = 300


class KnownOutlets:
    """Outlet ids by name key of outlets that exist (``OutletCache.ensure`` made them)."""

    def __init__(self, ids: dict[str, int]):
        self.ids = ids

    def id_for(self, name: str) -> int:
        return self.ids[outlet_key(name)]


class OutletCache:
    """Outlet ids by name key, creating outlets on first use."""

    def __init__(self, session: Session):
        self.session = session
        self.ids: dict[str, int] = dict(session.execute(select(OutletRow.name_key, OutletRow.id)).all())

    def id_for(self, name: str) -> int:
        key = outlet_key(name)
        found = self.ids.get(key)
        if found is None:
            row = OutletRow(name=clean_name(name)[:NAME_LENGTH], name_key=key)
            self.session.add(row)
            self.session.flush()
            found = self.ids[key] = row.id
        return found

    def known(self) -> KnownOutlets:
        """The outlets as they are now, read-only (for work done away from the session)."""
        return KnownOutlets(dict(self.ids))

    def ensure(self, names: Iterable[str]) -> None:
        """Create the missing outlets of many names at once (import)."""
        missing: dict[str, str] = {}
        for n in names:
            k = outlet_key(n)
            if k and k not in self.ids and k not in missing:
                missing[k] = clean_name(n)[:NAME_LENGTH]
        if missing:
            self.session.execute(insert(OutletRow), [{"name": v, "name_key": k} for k, v in missing.items()])
            self.ids.update(
                self.session.execute(
                    select(OutletRow.name_key, OutletRow.id).where(OutletRow.name_key.in_(list(missing)))
                ).all()
            )


def outlet_record(r: OutletRow) -> OutletRecord:
    try:
        kind = OutletKind(r.kind)
    except ValueError:
        kind = OutletKind.OTHER
    return OutletRecord(r.name, kind, r.region, r.language, r.reach, r.website, r.notes)


def all_outlets(session: Session) -> list[tuple[int, OutletRecord]]:
    """Every outlet (id, record), in no particular order."""
    return [(r.id, outlet_record(r)) for r in session.scalars(select(OutletRow))]


def regions(session: Session) -> list[str]:
    """The outlets' regions, each once (not sorted)."""
    return list(session.scalars(select(OutletRow.region).where(OutletRow.region != "").distinct()))


def column_length(name: str) -> int:
    """The longest value the outlet column ``name`` holds."""
    length = OutletRow.__table__.c[name].type.length  # type: ignore[attr-defined]
    assert isinstance(length, int), name
    return length


def save_outlet(session: Session, name: str, values: dict[str, Any]) -> int:
    """Create or update the outlet of that name with ``values`` (only the columns that change, so
    the audit log is exact); returns its id."""
    key = outlet_key(name)
    row = session.scalars(select(OutletRow).where(OutletRow.name_key == key)).first()
    if row is None:
        row = OutletRow(name=name, name_key=key)
        session.add(row)
    for k, v in values.items():
        if getattr(row, k) != v:
            setattr(row, k, v)
    session.flush()
    return row.id
