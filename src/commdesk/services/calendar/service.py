"""``CalendarService``: the one publishing calendar over every area that plans something.

It owns no table. ``view`` reads, for a period, the press releases (their publication, and the
end of their embargo), the social posts (planned or published), the announcements (when sent, or
when planned to be), the media events and the meetings, each through its own area (``sources``:
the posts service for posts, the meetings service for meetings, and so on; for releases the
releases repository, whose summary lacks the publication time), a fixed number of queries whatever
the period holds, and filters them (kind, channel, campaign, owner: a post's owner is its author).
The cadence of SM-2 is the posts service's, never recomputed. ``posts_view`` is the same reading
for the Posts pane's calendar: the posts alone (those taken off the plan too).

``replan`` moves one entry by calling the same service call its own editor uses, so the same
checks apply: a release's embargo is part of its content (moving it voids the approvals, P-7), an
event's time is part of its invitation (moving it voids the invitation's approval), a post's time
is not part of what the reviewer approved (its approval stands, as the posts pane's drag does), a
meeting is saved as its dialog saves it (a sent invitation gets a new sequence). What cannot be
moved says why in ``Entry.movable``, and ``replan`` refuses it in the same words.
"""

from __future__ import annotations

import builtins
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path

from commdesk.core import timezones as tz
from commdesk.core.calendar import layout
from commdesk.core.calendar.document import Layout, calendar_document
from commdesk.core.calendar.entries import Entry, EntryKind, Filter, choices
from commdesk.core.calendar.feed import feed
from commdesk.core.documents.rendering import CancelToken, Progress, render
from commdesk.core.documents.reports import DocumentLanguage
from commdesk.core.documents.spec import Block, Document
from commdesk.core.domain.people import Role
from commdesk.core.errors import NotFound, ValidationError
from commdesk.core.i18n import translate
from commdesk.core.publishing.cadence import WeekCadence, off_target
from commdesk.services.announcements.service import AnnouncementService
from commdesk.services.calendar import sources
from commdesk.services.context import ServiceContext
from commdesk.services.events.service import EventService
from commdesk.services.meetings.service import MeetingService
from commdesk.services.publishing.posts import PostService
from commdesk.services.releases.service import ReleaseService
from commdesk.services.settings import SettingsService


@dataclass(frozen=True)
class CalendarView:
    """What the calendar shows for a period: its entries (filtered), the cadence of every account
    for the weeks it touches, and the zone its days are read in."""

    zone: str
    first: date
    last: date
    entries: tuple[Entry, ...]
    cadence: tuple[WeekCadence, ...]
    channels: tuple[str, ...]  # what the filter bar offers, from the unfiltered entries
    campaigns: tuple[str, ...]
    owners: tuple[str, ...]
    wanted: Filter = field(default_factory=Filter)  # the filter the entries were chosen with

    def warnings(self) -> builtins.list[WeekCadence]:
        """The weeks of an account below or above its target (SM-2), as far as the filter shows
        posts: none when its kinds leave posts out, only its channels' accounts when it names some,
        and under an owner or a campaign only the accounts of the posts it shows (someone's own
        calendar does not carry the weeks of accounts they have no post on)."""
        if self.wanted.kinds and EntryKind.POST not in self.wanted.kinds:
            return []
        accounts = set(self.wanted.channels)
        if self.wanted.owner or self.wanted.campaign:
            shown = {e.channel for e in self.entries if e.kind is EntryKind.POST}
            accounts = accounts & shown if accounts else shown
            if not accounts:
                return []
        return off_target(self.cadence, accounts)


