"""What the cases window reads beyond the case service's own queries: the case list with every
filter the pane offers (status, channel, category, owner, overdue, words), the callers the hotline's
call screen finds among the customer records, and a call's outcome written on a case that goes on.

Functions take a Session and flush; the services commit. The list reads one page in the order of
the ``next_due_at`` index and joins only the names it shows, like ``cases.list_cases``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from commdesk.persistence.models.cases import CaseCategoryRow, CaseCustomerRow, CaseRow
from commdesk.persistence.models.contacts import ContactRow
from commdesk.persistence.models.foundation import PersonRow
from commdesk.persistence.repositories.cases import CaseListRow


@dataclass(frozen=True)
class DeskFilter:
    """The pane's filters as the database sees them (None: no condition)."""

    statuses: frozenset[str] | None = None
    channel: str | None = None
    category_id: int | None = None  # the category or a sub-category
    owner_id: int | None = None
    overdue_at: datetime | None = None
    words: tuple[str, ...] = ()  # each in the reference or the summary


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped.casefold()}%"


def _where(f: DeskFilter) -> list[Any]:
    where: list[Any] = []
    if f.statuses is not None:
        where.append(CaseRow.status.in_(sorted(f.statuses)))
    if f.channel is not None:
        where.append(CaseRow.channel == f.channel)
    if f.category_id is not None:
        where.append(or_(CaseRow.category_id == f.category_id, CaseRow.subcategory_id == f.category_id))
    if f.owner_id is not None:
        where.append(CaseRow.owner_id == f.owner_id)
    if f.overdue_at is not None:
        where.append(and_(CaseRow.next_due_at.is_not(None), CaseRow.next_due_at <= f.overdue_at))
    for word in f.words:
        pattern = _like(word)
        where.append(
            or_(
                func.lower(CaseRow.reference).like(pattern, escape="\\"),
                func.lower(CaseRow.summary).like(pattern, escape="\\"),
            )
        )
    return where


def _lines(
    session: Session, where: list[Any], order: tuple[Any, ...], offset: int, limit: int
) -> list[CaseListRow]:
    owner = aliased(PersonRow)
    query = (
        select(CaseRow, owner.name, ContactRow.full_name, CaseCustomerRow.name, CaseCategoryRow)
        .outerjoin(owner, owner.id == CaseRow.owner_id)
        .outerjoin(ContactRow, ContactRow.id == CaseRow.contact_id)
        .outerjoin(CaseCustomerRow, CaseCustomerRow.id == CaseRow.customer_id)
        .outerjoin(CaseCategoryRow, CaseCategoryRow.id == CaseRow.category_id)
        .where(*where)
        .order_by(*order)
        .limit(limit)
        .offset(offset)
    )
    return [CaseListRow(*r) for r in session.execute(query)]


def page(session: Session, f: DeskFilter, *, offset: int = 0, limit: int = 200) -> list[CaseListRow]:
    """One page of the list: soonest due first, then the cases without a running clock, newest
    first. Read as two index walks (``next_due_at``, then ``received_at``) that stop after the page,
    instead of one sort of every matching case (tens of thousands of open cases in a big office)."""
    where = _where(f)
    due = [*where, CaseRow.next_due_at.is_not(None)]
    rows = _lines(session, due, (CaseRow.next_due_at, CaseRow.id), offset, limit)
    if len(rows) >= limit:
        return rows
    with_due = count(session, f, due_only=True) if offset else len(rows)
    rest = [*where, CaseRow.next_due_at.is_(None)]
    order = (CaseRow.received_at.desc(), CaseRow.id.desc())
    return rows + _lines(session, rest, order, max(0, offset - with_due), limit - len(rows))


def count(session: Session, f: DeskFilter, *, due_only: bool = False) -> int:
    """How many cases the filter finds (``due_only``: those with a running clock)."""
    where = _where(f)
    if due_only:
        where.append(CaseRow.next_due_at.is_not(None))
    return int(session.scalar(select(func.count(CaseRow.id)).where(*where)) or 0)


def customers_like(session: Session, text: str, digits: str, limit: int = 8) -> list[CaseCustomerRow]:
    """Customer records whose name contains ``text`` or whose phone contains ``digits``."""
    conditions = []
    if text.strip():
        conditions.append(func.lower(CaseCustomerRow.name).like(_like(text.strip()), escape="\\"))
    if len(digits) >= 3:
        conditions.append(CaseCustomerRow.phone.like(_like(digits), escape="\\"))
    if not conditions:
        return []
    query = select(CaseCustomerRow).where(or_(*conditions)).order_by(CaseCustomerRow.name, CaseCustomerRow.id)
    return list(session.scalars(query.limit(limit)))
