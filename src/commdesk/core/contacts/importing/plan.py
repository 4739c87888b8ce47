"""The import plan: what an import would create, update, leave unchanged and reject.

Matching: a row belongs to an existing contact with the same e-mail address (case-insensitive),
else the same phone number (E.164). Rows of one file that share an address or number are merged
into one contact first, in file order.

Merge semantics (``merge_into``): the file updates only the fields it provides. A text field
given in the file replaces the stored one, except notes, which are appended (unless the stored
notes hold them already); lists (e-mails, phones, outlets, beats) are merged:
existing entries keep their order, label and primary flag (a label the file gives replaces the
stored one), new ones are appended. A new primary outlet moves the old one to the other outlets.
A changed name re-derives family / given name and pinyin unless the file gives them. So importing
the same file twice leaves everything unchanged the second time.

Required fields (a name, a way to reach the person) are checked on the merged result, so a row
holding only an e-mail and a new title may update an existing contact.

Nothing surprises: an update's field-level changes (``PlannedContact.changes``) can be reviewed
and each one declined (``resolve_choices``: keep the existing value, take the new one, or for notes
replace instead of append), and every row read is accounted for (``ImportPlan.counts``): it
created, updated or left unchanged a contact, was rejected, or was merged into an earlier row of
the same file (``ImportPlan.merged_rows``).
"""

from __future__ import annotations

import pickle
import threading
from collections.abc import Callable, Generator, Hashable, Iterable, Iterator, Mapping, Sequence, Sized
from dataclasses import dataclass, field, fields
from functools import lru_cache
from itertools import islice
from typing import Protocol, overload

from commdesk.core.contacts.importing.mapping import compile_mapping, row_to_record
from commdesk.core.contacts.importing.spool import KeyIndex, PlannedSpool
from commdesk.core.contacts.importing.table import Row
from commdesk.core.contacts.names import clean_name
from commdesk.core.contacts.records import CONTACT_FIELDS, ContactRecord, Email, Phone, Status, Tier
from commdesk.core.contacts.validation import check_contact, complete_names, email_key, required_errors
from commdesk.core.errors import Cancelled
from commdesk.core.i18n import translate
from commdesk.core.parallel import ahead, child_available


@dataclass(frozen=True)
class Existing:
    key: Hashable  # the caller's id of the stored contact
    record: ContactRecord


class ContactLookup(Protocol):
    def by_email(self, address_key: str) -> Existing | None: ...  # address_key = email_key(address)

    def by_phone(self, e164: str) -> Existing | None: ...


class DictLookup:
    """A ContactLookup over records held in memory (tests, dry runs, small sets)."""

    def __init__(self, records: dict[Hashable, ContactRecord] | None = None):
        self._email: dict[str, Existing] = {}
        self._phone: dict[str, Existing] = {}
        for key, rec in (records or {}).items():
            ex = Existing(key, rec)
            for e in rec.emails:
                self._email.setdefault(email_key(e.address), ex)
            for p in rec.phones:
                self._phone.setdefault(p.number, ex)

    def by_email(self, address_key: str) -> Existing | None:
        return self._email.get(address_key)

    def by_phone(self, e164: str) -> Existing | None:
        return self._phone.get(e164)


@dataclass(frozen=True)
class Rejection:
    file: str
    row: int
    column: str  # "" when the problem is not one column's
    reason: str

    def __str__(self) -> str:  # the CLI's FILE:ROW: reason line
        col = f" [{self.column}]" if self.column else ""
        return f"{self.file}:{self.row}:{col} {self.reason}"


@dataclass(frozen=True)
class FieldChange:
    """One field of an existing contact that an import changes."""

    field: str  # a ContactRecord field name
    old: object
    new: object  # what the import stores unless declined (notes: the stored notes with the file's appended)
    replace: object = None  # notes only: the file's notes alone (stored instead of appended when chosen)