class CalendarService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def zone(self) -> str:
        return self.ctx.service(SettingsService).time_zone()

    def desk(self) -> str:
        """This desk's mark in the feed's UIDs: stable while the organisation keeps its name."""
        name = self.ctx.service(SettingsService).organisation().name
        return hashlib.sha256(name.encode()).hexdigest()[:10] if name else "desk"

    # ------------------------------------------------------------------------------ reading
    def view(self, first: date, last: date, wanted: Filter | None = None) -> CalendarView:
        """The days ``first``..``last`` (in the organisation's zone): the entries ``wanted`` lets
        through, the cadence of each account for those weeks, and what the filter can offer."""
        return self._view(
            first,
            last,
            lambda start, end: sources.entries(self.ctx, start, end),
            wanted or Filter(),
            self.refusals(),
        )

    def posts_view(self, first: date, last: date, account_id: int | None = None) -> CalendarView:
        """The Posts pane's calendar: the social posts of the days ``first``..``last`` (of one
        account, or all), those taken off the plan too (shown struck through, so a plan that
        changed is seen), and the cadence of the account (or of every account) for those weeks."""
        return self._view(
            first,
            last,
            lambda start, end: sources.posts(self.ctx, start, end, account_id, with_cancelled=True),
            Filter(kinds=frozenset({EntryKind.POST})),
            {EntryKind.POST: self.ctx.service(PostService).may_write()},
            account_id,
        )

    def _view(
        self,
        first: date,
        last: date,
        read: Callable[[datetime, datetime], builtins.list[Entry]],
        wanted: Filter,
        refusals: dict[EntryKind, str],
        account_id: int | None = None,
    ) -> CalendarView:
        """What ``read`` finds in the days (an instant range in UTC), filtered, each entry the acting
        person may not move saying why, with the cadence of the account (or all) for those weeks."""
        if last < first:
            raise ValidationError(
                translate("Calendar", "The period ends before it starts; give the earlier date first."),
                "period",
            )
        zone = self.zone()
        everything = read(*layout.period(first, last, zone))
        channels, campaigns, owners = choices(everything)
        shown = [
            e if e.movable or not refusals.get(e.kind) else replace(e, movable=refusals[e.kind])
            for e in wanted.apply(everything)
        ]
        cadence = [
            w
            for w in self.ctx.service(PostService).cadence(first, last)
            if account_id is None or w.account_id == account_id
        ]
        return CalendarView(
            zone,
            first,
            last,
            tuple(sorted(shown, key=layout.sort_key)),
            tuple(cadence),
            tuple(channels),
            tuple(campaigns),
            tuple(owners),
            wanted,
        )

    def refusals(self) -> dict[EntryKind, str]:
        """Why the acting person may not re-plan each kind ("" : they may), from each kind's own
        service: what the calendar shows on an entry that would otherwise move."""
        return {
            EntryKind.POST: self.ctx.service(PostService).may_write(),
            EntryKind.EMBARGO: self.ctx.refusal(
                Role.OFFICER, action=translate("Calendar", "move a release's embargo")
            ),
            EntryKind.EVENT: self.ctx.service(EventService).may_edit(),
            EntryKind.MEETING: self.ctx.service(MeetingService).may_plan(),
            EntryKind.ANNOUNCEMENT: self.ctx.service(AnnouncementService).may_write(),
        }

    def entries(self, first: date, last: date, wanted: Filter | None = None) -> builtins.list[Entry]:
        return list(self.view(first, last, wanted).entries)

    # ------------------------------------------------------------------------------ re-planning
    def replan(
        self, kind: EntryKind | str, record_id: int, start: datetime, version: int | None = None
    ) -> None:
        """Move one entry to ``start`` (aware) through its own area's service, with its checks;
        ``version`` is the record's version as the calendar read it (a stale copy is a conflict)."""
        kind = EntryKind(kind)
        if start.tzinfo is None:
            raise ValidationError(translate("Calendar", "Give the new time with its time zone."), "start")
        start = start.astimezone(UTC)
        if kind is EntryKind.POST:
            self.ctx.service(PostService).replan(record_id, start, version)
        elif kind is EntryKind.EMBARGO:
            self._move_embargo(record_id, start, version)
        elif kind is EntryKind.EVENT:
            events = self.ctx.service(EventService)
            event = events.get(record_id)
            length = event.ends_at - event.starts_at
            events.save(
                record_id,
                event.edit(
                    starts_at=start.astimezone(tz.zone(event.zone)),
                    ends_at=(start + length).astimezone(tz.zone(event.zone)),
                ),
                version if version is not None else event.version,
            )
        elif kind is EntryKind.MEETING:
            meetings = self.ctx.service(MeetingService)
            meeting = meetings.get(record_id)
            if meeting.cancelled:
                raise ValidationError(
                    translate("Calendar", "The meeting was cancelled; plan a new one instead."), "start"
                )
            if version is not None:
                meeting = replace(meeting, version=version)
            meetings.save(replace(meeting, start=start.astimezone(tz.zone(meeting.tz))))
        elif kind is EntryKind.ANNOUNCEMENT:
            self._move_announcement(record_id, start, version)
        else:
            raise ValidationError(sources.not_movable_published(), "start")

    def _move_announcement(self, announcement_id: int, start: datetime, version: int | None) -> None:
        """Through the announcement's own save (its checks, its version): a sent one does not move;
        the time is not what the reviewer approved, so an approval stands."""
        announcements = self.ctx.service(AnnouncementService)
        a = announcements.get(announcement_id)
        announcements.save(
            announcement_id,
            version if version is not None else a.version,
            a.subject,
            a.body,
            a.priority,
            a.list_ids,
            planned_at=start,
        )

    def _move_embargo(self, release_id: int, start: datetime, version: int | None) -> None:
        releases = self.ctx.service(ReleaseService)
        release = releases.get(release_id)
        zone_name = release.embargo_tz or self.zone()
        content = replace(release.content, embargo=start.astimezone(tz.zone(zone_name)))
        releases.save(
            release_id,
            release.edit(content=content, embargo_tz=zone_name),
            version if version is not None else release.version,
            translate("Calendar", "Embargo moved on the calendar"),
        )

    # ------------------------------------------------------------------------------ exports
    def ics(self, first: date, last: date, wanted: Filter | None = None) -> bytes:
        """The entries of the period as an ``.ics`` feed (UIDs stable across exports)."""
        view = self.view(first, last, wanted)
        org = self.ctx.service(SettingsService).organisation()
        name = translate("Calendar", "Publishing calendar")
        return feed(
            view.entries,
            view.zone,
            stamp=self.ctx.clock(),
            desk=self.desk(),
            name=f"{org.name} · {name}" if org.name else name,
        )

    def document(
        self,
        first: date,
        last: date,
        wanted: Filter | None = None,
        kind: Layout = "month",
        language: DocumentLanguage | None = None,
    ) -> tuple[Document, builtins.list[Block]]:
        """The printable calendar of the period (month grids and the list, or the list), with the
        organisation's letterhead and the cadence warnings of its weeks."""
        from commdesk.services.reports import author, letterhead

        wanted = wanted or Filter()
        view = self.view(first, last, wanted)
        return calendar_document(
            view.entries,
            view.zone,
            first,
            last,
            kind=kind,
            filters=describe_filter(wanted),
            warnings=[w.explain() for w in view.warnings()],
            language=language,
            created=self.ctx.clock(),
            letterhead=letterhead(self.ctx),
            author=author(self.ctx),
        )

    def export(
        self,
        path: str | os.PathLike,
        first: date,
        last: date,
        wanted: Filter | None = None,
        fmt: str = "pdf",
        kind: Layout = "month",
        progress: Progress | None = None,
        cancel: CancelToken | None = None,
    ) -> Path:
        """Write the period's calendar to ``path`` as a PDF or an ``.ics`` feed (atomically)."""
        if fmt == "ics":
            from commdesk.core.files import write_atomically

            target = Path(path)
            write_atomically(target, self.ics(first, last, wanted))
            return target
        if fmt != "pdf":
            raise ValidationError(
                translate("Calendar", "Export as “pdf” or “ics”, not “{format}”.").format(format=fmt),
                "format",
            )
        document, blocks = self.document(first, last, wanted, kind)
        return render(document, blocks, path, progress=progress, cancel=cancel)

    def find(self, kind: EntryKind | str, record_id: int, first: date, last: date) -> Entry:
        for e in self.entries(first, last, Filter(kinds=frozenset({EntryKind(kind)}))):
            if e.id == record_id:
                return e
        raise NotFound(translate("Calendar", "That entry is no longer on the calendar in this period."))


def describe_filter(wanted: Filter) -> str:
    """The filter in words, for the printed calendar."""
    parts = []
    if wanted.kinds:
        parts.append(", ".join(k.label for k in sorted(wanted.kinds, key=list(EntryKind).index)))
    if wanted.channels:
        parts.append(", ".join(sorted(wanted.channels)))
    if wanted.campaign:
        parts.append(translate("Calendar", "campaign {name}").format(name=wanted.campaign))
    if wanted.owner:
        parts.append(translate("Calendar", "owner {name}").format(name=wanted.owner))
    return "; ".join(parts)
