"""Import of media contacts: plan (a report, nothing written) then apply (one transaction).

``plan`` reads the file (CSV in UTF-8 / BOM / GB18030, .xlsx, vCard), maps its columns (guessed,
overridable) and asks the core planner what would be created, updated (matched by e-mail, then
phone), left unchanged and rejected. ``apply`` writes that plan in one transaction: all or nothing
unless ``skip_invalid``; a cancel (or any error) writes nothing. Importing the same file twice
changes nothing the second time. Created contacts carry the file as their source (provenance) and
an ``import`` entry in the audit log naming file and row.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, insert, select

from commdesk.core.contacts.importing import (
    Existing,
    ImportPlan,
    Row,
    guess_mapping,
    parse_overrides,
    plan_import,
    read_table,
)
from commdesk.core.contacts.importing.plan import NEW, RowCounts, resolve_choices
from commdesk.core.errors import Cancelled, ConflictError, ValidationError
from commdesk.core.i18n import translate
from commdesk.core.parallel import ahead
from commdesk.persistence.audit import _text
from commdesk.persistence.models import AuditRow
from commdesk.persistence.models.base import utcnow
from commdesk.persistence.models.contacts import ContactEmailRow, ContactListRow, ContactPhoneRow, ContactRow
from commdesk.persistence.repositories import contacts as repo
from commdesk.services.contacts.service import ENTITY, ContactService
from commdesk.services.context import ServiceContext

Progress = Callable[[int, int | None], None]
Cancel = Callable[[], bool]


@dataclass
class ImportPreview:
    plan: ImportPlan
    mapping: dict[str, str | None]  # header -> target (None: ignored)
    headers: list[str]
    sample_rows: list[Row]  # the first rows of the file, for the mapping dialog
    file_kind: str  # csv | xlsx | vcard
    encoding: str
    file: str = ""
    versions: dict[int, int] = field(default_factory=dict)  # matched contacts' versions when planned


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    rejected: int  # rows left out (skip_invalid)
    list_id: int | None = None
    merged: int = 0  # rows merged into an earlier row of the file
    rows_read: int = 0
    ignored_columns: tuple[str, ...] = ()  # the file's columns not imported

    def summary(self) -> str:
        return counts_text(
            RowCounts(
                self.rows_read,
                self.created,
                self.updated,
                self.unchanged,
                self.merged,
                self.rejected,
                self.ignored_columns,
            )
        )


def counts_text(c: RowCounts, planned: bool = False) -> str:
    """Every row read and what became of it (``planned``: what would become of it), in words; the
    parts add up to the rows read."""
    if planned:
        text = translate(
            "Contacts",
            "Rows read: {rows}; {created} to create, {updated} to update, {unchanged} "
            "unchanged, {merged} merged into an earlier row of the file, {rejected} rejected",
        )
    else:
        text = translate(
            "Contacts",
            "Rows read: {rows}; {created} created, {updated} updated, {unchanged} unchanged, "
            "{merged} merged into an earlier row of the file, {rejected} rejected",
        )
    text = text.format(
        rows=c.rows_read,
        created=c.created,
        updated=c.updated,
        unchanged=c.unchanged,
        merged=c.merged,
        rejected=c.rejected,
    )
    if c.ignored_columns:  # a column dropped without a word would look imported
        text += translate(
            "Contacts", "; columns not imported (no contact field takes them): {columns}"
        ).format(columns=", ".join(c.ignored_columns))
    return text


class DbLookup:
    """The planner's ContactLookup over the database: key maps up front, records on first match."""

    def __init__(self, session):
        self.session = session
        live = (ContactRow.deleted.is_(False), ContactRow.erased.is_(False))
        self.email = dict(
            session.execute(
                select(ContactEmailRow.address_key, ContactEmailRow.contact_id)
                .join(ContactRow, ContactRow.id == ContactEmailRow.contact_id)
                .where(*live)
                .order_by(ContactEmailRow.contact_id.desc())
            ).all()
        )
        self.phone = dict(
            session.execute(
                select(ContactPhoneRow.number, ContactPhoneRow.contact_id)
                .join(ContactRow, ContactRow.id == ContactPhoneRow.contact_id)
                .where(*live)
                .order_by(ContactPhoneRow.contact_id.desc())
            ).all()
        )
        self.records: dict[int, Existing] | None = None
        self.versions: dict[int, int] = {}

    def _get(self, cid: int | None) -> Existing | None:
        if cid is None:
            return None
        if self.records is None:
            ids = sorted(set(self.email.values()) | set(self.phone.values()))
            self.records = {i: Existing(i, r) for i, r in repo.load_records(self.session, ids).items()}
            for part in repo.chunks(ids):
                self.versions.update(
                    self.session.execute(
                        select(ContactRow.id, ContactRow.version).where(ContactRow.id.in_(part))
                    ).all()
                )
        return self.records.get(cid)

    def by_email(self, address_key: str) -> Existing | None:
        return self._get(self.email.get(address_key))

    def by_phone(self, e164: str) -> Existing | None:
        return self._get(self.phone.get(e164))


