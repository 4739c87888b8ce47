"""Writes the audit log for every flush: one row per changed field, with who and when (P-7).

The unit of work puts the actor into ``session.info["actor"]`` (an ``(id, name)`` pair) and a fresh
transaction id into ``session.info["txn"]`` (a session without one is given one: ``transaction_id``).
Models opt in with ``__audited__ = True``. Named events (a warning overridden with a reason, a
merge, a login) go through ``record_event``.

The log is a hash chain (tamper-evident): entries are written without their place in the chain,
and ``seal`` gives them one when their transaction commits (a ``before_commit`` hook of every
session; code that writes audit rows on a bare connection calls ``seal`` itself). It seals the
entries of that transaction only (its ``txn``), never any other entry without a place: one slipped
into the table by hand stays outside the chain, named by ``verify_chain``, however many saves
follow. Sealing takes the chain's tail under a lock held until the commit (PostgreSQL: a
transaction advisory lock; SQLite: the database's write lock, which the transaction holds already
since it wrote the rows), so concurrent writers chain one after the other in commit order and
never fork the chain. ``verify_chain`` walks the chain and names the first entry that does not fit.

A hash chain alone cannot see its newest entries cut off: what is left still chains. So ``seal``
also records the chain's head (its last place and link) outside the log, in the ``settings`` row
``audit.head``, in the same transaction; ``verify_chain`` compares the log's end with it. A seal that
finds the log's end no longer where the record says leaves the record alone (the evidence stays).
Someone who cuts the log and rewrites that row too is caught by the head each computer keeps of
the databases it has seen (``services.audit``), as far as that computer saw.
"""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
import weakref
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import Table, event, func, insert, inspect, select, text, update
from sqlalchemy.orm import Session

from commdesk.persistence.models.base import Base, utcnow
from commdesk.persistence.models.foundation import AuditRow, SettingRow

# the audit table as a Core Table (the ORM class's __table__ is typed as any FromClause)
_AUDIT_TABLE = cast(Table, AuditRow.__table__)

REDACTED = "(changed)"


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Enum):
        value = value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray)):
        return f"({len(value)} bytes)"
    if isinstance(value, (int, float, Decimal, bool)):
        return json.dumps(value) if isinstance(value, bool) else str(value)
    return str(value)


def _identity(obj: Base) -> str:
    ident = inspect(obj).mapper.primary_key_from_instance(obj)
    return ",".join("?" if v is None else str(v) for v in ident)


def entity_name(obj_or_cls: Any) -> str:
    cls = obj_or_cls if isinstance(obj_or_cls, type) else type(obj_or_cls)
    return getattr(cls, "__tablename__", cls.__name__)


def _rows_for(obj: Base, action: str, actor: tuple[int | None, str], txn: str) -> list[dict]:
    state = inspect(obj)
    mapper = state.mapper
    rows = []
    base = {
        "at": utcnow(),
        "txn": txn,
        "actor_id": actor[0],
        "actor_name": actor[1],
        "entity": entity_name(obj),
        "entity_id": _identity(obj),
        "action": action,
        "note": None,
    }
    pk = {c.key for c in mapper.primary_key}
    for attr in mapper.column_attrs:
        key = attr.key
        if key in obj.__audit_ignore__ or (key in pk and action != "delete"):
            continue
        hist = state.attrs[key].history
        if action == "create":
            new = getattr(obj, key)
            if new is None or new == "":
                continue
            old = None
        elif action == "delete":
            old = hist.unchanged[0] if hist.unchanged else (hist.deleted[0] if hist.deleted else None)
            if old is None or old == "":
                continue
            new = None
        else:
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old == new:
                continue
        if key in obj.__audit_redact__:
            old = REDACTED if old is not None else None
            new = REDACTED if new is not None else None
        rows.append({**base, "field": key, "old": _text(old), "new": _text(new)})
    if not rows:  # a create with nothing set, or a delete of an empty record, still leaves a trace
        rows.append({**base, "field": None, "old": None, "new": None})
    return rows


