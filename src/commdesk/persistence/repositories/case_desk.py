"""What the cases window reads beyond the case service's own queries: the case list with every
filter the pane offers (status, channel, category, owner, overdue, words: ``case_search``), the
callers the hotline's call screen finds among the customer records, and a call's outcome written on
a case that goes on.

Functions take a Session and flush; the services commit. The list reads one page as ordered index
walks (``cases.ordered_ids``) and joins only the names it shows, like ``cases.list_cases``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from commdesk.persistence.models.cases import CaseCustomerRow, CaseRow
from commdesk.persistence.repositories import case_search
from commdesk.persistence.repositories import cases as cases_repo
from commdesk.persistence.repositories.cases import CaseListRow


@dataclass(frozen=True)
class DeskFilter:
    """The pane's filters as the database sees them (None: no condition)."""

    statuses: frozenset[str] | None = None
    channel: str | None = None
    category_id: int | None = None  # the category or a sub-category
    owner_id: int | None = None
    overdue_at: datetime | None = None
    words: tuple[str, ...] = ()  # each in the case, its conversation or its person (``case_search``)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped.casefold()}%"


def _where(f: DeskFilter) -> list[Any]:
    """The conditions every walk of the filter shares (the status and the category are the arms;
    the words are ``case_search``'s)."""
    where: list[Any] = []
    if f.channel is not None:
        where.append(CaseRow.channel == f.channel)
    if f.owner_id is not None:
        where.append(CaseRow.owner_id == f.owner_id)
    if f.overdue_at is not None:
        where.append(and_(CaseRow.next_due_at.is_not(None), CaseRow.next_due_at <= f.overdue_at))
    return where


def _category_arms(f: DeskFilter) -> list[list[Any]]:
    """The category as two walks that exclude each other: the cases filed under it, and those
    filed under it as their sub-category (an OR of both columns reads no index in order)."""
    if f.category_id is None:
        return [[]]
    other = or_(CaseRow.category_id.is_(None), CaseRow.category_id != f.category_id)
    return [[CaseRow.category_id == f.category_id], [CaseRow.subcategory_id == f.category_id, other]]


def _arms(f: DeskFilter) -> list[list[Any]]:
    """Every (status, category) walk of the filter."""
    return [
        [*status, *category]
        for status in cases_repo.status_arms(f.statuses)
        for category in _category_arms(f)
    ]


def page(session: Session, f: DeskFilter, *, offset: int = 0, limit: int = 200) -> list[CaseListRow]:
    """One page of the list: soonest due first, then the cases without a running clock, newest
    first. Each status (and the category and the sub-category) is read as an index walk in that
    order that stops after the page (``cases.ordered_ids``), instead of one sort of every matching
    case (tens of thousands in a big office). Words are looked up in the cases' search index
    (``case_search``): a few matching cases are read by id, many are tested on the cases the walks
    pass, which they fill the page soon."""
    words = case_search.words_filter(session, f.words)
    where, arms = [*_where(f), *words.page], _arms(f)
    ids = cases_repo.ordered_ids(session, where, arms, due=True, offset=offset, limit=limit)
    if len(ids) < limit and f.overdue_at is None:  # overdue: only cases with a running clock
        # a page that starts among the cases without a running clock skips past the others
        skip = 0 if ids or not offset else max(0, offset - _count(session, f, words, due_only=True))
        ids += cases_repo.ordered_ids(session, where, arms, due=False, offset=skip, limit=limit - len(ids))
    return cases_repo.case_lines(session, ids)


def count(session: Session, f: DeskFilter, *, due_only: bool = False) -> int:
    """How many cases the filter finds (``due_only``: those with a running clock)."""
    return _count(session, f, case_search.words_filter(session, f.words), due_only=due_only)


def _count(session: Session, f: DeskFilter, words: case_search.WordsFilter, *, due_only: bool) -> int:
    where = _where(f)
    if not where and f.statuses is None and f.category_id is None and not due_only:
        alone = words.counted(session)  # many cases found by words alone: counted in the index
        if alone is not None:
            return alone
    where = [*where, *words.count]
    if f.statuses is not None:
        where.append(CaseRow.status.in_(sorted(f.statuses)))
    if due_only:
        where.append(CaseRow.next_due_at.is_not(None))
    return cases_repo.count_arms(session, where, _category_arms(f))


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