class _BulkFts:
    """SQLite: fill the search index of the created contacts with one INSERT ... SELECT instead of
    the insert trigger's row by row (7 times faster on 100,000 contacts). The trigger is dropped
    and made again inside the import's transaction, so an error or a cancel restores it."""

    def __init__(self, conn):
        from commdesk.persistence.models.contacts import SQLITE_FTS_DDL

        self.conn = conn
        self.ddl = SQLITE_FTS_DDL[1]
        self.active = (
            conn.dialect.name == "sqlite"
            and conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = 'contact_fts_ai'"
            ).first()
            is not None
        )
        if self.active:
            conn.exec_driver_sql("DROP TRIGGER contact_fts_ai")

    def done(self, created_ids: list[int]) -> None:
        if not self.active:
            return
        if created_ids:  # the import's ids are above every other (it holds the write lock)
            self.conn.exec_driver_sql(
                "INSERT INTO contact_fts(rowid, text) SELECT id, search_text FROM contacts WHERE id >= ?",
                (min(created_ids),),
            )
        self.conn.exec_driver_sql(self.ddl)
        self.active = False


def _allocate_ids(conn, first: tuple, constants: dict, n: int) -> tuple[list[int], bool]:
    """Ids for ``n`` new contacts, and whether the first of them (``first``, a ROW_COLUMNS tuple)
    was inserted on the way.

    SQLite: the first row is inserted alone, which takes the database's write lock until commit,
    so the others can have the ids that follow the highest. PostgreSQL: ``n`` values of the id
    sequence."""
    table = ContactRow.__table__
    if conn.dialect.name != "sqlite":
        return list(
            conn.exec_driver_sql(
                "SELECT nextval(pg_get_serial_sequence('contacts', 'id')) FROM generate_series(1, %(n)s)",
                {"n": n},
            ).scalars()
        ), False
    one = conn.execute(
        insert(table).returning(table.c.id), dict(zip(repo.ROW_COLUMNS, first, strict=False), **constants)
    )
    first_id = one.scalar_one()
    top = conn.execute(select(func.max(table.c.id))).scalar_one()
    return [first_id, *list(range(top + 1, top + n))], True


class _Prepared:
    """What the import writes for a batch of created contacts, made from the plan alone (so it
    can be made in another process, ``core.parallel``): rows (id first), children, search keys
    and audit entries."""

    def __init__(self, creates, ids: list[int], outlets, source: str, step: int):
        self.creates, self.ids, self.outlets, self.source, self.step = creates, ids, outlets, source, step

    def count(self) -> int:
        return -(-len(self.creates) // self.step)

    def batches(self, start: int = 0):
        for n in range(start, self.count()):
            yield self.batch(n)

    def batch(self, n: int):
        lo, hi = n * self.step, (n + 1) * self.step
        batch, ids = self.creates[lo:hi], self.ids[lo:hi]
        rows, keys = [], []
        for cid, p in zip(ids, batch, strict=False):
            row, k = row_of(p, self.source)
            rows.append((cid, *row))
            keys.append((cid, k))
        children = repo.gather(
            repo.child_tuples(cid, p.record, self.outlets) for cid, p in zip(ids, batch, strict=False)
        )
        audit = [
            (str(cid), _text(", ".join(f"{file}:{row}" for file, row in p.sources)))
            for cid, p in zip(ids, batch, strict=False)
        ]
        return rows, children, keys, audit


def row_of(planned, source: str) -> tuple[tuple, set[str]]:
    """The contact row (ROW_COLUMNS) of a planned contact, with the file as its source when it
    names none (provable consent), and its search keys."""
    row, keys = repo.row_tuple_and_keys(planned.record)
    if not row[_SOURCE]:
        row = (*row[:_SOURCE], source[:300], *row[_SOURCE + 1 :])
    return row, keys


#: contacts written per step (progress and cancel are checked between steps)
BATCH = 2000
#: with fewer contacts to create, the rows are made in this process (a fork costs more)
FORK_FROM = 4000


_SOURCE = repo.ROW_COLUMNS.index("source")


class _BigCache:
    """SQLite: a page cache of 256 MB for the import's transaction (the default 2 MB made the
    search key B-tree's inserts read and spill the same pages again and again), the connection's
    own size again afterwards (the cache shrinks back)."""

    def __init__(self, conn):
        self.conn = conn
        self.was = None
        if conn.dialect.name == "sqlite":
            self.was = conn.exec_driver_sql("PRAGMA cache_size").scalar()
            conn.exec_driver_sql("PRAGMA cache_size = -262144")

    def done(self) -> None:
        if self.was is not None:
            self.conn.exec_driver_sql(f"PRAGMA cache_size = {int(self.was)}")
            self.was = None


def _overrides(items, headers) -> dict[str, str | None]:
    if isinstance(items, Mapping):
        items = [f"{k}={v or 'ignore'}" for k, v in items.items()]
    return parse_overrides(list(items), headers)


class _GcPaused:
    """The cyclic garbage collector off for a bulk step: the rows of a 100,000-row file are
    hundreds of thousands of live objects, and collecting between them (nothing of which is
    garbage) cost a third of the planning time. Reference counting still frees as usual."""

    def __enter__(self):
        self.was = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc):
        if self.was:
            gc.enable()