# the choices of a reviewed change
KEEP, NEW, REPLACE = "keep", "new", "replace"
# Fields an import changes together: a new name re-derives family name, given name and pinyin; a
# new primary outlet moves the old one to the further outlets. When the first field of a group
# changes, the group is kept or taken as one (kept if any of its changed fields is chosen kept), so a
# review never stores the old name with the new pinyin, or loses or doubles an outlet.
COUPLED = (("full_name", "family_name", "given_name", "pinyin"), ("outlet", "outlets"))


def coupled_fields(field: str, changed: Iterable[str]) -> tuple[str, ...]:
    """The changed fields that are kept or taken together with ``field`` (itself included)."""
    changed = tuple(changed)
    for group in COUPLED:
        if field in group and group[0] in changed:
            return tuple(f for f in group if f in changed)
    return (field,)


def field_choices(changed: Iterable[str], mine: Mapping[str, str], default: str = NEW) -> dict[str, str]:
    """Each changed field's choice: the one given, else ``default``; coupled fields as one (kept if
    one of them is chosen kept, else taken if one is chosen taken, else ``default``)."""
    changed = tuple(changed)
    out = {f: mine.get(f, default) for f in changed}
    for f in changed:
        group = coupled_fields(f, changed)
        if len(group) > 1 and f == group[0]:
            given = {mine[g] for g in group if g in mine}  # a choice made wins over the default
            together = KEEP if KEEP in given else NEW if given else default
            out.update(dict.fromkeys(group, together))
    return out


@dataclass
class PlannedContact:
    record: ContactRecord  # what will be stored
    sources: list[tuple[str, int]]  # (file, row) of the rows that make it
    key: Hashable = None  # the existing contact's key; None for new ones
    before: ContactRecord | None = None
    changed: list[str] = field(default_factory=list)  # field names that change
    file_notes: str = ""  # updates: the notes the file's rows give (for "replace the notes")

    def changes(self) -> list[FieldChange]:
        """The field-level changes to an existing contact (old -> new), in field order."""
        if self.before is None:
            return []
        return [
            FieldChange(
                f, getattr(self.before, f), getattr(self.record, f), self.file_notes if f == "notes" else None
            )
            for f in self.changed
        ]


@dataclass(frozen=True)
class RowCounts:
    """What became of every row read; the parts add up to ``rows_read``."""

    rows_read: int
    created: int
    updated: int
    unchanged: int
    merged: int  # rows merged into an earlier row of the same file (the same person twice)
    rejected: int
    ignored_columns: tuple[
        str, ...
    ] = ()  # the file's columns no contact field takes (nothing of them imported)

    def adds_up(self) -> bool:
        return self.created + self.updated + self.unchanged + self.merged + self.rejected == self.rows_read


@dataclass
class ImportPlan:
    create: Sequence[PlannedContact] = field(default_factory=list)  # a PlannedSpool when large
    update: list[PlannedContact] = field(default_factory=list)
    unchanged: Sequence[PlannedContact] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    rows_read: int = 0
    ignored_columns: list[str] = field(default_factory=list)  # headers mapped to no field, in file order
    merged: int | None = None  # rows merged into an earlier row (None: counted from the contacts)
    outlets: set[str] = field(default_factory=set)  # the outlets of the new contacts (planner's)

    @property
    def rejected_rows(self) -> list[tuple[str, int]]:
        return sorted({(r.file, r.row) for r in self.rejected})

    def merged_rows(self) -> list[tuple[str, int, int]]:
        """(file, row, N) of each row merged into row N of that file (its contact's first row)."""
        out: list[tuple[str, int, int]] = []
        for p in (*self.create, *self.update, *self.unchanged):
            if len(p.sources) > 1:
                first = p.sources[0][1]
                out.extend((file, row, first) for file, row in p.sources[1:])
        return sorted(out)

    def counts(self) -> RowCounts:
        """Rows by outcome: a contact's first row created, updated or left it unchanged; its
        further rows were merged into that one."""
        merged = (
            self.merged
            if self.merged is not None
            else sum(len(p.sources) - 1 for p in (*self.create, *self.update, *self.unchanged))
        )
        return RowCounts(
            self.rows_read,
            len(self.create),
            len(self.update),
            len(self.unchanged),
            merged,
            len(self.rejected_rows),
            tuple(self.ignored_columns),
        )

    def summary(self) -> str:
        return translate(
            "Contacts",
            "{created} to create, {updated} to update, {unchanged} unchanged, {rejected} rows rejected",
        ).format(
            created=len(self.create),
            updated=len(self.update),
            unchanged=len(self.unchanged),
            rejected=len(self.rejected_rows),
        )


