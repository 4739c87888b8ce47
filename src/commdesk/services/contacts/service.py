"""The media contact database (issue 4): search, edit, trash and erase, do-not-contact, history.

Each public method is one unit of work and returns plain dataclasses. Permissions (CR-2):
administrators create, edit, delete, merge and import; officers view, search, log interactions and
build and export lists, and correct the contacts they own (``OFFICERS_MAY_EDIT_OWN``; not give them
to another owner); the organisation setting ``contacts.officers_may_edit`` lets officers create
and edit every contact too. Anyone may set do-not-contact; only administrators lift it.

Lists, import, export and merging live in ``lists``, ``importing``,
``export`` and ``merge``; ``ContactListService``, ``ContactImportService`` and ``ContactExportService``
can be imported from here as well.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, func, select, update

from commdesk.core.contacts.labels import channel_label, kind_label
from commdesk.core.contacts.names import join_name
from commdesk.core.contacts.records import ContactRecord, OutletKind, OutletRecord, Status
from commdesk.core.contacts.validation import check_contact, complete_names
from commdesk.core.domain.people import Person, Role
from commdesk.core.errors import NotFound, ValidationError
from commdesk.core.i18n import translate
from commdesk.persistence.models import AuditRow, PersonRow
from commdesk.persistence.models.contacts import (
    ContactBeatRow,
    ContactConsentRow,
    ContactListMemberRow,
    ContactListRow,
    ContactMergeRow,
    ContactRow,
    InteractionRow,
    OutletRow,
)
from commdesk.persistence.repositories import contacts as repo
from commdesk.services.context import ServiceContext, check_version

ENTITY = "contacts"
OFFICERS_MAY_EDIT = "contacts.officers_may_edit"
# Officers may correct the contacts they own (a constant for now; an organisation setting could
# turn it off the way ``contacts.officers_may_edit`` turns editing of every contact on).
OFFICERS_MAY_EDIT_OWN = True
CHANNELS = ("email", "phone", "mail")
KINDS = (
    "pitch",
    "interview",
    "inquiry",
    "event_invitation",
    "call",
    "meeting",
    "coverage",
    "note",
    "mailing",
)
# Kinds that count as having been in touch ("not contacted since" filter, last-contact column).
CONTACT_KINDS = frozenset(KINDS) - {"note", "coverage"}
SORTS = ("name", "outlet", "title", "tier", "owner", "last_contact", "updated")
_UNSET = object()


@dataclass(frozen=True)
class ContactQuery:
    text: str = ""
    outlet_kind: str | None = None
    beat: str | None = None
    region: str | None = None
    tier: str | None = None
    owner_id: int | None = None
    list_id: int | None = None
    do_not_contact: bool | None = None
    not_contacted_since: date | None = None
    deleted: bool = False
    sort: str = "name"  # name|outlet|title|tier|owner|last_contact|updated
    descending: bool = False


@dataclass(frozen=True)
class ContactSummary:
    id: int
    name: str
    pinyin: str
    title: str
    outlet: str
    beats: tuple[str, ...]
    email: str
    phone: str
    tier: str | None
    status: str
    owner: str
    do_not_contact: tuple[str, ...]
    last_contact: date | None
    version: int


@dataclass(frozen=True)
class Consent:
    channel: str  # email|phone|mail
    do_not_contact: bool
    reason: str
    set_by: str
    set_at: datetime
    expires: date | None


@dataclass(frozen=True)
class ContactDetail:
    id: int
    version: int
    record: ContactRecord
    owner_id: int | None
    owner: str
    lists: tuple[tuple[int, str], ...]
    consents: tuple[Consent, ...]
    deleted: bool
    source: str
    source_date: date | None


@dataclass(frozen=True)
class Interaction:
    id: int
    contact_id: int
    kind: str  # pitch|interview|inquiry|event_invitation|call|meeting|coverage|note|mailing
    when: datetime
    channel: str
    summary: str
    logged_by: str
    release_id: int | None
    meeting_id: int | None
    deadline: datetime | None
    liaison: str
    answered_at: datetime | None


class DoNotContactWarning(ValidationError):
    """Logging this interaction reaches the person on a do-not-contact channel: log again with
    ``override=reason`` (written to the audit log)."""

    def __init__(self, findings):
        self.findings = findings
        super().__init__({"override": " ".join(f.message for f in findings)})


def summary_of(r, dnc: dict[int, tuple[str, ...]], zone: str) -> ContactSummary:
    """The summary of a row; ``zone``: the organisation's, where the last contact's day is counted."""
    from commdesk.core import timezones as tz

    return ContactSummary(
        id=r.id,
        name=r.full_name or join_name(r.family_name, r.given_name),
        pinyin=r.pinyin,
        title=r.title,
        outlet=r.outlet,
        beats=tuple(b for b in r.beats_text.split("\n") if b),
        email=r.primary_email,
        phone=r.primary_phone,
        tier=r.tier,
        status=r.status,
        owner=r.owner_name or "",
        do_not_contact=dnc.get(r.id, ()),
        last_contact=tz.to_zone(r.last_contact_at, zone).date() if r.last_contact_at else None,
        version=r.version,
    )


def _interaction(r: InteractionRow) -> Interaction:
    return Interaction(
        r.id,
        r.contact_id,
        r.kind,
        r.at,
        r.channel,
        r.summary,
        r.logged_by,
        r.release_id,
        r.meeting_id,
        r.deadline,
        r.liaison,
        r.answered_at,
    )


def _consent(r: ContactConsentRow) -> Consent:
    return Consent(r.channel, r.do_not_contact, r.reason, r.set_by, r.set_at, r.expires)


def smart_query_loader(session):
    """``list_id -> ContactQuery | None`` (None for static lists) for ``repo.conditions``."""

    def load(list_id: int):
        row = session.get(ContactListRow, list_id)
        if row is None or not row.smart or not row.query_json:
            return None
        return query_from_json(row.query_json)

    load.session = session
    return load


def query_to_json(q: ContactQuery) -> str:
    import json
    from dataclasses import asdict

    d = asdict(q)
    if q.not_contacted_since is not None:
        d["not_contacted_since"] = q.not_contacted_since.isoformat()
    return json.dumps(d, ensure_ascii=False, sort_keys=True)


def query_from_json(text: str) -> ContactQuery:
    import json
    from dataclasses import fields

    d = json.loads(text)
    known = {f.name for f in fields(ContactQuery)}
    d = {k: v for k, v in d.items() if k in known}
    if d.get("not_contacted_since"):
        d["not_contacted_since"] = date.fromisoformat(d["not_contacted_since"])
    return ContactQuery(**d)


class ContactService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # ------------------------------------------------------------------ helpers
    def zone_name(self) -> str:
        """The organisation's zone: dates such as "today" and the last contact are days there."""
        from commdesk.services.settings import SettingsService

        return self.ctx.service(SettingsService).time_zone()

    def today(self) -> date:
        from commdesk.core import timezones as tz

        return tz.today_in(self.zone_name(), self.ctx.clock)

    def region(self) -> str:
        from commdesk.services.settings import SettingsService

        return self.ctx.service(SettingsService).organisation().default_country or "CN"

    def officers_may_edit(self) -> bool:
        from commdesk.services.settings import SettingsService

        return bool(self.ctx.service(SettingsService).get(OFFICERS_MAY_EDIT, False))

    def may_edit(self, person: Person | None = None) -> bool:
        """Whether ``person`` (default: who acts) may create and edit contacts (for the UI)."""
        person = person or self.ctx.current()
        return person.has(Role.ADMINISTRATOR) or (person.has(Role.OFFICER) and self.officers_may_edit())

    def may_edit_contact(self, contact, person: Person | None = None) -> bool:
        """Whether ``person`` (default: who acts) may correct this contact (a ContactDetail or an id):
        anyone who may edit every contact, and an officer the contact they own."""
        person = person or self.ctx.current()
        if self.may_edit(person):
            return True
        if not (OFFICERS_MAY_EDIT_OWN and person.has(Role.OFFICER) and person.id is not None):
            return False
        owner_id = (
            getattr(contact, "owner_id", None) if not isinstance(contact, int) else self.get(contact).owner_id
        )
        return owner_id == person.id

    def require_edit(self) -> Person:
        person = self.ctx.current()
        if self.may_edit(person):
            return person
        return self.ctx.require(Role.ADMINISTRATOR, action=translate("Contacts", "edit media contacts"))

    def _require_edit_row(self, row: ContactRow, owner_id) -> Person:
        """``require_edit``, or an officer correcting a contact they own (who may not give it away)."""
        person = self.ctx.current()
        if self.may_edit(person):
            return person
        if (
            OFFICERS_MAY_EDIT_OWN
            and person.has(Role.OFFICER)
            and person.id is not None
            and row.owner_id == person.id
        ):
            if owner_id is not _UNSET and owner_id != row.owner_id:
                return self.ctx.require(
                    Role.ADMINISTRATOR, action=translate("Contacts", "give a contact to another owner")
                )
            return person
        return self.ctx.require(
            Role.ADMINISTRATOR, action=translate("Contacts", "edit media contacts they do not own")
        )

    def require_admin(self, action: str) -> Person:
        return self.ctx.require(Role.ADMINISTRATOR, action=action)

    def require_officer(self, action: str) -> Person:
        return self.ctx.require(Role.OFFICER, Role.ADMINISTRATOR, action=action)

    def normalise(self, record: ContactRecord, region: str | None = None) -> ContactRecord:
        """The record as stored (names completed, e-mails and phones normalised) or ValidationError."""
        from commdesk.core.contacts.validation import line_break_errors

        rec, errors = check_contact(complete_names(_trimmed(record)), region or self.region())
        errors = line_break_errors(record) + errors
        if errors:
            from commdesk.core.contacts.validation import raise_for_errors

            raise_for_errors(errors)
        if rec.status is None:
            rec = rec.copy(status=Status.ACTIVE)
        return rec

    def _row(self, session, contact_id: int) -> ContactRow:
        row = session.get(ContactRow, contact_id)
        if row is None or row.erased:
            raise NotFound(translate("Contacts", "There is no contact with id {id}.").format(id=contact_id))
        return row

    def _summaries(self, session, ids: list[int]) -> list[ContactSummary]:
        rows = {}
        for part in repo.chunks(ids):
            rows.update(
                (r.id, r) for r in session.execute(repo.summary_select().where(ContactRow.id.in_(part)))
            )
        dnc = repo.dnc_channels(session, ids, self.today())
        zone = self.zone_name()
        return [summary_of(rows[i], dnc, zone) for i in ids if i in rows]

    def _detail(self, session, row: ContactRow) -> ContactDetail:
        rec = repo.load_records(session, [row.id])[row.id]
        owner = session.get(PersonRow, row.owner_id).name if row.owner_id else ""
        lists = session.execute(
            select(ContactListRow.id, ContactListRow.name)
            .join(ContactListMemberRow, ContactListMemberRow.list_id == ContactListRow.id)
            .where(ContactListMemberRow.contact_id == row.id)
            .order_by(ContactListRow.name)
        ).all()
        consents = session.scalars(
            select(ContactConsentRow)
            .where(ContactConsentRow.contact_id == row.id, repo.active_dnc(self.today()))
            .order_by(ContactConsentRow.id)
        )
        return ContactDetail(
            row.id,
            row.version,
            rec,
            row.owner_id,
            owner,
            tuple((i, n) for i, n in lists),
            tuple(_consent(c) for c in consents),
            row.deleted,
            row.source,
            row.source_date,
        )

    # ------------------------------------------------------------------ reading
    def search(self, q: ContactQuery, offset: int = 0, limit: int = 200) -> list[ContactSummary]:
        """One page of contacts matching ``q``, sorted in SQL (Chinese names by pinyin)."""
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            stmt = (
                repo.summary_select()
                .where(
                    *repo.conditions(q, self.today(), smart_query_loader(s), session=s, zone=self.zone_name())
                )
                .order_by(*repo.order_by(q))
                .offset(offset)
                .limit(limit)
            )
            rows = s.execute(stmt).all()
            dnc = repo.dnc_channels(s, [r.id for r in rows], self.today())
            zone = self.zone_name()
            return [summary_of(r, dnc, zone) for r in rows]

    def count(self, q: ContactQuery) -> int:
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            return (
                s.scalar(
                    select(func.count())
                    .select_from(ContactRow)
                    .where(
                        *repo.conditions(
                            q, self.today(), smart_query_loader(s), session=s, zone=self.zone_name()
                        )
                    )
                )
                or 0
            )

    def ids(self, q: ContactQuery) -> list[int]:
        """Every id matching ``q`` in display order (select all, bulk actions)."""
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            stmt = (
                select(ContactRow.id)
                .select_from(ContactRow)
                .outerjoin(PersonRow, PersonRow.id == ContactRow.owner_id)
                .where(
                    *repo.conditions(q, self.today(), smart_query_loader(s), session=s, zone=self.zone_name())
                )
                .order_by(*repo.order_by(q))
            )
            return list(s.scalars(stmt))

    def summaries(self, ids: list[int]) -> list[ContactSummary]:
        with self.ctx.unit_of_work() as uow:
            return self._summaries(uow.session, list(ids))

    def memberships(self, ids) -> dict[int, list[tuple[int, str]]]:
        """Static lists each contact is on (id, name), for listings and exports."""
        out: dict[int, list[tuple[int, str]]] = {}
        with self.ctx.unit_of_work() as uow:
            for part in repo.chunks(list(ids)):
                for cid, lid, name in uow.session.execute(
                    select(ContactListMemberRow.contact_id, ContactListRow.id, ContactListRow.name)
                    .join(ContactListRow, ContactListRow.id == ContactListMemberRow.list_id)
                    .where(ContactListMemberRow.contact_id.in_(part))
                    .order_by(ContactListRow.name)
                ):
                    out.setdefault(cid, []).append((lid, name))
        return out

    def get(self, contact_id: int) -> ContactDetail:
        with self.ctx.unit_of_work() as uow:
            return self._detail(uow.session, self._row(uow.session, contact_id))

    def records(self, ids: list[int]) -> dict[int, ContactRecord]:
        with self.ctx.unit_of_work() as uow:
            return repo.load_records(uow.session, list(ids))

    def validate(self, record: ContactRecord) -> dict[str, str]:
        """Field -> message (CR-1), for showing while the user types; {} when the record is fine."""
        from commdesk.core.contacts.validation import line_break_errors

        _, errors = check_contact(complete_names(_trimmed(record)), self.region())
        errors = line_break_errors(record) + errors
        out: dict[str, str] = {}
        for e in errors:
            out[e.field] = f"{out[e.field]}\n{e.message}" if e.field in out else e.message
        return out

    def likely_duplicates(self, record: ContactRecord, exclude_id: int | None = None) -> list[ContactSummary]:
        """Stored contacts that are probably the same person (CR-4), best first."""
        from commdesk.services.contacts.merge import likely_duplicate_ids

        with self.ctx.unit_of_work() as uow:
            ids = likely_duplicate_ids(uow.session, record, self.region(), exclude_id)
            return self._summaries(uow.session, ids)

    def duplicate_groups(self) -> list[tuple[tuple[int, ...], str]]:
        """Groups of likely duplicates among the contacts not in the trash, with the reason in words."""
        from commdesk.services.contacts.merge import duplicate_groups

        with self.ctx.unit_of_work() as uow:
            return duplicate_groups(uow.session)

    def beats(self) -> list[str]:
        """Every beat of a contact not in the trash (its first spelling in sort order), sorted."""
        b = ContactBeatRow
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            # the distinct keys by skipping along ix_contact_beats_key_beat (a GROUP BY over every
            # beat of 100,000 contacts took half a second), then per key the first spelling of a live
            # contact, walking the same index
            keys = select(func.min(b.beat_key).label("k")).cte("k", recursive=True)
            keys = keys.union_all(
                select(select(func.min(b.beat_key)).where(b.beat_key > keys.c.k).scalar_subquery()).where(
                    keys.c.k.is_not(None)
                )
            )
            first = (
                select(b.beat)
                .join(ContactRow, ContactRow.id == b.contact_id)
                .where(b.beat_key == keys.c.k, ContactRow.deleted.is_(False))
                .order_by(b.beat)
                .limit(1)
                .scalar_subquery()
            )
            found = [v for v in s.scalars(select(first).where(keys.c.k.is_not(None))) if v is not None]
        from commdesk.core.contacts.names import sort_key

        return sorted(found, key=sort_key)

    def regions(self) -> list[str]:
        with self.ctx.unit_of_work() as uow:
            found = uow.session.scalars(select(OutletRow.region).where(OutletRow.region != "").distinct())
            from commdesk.core.contacts.names import sort_key

            return sorted(found, key=sort_key)

    def owners(self) -> list[tuple[int, str]]:
        from commdesk.services.people import PeopleService

        return [(p.id, p.name) for p in self.ctx.service(PeopleService).list() if p.id is not None]

    # ------------------------------------------------------------------ outlets
    def outlets(self) -> list[tuple[int, OutletRecord]]:
        """Every outlet (id, record), sorted by name (pinyin for Chinese names)."""
        from commdesk.core.contacts.names import sort_key

        with self.ctx.unit_of_work() as uow:
            rows = [(r.id, _outlet_record(r)) for r in uow.session.scalars(select(OutletRow))]
        return sorted(rows, key=lambda x: sort_key(x[1].name))

    def save_outlet(self, record: OutletRecord) -> int:
        """Create or update the outlet of that name (kind, region, language, reach ...); returns its id."""
        self.require_edit()
        name = " ".join(record.name.split())
        if not name:
            raise ValidationError({"name": translate("Contacts", "Enter the outlet's name.")})
        from commdesk.core.contacts.validation import too_long

        for field, value, label in (
            ("name", name, translate("Contacts", "Outlet")),
            ("region", record.region.strip(), translate("Contacts", "Region")),
            ("language", record.language.strip(), translate("Contacts", "Language")),
            ("website", record.website.strip(), translate("Contacts", "Website")),
        ):
            limit = OutletRow.__table__.c[field].type.length
            if len(value) > limit:
                raise ValidationError({field: too_long(label, limit, len(value))})
        if record.reach is not None and record.reach < 0:
            raise ValidationError({"reach": translate("Contacts", "The reach cannot be negative.")})
        from commdesk.core.contacts.validation import has_line_break, line_break_error

        if has_line_break(record.website):
            raise ValidationError({"website": line_break_error("website", translate("Contacts", "Website"))})
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            key = repo.outlet_key(name)[:300]
            row = s.scalars(select(OutletRow).where(OutletRow.name_key == key)).first()
            if row is None:
                row = OutletRow(name=name, name_key=key)
                s.add(row)
            values = {
                "name": name,
                "kind": record.kind.value,
                "region": record.region.strip(),
                "language": record.language.strip(),
                "reach": record.reach,
                "website": record.website.strip(),
                "notes": record.notes.strip(),
            }
            for k, v in values.items():
                if getattr(row, k) != v:
                    setattr(row, k, v)
            s.flush()
            return row.id

    # ------------------------------------------------------------------ writing
    def create(self, record: ContactRecord, owner_id: int | None = None) -> ContactDetail:
        self.require_edit()
        rec = self.normalise(record)
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = ContactRow(owner_id=owner_id, source_date=self.today(), **repo.row_values(rec))
            s.add(row)
            s.flush()
            repo.insert_child_tuples(s.connection(), repo.child_tuples(row.id, rec, repo.OutletCache(s)))
            return self._detail(s, row)

    def create_many(self, records: list[tuple[ContactRecord, int | None]]) -> list[ContactDetail]:
        """Create several contacts ((record, owner id) pairs) in one transaction, as ``create`` does
        one by one: all of them or, on a ValidationError, none."""
        self.require_edit()
        normalised = [(self.normalise(r), owner) for r, owner in records]
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            outlets = repo.OutletCache(s)
            rows = []
            for rec, owner_id in normalised:
                row = ContactRow(owner_id=owner_id, source_date=self.today(), **repo.row_values(rec))
                s.add(row)
                rows.append((row, rec))
            s.flush()
            repo.insert_child_tuples(
                s.connection(), repo.gather(repo.child_tuples(row.id, rec, outlets) for row, rec in rows)
            )
            return [self._detail(s, row) for row, _ in rows]

    def update(
        self, contact_id: int, record: ContactRecord, expected_version: int | None, owner_id=_UNSET
    ) -> ContactDetail:
        """Save an edited contact; ConflictError(mine=record, theirs=ContactDetail) when it changed since."""
        if not self.may_edit(self.ctx.current()) and not self.ctx.current().has(Role.OFFICER):
            self.require_edit()  # the message names the role needed, before anything is read
        rec = self.normalise(record)
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._row(s, contact_id)
            self._require_edit_row(row, owner_id)
            check_version(
                translate("Contacts", "contact"),
                row.version,
                expected_version,
                mine=record,
                theirs=self._detail(s, row),
            )
            before = repo.load_records(s, [row.id])[row.id]
            repo.apply_record(row, rec)
            if owner_id is not _UNSET and row.owner_id != owner_id:
                row.owner_id = owner_id
            if _lists(before) != _lists(rec):
                repo.replace_children(s, row.id, rec, repo.OutletCache(s))
            s.flush()
            return self._detail(s, row)

    def delete(self, ids) -> None:
        """Move contacts to the trash (restorable)."""
        self.require_admin(translate("Contacts", "delete media contacts"))
        with self.ctx.unit_of_work() as uow:
            now = self.ctx.clock()
            for row in self._rows(uow.session, ids):
                if not row.deleted:
                    row.deleted, row.deleted_at = True, now

    def restore(self, ids) -> None:
        self.require_admin(translate("Contacts", "restore media contacts"))
        with self.ctx.unit_of_work() as uow:
            for row in self._rows(uow.session, ids):
                if row.deleted:
                    row.deleted, row.deleted_at, row.merged_into = False, None, None

    def trash(self) -> list[ContactSummary]:
        return self.search(ContactQuery(deleted=True), limit=100000)

    def erase(self, contact_id: int) -> None:
        """Remove a person's personal data for good: the record, history, do-not-contact entries and
        the personal data in the audit log; an audit stub ("erased") stays."""
        self.require_admin(translate("Contacts", "erase media contacts"))
        from commdesk.services.contacts.merge import erase

        with self.ctx.unit_of_work() as uow:
            erase(uow, self._row(uow.session, contact_id))

    def _rows(self, session, ids) -> list[ContactRow]:
        ids = list(dict.fromkeys(ids))
        rows = []
        for part in repo.chunks(ids):
            rows += session.scalars(
                select(ContactRow).where(ContactRow.id.in_(part), ContactRow.erased.is_(False))
            )
        if len(rows) != len(ids):
            missing = sorted(set(ids) - {r.id for r in rows})
            raise NotFound(
                translate("Contacts", "There is no contact with id {id}.").format(
                    id=", ".join(map(str, missing))
                )
            )
        return rows

    def bulk_set_owner(self, ids, owner_id: int | None) -> None:
        self.require_edit()
        with self.ctx.unit_of_work() as uow:
            if owner_id is not None and uow.session.get(PersonRow, owner_id) is None:
                raise NotFound(translate("Contacts", "There is no person with id {id}.").format(id=owner_id))
            for row in self._rows(uow.session, ids):
                if row.owner_id != owner_id:
                    row.owner_id = owner_id

    def bulk_add_beat(self, ids, beat: str) -> None:
        self.require_edit()
        beat = " ".join(beat.split())
        if not beat:
            raise ValidationError({"beats": translate("Contacts", "Enter the beat to add.")})
        from commdesk.core.contacts.validation import MAX_ENTRY_LENGTHS, too_long

        if len(beat) > MAX_ENTRY_LENGTHS["beats"]:
            raise ValidationError(
                {"beats": too_long(translate("Contacts", "Beats"), MAX_ENTRY_LENGTHS["beats"], len(beat))}
            )
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            rows = self._rows(s, ids)
            records = repo.load_records(s, [r.id for r in rows])
            cache = repo.OutletCache(s)
            for row in rows:
                rec = records[row.id]
                if beat.casefold() in (b.casefold() for b in rec.beats):
                    continue
                rec.beats.append(beat)
                repo.apply_record(row, rec)
                repo.replace_children(s, row.id, rec, cache)

    def bulk_add_to_list(self, ids, list_id: int) -> None:
        from commdesk.services.contacts.lists import ContactListService

        self.ctx.service(ContactListService).add(list_id, ids)

    # ------------------------------------------------------------------ do-not-contact
    def may_mark_do_not_contact(self) -> str:
        """ "" when the acting person may mark do-not-contact now (anyone: every person has a role; not on
        a read-only database), else why not in words (for the window)."""
        return self.ctx.refusal(*Role, action=translate("Contacts", "mark do-not-contact"))

    def set_do_not_contact(
        self, contact_id: int, channel: str, reason: str, expires: date | None = None
    ) -> None:
        """Anyone may mark a contact do-not-contact on a channel; the reason is required."""
        if channel not in CHANNELS:
            raise ValidationError(
                {
                    "channel": translate(
                        "Contacts", "{channel} is not a channel; use email, phone or mail."
                    ).format(channel=channel)
                }
            )
        if not reason.strip():
            raise ValidationError(
                {
                    "reason": translate(
                        "Contacts", "Give the reason for do-not-contact (e.g. asked by phone on 3 May)."
                    )
                }
            )
        if expires is not None and expires <= self.today():
            raise ValidationError(
                {
                    "expires": translate(
                        "Contacts", "The expiry date must be in the future, or leave it empty."
                    )
                }
            )
        person = self.ctx.current()
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            self._row(s, contact_id)
            current = s.scalars(
                select(ContactConsentRow).where(
                    ContactConsentRow.contact_id == contact_id,
                    ContactConsentRow.channel == channel,
                    repo.active_dnc(self.today()),
                )
            ).first()
            if current is not None:
                current.reason, current.expires = reason.strip(), expires
                current.set_by, current.set_by_id, current.set_at = person.name, person.id, self.ctx.clock()
            else:
                s.add(
                    ContactConsentRow(
                        contact_id=contact_id,
                        channel=channel,
                        do_not_contact=True,
                        reason=reason.strip(),
                        set_by=person.name,
                        set_by_id=person.id,
                        set_at=self.ctx.clock(),
                        expires=expires,
                    )
                )

    def lift_do_not_contact(self, contact_id: int, channel: str) -> None:
        person = self.require_admin(translate("Contacts", "lift do-not-contact"))
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            self._row(s, contact_id)
            for c in s.scalars(
                select(ContactConsentRow).where(
                    ContactConsentRow.contact_id == contact_id,
                    ContactConsentRow.channel == channel,
                    ContactConsentRow.lifted_at.is_(None),
                )
            ):
                c.lifted_at, c.lifted_by = self.ctx.clock(), person.name

    # ------------------------------------------------------------------ history
    def log_interaction(
        self,
        contact_id: int,
        kind: str,
        when: datetime,
        channel: str,
        summary: str,
        release_id: int | None = None,
        meeting_id: int | None = None,
        deadline: datetime | None = None,
        liaison: str = "",
        answered_at: datetime | None = None,
        override: str | None = None,
    ) -> Interaction:
        """Log an interaction. Reaching the person on a channel marked do-not-contact raises
        DoNotContactWarning unless ``override`` gives the reason (audited)."""
        person = self.require_officer(translate("Contacts", "log interactions with media contacts"))
        errors = {}
        if kind not in KINDS:
            errors["kind"] = translate(
                "Contacts", "{kind} is not a kind of interaction; use one of: {kinds}."
            ).format(kind=kind, kinds=", ".join(KINDS))
        for name, value in (("when", when), ("deadline", deadline), ("answered_at", answered_at)):
            if value is not None and value.tzinfo is None:
                errors[name] = translate("Contacts", "The time has no time zone; enter it with one.")
        if errors:
            raise ValidationError(errors)
        from commdesk.core.contacts.consent import default_channel

        # no channel given: the kind's own (a call is by phone), as the do-not-contact check takes it
        channel = (channel or "").strip() or default_channel(kind) or ""
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            contact = self._row(s, contact_id)
            # the outbox's record of a release mailing it sent is history, not a decision to reach
            # out: it is written whatever the person's wishes are now (the lists left them out)
            sent_record = kind == "mailing" and release_id is not None
            warnings = [] if sent_record else self._dnc_findings(s, contact, kind, channel)
            if warnings and not (override or "").strip():
                raise DoNotContactWarning(warnings)
            row = InteractionRow(
                contact_id=contact_id,
                kind=kind,
                at=when,
                channel=channel.strip(),
                summary=summary.strip(),
                logged_by=person.name,
                logged_by_id=person.id,
                release_id=release_id,
                meeting_id=meeting_id,
                deadline=deadline,
                liaison=liaison.strip(),
                answered_at=answered_at,
            )
            s.add(row)
            s.flush()
            if warnings:
                uow.event(
                    "contact_interactions",
                    row.id,
                    "override",
                    note=(override or "").strip()
                    + " | "
                    + " ".join(f"{f.rule}: {f.message}" for f in warnings),
                )
            if kind in CONTACT_KINDS:
                touch_last_contact(s, [contact_id])
            return _interaction(row)

    def interaction_findings(self, contact_id: int, kind: str, channel: str) -> list:
        """What logging ``kind`` on ``channel`` with this contact would warn about (do-not-contact)."""
        with self.ctx.unit_of_work() as uow:
            return self._dnc_findings(uow.session, self._row(uow.session, contact_id), kind, channel)

    def _dnc_findings(self, session, row: ContactRow, kind: str, channel: str) -> list:
        from commdesk.core.contacts.consent import interaction_findings

        consents = session.scalars(
            select(ContactConsentRow).where(
                ContactConsentRow.contact_id == row.id, repo.active_dnc(self.today())
            )
        )
        name = row.full_name or join_name(row.family_name, row.given_name)
        return interaction_findings(name, kind, channel, consents)

    def history(self, contact_id: int) -> list[Interaction]:
        """The cooperation history, newest first."""
        with self.ctx.unit_of_work() as uow:
            self._row(uow.session, contact_id)
            return [
                _interaction(r)
                for r in uow.session.scalars(
                    select(InteractionRow)
                    .where(InteractionRow.contact_id == contact_id)
                    .order_by(InteractionRow.at.desc(), InteractionRow.id.desc())
                )
            ]

    def answer_inquiry(self, interaction_id: int, answered_at: datetime) -> Interaction:
        self.require_officer(translate("Contacts", "record answers to media inquiries"))
        if answered_at.tzinfo is None:
            raise ValidationError(
                {"answered_at": translate("Contacts", "The time has no time zone; enter it with one.")}
            )
        with self.ctx.unit_of_work() as uow:
            row = uow.session.get(InteractionRow, interaction_id)
            if row is None or row.kind != "inquiry":
                raise NotFound(
                    translate("Contacts", "There is no media inquiry with id {id}.").format(id=interaction_id)
                )
            row.answered_at = answered_at
            uow.session.flush()
            return _interaction(row)

    def open_inquiries(self) -> list[tuple[Interaction, str]]:
        """Media inquiries not answered yet, earliest deadline first, with the contact's name (MD-5)."""
        with self.ctx.unit_of_work() as uow:
            rows = uow.session.execute(
                select(InteractionRow, ContactRow.full_name)
                .join(ContactRow, ContactRow.id == InteractionRow.contact_id)
                .where(
                    InteractionRow.kind == "inquiry",
                    InteractionRow.answered_at.is_(None),
                    ContactRow.deleted.is_(False),
                )
                .order_by(InteractionRow.deadline.is_(None), InteractionRow.deadline)
            )
            return [(_interaction(r), name) for r, name in rows]

    # ------------------------------------------------------------------ merge
    def merge(self, keep_id: int, other_id: int, choices: dict[str, str]) -> int:
        """Merge ``other`` into ``keep``: per field "keep" or "other" (lists default to both combined);
        histories, lists and do-not-contact entries move to the kept contact. Returns the merge id."""
        self.require_admin(translate("Contacts", "merge media contacts"))
        from commdesk.services.contacts.merge import merge

        with self.ctx.unit_of_work() as uow:
            return merge(self, uow, keep_id, other_id, choices)

    def undo_merge(self, merge_id: int, discard_changes: bool = False) -> None:
        """Give both contacts back as they were before the merge. ChangedSinceMerge when the kept
        contact was edited since (the edit would be lost), unless ``discard_changes``."""
        self.require_admin(translate("Contacts", "undo a merge of media contacts"))
        from commdesk.services.contacts.merge import undo_merge

        with self.ctx.unit_of_work() as uow:
            undo_merge(self, uow, merge_id, discard_changes)

    def merges(self, contact_id: int) -> list[tuple[int, int, int, datetime, bool]]:
        """(merge id, keep id, other id, when, undone) of merges touching a contact, newest first."""
        with self.ctx.unit_of_work() as uow:
            rows = uow.session.scalars(
                select(ContactMergeRow)
                .where((ContactMergeRow.keep_id == contact_id) | (ContactMergeRow.other_id == contact_id))
                .order_by(ContactMergeRow.id.desc())
            )
            return [(r.id, r.keep_id, r.other_id, r.at, r.undone_at is not None) for r in rows]


