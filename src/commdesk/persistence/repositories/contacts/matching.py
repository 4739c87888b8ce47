"""Finding stored contacts that may be the one at hand: by e-mail and phone for an import's
planner, by e-mail, phone, name and outlet for the duplicate search."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from commdesk.core.contacts.importing import Existing
from commdesk.core.contacts.records import ContactRecord, Email, Phone
from commdesk.persistence.models.contacts import ContactEmailRow, ContactPhoneRow, ContactRow
from commdesk.persistence.repositories.contacts.details import versions
from commdesk.persistence.repositories.contacts.rows import load_records

#: the most contacts of one name key or outlet key that the duplicate search looks at
_NAME_MATCHES = 5000


class ImportLookup:
    """The import planner's ContactLookup over the contacts not in the trash: the key maps up
    front, the records (and their versions, for the apply's check) on the first match."""

    def __init__(self, session: Session):
        self.session = session
        live = (ContactRow.deleted.is_(False), ContactRow.erased.is_(False))
        self.email: dict[str, int] = dict(
            session.execute(
                select(ContactEmailRow.address_key, ContactEmailRow.contact_id)
                .join(ContactRow, ContactRow.id == ContactEmailRow.contact_id)
                .where(*live)
                .order_by(ContactEmailRow.contact_id.desc())
            ).all()
        )
        self.phone: dict[str, int] = dict(
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
            self.records = {i: Existing(i, r) for i, r in load_records(self.session, ids).items()}
            self.versions.update(versions(self.session, ids))
        return self.records.get(cid)

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


def pool_records(session: Session) -> dict[int, ContactRecord]:
    """Light records (names, outlet, e-mails, phones) of every contact not in the trash, in sort order."""
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
    for cid, address in session.execute(select(ContactEmailRow.contact_id, ContactEmailRow.address)):
        if cid in pool:
            pool[cid].emails.append(Email("", address))
    for cid, number in session.execute(select(ContactPhoneRow.contact_id, ContactPhoneRow.number)):
        if cid in pool:
            pool[cid].phones.append(Phone("", number))
    return pool
