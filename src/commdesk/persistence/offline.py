"""A server database's offline snapshot: a local SQLite file with what one person needs away from it.

The snapshot has commdesk's full schema (made by the migrations) but holds only that person's
meetings of the coming days (as organiser or participant) with their participants, agenda, minutes,
series and the series' open actions, the people and contacts those name, the organisation's
settings, and the person themselves. Two tables exist only in snapshot files (their own DDL, never
in a server's schema): ``offline_meta`` (what the snapshot is: server, person, when taken, the
server's row versions of what it holds) and ``offline_journal`` (the writes made offline, in order,
to be replayed on the server through the same services).

While a snapshot is open, ``guard_writes`` refuses every statement that writes unless an offline
operation is in progress (``offline_operation``); a journaled session (``journaled_sessions``)
appends that operation to the journal in the very transaction that wrote its rows, so a crash
leaves either both or neither.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    event,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from commdesk.core.errors import CommdeskError
from commdesk.persistence.models import Base
from commdesk.persistence.models.meetings import MeetingRow
from commdesk.persistence.unit_of_work import written_tables

# ------------------------------------------------------------------------------ snapshot-only tables
OFFLINE_METADATA = MetaData()

META = Table(
    "offline_meta",
    OFFLINE_METADATA,
    Column("key", String(60), primary_key=True),
    Column("value", Text, nullable=False),  # JSON
)

JOURNAL = Table(
    "offline_journal",
    OFFLINE_METADATA,
    Column("id", Integer, primary_key=True),  # the order the writes were made in
    Column("op", String(40), nullable=False),  # what was done (services.offline names them)
    Column("args", Text, nullable=False),  # JSON: the draft or meeting as the service received it
    Column("base", Text, nullable=False, default="null"),  # JSON: the version it was made against
    Column("created", Text, nullable=False, default="{}"),  # JSON: {table: [local ids it created]}
    Column("person_id", Integer, nullable=True),
    Column("person_login", String(63), nullable=True),
    Column("person_name", String(200), nullable=False, default=""),
    Column("written_at", String(40), nullable=False),  # ISO 8601, UTC
    # pending -> done | superseded (a later save of the same minutes carries it) | conflict | refused
    # (both wait for a decision) -> done | dropped
    Column("state", String(20), nullable=False, default="pending"),
    Column("message", Text, nullable=False, default=""),  # why it waits: in words
    Column("theirs", Text, nullable=True),  # JSON: the server's version met by a conflict
    Column("server_ids", Text, nullable=True),  # JSON: {table: [server ids]} once applied
    Column("decided_at", String(40), nullable=True),
)

#: States of journal entries that still need something: sent, or decided by the person.
OPEN_STATES = ("pending", "conflict", "refused")
WAITING_STATES = ("conflict", "refused")

#: The tables whose rows the snapshot records the server's versions of.
VERSIONED = ("meetings", "meeting_minutes", "meeting_actions", "meeting_series", "meeting_action_reviews")


def snapshot_path(keyring_key: str) -> Path:
    """Where the snapshot of the server ``keyring_key`` names lives: the private data folder."""
    from commdesk.paths import data_dir

    digest = hashlib.sha256(keyring_key.encode("utf-8")).hexdigest()[:20]
    return data_dir() / "offline" / f"{digest}.sqlite3"


# ------------------------------------------------------------------------------------ write guard
@dataclass
class OfflineOperation:
    """A write allowed offline, while its service call runs (``offline_operation``)."""

    op: str
    args: Any  # JSON-ready
    base: Any  # JSON-ready
    person_id: int | None
    person_login: str | None
    person_name: str
    at: datetime
    created: dict[str, list[int]] = field(default_factory=dict)
    journal_id: int | None = None


_CURRENT: ContextVar[OfflineOperation | None] = ContextVar("commdesk_offline_op", default=None)


@contextlib.contextmanager
def offline_operation(op: OfflineOperation) -> Iterator[OfflineOperation]:
    """Allow writes on a snapshot for the duration of the block (this thread), journaled as ``op``."""
    token = _CURRENT.set(op)
    try:
        yield op
    finally:
        _CURRENT.reset(token)


class OfflineRefused(CommdeskError):
    """A write that waits for the server: offline, only minutes and planning a meeting are kept."""


def guard_writes(engine: Engine, refusal: Callable[[], str]) -> None:
    """Refuse every statement on ``engine`` that writes rows, unless an offline operation runs."""

    def check(conn, cursor, statement, parameters, context, executemany) -> None:
        if _CURRENT.get() is None and conn.info.get("offline_building") is None and written_tables(statement):
            raise OfflineRefused(refusal())

    event.listen(engine, "before_cursor_execute", check)


def journaled_sessions(engine: Engine, base: sessionmaker[Session]) -> sessionmaker[Session]:
    """``base``'s sessions on a snapshot: a transaction made by an offline operation appends that
    operation (and the ids it created) to the journal just before it commits."""

    def collect(session: Session, _ctx) -> None:
        op = _CURRENT.get()
        if op is None:
            return
        for obj in session.new:
            table = getattr(obj, "__tablename__", None)
            ident = getattr(obj, "id", None)
            if isinstance(table, str) and isinstance(ident, int):
                op.created.setdefault(table, []).append(ident)
        session.info["offline_wrote"] = True

    def append(session: Session) -> None:
        op = _CURRENT.get()
        if op is None:
            return
        session.flush()
        if not session.info.pop("offline_wrote", False) or op.journal_id is not None:
            return
        result = session.connection().execute(
            insert(JOURNAL).values(
                op=op.op,
                args=json.dumps(op.args, ensure_ascii=False),
                base=json.dumps(op.base),
                created=json.dumps(op.created),
                person_id=op.person_id,
                person_login=op.person_login,
                person_name=op.person_name,
                written_at=op.at.astimezone(UTC).isoformat(),
                state="pending",
                message="",
            )
        )
        key = result.inserted_primary_key
        op.journal_id = int(key[0]) if key is not None else 0

    sessions = sessionmaker(bind=engine, expire_on_commit=False, future=True, class_=base.class_)
    event.listen(sessions, "after_flush", collect)
    event.listen(sessions, "before_commit", append)
    return sessions


# ------------------------------------------------------------------------------------ the journal
@dataclass(frozen=True)
class JournalEntry:
    id: int
    op: str
    args: Any
    base: Any
    created: dict[str, list[int]]
    person_id: int | None
    person_login: str | None
    person_name: str
    written_at: datetime
    state: str
    message: str
    theirs: Any
    server_ids: dict[str, list[int]] | None


def _entry(row) -> JournalEntry:
    return JournalEntry(
        row.id,
        row.op,
        json.loads(row.args),
        json.loads(row.base or "null"),
        json.loads(row.created or "{}"),
        row.person_id,
        row.person_login,
        row.person_name,
        datetime.fromisoformat(row.written_at),
        row.state,
        row.message or "",
        json.loads(row.theirs) if row.theirs else None,
        json.loads(row.server_ids) if row.server_ids else None,
    )


def journal(conn: Connection, states: tuple[str, ...] | None = None) -> list[JournalEntry]:
    """The journal's entries in the order they were written (only those in ``states`` if given)."""
    query = select(JOURNAL).order_by(JOURNAL.c.id)
    if states is not None:
        query = query.where(JOURNAL.c.state.in_(states))
    return [_entry(r) for r in conn.execute(query)]


