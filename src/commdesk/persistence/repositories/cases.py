"""The cases desk in the database: categories, policies, cases, their entries, status history and
clocks, customer records, the mailbox cursor and the knowledge base.

Functions take a Session and flush; the services commit. The case list reads one page through the
indexes of ``cases`` (status, owner, ``next_due_at``) and joins only the names it shows.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from commdesk.core.cases.workflow import CaseStatus
from commdesk.persistence.models.cases import (
    CaseCategoryRow,
    CaseClockRow,
    CaseCustomerRow,
    CaseEntryRow,
    CaseMailboxCursorRow,
    CaseReferenceCounterRow,
    CaseRow,
    CaseSlaPolicyRow,
    CaseStatusChangeRow,
    KbEntryRow,
    KbEntryVersionRow,
)
from commdesk.persistence.models.contacts import ContactRow, InteractionRow
from commdesk.persistence.models.foundation import PersonRow

#: The audit log's entity names of the records the service names in events.
CASES_ENTITY = "cases"
CLOCKS_ENTITY = "case_clocks"


# ------------------------------------------------------------------------------------ categories
def categories(session: Session, include_inactive: bool = True) -> list[CaseCategoryRow]:
    """Every category, top levels and their sub-categories, in their order."""
    query = select(CaseCategoryRow).order_by(CaseCategoryRow.position, CaseCategoryRow.id)
    if not include_inactive:
        query = query.where(CaseCategoryRow.active.is_(True))
    return list(session.scalars(query))


def category(session: Session, category_id: int) -> CaseCategoryRow | None:
    return session.get(CaseCategoryRow, category_id)


def category_by_code(session: Session, code: str) -> CaseCategoryRow | None:
    """The active category whose code is ``code`` exactly."""
    return session.scalars(
        select(CaseCategoryRow).where(CaseCategoryRow.code == code, CaseCategoryRow.active.is_(True))
    ).first()


def category_by_key(session: Session, key: str) -> CaseCategoryRow | None:
    """The category whose code, Chinese or English name is ``key`` (code first; names case-insensitive)."""
    text = key.strip()
    found = session.scalars(select(CaseCategoryRow).where(CaseCategoryRow.code == text)).first()
    if found is not None:
        return found
    folded = text.casefold()
    for row in session.scalars(select(CaseCategoryRow).order_by(CaseCategoryRow.id)):
        if folded in (row.name_zh.casefold(), row.name_en.casefold()):
            return row
    return None


def add_category(session: Session, **values: Any) -> CaseCategoryRow:
    row = CaseCategoryRow(**values)
    session.add(row)
    session.flush()
    return row


# ------------------------------------------------------------------------------------ policies
def policies(session: Session) -> list[CaseSlaPolicyRow]:
    return list(
        session.scalars(
            select(CaseSlaPolicyRow).order_by(
                CaseSlaPolicyRow.category_id, CaseSlaPolicyRow.priority, CaseSlaPolicyRow.kind
            )
        )
    )


def policy_minutes(session: Session, category_ids: Sequence[int | None], priority: str) -> dict[str, int]:
    """Working minutes per clock kind for ``priority``: the first of ``category_ids`` (a
    sub-category, then its category) that names a kind wins, then the row for every category."""
    wanted = [c for c in category_ids if c is not None]
    rows = session.scalars(
        select(CaseSlaPolicyRow).where(
            CaseSlaPolicyRow.priority == priority,
            or_(CaseSlaPolicyRow.category_id.is_(None), CaseSlaPolicyRow.category_id.in_(wanted)),
        )
    ).all()
    order: dict[int | None, int] = {cid: n for n, cid in enumerate(wanted)}
    out: dict[str, int] = {}
    for row in sorted(rows, key=lambda r: order.get(r.category_id, len(order)), reverse=True):
        out[row.kind] = row.minutes
    return out


def policy_row(
    session: Session, category_id: int | None, priority: str, kind: str
) -> CaseSlaPolicyRow | None:
    cat = (
        CaseSlaPolicyRow.category_id.is_(None)
        if category_id is None
        else CaseSlaPolicyRow.category_id == category_id
    )
    return session.scalars(
        select(CaseSlaPolicyRow).where(
            cat, CaseSlaPolicyRow.priority == priority, CaseSlaPolicyRow.kind == kind
        )
    ).first()


def delete_policy(session: Session, row: CaseSlaPolicyRow) -> None:
    session.delete(row)
    session.flush()


def add_policy(session: Session, **values: Any) -> CaseSlaPolicyRow:
    row = CaseSlaPolicyRow(**values)
    session.add(row)
    session.flush()
    return row


# ------------------------------------------------------------------------------------ customers
def customer(session: Session, customer_id: int) -> CaseCustomerRow | None:
    return session.get(CaseCustomerRow, customer_id)


def customers_matching(session: Session, phone: str = "", email_key: str = "") -> list[CaseCustomerRow]:
    """Customer records with this phone number or e-mail address (either given)."""
    conditions = []
    if phone:
        conditions.append(CaseCustomerRow.phone == phone)
    if email_key:
        conditions.append(CaseCustomerRow.email_key == email_key)
    if not conditions:
        return []
    return list(session.scalars(select(CaseCustomerRow).where(or_(*conditions)).order_by(CaseCustomerRow.id)))


def customers_named(session: Session, name: str) -> list[CaseCustomerRow]:
    """Customer records whose name is ``name`` exactly, the oldest first."""
    return list(
        session.scalars(
            select(CaseCustomerRow).where(CaseCustomerRow.name == name).order_by(CaseCustomerRow.id).limit(20)
        )
    )


def add_customer(session: Session, **values: Any) -> CaseCustomerRow:
    row = CaseCustomerRow(**values)
    session.add(row)
    session.flush()
    return row


def contact_by_name(session: Session, name: str) -> list[tuple[int, str]]:
    """(id, name) of contacts not in the trash whose full name is ``name``."""
    return [
        (i, n)
        for i, n in session.execute(
            select(ContactRow.id, ContactRow.full_name)
            .where(ContactRow.full_name == name.strip(), ContactRow.deleted.is_(False))
            .order_by(ContactRow.id)
        )
    ]


def contact_name(session: Session, contact_id: int) -> str | None:
    return session.scalar(select(ContactRow.full_name).where(ContactRow.id == contact_id))


# ------------------------------------------------------------------------------------ references
def next_reference_number(session: Session, year: int) -> int:
    """The next running number of ``year``'s references: one UPDATE of that year's counter (a row
    lock on a server, so two desks never get the same number); the first case of a year makes it."""
    for _ in range(3):
        got = session.execute(
            update(CaseReferenceCounterRow)
            .where(CaseReferenceCounterRow.year == year)
            .values(last=CaseReferenceCounterRow.last + 1)
            .returning(CaseReferenceCounterRow.last)
        ).scalar()
        if got is not None:
            return int(got)
        try:
            with session.begin_nested():
                session.add(CaseReferenceCounterRow(year=year, last=1))
            return 1
        except IntegrityError:  # another desk made the year's counter meanwhile: count on it
            continue
    raise RuntimeError("the reference counter could not be read")


# ------------------------------------------------------------------------------------ cases
def case_row(session: Session, case_id: int) -> CaseRow | None:
    return session.get(CaseRow, case_id)


def case_by_reference(session: Session, reference: str) -> CaseRow | None:
    return session.scalars(select(CaseRow).where(CaseRow.reference == reference)).first()


def add_case(session: Session, row: CaseRow) -> CaseRow:
    session.add(row)
    session.flush()
    return row


def stage(session: Session, *rows: Any) -> None:
    """Add new rows to be written by the next flush (with other rows of the same table in one
    statement): for a writer that flushes once after adding several."""
    session.add_all(rows)


def keep(session: Session, *rows: Any) -> None:
    """Hold ``rows`` for as long as the session lives: a session holds the rows it read only
    weakly, so a row its caller comes back to later in the unit of work is read again unless held."""
    session.info.setdefault("commdesk_kept_rows", []).extend(rows)


def case_by_interaction(session: Session, interaction_id: int) -> CaseRow | None:
    return session.scalars(select(CaseRow).where(CaseRow.interaction_id == interaction_id)).first()


@dataclass(frozen=True)
class CaseListRow:
    """One line of the case list, with the names it shows."""

    case: CaseRow
    owner_name: str | None
    contact_name: str | None
    customer_name: str | None
    category: CaseCategoryRow | None


def list_cases(
    session: Session,
    *,
    statuses: Iterable[str] | None = None,
    owner_id: int | None = None,
    overdue_at: datetime | None = None,
    due_before: datetime | None = None,
    limit: int | None = 200,
    offset: int = 0,
) -> list[CaseListRow]:
    """A page of cases: soonest due first, then those without a running clock, newest first.
    ``overdue_at``: only cases whose earliest running clock was due by then. Read as ordered index
    walks that stop at the page's end (``ordered_ids``), never one sort of every matching case."""
    where = _filters(None, owner_id, overdue_at, due_before)
    arms = status_arms(statuses)
    ids = ordered_ids(session, where, arms, due=True, offset=offset, limit=limit)
    want = None if limit is None else limit - len(ids)
    if (want is None or want > 0) and overdue_at is None and due_before is None:
        # a page that starts among the cases without a due time skips past the others
        due = [*where, CaseRow.next_due_at.is_not(None)]
        skip = 0 if ids or not offset else max(0, offset - count_arms(session, due, arms))
        ids += ordered_ids(session, where, arms, due=False, offset=skip, limit=want)
    return case_lines(session, ids)