def transaction_id(session: Session) -> str:
    """The id that marks this session's audit entries (the unit of work's, else a new one)."""
    return session.info.setdefault("txn", uuid.uuid4().hex)


def _after_flush(session: Session, flush_context) -> None:
    actor = session.info.get("actor", (None, "system"))
    txn = transaction_id(session)
    rows: list[dict] = []
    for obj in session.new:
        if getattr(obj, "__audited__", False):
            rows += _rows_for(obj, "create", actor, txn)
    for obj in session.dirty:
        if getattr(obj, "__audited__", False) and session.is_modified(obj, include_collections=False):
            rows += [r for r in _rows_for(obj, "update", actor, txn) if r["field"] is not None]
    for obj in session.deleted:
        if getattr(obj, "__audited__", False):
            rows += _rows_for(obj, "delete", actor, txn)
    if rows:
        session.connection().execute(insert(_AUDIT_TABLE), rows)
        session.info["audit_pending"] = True


def record_event(
    session: Session,
    entity: str,
    entity_id: Any,
    action: str,
    note: str | None = None,
    field: str | None = None,
    old: Any = None,
    new: Any = None,
) -> None:
    """A named event in the audit log (e.g. ``override`` of a procedure warning, with the reason)."""
    actor = session.info.get("actor", (None, "system"))
    session.connection().execute(
        insert(_AUDIT_TABLE),
        [
            {
                "at": utcnow(),
                "txn": transaction_id(session),
                "actor_id": actor[0],
                "actor_name": actor[1],
                "entity": entity,
                "entity_id": str(entity_id),
                "action": action,
                "field": field,
                "old": _text(old),
                "new": _text(new),
                "note": note,
            }
        ],
    )
    session.info["audit_pending"] = True


# ------------------------------------------------------------------------------------ the hash chain
#: PostgreSQL advisory lock that serialises sealing (any fixed number; "cdaudit1").
CHAIN_LOCK = int.from_bytes(b"cdaudit1", "big")
_T = _AUDIT_TABLE


@lru_cache(maxsize=4096)  # the entries of one flush or import share their time
def _at_text(at: datetime | str | None) -> str:
    if isinstance(at, str):  # a bare connection on SQLite hands back the stored text
        at = datetime.fromisoformat(at)
    if at is None:
        return ""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")


# What json.dumps(..., ensure_ascii=False[, separators=(",", ":")]) builds on every call, made once
# (sealing a 100,000-contact import hashes 200,000 texts). The format is frozen: see 0002_audit_chain.
_PAYLOAD_JSON = json.JSONEncoder(ensure_ascii=False).encode
_LINK_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def payload_digest(old: str | None, new: str | None, note: str | None) -> str:
    """SHA-256 of what an entry says changed (kept when an erasure blanks the text)."""
    return hashlib.sha256(_PAYLOAD_JSON([old, new, note]).encode("utf-8")).hexdigest()


def chain_link(previous: str, seq: int, row, digest: str) -> str:
    """SHA-256 of the previous entry's link and this entry's place, time, actor, record and digest."""
    content = [
        previous,
        seq,
        row.id,
        _at_text(row.at),
        row.txn,
        row.actor_id,
        row.actor_name,
        row.entity,
        row.entity_id,
        row.action,
        row.field,
        digest,
    ]
    return hashlib.sha256(_LINK_JSON(content).encode("utf-8")).hexdigest()


def _lock_chain(conn) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": CHAIN_LOCK})


def _tail(conn) -> Any:
    return conn.execute(
        select(_T.c.seq, _T.c.chain).where(_T.c.seq.is_not(None)).order_by(_T.c.seq.desc()).limit(1)
    ).first()


#: ``conn.info`` key: (txn, the chain's head before that transaction's first seal) when a
#: transaction sealed ahead (``ChainTail``), so the head watchers learn where its seals began
_BEFORE = "audit_chain_before"


