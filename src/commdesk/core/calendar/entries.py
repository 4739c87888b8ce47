"""A calendar entry and the filter the calendar's bar applies.

Every entry is an instant (or a span) in UTC; which day it falls on is read in the organisation's
zone by ``layout``. ``movable`` is "" when the entry can be re-planned from the calendar, else the
reason in words (shown as the entry's tooltip and refused on a drop).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from commdesk.core.i18n import translate


class EntryKind(enum.StrEnum):
    RELEASE = "release"  # a press release published (or planned to be: its embargo ends)
    EMBARGO = "embargo"  # the end of a release's embargo
    POST = "post"
    ANNOUNCEMENT = "announcement"
    EVENT = "event"
    MEETING = "meeting"

    @property
    def label(self) -> str:
        return {
            EntryKind.RELEASE: lambda: translate("Calendar", "Press release"),
            EntryKind.EMBARGO: lambda: translate("Calendar", "Embargo ends"),
            EntryKind.POST: lambda: translate("Calendar", "Social post"),
            EntryKind.ANNOUNCEMENT: lambda: translate("Calendar", "Announcement"),
            EntryKind.EVENT: lambda: translate("Calendar", "Media event"),
            EntryKind.MEETING: lambda: translate("Calendar", "Meeting"),
        }[self]()


def parse_kind(text: str) -> EntryKind:
    """A kind from its code (``post``) or its label in either language; ValueError naming the kinds."""
    wanted = text.strip().casefold()
    for kind in EntryKind:
        if wanted in (kind.value, kind.label.casefold()):
            return kind
    raise ValueError(
        translate("Calendar", "“{text}” is not a kind of calendar entry; choose one of: {kinds}.").format(
            text=text, kinds=", ".join(k.value for k in EntryKind)
        )
    )


@dataclass(frozen=True)
class Entry:
    kind: EntryKind
    id: int  # the record's id in its own area (release, post, announcement, event, meeting)
    title: str
    start: datetime  # UTC, aware
    end: datetime | None = None  # UTC; None: an instant
    all_day: bool = False
    channel: str = ""  # platform · account, the release's channels, the announcement's lists
    campaign: str = ""
    owner: str = ""  # the person's name
    state: str = ""  # in words, as the item's own pane says it
    reference: str = ""  # PR-2026-014, EV-2026-003, ...
    detail: str = ""  # one or two lines more (place, text's start)
    movable: str = ""  # "" : can be re-planned here; else why not, in words
    version: int | None = None  # the record's version when read (a stale drop is a conflict)
    # the state as a code, for the views' colours: a review state's value ("draft", "in_review",
    # "approved", "returned", "published"), or "cancelled" (shown struck through); "" : none
    status: str = ""
    channels: tuple[str, ...] = field(default=(), compare=False)  # each channel, for the filter

    @property
    def key(self) -> str:
        """Stable across reads and exports: the kind and the record's id (the .ics UID's basis)."""
        return f"{self.kind.value}-{self.id}"

    @property
    def can_move(self) -> bool:
        return not self.movable

    def all_channels(self) -> tuple[str, ...]:
        return self.channels or ((self.channel,) if self.channel else ())


@dataclass(frozen=True)
class Filter:
    """What the calendar shows: empty means "all" for each part."""

    kinds: frozenset[EntryKind] = frozenset()
    channels: frozenset[str] = frozenset()
    campaign: str = ""
    owner: str = ""

    def matches(self, entry: Entry) -> bool:
        if self.kinds and entry.kind not in self.kinds:
            return False
        if self.channels and not self.channels.intersection(entry.all_channels()):
            return False
        if self.campaign and entry.campaign.casefold() != self.campaign.casefold():
            return False
        return not (self.owner and entry.owner.casefold() != self.owner.casefold())

    def apply(self, entries: Iterable[Entry]) -> list[Entry]:
        return [e for e in entries if self.matches(e)]

    @property
    def empty(self) -> bool:
        return not (self.kinds or self.channels or self.campaign or self.owner)


def choices(entries: Iterable[Entry]) -> tuple[list[str], list[str], list[str]]:
    """The channels, campaigns and owners the entries name, sorted: what the filter bar offers."""
    channels: set[str] = set()
    campaigns: set[str] = set()
    owners: set[str] = set()
    for e in entries:
        channels.update(e.all_channels())
        if e.campaign:
            campaigns.add(e.campaign)
        if e.owner:
            owners.add(e.owner)
    return sorted(channels), sorted(campaigns), sorted(owners)