def dedupe(items, key):
    seen, out = set(), []
    for x in items:
        k = key(x)
        if k not in seen:
            seen.add(k)
            out.append(x)
    return out


def _merge_entries(base: list, incoming: list, key) -> list:
    out = list(base)
    index = {key(x): i for i, x in enumerate(out)}
    for x in incoming:
        k = key(x)
        if k in index:
            old = out[index[k]]
            if x.label and x.label != old.label:
                out[index[k]] = old._replace(label=x.label)
        else:
            index[k] = len(out)
            out.append(x._replace(primary=False) if base else x)
    return out


_NAME_FIELDS = ("full_name", "family_name", "given_name", "pinyin")
_LIST_FIELDS = ("outlet", "outlets", "beats", "emails", "phones")


def append_notes(base: str, incoming: str) -> str:
    """``base`` with ``incoming`` appended on a line of its own, unless every line of ``incoming``
    is a line of ``base`` already (so importing a file twice appends its notes once). Whole lines
    are compared: a note that is only part of a stored line ("电话" in "喜欢电话") is appended."""
    incoming = incoming.strip()
    if not incoming:
        return base
    stored = {line.strip() for line in base.splitlines()}
    if all(line.strip() in stored for line in incoming.splitlines() if line.strip()):
        return base
    return f"{base.rstrip()}\n{incoming}" if base.strip() else incoming


def merge_into(base: ContactRecord, incoming: ContactRecord) -> ContactRecord:
    """``base`` updated with what ``incoming`` provides (see the module doc)."""
    out = base.copy()
    if any(getattr(incoming, f) for f in _NAME_FIELDS[:3]):
        names = complete_names(
            ContactRecord(
                full_name=incoming.full_name,
                family_name=incoming.family_name,
                given_name=incoming.given_name,
                pinyin=incoming.pinyin,
            )
        )
        if clean_name(names.full_name) != clean_name(base.full_name):
            out.full_name, out.family_name, out.given_name, out.pinyin = (
                names.full_name,
                names.family_name,
                names.given_name,
                names.pinyin,
            )
        else:
            for f in _NAME_FIELDS[1:]:
                if getattr(incoming, f):
                    setattr(out, f, getattr(incoming, f))
    elif incoming.pinyin:
        out.pinyin = incoming.pinyin
    for field_ in fields(ContactRecord):
        name = field_.name
        if name in _NAME_FIELDS or name in _LIST_FIELDS:
            continue
        value = getattr(incoming, name)
        if name == "notes":
            out.notes = append_notes(base.notes, value)
        elif value not in ("", None):
            setattr(out, name, value)
    if incoming.outlet and incoming.outlet != base.outlet:
        out.outlet = incoming.outlet
        out.outlets = [
            o for o in ([base.outlet] if base.outlet else []) + base.outlets if o != incoming.outlet
        ]
    out.outlets = dedupe(out.outlets + [o for o in incoming.outlets if o != out.outlet], str.casefold)
    out.beats = dedupe(base.beats + incoming.beats, str.casefold)
    out.emails = _merge_entries(base.emails, incoming.emails, lambda e: email_key(e.address))
    out.phones = _merge_entries(base.phones, incoming.phones, lambda p: p.number)
    return out


def _changed(before: ContactRecord, after: ContactRecord) -> list[str]:
    return [f.name for f in fields(ContactRecord) if getattr(before, f.name) != getattr(after, f.name)]


