"""Distribution lists: static lists of contacts and saved searches ("smart" lists)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from commdesk.persistence.audit import record_event
from commdesk.persistence.bulk import chunks
from commdesk.persistence.models.contacts import ContactListMemberRow, ContactListRow

MEMBERS_ENTITY = "contact_list_members"


def name_length() -> int:
    """The longest name a list can have (the column's length)."""
    length = ContactListRow.__table__.c.name.type.length  # type: ignore[attr-defined]
    assert isinstance(length, int)
    return length


def list_row(session: Session, list_id: int) -> ContactListRow | None:
    return session.get(ContactListRow, list_id)


def all_lists(session: Session) -> list[ContactListRow]:
    """Every list, in no particular order."""
    return list(session.scalars(select(ContactListRow)))


def list_named(session: Session, name: str) -> ContactListRow | None:
    """The list of that name, in any case."""
    return session.scalars(
        select(ContactListRow).where(func.lower(ContactListRow.name) == name.lower())
    ).first()


def add_list(session: Session, name: str, query_json: str | None = None) -> ContactListRow:
    """A new static list, or a smart one with its saved search."""
    row = ContactListRow(name=name, smart=query_json is not None, query_json=query_json)
    session.add(row)
    session.flush()
    return row


def delete_list(session: Session, row: ContactListRow) -> None:
    session.execute(delete(ContactListMemberRow).where(ContactListMemberRow.list_id == row.id))
    session.delete(row)


def member_ids(session: Session, list_id: int, among: Sequence[int] | None = None) -> set[int]:
    """The ids of the list's members (``among``: of those contacts only)."""
    stmt = select(ContactListMemberRow.contact_id).where(ContactListMemberRow.list_id == list_id)
    if among is None:
        return set(session.scalars(stmt))
    found: set[int] = set()
    for part in chunks(list(among)):
        found.update(session.scalars(stmt.where(ContactListMemberRow.contact_id.in_(part))))
    return found


def add_members(session: Session, list_id: int, ids: Iterable[int], at: datetime | None = None) -> None:
    """Put contacts on the list (none of them on it yet), one audited row each; added ``at``
    (default: now)."""
    when = {} if at is None else {"added_at": at}
    session.add_all(ContactListMemberRow(list_id=list_id, contact_id=i, **when) for i in ids)


def add_many_members(session: Session, list_id: int, ids: Sequence[int], at: datetime) -> None:
    """Put many contacts on the list at once (none of them on it yet; an import's list): one
    executemany, and an audit entry each as the ORM would write."""
    if not ids:
        return
    session.execute(
        insert(ContactListMemberRow), [{"list_id": list_id, "contact_id": i, "added_at": at} for i in ids]
    )
    for i in ids:
        record_event(session, MEMBERS_ENTITY, f"{list_id},{i}", "create", field="list_id", new=list_id)


def remove_members(session: Session, list_id: int, ids: Iterable[int]) -> None:
    """Take contacts off the list (through the ORM, so the audit log has each)."""
    for part in chunks(list(ids)):
        for m in session.scalars(
            select(ContactListMemberRow).where(
                ContactListMemberRow.list_id == list_id, ContactListMemberRow.contact_id.in_(part)
            )
        ):
            session.delete(m)


def lists_with(session: Session, contact_id: int) -> list[int]:
    """The ids of the static lists the contact is on."""
    return list(
        session.scalars(
            select(ContactListMemberRow.list_id).where(ContactListMemberRow.contact_id == contact_id)
        )
    )


def remove_from_lists(session: Session, contact_id: int, list_ids: Iterable[int]) -> None:
    """Take one contact off several lists (plain DELETE)."""
    for lid in list_ids:
        session.execute(
            delete(ContactListMemberRow).where(
                ContactListMemberRow.list_id == lid, ContactListMemberRow.contact_id == contact_id
            )
        )