def touch_last_contact(session, contact_ids) -> None:
    """Recompute the last-contact column (plain UPDATE: no version bump, no audit noise)."""
    for part in repo.chunks(list(contact_ids)):
        latest = (
            select(func.max(InteractionRow.at))
            .where(InteractionRow.contact_id == ContactRow.id, InteractionRow.kind.in_(sorted(CONTACT_KINDS)))
            .scalar_subquery()
        )
        session.execute(
            update(ContactRow)
            .where(ContactRow.id.in_(part))
            .values(last_contact_at=latest)
            .execution_options(synchronize_session=False)
        )


def _outlet_record(r: OutletRow) -> OutletRecord:
    try:
        kind = OutletKind(r.kind)
    except ValueError:
        kind = OutletKind.OTHER
    return OutletRecord(r.name, kind, r.region, r.language, r.reach, r.website, r.notes)


def _lists(rec: ContactRecord):
    return (rec.outlet, rec.outlets, rec.beats, rec.emails, rec.phones)


def _trimmed(record: ContactRecord) -> ContactRecord:
    from commdesk.core.contacts.importing.mapping import clean_text

    changes = {}
    for f in repo.SCALAR_FIELDS:
        v = getattr(record, f) or ""
        t = clean_text(v, f in ("notes", "address"))
        if t != v:
            changes[f] = t
    from commdesk.core.contacts.names import is_chinese_name

    for f in ("full_name", "family_name", "given_name"):
        v = changes.get(f, getattr(record, f))
        if " " in v and is_chinese_name(v):  # "王 伟" as typed -> 王伟 (Chinese names have no spaces)
            changes[f] = v.replace(" ", "")
    beats = list(dict.fromkeys(" ".join(b.split()) for b in record.beats if b.strip()))
    outlets = [" ".join(o.split()) for o in record.outlets if o.strip()]
    return record.copy(beats=beats, outlets=outlets, **changes)


__all__ = [
    "CHANNELS",
    "KINDS",
    "OFFICERS_MAY_EDIT",
    "OFFICERS_MAY_EDIT_OWN",
    "SORTS",
    "Consent",
    "ContactDetail",
    "ContactQuery",
    "ContactService",
    "ContactSummary",
    "DoNotContactWarning",
    "Interaction",
    "channel_label",
    "kind_label",
]

# imported for the re-export of names used by other modules of the area
_ = (delete, AuditRow, ContactMergeRow)
