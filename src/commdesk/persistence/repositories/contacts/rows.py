"""Contact records <-> rows: the columns of a contact row (its own, and those derived from them for
search and sorting), the rows of its e-mails, phones, beats and outlets, and records read back.

Writing a row keeps its search keys in step: the listeners at the end write them (``search_keys``)
when the ORM inserts a contact or changes its ``search_text``. Takes a Session and flushes, never
commits (the service's unit of work does).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from operator import attrgetter
from typing import Any, Protocol, cast

from sqlalchemy import Connection, Table, delete, event, inspect, select
from sqlalchemy.orm import Mapper, Session

from commdesk.core.contacts.names import (
    clean_name,
    fold_latin,
    has_chinese,
    search_keys,
    short_keys,
    sort_key,
)
from commdesk.core.contacts.records import ContactRecord, Email, Phone, Status, Tier
from commdesk.core.contacts.validation import email_key
from commdesk.persistence.bulk import RowWriter, chunks
from commdesk.persistence.models.contacts import (
    ContactBeatRow,
    ContactEmailRow,
    ContactOutletRow,
    ContactPhoneRow,
    ContactRow,
)
from commdesk.persistence.repositories.contacts.search_keys import key_text, write_search_keys

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


@lru_cache(maxsize=65536)
def outlet_key(name: str) -> str:
    """An outlet name as it is matched: folded, without spaces, at most the column's 300 characters."""
    return fold_latin(clean_name(name)).replace(" ", "")[:300]


def _entry_text(value: str, label: str) -> str:
    return f"{value} ({label})" if label else value


def _primary_first(items):
    if len(items) < 2:
        return list(items)
    return sorted(items, key=lambda x: not x.primary)


@lru_cache(maxsize=16384)  # bounded: a million-row import must not keep every name's keys
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


@lru_cache(maxsize=16384)
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
SOURCE_INDEX = ROW_COLUMNS.index("source")
_scalars = attrgetter(*SCALAR_FIELDS)


def derived(rec: ContactRecord) -> dict[str, Any]:
    """The derived columns of a contact row (see the models' module doc)."""
    return dict(zip(DERIVED_COLUMNS, _derived_and_keys(rec)[0], strict=True))


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


def _derived_and_keys(rec: ContactRecord) -> tuple[tuple[str, ...], set[str]]:
    """The DERIVED_COLUMNS values, and the short-term keys of the search text (``key_text``'s:
    notes left out)."""
    emails = _primary_first(rec.emails)
    phones = _primary_first(rec.phones)
    name_parts, sort, pinyin_key, name_keys = _name_derived(
        rec.display_name, rec.pinyin or "", rec.full_name or "", rec.family_name or "", rec.given_name or ""
    )
    parts = list(name_parts)
    keys = set(name_keys)
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
        outlet_key(rec.outlet),
        emails[0].address if emails else "",
        numbers[0] if numbers else "",
        "\n".join(o for o in rec.outlets if o != rec.outlet),
        "\n".join(rec.beats),
        "\n".join([_entry_text(e.address, e.label) for e in emails]),
        "\n".join([_entry_text(p.number, p.label) for p in phones]),
    ), keys


def row_values(rec: ContactRecord) -> dict[str, Any]:
    return dict(zip(ROW_COLUMNS, row_tuple_and_keys(rec)[0], strict=True))


def row_tuple_and_keys(rec: ContactRecord) -> tuple[tuple[Any, ...], set[str]]:
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


class OutletIds(Protocol):
    """Outlet ids by name (``outlets.OutletCache`` and ``outlets.KnownOutlets``)."""

    def id_for(self, name: str) -> int: ...


CHILD_COLUMNS: dict[type, tuple[str, ...]] = {
    ContactEmailRow: ("contact_id", "address", "address_key", "label", "primary", "position"),
    ContactPhoneRow: ("contact_id", "number", "label", "primary", "position"),
    ContactBeatRow: ("contact_id", "beat", "beat_key", "position"),
    ContactOutletRow: ("contact_id", "outlet_id", "primary", "position"),
}


def child_tuples(contact_id: int, rec: ContactRecord, outlets: OutletIds) -> dict[type, list[tuple]]:
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


def gather(parts: Iterable[dict[type, list[tuple]]]) -> dict[type, list[tuple]]:
    """One list per table of the rows of several contacts' ``child_tuples``."""
    out: dict[type, list[tuple]] = {model: [] for model in CHILD_COLUMNS}
    for part in parts:
        for model, rows in part.items():
            out[model] += rows
    return out


def insert_child_tuples(conn: Connection, rows: dict[type, list[tuple]]) -> None:
    for model, values in rows.items():
        if values:
            table = cast(Table, model.__table__)  # type: ignore[attr-defined]  # a mapped class
            RowWriter(conn, table, CHILD_COLUMNS[model]).write(values)


def delete_children(session: Session, contact_ids: Sequence[int]) -> None:
    for model in (ContactEmailRow, ContactPhoneRow, ContactBeatRow, ContactOutletRow):
        for part in chunks(list(contact_ids)):
            session.execute(delete(model).where(model.contact_id.in_(part)))


def replace_children(session: Session, contact_id: int, rec: ContactRecord, outlets: OutletIds) -> None:
    delete_children(session, [contact_id])
    insert_child_tuples(session.connection(), child_tuples(contact_id, rec, outlets))


def add_contacts(
    session: Session, items: Sequence[tuple[ContactRecord, int | None]], source_date, outlets: OutletIds
) -> list[ContactRow]:
    """New contact rows of (record, owner id) pairs, with their e-mails, phones, beats and outlets."""
    rows = []
    for rec, owner_id in items:
        row = ContactRow(owner_id=owner_id, source_date=source_date, **row_values(rec))
        session.add(row)
        rows.append((row, rec))
    session.flush()
    insert_child_tuples(session.connection(), gather(child_tuples(row.id, rec, outlets) for row, rec in rows))
    return [row for row, _ in rows]


def record_of(row: ContactRow, emails: list[Email], phones: list[Phone]) -> ContactRecord:
    scalars: dict[str, Any] = {f: getattr(row, f) or "" for f in SCALAR_FIELDS}
    rec = ContactRecord(**scalars)
    rec.outlets = [o for o in row.outlets_text.split("\n") if o]
    rec.beats = [b for b in row.beats_text.split("\n") if b]
    rec.emails = emails
    rec.phones = phones
    rec.tier = Tier(row.tier) if row.tier else None
    rec.status = Status(row.status) if row.status else None
    return rec


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


# --------------------------------------------------------------- the search keys follow the row
@event.listens_for(ContactRow, "after_insert")
def _keys_after_insert(mapper: Mapper[ContactRow], connection: Connection, target: ContactRow) -> None:
    write_search_keys(connection, [(target.id, key_text(target.search_text, target.notes))], replace=False)


@event.listens_for(ContactRow, "after_update")
def _keys_after_update(mapper: Mapper[ContactRow], connection: Connection, target: ContactRow) -> None:
    if inspect(target).attrs.search_text.history.has_changes():
        write_search_keys(connection, [(target.id, key_text(target.search_text, target.notes))])