class _Target:
    """A contact being planned. A new contact made by one row that the child process checked
    (``prepared``) is held as that process pickled it, finished, until something needs its record
    (a later row of the file that is the same person): then it is read back and planned as any."""

    __slots__ = ("_record", "existing", "notes", "prepared", "sources")

    def __init__(
        self, existing: Existing | None, record: ContactRecord | None, prepared: Prepared | None = None
    ):
        self.existing, self._record, self.notes, self.prepared = existing, record, "", prepared
        self.sources: list[tuple[str, int]] = []

    @property
    def record(self) -> ContactRecord:
        if self._record is None:
            assert self.prepared is not None  # a target has its record or the child's
            self._record = _raw_record(self.prepared)
        self.prepared = None  # the record may change from here on
        return self._record

    @record.setter
    def record(self, value: ContactRecord) -> None:
        self._record, self.prepared = value, None


# the mapping targets that feed a field (a field's own name otherwise)
_KINDS = {"emails": ("email",), "phones": ("phone",)}


def _column_of(row: Row, columns, kinds: tuple[str, ...], value: str) -> str:
    for c in columns:
        if c.target.split(":")[0] in kinds and value and value in row.values.get(c.header, ""):
            return c.header
    return ""


@lru_cache(maxsize=16384)
def _completed_names(
    full_name: str, family_name: str, given_name: str, pinyin: str
) -> tuple[str, str, str, str]:
    """complete_names of a record with these names (it reads nothing else), once per distinct name."""
    r = complete_names(
        ContactRecord(full_name=full_name, family_name=family_name, given_name=given_name, pinyin=pinyin)
    )
    return r.full_name, r.family_name, r.given_name, r.pinyin


def _first(find, keys):
    """The first thing ``find`` finds for one of ``keys``, else None."""
    for k in keys:
        found = find(k)
        if found is not None:
            return found
    return None


#: targets (contacts being planned) kept in memory; when there are more, the oldest are finished
#: and put in a ``PlannedSpool`` (a later row of the file that belongs to one takes it back)
KEEP_IN_MEMORY = 8000
#: rows planned together: their stored matches are looked up in one go (``prefetch``)
STEP = 2000