def set_state(
    conn: Connection,
    entry_id: int,
    state: str,
    *,
    message: str = "",
    theirs: Any = None,
    server_ids: dict[str, list[int]] | None = None,
    at: datetime | None = None,
) -> None:
    values: dict[str, Any] = {"state": state, "message": message}
    if theirs is not None:
        values["theirs"] = json.dumps(theirs, ensure_ascii=False)
    if server_ids is not None:
        values["server_ids"] = json.dumps(server_ids)
    if at is not None:
        values["decided_at"] = at.astimezone(UTC).isoformat()
    conn.info["offline_building"] = True  # bookkeeping of the journal, not an offline write
    try:
        conn.execute(update(JOURNAL).where(JOURNAL.c.id == entry_id).values(**values))
    finally:
        conn.info.pop("offline_building", None)


def read_meta(conn: Connection) -> dict[str, Any]:
    return {r.key: json.loads(r.value) for r in conn.execute(select(META))}


def is_snapshot(conn: Connection) -> bool:
    from sqlalchemy import inspect

    return inspect(conn).has_table("offline_meta")


# ------------------------------------------------------------------------------------ building
@dataclass(frozen=True)
class SnapshotContent:
    """What a snapshot was made of (counts per table) and its metadata."""

    counts: dict[str, int]
    meta: dict[str, Any]