#: Entries sealed per batch (a bulk import writes a million entries in one transaction).
_SEAL_BATCH = 5000

#: Execution option of the statement that records the chain's head in ``settings``: what changed
#: is the audit log's end (announced with ``audit_log``), not the organisation's settings, which
#: desks keep while nobody changes them (``ServiceContext.cached``).
HEAD_RECORD = "commdesk_audit_head"


def seal(conn, txn: str) -> int:
    """Give the entries written in this transaction (marked ``txn``) their place in the chain;
    returns how many. The lock it takes is held until the transaction ends, so call it right
    before the commit.

    Four statements for a unit of work's entries, each a round trip on a server: this transaction's
    entries together with the lock (on PostgreSQL: taken as they are read; nobody else writes them,
    so reading them needs no lock, and the read of the tail that follows, a statement of its own,
    sees every seal committed before the lock was granted), the chain's tail together with the
    head the last seal recorded, the entries' places, and the new head. Without entries to seal
    no lock is taken."""
    mine = (_T.c.seq.is_(None), _T.c.txn == txn)
    first = select(_T)
    if conn.dialect.name == "postgresql":  # granted again for each row read: the same lock, held once
        first = first.add_columns(func.pg_advisory_xact_lock(CHAIN_LOCK).label("chain_lock"))
    batch = conn.execute(first.where(*mine).order_by(_T.c.id).limit(_SEAL_BATCH)).all()
    if not batch:
        ahead = conn.info.pop(_BEFORE, None)
        if ahead is not None and ahead[0] == txn:  # sealed ahead, nothing since: its seals end here
            now = _tail(conn)
            conn.info["audit_sealed"] = (ahead[1], Head(now.seq, now.chain or ""))
        return 0
    tail, recorded = _tail_and_record(conn)
    seq, previous = (tail.seq, tail.chain) if tail is not None else (0, "")
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sealed = 0
    while batch:
        updates = []
        for row in batch:
            seq += 1
            digest = payload_digest(row.old, row.new, row.note)
            previous = chain_link(previous, seq, row, digest)
            updates.append((seq, digest, previous, row.id))
        conn.exec_driver_sql(
            f"UPDATE audit_log SET seq = {mark}, digest = {mark}, chain = {mark} WHERE id = {mark}", updates
        )
        sealed += len(updates)
        if len(batch) < _SEAL_BATCH:
            break
        last = batch[-1].id
        batch = conn.execute(
            select(_T).where(*mine, _T.c.id > last).order_by(_T.c.id).limit(_SEAL_BATCH)
        ).all()
    _record_head(conn, (tail.seq, tail.chain) if tail is not None else None, (seq, previous), recorded)
    before = tail
    ahead = conn.info.pop(_BEFORE, None)
    if ahead is not None and ahead[0] == txn:  # this transaction sealed ahead: its seals began there
        before = ahead[1]
    conn.info["audit_sealed"] = (before, Head(seq, previous))  # for the head watchers, after the commit
    return sealed


def _tail_and_record(conn) -> tuple[Head | None, Head | None]:
    """The chain's last sealed entry and the head the last seal recorded, in one statement (two
    when the log has no sealed entry yet)."""
    head_value = select(_S.c.value).where(_S.c.key == HEAD_KEY).scalar_subquery()
    row = conn.execute(
        select(_T.c.seq, _T.c.chain, head_value)
        .where(_T.c.seq.is_not(None))
        .order_by(_T.c.seq.desc())
        .limit(1)
    ).first()
    if row is None:
        return None, recorded_head(conn)
    return Head(row[0], row[1] or ""), _parse_head(row[2])


class _Entry:
    """The columns of an entry that ``chain_link`` reads."""

    __slots__ = ("action", "actor_id", "actor_name", "at", "entity", "entity_id", "field", "id", "txn")
    action: str
    actor_id: int | None
    actor_name: str
    at: datetime
    entity: str
    entity_id: str
    field: str | None
    id: int
    txn: str


