"""Distribution lists: static lists of contacts and saved searches ("smart" lists).

``members`` splits a list into who can be mailed and who is left out and why (do-not-contact by
e-mail, bounced address, no address): a mailing or a mailing export never uses the left-out ones.
Officers and administrators build lists.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, select

from commdesk.core.errors import NotFound, ValidationError
from commdesk.core.i18n import translate
from commdesk.persistence.models.contacts import (
    ContactConsentRow,
    ContactListMemberRow,
    ContactListRow,
    ContactRow,
)
from commdesk.persistence.repositories import contacts as repo
from commdesk.services.contacts.service import (
    ContactQuery,
    ContactService,
    ContactSummary,
    query_from_json,
    query_to_json,
    smart_query_loader,
    summary_of,
)
from commdesk.services.context import ServiceContext


@dataclass(frozen=True)
class DistributionList:
    id: int
    name: str
    smart: bool
    query: ContactQuery | None
    count: int


@dataclass(frozen=True)
class Members:
    sendable: list[ContactSummary]
    left_out: list[tuple[ContactSummary, str]]  # with the reason in words


class ContactListService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @property
    def contacts(self) -> ContactService:
        return self.ctx.service(ContactService)

    def _require(self):
        return self.contacts.require_officer(translate("Contacts", "build distribution lists"))

    def _list(self, session, list_id: int) -> ContactListRow:
        row = session.get(ContactListRow, list_id)
        if row is None:
            raise NotFound(
                translate("Contacts", "There is no distribution list with id {id}.").format(id=list_id)
            )
        return row

    def _count(self, session, row: ContactListRow) -> int:
        q = ContactQuery(list_id=row.id)
        return (
            session.scalar(
                select(func.count())
                .select_from(ContactRow)
                .where(
                    *repo.conditions(
                        q, self.contacts.today(), smart_query_loader(session), zone=self.contacts.zone_name()
                    )
                )
            )
            or 0
        )

    def lists(self) -> list[DistributionList]:
        from commdesk.core.contacts.names import sort_key

        with self.ctx.unit_of_work() as uow:
            s = uow.session
            out = [
                DistributionList(
                    r.id,
                    r.name,
                    r.smart,
                    query_from_json(r.query_json) if r.smart and r.query_json else None,
                    self._count(s, r),
                )
                for r in s.scalars(select(ContactListRow))
            ]
        return sorted(out, key=lambda d: sort_key(d.name))

    def get(self, list_id: int) -> DistributionList:
        with self.ctx.unit_of_work() as uow:
            r = self._list(uow.session, list_id)
            return DistributionList(
                r.id,
                r.name,
                r.smart,
                query_from_json(r.query_json) if r.smart and r.query_json else None,
                self._count(uow.session, r),
            )

    def find(self, name: str) -> DistributionList:
        """A list by its exact name (case-insensitive), for the CLI's --list."""
        for d in self.lists():
            if d.name.casefold() == name.strip().casefold():
                return d
        raise NotFound(
            translate("Contacts", "There is no distribution list called {name}.").format(name=name)
        )

    def _check_name(self, session, name: str, exclude: int | None = None) -> str:
        name = " ".join(name.split())
        if not name:
            raise ValidationError({"name": translate("Contacts", "Give the list a name.")})
        limit = ContactListRow.__table__.c.name.type.length
        if len(name) > limit:
            raise ValidationError(
                {
                    "name": translate(
                        "Contacts", "The list's name is too long: at most {max} characters; shorten it."
                    ).format(max=limit)
                }
            )
        clash = session.scalars(
            select(ContactListRow).where(func.lower(ContactListRow.name) == name.lower())
        ).first()
        if clash is not None and clash.id != exclude:
            raise ValidationError(
                {
                    "name": translate(
                        "Contacts", "A list called {name} exists already; choose another name."
                    ).format(name=name)
                }
            )
        return name

    def create_static(self, name: str) -> DistributionList:
        self._require()
        with self.ctx.unit_of_work() as uow:
            row = ContactListRow(name=self._check_name(uow.session, name), smart=False)
            uow.session.add(row)
            uow.session.flush()
            return DistributionList(row.id, row.name, False, None, 0)

    def create_smart(self, name: str, q: ContactQuery) -> DistributionList:
        self._require()
        if q.deleted:
            raise ValidationError(
                {"query": translate("Contacts", "A smart list cannot be made from the trash.")}
            )
        with self.ctx.unit_of_work() as uow:
            row = ContactListRow(
                name=self._check_name(uow.session, name), smart=True, query_json=query_to_json(q)
            )
            uow.session.add(row)
            uow.session.flush()
            return DistributionList(row.id, row.name, True, q, self._count(uow.session, row))

    def rename(self, list_id: int, name: str) -> None:
        self._require()
        with self.ctx.unit_of_work() as uow:
            row = self._list(uow.session, list_id)
            row.name = self._check_name(uow.session, name, exclude=list_id)

    def add(self, list_id: int, ids) -> int:
        """Add contacts to a static list; returns how many were new to it."""
        self._require()
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._list(s, list_id)
            if row.smart:
                raise ValidationError(
                    {
                        "list": translate(
                            "Contacts",
                            "{name} is a smart list (a saved search); its members follow the search.",
                        ).format(name=row.name)
                    }
                )
            ids = list(dict.fromkeys(ids))
            self.contacts._rows(s, ids)
            have = set()
            for part in repo.chunks(ids):
                have.update(
                    s.scalars(
                        select(ContactListMemberRow.contact_id).where(
                            ContactListMemberRow.list_id == list_id, ContactListMemberRow.contact_id.in_(part)
                        )
                    )
                )
            new = [i for i in ids if i not in have]
            s.add_all(
                ContactListMemberRow(list_id=list_id, contact_id=i, added_at=self.ctx.clock()) for i in new
            )
            return len(new)

    def remove(self, list_id: int, ids) -> None:
        self._require()
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            self._list(s, list_id)
            for m in s.scalars(
                select(ContactListMemberRow).where(
                    ContactListMemberRow.list_id == list_id, ContactListMemberRow.contact_id.in_(list(ids))
                )
            ):
                s.delete(m)

    def delete(self, list_id: int) -> None:
        self._require()
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._list(s, list_id)
            s.execute(delete(ContactListMemberRow).where(ContactListMemberRow.list_id == list_id))
            s.delete(row)

    def members(self, list_id: int) -> Members:
        """Who a mailing to this list reaches, and who is left out with the reason."""
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            self._list(s, list_id)
            return split_members(
                s, ContactQuery(list_id=list_id), self.contacts.today(), self.contacts.zone_name()
            )