class ContactImportService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @property
    def contacts(self) -> ContactService:
        return self.ctx.service(ContactService)

    def _require(self):
        return self.contacts.require_admin(translate("Contacts", "import media contacts"))

    def plan(
        self,
        path: str | os.PathLike,
        encoding: str | None = None,
        mapping_overrides: Iterable[str] | Mapping = (),
        sheet: str | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> ImportPreview:
        """Read and plan; writes nothing. ImportFileError when the file can't be read."""
        self._require()
        table = read_table(path, encoding=encoding, sheet=sheet)
        mapping = guess_mapping(table.headers)
        mapping.update(_overrides(mapping_overrides, table.headers))
        if not any(mapping.values()):
            raise ValidationError(
                {
                    "mapping": translate(
                        "Contacts",
                        "No column of {file} was recognised; map the columns to contact fields "
                        "(e.g. 姓名=full_name).",
                    ).format(file=table.file)
                }
            )
        region = self.contacts.region()
        with self.ctx.unit_of_work() as uow, _GcPaused():
            lookup = DbLookup(uow.session)
            plan = plan_import(
                table.rows,
                mapping,
                lookup,
                region,
                progress=progress,
                cancel=cancel,
                unguard=table.kind != "vcard",
            )
        return ImportPreview(
            plan,
            mapping,
            table.headers,
            table.rows[:20],
            table.kind,
            table.encoding,
            file=table.file,
            versions=dict(lookup.versions),
        )

    def apply(
        self,
        preview: ImportPreview,
        skip_invalid: bool = False,
        list_name: str | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        choices: Mapping | None = None,
        default: str = NEW,
    ) -> ImportResult:
        """Write the plan in one transaction (nothing written on error or cancel).

        ``choices`` (existing contact id -> field -> "keep" | "new" | "replace") and ``default``
        ("keep": keep existing values for all) are the user's review of the updates
        (``plan.resolve_choices``)."""
        self._require()
        plan = resolve_choices(preview.plan, choices, default) if choices or default != NEW else preview.plan
        rejected = len(plan.rejected_rows)
        if rejected and not skip_invalid:
            raise ValidationError(
                {
                    "file": translate(
                        "Contacts",
                        "{n} rows of {file} were rejected, so nothing was imported; fix those rows, or "
                        "import the valid rows only.",
                    ).format(n=rejected, file=preview.file)
                }
            )
        total = len(plan.create) + len(plan.update)
        step = BATCH

        def tick(done: int) -> None:
            if cancel is not None and cancel():
                raise Cancelled(translate("Contacts", "The import was cancelled; nothing was changed."))
            if progress is not None:
                progress(done, total)

        source = translate("Contacts", "import of {file}").format(file=preview.file) if preview.file else ""
        today = self.contacts.today()
        with self.ctx.unit_of_work() as uow, _GcPaused():
            s = uow.session
            cache = _BigCache(s.connection())
            try:
                return self._write(
                    uow, s, preview, plan, rejected, skip_invalid, list_name, source, today, tick, total, step
                )
            finally:
                cache.done()

    def _write(
        self, uow, s, preview, plan, rejected, skip_invalid, list_name, source, today, tick, total, step
    ):
        self._check_versions(s, preview)
        outlets = repo.OutletCache(s)
        outlets.ensure(o for p in plan.create + plan.update for o in p.record.all_outlets)
        created_ids: list[int] = []
        fts = _BulkFts(s.connection()) if plan.create else None
        conn = s.connection()
        audit = repo.RowWriter(
            conn,
            AuditRow.__table__,
            ("entity_id", "note"),
            {
                "at": utcnow(),
                "txn": s.info.get("txn", "-"),
                "actor_id": uow.actor.id,
                "actor_name": uow.actor.name,
                "entity": ENTITY,
                "action": "import",
                "field": None,
                "old": None,
                "new": None,
            },
        )
        if plan.create:
            constants = {"source_date": today}
            ids, first_written = _allocate_ids(
                conn, row_of(plan.create[0], source)[0], constants, len(plan.create)
            )
            created_ids = ids
            contacts = repo.RowWriter(conn, ContactRow.__table__, ("id", *repo.ROW_COLUMNS), constants)
            prepared = _Prepared(plan.create, ids, outlets.known(), source, step)
            batches = (
                ahead(prepared.batches, prepared.count())
                if len(plan.create) >= FORK_FROM
                else prepared.batches()
            )
            try:
                for n, (rows, children, keys, entries) in enumerate(batches):
                    tick(n * step)
                    contacts.write(rows[1:] if n == 0 and first_written else rows)
                    repo.insert_child_tuples(conn, children)
                    repo.write_key_sets(conn, keys, replace=False)
                    audit.write(entries)
            finally:
                batches.close()
        if fts is not None:
            fts.done(created_ids)
        done = len(plan.create)
        for start in range(0, len(plan.update), step):
            tick(done + start)
            batch = plan.update[start : start + step]
            rows = {
                r.id: r
                for part in repo.chunks([p.key for p in batch])
                for r in s.scalars(select(ContactRow).where(ContactRow.id.in_(part)))
            }
            moved = [
                p.key
                for p in batch
                if p.key not in rows or rows[p.key].version != preview.versions.get(p.key)
            ]
            if moved:  # saved or deleted since the check above (a read before the first write)
                raise self._stale(preview, moved)
            for p in batch:
                row = rows[p.key]
                repo.apply_record(row, p.record)
                repo.replace_children(s, row.id, p.record, outlets)
            s.flush()
        list_id = None
        if list_name:
            list_id = self._fill_list(
                s, list_name, created_ids + [p.key for p in plan.update + plan.unchanged]
            )
        tick(total)
        counts = plan.counts()
        result = ImportResult(
            counts.created,
            counts.updated,
            counts.unchanged,
            rejected if skip_invalid else 0,
            list_id,
            counts.merged,
            counts.rows_read,
            counts.ignored_columns,
        )
        uow.event(ENTITY, "import", "import", note=f"{preview.file}: {result.summary()}")
        return result

    def _check_versions(self, session, preview: ImportPreview) -> None:
        keys = [p.key for p in preview.plan.update]
        current: dict[int, int] = {}
        for part in repo.chunks(keys):
            current.update(
                session.execute(
                    select(ContactRow.id, ContactRow.version).where(
                        ContactRow.id.in_(part), ContactRow.deleted.is_(False)
                    )
                ).all()
            )
        stale = [k for k in keys if current.get(k) != preview.versions.get(k)]
        if stale:
            raise self._stale(preview, stale)

    @staticmethod
    def _stale(preview: ImportPreview, stale: list[int]) -> ConflictError:
        return ConflictError(
            translate(
                "Contacts", "{n} contacts were changed since the import was planned; plan the import again."
            ).format(n=len(stale)),
            mine=preview,
            theirs=stale,
        )

    def _fill_list(self, session, name: str, ids: list[int]) -> int:
        from sqlalchemy import func

        from commdesk.persistence.models.contacts import ContactListMemberRow

        name = " ".join(name.split())
        row = session.scalars(
            select(ContactListRow).where(func.lower(ContactListRow.name) == name.lower())
        ).first()
        if row is None:
            row = ContactListRow(name=name, smart=False)
            session.add(row)
            session.flush()
        elif row.smart:
            raise ValidationError(
                {
                    "list": translate(
                        "Contacts", "{name} is a smart list (a saved search); its members follow the search."
                    ).format(name=row.name)
                }
            )
        have = set(
            session.scalars(
                select(ContactListMemberRow.contact_id).where(ContactListMemberRow.list_id == row.id)
            )
        )
        new = [i for i in dict.fromkeys(ids) if i not in have]
        if new:
            session.execute(
                insert(ContactListMemberRow),
                [{"list_id": row.id, "contact_id": i, "added_at": utcnow()} for i in new],
            )
            for i in new:
                from commdesk.persistence.audit import record_event

                record_event(
                    session, "contact_list_members", f"{row.id},{i}", "create", field="list_id", new=row.id
                )
        return row.id


def file_name(path) -> str:
    return Path(path).name