class ChainTail:
    """Entries sealed as they are written, for a bulk writer on SQLite (``seal_ahead``): each
    ``link`` gives the next entry its id, place, digest and link, exactly what ``seal`` would give
    it at the commit. The entries a transaction wrote before are sealed first, so the chain keeps
    the order of the ids, as when everything is sealed at the commit."""

    def __init__(self, next_id: int, seq: int, previous: str):
        self.next_id, self.seq, self.previous = next_id, seq, previous

    def link(self, entry: _Entry, digest: str) -> tuple[int, int, str]:
        """(id, seq, chain) of the next entry (``entry``'s id is set here; ``digest`` is
        ``payload_digest`` of its old, new and note)."""
        entry.id = self.next_id
        self.seq += 1
        self.next_id += 1
        self.previous = chain_link(self.previous, self.seq, entry, digest)
        return entry.id, self.seq, self.previous


def seal_ahead(conn, txn: str) -> ChainTail | None:
    """SQLite: seal the entries transaction ``txn`` has written so far and return the chain's tail,
    so that a bulk writer can write further entries sealed (``ChainTail.link``) instead of reading
    them back and updating them at the commit. The transaction must hold the write lock already
    (it has written): nobody else can add to the chain until it ends. None elsewhere (a server's
    other writers seal in commit order, under a lock taken only at the commit)."""
    if conn.dialect.name != "sqlite":
        return None
    before = _tail(conn)
    seal(conn, txn)  # what this transaction wrote so far comes first, in the order of its ids
    conn.info[_BEFORE] = (txn, Head(before.seq, before.chain or "") if before is not None else None)
    conn.info.pop("audit_sealed", None)  # the seal at the commit says where this one began
    tail = _tail(conn)
    top = conn.execute(select(func.max(_T.c.id))).scalar()
    return ChainTail(
        (top or 0) + 1, tail.seq if tail is not None else 0, (tail.chain or "") if tail is not None else ""
    )


def entry(
    at: datetime, txn: str, actor: tuple[int | None, str], entity: str, entity_id: str, action: str
) -> _Entry:
    """An entry's columns as ``ChainTail.link`` reads them (its id is given by ``link``)."""
    e = _Entry()
    e.at, e.txn, e.actor_id, e.actor_name = at, txn, actor[0], actor[1]
    e.entity, e.entity_id, e.action, e.field = entity, entity_id, action, None
    return e


# ------------------------------------------------------------------------------- the recorded head
# The ``settings`` row that holds the chain's head as the last seal left it.
HEAD_KEY = "audit.head"
_S = cast(Table, SettingRow.__table__)


@dataclass(frozen=True)
class Head:
    seq: int
    chain: str

    def as_json(self) -> str:
        return json.dumps({"seq": self.seq, "chain": self.chain})


def recorded_head(conn) -> Head | None:
    """The head the last seal recorded in the database (None: no seal since this was introduced)."""
    return _parse_head(conn.execute(select(_S.c.value).where(_S.c.key == HEAD_KEY)).scalar())


def _parse_head(value: str | None) -> Head | None:
    if value is None:
        return None
    try:
        data = json.loads(value)
        return Head(int(data["seq"]), str(data["chain"]))
    except (ValueError, KeyError, TypeError):
        return Head(-1, "")  # unreadable: edited by hand; verify_chain says so


def current_head(conn) -> Head | None:
    """The log's last sealed entry as it is now."""
    row = conn.execute(
        select(_T.c.seq, _T.c.chain).where(_T.c.seq.is_not(None)).order_by(_T.c.seq.desc()).limit(1)
    ).first()
    return Head(row.seq, row.chain or "") if row is not None else None


