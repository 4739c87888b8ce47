"""What the contacts services share: the plain records they return, the organisation's day and
region, and a contact's row by id (NotFound in words when there is none).

Every module of the area imports this one and this one imports none of them, so they never need
each other's insides.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from commdesk.core import timezones as tz
from commdesk.core.contacts.names import join_name
from commdesk.core.contacts.records import ContactRecord
from commdesk.core.errors import NotFound
from commdesk.core.i18n import translate
from commdesk.persistence.models.contacts import ContactConsentRow, ContactRow, InteractionRow
from commdesk.persistence.repositories.contacts import details
from commdesk.services.context import ServiceContext
from commdesk.services.settings import SettingsService

ENTITY = "contacts"
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


def summary_of(r: Any, dnc: dict[int, tuple[str, ...]], zone: str) -> ContactSummary:
    """The summary of a summary row (``queries``); ``zone``: the organisation's, where the last
    contact's day is counted."""
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


def interaction_of(r: InteractionRow) -> Interaction:
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


def consent_of(r: ContactConsentRow) -> Consent:
    return Consent(r.channel, r.do_not_contact, r.reason, r.set_by, r.set_at, r.expires)


def display_name(row: ContactRow) -> str:
    return row.full_name or join_name(row.family_name, row.given_name)


# ------------------------------------------------------------------ the organisation's day
def zone_name(ctx: ServiceContext) -> str:
    """The organisation's zone: dates such as "today" and the last contact are days there."""
    return ctx.service(SettingsService).time_zone()


def today(ctx: ServiceContext) -> date:
    return tz.today_in(zone_name(ctx), ctx.clock)


def region(ctx: ServiceContext) -> str:
    """The organisation's country, for phone numbers written without one."""
    return ctx.service(SettingsService).organisation().default_country or "CN"


# ------------------------------------------------------------------ rows by id
def no_contact(contact_id: object) -> NotFound:
    return NotFound(translate("Contacts", "There is no contact with id {id}.").format(id=contact_id))


def contact_row(session: Session, contact_id: int) -> ContactRow:
    """The contact's row; NotFound when there is none (or its personal data was erased)."""
    row = details.contact_row(session, contact_id)
    if row is None:
        raise no_contact(contact_id)
    return row


def contact_rows(session: Session, ids: Iterable[int]) -> list[ContactRow]:
    """The rows of those contacts; NotFound naming the ids that do not exist."""
    ids = list(dict.fromkeys(ids))
    rows = details.contact_rows(session, ids)
    if len(rows) != len(ids):
        missing = sorted(set(ids) - {r.id for r in rows})
        raise no_contact(", ".join(map(str, missing)))
    return rows
