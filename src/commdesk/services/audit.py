"""Reading the audit log: history of one record, the global log, filters (P-7); verifying it.

Verifying walks the hash chain, compares its end with the head the database recorded (see
``persistence.audit``) and with the last head *this computer* saw of the same database, kept in the
user's private data folder (``audit-heads.json``, per database location and first link). Someone who
cuts the newest entries and also rewrites the database's record is caught by that local head, as far
as this computer saw; a computer that never saw the database says so instead of guessing. A restore
(recorded in the log) after this computer last looked explains a log that went back.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from commdesk.core.cases.labels import setting_labels as case_settings
from commdesk.core.cases.labels import setting_value as case_setting_value
from commdesk.core.domain.people import Role
from commdesk.core.errors import PermissionDenied
from commdesk.core.i18n import translate
from commdesk.persistence.audit import HEAD_KEY, ChainReport, Head, current_head, link_at, verify_chain
from commdesk.persistence.models import AuditRow
from commdesk.persistence.repositories import audit as repo
from commdesk.services.context import ServiceContext

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    entity: str
    entity_id: str
    action: str
    field: str | None
    old: str | None
    new: str | None
    note: str | None

    def as_json(self) -> dict:
        d = asdict(self)
        d["at"] = self.at.isoformat()
        return d


@dataclass(frozen=True)
class AuditSummary:
    """A part of the log counted, not read (``AuditService.summary``)."""

    count: int
    oldest: datetime | None
    newest: datetime | None
    actors: tuple[str, ...]  # who wrote its entries, sorted
    notes: bool  # some entry carries a note
    last_id: int | None  # the newest entry's id when counted: later entries are not part of it


def _entry(r: AuditRow) -> AuditEntry:
    return AuditEntry(
        r.id, r.at, r.actor_name, r.entity, r.entity_id, r.action, r.field, r.old, r.new, r.note
    )


# The column that names a record, first found wins (a contact by name, not by its job title).
TITLE_COLUMNS = ("full_name", "title", "topic", "name", "subject", "description", "label", "summary", "text")


def setting_labels() -> dict[str, str]:
    """The organisation's settings (``settings`` rows, by key) as the settings dialogs name them."""
    return case_settings() | {
        "org.name": translate("Audit", "Organisation name"),
        "org.departments": translate("Audit", "Departments"),
        "org.logo": translate("Audit", "Logo"),
        "org.default_country": translate("Audit", "Default country"),
        "org.work_start": translate("Audit", "Working day starts"),
        "org.work_end": translate("Audit", "Working day ends"),
        "org.procedure_owner": translate("Audit", "Procedure owner"),
        "org.next_review": translate("Audit", "Next procedure review"),
        "org.boilerplate": translate("Audit", "Boilerplate"),
        "org.media_contact": translate("Audit", "Media contact"),
        "org.time_zone": translate("Audit", "Time zone"),
        "org.closed_days": translate("Audit", "Closed days"),
        "org.minutes_self_approval": translate("Audit", "Note-taker may approve own minutes"),
        "mail.host": translate("Audit", "Mail server"),
        "mail.port": translate("Audit", "Mail server port"),
        "mail.security": translate("Audit", "Mail security"),
        "mail.user": translate("Audit", "Mail user name"),
        "mail.sender_name": translate("Audit", "Sender name"),
        "mail.sender_address": translate("Audit", "Sender address"),
        "mail.reply_to": translate("Audit", "Reply-to address"),
        "mail.signature": translate("Audit", "Mail signature"),
        "mail.per_minute": translate("Audit", "Messages per minute"),
        "mail.ca_file": translate("Audit", "Mail server's CA certificate"),
        HEAD_KEY: translate("Audit", "Audit log's last entry (record)"),
    }


def setting_value(key: str, value: str | None) -> str | None:
    """A setting's stored value in words where the key says how (None: as any other value)."""
    if value is None:
        return None
    text = value[1:-1] if value.startswith('"') and value.endswith('"') else value
    if key == "mail.security":
        return {
            "starttls": translate("Audit", "STARTTLS"),
            "ssl": translate("Audit", "SSL/TLS"),
            "none": translate("Audit", "none (unencrypted)"),
        }.get(text)
    if key == "mail.per_minute" and text == "0":
        return translate("Audit", "no limit")
    if key == "org.logo":
        return translate("Audit", "(image)")
    return case_setting_value(key, text)