def case_lines(session: Session, ids: Sequence[int]) -> list[CaseListRow]:
    """The lines of these cases, in this order, with the names the list shows."""
    if not ids:
        return []
    owner = aliased(PersonRow)
    query = (
        select(CaseRow, owner.name, ContactRow.full_name, CaseCustomerRow.name, CaseCategoryRow)
        .outerjoin(owner, owner.id == CaseRow.owner_id)
        .outerjoin(ContactRow, ContactRow.id == CaseRow.contact_id)
        .outerjoin(CaseCustomerRow, CaseCustomerRow.id == CaseRow.customer_id)
        .outerjoin(CaseCategoryRow, CaseCategoryRow.id == CaseRow.category_id)
        .where(CaseRow.id.in_(ids))
    )
    found = {r[0].id: CaseListRow(*r) for r in session.execute(query)}
    return [found[i] for i in ids if i in found]


def status_arms(statuses: Iterable[str] | None) -> list[list[Any]]:
    """One walk per status (every status when none is asked for): an index gives the list's order
    within one status only, so a page of several statuses is their walks merged."""
    wanted = sorted(statuses) if statuses is not None else [s.value for s in CaseStatus]
    return [[CaseRow.status == s] for s in wanted]


def ordered_ids(
    session: Session,
    where: Sequence[Any],
    arms: Sequence[Sequence[Any]],
    *,
    due: bool,
    offset: int,
    limit: int | None,
) -> list[int]:
    """The ids of one page of the cases that match ``where`` and one of ``arms`` (conditions that
    exclude each other), in the list's order: ``due``: those with a running clock, soonest due
    first; else those without, newest first.

    Each arm is read as its own walk of an index that starts with what the arm fixes (the status,
    and the owner, channel or category) and goes on in this order (``ix_cases_*_due_received``),
    so it stops after the page instead of sorting every matching case; the walks are merged here.
    A page far down the list reads ``offset + limit`` index entries of each walk."""
    if limit is not None and limit <= 0:
        return []
    if due:
        columns: tuple[Any, ...] = (CaseRow.next_due_at, CaseRow.id)
        order: tuple[Any, ...] = (CaseRow.next_due_at, CaseRow.id)
        clock = CaseRow.next_due_at.is_not(None)
    else:
        columns = (CaseRow.received_at, CaseRow.id)
        order = (CaseRow.received_at.desc(), CaseRow.id.desc())
        clock = CaseRow.next_due_at.is_(None)
    if len(arms) == 1:
        query = select(CaseRow.id).where(*where, *arms[0], clock).order_by(*order)
        return list(session.scalars(_paged(query, limit, offset)))
    end = None if limit is None else offset + limit
    walks = [
        [
            (key, case_id)
            for key, case_id in session.execute(
                _paged(select(*columns).where(*where, *arm, clock).order_by(*order), end, 0)
            )
        ]
        for arm in arms
    ]
    merged = heapq.merge(*walks, reverse=not due)
    return [case_id for _key, case_id in itertools.islice(merged, offset, end)]