def link_at(conn, seq: int) -> str | None:
    """The link of the entry at place ``seq`` (None: there is none)."""
    return conn.execute(select(_T.c.chain).where(_T.c.seq == seq)).scalar()


def ensure_head_record(conn) -> bool:
    """Record the log's head as it is now where no seal has recorded one yet (a database from
    before the record existed), so that a cut from now on is seen without waiting for the next
    change. Call inside a transaction; returns whether it recorded one."""
    if recorded_head(conn) is not None:
        return False
    _lock_chain(conn)
    now = current_head(conn)
    if now is None or recorded_head(conn) is not None:
        return False
    conn.execute(
        insert(_S),
        [{"key": HEAD_KEY, "value": now.as_json(), "version": 1}],
        execution_options={HEAD_RECORD: True},
    )
    return True


def _record_head(conn, before: tuple[int, str] | None, after: tuple[int, str], recorded: Head | None) -> None:
    """Record ``after`` as the chain's head, where the record says ``before`` (``recorded``: what it
    says, read under the chain's lock)."""
    new = Head(*after).as_json()
    options = {HEAD_RECORD: True}
    if recorded is None:
        conn.execute(insert(_S), [{"key": HEAD_KEY, "value": new, "version": 1}], execution_options=options)
        return
    if before is None or (recorded.seq, recorded.chain) != before:
        return  # the log's end moved outside commdesk since the last seal: keep the record as evidence
    conn.execute(
        update(_S).where(_S.c.key == HEAD_KEY).values(value=new, version=_S.c.version + 1),
        execution_options=options,
    )


@dataclass(frozen=True)
class ChainReport:
    entries: int  # entries that chain correctly, from the first on
    erased: int  # of those, entries whose text was erased (personal data)
    tail: str  # the last good entry's link ("" for an empty log)
    broken_id: int | None  # the first entry that does not fit, if any
    problem: str | None  # what is wrong with it, in words
    recorded: int | None = None  # the last place the database recorded for its log (None: no record)

    @property
    def ok(self) -> bool:
        return self.problem is None


def _entry_words(row, zone: str) -> str:
    """An entry as people name it: its time in ``zone`` (named), who, and what was done to which
    record, in the translated words of the history views."""
    from commdesk.core.i18n import translate
    from commdesk.core.labels import action_label, entity_label
    from commdesk.core.timezones import format_instant

    at = row.at
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    if at is not None and at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return translate("Audit", "entry {id} ({at}, {actor}: {action} {entity} #{entity_id})").format(
        id=row.id,
        at=format_instant(at, zone, fmt="%Y-%m-%d %H:%M:%S"),
        actor=row.actor_name,
        action=action_label(row.action),
        entity=entity_label(row.entity),
        entity_id=row.entity_id,
    )


