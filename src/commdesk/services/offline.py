"""Working away from the server: the offline snapshot, the journal of offline writes, and replay.

- ``refresh_snapshot(ctx, path)`` (server reachable): the person's snapshot made afresh (a new file,
  then one rename); entries still waiting for a decision move into the new file.
- ``offline_context(path, label)``: a ServiceContext on the snapshot acting as its person
  (``ctx.offline``). Reading works as everywhere; of the writes only those a service marks with
  ``offline_write`` run (taking minutes, planning a new meeting), each journaled in its own
  transaction; anything else is refused with ``offline_refusal()`` (one place: the snapshot's
  engine refuses every writing statement outside such an operation).
- ``sync(ctx, path)`` (server back): each pending entry replayed through the same services on the
  server, as the same person, with the same rules and version checks; successive saves of the
  same minutes are one save of the last draft made against the version the first was made from. A
  version conflict or a refusal stays in the journal waiting for a decision (``resolve``); the
  audit log on the server notes every replayed write as written offline, and when.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from commdesk.core.domain.people import Person
from commdesk.core.errors import CommdeskError, ConflictError, NotFound, PermissionDenied, ValidationError
from commdesk.core.i18n import translate
from commdesk.persistence import offline as store
from commdesk.services.context import ServiceContext
from commdesk.services.offline_journal import MINUTES, PLAN, decode, offline_refusal

log = logging.getLogger(__name__)


# ------------------------------------------------------------------------------ the snapshot
@dataclass(frozen=True)
class SnapshotInfo:
    path: Path
    taken_at: datetime
    person_name: str
    person_id: int
    server: str
    meetings: int
    waiting: int  # journal entries carried over, still waiting for a decision


def snapshot_meta(path: Path) -> dict[str, Any] | None:
    """The metadata of the snapshot at ``path``, None when there is none (or it is no snapshot)."""
    if not path.is_file():
        return None
    engine = store.snapshot_engine(path)
    try:
        with engine.connect() as conn:
            return store.read_meta(conn) if store.is_snapshot(conn) else None
    except Exception as exc:  # noqa: BLE001 - a damaged copy is as good as none; it is made anew online
        log.warning("the offline copy %s cannot be read: %s", path.name, type(exc).__name__)
        return None
    finally:
        engine.dispose()


def taken_at(meta: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(meta["taken_at"])


def refresh_snapshot(ctx: ServiceContext, path: Path, *, days: int = 14) -> SnapshotInfo:
    """Make the snapshot of what the acting person needs offline anew from the server ``ctx`` is on.
    Writes that wait to be sent are sent first (``sync``); entries waiting for a decision stay.
    Refused (``SnapshotInUse``) while a commdesk works offline on the copy."""
    person = ctx.bound_person or ctx.current()
    if person.id is None:
        raise CommdeskError(
            translate("Offline", "An offline copy is made for a person; sign in first, then refresh it.")
        )
    from commdesk.core.files import private_folder

    private_folder(path.parent)
    with store.replacing(path, _in_use):
        return _refresh(ctx, path, person, person.id, days)


def _in_use() -> str:
    return translate(
        "Offline",
        "The offline copy is open in a commdesk that works offline; reconnect or close that window "
        "first, then refresh the copy.",
    )


def _refresh(ctx: ServiceContext, path: Path, person: Person, person_id: int, days: int) -> SnapshotInfo:
    from commdesk.persistence import schema

    waiting: list[store.JournalEntry] = []
    if path.exists():
        if _pending(path):
            sync(ctx, path)
        waiting = _entries(path, store.WAITING_STATES)
    new = path.with_name(path.stem + ".new.sqlite3")
    for suffix in ("", "-wal", "-shm"):
        Path(str(new) + suffix).unlink(missing_ok=True)
    now = ctx.clock()
    engine = store.snapshot_engine(new)
    try:
        schema.upgrade(engine, backup=False)
        with ctx.engine.connect() as src:
            if src.dialect.name == "postgresql":
                src = src.execution_options(isolation_level="REPEATABLE READ")
            with src.begin():
                rows = store.select_snapshot_rows(src, person_id, now, days)
        meta = {
            "server": ctx.database_label,
            "person_id": person_id,
            "person_login": person.login,
            "person_name": person.name,
            "taken_at": now.astimezone(UTC).isoformat(),
            "days": days,
        }
        with engine.begin() as dst:
            counts = store.write_snapshot_rows(dst, rows, meta)
            store.carry_journal(dst, waiting)
        store.checkpoint(engine)
    except BaseException:
        engine.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(str(new) + suffix).unlink(missing_ok=True)
        raise
    engine.dispose()
    store.replace_snapshot(new, path)
    log.info("offline snapshot refreshed (%d meetings)", counts.get("meetings", 0))
    return SnapshotInfo(
        path, now, person.name, person_id, ctx.database_label, counts.get("meetings", 0), len(waiting)
    )


def _entries(path: Path, states: tuple[str, ...] | None = None) -> list[store.JournalEntry]:
    engine = store.snapshot_engine(path)
    try:
        with engine.connect() as conn:
            if not store.is_snapshot(conn):
                return []
            return store.journal(conn, states)
    finally:
        engine.dispose()


def _pending(path: Path) -> bool:
    return bool(_entries(path, ("pending",)))


def journal_entries(path: Path, states: tuple[str, ...] | None = None) -> list[store.JournalEntry]:
    """The snapshot's journal (only the entries in ``states`` if given), oldest first."""
    return _entries(path, states) if path.exists() else []