class _Planner:
    """The state of one plan: the targets in memory by ordinal, the finished ones (spooled new
    and unchanged contacts, updates in memory), and the file's keys (e-mail keys, numbers) ->
    ordinal of their target."""

    def __init__(self, plan: ImportPlan, lookup: ContactLookup):
        self.plan, self.lookup = plan, lookup
        self.live: dict[int, _Target] = {}
        self.failed: dict[int, _Target] = {}  # finished without a name or a way to reach them
        self.emails, self.phones = KeyIndex(), KeyIndex()
        self.by_key: dict[Hashable, int] = {}
        self.next = 0
        self.created, self.unchanged = PlannedSpool(unpack_new), PlannedSpool()
        self.updates: dict[int, PlannedContact] = {}
        self.merged = 0

    def _new(self, target: _Target) -> int:
        o = self.next
        self.next += 1
        self.live[o] = target
        if target.existing is not None:
            self.by_key[target.existing.key] = o
        return o

    def _target(self, o: int | None, key: str, emails: bool) -> tuple[int, _Target] | None:
        """The target of ordinal ``o`` if it holds ``key``, taken back from the finished ones if it
        was finished (a hash that collided finds a target without the key: None)."""
        if o is None:
            return None
        t = self.live.get(o) or self.failed.get(o)
        if t is None:
            t, o = self._reopen(o)
            if t is None:
                return None
        held = (
            (email_key(e.address) for e in t.record.emails) if emails else (p.number for p in t.record.phones)
        )
        return (o, t) if key in held else None

    def _reopen(self, o: int) -> tuple[_Target | None, int]:
        p = self.created.take(o) or self.unchanged.take(o) or self.updates.pop(o, None)
        if p is None:
            return None, o
        self.merged -= len(p.sources) - 1
        existing = Existing(p.key, p.before) if p.key is not None and p.before is not None else None
        t = _Target(existing, p.record)
        t.sources, t.notes = list(p.sources), p.file_notes
        n = self._new(t)
        for e in t.record.emails:
            self.emails.repoint(email_key(e.address), o, n)
        for ph in t.record.phones:
            self.phones.repoint(ph.number, o, n)
        return t, n

    def _first(self, index: KeyIndex, keys: list[str], emails: bool) -> tuple[int, _Target] | None:
        for k in keys:
            found = self._target(index.get(k), k, emails)
            if found is not None:
                return found
        return None

    def add(self, row: Row, record: ContactRecord | None, prepared: Prepared | None = None) -> None:
        """Plan ``row``: its checked ``record``, or what the child made of it (``prepared``)."""
        if prepared is not None:
            keys, numbers = list(prepared[1]), list(prepared[2])
        else:
            assert record is not None
            keys = [email_key(e.address) for e in record.emails]
            numbers = [p.number for p in record.phones]
        found = self._first(self.emails, keys, True) or self._first(self.phones, numbers, False)
        first_row = False  # the first row of a new contact is the contact (normalised above)
        if found is None:
            lookup = self.lookup
            existing = _first(lookup.by_email, keys) or _first(lookup.by_phone, numbers)
            o = self.by_key.get(existing.key) if existing is not None else None
            if o is not None and existing is not None:
                t = self.live.get(o) or self.failed.get(o)
                if t is None:
                    t, o = self._reopen(o)
                found = (o, t) if t is not None else None
            if found is None:
                first_row = existing is None
                if existing is not None:
                    target = _Target(existing, existing.record)
                elif prepared is not None:
                    target = _Target(None, None, prepared)
                else:
                    target = _Target(None, record)
                found = (self._new(target), target)
        o, target = found
        target.sources.append((row.file, row.number))
        if not first_row and record is None:
            assert prepared is not None
            record = _raw_record(prepared)
        assert record is not None or first_row
        if record is not None and record.notes and target.existing is not None:
            target.notes = append_notes(target.notes, record.notes)
        if not first_row:
            assert record is not None
            target.record = merge_into(target.record, record)
            keys = [email_key(e.address) for e in target.record.emails]
            numbers = [p.number for p in target.record.phones]
        for k in keys:
            self.emails.setdefault(k, o)
        for n in numbers:
            self.phones.setdefault(n, o)

    def _finish(self, o: int, t: _Target) -> bool:
        """Finish target ``o``: new, update or unchanged; False when it lacks what a contact needs."""
        if t.prepared is not None and t.prepared[4]:  # one row, finished by the child: spooled as it is
            self.created.append(o, t.prepared[0], t.prepared[3])
            return True
        rec = t.record
        names = (rec.full_name, rec.family_name, rec.given_name, rec.pinyin)
        done_names = _completed_names(*names)
        if t.existing is None:  # the target's own record (made by row_to_record or merge_into)
            rec.full_name, rec.family_name, rec.given_name, rec.pinyin = done_names
            if rec.status is None:
                rec.status = Status.ACTIVE
        elif done_names != names:
            rec = rec.copy(**dict(zip(_NAME_FIELDS, done_names, strict=False)))
        if required_errors(rec):
            return False
        self.merged += len(t.sources) - 1
        if t.existing is None:
            self.created.append(o, PlannedContact(rec, t.sources), rec.all_outlets)
            return True
        changed = _changed(t.existing.record, rec)
        item = PlannedContact(rec, t.sources, t.existing.key, t.existing.record, changed, t.notes)
        if changed:
            self.updates[o] = item
        else:
            self.unchanged.append(o, item)
        return True

    def spill(self, keep: int) -> None:
        """Finish the oldest targets in memory while there are more than ``keep``."""
        if len(self.live) <= keep:
            return
        for o in list(islice(self.live, len(self.live) - keep // 2)):
            t = self.live.pop(o)
            if not self._finish(o, t):
                self.failed[o] = t

    def done(self) -> None:
        plan = self.plan
        for o, t in sorted([*self.live.items(), *self.failed.items()], key=lambda item: item[0]):
            if o in self.failed or not self._finish(o, t):
                errors = required_errors(t.record)
                for file, number in t.sources:
                    plan.rejected.extend(Rejection(file, number, "", e.message) for e in errors)
        self.live, self.failed = {}, {}
        plan.create = self.created if self.created.spooled else list(self.created)
        plan.unchanged = self.unchanged if self.unchanged.spooled else list(self.unchanged)
        plan.update = list(self.updates.values())
        plan.merged = self.merged
        plan.outlets = set(self.created.outlets)


def _chunks(rows: Iterable[Row], size: int) -> Iterator[list[Row]]:
    it = iter(rows)
    while chunk := list(islice(it, size)):
        yield chunk


#: from this many rows on, the rows are read into checked records in a child process too
#: (``core.parallel.ahead``) while this one plans: on two cores that is most of the reading
PARALLEL_FROM = 20000

_Context = tuple[list, str, bool]
#: chunks kept behind the one being planned
_KEPT_CHUNKS = 8  # compiled columns, default region, unguard


#: a row as the child process prepares it for the planner: the row's contact as ``_Planner._finish``
#: makes a new contact of one row (names completed, active), pickled; its e-mail keys; its numbers;
#: its outlets; whether it has what a contact needs (a name, a way to reach the person); and the
#: names and status the row itself gave (the record the planner merges is the row's, not the
#: finished one)
Prepared = tuple[
    bytes, tuple[str, ...], tuple[str, ...], tuple[str, ...], bool, tuple[str, str, str, str, Status | None]
]


_EMAILS, _PHONES, _TIER, _STATUS = (CONTACT_FIELDS.index(f) for f in ("emails", "phones", "tier", "status"))
_TIERS = {t.value: t for t in Tier}
_STATUSES = {s.value: s for s in Status}


def pack_new(planned: PlannedContact) -> bytes:
    """A new contact's ``PlannedContact`` (record and sources) as bytes of plain values: half the
    size and time of pickling it as it is (no class or field names per contact)."""
    d = planned.record.__dict__
    values = [d[f] for f in CONTACT_FIELDS]
    values[_EMAILS] = [tuple(e) for e in values[_EMAILS]]
    values[_PHONES] = [tuple(p) for p in values[_PHONES]]
    values[_TIER] = values[_TIER].value if values[_TIER] is not None else None
    values[_STATUS] = values[_STATUS].value if values[_STATUS] is not None else None
    return pickle.dumps((values, planned.sources), protocol=pickle.HIGHEST_PROTOCOL)


def unpack_new(data: bytes) -> PlannedContact:
    """The ``PlannedContact`` of ``pack_new``'s bytes."""
    values, sources = pickle.loads(data)
    values[_EMAILS] = [Email(*e) for e in values[_EMAILS]]
    values[_PHONES] = [Phone(*p) for p in values[_PHONES]]
    if values[_TIER] is not None:
        values[_TIER] = _TIERS[values[_TIER]]
    if values[_STATUS] is not None:
        values[_STATUS] = _STATUSES[values[_STATUS]]
    record = object.__new__(ContactRecord)  # as ContactRecord.copy makes one: every field set here
    record.__dict__.update(zip(CONTACT_FIELDS, values, strict=True))
    return PlannedContact(record, sources)


def _prepare(row: Row, record: ContactRecord) -> Prepared:
    """``Prepared`` of a checked row: what ``_Planner._finish`` makes of it if it stays a contact of
    its own, so the planner spools it as it is (no reading back, completing or pickling there)."""
    keys = tuple(email_key(e.address) for e in record.emails)
    numbers = tuple(p.number for p in record.phones)
    raw = (record.full_name, record.family_name, record.given_name, record.pinyin, record.status)
    rec = record.copy()
    rec.full_name, rec.family_name, rec.given_name, rec.pinyin = _completed_names(*raw[:4])
    if rec.status is None:
        rec.status = Status.ACTIVE
    ready = not required_errors(rec)
    data = pack_new(PlannedContact(rec, [(row.file, row.number)]))
    return data, keys, numbers, tuple(rec.all_outlets), ready, raw


def _raw_record(prepared: Prepared) -> ContactRecord:
    """The record of a prepared row as ``check_contact`` left it (what the planner merges)."""
    rec = unpack_new(prepared[0]).record
    rec.full_name, rec.family_name, rec.given_name, rec.pinyin, rec.status = prepared[5]
    return rec


def checked_records(context: _Context, rows: Sequence[Row]) -> list[Prepared | None]:
    """Each row mapped and checked (``row_to_record``, ``check_contact``) and ``Prepared``; None
    for a row with a problem or an error, which the planner reads again itself, so that its
    messages are in the interface's language (a child process has no translator)."""
    columns, region, unguard = context
    out: list[Prepared | None] = []
    for row in rows:
        record, problems = row_to_record(row, columns, unguard)
        if problems:
            out.append(None)
            continue
        record, errors = check_contact(record, region, required=False, copy=False)
        out.append(None if errors else _prepare(row, record))
    return out


class _ChunksRead(Sequence[list[Row]]):
    """The rows' chunks as a sequence read on demand, in order, from one pass over ``rows`` (by
    this thread and by the one that feeds the child); chunks before ``drop_before`` are let go,
    so memory holds only the few chunks in flight."""

    def __init__(self, rows: Iterable[Row], total: int, size: int):
        self.it = _chunks(rows, size)
        self.size = -(-total // size)
        self.read: dict[int, list[Row]] = {}
        self.next = 0
        self.lock = threading.Lock()

    def __len__(self) -> int:
        return self.size

    @overload
    def __getitem__(self, n: int) -> list[Row]: ...

    @overload
    def __getitem__(self, n: slice) -> list[list[Row]]: ...

    def __getitem__(self, n: int | slice) -> list[Row] | list[list[Row]]:
        if isinstance(n, slice):
            raise TypeError("chunks are read in order")
        with self.lock:
            while self.next <= n:
                chunk = next(self.it, None)
                if chunk is None:
                    self.size = self.next  # fewer rows than counted
                    break
                self.read[self.next] = chunk
                self.next += 1
            if n not in self.read:
                raise IndexError(n)
            return self.read[n]

    def drop_before(self, n: int) -> None:
        with self.lock:
            for k in [k for k in self.read if k < n]:
                del self.read[k]

    def rest(self) -> Iterator[list[Row]]:
        """The chunks not read yet (when the file held more rows than counted)."""
        with self.lock:
            self.size = self.next
        yield from self.it


def _checked_chunks(
    rows: Iterable[Row], context: _Context, total: int | None
) -> Generator[tuple[list[Row], list[Prepared | None] | None], None, None]:
    """(chunk of STEP rows, their ``checked_records`` or None: read them here), in file order."""
    if total is None or total < PARALLEL_FROM or not child_available():
        for chunk in _chunks(rows, STEP):
            yield chunk, None
        return
    chunks = _ChunksRead(rows, total, STEP)
    made = ahead(checked_records, context, chunks)
    try:
        for n, records in enumerate(made):
            chunk = chunks[n]
            chunks.drop_before(n - _KEPT_CHUNKS)  # a few kept: the feeder may ask for one just passed
            yield chunk, records
    finally:
        made.close()
    for chunk in chunks.rest():
        yield chunk, None


def _step_keys(
    checked: list[tuple[Row, ContactRecord | None, Prepared | None]],
) -> tuple[list[str], list[str]]:
    """The e-mail keys and the numbers of a step's checked rows."""
    keys: list[str] = []
    numbers: list[str] = []
    for _, record, prepared in checked:
        if prepared is not None:
            keys += prepared[1]
            numbers += prepared[2]
        elif record is not None:
            keys += [email_key(e.address) for e in record.emails]
            numbers += [p.number for p in record.phones]
    return keys, numbers


def plan_import(
    rows: Iterable[Row],
    mapping: dict[str, str | None],
    existing_lookup: ContactLookup,
    default_region: str = "CN",
    *,
    progress: Callable[[int, int | None], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    every: int = 500,
    unguard: bool = True,
) -> ImportPlan:
    """Plan the import of ``rows`` with ``mapping`` (header -> target); writes nothing.

    ``unguard=False`` for vCard rows (see ``row_to_record``).

    Rows are planned ``STEP`` at a time: a lookup with a ``prefetch(email_keys, numbers)`` method
    is told each step's keys first (one query a step instead of one a row). Memory is bounded:
    ``rows`` may be an iterator over a file, and finished contacts beyond ``KEEP_IN_MEMORY`` are
    spooled (``ImportPlan.create`` and ``unchanged`` are then ``PlannedSpool`` sequences).

    ``progress(done, total)`` is called every ``every`` rows and at the end; ``cancel()`` is
    checked as often and, when true, ``core.errors.Cancelled`` is raised (nothing was planned).
    """
    columns = compile_mapping(mapping)
    total = len(rows) if isinstance(rows, Sized) else None
    plan = ImportPlan(ignored_columns=[h for h, target in mapping.items() if not target])
    planner = _Planner(plan, existing_lookup)
    prefetch = getattr(existing_lookup, "prefetch", None)
    done = 0
    chunks = _checked_chunks(rows, (columns, default_region, unguard), total)
    try:  # a cancel or an error stops the child at once
        for chunk, made in chunks:
            checked: list[tuple[Row, ContactRecord | None, Prepared | None]] = []
            for i, row in enumerate(chunk):
                done += 1
                if done % every == 0:
                    if cancel is not None and cancel():
                        raise Cancelled(
                            translate("Contacts", "The import was cancelled; nothing was changed.")
                        )
                    if progress is not None:
                        progress(done, total)
                prepared = made[i] if made is not None else None
                if prepared is not None:
                    checked.append((row, None, prepared))
                    continue
                record, problems = row_to_record(row, columns, unguard)
                record, errors = check_contact(record, default_region, required=False, copy=False)
                if problems or errors:
                    plan.rejected.extend(Rejection(row.file, row.number, col, msg) for col, msg in problems)
                    plan.rejected.extend(
                        Rejection(
                            row.file,
                            row.number,
                            _column_of(row, columns, _KINDS.get(e.field, (e.field,)), e.value),
                            e.message,
                        )
                        for e in errors
                    )
                    continue
                checked.append((row, record, None))
            if prefetch is not None and checked:
                prefetch(*_step_keys(checked))
            for checked_row, checked_record, checked_prepared in checked:
                planner.add(checked_row, checked_record, checked_prepared)
            planner.spill(KEEP_IN_MEMORY)
    finally:
        chunks.close()
    plan.rows_read = done
    planner.done()
    plan.rejected.sort(key=lambda r: (r.file, r.row))
    if progress is not None:
        progress(done, total)
    return plan


def resolve_choices(
    plan: ImportPlan, choices: Mapping[Hashable, Mapping[str, str]] | None = None, default: str = NEW
) -> ImportPlan:
    """The plan with the user's review applied: per existing contact (key) and changed field,
    KEEP the stored value, take the NEW one, or (notes) REPLACE the stored notes with the file's;
    fields not chosen follow ``default`` (NEW, or KEEP for "keep existing for all"); ``COUPLED``
    fields are kept or taken together. An update
    left with no change becomes unchanged. Writes nothing; the plan given is not modified."""
    choices = choices or {}
    if default not in (KEEP, NEW):
        raise ValueError(default)
    out = ImportPlan(
        create=plan.create,
        rejected=plan.rejected,
        rows_read=plan.rows_read,
        ignored_columns=list(plan.ignored_columns),
        merged=plan.merged,
        outlets=set(plan.outlets),
    )
    now_unchanged: list[PlannedContact] = []
    for p in plan.update:
        mine = choices.get(p.key, {})
        if not mine and default == NEW:
            out.update.append(p)
            continue
        rec = p.record.copy()
        for f, choice in field_choices(p.changed, mine, default).items():
            if choice == KEEP:
                value = getattr(p.before, f)
                setattr(rec, f, list(value) if isinstance(value, list) else value)
            elif choice == REPLACE and f == "notes":
                rec.notes = p.file_notes
            elif choice not in (NEW, REPLACE):
                raise ValueError(choice)
        assert p.before is not None  # an update knows the contact before it
        changed = _changed(p.before, rec)
        item = PlannedContact(rec, p.sources, p.key, p.before, changed, p.file_notes)
        (out.update if changed else now_unchanged).append(item)
    out.unchanged = [*plan.unchanged, *now_unchanged] if now_unchanged else plan.unchanged
    return out
