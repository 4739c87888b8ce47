"""Merges of contacts (what moves, the record of a merge for its undo) and erasure of a contact's
personal data."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from commdesk.persistence.bulk import chunks
from commdesk.persistence.models import AuditRow
from commdesk.persistence.models.cases import CaseRow
from commdesk.persistence.models.contacts import (
    ContactConsentRow,
    ContactListMemberRow,
    ContactMergeRow,
    ContactRow,
    InteractionRow,
)
from commdesk.persistence.models.events import EventInviteeRow
from commdesk.persistence.repositories.contacts.lists import MEMBERS_ENTITY
from commdesk.persistence.repositories.contacts.rows import DERIVED_COLUMNS, SCALAR_FIELDS, delete_children
from commdesk.persistence.repositories.contacts.search_keys import write_search_keys

CONTACTS_ENTITY = "contacts"
CONSENTS_ENTITY = "contact_consents"
INTERACTIONS_ENTITY = "contact_interactions"


def interaction_ids(session: Session, contact_id: int) -> list[int]:
    return list(session.scalars(select(InteractionRow.id).where(InteractionRow.contact_id == contact_id)))


def consent_ids(session: Session, contact_id: int) -> list[int]:
    return list(
        session.scalars(select(ContactConsentRow.id).where(ContactConsentRow.contact_id == contact_id))
    )


def move_interactions(session: Session, ids: Sequence[int], contact_id: int) -> None:
    """Give those interactions to another contact (plain UPDATE: the merge's own audit entry says it)."""
    for part in chunks(list(ids)):
        session.execute(
            update(InteractionRow)
            .where(InteractionRow.id.in_(part))
            .values(contact_id=contact_id)
            .execution_options(synchronize_session=False)
        )


def move_consents(session: Session, ids: Sequence[int], contact_id: int) -> None:
    """Give those do-not-contact entries to another contact (plain UPDATE, as ``move_interactions``)."""
    for part in chunks(list(ids)):
        session.execute(
            update(ContactConsentRow)
            .where(ContactConsentRow.id.in_(part))
            .values(contact_id=contact_id)
            .execution_options(synchronize_session=False)
        )


def case_ids(session: Session, contact_id: int) -> list[int]:
    """The cases the contact raised (the cases desk's records hang off a contact too)."""
    return list(session.scalars(select(CaseRow.id).where(CaseRow.contact_id == contact_id)))


def move_cases(session: Session, ids: Sequence[int], contact_id: int) -> None:
    """Give those cases to another contact (plain UPDATE, as ``move_interactions``)."""
    for part in chunks(list(ids)):
        session.execute(
            update(CaseRow)
            .where(CaseRow.id.in_(part))
            .values(contact_id=contact_id)
            .execution_options(synchronize_session=False)
        )


def invitee_ids(session: Session, contact_id: int, keep_id: int) -> list[int]:
    """The media-event invitations of ``contact_id`` to events the kept contact is not invited to
    (one invitation per event and contact: where both are invited, the kept one's stands)."""
    kept_events = select(EventInviteeRow.event_id).where(EventInviteeRow.contact_id == keep_id)
    return list(
        session.scalars(
            select(EventInviteeRow.id).where(
                EventInviteeRow.contact_id == contact_id, EventInviteeRow.event_id.not_in(kept_events)
            )
        )
    )


def move_invitees(session: Session, ids: Sequence[int], contact_id: int) -> None:
    """Give those invitations (with their answers and check-ins) to another contact."""
    for part in chunks(list(ids)):
        session.execute(
            update(EventInviteeRow)
            .where(EventInviteeRow.id.in_(part))
            .values(contact_id=contact_id)
            .execution_options(synchronize_session=False)
        )


def add_merge(session: Session, keep_id: int, other_id: int, at: datetime, by: str, undo_json: str) -> int:
    """Record a merge; returns its id."""
    row = ContactMergeRow(keep_id=keep_id, other_id=other_id, at=at, by=by, undo_json=undo_json)
    session.add(row)
    session.flush()
    return row.id


def merge_row(session: Session, merge_id: int) -> ContactMergeRow | None:
    return session.get(ContactMergeRow, merge_id)


def later_merge(session: Session, m: ContactMergeRow) -> int | None:
    """The id of a merge made after ``m``, not undone, that involves either of its contacts."""
    both = [m.keep_id, m.other_id]
    return session.scalar(
        select(ContactMergeRow.id).where(
            ContactMergeRow.id > m.id,
            ContactMergeRow.undone_at.is_(None),
            or_(ContactMergeRow.keep_id.in_(both), ContactMergeRow.other_id.in_(both)),
        )
    )


def merges_of(session: Session, contact_id: int) -> list[ContactMergeRow]:
    """The merges that kept or merged away the contact, newest first."""
    return list(
        session.scalars(
            select(ContactMergeRow)
            .where((ContactMergeRow.keep_id == contact_id) | (ContactMergeRow.other_id == contact_id))
            .order_by(ContactMergeRow.id.desc())
        )
    )


# ------------------------------------------------------------------------------------ erase
#: the contact row's columns after erasure: no personal data, nothing derived from it
_ERASED: dict[str, Any] = (
    dict.fromkeys(SCALAR_FIELDS, "")
    | dict.fromkeys(DERIVED_COLUMNS, "")
    | {"tier": None, "owner_id": None, "source_date": None, "last_contact_at": None}
)


def erase_contact(session: Session, row: ContactRow, now: datetime) -> None:
    """Remove the contact's personal data for good: its e-mails, phones, beats and outlets, history,
    do-not-contact entries and list memberships; the row stays (trashed, ``erased``) with every
    personal column empty. The audit log keeps that something happened, not what the person's data
    was; a merge involving the contact can no longer be undone (its record held the data)."""
    cid = row.id
    consents = [str(i) for i in consent_ids(session, cid)]
    interactions = [str(i) for i in interaction_ids(session, cid)]
    members = [
        f"{lid},{cid}"
        for lid in session.scalars(
            select(ContactListMemberRow.list_id).where(ContactListMemberRow.contact_id == cid)
        )
    ]
    delete_children(session, [cid])
    for model in (InteractionRow, ContactConsentRow, ContactListMemberRow):
        session.execute(delete(model).where(model.contact_id == cid))
    session.execute(
        update(ContactRow)
        .where(ContactRow.id == cid)
        .values(erased=True, deleted=True, deleted_at=now, **_ERASED)
        .execution_options(synchronize_session=False)
    )
    session.expire(row)
    write_search_keys(session.connection(), [(cid, "")])  # search_text is empty now
    scrub = [
        (CONTACTS_ENTITY, [str(cid)]),
        (CONSENTS_ENTITY, consents),
        (INTERACTIONS_ENTITY, interactions),
        (MEMBERS_ENTITY, members),
    ]
    for entity, ids in scrub:
        for part in chunks(ids):
            session.execute(
                update(AuditRow)
                .where(AuditRow.entity == entity, AuditRow.entity_id.in_(part))
                .values(old=None, new=None, note=None)
                .execution_options(synchronize_session=False)
            )
    for m in session.scalars(
        select(ContactMergeRow).where(or_(ContactMergeRow.keep_id == cid, ContactMergeRow.other_id == cid))
    ):
        m.undo_json = "{}"