# ------------------------------------------------------------------------------ opening offline
def offline_context(path: Path, label: str, clock: Callable[[], datetime] | None = None) -> ServiceContext:
    """A context on the snapshot ``path``, acting as the snapshot's person: reads as usual; writes
    only through ``offline_write`` services (journaled), everything else refused in one line."""
    from commdesk.persistence import schema
    from commdesk.persistence.db import session_factory
    from commdesk.services.people import PeopleService

    engine = store.snapshot_engine(path)
    try:
        st = schema.status(engine)
        with engine.connect() as conn:
            meta = store.read_meta(conn) if store.is_snapshot(conn) else None
    except Exception:
        engine.dispose()
        raise
    if meta is None or not st.up_to_date:
        engine.dispose()
        raise CommdeskError(
            translate(
                "Offline",
                "The offline copy on this computer cannot be used (it is damaged or was made by another "
                "commdesk version); connect to the server once to make it anew.",
            )
        )
    store.guard_writes(engine, offline_refusal)
    store.hold_while_open(engine, path)
    sessions = store.journaled_sessions(engine, session_factory(engine))
    ctx = ServiceContext(engine=engine, sessions=sessions, database_label=label)
    if clock is not None:
        ctx.clock = clock
    ctx.offline = True
    ctx.offline_since = taken_at(meta)
    person = ctx.service(PeopleService).get(int(meta["person_id"]))
    ctx.bound_person = person
    ctx.current = lambda: person
    return ctx


# ------------------------------------------------------------------------------ replay
@dataclass(frozen=True)
class SyncReport:
    applied: int  # entries now on the server (successive saves of the same minutes count each)
    waiting: list[store.JournalEntry]  # conflicts and refusals waiting for a decision

    def summary(self) -> str:
        if not self.waiting:
            return translate("Offline", "%n offline change(s) sent to the server.", None, self.applied)
        return translate(
            "Offline",
            "%n offline change(s) sent to the server; {k} wait for your decision "
            "('commdesk offline status' lists them).",
            None,
            self.applied,
        ).format(k=len(self.waiting))


def _acting(ctx: ServiceContext) -> Person:
    person = ctx.bound_person or ctx.current()
    if person.id is None:
        raise CommdeskError(
            translate("Offline", "Offline work is sent as the person who wrote it; sign in first.")
        )
    return person


def _check_person(ctx: ServiceContext, meta: dict[str, Any]) -> Person:
    person = _acting(ctx)
    if person.id != meta.get("person_id"):
        raise PermissionDenied(
            translate(
                "Offline",
                "The offline work on this computer was written by {name}; it is sent only when "
                "{name} connects to the server with their own login.",
            ).format(name=meta.get("person_name", "?"))
        )
    return person


