"""Reading the audit log and naming what it refers to. Reads only: entries are written by the audit
listener and sealed into the hash chain by ``persistence.audit``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from sqlalchemy import Connection, Integer, Select, String, Text, case, cast, func, literal, select, union_all
from sqlalchemy.orm import Session

from commdesk.persistence.models import AuditRow, Base


def history(session: Session, entity: str, entity_id: str) -> list[AuditRow]:
    """Every entry about one record, oldest first."""
    return list(
        session.scalars(
            select(AuditRow)
            .where(AuditRow.entity == entity, AuditRow.entity_id == entity_id)
            .order_by(AuditRow.id)
        )
    )


def entries(
    session: Session,
    since: datetime | None = None,
    until: datetime | None = None,
    entity: str | None = None,
    actor: str | None = None,
    text: str | None = None,
    limit: int | None = None,
) -> list[AuditRow]:
    """The log, newest first: from ``since`` (inclusive) to ``until`` (exclusive), of one table, by
    one person (by name), with ``text`` in a field name, a value or the note."""
    q = select(AuditRow).order_by(AuditRow.id.desc())
    if since is not None:
        q = q.where(AuditRow.at >= since)
    if until is not None:
        q = q.where(AuditRow.at < until)
    if entity:
        q = q.where(AuditRow.entity == entity)
    if actor:
        q = q.where(AuditRow.actor_name == actor)
    if text:
        like = f"%{text}%"
        q = q.where(
            AuditRow.old.like(like)
            | AuditRow.new.like(like)
            | AuditRow.note.like(like)
            | AuditRow.field.like(like)
        )
    if limit:
        q = q.limit(limit)
    return list(session.scalars(q))


def _between(q, since: datetime | None, until: datetime | None, upto: int | None):
    if since is not None:
        q = q.where(AuditRow.at >= since)
    if until is not None:
        q = q.where(AuditRow.at < until)
    if upto is not None:
        q = q.where(AuditRow.id <= upto)
    return q


def span(
    session: Session, since: datetime | None = None, until: datetime | None = None
) -> tuple[int, datetime | None, datetime | None, int | None, bool]:
    """(entries, oldest instant, newest instant, last id, whether any carries a note) of the log
    from ``since`` (inclusive) to ``until`` (exclusive), in one statement."""
    noted = func.max(case((func.coalesce(AuditRow.note, "") != "", 1), else_=0))
    q = _between(
        select(func.count(), func.min(AuditRow.at), func.max(AuditRow.at), func.max(AuditRow.id), noted),
        since,
        until,
        None,
    )
    count, oldest, newest, last, notes = session.execute(q).one()
    return int(count), _aware(oldest), _aware(newest), last, bool(notes)


def _aware(at: datetime | None) -> datetime | None:
    return at if at is None or at.tzinfo is not None else at.replace(tzinfo=UTC)


def actors(session: Session, since: datetime | None, until: datetime | None, upto: int | None) -> list[str]:
    """The names of the people who wrote the entries in that part of the log, sorted."""
    q = _between(select(AuditRow.actor_name).distinct(), since, until, upto)
    return sorted(name for name in session.scalars(q) if name)


def page(
    session: Session,
    since: datetime | None,
    until: datetime | None,
    upto: int | None,
    after: tuple[datetime, int] | None,
    size: int,
) -> list[AuditRow]:
    """Up to ``size`` entries newest first (by time, then id), older than ``after`` (the last
    entry of the previous page: (at, id)) and with an id up to ``upto`` (the log as it was when
    the reading began). Keyset paging on the ``at`` index: every page costs the same."""
    q = _between(select(AuditRow), since, until, upto).order_by(AuditRow.at.desc(), AuditRow.id.desc())
    if after is not None:
        at, last = after
        q = q.where(AuditRow.at <= at, (AuditRow.at < at) | (AuditRow.id < last))
    return list(session.scalars(q.limit(size)))


def referenced_tables(entity: str, field: str | None) -> list[str] | None:
    """The tables ``field`` of table ``entity`` points to (its foreign keys); None when ``entity``
    is not one of commdesk's tables."""
    table = Base.metadata.tables.get(entity)
    if table is None:
        return None
    if not field or field not in table.c:
        return []
    return [fk.column.table.name for fk in table.c[field].foreign_keys]


def record_titles(
    session: Session, wanted: Mapping[str, set[int]], title_columns: Sequence[str]
) -> dict[tuple[str, str], str]:
    """``(table, id) -> text`` of the first of ``title_columns`` each table has, for the records
    ``wanted`` (tables with one integer key only; others are left out, as are empty texts)."""
    tables = Base.metadata.tables
    terms: list[Select] = []
    for name, ids in wanted.items():
        table = tables.get(name)
        if table is None:
            continue
        pk = list(table.primary_key.columns)
        title = next((table.c[c] for c in title_columns if c in table.c), None)
        if title is None or len(pk) != 1 or not isinstance(pk[0].type, Integer):
            continue
        ordered = sorted(ids)
        for start in range(0, len(ordered), 500):
            terms.append(
                select(literal(name, String()), pk[0], cast(title, Text())).where(
                    pk[0].in_(ordered[start : start + 500])
                )
            )
    # every table's records in one statement (a statement per table was a round trip each to a
    # server), at most 50 tables' parts per UNION ALL
    out: dict[tuple[str, str], str] = {}
    for start in range(0, len(terms), 50):
        part = terms[start : start + 50]
        query = part[0] if len(part) == 1 else union_all(*part)
        for name, key, text in session.execute(query):
            if text:
                out[(str(name), str(key))] = str(text)
    return out


def last_restore(conn: Connection) -> tuple[int, datetime] | None:
    """(sequence number, instant) of the newest sealed entry that records a restore of the database."""
    last = conn.execute(
        select(AuditRow.seq, AuditRow.at)
        .where(AuditRow.entity == "database", AuditRow.action == "restore", AuditRow.seq.is_not(None))
        .order_by(AuditRow.seq.desc())
        .limit(1)
    ).first()
    if last is None or last.seq is None:
        return None
    return last.seq, last.at.replace(tzinfo=last.at.tzinfo or UTC)
