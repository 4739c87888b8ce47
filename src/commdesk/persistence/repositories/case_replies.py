"""Queries and statements of the cases desk's mail: reply templates and canned responses, intake
rules, the intake log (each message taken in once), and the look-ups intake needs (a contact by
e-mail address, the case an outgoing message belonged to)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from commdesk.persistence.models.case_replies import (
    CaseIntakeMessageRow,
    CaseIntakeRuleRow,
    CaseReplyTemplateRow,
)
from commdesk.persistence.models.contacts import ContactEmailRow, ContactRow
from commdesk.persistence.models.mail import OutboxMessageRow

PENDING = "pending"  # the outcome of a message while it is being taken in


# ------------------------------------------------------------------------------------ templates
def templates(
    session: Session, kind: str | None = None, *, include_inactive: bool = True
) -> list[CaseReplyTemplateRow]:
    query = select(CaseReplyTemplateRow)
    if kind is not None:
        query = query.where(CaseReplyTemplateRow.kind == kind)
    if not include_inactive:
        query = query.where(CaseReplyTemplateRow.active.is_(True))
    return list(
        session.scalars(
            query.order_by(
                CaseReplyTemplateRow.kind,
                CaseReplyTemplateRow.category_id.is_not(None),
                CaseReplyTemplateRow.category_id,
                CaseReplyTemplateRow.language,
                CaseReplyTemplateRow.position,
                CaseReplyTemplateRow.id,
            )
        )
    )


def template(session: Session, template_id: int) -> CaseReplyTemplateRow | None:
    return session.get(CaseReplyTemplateRow, template_id)


def add_template(session: Session, **values: Any) -> CaseReplyTemplateRow:
    row = CaseReplyTemplateRow(**values)
    session.add(row)
    session.flush()
    return row


def delete_template(session: Session, row: CaseReplyTemplateRow) -> None:
    session.delete(row)
    session.flush()


def active_templates_for(
    session: Session, kind: str, category_ids: Iterable[int | None], language: str | None = None
) -> list[CaseReplyTemplateRow]:
    """Active templates of ``kind`` for any of ``category_ids`` (``None`` in it: those for every
    category), in ``language`` when given."""
    ids = [c for c in category_ids if c is not None]
    conditions = [CaseReplyTemplateRow.category_id.in_(ids)] if ids else []
    if None in category_ids:
        conditions.append(CaseReplyTemplateRow.category_id.is_(None))
    if not conditions:
        return []
    query = select(CaseReplyTemplateRow).where(
        CaseReplyTemplateRow.kind == kind, CaseReplyTemplateRow.active.is_(True), or_(*conditions)
    )
    if language is not None:
        query = query.where(CaseReplyTemplateRow.language == language)
    return list(session.scalars(query.order_by(CaseReplyTemplateRow.position, CaseReplyTemplateRow.id)))


# ------------------------------------------------------------------------------------ intake rules
def rules(session: Session, *, include_inactive: bool = True) -> list[CaseIntakeRuleRow]:
    query = select(CaseIntakeRuleRow)
    if not include_inactive:
        query = query.where(CaseIntakeRuleRow.active.is_(True))
    return list(session.scalars(query.order_by(CaseIntakeRuleRow.position, CaseIntakeRuleRow.id)))


def rule(session: Session, rule_id: int) -> CaseIntakeRuleRow | None:
    return session.get(CaseIntakeRuleRow, rule_id)


def add_rule(session: Session, **values: Any) -> CaseIntakeRuleRow:
    row = CaseIntakeRuleRow(**values)
    session.add(row)
    session.flush()
    return row


def delete_rule(session: Session, row: CaseIntakeRuleRow) -> None:
    session.delete(row)
    session.flush()


# ------------------------------------------------------------------------------------ intake log
def claim_intake(session: Session, **values: Any) -> CaseIntakeMessageRow | None:
    """Insert a message's log entry as being taken in (``pending``); None when its fingerprint is
    there already (taken in before, or by another desk right now): the unique fingerprint is the
    claim, so two desks never both make a case of one message."""
    try:
        with session.begin_nested():
            row = CaseIntakeMessageRow(outcome=PENDING, **values)
            session.add(row)
        return row
    except IntegrityError:
        return None


def add_intake(session: Session, **values: Any) -> CaseIntakeMessageRow:
    """A message's log entry, written with what became of it by the caller (its next flush)."""
    row = CaseIntakeMessageRow(outcome=PENDING, **values)
    session.add(row)
    return row