def _replay_context(ctx: ServiceContext, person: Person, entry: store.JournalEntry, entity_id: int | None):
    """The server context acting as ``person`` whose units of work note in the audit log that the
    write was made offline, and when."""
    from commdesk.persistence.db import session_factory

    note = translate("Offline", "written offline at {at} by {name}").format(
        at=entry.written_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC"), name=entry.person_name
    )
    sessions = store.noting_offline(session_factory(ctx.engine), note, entity_id)
    replay = ServiceContext(
        engine=ctx.engine,
        sessions=sessions,
        current=lambda: person,
        clock=ctx.clock,
        database_label=ctx.database_label,
        bound_person=ctx.bound_person,
    )
    replay.on_committed(ctx.announce)
    return replay


class _Replay:
    def __init__(self, ctx: ServiceContext, path: Path):
        self.ctx = ctx
        self.path = path
        self.engine = store.snapshot_engine(path)
        with self.engine.connect() as conn:
            self.meta = store.read_meta(conn)
        self.person = _check_person(ctx, self.meta)
        versions = self.meta.get("versions", {})
        self.server_minutes = {int(k) for k in versions.get("meeting_minutes", {})}
        self.server_actions = {int(k) for k in versions.get("meeting_actions", {})}
        self.server_reviews = {int(k) for k in versions.get("meeting_action_reviews", {})}
        self.meeting_ids: dict[int, int] = {}  # local id of a meeting planned offline -> server id
        self.planned_locally: set[int] = set()

    def close(self) -> None:
        self.engine.dispose()

    def mark(self, entry_id: int, state: str, **kw) -> None:
        with self.engine.begin() as conn:
            store.set_state(conn, entry_id, state, at=self.ctx.clock(), **kw)

    # ---------------------------------------------------------------- one entry
    def plan(self, entry: store.JournalEntry) -> str:
        from commdesk.services.meetings.service import MeetingService

        meeting = decode(PLAN, entry.args)
        created = entry.created.get("meetings") or []
        local = created[0] if created else None
        existing = self._by_uid(meeting.uid)
        if existing is None:
            replay = _replay_context(self.ctx, self.person, entry, None)
            try:
                saved = replay.service(MeetingService).save(replace(meeting, id=None, version=0))
            except (ValidationError, PermissionDenied, NotFound) as exc:  # e.g. no longer a planner
                self.mark(entry.id, "refused", message=str(exc))
                return "refused"
            existing = saved.id
        if local is not None and existing is not None:
            self.meeting_ids[local] = existing
        self.mark(entry.id, "done", server_ids={"meetings": [existing] if existing is not None else []})
        return "done"

    def _by_uid(self, uid: str) -> int | None:
        """A meeting with this uid already on the server (a replay whose answer was lost)."""
        with self.ctx.engine.connect() as conn:
            return store.meeting_by_uid(conn, uid)

    def minutes(
        self, chain: list[store.JournalEntry], decision: str | None = None, merged: Any = None
    ) -> str:
        """Apply the last draft of ``chain`` (successive saves of one meeting's minutes) made against
        the version the first was made from; returns the state the chain's last entry gets."""
        from commdesk.services.meetings.minutes import MeetingMinutesService

        first, last = chain[0], chain[-1]
        draft = merged if merged is not None else decode(MINUTES, last.args)
        meeting_id = self._server_meeting(draft.meeting_id)
        if meeting_id is None:
            message = translate(
                "Offline",
                "The meeting these minutes belong to was planned offline and is not on the server yet; "
                "decide about that meeting first.",
            )
            self._finish(chain, "refused", message=message)
            return "refused"
        base = first.base or {}
        minutes_id = base.get("minutes_id")
        version = int(base.get("version") or 0)
        if minutes_id not in self.server_minutes:
            minutes_id, version = None, 0
        replay = _replay_context(self.ctx, self.person, last, meeting_id)
        service = replay.service(MeetingMinutesService)
        if decision in ("mine", "merged"):  # on top of the server's version as it is now
            current = service.draft(meeting_id)
            minutes_id, version = current.minutes_id, current.version
        theirs_now = None
        if decision is None and draft.meeting_id not in self.planned_locally:
            changed = self._meeting_changed(meeting_id)
            if changed:
                theirs = service.draft(meeting_id)
                self._finish(chain, "conflict", message=changed, theirs=theirs.to_json())
                return "conflict"
        draft = self._server_draft(draft, meeting_id, minutes_id, version, service)
        try:
            service.save(draft)
        except ConflictError as exc:
            theirs_now = exc.theirs
            self._finish(
                chain,
                "conflict",
                message=str(exc),
                theirs=theirs_now.to_json() if hasattr(theirs_now, "to_json") else None,
            )
            return "conflict"
        except (ValidationError, PermissionDenied, NotFound) as exc:
            self._finish(chain, "refused", message=str(exc))
            return "refused"
        self._finish(chain, "done", server_ids={"meetings": [meeting_id]})
        return "done"

    def _meeting_changed(self, meeting_id: int) -> str:
        """Minutes point at agenda items and participants by position: "" when the meeting's agenda
        and participants on the server are still those of the offline copy, else what changed."""
        with self.engine.connect() as conn:
            then = store.meeting_outline(conn, meeting_id)
        with self.ctx.engine.connect() as conn:
            now = store.meeting_outline(conn, meeting_id)
        if then == now:
            return ""
        sep = translate("Offline", "; ")
        parts = []
        if then["agenda"] != now["agenda"]:
            parts.append(
                translate("Offline", "agenda then: {then}; now: {now}").format(
                    then=sep.join(then["agenda"]) or "-", now=sep.join(now["agenda"]) or "-"
                )
            )
        if then["participants"] != now["participants"]:
            parts.append(
                translate("Offline", "participants then: {then}; now: {now}").format(
                    then=sep.join(then["participants"]) or "-", now=sep.join(now["participants"]) or "-"
                )
            )
        return translate(
            "Offline",
            "The meeting was changed on the server while these minutes were written offline ({changes}); "
            "the minutes refer to its agenda items and participants by their place. Compare and decide.",
        ).format(changes=" / ".join(parts))

    def _server_meeting(self, local: int) -> int | None:
        if local in self.meeting_ids:
            return self.meeting_ids[local]
        if local in self.planned_locally:
            return None
        return local

    def _server_draft(self, draft, meeting_id: int, minutes_id, version: int, service):
        actions = [
            a if a.id in self.server_actions else replace(a, id=None, meeting_id=None) for a in draft.actions
        ]
        reviews = list(draft.reviews)
        if any(r.review_id not in self.server_reviews for r in reviews):
            by_action = {r.action_id: r.review_id for r in service.draft(meeting_id).reviews}
            reviews = [
                r
                if r.review_id in self.server_reviews
                else replace(r, review_id=by_action.get(r.action_id, -1))
                for r in reviews
            ]
        return replace(
            draft,
            meeting_id=meeting_id,
            minutes_id=minutes_id,
            version=version,
            actions=actions,
            reviews=reviews,
        )

    def _finish(self, chain: list[store.JournalEntry], state: str, **kw) -> None:
        for entry in chain[:-1]:
            self.mark(
                entry.id,
                "superseded",
                message=translate("Offline", "carried by a later save of the same minutes"),
            )
        self.mark(chain[-1].id, state, **kw)

    # ---------------------------------------------------------------- all of them
    def run(self) -> SyncReport:
        with self.engine.connect() as conn:
            everything = store.journal(conn)
        for e in everything:
            if e.op == PLAN:
                self.planned_locally.update(e.created.get("meetings") or [])
                if e.state == "done" and e.server_ids and e.created.get("meetings"):
                    self.meeting_ids[e.created["meetings"][0]] = e.server_ids["meetings"][0]
        open_ = [e for e in everything if e.state in store.OPEN_STATES]
        pending = [e for e in open_ if e.state == "pending"]
        applied = 0
        handled: set[int] = set()
        for entry in pending:
            if entry.id in handled:
                continue
            if entry.op == PLAN:
                if self.plan(entry) == "done":
                    applied += 1
                handled.add(entry.id)
            elif entry.op == MINUTES:
                meeting = entry.args["draft"]["meeting_id"]
                chain = [
                    e
                    for e in open_
                    if e.op == MINUTES and e.args["draft"]["meeting_id"] == meeting and e.id not in handled
                ]
                if self.minutes(chain) == "done":
                    applied += len([e for e in chain if e.state == "pending"])
                handled.update(e.id for e in chain)
        with self.engine.connect() as conn:
            waiting = store.journal(conn, store.WAITING_STATES)
        return SyncReport(applied, waiting)


