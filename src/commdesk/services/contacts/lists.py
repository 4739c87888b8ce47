"""Distribution lists: static lists of contacts and saved searches ("smart" lists).

``members`` splits a list into who can be mailed and who is left out and why (do-not-contact by
e-mail, bounced address, no address): a mailing or a mailing export never uses the left-out ones.
Officers and administrators build lists.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from commdesk.core import timezones as tz
from commdesk.core.contacts.names import sort_key
from commdesk.core.contacts.query import ContactQuery, query_from_json, query_to_json
from commdesk.core.domain.people import Person, Role
from commdesk.core.errors import NotFound, ValidationError
from commdesk.core.i18n import translate
from commdesk.persistence.models.contacts import ContactListRow
from commdesk.persistence.repositories.contacts import lists as repo
from commdesk.persistence.repositories.contacts.queries import ContactSearch, dnc_channels, dnc_reasons
from commdesk.services.contacts.common import ContactSummary, contact_rows, summary_of, zone_name
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

    def _require(self) -> Person:
        return self.ctx.require(
            Role.OFFICER, Role.ADMINISTRATOR, action=translate("Contacts", "build distribution lists")
        )

    def _search(self, session: Session) -> ContactSearch:
        zone = zone_name(self.ctx)  # read once: each reading of the settings is a round trip on a server
        return ContactSearch(session, tz.today_in(zone, self.ctx.clock), zone)

    def _list(self, session: Session, list_id: int) -> ContactListRow:
        row = repo.list_row(session, list_id)
        if row is None:
            raise NotFound(
                translate("Contacts", "There is no distribution list with id {id}.").format(id=list_id)
            )
        return row

    def _described(
        self, session: Session, r: ContactListRow, search: ContactSearch | None = None
    ) -> DistributionList:
        return DistributionList(
            r.id,
            r.name,
            r.smart,
            query_from_json(r.query_json) if r.smart and r.query_json else None,
            (search or self._search(session)).count(ContactQuery(list_id=r.id), count_matches=False),
        )

    def lists(self) -> list[DistributionList]:
        with self.ctx.unit_of_work() as uow:
            search = self._search(uow.session)  # one for all lists: the day and zone read once
            out = [self._described(uow.session, r, search) for r in repo.all_lists(uow.session)]
        return sorted(out, key=lambda d: sort_key(d.name))

    def get(self, list_id: int) -> DistributionList:
        with self.ctx.unit_of_work() as uow:
            return self._described(uow.session, self._list(uow.session, list_id))

    def find(self, name: str) -> DistributionList:
        """A list by its exact name (case-insensitive), for the CLI's --list."""
        for d in self.lists():
            if d.name.casefold() == name.strip().casefold():
                return d
        raise NotFound(
            translate("Contacts", "There is no distribution list called {name}.").format(name=name)
        )

    def _check_name(self, session: Session, name: str, exclude: int | None = None) -> str:
        name = " ".join(name.split())
        if not name:
            raise ValidationError({"name": translate("Contacts", "Give the list a name.")})
        limit = repo.name_length()
        if len(name) > limit:
            raise ValidationError(
                {
                    "name": translate(
                        "Contacts", "The list's name is too long: at most {max} characters; shorten it."
                    ).format(max=limit)
                }
            )
        clash = repo.list_named(session, name)
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
            row = repo.add_list(uow.session, self._check_name(uow.session, name))
            return DistributionList(row.id, row.name, False, None, 0)

    def create_smart(self, name: str, q: ContactQuery) -> DistributionList:
        self._require()
        if q.deleted:
            raise ValidationError(
                {"query": translate("Contacts", "A smart list cannot be made from the trash.")}
            )
        with self.ctx.unit_of_work() as uow:
            row = repo.add_list(uow.session, self._check_name(uow.session, name), query_to_json(q))
            return DistributionList(
                row.id,
                row.name,
                True,
                q,
                self._search(uow.session).count(ContactQuery(list_id=row.id), count_matches=False),
            )

    def rename(self, list_id: int, name: str) -> None:
        self._require()
        with self.ctx.unit_of_work() as uow:
            row = self._list(uow.session, list_id)
            row.name = self._check_name(uow.session, name, exclude=list_id)

    def add(self, list_id: int, ids: Iterable[int]) -> int:
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
            wanted = list(dict.fromkeys(ids))
            contact_rows(s, wanted)  # NotFound for a contact that does not exist
            have = repo.member_ids(s, list_id, among=wanted)
            new = [i for i in wanted if i not in have]
            repo.add_members(s, list_id, new, at=self.ctx.clock())
            return len(new)

    def remove(self, list_id: int, ids: Iterable[int]) -> None:
        self._require()
        with self.ctx.unit_of_work() as uow:
            self._list(uow.session, list_id)
            repo.remove_members(uow.session, list_id, ids)

    def delete(self, list_id: int) -> None:
        self._require()
        with self.ctx.unit_of_work() as uow:
            repo.delete_list(uow.session, self._list(uow.session, list_id))

    def members(self, list_id: int) -> Members:
        """Who a mailing to this list reaches, and who is left out with the reason."""
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            self._list(s, list_id)
            return split_members(self._search(s), ContactQuery(list_id=list_id))


def split_members(search: ContactSearch, q: ContactQuery) -> Members:
    """The contacts ``q`` selects, split into who can be mailed and who is left out and why."""
    rows = search.all_rows(q)
    ids = [r.id for r in rows]
    dnc = dnc_channels(search.session, ids, search.today)
    reasons = dnc_reasons(search.session, ids, "email", search.today)
    sendable, left = [], []
    for r in rows:
        summary = summary_of(r, dnc, search.zone)
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