def intake_states(session: Session, fingerprints: Iterable[str]) -> dict[str, str]:
    """fingerprint -> outcome (``PENDING`` while being taken in) of those of ``fingerprints`` in the log."""
    wanted = sorted({f for f in fingerprints if f})
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        query = select(CaseIntakeMessageRow.fingerprint, CaseIntakeMessageRow.outcome).where(
            CaseIntakeMessageRow.fingerprint.in_(chunk)
        )
        found.update((str(f), str(o)) for f, o in session.execute(query))
    return found


def intake_by_fingerprint(session: Session, fingerprint: str) -> CaseIntakeMessageRow | None:
    return session.scalars(
        select(CaseIntakeMessageRow).where(CaseIntakeMessageRow.fingerprint == fingerprint)
    ).first()


def take_over_intake(
    session: Session, row_id: int, seen_at: datetime, stale_before: datetime, now: datetime
) -> bool:
    """Take over a message left ``pending`` by an intake that stopped (its time is before
    ``stale_before`` and still what the caller saw): True when this caller now has it."""
    done = session.execute(
        update(CaseIntakeMessageRow)
        .where(
            CaseIntakeMessageRow.id == row_id,
            CaseIntakeMessageRow.outcome == PENDING,
            CaseIntakeMessageRow.taken_at == seen_at,
            CaseIntakeMessageRow.taken_at < stale_before,
        )
        .values(taken_at=now)
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(done, "rowcount", 0))


def intake_row(session: Session, row_id: int) -> CaseIntakeMessageRow | None:
    return session.get(CaseIntakeMessageRow, row_id)


def set_aside(
    session: Session, *, include_looked_at: bool = False, limit: int | None = 500
) -> list[CaseIntakeMessageRow]:
    """Messages set aside at intake, the newest first (those a person dealt with only if asked)."""
    query = select(CaseIntakeMessageRow).where(CaseIntakeMessageRow.outcome == "set_aside")
    if not include_looked_at:
        query = query.where(CaseIntakeMessageRow.looked_at.is_(None))
    query = query.order_by(CaseIntakeMessageRow.taken_at.desc(), CaseIntakeMessageRow.id.desc())
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def count_set_aside(session: Session) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(CaseIntakeMessageRow)
            .where(CaseIntakeMessageRow.outcome == "set_aside", CaseIntakeMessageRow.looked_at.is_(None))
        )
        or 0
    )


# ------------------------------------------------------------------------------------ look-ups
def contact_by_email(session: Session, address_key: str) -> tuple[int, str] | None:
    """(id, name) of the contact not in the trash with this address (casefolded), the oldest first."""
    if not address_key:
        return None
    found = session.execute(
        select(ContactRow.id, ContactRow.full_name)
        .join(ContactEmailRow, ContactEmailRow.contact_id == ContactRow.id)
        .where(ContactEmailRow.address_key == address_key, ContactRow.deleted.is_(False))
        .order_by(ContactRow.id)
        .limit(1)
    ).first()
    return (int(found[0]), str(found[1])) if found is not None else None


def contacts_by_email(session: Session, address_keys: Iterable[str]) -> dict[str, tuple[int, str] | None]:
    """``contact_by_email`` of many addresses (casefolded) in one read per 500: each key -> (id, name)
    of its oldest contact not in the trash, None when there is none."""
    wanted = sorted({k for k in address_keys if k})
    found: dict[str, tuple[int, str] | None] = dict.fromkeys(wanted)
    for start in range(0, len(wanted), 500):
        query = (
            select(ContactEmailRow.address_key, ContactRow.id, ContactRow.full_name)
            .join(ContactRow, ContactEmailRow.contact_id == ContactRow.id)
            .where(
                ContactEmailRow.address_key.in_(wanted[start : start + 500]), ContactRow.deleted.is_(False)
            )
            .order_by(ContactRow.id.desc())  # the oldest last: it is the one kept
        )
        for key, contact_id, name in session.execute(query):
            found[str(key)] = (int(contact_id), str(name))
    return found


def outgoing_of(session: Session, message_ids: Iterable[str]) -> tuple[str, str, str] | None:
    """(related_entity, related_id, recipients JSON) of the newest outgoing message with one of
    ``message_ids``: what a reply or a bounce that names only our message answers."""
    wanted = [m for m in dict.fromkeys(message_ids) if m]
    if not wanted:
        return None
    found = session.execute(
        select(OutboxMessageRow.related_entity, OutboxMessageRow.related_id, OutboxMessageRow.recipients)
        .where(OutboxMessageRow.message_id.in_(wanted))
        .order_by(OutboxMessageRow.id.desc())
        .limit(1)
    ).first()
    return None if found is None else (str(found[0] or ""), str(found[1] or ""), str(found[2] or ""))