def count_arms(session: Session, where: Sequence[Any], arms: Sequence[Sequence[Any]]) -> int:
    """How many cases match ``where`` and one of ``arms`` (conditions that exclude each other)."""
    return sum(int(session.scalar(select(func.count(CaseRow.id)).where(*where, *arm)) or 0) for arm in arms)


def _paged(query, limit: int | None, offset: int):
    if limit is not None:
        query = query.limit(limit)
    return query.offset(offset) if offset else query


def count_cases(
    session: Session,
    *,
    statuses: Iterable[str] | None = None,
    owner_id: int | None = None,
    overdue_at: datetime | None = None,
    due_before: datetime | None = None,
) -> int:
    query = select(func.count(CaseRow.id)).where(*_filters(statuses, owner_id, overdue_at, due_before))
    return int(session.scalar(query) or 0)


def _filters(statuses, owner_id, overdue_at, due_before) -> list[Any]:
    where: list[Any] = []
    if statuses is not None:
        where.append(CaseRow.status.in_(sorted(statuses)))
    if owner_id is not None:
        where.append(CaseRow.owner_id == owner_id)
    if overdue_at is not None:
        where.append(and_(CaseRow.next_due_at.is_not(None), CaseRow.next_due_at <= overdue_at))
    if due_before is not None:
        where.append(and_(CaseRow.next_due_at.is_not(None), CaseRow.next_due_at < due_before))
    return where