def record_label(entity: str, entity_id: str, titles: dict[tuple[str, str], str] | None = None) -> str:
    """The record an entry is about, in words: "Setting: Mail server", "Meeting #8 Weekly press"."""
    from commdesk.core.labels import entity_label

    if entity == "settings":
        return translate("Audit", "{entity}: {setting}").format(
            entity=entity_label(entity), setting=setting_labels().get(entity_id, entity_id)
        )
    title = (titles or {}).get((entity, entity_id))
    return f"{entity_label(entity)} #{entity_id}" + (f" {title}" if title else "")


def entry_value(
    e: AuditEntry,
    value: str | None,
    zone: str,
    titles: dict[tuple[str, str], str] | None = None,
    names=None,
    with_zone: bool = False,
) -> str:
    """An entry's old or new value in words: a setting's by its key, a reference by what it names
    (a person by name through ``names``, ``services.names.name_lookup``), codes and instants by the areas'
    labels (``core.labels``); ``with_zone``: an instant names its zone (where no heading does)."""
    from commdesk.core.labels import entity_label, reference_kind, value_label
    from commdesk.persistence.models import Base

    if value is None or value == "":
        return ""
    if e.entity == "settings":
        special = setting_value(e.entity_id, value)
        if special is not None:
            return special
    if names is not None and reference_kind(e.entity, e.field) is not None:
        named = value_label(e.entity, e.field, value, zone, names)
        if named != value:
            return named
    if with_zone and (moment := _instant(value)) is not None:
        from commdesk.core.timezones import format_instant

        return format_instant(moment, zone)
    table = Base.metadata.tables.get(e.entity)
    if table is not None and e.field and e.field in table.c and value.isdigit():
        for fk in table.c[e.field].foreign_keys:
            target = fk.column.table.name
            title = (titles or {}).get((target, value))
            return f"{entity_label(target)} #{value}" + (f" {title}" if title else "")
    text = value_label(e.entity, e.field, value, zone, names)
    return _object_words(e.entity, text, zone, names) if text == value else text


def _object_words(entity: str, value: str, zone: str, names) -> str:
    """A stored JSON object nobody labelled (a saved search) as "Label: value; …", what is set
    only, each key and value by the table's labels; any other text unchanged."""
    from commdesk.core.labels import field_label, value_label

    if not value.startswith("{"):
        return value
    try:
        data = json.loads(value)
    except ValueError:
        return value
    if not isinstance(data, dict):
        return value
    parts = [
        f"{field_label(entity, k)}: "
        f"{value_label(entity, k, v if isinstance(v, str) else json.dumps(v, ensure_ascii=False), zone, names)}"
        for k, v in data.items()
        if v not in (None, False, "", [], {})
    ]
    return translate("Audit", "; ").join(parts) or translate("Audit", "(nothing set)")


def _instant(value: str) -> datetime | None:
    """A stored instant (ISO date and time with its offset, JSON-quoted or not), else None."""
    text = value[1:-1] if len(value) > 2 and value[0] == value[-1] == '"' else value
    if len(text) < 16 or text[4:5] != "-" or text[10:11] not in ("T", " "):
        return None
    try:
        moment = datetime.fromisoformat(text)  # Python 3.11 reads a Z too
    except ValueError:
        return None
    return moment if moment.utcoffset() is not None else None


def _titles(session, entries: list[AuditEntry]) -> dict[tuple[str, str], str]:
    """What the records named in ``entries`` (and their reference fields' targets) are called now."""
    wanted: dict[str, set[int]] = {}

    def want(table: str, value: str | None) -> None:
        if value and value.isdigit():
            wanted.setdefault(table, set()).add(int(value))

    # the same few (table, field) pairs come back thousands of times in a log: looked up once each
    known: dict[tuple[str, str | None], list[str] | None] = {}
    for e in entries:
        pair = (e.entity, e.field)
        if pair in known:
            targets = known[pair]
        else:
            targets = known[pair] = repo.referenced_tables(e.entity, e.field)
        if targets is None:
            continue
        want(e.entity, e.entity_id)
        for target in targets:
            want(target, e.old)
            want(target, e.new)
    out: dict[tuple[str, str], str] = {}
    for key, raw in repo.record_titles(session, wanted, TITLE_COLUMNS).items():
        text = " ".join(raw.split())
        if text:
            out[key] = text if len(text) <= 40 else text[:39] + "…"
    return out


