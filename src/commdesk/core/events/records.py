"""Media events (MD-2) as plain records: the event, what an edit gives, the invitees and their
answers, the attendance figures, and the checks an edit must pass.

Times are instants (aware, stored in UTC); ``zone`` is where the event takes place and every
display of its times names that zone. The invitation's content, what the review approves, is the
event's subject, text, title, time, place and agenda (``invitation_content``): a change of any of
them voids the approval.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime

from commdesk.core import timezones as tz
from commdesk.core.i18n import translate

MAX_TITLE = 300
MAX_PLACE = 500
MAX_SUBJECT = 300
MAX_PLUS_ONES = 20
MAX_NOTE = 500


class RsvpStatus(str, enum.Enum):
    INVITED = "invited"  # on the list; no answer asked for yet or none given
    ACCEPTED = "accepted"
    DECLINED = "declined"
    TENTATIVE = "tentative"
    NO_ANSWER = "no_answer"  # asked, and the date for an answer passed without one

    @property
    def label(self) -> str:
        return {
            RsvpStatus.INVITED: lambda: translate("Events", "not answered yet"),
            RsvpStatus.ACCEPTED: lambda: translate("Events", "accepted"),
            RsvpStatus.DECLINED: lambda: translate("Events", "declined"),
            RsvpStatus.TENTATIVE: lambda: translate("Events", "tentative"),
            RsvpStatus.NO_ANSWER: lambda: translate("Events", "no answer"),
        }[self]()


class ResponseVia(str, enum.Enum):
    HAND = "hand"  # recorded by someone in the office (a phone call, a word at the door)
    REPLY = "reply"  # read from a reply to the invitation

    @property
    def label(self) -> str:
        return {
            ResponseVia.HAND: lambda: translate("Events", "recorded by hand"),
            ResponseVia.REPLY: lambda: translate("Events", "from a reply"),
        }[self]()


@dataclass(frozen=True)
class EventEdit:
    """What a person types into the event's editor."""

    title: str
    starts_at: datetime
    ends_at: datetime
    zone: str
    place: str = ""
    agenda: str = ""
    invitation_subject: str = ""
    invitation_body: str = ""
    release_id: int | None = None
    owner_id: int | None = None  # None on create: the person creating it
    follow_up: str = ""


@dataclass(frozen=True)
class Event:
    id: int
    reference: str
    version: int
    title: str
    starts_at: datetime
    ends_at: datetime
    zone: str
    place: str
    agenda: str
    invitation_subject: str
    invitation_body: str
    release_id: int | None
    release_reference: str
    owner_id: int | None
    owner: str
    follow_up: str
    created_at: datetime
    updated_at: datetime

    def edit(self, **changes) -> EventEdit:
        """The event as an edit, with ``changes`` (field=value) made."""
        return replace(
            EventEdit(
                title=self.title,
                starts_at=self.starts_at,
                ends_at=self.ends_at,
                zone=self.zone,
                place=self.place,
                agenda=self.agenda,
                invitation_subject=self.invitation_subject,
                invitation_body=self.invitation_body,
                release_id=self.release_id,
                owner_id=self.owner_id,
                follow_up=self.follow_up,
            ),
            **changes,
        )

    @property
    def when(self) -> str:
        """``2026-12-18 14:00–16:00 (Asia/Shanghai, UTC+08:00)``: always in the event's own zone."""
        return tz.format_span(self.starts_at, self.ends_at, self.zone)


@dataclass(frozen=True)
class EventSummary:
    id: int
    reference: str
    title: str
    starts_at: datetime
    ends_at: datetime
    zone: str
    place: str
    owner: str
    review_state: str  # the review engine's state ("" when it has none yet)
    invited: int
    accepted: int
    checked_in: int
    version: int | None = None  # the event's version when read: a save against it finds a newer one

    @property
    def when(self) -> str:
        return tz.format_span(self.starts_at, self.ends_at, self.zone)


@dataclass(frozen=True)
class Invitee:
    id: int
    event_id: int
    contact_id: int | None
    name: str
    pinyin: str
    outlet: str
    email: str
    status: RsvpStatus
    plus_ones: int
    responded_at: datetime | None
    response_via: str
    rsvp_token: str
    invited_at: datetime | None
    checked_in_at: datetime | None
    checked_in_by: str
    note: str
    version: int

    @property
    def checked_in(self) -> bool:
        return self.checked_in_at is not None


@dataclass(frozen=True)
class InviteeBuild:
    """What building the invitation list from contact lists did."""

    added: tuple[str, ...]  # names
    already: int  # on the list before
    left_out: tuple[tuple[str, str], ...] = field(default=())  # (name, why in words)


@dataclass(frozen=True)
class Attendance:
    invited: int  # on the list
    asked: int  # whose invitation was queued
    accepted: int
    declined: int
    tentative: int
    no_answer: int  # invited or marked "no answer": nobody said
    expected: int  # accepted with their plus-ones
    checked_in: int
    walk_ins: int  # checked in without having accepted
    no_shows: int  # accepted and not checked in

    @property
    def rate(self) -> float | None:
        """Checked in among those who accepted (None before anyone accepted)."""
        accepted = self.accepted
        return None if not accepted else (self.checked_in - self.walk_ins) / accepted