def cases_by_ids(session: Session, ids: Iterable[int]) -> list[CaseRow]:
    wanted = sorted(set(ids))
    if not wanted:
        return []
    return list(session.scalars(select(CaseRow).where(CaseRow.id.in_(wanted))))


def inquiries_without_case(session: Session) -> list[InteractionRow]:
    """Media inquiries of the contacts' history that no case carries yet, oldest first."""
    return list(
        session.scalars(
            select(InteractionRow)
            .outerjoin(CaseRow, CaseRow.interaction_id == InteractionRow.id)
            .where(InteractionRow.kind == "inquiry", CaseRow.id.is_(None))
            .order_by(InteractionRow.at, InteractionRow.id)
        )
    )


# ------------------------------------------------------------------------------------ entries
def add_entry(session: Session, **values: Any) -> CaseEntryRow:
    row = CaseEntryRow(**values)
    session.add(row)
    session.flush()
    return row


def entries_of(session: Session, case_id: int) -> list[CaseEntryRow]:
    """The conversation of a case, oldest first."""
    return list(
        session.scalars(
            select(CaseEntryRow)
            .where(CaseEntryRow.case_id == case_id)
            .order_by(CaseEntryRow.at, CaseEntryRow.id)
        )
    )


def entry_by_message_id(session: Session, message_id: str) -> CaseEntryRow | None:
    return session.scalars(select(CaseEntryRow).where(CaseEntryRow.message_id == message_id)).first()


def cases_holding(session: Session, message_ids: Iterable[str]) -> list[tuple[str, int]]:
    """(Message-ID, case id) of the entries holding one of ``message_ids``, the latest entry first."""
    wanted = [m for m in dict.fromkeys(message_ids) if m]
    if not wanted:
        return []
    query = (
        select(CaseEntryRow.message_id, CaseEntryRow.case_id)
        .where(CaseEntryRow.message_id.in_(wanted))
        .order_by(CaseEntryRow.at.desc(), CaseEntryRow.id.desc())
    )
    return [(str(m), int(c)) for m, c in session.execute(query)]


def case_of_messages(session: Session, message_ids: Iterable[str]) -> int | None:
    """The case holding one of ``message_ids`` (a reply's In-Reply-To and References), latest entry first."""
    wanted = [m for m in dict.fromkeys(message_ids) if m]
    if not wanted:
        return None
    return session.scalar(
        select(CaseEntryRow.case_id)
        .where(CaseEntryRow.message_id.in_(wanted))
        .order_by(CaseEntryRow.at.desc(), CaseEntryRow.id.desc())
        .limit(1)
    )


# ------------------------------------------------------------------------------------ status history
def add_status_change(session: Session, **values: Any) -> CaseStatusChangeRow:
    row = CaseStatusChangeRow(**values)
    session.add(row)
    session.flush()
    return row


def status_history(session: Session, case_id: int) -> list[CaseStatusChangeRow]:
    return list(
        session.scalars(
            select(CaseStatusChangeRow)
            .where(CaseStatusChangeRow.case_id == case_id)
            .order_by(CaseStatusChangeRow.at, CaseStatusChangeRow.id)
        )
    )


def status_histories(session: Session, case_ids: Iterable[int]) -> dict[int, list[CaseStatusChangeRow]]:
    wanted = sorted(set(case_ids))
    out: dict[int, list[CaseStatusChangeRow]] = {i: [] for i in wanted}
    if not wanted:
        return out
    for row in session.scalars(
        select(CaseStatusChangeRow)
        .where(CaseStatusChangeRow.case_id.in_(wanted))
        .order_by(CaseStatusChangeRow.at, CaseStatusChangeRow.id)
    ):
        out[row.case_id].append(row)
    return out


