"""Plain records for import, export and validation of media contacts and outlets.

``ContactRecord`` is what a file row, a vCard or an edit form turns into before it reaches a
service. Lists keep their order; the first e-mail / phone is the primary one unless another is
flagged ``primary``. ``outlet`` is the primary outlet's name, ``outlets`` any further outlets.
Phones hold E.164 numbers once validated (``validation.check_contact``).
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field, fields
from typing import NamedTuple

from commdesk.core.contacts.names import join_name
from commdesk.core.i18n import translate


class Email(NamedTuple):
    label: str
    address: str
    primary: bool = False


class Phone(NamedTuple):
    label: str
    number: str
    primary: bool = False


class OutletKind(enum.Enum):
    NEWSPAPER = "newspaper"
    TV = "tv"
    RADIO = "radio"
    ONLINE = "online"
    WIRE = "wire"
    MAGAZINE = "magazine"
    WECHAT = "wechat"
    WEIBO = "weibo"
    PODCAST = "podcast"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _OUTLET_KIND_LABELS[self]()


_OUTLET_KIND_LABELS = {
    OutletKind.NEWSPAPER: lambda: translate("Contacts", "Newspaper"),
    OutletKind.TV: lambda: translate("Contacts", "TV"),
    OutletKind.RADIO: lambda: translate("Contacts", "Radio"),
    OutletKind.ONLINE: lambda: translate("Contacts", "Online"),
    OutletKind.WIRE: lambda: translate("Contacts", "News agency / wire"),
    OutletKind.MAGAZINE: lambda: translate("Contacts", "Magazine"),
    OutletKind.WECHAT: lambda: translate("Contacts", "WeChat official account"),
    OutletKind.WEIBO: lambda: translate("Contacts", "Weibo"),
    OutletKind.PODCAST: lambda: translate("Contacts", "Podcast"),
    OutletKind.OTHER: lambda: translate("Contacts", "Other"),
}


class Tier(enum.Enum):
    A = "A"
    B = "B"
    C = "C"

    @property
    def label(self) -> str:
        return {
            Tier.A: lambda: translate("Contacts", "Tier A"),
            Tier.B: lambda: translate("Contacts", "Tier B"),
            Tier.C: lambda: translate("Contacts", "Tier C"),
        }[self]()


class Status(enum.Enum):
    ACTIVE = "active"
    LEFT = "left"
    BOUNCED = "bounced"

    @property
    def label(self) -> str:
        return {
            Status.ACTIVE: lambda: translate("Contacts", "Active"),
            Status.LEFT: lambda: translate("Contacts", "Left the outlet"),
            Status.BOUNCED: lambda: translate("Contacts", "E-mail bounced"),
        }[self]()


# Words users put in files for the enums (compared after casefold and stripping spaces).
_TIER_WORDS = {
    "a": Tier.A,
    "b": Tier.B,
    "c": Tier.C,
    "a级": Tier.A,
    "b级": Tier.B,
    "c级": Tier.C,
    "一级": Tier.A,
    "二级": Tier.B,
    "三级": Tier.C,
    "1": Tier.A,
    "2": Tier.B,
    "3": Tier.C,
    "tiera": Tier.A,
    "tierb": Tier.B,
    "tierc": Tier.C,
}
_STATUS_WORDS = {
    "active": Status.ACTIVE,
    "在职": Status.ACTIVE,
    "正常": Status.ACTIVE,
    "有效": Status.ACTIVE,
    "left": Status.LEFT,
    "lefttheoutlet": Status.LEFT,
    "离职": Status.LEFT,
    "已离职": Status.LEFT,
    "bounced": Status.BOUNCED,
    "e-mailbounced": Status.BOUNCED,
    "退信": Status.BOUNCED,
    "邮件退信": Status.BOUNCED,
}


_WORD_JUNK = re.compile(r"[\s/_]+")


def _word(text: str) -> str:
    return _WORD_JUNK.sub("", text.casefold())


def parse_tier(text: str) -> Tier | None:
    """``Tier`` from a file cell ("A", "a级", "一级", the translated label); None when not one."""
    quick = _TIER_WORDS.get(text.strip().casefold())
    if quick is not None:
        return quick
    w = _word(text)
    return _TIER_WORDS.get(w) or next((t for t in Tier if _word(t.label) == w), None)


def parse_status(text: str) -> Status | None:
    w = _word(text)
    return _STATUS_WORDS.get(w) or next((s for s in Status if _word(s.label) == w), None)


@dataclass
class ContactRecord:
    full_name: str = ""
    family_name: str = ""
    given_name: str = ""
    pinyin: str = ""
    title: str = ""
    outlet: str = ""
    outlets: list[str] = field(default_factory=list)
    beats: list[str] = field(default_factory=list)
    emails: list[Email] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    wechat: str = ""
    weibo: str = ""
    linkedin: str = ""
    x: str = ""
    address: str = ""
    preferred_channel: str = ""
    language: str = ""
    contact_time: str = ""
    notes: str = ""
    tier: Tier | None = None
    status: Status | None = None
    source: str = ""

    @property
    def display_name(self) -> str:
        return self.full_name or join_name(self.family_name, self.given_name)

    @property
    def all_outlets(self) -> list[str]:
        return ([self.outlet] if self.outlet else []) + [o for o in self.outlets if o != self.outlet]

    @property
    def primary_email(self) -> Email | None:
        return next((e for e in self.emails if e.primary), self.emails[0] if self.emails else None)

    @property
    def primary_phone(self) -> Phone | None:
        return next((p for p in self.phones if p.primary), self.phones[0] if self.phones else None)

    def copy(self, **changes) -> ContactRecord:
        """A copy with fresh lists (lists are never shared between records)."""
        new = object.__new__(ContactRecord)
        d = new.__dict__
        d.update(self.__dict__)
        for name in LIST_FIELDS:
            d[name] = list(d[name])
        if changes:
            unknown = set(changes) - set(CONTACT_FIELDS)
            if unknown:
                raise TypeError(f"unknown ContactRecord fields: {sorted(unknown)}")
            d.update(changes)
        return new


CONTACT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ContactRecord))
CONTACT_TEXT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ContactRecord) if f.type in ("str", str))
LIST_FIELDS = ("outlets", "beats", "emails", "phones")
# What a contact has besides its record's fields (kept on its row): its owner and the date of its source.
ROW_FIELDS = ("owner", "source_date")
# Every field a merge takes from one side or the other: one list for the service, the CLI and the
# merge dialog, so a field added to the contact is mergeable everywhere (a test checks the table).
MERGE_CHOICES = CONTACT_FIELDS + ROW_FIELDS


def field_label(name: str) -> str:
    """The translated label of a ``ContactRecord`` field, for messages and export headers."""
    labels = {
        "full_name": lambda: translate("Contacts", "Full name"),
        "family_name": lambda: translate("Contacts", "Family name"),
        "given_name": lambda: translate("Contacts", "Given name"),
        "pinyin": lambda: translate("Contacts", "Pinyin"),
        "title": lambda: translate("Contacts", "Title"),
        "outlet": lambda: translate("Contacts", "Outlet"),
        "outlets": lambda: translate("Contacts", "Other outlets"),
        "beats": lambda: translate("Contacts", "Beats"),
        "emails": lambda: translate("Contacts", "E-mail"),
        "phones": lambda: translate("Contacts", "Phone"),
        "wechat": lambda: translate("Contacts", "WeChat"),
        "weibo": lambda: translate("Contacts", "Weibo"),
        "linkedin": lambda: translate("Contacts", "LinkedIn"),
        "x": lambda: translate("Contacts", "X"),
        "address": lambda: translate("Contacts", "Address"),
        "preferred_channel": lambda: translate("Contacts", "Preferred channel"),
        "language": lambda: translate("Contacts", "Language"),
        "contact_time": lambda: translate("Contacts", "Time to contact"),
        "notes": lambda: translate("Contacts", "Notes"),
        "tier": lambda: translate("Contacts", "Tier"),
        "status": lambda: translate("Contacts", "Status"),
        "source": lambda: translate("Contacts", "Source"),
        "owner": lambda: translate("Contacts", "Owner"),
        "source_date": lambda: translate("Contacts", "Source date"),
    }
    return labels[name]() if name in labels else name


@dataclass
class OutletRecord:
    name: str = ""
    kind: OutletKind = OutletKind.OTHER
    region: str = ""
    language: str = ""
    reach: int | None = None
    website: str = ""
    notes: str = ""