def _t(name: str) -> Table:
    return Base.metadata.tables[name]


def _rows(src: Connection, table: Table, where) -> list[dict]:
    return [dict(r._mapping) for r in src.execute(select(table).where(where))] if where is not None else []


def _in(column, ids) -> Any:
    ids = sorted({i for i in ids if i is not None})
    return column.in_(ids) if ids else None


def select_snapshot_rows(
    src: Connection, person_id: int, now: datetime, days: int = 14
) -> dict[str, list[dict]]:
    """The rows a snapshot for ``person_id`` holds, per table: their meetings from a day ago to
    ``days`` ahead (not cancelled) as organiser or participant, and what those need."""
    meetings = _t("meetings")
    participants = _t("meeting_participants")
    actions = _t("meeting_actions")
    mine = select(participants.c.meeting_id).where(participants.c.person_id == person_id)
    window_ids = [
        r[0]
        for r in src.execute(
            select(meetings.c.id).where(
                meetings.c.start >= now - timedelta(days=1),
                meetings.c.start <= now + timedelta(days=days),
                meetings.c.cancelled.is_(False),
                or_(meetings.c.organiser_id == person_id, meetings.c.id.in_(mine)),
            )
        )
    ]
    out: dict[str, list[dict]] = {}
    window = _rows(src, meetings, _in(meetings.c.id, window_ids))
    series_ids = {m["series_id"] for m in window} - {None}
    # the series' open actions (carried to the next meeting's review) and the actions reviewed here
    open_actions = (
        _rows(
            src,
            actions,
            and_(
                actions.c.meeting_id.in_(
                    select(meetings.c.id).where(meetings.c.series_id.in_(sorted(series_ids)))
                ),
                actions.c.status.in_(("open", "in_progress")),
            ),
        )
        if series_ids
        else []
    )
    reviews = _rows(
        src, _t("meeting_action_reviews"), _in(_t("meeting_action_reviews").c.meeting_id, window_ids)
    )
    own_actions = _rows(src, actions, _in(actions.c.meeting_id, window_ids))
    known = {a["id"] for a in open_actions + own_actions}
    reviewed = _rows(src, actions, _in(actions.c.id, {r["action_id"] for r in reviews} - known))
    all_actions = {a["id"]: a for a in open_actions + own_actions + reviewed}
    origin_ids = {a["meeting_id"] for a in all_actions.values()} - set(window_ids)
    origins = _rows(src, meetings, _in(meetings.c.id, origin_ids))
    all_meeting_ids = set(window_ids) | origin_ids
    series_ids |= {m["series_id"] for m in origins} - {None}
    series = _rows(src, _t("meeting_series"), _in(_t("meeting_series").c.id, series_ids))
    parts = _rows(src, participants, _in(participants.c.meeting_id, all_meeting_ids))
    agenda = _rows(
        src, _t("meeting_agenda_items"), _in(_t("meeting_agenda_items").c.meeting_id, all_meeting_ids)
    )
    minutes_t = _t("meeting_minutes")
    minutes = _rows(src, minutes_t, _in(minutes_t.c.meeting_id, window_ids))
    entries_t = _t("meeting_minute_entries")
    entries = _rows(src, entries_t, _in(entries_t.c.minutes_id, {m["id"] for m in minutes}))
    every_meeting = window + origins
    person_ids = {person_id}
    person_ids |= {m["organiser_id"] for m in every_meeting}
    person_ids |= {p["person_id"] for p in parts}
    person_ids |= {a["owner_person_id"] for a in all_actions.values()}
    person_ids |= {m["approved_by_id"] for m in minutes}
    people_t = _t("people")
    people = _rows(src, people_t, _in(people_t.c.id, person_ids))
    for p in people:  # no one's passphrase leaves the server; only the snapshot's person keeps a login
        p["passphrase_hash"] = None
        if p["id"] != person_id:
            p["login"] = None
    present = {p["id"] for p in people}
    contact_ids = {p["contact_id"] for p in parts} | {a["owner_contact_id"] for a in all_actions.values()}
    out.update(_contacts(src, contact_ids, present))
    settings_t = _t("settings")
    out["settings"] = _rows(src, settings_t, settings_t.c.key.like("org.%"))
    out["people"] = people
    out["meeting_series"] = series
    out["meetings"] = every_meeting
    out["meeting_participants"] = parts
    out["meeting_agenda_items"] = agenda
    out["meeting_minutes"] = minutes
    out["meeting_minute_entries"] = entries
    out["meeting_actions"] = list(all_actions.values())
    out["meeting_action_reviews"] = [r for r in reviews if r["action_id"] in all_actions]
    return out