def verify_chain(conn, zone: str = "UTC") -> ChainReport:
    """Walk the chain from its first entry; stop at the first that does not fit. Entries are
    named with their time in ``zone`` (the organisation's, where the caller knows it)."""
    from commdesk.core.i18n import translate

    previous, expected, erased = "", 1, 0
    rows = conn.execute(select(_T).order_by(_T.c.seq.is_(None), _T.c.seq, _T.c.id))
    for row in rows:
        problem = None
        if row.seq is None:
            problem = translate("Audit", "{entry} was added outside commdesk (it has no place in the chain)")
        elif row.seq > expected:
            problem = translate("Audit", "{n} entries before {entry} were deleted")
        elif row.seq < expected:
            problem = translate("Audit", "{entry} repeats a place in the chain (copied or re-numbered)")
        else:
            digest = payload_digest(row.old, row.new, row.note)
            if digest != row.digest:
                if row.old is None and row.new is None and row.note is None and row.digest:
                    digest, erased = row.digest, erased + 1  # erased personal data: the digest stays
                else:
                    problem = translate(
                        "Audit", "{entry} was changed after it was written (its old or new value or note)"
                    )
            if problem is None and chain_link(previous, row.seq, row, digest) != row.chain:
                problem = translate(
                    "Audit",
                    "{entry} was changed after it was written (its time, person, "
                    "record or action), or an entry before it was",
                )
        if problem is not None:
            rows.close()
            return ChainReport(
                expected - 1,
                erased,
                previous,
                row.id,
                problem.format(entry=_entry_words(row, zone), n=(row.seq or expected) - expected),
            )
        previous, expected = row.chain, expected + 1
    entries = expected - 1
    head = recorded_head(conn)
    if head is None:
        return ChainReport(entries, erased, previous, None, None)
    problem = None
    if head.seq < 0:
        problem = translate("Audit", "the database's record of the log's last entry was edited by hand")
    elif head.seq > entries:
        problem = translate(
            "Audit",
            "the newest {n} entries were deleted: the log ends at entry {end}, but "
            "the database recorded {recorded} entries",
        ).format(n=head.seq - entries, end=entries, recorded=head.seq)
    elif head.seq > 0 and link_at(conn, head.seq) != head.chain:
        problem = translate(
            "Audit",
            "the log from entry {n} on is not the one commdesk wrote (it differs "
            "from the database's record of its last entry)",
        ).format(n=head.seq)
    return ChainReport(entries, erased, previous, None, problem, head.seq)


def chain_links(conn) -> list[str]:
    """The ``chain`` value of every sealed entry, in the chain's order."""
    return list(conn.execute(select(_T.c.chain).where(_T.c.seq.is_not(None)).order_by(_T.c.seq)).scalars())


def divergence(ours: list[str], theirs: list[str]) -> int | None:
    """Where two chains part (the place, 1 for the first entry), or None when the shorter one is
    the beginning of the longer one: the same history, one of them further on. Each link covers
    all before it, so equal links at the shorter one's end mean equal beginnings."""
    n = min(len(ours), len(theirs))
    if n == 0 or ours[n - 1] == theirs[n - 1]:
        return None
    return next(i + 1 for i in range(n) if ours[i] != theirs[i])


def _before_commit(session: Session) -> None:
    session.flush()  # the last flush's entries are sealed too
    if session.in_nested_transaction():
        return  # a savepoint's release: its entries are sealed with the transaction's commit, once
    if session.info.pop("audit_pending", False):
        conn = session.connection()
        conn.info.pop("audit_sealed", None)  # a bare connection's seal before this transaction's
        seal(conn, transaction_id(session))
        sealed = conn.info.pop("audit_sealed", None)
        if sealed is not None:
            session.info["audit_sealed"] = sealed


# Who wants to know the chain's new head after each commit that sealed entries (per engine):
# ``fn(before, after)`` with the heads before and after the seal (see ``watch_heads``).
_WATCHERS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def watch_heads(engine, fn) -> None:
    """Call ``fn(before: Head | None, after: Head)`` after every committed seal of a session bound
    to ``engine`` (the computer's remembered head follows the log as it is written)."""
    _WATCHERS[engine] = fn


def _after_commit(session: Session) -> None:
    sealed = session.info.pop("audit_sealed", None)
    if sealed is None:
        return
    bind = session.get_bind()
    fn = _WATCHERS.get(getattr(bind, "engine", bind))
    if fn is not None:
        try:
            fn(*sealed)
        except Exception:
            logging.getLogger(__name__).warning("could not follow the audit log's head", exc_info=True)


def _after_rollback(session: Session, previous_transaction) -> None:
    if not previous_transaction.nested:  # a savepoint's rollback keeps the entries written before it
        session.info.pop("audit_pending", None)
        session.info.pop("audit_sealed", None)


def install(session_class: type[Session]) -> None:
    for name, fn in (
        ("after_flush", _after_flush),
        ("before_commit", _before_commit),
        ("after_commit", _after_commit),
        ("after_soft_rollback", _after_rollback),
    ):
        if not event.contains(session_class, name, fn):
            event.listen(session_class, name, fn)