class AuditService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def history(self, entity: str, entity_id) -> list[AuditEntry]:
        """Every change of one record, oldest first (anyone may see a record's history)."""
        with self.ctx.unit_of_work() as uow:
            return [_entry(r) for r in repo.history(uow.session, entity, str(entity_id))]

    def entries(
        self,
        since: datetime | None = None,
        until: datetime | None = None,
        entity: str | None = None,
        actor: str | None = None,
        text: str | None = None,
        limit: int | None = None,
    ) -> list[AuditEntry]:
        """The global log, newest first; administrators and reviewers only."""
        self.ctx.require(Role.ADMINISTRATOR, Role.REVIEWER, action=translate("Audit", "read the audit log"))
        with self.ctx.unit_of_work() as uow:
            rows = repo.entries(uow.session, since, until, entity, actor, text, limit)
            return [_entry(r) for r in rows]

    def summary(self, since: datetime | None = None, until: datetime | None = None) -> AuditSummary:
        """How many entries the log holds from ``since`` to ``until``, their first and last instant,
        who wrote them and whether any has a note, read without the entries; ``last_id`` marks
        the log as it is now, for ``pages`` (administrators and reviewers, as ``entries``)."""
        self.ctx.require(Role.ADMINISTRATOR, Role.REVIEWER, action=translate("Audit", "read the audit log"))
        with self.ctx.unit_of_work() as uow:
            count, oldest, newest, last_id, notes = repo.span(uow.session, since, until)
            people = repo.actors(uow.session, since, until, last_id) if count else []
            return AuditSummary(count, oldest, newest, tuple(people), notes, last_id)

    def pages(
        self,
        summary: AuditSummary,
        since: datetime | None = None,
        until: datetime | None = None,
        size: int = 500,
    ) -> Iterator[tuple[list[AuditEntry], dict[tuple[str, str], str]]]:
        """The entries ``summary`` counted, newest first, ``size`` at a time, each page with the
        ``titles`` of what it names: one short reading per page, so a log of any length is
        exported in little memory. Entries written after the summary are not included."""
        self.ctx.require(Role.ADMINISTRATOR, Role.REVIEWER, action=translate("Audit", "read the audit log"))
        if summary.last_id is None:
            return
        after: tuple[datetime, int] | None = None
        while True:
            with self.ctx.unit_of_work() as uow:
                rows = repo.page(uow.session, since, until, summary.last_id, after, size)
                entries = [_entry(r) for r in rows]
                titles = _titles(uow.session, entries)
            if not entries:
                return
            after = (entries[-1].at, entries[-1].id)
            yield entries, titles
            if len(entries) < size:
                return

    def titles(self, entries: list[AuditEntry]) -> dict[tuple[str, str], str]:
        """What the records named in ``entries`` are called now (``(table, id) -> title``): the
        records themselves and those their reference fields point to (a meeting, a to-do), so a
        log shows "Meeting #8 Weekly press meeting" and not a bare 8. Same readers as ``entries``."""
        self.ctx.require(Role.ADMINISTRATOR, Role.REVIEWER, action=translate("Audit", "read the audit log"))
        with self.ctx.unit_of_work() as uow:
            return _titles(uow.session, entries)

    def named_history(self, entity: str, entity_id) -> tuple[list[AuditEntry], dict[tuple[str, str], str]]:
        """``history`` with the ``titles`` of what it names, in one reading (anyone, as ``history``)."""
        with self.ctx.unit_of_work() as uow:
            entries = [_entry(r) for r in repo.history(uow.session, entity, str(entity_id))]
            return entries, _titles(uow.session, entries)

    def refusal_to_read(self) -> str:
        """ "" when the acting person may read and verify the audit log (reading needs no writable
        database), else why not, in the words ``read``/``verify`` would refuse with."""
        try:
            self.ctx.require(
                Role.ADMINISTRATOR, Role.REVIEWER, action=translate("Audit", "read the audit log")
            )
        except PermissionDenied as exc:
            return str(exc)
        return ""

    def verify(self) -> AuditCheck:
        """Walk the log's hash chain (administrators and reviewers): the first entry that was
        deleted, added or changed after it was written, if any; the log's end against the
        database's record and against the last head this computer saw (which then moves on)."""
        self.ctx.require(Role.ADMINISTRATOR, Role.REVIEWER, action=translate("Audit", "verify the audit log"))
        zone = self.zone()
        with self.ctx.unit_of_work() as uow:
            conn = uow.session.connection()
            chain = verify_chain(conn, zone)
            return AuditCheck(chain, check_seen_head(conn, location(self.ctx), advance=chain.ok))

    def zone(self) -> str:
        """The organisation's zone: what the log's times are shown in."""
        from commdesk.services.settings import SettingsService

        return self.ctx.service(SettingsService).time_zone()