def _contacts(src: Connection, contact_ids: set, people: set[int]) -> dict[str, list[dict]]:
    """The contacts named, with their e-mails, phones, beats, outlets and do-not-contact marks."""
    contacts_t = _t("contacts")
    contacts = _rows(src, contacts_t, _in(contacts_t.c.id, contact_ids))
    for c in contacts:
        if c.get("owner_id") not in people:
            c["owner_id"] = None
    ids = {c["id"] for c in contacts}
    out: dict[str, list[dict]] = {"contacts": contacts}
    for name in ("contact_emails", "contact_phones", "contact_beats", "contact_outlets", "contact_consents"):
        table = Base.metadata.tables[name]
        rows = _rows(src, table, _in(table.c.contact_id, ids))
        for r in rows:
            if "set_by_id" in r and r["set_by_id"] not in people:
                r["set_by_id"] = None
        out[name] = rows
    outlets = Base.metadata.tables["outlets"]
    out["outlets"] = _rows(src, outlets, _in(outlets.c.id, {r["outlet_id"] for r in out["contact_outlets"]}))
    return out


def write_snapshot_rows(dst: Connection, rows: dict[str, list[dict]], meta: dict[str, Any]) -> dict[str, int]:
    """Into a new, migrated snapshot (inside ``dst``'s transaction): the rows, the contacts' search
    index, the snapshot tables and ``meta`` with the server's row versions added."""
    from commdesk.persistence import health

    dst.info["offline_building"] = True
    try:
        OFFLINE_METADATA.create_all(dst)
        counts: dict[str, int] = {}
        for table in Base.metadata.sorted_tables:
            batch = rows.get(table.name) or []
            if batch:
                dst.execute(insert(table), batch)
            counts[table.name] = len(batch)
        health.rebuild_contact_search(dst)
        versions = {
            name: {str(r["id"]): r.get("version", 0) for r in rows.get(name) or []} for name in VERSIONED
        }
        meta = {**meta, "versions": versions, "counts": {k: v for k, v in counts.items() if v}}
        dst.execute(
            insert(META), [{"key": k, "value": json.dumps(v, ensure_ascii=False)} for k, v in meta.items()]
        )
    finally:
        dst.info.pop("offline_building", None)
    return counts


def carry_journal(dst: Connection, entries: list[JournalEntry]) -> None:
    """Entries of an older snapshot that still wait (a conflict, a refusal) into the new one."""
    if not entries:
        return
    dst.info["offline_building"] = True
    try:
        dst.execute(
            insert(JOURNAL),
            [
                {
                    "id": e.id,
                    "op": e.op,
                    "args": json.dumps(e.args, ensure_ascii=False),
                    "base": json.dumps(e.base),
                    "created": json.dumps(e.created),
                    "person_id": e.person_id,
                    "person_login": e.person_login,
                    "person_name": e.person_name,
                    "written_at": e.written_at.isoformat(),
                    "state": e.state,
                    "message": e.message,
                    "theirs": json.dumps(e.theirs, ensure_ascii=False) if e.theirs is not None else None,
                    "server_ids": json.dumps(e.server_ids) if e.server_ids is not None else None,
                }
                for e in entries
            ],
        )
    finally:
        dst.info.pop("offline_building", None)