def attendance(invitees: list[Invitee]) -> Attendance:
    accepted = [i for i in invitees if i.status is RsvpStatus.ACCEPTED]
    checked = [i for i in invitees if i.checked_in]
    return Attendance(
        invited=len(invitees),
        asked=sum(1 for i in invitees if i.invited_at is not None),
        accepted=len(accepted),
        declined=sum(1 for i in invitees if i.status is RsvpStatus.DECLINED),
        tentative=sum(1 for i in invitees if i.status is RsvpStatus.TENTATIVE),
        no_answer=sum(1 for i in invitees if i.status in (RsvpStatus.INVITED, RsvpStatus.NO_ANSWER)),
        expected=sum(1 + i.plus_ones for i in accepted),
        checked_in=len(checked),
        walk_ins=sum(1 for i in checked if i.status is not RsvpStatus.ACCEPTED),
        no_shows=sum(1 for i in accepted if not i.checked_in),
    )


def invitation_content(edit: EventEdit | Event) -> Mapping[str, str]:
    """The invitation as the review sees it, ``{field: text}``: every part of the event the
    invitation tells the invitees. The times are written in the event's own zone."""
    return {
        "subject": edit.invitation_subject,
        "title": edit.title,
        "when": tz.format_span(edit.starts_at, edit.ends_at, edit.zone),
        "place": edit.place,
        "agenda": edit.agenda,
        "body": edit.invitation_body,
    }


def invitation_field_labels() -> Mapping[str, str]:
    """The names of ``invitation_content``'s fields, in the order a reviewer reads them."""
    return {
        "subject": translate("Events", "Subject"),
        "title": translate("Events", "Event"),
        "when": translate("Events", "When"),
        "place": translate("Events", "Place"),
        "agenda": translate("Events", "Agenda"),
        "body": translate("Events", "Invitation text"),
    }


def edit_fields(edit: EventEdit) -> dict[str, str]:
    """An edit as a person reads it, by field name in words: what the conflict choice shows of
    "mine" and "theirs" (times in the event's own zone)."""
    when = (
        tz.format_span(edit.starts_at, edit.ends_at, edit.zone)
        if tz.is_valid_zone(edit.zone) and edit.starts_at.utcoffset() is not None
        else f"{edit.starts_at} – {edit.ends_at} ({edit.zone})"
    )
    labels = invitation_field_labels()
    return {
        labels["title"]: edit.title,
        labels["when"]: when,
        labels["place"]: edit.place,
        labels["agenda"]: edit.agenda,
        labels["subject"]: edit.invitation_subject,
        labels["body"]: edit.invitation_body,
        translate("Events", "Press release"): "" if edit.release_id is None else str(edit.release_id),
        translate("Events", "Notes after the event"): edit.follow_up,
    }


def normalise(edit: EventEdit) -> EventEdit:
    """Trimmed text and the instants in UTC, so an unchanged invitation keeps its hash."""
    return EventEdit(
        title=" ".join(edit.title.split()),
        starts_at=tz.to_utc(edit.starts_at) if edit.starts_at.utcoffset() is not None else edit.starts_at,
        ends_at=tz.to_utc(edit.ends_at) if edit.ends_at.utcoffset() is not None else edit.ends_at,
        zone=edit.zone.strip(),
        place=edit.place.strip(),
        agenda=edit.agenda.strip("\n").rstrip(),
        invitation_subject=" ".join(edit.invitation_subject.split()),
        invitation_body=edit.invitation_body.strip("\n").rstrip(),
        release_id=edit.release_id,
        owner_id=edit.owner_id,
        follow_up=edit.follow_up.strip(),
    )


def validate(edit: EventEdit) -> dict[str, str]:
    """Field -> what to fix, for an edit as ``normalise`` returns it."""
    errors: dict[str, str] = {}
    if not edit.title:
        errors["title"] = translate("Events", "Give the event a title.")
    elif len(edit.title) > MAX_TITLE:
        errors["title"] = translate(
            "Events", "The title is longer than {max} characters; shorten it."
        ).format(max=MAX_TITLE)
    if not tz.is_valid_zone(edit.zone):
        errors["zone"] = translate(
            "Events",
            "\u201c{zone}\u201d is not a time zone commdesk knows; use a name such as Asia/Shanghai.",
        ).format(zone=edit.zone)
    if edit.starts_at.utcoffset() is None or edit.ends_at.utcoffset() is None:
        errors["starts_at"] = translate("Events", "Give the times with their time zone.")
    elif edit.ends_at <= edit.starts_at:
        errors["ends_at"] = translate("Events", "The event must end after it starts; check the end time.")
    if len(edit.place) > MAX_PLACE:
        errors["place"] = translate(
            "Events", "The place is longer than {max} characters; shorten it."
        ).format(max=MAX_PLACE)
    if len(edit.invitation_subject) > MAX_SUBJECT:
        errors["invitation_subject"] = translate(
            "Events", "The invitation's subject is longer than {max} characters; shorten it."
        ).format(max=MAX_SUBJECT)
    return errors


def validate_answer(plus_ones: int, note: str) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not 0 <= plus_ones <= MAX_PLUS_ONES:
        errors["plus_ones"] = translate(
            "Events", "The number of people they bring must be between 0 and {max}."
        ).format(max=MAX_PLUS_ONES)
    if len(note) > MAX_NOTE:
        errors["note"] = translate("Events", "The note is longer than {max} characters; shorten it.").format(
            max=MAX_NOTE
        )
    return errors


def ready_to_invite(event: Event) -> dict[str, str]:
    """What the invitation still lacks before it can be submitted or sent."""
    errors: dict[str, str] = {}
    if not event.invitation_subject:
        errors["invitation_subject"] = translate("Events", "Write the invitation's subject.")
    if not event.invitation_body:
        errors["invitation_body"] = translate("Events", "Write the invitation's text.")
    if not event.place:
        errors["place"] = translate("Events", "Say where the event takes place.")
    return errors
