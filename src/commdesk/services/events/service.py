"""Media events: the event and its invitation, the invitation list built from contact lists, the
answers recorded by hand, the check-in at the door and the follow-up.

Each public method is one unit of work. The invitation goes through the review engine
(``services.review``, kind ``event_invitation``): saving an event tells the engine the invitation's
content (``record_edit_in``, in the same transaction), which voids an approval when it changed,
and holds invitations already queued with the old text (``hold_stale_in``). Who is invited comes
from the contacts area's distribution lists, with its rule for who may not be mailed (do not
contact by e-mail, bounced address, no address): they are left out and the caller is told who and
why.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from dataclasses import dataclass

from commdesk.core.domain.people import Role
from commdesk.core.errors import NotFound, ValidationError
from commdesk.core.events import checkin
from commdesk.core.events.records import (
    Attendance,
    Event,
    EventEdit,
    EventSummary,
    Invitee,
    InviteeBuild,
    ResponseVia,
    RsvpStatus,
    attendance,
    edit_fields,
    invitation_content,
    normalise,
    validate,
    validate_answer,
)
from commdesk.core.events.rsvp import new_token
from commdesk.core.i18n import translate
from commdesk.core.releases.records import Coverage
from commdesk.persistence.models.events import EventInviteeRow, EventRow
from commdesk.persistence.repositories import events as repo
from commdesk.services.context import ServiceContext, check_version
from commdesk.services.events.review import EventReview

ENTITY = "events"
INVITEES = "event_invitees"
WRITERS = (Role.OFFICER, Role.ADMINISTRATOR)


def event_of(row: EventRow, owner: str, release_reference: str) -> Event:
    return Event(
        id=row.id,
        reference=row.reference,
        version=row.version,
        title=row.title,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        zone=row.zone,
        place=row.place,
        agenda=row.agenda,
        invitation_subject=row.invitation_subject,
        invitation_body=row.invitation_body,
        release_id=row.release_id,
        release_reference=release_reference,
        owner_id=row.owner_id,
        owner=owner,
        follow_up=row.follow_up,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def no_event(event_id: object) -> NotFound:
    return NotFound(translate("Events", "There is no media event {id}.").format(id=event_id))


def why_not_mailed(contact) -> str | None:
    """Why a contact (a contacts ``ContactSummary``) gets no invitation, in the contacts area's
    words and by its rule (``split_members``): do not contact by e-mail, bounced, no address."""
    if "email" in contact.do_not_contact:
        return translate("Events", "do not contact by e-mail")
    if contact.status == "bounced":
        return translate("Events", "e-mail bounced")
    if not contact.email:
        return translate("Events", "no e-mail address")
    return None


@dataclass(frozen=True)
class FollowUp:
    """After the event: the figures, who came, who accepted and did not come, and the coverage of
    the accompanied press release by journalists who came."""

    event: Event
    attendance: Attendance
    attendees: tuple[Invitee, ...]
    no_shows: tuple[Invitee, ...]
    coverage: tuple[Coverage, ...]  # by attendees
    coverage_total: int  # of the release, by anyone


class EventService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @property
    def review(self) -> EventReview:
        return self.ctx.service(EventReview)

    def _require(self, action: str):
        return self.ctx.require(*WRITERS, action=action)

    def may_edit(self) -> str:
        """ "" when the acting person may plan events and handle their invitees, else why not."""
        return self.ctx.refusal(*WRITERS, action=translate("Events", "plan media events"))

    # -- reading ---------------------------------------------------------------------------------
    def _row(self, session, event_id: int) -> EventRow:
        row = repo.get(session, event_id)
        if row is None:
            raise no_event(event_id)
        return row

    def _event(self, session, row: EventRow) -> Event:
        owner = repo.person_names(session, [row.owner_id]).get(row.owner_id or -1, "")
        return event_of(row, owner, repo.release_reference(session, row.release_id))

    def get(self, event_id: int) -> Event:
        with self.ctx.unit_of_work() as uow:
            return self._event(uow.session, self._row(uow.session, event_id))

    def find(self, reference_or_id: str) -> Event:
        """An event by its reference (EV-2026-001) or its id, for the command line."""
        text = reference_or_id.strip()
        with self.ctx.unit_of_work() as uow:
            row = repo.by_reference(uow.session, text.upper())
            if row is None and text.isdigit():
                row = repo.get(uow.session, int(text))
            if row is None:
                raise no_event(text)
            return self._event(uow.session, row)

    def list(self, search: str = "", upcoming: bool = False) -> builtins.list[EventSummary]:
        """Events, the latest first (``upcoming``: those not yet over), with their review state and
        how many were invited, accepted and came."""
        since = self.ctx.clock() if upcoming else None
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            rows = repo.list_events(s, search, since)
            owners = repo.person_names(s, {r.owner_id for r in rows})
            counts = repo.counts(s, [r.id for r in rows])
            states = self.review.states([r.id for r in rows])
            return [
                EventSummary(
                    r.id,
                    r.reference,
                    r.title,
                    r.starts_at,
                    r.ends_at,
                    r.zone,
                    r.place,
                    owners.get(r.owner_id or -1, ""),
                    states.get(r.id, ""),
                    *counts.get(r.id, (0, 0, 0)),
                    version=r.version,
                )
                for r in rows
            ]

    def release_choices(self) -> builtins.list[tuple[int, str, str]]:
        """(id, reference, title) of the press releases an event can accompany."""
        from commdesk.services.releases.service import ReleaseService

        return [(i, ref, title) for i, ref, title, _lang in self.ctx.service(ReleaseService).link_choices()]

    # -- writing the event -----------------------------------------------------------------------
    def _next_reference(self, session) -> str:
        prefix = f"EV-{self.ctx.clock().year}-"
        numbers = [
            int(r[len(prefix) :])
            for r in repo.references_starting(session, prefix)
            if r[len(prefix) :].isdigit()
        ]
        return f"{prefix}{max(numbers, default=0) + 1:03d}"

    @staticmethod
    def _checked(edit: EventEdit) -> EventEdit:
        edit = normalise(edit)
        errors = validate(edit)
        if errors:
            raise ValidationError(errors)
        return edit

    @staticmethod
    def _apply(row: EventRow, edit: EventEdit) -> None:
        row.title, row.starts_at, row.ends_at, row.zone = edit.title, edit.starts_at, edit.ends_at, edit.zone
        row.place, row.agenda = edit.place, edit.agenda
        row.invitation_subject, row.invitation_body = edit.invitation_subject, edit.invitation_body
        row.release_id, row.follow_up = edit.release_id, edit.follow_up

    def _check_links(self, session, edit: EventEdit) -> None:
        if edit.release_id is not None and not repo.release_reference(session, edit.release_id):
            raise ValidationError(
                {
                    "release_id": translate("Events", "There is no press release {id}.").format(
                        id=edit.release_id
                    )
                }
            )
        if edit.owner_id is not None and not repo.person_names(session, [edit.owner_id]):
            raise ValidationError(
                {
                    "owner_id": translate("Events", "There is no person {id} to own the event.").format(
                        id=edit.owner_id
                    )
                }
            )

    def create(self, edit: EventEdit) -> Event:
        person = self._require(translate("Events", "plan media events"))
        edit = self._checked(edit)
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            self._check_links(s, edit)
            row = EventRow(reference=self._next_reference(s), owner_id=edit.owner_id or person.id)
            self._apply(row, edit)
            repo.add(s, row)
            self.review.record_edit_in(s, row.id, invitation_content(edit), person)
            return self._event(s, row)

    def save(self, event_id: int, edit: EventEdit, expected_version: int | None) -> Event:
        """Save the event. When the invitation's content changed, the review engine voids its
        approval and invitations queued with the old text are held in the outbox."""
        person = self._require(translate("Events", "plan media events"))
        edit = self._checked(edit)
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._row(s, event_id)
            before = self._event(s, row)
            check_version(
                translate("Events", "media event"),
                row.version,
                expected_version,
                mine=edit_fields(edit),
                theirs=edit_fields(before.edit()),
            )
            self._check_links(s, edit)
            changed = invitation_content(before) != invitation_content(edit)
            self._apply(row, edit)
            if edit.owner_id is not None:
                row.owner_id = edit.owner_id
            s.flush()
            if changed:  # voids the approval and holds invitations queued with the old text
                self.review.record_edit_in(s, row.id, invitation_content(edit), person)
            return self._event(s, row)

    def write_follow_up(self, event_id: int, text: str, expected_version: int | None) -> Event:
        """The notes after the event (what was said, what to send to whom): not part of the
        invitation, so the review is not touched."""
        with self.ctx.unit_of_work():  # one transaction: the nested calls join it
            event = self.get(event_id)
            return self.save(event_id, event.edit(follow_up=text), expected_version)

    # -- invitees ----------------------------------------------------------------------------------
    def invitees(self, event_id: int) -> builtins.list[Invitee]:
        """The invitation list, by name, with each invitee's contact details as the contacts area has them."""
        from commdesk.core.contacts.names import sort_key
        from commdesk.services.contacts.service import ContactService

        with self.ctx.unit_of_work() as uow:
            self._row(uow.session, event_id)
            rows = repo.invitees_of(uow.session, event_id)
            ids = [r.contact_id for r in rows if r.contact_id is not None]
            contacts = {c.id: c for c in self.ctx.service(ContactService).summaries(ids)} if ids else {}
            out = [_invitee(r, contacts.get(r.contact_id or -1)) for r in rows]
        return sorted(out, key=lambda i: (sort_key(i.name), i.id))

    def add_from_lists(self, event_id: int, list_ids: Iterable[int]) -> InviteeBuild:
        """Put the members of distribution lists on the invitation list. Whoever the contacts area
        leaves out of a mailing (do not contact by e-mail, bounced, no address) is left out here too,
        even when another list has them, and named with the reason."""
        from commdesk.services.contacts.lists import ContactListService

        self._require(translate("Events", "build invitation lists"))
        lists = self.ctx.service(ContactListService)
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            self._row(s, event_id)
            reach: dict[int, str] = {}
            left: dict[int, tuple[str, str]] = {}
            for list_id in dict.fromkeys(list_ids):
                members = lists.members(list_id)
                for c in members.sendable:
                    reach.setdefault(c.id, c.name)
                for c, why in members.left_out:
                    left.setdefault(c.id, (c.name, why))
            have = repo.contact_ids_of(s, event_id)
            added = []
            for contact_id, name in reach.items():
                if contact_id in left or contact_id in have:
                    continue
                repo.add(s, self._new_invitee(s, event_id, contact_id))
                added.append(name)
            if added:
                uow.event(ENTITY, event_id, "invitees_added", note=str(len(added)))
            return InviteeBuild(
                tuple(added),
                sum(1 for c in reach if c in have and c not in left),
                tuple(left.values()),
            )

    @staticmethod
    def _new_invitee(session, event_id: int, contact_id: int) -> EventInviteeRow:
        token = new_token()
        while repo.token_taken(session, token):
            token = new_token()
        return EventInviteeRow(
            event_id=event_id,
            contact_id=contact_id,
            status=RsvpStatus.INVITED.value,
            plus_ones=0,
            rsvp_token=token,
            response_via="",
            checked_in_by="",
            note="",
        )

    def _invitee_row(self, session, invitee_id: int) -> EventInviteeRow:
        row = repo.invitee(session, invitee_id)
        if row is None:
            raise NotFound(translate("Events", "There is no invitee {id}.").format(id=invitee_id))
        return row

    def _one(self, session, row: EventInviteeRow) -> Invitee:
        from commdesk.services.contacts.service import ContactService

        found = self.ctx.service(ContactService).summaries([row.contact_id]) if row.contact_id else []
        return _invitee(row, found[0] if found else None)

    def remove_invitee(self, invitee_id: int) -> None:
        self._require(translate("Events", "build invitation lists"))
        with self.ctx.unit_of_work() as uow:
            row = self._invitee_row(uow.session, invitee_id)
            if row.invited_at is not None:
                raise ValidationError(
                    {
                        "invitee": translate(
                            "Events",
                            "This person's invitation is already on its way; record their answer as "
                            "declined instead of taking them off the list.",
                        )
                    }
                )
            repo.remove(uow.session, row)

    def record_answer(
        self,
        invitee_id: int,
        status: RsvpStatus | str,
        plus_ones: int | None = None,
        note: str = "",
        expected_version: int | None = None,
    ) -> Invitee:
        """An answer given by phone, in person or by any other way (recorded by hand)."""
        self._require(translate("Events", "record answers to invitations"))
        return self.answer_in(
            invitee_id, RsvpStatus(status), plus_ones, note, ResponseVia.HAND, expected_version
        )

    def answer_in(
        self,
        invitee_id: int,
        status: RsvpStatus,
        plus_ones: int | None,
        note: str,
        via: ResponseVia,
        expected_version: int | None = None,
    ) -> Invitee:
        """Write an answer (one unit of work; ``replies`` calls it for a reply)."""
        note = note.strip()
        errors = validate_answer(plus_ones or 0, note)
        if errors:
            raise ValidationError(errors)
        with self.ctx.unit_of_work() as uow:
            row = self._invitee_row(uow.session, invitee_id)
            if expected_version is not None:
                check_version(
                    translate("Events", "invitee"), row.version, expected_version, mine=None, theirs=None
                )
            row.status = status.value
            if plus_ones is not None:
                row.plus_ones = plus_ones if status in (RsvpStatus.ACCEPTED, RsvpStatus.TENTATIVE) else 0
            elif status is RsvpStatus.DECLINED:
                row.plus_ones = 0
            if note:
                row.note = note
            row.responded_at = self.ctx.clock() if status is not RsvpStatus.INVITED else None
            row.response_via = via.value if status is not RsvpStatus.INVITED else ""
            uow.session.flush()
            return self._one(uow.session, row)

    # -- at the door -------------------------------------------------------------------------------
    def find_at_door(self, event_id: int, text: str) -> builtins.list[Invitee]:
        """The invitees a typed name, pinyin, initials or outlet names, best first."""
        return checkin.find(self.invitees(event_id), text)

    def door_refusal(self, event: Event | EventSummary) -> str:
        """ "" when people can be checked in to ``event`` now, else why not (the door is open on the
        event's day in its zone, ``core.events.checkin.door_window``)."""
        return checkin.door_refusal(event.starts_at, event.ends_at, event.zone, self.ctx.clock())

    def check_in(self, invitee_id: int) -> Invitee:
        """The invitee arrived: when and who let them in. Only while the door is open (on the
        event's day, ``door_window``); twice is refused, with the first time."""
        from commdesk.core import timezones as tz

        person = self._require(translate("Events", "check people in"))
        with self.ctx.unit_of_work() as uow:
            row = self._invitee_row(uow.session, invitee_id)
            event = self._row(uow.session, row.event_id)
            now = self.ctx.clock()
            refusal = checkin.door_refusal(event.starts_at, event.ends_at, event.zone, now)
            if refusal:
                raise ValidationError({"checked_in": refusal})
            if row.checked_in_at is not None:
                raise ValidationError(
                    {
                        "checked_in": translate("Events", "Already checked in at {time} by {name}.").format(
                            time=tz.format_instant(row.checked_in_at, event.zone, fmt="%H:%M"),
                            name=row.checked_in_by,
                        )
                    }
                )
            row.checked_in_at = now
            row.checked_in_by = person.name
            uow.session.flush()
            return self._one(uow.session, row)

    def undo_check_in(self, invitee_id: int) -> Invitee:
        """A check-in made by mistake (the wrong name ticked) is taken back; the audit log keeps both.
        Unlike the check-in this is allowed after the door closed: it corrects the attendance, it
        does not claim anyone came. Someone not checked in is refused (nothing to take back)."""
        self._require(translate("Events", "check people in"))
        with self.ctx.unit_of_work() as uow:
            row = self._invitee_row(uow.session, invitee_id)
            if row.checked_in_at is None:
                name = self._one(uow.session, row).name
                raise ValidationError(
                    {
                        "checked_in": translate(
                            "Events", "{name} is not checked in; there is no check-in to take back."
                        ).format(name=name)
                    }
                )
            row.checked_in_at = None
            row.checked_in_by = ""
            uow.session.flush()
            return self._one(uow.session, row)

    # -- figures and follow-up ------------------------------------------------------------------
    def attendance(self, event_id: int) -> Attendance:
        return attendance(self.invitees(event_id))

    def follow_up(self, event_id: int) -> FollowUp:
        """The event's figures, who came and who did not, and the accompanied release's coverage
        written by the journalists who came."""
        with self.ctx.unit_of_work():  # one reading of the event, its invitees and the coverage
            return self._follow_up(event_id)

    def _follow_up(self, event_id: int) -> FollowUp:
        from commdesk.services.releases.coverage import ReleaseCoverageService

        event = self.get(event_id)
        invitees = self.invitees(event_id)
        came = tuple(i for i in invitees if i.checked_in)
        missing = tuple(i for i in invitees if i.status is RsvpStatus.ACCEPTED and not i.checked_in)
        coverage: builtins.list[Coverage] = []
        if event.release_id is not None:
            coverage = self.ctx.service(ReleaseCoverageService).list(release_id=event.release_id)
        attendee_ids = {i.contact_id for i in came if i.contact_id is not None}
        by_attendees = tuple(c for c in coverage if c.journalist_id in attendee_ids)
        return FollowUp(event, attendance(invitees), came, missing, by_attendees, len(coverage))


def _invitee(row: EventInviteeRow, contact) -> Invitee:
    return Invitee(
        id=row.id,
        event_id=row.event_id,
        contact_id=row.contact_id,
        name=(contact.name if contact is not None else "") or translate("Events", "(contact no longer kept)"),
        pinyin=contact.pinyin if contact is not None else "",
        outlet=contact.outlet if contact is not None else "",
        email=contact.email if contact is not None else "",
        status=RsvpStatus(row.status),
        plus_ones=row.plus_ones,
        responded_at=row.responded_at,
        response_via=row.response_via,
        rsvp_token=row.rsvp_token,
        invited_at=row.invited_at,
        checked_in_at=row.checked_in_at,
        checked_in_by=row.checked_in_by,
        note=row.note,
        version=row.version,
    )


__all__ = ["ENTITY", "INVITEES", "EventService", "FollowUp", "why_not_mailed"]
