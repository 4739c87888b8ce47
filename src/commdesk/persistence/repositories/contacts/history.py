"""A contact's history: interactions (pitches, calls, inquiries ...), do-not-contact entries, and the
last-contact column derived from the interactions."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from commdesk.persistence.bulk import chunks
from commdesk.persistence.models.contacts import ContactConsentRow, ContactRow, InteractionRow
from commdesk.persistence.repositories.contacts.queries import active_dnc


# ------------------------------------------------------------------------------ do-not-contact
def consents_in_force(session: Session, contact_id: int, today: date) -> list[ContactConsentRow]:
    """The contact's do-not-contact entries in force today, oldest first."""
    return list(
        session.scalars(
            select(ContactConsentRow)
            .where(ContactConsentRow.contact_id == contact_id, active_dnc(today))
            .order_by(ContactConsentRow.id)
        )
    )


def consent_in_force(
    session: Session, contact_id: int, channel: str, today: date
) -> ContactConsentRow | None:
    return session.scalars(
        select(ContactConsentRow).where(
            ContactConsentRow.contact_id == contact_id,
            ContactConsentRow.channel == channel,
            active_dnc(today),
        )
    ).first()


def add_consent(session: Session, **values: Any) -> ContactConsentRow:
    row = ContactConsentRow(**values)
    session.add(row)
    return row


def consents_not_lifted(session: Session, contact_id: int, channel: str) -> list[ContactConsentRow]:
    return list(
        session.scalars(
            select(ContactConsentRow).where(
                ContactConsentRow.contact_id == contact_id,
                ContactConsentRow.channel == channel,
                ContactConsentRow.lifted_at.is_(None),
            )
        )
    )


# ------------------------------------------------------------------------------ interactions
def add_interaction(session: Session, **values: Any) -> InteractionRow:
    row = InteractionRow(**values)
    session.add(row)
    session.flush()
    return row


def interaction(session: Session, interaction_id: int) -> InteractionRow | None:
    return session.get(InteractionRow, interaction_id)


def interactions_of(session: Session, contact_id: int) -> list[InteractionRow]:
    """The contact's interactions, newest first."""
    return list(
        session.scalars(
            select(InteractionRow)
            .where(InteractionRow.contact_id == contact_id)
            .order_by(InteractionRow.at.desc(), InteractionRow.id.desc())
        )
    )


def open_inquiries(session: Session) -> list[tuple[InteractionRow, str]]:
    """Media inquiries not answered yet of contacts not in the trash, earliest deadline first (none
    last), with the contact's full name."""
    return [
        (r, name)
        for r, name in session.execute(
            select(InteractionRow, ContactRow.full_name)
            .join(ContactRow, ContactRow.id == InteractionRow.contact_id)
            .where(
                InteractionRow.kind == "inquiry",
                InteractionRow.answered_at.is_(None),
                ContactRow.deleted.is_(False),
            )
            .order_by(InteractionRow.deadline.is_(None), InteractionRow.deadline)
        )
    ]


def touch_last_contact(session: Session, contact_ids: Iterable[int], kinds: Iterable[str]) -> None:
    """Recompute the last-contact column from the interactions of ``kinds`` (plain UPDATE: no
    version bump, no audit noise)."""
    latest = (
        select(func.max(InteractionRow.at))
        .where(InteractionRow.contact_id == ContactRow.id, InteractionRow.kind.in_(sorted(kinds)))
        .scalar_subquery()
    )
    for part in chunks(list(contact_ids)):
        session.execute(
            update(ContactRow)
            .where(ContactRow.id.in_(part))
            .values(last_contact_at=latest)
            .execution_options(synchronize_session=False)
        )