# ------------------------------------------------------------------- the head this computer saw
HEADS_FILE = "audit-heads.json"


def heads_file() -> Path:
    from commdesk.paths import data_dir

    return data_dir() / HEADS_FILE


@dataclass(frozen=True)
class SeenHead:
    seq: int
    chain: str
    seen: datetime  # when this computer saw it (UTC)


@dataclass(frozen=True)
class SeenCheck:
    seen: SeenHead | None  # the last head this computer saw before (None: never saw this database)
    problem: str | None  # the log does not reach or agree with it, in words
    restored: tuple[int, datetime] | None = None  # a restore since then explains a log that went back
    remembered: bool = False  # the log's head now is what this computer remembers from here on


@dataclass(frozen=True)
class AuditCheck:
    chain: ChainReport
    local: SeenCheck

    @property
    def ok(self) -> bool:
        return self.chain.ok and self.local.problem is None

    @property
    def problem(self) -> str | None:
        """The first thing found wrong: with the chain, else with the head this computer saw."""
        return self.chain.problem or self.local.problem

    @property
    def entries(self) -> int:
        return self.chain.entries

    @property
    def erased(self) -> int:
        return self.chain.erased

    @property
    def broken_id(self) -> int | None:
        return self.chain.broken_id


def location(ctx: ServiceContext) -> str:
    """Where the database lives, as this computer names it (never with a password)."""
    return ctx.database_label or ctx.engine.url.render_as_string(hide_password=True)


def _identity(conn, where: str) -> str | None:
    first = link_at(conn, 1)  # the first link covers the first entry's time and transaction: unique
    return None if first is None else f"{where}#{first[:16]}"


def _load() -> dict:
    try:
        return json.loads(heads_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _store(key: str, head: Head, when: datetime) -> None:
    from commdesk.core.files import private_folder, write_atomically

    data = _load()
    data[key] = {"seq": head.seq, "chain": head.chain, "seen": when.isoformat()}
    try:
        private_folder(heads_file().parent)
        write_atomically(heads_file(), json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))
    except OSError as exc:  # a read-only home: verifying still works, without remembering
        log.warning("could not remember the audit log's head: %s", exc)


def seen_head(conn, where: str, key: str | None = None) -> SeenHead | None:
    """The head this computer last saw of the database (``key``: its identity, when known)."""
    key = key or _identity(conn, where)
    entry = _load().get(key) if key else None
    if not isinstance(entry, dict):
        return None
    try:
        return SeenHead(int(entry["seq"]), str(entry["chain"]), datetime.fromisoformat(entry["seen"]))
    except (KeyError, ValueError, TypeError):
        return None


# What this computer had seen before this process opened a database (the opening itself moves
# the remembered head on): the next verification reports that, not the head of a second ago.
_BEFORE_OPENING: dict[str, SeenHead | None] = {}


def check_seen_head(
    conn, where: str, advance: bool = True, opening: bool = False, now: Head | None = None
) -> SeenCheck:
    """Compare the log with the last head this computer saw of this database; when the log
    reaches it (or a restore since explains why not), remember the log's head now. ``opening``:
    the database is being opened, and the next verification reports what was seen before.
    ``now``: the log's head as the caller has just read it (else it is read here)."""
    key = _identity(conn, where)
    if key is None:
        return SeenCheck(None, None)
    seen = seen_head(conn, where, key)
    shown = seen  # what the report names as seen before
    if opening:
        _BEFORE_OPENING.setdefault(key, seen)
    elif key in _BEFORE_OPENING:
        earlier = _BEFORE_OPENING.pop(key)
        if seen is not None and (
            earlier is None or (earlier.seq <= seen.seq and link_at(conn, earlier.seq) == earlier.chain)
        ):
            shown = earlier  # the opening stepped on along this log: name what came before it
    if now is None:
        now = current_head(conn)
    problem, restored = None, None
    if (
        seen is not None
        and now is not None
        and (now.seq, now.chain) != (seen.seq, seen.chain)  # where it was seen: nothing to compare
        and (now.seq < seen.seq or link_at(conn, seen.seq) != seen.chain)
    ):
        last = repo.last_restore(conn)
        if last is not None and last[1] >= seen.seen:
            restored = last
        elif now.seq < seen.seq:
            problem = translate(
                "Audit",
                "the log ends at entry {end}, but this computer saw it reach entry "
                "{seen}: the newest {n} entries were deleted",
            ).format(end=now.seq, seen=seen.seq, n=seen.seq - now.seq)
        else:
            problem = translate(
                "Audit",
                "entry {seen} is not the one this computer saw there: the log was cut "
                "back and written again from there or before",
            ).format(seen=seen.seq)
    remembered = advance and problem is None and now is not None
    if remembered and now is not None and (seen is None or (now.seq, now.chain) != (seen.seq, seen.chain)):
        _store(key, now, datetime.now(UTC))
    return SeenCheck(
        seen if problem is not None or restored is not None else shown, problem, restored, remembered
    )


