"""Contact rows by id, and what a contact's detail shows besides its record: owner and lists."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from commdesk.persistence.bulk import chunks
from commdesk.persistence.models import PersonRow
from commdesk.persistence.models.contacts import ContactListMemberRow, ContactListRow, ContactRow


def contact_row(session: Session, contact_id: int) -> ContactRow | None:
    """The contact's row; None when there is none or its personal data was erased."""
    row = session.get(ContactRow, contact_id)
    return None if row is None or row.erased else row


def contact_rows(session: Session, ids: Iterable[int]) -> list[ContactRow]:
    """The rows of those contacts that exist and were not erased (each once, in no set order)."""
    rows: list[ContactRow] = []
    for part in chunks(list(dict.fromkeys(ids))):
        rows += session.scalars(
            select(ContactRow).where(ContactRow.id.in_(part), ContactRow.erased.is_(False))
        )
    return rows


def rows_by_id(session: Session, ids: Sequence[int]) -> dict[int, ContactRow]:
    """Contact rows by id, whatever their state (an import's updates check the versions)."""
    out: dict[int, ContactRow] = {}
    for part in chunks(list(ids)):
        out.update((r.id, r) for r in session.scalars(select(ContactRow).where(ContactRow.id.in_(part))))
    return out


def versions(session: Session, ids: Sequence[int], live_only: bool = False) -> dict[int, int]:
    """The version of each contact (``live_only``: of those not in the trash)."""
    out: dict[int, int] = {}
    for part in chunks(list(ids)):
        stmt = select(ContactRow.id, ContactRow.version).where(ContactRow.id.in_(part))
        if live_only:
            stmt = stmt.where(ContactRow.deleted.is_(False))
        out.update((i, v) for i, v in session.execute(stmt))
    return out


def person_name(session: Session, person_id: int | None) -> str:
    """The person's name; "" for none (or one who does not exist)."""
    if person_id is None:
        return ""
    row = session.get(PersonRow, person_id)
    return row.name if row is not None else ""


def person_exists(session: Session, person_id: int) -> bool:
    return session.get(PersonRow, person_id) is not None


def lists_of(session: Session, contact_id: int) -> list[tuple[int, str]]:
    """The static lists the contact is on (id, name), by name."""
    return [
        (i, n)
        for i, n in session.execute(
            select(ContactListRow.id, ContactListRow.name)
            .join(ContactListMemberRow, ContactListMemberRow.list_id == ContactListRow.id)
            .where(ContactListMemberRow.contact_id == contact_id)
            .order_by(ContactListRow.name)
        )
    ]


def memberships(session: Session, ids: Sequence[int]) -> dict[int, list[tuple[int, str]]]:
    """The static lists each contact is on (id, name), by name."""
    out: dict[int, list[tuple[int, str]]] = {}
    for part in chunks(list(ids)):
        for cid, lid, name in session.execute(
            select(ContactListMemberRow.contact_id, ContactListRow.id, ContactListRow.name)
            .join(ContactListRow, ContactListRow.id == ContactListMemberRow.list_id)
            .where(ContactListMemberRow.contact_id.in_(part))
            .order_by(ContactListRow.name)
        ):
            out.setdefault(cid, []).append((lid, name))
    return out
