"""Finding stored contacts that may be the one at hand: by e-mail and phone for an import's
planner, by e-mail, phone, name and outlet for the duplicate search."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from commdesk.core.contacts.importing import Existing
from commdesk.core.contacts.records import ContactRecord, Email, Phone
from commdesk.persistence.models.contacts import ContactEmailRow, ContactPhoneRow, ContactRow
from commdesk.persistence.repositories.contacts.details import versions
from commdesk.persistence.repositories.contacts.rows import load_records

#: the most contacts of one name key or outlet key that the duplicate search looks at
_NAME_MATCHES = 5000


#: keys looked up per statement (well under every database's limit of bound parameters)
_IN_CHUNK = 900


class ImportLookup:
    """The import planner's ContactLookup over the contacts not in the trash. The planner calls
    ``prefetch`` with each step's keys: they are looked up through the key indexes, and the
    matched contacts' records loaded, for that step only (memory does not grow with the number
    of stored contacts); ``versions`` keeps the version of every contact matched, for the apply's
    check. A table that holds no row at the first step is not asked again: a first import into an
    empty database looks nothing up (a contact saved at another desk meanwhile is unknown to the
    plan, as one saved between the plan and the apply is)."""

    def __init__(self, session: Session):
        self.session = session
        self.email: dict[str, int] = {}
        self.phone: dict[str, int] = {}
        self.records: dict[int, Existing] = {}
        self.versions: dict[int, int] = {}
        self._empty: dict[type, bool] = {}

    def _keys(self, table: type[ContactEmailRow] | type[ContactPhoneRow], keys: list[str]) -> dict[str, int]:
        column = table.address_key if table is ContactEmailRow else ContactPhoneRow.number
        found: dict[str, int] = {}
        if table not in self._empty:
            self._empty[table] = self.session.execute(select(table.contact_id).limit(1)).first() is None
        if self._empty[table]:
            return found
        for lo in range(0, len(keys), _IN_CHUNK):
            rows = self.session.execute(
                select(column, table.contact_id)
                .join(ContactRow, ContactRow.id == table.contact_id)
                .where(
                    column.in_(keys[lo : lo + _IN_CHUNK]),
                    ContactRow.deleted.is_(False),
                    ContactRow.erased.is_(False),
                )
                .order_by(table.contact_id.desc())
            ).all()
            found.update((k, cid) for k, cid in rows)
        return found

    def prefetch(self, email_keys: Sequence[str], numbers: Sequence[str]) -> None:
        self.email = self._keys(ContactEmailRow, sorted(set(email_keys)))
        self.phone = self._keys(ContactPhoneRow, sorted(set(numbers)))
        ids = sorted(set(self.email.values()) | set(self.phone.values()))
        self.records = {i: Existing(i, r) for i, r in load_records(self.session, ids).items()} if ids else {}
        if ids:
            self.versions.update(versions(self.session, ids))

    def _get(self, cid: int | None) -> Existing | None:
        return None if cid is None else self.records.get(cid)

    def by_email(self, address_key: str) -> Existing | None:
        return self._get(self.email.get(address_key))

    def by_phone(self, e164: str) -> Existing | None:
        return self._get(self.phone.get(e164))


def candidate_ids(
    session: Session,
    email_keys: Sequence[str],
    numbers: Sequence[str],
    pinyin_key: str,
    outlet_key: str,
    exclude_id: int | None,
) -> list[int]:
    """Contacts not in the trash that share an e-mail, a phone, the name's pinyin or the outlet
    (sorted ids; ``exclude_id`` left out)."""
    ids: set[int] = set()
    if email_keys:
        ids.update(
            session.scalars(
                select(ContactEmailRow.contact_id).where(ContactEmailRow.address_key.in_(list(email_keys)))
            )
        )
    if numbers:
        ids.update(
            session.scalars(
                select(ContactPhoneRow.contact_id).where(ContactPhoneRow.number.in_(list(numbers)))
            )
        )
    name_cond: list[ColumnElement[bool]] = []
    if pinyin_key:
        name_cond.append(ContactRow.pinyin_key == pinyin_key)
    if outlet_key:
        name_cond.append(ContactRow.outlet_key == outlet_key)
    if name_cond:
        ids.update(session.scalars(select(ContactRow.id).where(or_(*name_cond)).limit(_NAME_MATCHES)))
    if exclude_id is not None:
        ids.discard(exclude_id)
    if not ids:
        return []
    return sorted(
        session.scalars(
            select(ContactRow.id).where(ContactRow.id.in_(list(ids)), ContactRow.deleted.is_(False))
        )
    )


def shared_keys(session: Session) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """E-mail keys and phone numbers that more than one contact not in the trash holds, with
    those contacts' ids: found by GROUP BY over the key indexes, so the duplicate search never
    loads the addresses and numbers nobody shares."""
    out: list[dict[str, list[int]]] = []
    for table, column in (
        (ContactEmailRow, ContactEmailRow.address_key),
        (ContactPhoneRow, ContactPhoneRow.number),
    ):
        shared = (
            select(column)
            .group_by(column)
            .having(func.count(func.distinct(table.contact_id)) > 1)
            .scalar_subquery()
        )
        groups: dict[str, list[int]] = {}
        for key, cid in session.execute(
            select(column, table.contact_id)
            .join(ContactRow, ContactRow.id == table.contact_id)
            .where(column.in_(shared), ContactRow.deleted.is_(False), ContactRow.erased.is_(False))
            .distinct()
            .order_by(column, table.contact_id)
        ):
            groups.setdefault(key, []).append(cid)
        out.append({k: ids for k, ids in groups.items() if len(ids) > 1})
    return out[0], out[1]


def pool_records(session: Session, channels: bool = True) -> dict[int, ContactRecord]:
    """Light records (names, outlet, e-mails, phones) of every contact not in the trash, in sort
    order (``channels=False``: without e-mails and phones)."""
    pool: dict[int, ContactRecord] = {}
    for cid, full, family, given, pinyin, outlet in session.execute(
        select(
            ContactRow.id,
            ContactRow.full_name,
            ContactRow.family_name,
            ContactRow.given_name,
            ContactRow.pinyin,
            ContactRow.outlet,
        )
        .where(ContactRow.deleted.is_(False), ContactRow.erased.is_(False))
        .order_by(ContactRow.sort_key, ContactRow.id)
    ):
        pool[cid] = ContactRecord(
            full_name=full, family_name=family, given_name=given, pinyin=pinyin, outlet=outlet
        )
    if not channels:
        return pool
    for cid, address in session.execute(select(ContactEmailRow.contact_id, ContactEmailRow.address)):
        if cid in pool:
            pool[cid].emails.append(Email("", address))
    for cid, number in session.execute(select(ContactPhoneRow.contact_id, ContactPhoneRow.number)):
        if cid in pool:
            pool[cid].phones.append(Phone("", number))
    return pool
