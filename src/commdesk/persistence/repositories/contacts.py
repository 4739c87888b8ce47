"""Contacts in the database: records <-> rows, derived search columns, search statements.

Takes a Session and flushes, never commits (the service's unit of work does). Bulk paths (import)
use ``RowWriter``: one executemany per table for thousands of rows.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from functools import lru_cache
from operator import attrgetter

from sqlalchemy import (
    Boolean,
    Integer,
    String,
    Text,
    and_,
    column,
    delete,
    event,
    exists,
    func,
    insert,
    inspect,
    not_,
    or_,
    select,
    table,
    true,
)
from sqlalchemy.orm import Session

from commdesk.core.contacts.names import (
    SHORT_TERM,
    clean_name,
    fold_latin,
    has_chinese,
    search_keys,
    short_keys,
    sort_key,
)
from commdesk.core.contacts.records import ContactRecord, Email, Phone, Status, Tier
from commdesk.core.contacts.validation import email_key
from commdesk.persistence.models import PersonRow
from commdesk.persistence.models.contacts import (
    FTS_TABLE,
    SHORT_FTS_TABLE,
    ContactBeatRow,
    ContactConsentRow,
    ContactEmailRow,
    ContactListMemberRow,
    ContactOutletRow,
    ContactPhoneRow,
    ContactRow,
    ContactSearchKeyRow,
    OutletRow,
)

SCALAR_FIELDS = (
    "full_name",
    "family_name",
    "given_name",
    "pinyin",
    "title",
    "outlet",
    "wechat",
    "weibo",
    "linkedin",
    "x",
    "address",
    "preferred_channel",
    "language",
    "contact_time",
    "notes",
    "source",
)
CHUNK = 500


def chunks(items: Sequence, n: int = CHUNK):
    for i in range(0, len(items), n):
        yield items[i : i + n]


@lru_cache(maxsize=65536)
def outlet_key(name: str) -> str:
    return fold_latin(clean_name(name)).replace(" ", "")


def _entry_text(value: str, label: str) -> str:
    return f"{value} ({label})" if label else value


def _primary_first(items):
    if len(items) < 2:
        return list(items)
    return sorted(items, key=lambda x: not x.primary)


@lru_cache(maxsize=131072)
def _name_derived(
    name: str, pinyin: str, full_name: str, family_name: str, given_name: str
) -> tuple[tuple[str, ...], str, str, frozenset[str]]:
    """(search parts, sort_key, pinyin_key, short-term keys of the parts) of a name: the same for
    every contact of that name (an import meets each common Chinese name thousands of times)."""
    parts = list(search_keys(name, pinyin))
    if full_name and family_name and given_name and not pinyin:
        parts += search_keys(f"{family_name} {given_name}")  # "smith john" finds John Smith
    clean = clean_name(name)
    if pinyin and has_chinese(clean):  # spelled as the contact's pinyin says (no need to derive it)
        spelled = clean_name(pinyin).lower()
    else:
        spelled, clean = sort_key(name)
        if pinyin and spelled and any(ord(c) > 0x2E7F for c in clean):
            spelled = clean_name(pinyin).lower()
    return (
        tuple(parts),
        (f"{spelled}\t{clean.casefold()}")[:400],
        (clean_name(pinyin).lower().replace(" ", "") if pinyin else "")[:300],
        frozenset(short_keys(" ".join(parts))),
    )


@lru_cache(maxsize=65536)
def _folded(value: str) -> tuple[str, frozenset[str]]:
    """fold_latin(value) and its short-term keys (outlets, beats and titles repeat)."""
    folded = fold_latin(value)
    return folded, frozenset(short_keys(folded))


DERIVED_COLUMNS = (
    "search_text",
    "sort_key",
    "pinyin_key",
    "outlet_key",
    "primary_email",
    "primary_phone",
    "outlets_text",
    "beats_text",
    "emails_text",
    "phones_text",
)
#: the columns of ``row_tuple_and_keys``'s tuple, in order
ROW_COLUMNS = (*SCALAR_FIELDS, "tier", "status", *DERIVED_COLUMNS)
_scalars = attrgetter(*SCALAR_FIELDS)


def derived(rec: ContactRecord) -> dict:
    """The derived columns of a contact row (see the models' module doc)."""
    return dict(zip(DERIVED_COLUMNS, _derived_and_keys(rec)[0], strict=False))


def _own_keys(addresses: list[str], numbers: list[str]) -> set[str]:
    """short_keys of the e-mail and phone parts (new in every contact, so not cached)."""
    keys = short_keys(" ".join(addresses)) if addresses else set()
    for n in numbers:
        if n[:1] == "+" and n[1:].isdigit():  # E.164: "+8" and "86"
            keys.add(n[:2])
            keys.add(n[1:3])
        else:
            keys |= short_keys(n)
    return keys


def _derived_and_keys(rec: ContactRecord) -> tuple[tuple, set[str]]:
    """The DERIVED_COLUMNS values, and the short-term keys of the search text (``key_text``'s:
    notes left out)."""
    emails = _primary_first(rec.emails)
    phones = _primary_first(rec.phones)
    name_parts, sort, pinyin_key, keys = _name_derived(
        rec.display_name, rec.pinyin or "", rec.full_name or "", rec.family_name or "", rec.given_name or ""
    )
    parts = list(name_parts)
    keys = set(keys)
    for v in (*rec.all_outlets, *rec.beats):
        folded, more = _folded(v)
        parts.append(folded)
        keys |= more
    addresses = [e.address.casefold() for e in emails]
    numbers = [p.number for p in phones]
    parts += addresses
    parts += numbers  # E.164: "1391234", "8613912345678" and "+86 139 ..." are all in it
    keys |= _own_keys(addresses, numbers)
    for v in (rec.title, rec.wechat, rec.weibo, rec.linkedin, rec.x):
        if v:
            folded, more = _folded(v)
            parts.append(folded)
            keys |= more
    if rec.notes:
        parts.append(fold_latin(rec.notes))  # last: see key_text
    return (
        "\n".join(p for p in parts if p),
        sort,
        pinyin_key,
        outlet_key(rec.outlet)[:300],
        emails[0].address if emails else "",
        numbers[0] if numbers else "",
        "\n".join(o for o in rec.outlets if o != rec.outlet),
        "\n".join(rec.beats),
        "\n".join([_entry_text(e.address, e.label) for e in emails]),
        "\n".join([_entry_text(p.number, p.label) for p in phones]),
    ), keys


def row_values(rec: ContactRecord) -> dict:
    return dict(zip(ROW_COLUMNS, row_tuple_and_keys(rec)[0], strict=False))


def row_tuple_and_keys(rec: ContactRecord) -> tuple[tuple, set[str]]:
    """The contact row's ROW_COLUMNS values, and the short-term keys of its search text."""
    scalars = _scalars(rec)
    if None in scalars:
        scalars = tuple(v or "" for v in scalars)
    more, keys = _derived_and_keys(rec)
    return (*scalars, rec.tier.value if rec.tier else None, (rec.status or Status.ACTIVE).value, *more), keys


def apply_record(row: ContactRow, rec: ContactRecord) -> None:
    """Set the row's columns from the record (only those that change, so the audit log is exact)."""
    for key, value in row_values(rec).items():
        if getattr(row, key) != value:
            setattr(row, key, value)


class KnownOutlets:
    """Outlet ids by name key of outlets that exist (``OutletCache.ensure`` made them)."""

    def __init__(self, ids: dict[str, int]):
        self.ids = ids

    def id_for(self, name: str) -> int:
        return self.ids[outlet_key(name)[:300]]


class OutletCache:
    """Outlet ids by name key, creating outlets on first use."""

    def __init__(self, session: Session):
        self.session = session
        self.ids: dict[str, int] = dict(session.execute(select(OutletRow.name_key, OutletRow.id)).all())

    def id_for(self, name: str) -> int:
        key = outlet_key(name)[:300]
        found = self.ids.get(key)
        if found is None:
            row = OutletRow(name=clean_name(name)[:300], name_key=key)
            self.session.add(row)
            self.session.flush()
            found = self.ids[key] = row.id
        return found

    def known(self) -> KnownOutlets:
        """The outlets as they are now, read-only (for work done away from the session)."""
        return KnownOutlets(dict(self.ids))

    def ensure(self, names: Iterable[str]) -> None:
        """Create the missing outlets of many names at once (import)."""
        missing: dict[str, str] = {}
        for n in names:
            k = outlet_key(n)[:300]
            if k and k not in self.ids and k not in missing:
                missing[k] = clean_name(n)[:300]
        if missing:
            self.session.execute(insert(OutletRow), [{"name": v, "name_key": k} for k, v in missing.items()])
            self.ids.update(
                self.session.execute(
                    select(OutletRow.name_key, OutletRow.id).where(OutletRow.name_key.in_(list(missing)))
                ).all()
            )


CHILD_COLUMNS: dict[type, tuple[str, ...]] = {
    ContactEmailRow: ("contact_id", "address", "address_key", "label", "primary", "position"),
    ContactPhoneRow: ("contact_id", "number", "label", "primary", "position"),
    ContactBeatRow: ("contact_id", "beat", "beat_key", "position"),
    ContactOutletRow: ("contact_id", "outlet_id", "primary", "position"),
}


def child_tuples(
    contact_id: int, rec: ContactRecord, outlets: OutletCache | KnownOutlets
) -> dict[type, list[tuple]]:
    """The rows of the contact's e-mails, phones, beats and outlets (CHILD_COLUMNS' order)."""
    return {
        ContactEmailRow: [
            (contact_id, e.address, email_key(e.address), e.label, i == 0, i)
            for i, e in enumerate(_primary_first(rec.emails))
        ],
        ContactPhoneRow: [
            (contact_id, p.number, p.label, i == 0, i) for i, p in enumerate(_primary_first(rec.phones))
        ],
        ContactBeatRow: [(contact_id, b[:100], b.casefold()[:100], i) for i, b in enumerate(rec.beats)],
        ContactOutletRow: [
            (contact_id, outlets.id_for(o), bool(rec.outlet) and i == 0, i)
            for i, o in enumerate(rec.all_outlets)
            if outlet_key(o)
        ],
    }


def gather(parts: Iterable[dict[type, list]]) -> dict[type, list]:
    """One list per table of the rows of several contacts' ``child_tuples``."""
    out: dict[type, list] = {model: [] for model in CHILD_COLUMNS}
    for part in parts:
        for model, rows in part.items():
            out[model] += rows
    return out


def _default_value(col):
    d = col.default
    if d is None:
        return None
    if d.is_scalar:
        return d.arg
    if d.is_callable:
        return d.arg(None)
    raise ValueError(col)


class RowWriter:
    """INSERT of many rows given as tuples in the order of ``columns`` into the Core table ``tbl``;
    ``constants`` are the same for every row.

    SQLite: one plain DBAPI executemany, the other columns' Python defaults (evaluated once) and
    the bind processors applied here; Core's per-row parameter compilation costs more than
    SQLite's insert. Elsewhere, Core's executemany of dicts."""

    def __init__(self, conn, tbl, columns: Sequence[str], constants: dict | None = None):
        self.conn, self.tbl, self.columns = conn, tbl, tuple(columns)
        constants = dict(constants or {})
        self.sqlite = conn.dialect.name == "sqlite"
        if not self.sqlite:
            self.constants = constants
            return
        dialect = conn.dialect
        for c in tbl.c:
            if c.name not in self.columns and c.name not in constants and c.default is not None:
                constants[c.name] = _default_value(c)
        fixed = []
        for name, value in constants.items():
            proc = tbl.c[name].type._cached_bind_processor(dialect)
            fixed.append(proc(value) if proc else value)
        self.fixed = tuple(fixed)
        self.procs = [
            (i, p)
            for i, n in enumerate(self.columns)
            if (p := tbl.c[n].type._cached_bind_processor(dialect)) and not _plain(tbl.c[n].type)
        ]
        names = self.columns + tuple(constants)
        cols = ", ".join(dialect.identifier_preparer.quote(n) for n in names)
        self.sql = f"INSERT INTO {tbl.name} ({cols}) VALUES ({', '.join('?' * len(names))})"

    def write(self, rows: Sequence[tuple]) -> None:
        if not rows:
            return
        if not self.sqlite:
            self.conn.execute(
                insert(self.tbl), [dict(zip(self.columns, r, strict=False), **self.constants) for r in rows]
            )
            return
        fixed = self.fixed
        if self.procs:
            params = []
            for r in rows:
                t = list(r)
                for i, p in self.procs:
                    t[i] = p(t[i])
                params.append((*t, *fixed))
        elif fixed:
            params = [(*r, *fixed) for r in rows]
        else:
            params = rows
        self.conn.exec_driver_sql(self.sql, params)


def _plain(type_) -> bool:
    """SQLite takes Python's bool as 0 / 1 and str as it is: no bind processor needed."""
    return type(type_) in (Boolean, String, Text)  # exactly these: Enum, say, is a String that converts


def insert_child_tuples(conn, rows: dict[type, list[tuple]]) -> None:
    for model, values in rows.items():
        if values:
            RowWriter(conn, model.__table__, CHILD_COLUMNS[model]).write(values)


def delete_children(session: Session, contact_ids: Sequence[int]) -> None:
    for model in (ContactEmailRow, ContactPhoneRow, ContactBeatRow, ContactOutletRow):
        for part in chunks(list(contact_ids)):
            session.execute(delete(model).where(model.contact_id.in_(part)))


def replace_children(session: Session, contact_id: int, rec: ContactRecord, outlets: OutletCache) -> None:
    delete_children(session, [contact_id])
    insert_child_tuples(session.connection(), child_tuples(contact_id, rec, outlets))


def load_records(session: Session, ids: Sequence[int]) -> dict[int, ContactRecord]:
    """Records by id (in the order asked), with e-mails and phones from their tables."""
    rows: dict[int, ContactRow] = {}
    emails: dict[int, list[Email]] = {}
    phones: dict[int, list[Phone]] = {}
    ids = list(ids)
    for part in chunks(ids):
        rows.update((r.id, r) for r in session.scalars(select(ContactRow).where(ContactRow.id.in_(part))))
        for cid, address, label, primary in session.execute(
            select(
                ContactEmailRow.contact_id,
                ContactEmailRow.address,
                ContactEmailRow.label,
                ContactEmailRow.primary,
            )
            .where(ContactEmailRow.contact_id.in_(part))
            .order_by(ContactEmailRow.contact_id, ContactEmailRow.position)
        ):
            emails.setdefault(cid, []).append(Email(label, address, primary))
        for cid, number, label, primary in session.execute(
            select(
                ContactPhoneRow.contact_id,
                ContactPhoneRow.number,
                ContactPhoneRow.label,
                ContactPhoneRow.primary,
            )
            .where(ContactPhoneRow.contact_id.in_(part))
            .order_by(ContactPhoneRow.contact_id, ContactPhoneRow.position)
        ):
            phones.setdefault(cid, []).append(Phone(label, number, primary))
    return {i: record_of(rows[i], emails.get(i, []), phones.get(i, [])) for i in ids if i in rows}


def record_of(row: ContactRow, emails: list[Email], phones: list[Phone]) -> ContactRecord:
    rec = ContactRecord(**{f: getattr(row, f) or "" for f in SCALAR_FIELDS})
    rec.outlets = [o for o in row.outlets_text.split("\n") if o]
    rec.beats = [b for b in row.beats_text.split("\n") if b]
    rec.emails = emails
    rec.phones = phones
    rec.tier = Tier(row.tier) if row.tier else None
    rec.status = Status(row.status) if row.status else None
    return rec


# ------------------------------------------------------------------------------------ search index
def key_text(search_text: str, notes: str) -> str:
    """The part of ``search_text`` the short-term keys are made of: all but the notes (the last
    part, see ``derived``). Notes are found by terms of 3+ characters (trigram index); their every
    Chinese character as a key was a tenth of an import's keys and found nothing a name, outlet or
    beat key does not."""
    folded = fold_latin(notes) if notes else ""
    if folded and search_text:
        if search_text == folded:
            return ""
        if search_text.endswith("\n" + folded):
            return search_text[: -len(folded) - 1]
    return search_text


@lru_cache(maxsize=65536)
def _line_keys(line: str) -> frozenset[str]:
    return frozenset(short_keys(line))


def _text_keys(text: str | None) -> set[str]:
    """short_keys(text), line by line (names, outlets, beats and titles repeat from contact to contact)."""
    keys: set[str] = set()
    for line in (text or "").split("\n"):
        keys |= _line_keys(line)
    return keys


@lru_cache(maxsize=131072)
def short_token(key: str) -> str:
    """A short-term key as one token of ``contact_fts_short``: the hex of its UTF-8 (see the models)."""
    return key.encode("utf-8").hex()


def write_search_keys(conn, items: Iterable[tuple[int, str]], replace: bool = True) -> None:
    """Store the short-term keys of (contact id, key_text) pairs (``replace``: drop the old ones)."""
    write_key_sets(conn, [(cid, _text_keys(text)) for cid, text in items], replace)


def write_key_sets(
    conn, items: Iterable[tuple[int, set[str] | frozenset[str]]], replace: bool = True
) -> None:
    """Store (contact id, short-term keys) pairs (``replace``: drop the contacts' old keys first).

    SQLite: one document of ``contact_fts_short`` per contact; elsewhere rows of
    ``contact_search_keys`` (plain DBAPI executemany: millions of rows on an import)."""
    items = list(items)
    sqlite = conn.dialect.name == "sqlite"
    if replace:
        for part in chunks([cid for cid, _ in items]):
            if sqlite:
                conn.exec_driver_sql(
                    f"DELETE FROM {SHORT_FTS_TABLE} WHERE rowid IN ({', '.join('?' * len(part))})",
                    tuple(part),
                )
            else:
                keys_table = ContactSearchKeyRow.__table__
                conn.execute(delete(keys_table).where(keys_table.c.contact_id.in_(part)))
    if sqlite:
        docs = [(cid, " ".join(map(short_token, keys))) for cid, keys in items if keys]
        if docs:
            conn.exec_driver_sql(f"INSERT INTO {SHORT_FTS_TABLE} (rowid, keys) VALUES (?, ?)", docs)
        return
    rows = sorted((k, cid) for cid, keys in items for k in keys)  # primary key order: page by page
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    for start in range(0, len(rows), 20000):
        conn.exec_driver_sql(
            f"INSERT INTO contact_search_keys (key, contact_id) VALUES ({mark}, {mark})",
            rows[start : start + 20000],
        )


@event.listens_for(ContactRow, "after_insert")
def _keys_after_insert(mapper, connection, target: ContactRow) -> None:
    write_search_keys(connection, [(target.id, key_text(target.search_text, target.notes))], replace=False)


@event.listens_for(ContactRow, "after_update")
def _keys_after_update(mapper, connection, target: ContactRow) -> None:
    if inspect(target).attrs.search_text.history.has_changes():
        write_search_keys(connection, [(target.id, key_text(target.search_text, target.notes))])


# --------------------------------------------------------------------------------------------- search
_PHONEISH = set("0123456789+-() ")


def search_terms(text: str) -> list[str]:
    """Lower-case terms that must all occur in ``search_text``: words, or one phone number."""
    text = clean_name(text)
    if not text:
        return []
    if set(text) <= _PHONEISH and sum(c.isdigit() for c in text) >= 3:
        return [text.replace(" ", "").replace("-", "").replace("(", "").replace(")", "")]
    return [fold_latin(t) for t in text.split(" ") if t]


def active_dnc(today: date):
    return and_(
        ContactConsentRow.do_not_contact.is_(True),
        ContactConsentRow.lifted_at.is_(None),
        or_(ContactConsentRow.expires.is_(None), ContactConsentRow.expires >= today),
    )


def dnc_channels(session: Session, ids: Sequence[int], today: date) -> dict[int, tuple[str, ...]]:
    found: dict[int, set[str]] = {}
    for part in chunks(list(ids)):
        for cid, channel in session.execute(
            select(ContactConsentRow.contact_id, ContactConsentRow.channel).where(
                ContactConsentRow.contact_id.in_(part), active_dnc(today)
            )
        ):
            found.setdefault(cid, set()).add(channel)
    order = {"email": 0, "phone": 1, "mail": 2}
    return {cid: tuple(sorted(chs, key=lambda c: order.get(c, 9))) for cid, chs in found.items()}


def member_ids(list_id: int):
    return select(ContactListMemberRow.contact_id).where(ContactListMemberRow.list_id == list_id)


def outlet_filter(**where):
    cond = [ContactOutletRow.contact_id == ContactRow.id, ContactOutletRow.outlet_id == OutletRow.id]
    cond += [getattr(OutletRow, k) == v for k, v in where.items()]
    return exists().where(*cond)


SORTS = {
    "name": (ContactRow.sort_key,),
    "outlet": (ContactRow.outlet_key, ContactRow.sort_key),
    "title": (ContactRow.title, ContactRow.sort_key),
    "tier": (ContactRow.tier, ContactRow.sort_key),
    "owner": (PersonRow.name, ContactRow.sort_key),
    "last_contact": (ContactRow.last_contact_at, ContactRow.sort_key),
    "updated": (ContactRow.updated_at,),
}

SUMMARY_COLUMNS = (
    ContactRow.id,
    ContactRow.full_name,
    ContactRow.family_name,
    ContactRow.given_name,
    ContactRow.pinyin,
    ContactRow.title,
    ContactRow.outlet,
    ContactRow.beats_text,
    ContactRow.primary_email,
    ContactRow.primary_phone,
    ContactRow.tier,
    ContactRow.status,
    PersonRow.name.label("owner_name"),
    ContactRow.last_contact_at,
    ContactRow.version,
)


def summary_select(*columns):
    return (
        select(*(columns or SUMMARY_COLUMNS))
        .select_from(ContactRow)
        .outerjoin(PersonRow, PersonRow.id == ContactRow.owner_id)
    )


_FTS = table(FTS_TABLE, column("rowid", Integer), column("text"))
_SHORT = table(
    SHORT_FTS_TABLE, column("rowid", Integer), column(SHORT_FTS_TABLE)
)  # detail=none: match the table
#: With at most this many contacts matching the search text, they are fetched by id and sorted;
#: with more, the sort index is walked (the page fills long before the end).
FEW = 2000


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def term_ids(term: str, dialect: str):
    """SELECT of the ids of contacts whose ``search_text`` holds ``term`` (see the models' doc)."""
    k = ContactSearchKeyRow
    if (
        len(term) < SHORT_TERM and dialect == "sqlite"
    ):  # a two-character term is a key, one character begins keys
        token = f'"{short_token(term)}"' + ("" if len(term) == SHORT_TERM - 1 else "*")
        return select(_SHORT.c.rowid).where(_SHORT.c[SHORT_FTS_TABLE].op("MATCH")(token))
    if len(term) < SHORT_TERM:
        if len(term) == SHORT_TERM - 1:
            return select(k.contact_id).where(k.key == term)
        return select(k.contact_id).where(k.key.startswith(term, autoescape=True)).distinct()
    if dialect == "sqlite":
        return select(_FTS.c.rowid).where(_FTS.c.text.op("MATCH")(_fts_phrase(term)))
    return select(ContactRow.id).where(ContactRow.search_text.contains(term, autoescape=True))


def text_conditions(text: str, dialect: str, session: Session | None = None) -> tuple[list, bool]:
    """WHERE clauses for the search text, and whether they pick a few contacts by id.

    With a ``session``, the matches are counted first (up to ``FEW + 1``): when there are few,
    the rows are to be fetched by id from the index's answer, so the caller keeps the planner off
    the sort index; with many, walking the sort index fills a page soonest.
    """
    subs = [term_ids(t, dialect) for t in dict.fromkeys(search_terms(text))]
    if not subs:
        return [], False
    if len(subs) > 1:
        from sqlalchemy import intersect

        both = intersect(*subs).subquery()
        subs = [select(both.c[0])]
    if session is not None:
        few = session.scalar(select(func.count()).select_from(subs[0].limit(FEW + 1).subquery())) <= FEW
        return [ContactRow.id.in_(subs[0])], few
    return [ContactRow.id.in_(subs[0])], False


def conditions(
    q, today: date, smart_query, depth: int = 0, session: Session | None = None, zone: str = "UTC"
) -> list:
    """WHERE clauses for a ContactQuery; ``smart_query(list_id)`` gives a smart list's query or None;
    ``zone``: the organisation's, where "not contacted since" a day begins.

    Erasing moves a contact to the trash as well, so only the trash needs the ``erased`` check
    (and the live contacts count on the index of ``deleted`` alone).
    """
    dialect = session.get_bind().dialect.name if session is not None else _dialect(smart_query)
    text_where, by_id = text_conditions(q.text, dialect, session if depth == 0 else None)
    deleted = ContactRow.deleted
    if by_id:  # fetch those few rows by id: keep the planner off the (deleted, sort_key) index
        deleted = func.coalesce(ContactRow.deleted, ContactRow.deleted)
    c: list = [ContactRow.erased.is_(False) if q.deleted else true(), deleted.is_(bool(q.deleted))]
    if q.deleted:
        c.append(ContactRow.merged_into.is_(None))
    c += text_where
    if q.outlet_kind:
        c.append(outlet_filter(kind=q.outlet_kind))
    if q.region:
        c.append(outlet_filter(region=q.region))
    if q.beat:
        c.append(
            exists().where(
                ContactBeatRow.contact_id == ContactRow.id, ContactBeatRow.beat_key == q.beat.casefold()
            )
        )
    if q.tier:
        c.append(ContactRow.tier == q.tier)
    if q.owner_id is not None:
        c.append(ContactRow.owner_id == q.owner_id)
    if q.do_not_contact is not None:
        has = exists().where(ContactConsentRow.contact_id == ContactRow.id, active_dnc(today))
        c.append(has if q.do_not_contact else not_(has))
    if q.not_contacted_since is not None:
        from datetime import time

        from commdesk.core.timezones import wall_clock

        since = wall_clock(q.not_contacted_since, time(0), zone)
        c.append(or_(ContactRow.last_contact_at.is_(None), ContactRow.last_contact_at < since))
    if q.list_id is not None:
        inner = smart_query(q.list_id) if depth < 3 else None
        if inner is None:
            c.append(ContactRow.id.in_(member_ids(q.list_id)))
        else:
            c += conditions(inner, today, smart_query, depth + 1, session, zone)[2:]
    return c


def _dialect(smart_query) -> str:
    session = getattr(smart_query, "session", None)
    return session.get_bind().dialect.name if session is not None else "sqlite"


def order_by(q) -> list:
    cols = SORTS.get(q.sort, SORTS["name"])
    out = [col.desc() if q.descending else col.asc() for col in cols]
    out.append(ContactRow.id.desc() if q.descending else ContactRow.id.asc())
    return out