class HeadFollower:
    """Moves this computer's remembered head on as this process writes the log: after each
    committed seal whose starting point is the head it last knew (the one checked when the
    database was opened). Anything else in between (another writer, a hand at the file) stops it;
    the next opening or verification compares and moves on."""

    def __init__(self, conn, where: str, now: Head | None = None):
        """``now``: the log's head as the caller has just read it (else it is read here)."""
        self.key = _identity(conn, where)
        seen = seen_head(conn, where, self.key) if self.key is not None else None
        if now is None:
            now = current_head(conn)
        self.last = (
            now
            if seen is not None and now is not None and (seen.seq, seen.chain) == (now.seq, now.chain)
            else None
        )

    def __call__(self, before: Head | None, after: Head) -> None:
        if self.key is None or self.last is None or before != self.last:
            self.last = None
            return
        _store(self.key, after, datetime.now(UTC))
        self.last = after


def forget_seen_head(conn, where: str) -> None:
    """After a restore made here: the log starts again from the backup's, so remember its head now."""
    key = _identity(conn, where)
    now = current_head(conn)
    if key is not None and now is not None:
        _store(key, now, datetime.now(UTC))


def describe(check: AuditCheck, zone: str) -> tuple[str, list[str]]:
    """What a verification found, in words: a headline and what was checked against what (times
    in ``zone``, named)."""
    from commdesk.core.timezones import format_instant

    chain, local = check.chain, check.local
    lines: list[str] = []
    if not chain.ok:
        lines.append(
            translate("Audit", "The audit log was tampered with: {problem}.").format(problem=chain.problem)
        )
    if local.problem is not None:
        lines.append(
            translate("Audit", "The audit log was tampered with: {problem}.").format(problem=local.problem)
        )
    lines.append(
        translate(
            "Audit", "The chain is intact up to entry {n} ({erased} with erased personal data)."
        ).format(n=chain.entries, erased=chain.erased)
    )
    if chain.recorded is None:
        lines.append(
            translate(
                "Audit",
                "The database holds no record of its last entry yet (it is kept from the "
                "next change on), so a cut of the newest entries could not be checked against it.",
            )
        )
    elif chain.ok:
        lines.append(
            translate("Audit", "The database's record of its last entry agrees: entry {n}.").format(
                n=chain.recorded
            )
        )
    if local.restored is not None and local.seen is not None:  # a restore is found only past a seen head
        lines.append(
            translate(
                "Audit",
                "The log was restored from a backup (entry {n}, {at}) after this computer "
                "last saw it at entry {seen}.",
            ).format(n=local.restored[0], at=format_instant(local.restored[1], zone), seen=local.seen.seq)
        )
    elif local.seen is None:
        lines.append(
            translate(
                "Audit",
                "This computer had not verified or opened this database before, so it "
                "has no head of its own to compare with; it remembers this one from now on.",
            )
            if local.remembered
            else translate(
                "Audit",
                "This computer had not verified or opened this database before, so it "
                "has no head of its own to compare with.",
            )
        )
    else:
        lines.append(
            translate("Audit", "The last head this computer saw was entry {n} ({at}){agree}.").format(
                n=local.seen.seq,
                at=format_instant(local.seen.seen, zone),
                agree=translate("Audit", "; the log reaches it") if local.problem is None else "",
            )
        )
    headline = (
        translate("Audit", "Audit log intact") if check.ok else translate("Audit", "Audit log tampered with")
    )
    return headline, lines
