"""The media contact database: search, edit, trash and erase, do-not-contact, history.

Each public method is one unit of work and returns plain dataclasses. Permissions (CR-2):
administrators create, edit, delete, merge and import; officers view, search, log interactions and
build and export lists, and correct the contacts they own (``OFFICERS_MAY_EDIT_OWN``; not give them
to another owner); the organisation setting ``contacts.officers_may_edit`` lets officers create
and edit every contact too. Anyone may set do-not-contact; only administrators lift it.

Lists, import and export are services of their own (``ContactListService`` in ``lists``,
``ContactImportService`` in ``importing``, ``ContactExportService`` in ``export``); the rules of
merging and erasing are in ``merge``. The database is reached through the contacts repositories.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy.orm import Session

from commdesk.core import timezones as tz
from commdesk.core.contacts.consent import default_channel, interaction_findings
from commdesk.core.contacts.importing.mapping import clean_text
from commdesk.core.contacts.names import is_chinese_name, sort_key
from commdesk.core.contacts.query import ContactQuery
from commdesk.core.contacts.records import ContactRecord, OutletRecord, Status
from commdesk.core.contacts.validation import (
    MAX_ENTRY_LENGTHS,
    check_contact,
    complete_names,
    has_line_break,
    line_break_error,
    line_break_errors,
    raise_for_errors,
    too_long,
)
from commdesk.core.domain.people import Person, Role
from commdesk.core.errors import NotFound, ValidationError
from commdesk.core.i18n import translate
from commdesk.core.rules import Finding
from commdesk.persistence.models.contacts import ContactRow
from commdesk.persistence.repositories.contacts import details, history, merges, outlets, queries
from commdesk.persistence.repositories.contacts.outlets import OutletCache
from commdesk.persistence.repositories.contacts.rows import (
    SCALAR_FIELDS,
    add_contacts,
    apply_record,
    load_records,
    replace_children,
)
from commdesk.services.contacts import merge as merging
from commdesk.services.contacts.common import (
    CHANNELS,
    CONTACT_KINDS,
    KINDS,
    ContactDetail,
    ContactSummary,
    Interaction,
    consent_of,
    contact_row,
    contact_rows,
    display_name,
    interaction_of,
    region,
    summary_of,
    today,
    zone_name,
)
from commdesk.services.contacts.lists import ContactListService
from commdesk.services.context import ServiceContext, check_version
from commdesk.services.people import PeopleService
from commdesk.services.settings import SettingsService

OFFICERS_MAY_EDIT = "contacts.officers_may_edit"
# Officers may correct the contacts they own (a constant for now; an organisation setting could
# turn it off the way ``contacts.officers_may_edit`` turns editing of every contact on).
OFFICERS_MAY_EDIT_OWN = True
_UNSET = object()


class DoNotContactWarning(ValidationError):
    """Logging this interaction reaches the person on a do-not-contact channel: log again with
    ``override=reason`` (written to the audit log)."""

    def __init__(self, findings):
        self.findings = findings
        super().__init__({"override": " ".join(f.message for f in findings)})


class ContactService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # ------------------------------------------------------------------ helpers
    def zone_name(self) -> str:
        """The organisation's zone: dates such as "today" and the last contact are days there."""
        return zone_name(self.ctx)

    def today(self) -> date:
        return today(self.ctx)

    def region(self) -> str:
        return region(self.ctx)

    def officers_may_edit(self) -> bool:
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

    def _require_edit_row(self, row: ContactRow, owner_id: object) -> Person:
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
        rec, errors = check_contact(complete_names(_trimmed(record)), region or self.region())
        errors = line_break_errors(record) + errors
        if errors:
            raise_for_errors(errors)
        if rec.status is None:
            rec = rec.copy(status=Status.ACTIVE)
        return rec

    def _search(self, session: Session) -> queries.ContactSearch:
        zone = self.zone_name()  # one read of the settings for the zone and today
        return queries.ContactSearch(session, tz.today_in(zone, self.ctx.clock), zone)

    def _summaries(self, session: Session, ids: list[int]) -> list[ContactSummary]:
        rows = queries.summary_rows(session, ids)
        dnc = queries.dnc_channels(session, ids, self.today())
        zone = self.zone_name()
        return [summary_of(rows[i], dnc, zone) for i in ids if i in rows]

    def _detail(self, session: Session, row: ContactRow) -> ContactDetail:
        return ContactDetail(
            row.id,
            row.version,
            load_records(session, [row.id])[row.id],
            row.owner_id,
            details.person_name(session, row.owner_id),
            tuple(details.lists_of(session, row.id)),
            tuple(consent_of(c) for c in history.consents_in_force(session, row.id, self.today())),
            row.deleted,
            row.source,
            row.source_date,
        )

    # ------------------------------------------------------------------ reading
    def search(self, q: ContactQuery, offset: int = 0, limit: int = 200) -> list[ContactSummary]:
        """One page of contacts matching ``q``, sorted in SQL (Chinese names by pinyin)."""
        with self.ctx.unit_of_work() as uow:
            search = self._search(uow.session)
            rows = search.page(q, offset, limit)
            dnc = queries.dnc_channels(uow.session, [r.id for r in rows], search.today)
            return [summary_of(r, dnc, search.zone) for r in rows]

    def count(self, q: ContactQuery) -> int:
        with self.ctx.unit_of_work() as uow:
            return self._search(uow.session).count(q)

    def ids(self, q: ContactQuery) -> list[int]:
        """Every id matching ``q`` in display order (select all, bulk actions)."""
        with self.ctx.unit_of_work() as uow:
            return self._search(uow.session).ids(q)

    def summaries(self, ids: Iterable[int]) -> list[ContactSummary]:
        with self.ctx.unit_of_work() as uow:
            return self._summaries(uow.session, list(ids))

    def memberships(self, ids: Iterable[int]) -> dict[int, list[tuple[int, str]]]:
        """Static lists each contact is on (id, name), for listings and exports."""
        with self.ctx.unit_of_work() as uow:
            return details.memberships(uow.session, list(ids))

    def get(self, contact_id: int) -> ContactDetail:
        with self.ctx.unit_of_work() as uow:
            return self._detail(uow.session, contact_row(uow.session, contact_id))

    def records(self, ids: Iterable[int]) -> dict[int, ContactRecord]:
        with self.ctx.unit_of_work() as uow:
            return load_records(uow.session, list(ids))

    def validate(self, record: ContactRecord) -> dict[str, str]:
        """Field -> message (CR-1), for showing while the user types; {} when the record is fine."""
        _, errors = check_contact(complete_names(_trimmed(record)), self.region())
        errors = line_break_errors(record) + errors
        out: dict[str, str] = {}
        for e in errors:
            out[e.field] = f"{out[e.field]}\n{e.message}" if e.field in out else e.message
        return out

    def likely_duplicates(self, record: ContactRecord, exclude_id: int | None = None) -> list[ContactSummary]:
        """Stored contacts that are probably the same person (CR-4), best first."""
        with self.ctx.unit_of_work() as uow:
            ids = merging.likely_duplicate_ids(uow.session, record, self.region(), exclude_id)
            return self._summaries(uow.session, ids)

    def duplicate_groups(self) -> list[tuple[tuple[int, ...], str]]:
        """Groups of likely duplicates among the contacts not in the trash, with the reason in words."""
        with self.ctx.unit_of_work() as uow:
            return merging.duplicate_groups(uow.session)

    def beats(self) -> list[str]:
        """Every beat of a contact not in the trash (its first spelling in sort order), sorted."""
        with self.ctx.unit_of_work() as uow:
            found = queries.beats(uow.session)
        return sorted(found, key=sort_key)

    def regions(self) -> list[str]:
        with self.ctx.unit_of_work() as uow:
            return sorted(outlets.regions(uow.session), key=sort_key)

    def owners(self) -> list[tuple[int, str]]:
        return [(p.id, p.name) for p in self.ctx.service(PeopleService).list() if p.id is not None]

    # ------------------------------------------------------------------ outlets
    def outlets(self) -> list[tuple[int, OutletRecord]]:
        """Every outlet (id, record), sorted by name (pinyin for Chinese names)."""
        with self.ctx.unit_of_work() as uow:
            rows = outlets.all_outlets(uow.session)
        return sorted(rows, key=lambda x: sort_key(x[1].name))

    def save_outlet(self, record: OutletRecord) -> int:
        """Create or update the outlet of that name (kind, region, language, reach ...); returns its id."""
        self.require_edit()
        name = " ".join(record.name.split())
        if not name:
            raise ValidationError({"name": translate("Contacts", "Enter the outlet's name.")})
        for field, value, label in (
            ("name", name, translate("Contacts", "Outlet")),
            ("region", record.region.strip(), translate("Contacts", "Region")),
            ("language", record.language.strip(), translate("Contacts", "Language")),
            ("website", record.website.strip(), translate("Contacts", "Website")),
        ):
            limit = outlets.column_length(field)
            if len(value) > limit:
                raise ValidationError({field: too_long(label, limit, len(value))})
        if record.reach is not None and record.reach < 0:
            raise ValidationError({"reach": translate("Contacts", "The reach cannot be negative.")})
        if has_line_break(record.website):
            raise ValidationError({"website": line_break_error("website", translate("Contacts", "Website"))})
        values = {
            "name": name,
            "kind": record.kind.value,
            "region": record.region.strip(),
            "language": record.language.strip(),
            "reach": record.reach,
            "website": record.website.strip(),
            "notes": record.notes.strip(),
        }
        with self.ctx.unit_of_work() as uow:
            return outlets.save_outlet(uow.session, name, values)

    # ------------------------------------------------------------------ writing
    def create(self, record: ContactRecord, owner_id: int | None = None) -> ContactDetail:
        self.require_edit()
        rec = self.normalise(record)
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            [row] = add_contacts(s, [(rec, owner_id)], self.today(), OutletCache(s))
            return self._detail(s, row)

    def create_many(self, records: list[tuple[ContactRecord, int | None]]) -> list[ContactDetail]:
        """Create several contacts ((record, owner id) pairs) in one transaction, as ``create`` does
        one by one: all of them or, on a ValidationError, none."""
        self.require_edit()
        normalised = [(self.normalise(r), owner) for r, owner in records]
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            rows = add_contacts(s, normalised, self.today(), OutletCache(s))
            return [self._detail(s, row) for row in rows]

    def update(
        self, contact_id: int, record: ContactRecord, expected_version: int | None, owner_id: object = _UNSET
    ) -> ContactDetail:
        """Save an edited contact; ConflictError(mine=record, theirs=ContactDetail) when it changed since."""
        if not self.may_edit(self.ctx.current()) and not self.ctx.current().has(Role.OFFICER):
            self.require_edit()  # the message names the role needed, before anything is read
        rec = self.normalise(record)
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = contact_row(s, contact_id)
            self._require_edit_row(row, owner_id)
            check_version(
                translate("Contacts", "contact"),
                row.version,
                expected_version,
                mine=record,
                theirs=self._detail(s, row),
            )
            before = load_records(s, [row.id])[row.id]
            apply_record(row, rec)
            if owner_id is not _UNSET and row.owner_id != owner_id:
                row.owner_id = owner_id  # type: ignore[assignment]  # an int or None once not _UNSET
            if _lists(before) != _lists(rec):
                replace_children(s, row.id, rec, OutletCache(s))
            s.flush()
            return self._detail(s, row)

    def delete(self, ids: Iterable[int]) -> None:
        """Move contacts to the trash (restorable)."""
        self.require_admin(translate("Contacts", "delete media contacts"))
        with self.ctx.unit_of_work() as uow:
            now = self.ctx.clock()
            for row in contact_rows(uow.session, ids):
                if not row.deleted:
                    row.deleted, row.deleted_at = True, now

    def restore(self, ids: Iterable[int]) -> None:
        self.require_admin(translate("Contacts", "restore media contacts"))
        with self.ctx.unit_of_work() as uow:
            for row in contact_rows(uow.session, ids):
                if row.deleted:
                    row.deleted, row.deleted_at, row.merged_into = False, None, None

    def trash(self) -> list[ContactSummary]:
        return self.search(ContactQuery(deleted=True), limit=100000)

    def erase(self, contact_id: int) -> None:
        """Remove a person's personal data for good: the record, history, do-not-contact entries and
        the personal data in the audit log; an audit stub ("erased") stays."""
        self.require_admin(translate("Contacts", "erase media contacts"))
        with self.ctx.unit_of_work() as uow:
            merging.erase(uow, contact_row(uow.session, contact_id), self.ctx.clock())

    def bulk_set_owner(self, ids: Iterable[int], owner_id: int | None) -> None:
        self.require_edit()
        with self.ctx.unit_of_work() as uow:
            if owner_id is not None and not details.person_exists(uow.session, owner_id):
                raise NotFound(translate("Contacts", "There is no person with id {id}.").format(id=owner_id))
            for row in contact_rows(uow.session, ids):
                if row.owner_id != owner_id:
                    row.owner_id = owner_id

    def bulk_add_beat(self, ids: Iterable[int], beat: str) -> None:
        self.require_edit()
        beat = " ".join(beat.split())
        if not beat:
            raise ValidationError({"beats": translate("Contacts", "Enter the beat to add.")})
        if len(beat) > MAX_ENTRY_LENGTHS["beats"]:
            raise ValidationError(
                {"beats": too_long(translate("Contacts", "Beats"), MAX_ENTRY_LENGTHS["beats"], len(beat))}
            )
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            rows = contact_rows(s, ids)
            records = load_records(s, [r.id for r in rows])
            cache = OutletCache(s)
            for row in rows:
                rec = records[row.id]
                if beat.casefold() in (b.casefold() for b in rec.beats):
                    continue
                rec.beats.append(beat)
                apply_record(row, rec)
                replace_children(s, row.id, rec, cache)

    def bulk_add_to_list(self, ids: Iterable[int], list_id: int) -> None:
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
            contact_row(s, contact_id)
            current = history.consent_in_force(s, contact_id, channel, self.today())
            if current is not None:
                current.reason, current.expires = reason.strip(), expires
                current.set_by, current.set_by_id, current.set_at = person.name, person.id, self.ctx.clock()
            else:
                history.add_consent(
                    s,
                    contact_id=contact_id,
                    channel=channel,
                    do_not_contact=True,
                    reason=reason.strip(),
                    set_by=person.name,
                    set_by_id=person.id,
                    set_at=self.ctx.clock(),
                    expires=expires,
                )

    def lift_do_not_contact(self, contact_id: int, channel: str) -> None:
        person = self.require_admin(translate("Contacts", "lift do-not-contact"))
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            contact_row(s, contact_id)
            for c in history.consents_not_lifted(s, contact_id, channel):
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
        # no channel given: the kind's own (a call is by phone), as the do-not-contact check takes it
        channel = (channel or "").strip() or default_channel(kind) or ""
        if kind == "inquiry":
            return self._log_inquiry(
                contact_id, when, channel, summary, deadline, liaison, answered_at, override
            )
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            contact = contact_row(s, contact_id)
            # the outbox's record of a release mailing it sent is history, not a decision to reach
            # out: it is written whatever the person's wishes are now (the lists left them out)
            sent_record = kind == "mailing" and release_id is not None
            warnings = [] if sent_record else self._dnc_findings(s, contact, kind, channel)
            if warnings and not (override or "").strip():
                raise DoNotContactWarning(warnings)
            row = history.add_interaction(
                s,
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
            if warnings:
                uow.event(
                    merges.INTERACTIONS_ENTITY,
                    row.id,
                    "override",
                    note=(override or "").strip()
                    + " | "
                    + " ".join(f"{f.rule}: {f.message}" for f in warnings),
                )
            if kind in CONTACT_KINDS:
                history.touch_last_contact(s, [contact_id], CONTACT_KINDS)
            return interaction_of(row)

    def _log_inquiry(
        self,
        contact_id: int,
        when: datetime,
        channel: str,
        summary: str,
        deadline: datetime | None,
        liaison: str,
        answered_at: datetime | None,
        override: str | None,
    ) -> Interaction:
        """A media inquiry (MD-5) is a case of the cases desk: logged through ``CaseService`` (which
        writes this history entry with the case), so its clocks run from the start."""
        from commdesk.core.cases.workflow import Channel
        from commdesk.services.cases.service import CaseService, InquiryDetails

        warnings = self.interaction_findings(contact_id, "inquiry", channel)
        if warnings and not (override or "").strip():
            raise DoNotContactWarning(warnings)
        note = (
            (override or "").strip() + " | " + " ".join(f"{f.rule}: {f.message}" for f in warnings)
            if warnings
            else ""
        )
        case = self.ctx.service(CaseService).create(
            Channel.MEDIA_INQUIRY,
            summary,
            contact_id=contact_id,
            received_at=when,
            answered_at=answered_at,
            inquiry=InquiryDetails(channel=channel, deadline=deadline, liaison=liaison, override_note=note),
        )
        with self.ctx.unit_of_work() as uow:
            row = history.interaction(uow.session, case.interaction_id) if case.interaction_id else None
            if row is None:
                raise NotFound(
                    translate("Contacts", "There is no media inquiry with id {id}.").format(
                        id=case.interaction_id
                    )
                )
            return interaction_of(row)

    def interaction_findings(self, contact_id: int, kind: str, channel: str) -> list[Finding]:
        """What logging ``kind`` on ``channel`` with this contact would warn about (do-not-contact)."""
        with self.ctx.unit_of_work() as uow:
            return self._dnc_findings(uow.session, contact_row(uow.session, contact_id), kind, channel)

    def _dnc_findings(self, session: Session, row: ContactRow, kind: str, channel: str) -> list[Finding]:
        consents = history.consents_in_force(session, row.id, self.today())
        return interaction_findings(display_name(row), kind, channel, consents)

    def history(self, contact_id: int) -> list[Interaction]:
        """The cooperation history, newest first."""
        with self.ctx.unit_of_work() as uow:
            contact_row(uow.session, contact_id)
            return [interaction_of(r) for r in history.interactions_of(uow.session, contact_id)]

    def answer_inquiry(self, interaction_id: int, answered_at: datetime) -> Interaction:
        """The inquiry was answered: recorded on its case (``CaseService.answer_inquiry``), whose
        first response is met at once; the history entry shows the answer with it."""
        from commdesk.services.cases.service import CaseService

        self.require_officer(translate("Contacts", "record answers to media inquiries"))
        if answered_at.tzinfo is None:
            raise ValidationError(
                {"answered_at": translate("Contacts", "The time has no time zone; enter it with one.")}
            )
        self.ctx.service(CaseService).answer_inquiry(interaction_id, answered_at)
        with self.ctx.unit_of_work() as uow:
            row = history.interaction(uow.session, interaction_id)
            if row is None:
                raise NotFound(
                    translate("Contacts", "There is no media inquiry with id {id}.").format(id=interaction_id)
                )
            return interaction_of(row)

    def open_inquiries(self) -> list[tuple[Interaction, str]]:
        """Media inquiries not answered yet, earliest deadline first, with the contact's name (MD-5)."""
        with self.ctx.unit_of_work() as uow:
            return [(interaction_of(r), name) for r, name in history.open_inquiries(uow.session)]

    # ------------------------------------------------------------------ merge
    def merge(self, keep_id: int, other_id: int, choices: dict[str, str]) -> int:
        """Merge ``other`` into ``keep``: per field "keep" or "other" (lists default to both combined);
        histories, lists and do-not-contact entries move to the kept contact. Returns the merge id."""
        self.require_admin(translate("Contacts", "merge media contacts"))
        with self.ctx.unit_of_work() as uow:
            return merging.merge(uow, keep_id, other_id, choices, self.normalise, self.ctx.clock())

    def undo_merge(self, merge_id: int, discard_changes: bool = False) -> None:
        """Give both contacts back as they were before the merge. ChangedSinceMerge when the kept
        contact was edited since (the edit would be lost), unless ``discard_changes``."""
        self.require_admin(translate("Contacts", "undo a merge of media contacts"))
        with self.ctx.unit_of_work() as uow:
            merging.undo_merge(uow, merge_id, discard_changes, self.ctx.clock())

    def merges(self, contact_id: int) -> list[tuple[int, int, int, datetime, bool]]:
        """(merge id, keep id, other id, when, undone) of merges touching a contact, newest first."""
        with self.ctx.unit_of_work() as uow:
            return [
                (r.id, r.keep_id, r.other_id, r.at, r.undone_at is not None)
                for r in merges.merges_of(uow.session, contact_id)
            ]


def _lists(rec: ContactRecord) -> tuple[object, ...]:
    return (rec.outlet, rec.outlets, rec.beats, rec.emails, rec.phones)


def _trimmed(record: ContactRecord) -> ContactRecord:
    changes: dict[str, str] = {}
    for f in SCALAR_FIELDS:
        v = getattr(record, f) or ""
        t = clean_text(v, f in ("notes", "address"))
        if t != v:
            changes[f] = t
    for f in ("full_name", "family_name", "given_name"):
        v = changes.get(f, getattr(record, f))
        if " " in v and is_chinese_name(v):  # "王 伟" as typed -> 王伟 (Chinese names have no spaces)
            changes[f] = v.replace(" ", "")
    beats = list(dict.fromkeys(" ".join(b.split()) for b in record.beats if b.strip()))
    outlets = [" ".join(o.split()) for o in record.outlets if o.strip()]
    return record.copy(beats=beats, outlets=outlets, **changes)
