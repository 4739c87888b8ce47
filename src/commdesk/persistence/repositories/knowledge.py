"""The knowledge base of the cases desk in the database: entries, their versions and the version
a reviewer approved (what the hotline's call screen offers).

Functions take a Session and flush; the service commits. An office keeps hundreds of entries, not
millions: the search reads the approved texts whose title or body contains the typed words, and
the service adds what SQL cannot match (pinyin of the titles).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from commdesk.persistence.models.cases import CaseCategoryRow, KbEntryRow, KbEntryVersionRow

#: The audit log's entity name of a knowledge-base entry.
KB_ENTITY = "kb_entries"


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped.casefold()}%"


def entries(
    session: Session, *, words: Iterable[str] = (), include_inactive: bool = False, limit: int | None = None
) -> list[KbEntryRow]:
    """Entries (their latest text) whose title or body contains every one of ``words``, by title."""
    query = select(KbEntryRow).order_by(KbEntryRow.title, KbEntryRow.id)
    if not include_inactive:
        query = query.where(KbEntryRow.active.is_(True))
    for word in words:
        pattern = _like(word)
        query = query.where(
            or_(
                func.lower(KbEntryRow.title).like(pattern, escape="\\"),
                func.lower(KbEntryRow.body).like(pattern, escape="\\"),
            )
        )
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


def approved(
    session: Session, *, words: Iterable[str] = (), limit: int | None = None
) -> list[tuple[KbEntryRow, KbEntryVersionRow]]:
    """Active entries with an approved version, with that version (its text is what is offered),
    whose approved title or body contains every one of ``words``; by title."""
    query = (
        select(KbEntryRow, KbEntryVersionRow)
        .join(
            KbEntryVersionRow,
            and_(
                KbEntryVersionRow.entry_id == KbEntryRow.id,
                KbEntryVersionRow.number == KbEntryRow.approved_number,
            ),
        )
        .where(KbEntryRow.active.is_(True), KbEntryRow.approved_number.is_not(None))
        .order_by(KbEntryVersionRow.title, KbEntryRow.id)
    )
    for word in words:
        pattern = _like(word)
        query = query.where(
            or_(
                func.lower(KbEntryVersionRow.title).like(pattern, escape="\\"),
                func.lower(KbEntryVersionRow.body).like(pattern, escape="\\"),
            )
        )
    if limit is not None:
        query = query.limit(limit)
    return [(e, v) for e, v in session.execute(query)]


def entry(session: Session, entry_id: int) -> KbEntryRow | None:
    return session.get(KbEntryRow, entry_id)


def add_entry(session: Session, **values: Any) -> KbEntryRow:
    row = KbEntryRow(**values)
    session.add(row)
    session.flush()
    return row


def add_version(session: Session, **values: Any) -> KbEntryVersionRow:
    row = KbEntryVersionRow(**values)
    session.add(row)
    session.flush()
    return row


def versions(session: Session, entry_id: int) -> list[KbEntryVersionRow]:
    """Every version of an entry, the first one first."""
    return list(
        session.scalars(
            select(KbEntryVersionRow)
            .where(KbEntryVersionRow.entry_id == entry_id)
            .order_by(KbEntryVersionRow.number)
        )
    )


def version(session: Session, entry_id: int, number: int) -> KbEntryVersionRow | None:
    return session.scalars(
        select(KbEntryVersionRow).where(
            KbEntryVersionRow.entry_id == entry_id, KbEntryVersionRow.number == number
        )
    ).first()


def latest_versions(session: Session, entry_ids: Iterable[int]) -> dict[int, KbEntryVersionRow]:
    """The latest version of each entry (who wrote it: the four eyes look at them)."""
    wanted = sorted(set(entry_ids))
    if not wanted:
        return {}
    out: dict[int, KbEntryVersionRow] = {}
    query = (
        select(KbEntryVersionRow)
        .join(KbEntryRow, KbEntryRow.id == KbEntryVersionRow.entry_id)
        .where(KbEntryVersionRow.entry_id.in_(wanted), KbEntryVersionRow.number == KbEntryRow.number)
    )
    for row in session.scalars(query):
        out[row.entry_id] = row
    return out


def category_names(session: Session, ids: Iterable[int | None]) -> dict[int, CaseCategoryRow]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    return {r.id: r for r in session.scalars(select(CaseCategoryRow).where(CaseCategoryRow.id.in_(wanted)))}