def split_members(session, q: ContactQuery, today, zone: str) -> Members:
    stmt = (
        repo.summary_select()
        .where(*repo.conditions(q, today, smart_query_loader(session), zone=zone))
        .order_by(*repo.order_by(q))
    )
    rows = session.execute(stmt).all()
    ids = [r.id for r in rows]
    dnc = repo.dnc_channels(session, ids, today)
    reasons: dict[int, str] = {}
    for part in repo.chunks(ids):
        for cid, reason in session.execute(
            select(ContactConsentRow.contact_id, ContactConsentRow.reason).where(
                ContactConsentRow.contact_id.in_(part),
                ContactConsentRow.channel == "email",
                repo.active_dnc(today),
            )
        ):
            reasons[cid] = reason
    sendable, left = [], []
    for r in rows:
        summary = summary_of(r, dnc, zone)
        if "email" in summary.do_not_contact:
            why = translate("Contacts", "do not contact by e-mail")
            if reasons.get(r.id):
                why += translate("Contacts", ": {reason}").format(reason=reasons[r.id])
            left.append((summary, why))
        elif summary.status == "bounced":
            left.append((summary, translate("Contacts", "e-mail bounced")))
        elif not summary.email:
            left.append((summary, translate("Contacts", "no e-mail address")))
        else:
            sendable.append(summary)
    return Members(sendable, left)