# ------------------------------------------------------------------------------------ clocks
def add_clock(session: Session, **values: Any) -> CaseClockRow:
    row = CaseClockRow(**values)
    session.add(row)
    session.flush()
    return row


def clocks_of(session: Session, case_id: int) -> list[CaseClockRow]:
    return list(
        session.scalars(select(CaseClockRow).where(CaseClockRow.case_id == case_id).order_by(CaseClockRow.id))
    )


def clocks_of_cases(session: Session, case_ids: Iterable[int]) -> dict[int, list[CaseClockRow]]:
    wanted = sorted(set(case_ids))
    out: dict[int, list[CaseClockRow]] = {i: [] for i in wanted}
    if not wanted:
        return out
    for row in session.scalars(
        select(CaseClockRow).where(CaseClockRow.case_id.in_(wanted)).order_by(CaseClockRow.id)
    ):
        out[row.case_id].append(row)
    return out


def running_clocks_due(session: Session, by: datetime, *, not_escalated: bool = False) -> list[CaseClockRow]:
    """Running clocks whose due time (as last computed) is at or before ``by`` (``not_escalated``:
    only those nobody was told about yet)."""
    query = select(CaseClockRow).where(
        CaseClockRow.stopped_at.is_(None), CaseClockRow.due_at.is_not(None), CaseClockRow.due_at <= by
    )
    if not_escalated:
        query = query.where(CaseClockRow.escalated_at.is_(None))
    return list(session.scalars(query.order_by(CaseClockRow.due_at, CaseClockRow.id)))


def mark_escalated(session: Session, clock_id: int, at: datetime, to_id: int | None) -> bool:
    """Mark a clock escalated unless it already was (compare-and-set: two desks escalate it once)."""
    done = session.execute(
        update(CaseClockRow)
        .where(CaseClockRow.id == clock_id, CaseClockRow.escalated_at.is_(None))
        .values(escalated_at=at, escalated_to_id=to_id)
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(done, "rowcount", 0))


# ------------------------------------------------------------------------------------ mailbox cursor
def mailbox_cursor(session: Session, account_key: str) -> CaseMailboxCursorRow | None:
    return session.get(CaseMailboxCursorRow, account_key)


def save_mailbox_cursor(
    session: Session, account_key: str, uidvalidity: int, last_uid: int
) -> CaseMailboxCursorRow:
    row = session.get(CaseMailboxCursorRow, account_key)
    if row is None:
        row = CaseMailboxCursorRow(account_key=account_key)
        session.add(row)
    row.uidvalidity = uidvalidity
    row.last_uid = last_uid
    session.flush()
    return row


# ------------------------------------------------------------------------------------ people
def person_row(session: Session, person_id: int) -> PersonRow | None:
    return session.get(PersonRow, person_id)


def person_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    query = select(PersonRow.id, PersonRow.name).where(PersonRow.id.in_(wanted))
    return {int(i): str(n) for i, n in session.execute(query)}


# ------------------------------------------------------------------------------------ knowledge base
def kb_entries(session: Session, include_inactive: bool = False) -> list[KbEntryRow]:
    query = select(KbEntryRow).order_by(KbEntryRow.title, KbEntryRow.id)
    if not include_inactive:
        query = query.where(KbEntryRow.active.is_(True))
    return list(session.scalars(query))


def kb_entry(session: Session, entry_id: int) -> KbEntryRow | None:
    return session.get(KbEntryRow, entry_id)


def add_kb_entry(session: Session, **values: Any) -> KbEntryRow:
    row = KbEntryRow(**values)
    session.add(row)
    session.flush()
    return row


def add_kb_version(session: Session, **values: Any) -> KbEntryVersionRow:
    row = KbEntryVersionRow(**values)
    session.add(row)
    session.flush()
    return row


def kb_versions(session: Session, entry_id: int) -> list[KbEntryVersionRow]:
    return list(
        session.scalars(
            select(KbEntryVersionRow)
            .where(KbEntryVersionRow.entry_id == entry_id)
            .order_by(KbEntryVersionRow.number)
        )
    )


def kb_version(session: Session, entry_id: int, number: int) -> KbEntryVersionRow | None:
    return session.scalars(
        select(KbEntryVersionRow).where(
            KbEntryVersionRow.entry_id == entry_id, KbEntryVersionRow.number == number
        )
    ).first()