def snapshot_engine(path: Path) -> Engine:
    """An engine on the snapshot file ``path`` (WAL, private file, as every commdesk database)."""
    from commdesk.persistence.db import DatabaseTarget, make_engine, sqlite_url

    return make_engine(DatabaseTarget(sqlite_url(path), str(path)))


def replace_snapshot(new: Path, dest: Path) -> None:
    """Put the finished snapshot ``new`` in place of ``dest`` in one rename (its WAL checkpointed and
    gone first, and the old file's leftovers removed, so no old log is ever read into the new file)."""
    for suffix in ("-wal", "-shm"):
        Path(str(dest) + suffix).unlink(missing_ok=True)
    os.replace(new, dest)
    with contextlib.suppress(OSError):  # the folder's entry is durable once synced (not on Windows)
        fd = os.open(dest.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def checkpoint(engine: Engine) -> None:
    """Everything of the WAL into the file itself and the WAL emptied (before a rename)."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.exec_driver_sql("PRAGMA journal_mode=DELETE")


def meeting_outline(conn: Connection, meeting_id: int) -> dict[str, list[str]]:
    """What minutes refer to by position: the meeting's agenda titles and participants' names."""
    agenda = _t("meeting_agenda_items")
    parts = _t("meeting_participants")
    return {
        "agenda": list(
            conn.execute(
                select(agenda.c.title).where(agenda.c.meeting_id == meeting_id).order_by(agenda.c.position)
            ).scalars()
        ),
        "participants": list(
            conn.execute(
                select(parts.c.name).where(parts.c.meeting_id == meeting_id).order_by(parts.c.position)
            ).scalars()
        ),
    }


def meeting_by_uid(conn: Connection, uid: str) -> int | None:
    """The id of the meeting with this calendar uid, if the database holds one."""
    meetings = Base.metadata.tables["meetings"]
    return conn.execute(select(meetings.c.id).where(meetings.c.uid == uid)).scalar()


def noting_offline(base: sessionmaker[Session], note: str, meeting_id: int | None) -> sessionmaker[Session]:
    """``base``'s sessions whose first flush that writes also records in the audit log that the
    write was made offline (``note`` says when and by whom), on the meeting ``meeting_id`` (None:
    the meeting this transaction creates), in the same transaction."""
    from commdesk.persistence.audit import record_event

    def noted(session: Session, _ctx) -> None:
        if session.info.get("offline_noted"):
            return
        target = meeting_id
        if target is None:
            target = next((o.id for o in session.new if isinstance(o, MeetingRow)), None)
        if target is None:
            return
        session.info["offline_noted"] = True
        record_event(session, "meetings", target, "offline", note=note)

    sessions = sessionmaker(bind=base.kw["bind"], expire_on_commit=False, future=True, class_=base.class_)
    event.listen(sessions, "after_flush", noted)
    return sessions


# ------------------------------------------------------------------------------------ in use
class SnapshotInUse(CommdeskError):
    """The snapshot is open in a commdesk working offline: it is not replaced under it."""


def _lock_file(path: Path):
    from commdesk.core.files import private_file

    return open(private_file(path.with_name(path.name + ".lock")), "rb")


def hold_while_open(engine: Engine, path: Path) -> None:
    """While ``engine`` (working offline on the snapshot ``path``) is not disposed, the snapshot is
    in use: a shared lock that ``replacing`` waits for in vain, so a refresh never swaps the file
    under a desk still writing to it (its writes would go to the replaced file). Released when the
    engine is disposed or the process ends (also by a crash)."""
    try:
        import fcntl
    except ImportError:  # no advisory locks (Windows): the window's own order keeps them apart
        return
    handle = _lock_file(path)
    fcntl.flock(handle, fcntl.LOCK_SH)

    def release(_engine) -> None:
        if not handle.closed:
            handle.close()

    event.listen(engine, "engine_disposed", release)


@contextlib.contextmanager
def replacing(path: Path, message: Callable[[], str]) -> Iterator[None]:
    """Hold the snapshot ``path`` for replacing it: refused (``SnapshotInUse``, ``message()``) while
    a commdesk works offline on it."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    handle = _lock_file(path)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise SnapshotInUse(message()) from exc
        yield
    finally:
        handle.close()