def sync(ctx: ServiceContext, path: Path) -> SyncReport:
    """Send the journal's pending entries to the server ``ctx`` is on (see the module docstring).
    A connection lost midway leaves the rest pending (each entry is its own transaction)."""
    if not path.exists():
        return SyncReport(0, [])
    replay = _Replay(ctx, path)
    try:
        return replay.run()
    finally:
        replay.close()


def resolve(ctx: ServiceContext, path: Path, entry_id: int, choice: str, merged: Any = None) -> str:
    """Decide about a journal entry that waits: ``mine`` (save it again on top of the server's
    version), ``theirs`` (drop it; the audit log notes what was dropped) or ``merged`` (save the
    given minutes draft on top of the server's version). Returns the entry's new state."""
    replay = _Replay(ctx, path)
    try:
        with replay.engine.connect() as conn:
            everything = store.journal(conn)
        for e in everything:
            if e.op == PLAN:
                replay.planned_locally.update(e.created.get("meetings") or [])
                if e.state == "done" and e.server_ids and e.created.get("meetings"):
                    replay.meeting_ids[e.created["meetings"][0]] = e.server_ids["meetings"][0]
        entry = next((e for e in everything if e.id == entry_id), None)
        if entry is None or entry.state not in store.WAITING_STATES:
            raise NotFound(
                translate(
                    "Offline",
                    "No offline change {id} waits for a decision; 'commdesk offline status' lists them.",
                ).format(id=entry_id)
            )
        if choice == "theirs":
            meeting = entry.args["draft"]["meeting_id"] if entry.op == MINUTES else None
            server_meeting = replay._server_meeting(meeting) if meeting is not None else None
            replay_ctx = _replay_context(ctx, replay.person, entry, server_meeting)
            with replay_ctx.unit_of_work() as uow:
                uow.event(
                    "meetings",
                    server_meeting if server_meeting is not None else "-",
                    "offline_dropped",
                    note=translate(
                        "Offline", "dropped in favour of the stored version: {what} written offline at {at}"
                    ).format(
                        what=describe(entry),
                        at=entry.written_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC"),
                    ),
                )
            replay.mark(
                entry.id, "dropped", message=translate("Offline", "dropped: the stored version was kept")
            )
            return "dropped"
        if entry.op == PLAN:
            return replay.plan(entry)
        if choice == "merged" and merged is None:
            raise ValidationError({"merged": translate("Offline", "Give the merged minutes to keep.")})
        return replay.minutes([entry], decision=choice, merged=merged)
    finally:
        replay.close()


def describe(entry: store.JournalEntry) -> str:
    """One line saying what an entry is, for lists."""
    if entry.op == PLAN:
        return translate("Offline", "planned meeting “{topic}”").format(topic=entry.args.get("topic", ""))
    return translate("Offline", "minutes of meeting {id}").format(id=entry.args["draft"]["meeting_id"])


def conflict_error(entry: store.JournalEntry) -> ConflictError:
    """The entry's two versions as the conflict question shows them side by side."""
    mine = decode(entry.op, entry.args)
    theirs = decode(entry.op, entry.theirs) if entry.theirs is not None else None
    return ConflictError(entry.message or describe(entry), mine=mine, theirs=theirs)
