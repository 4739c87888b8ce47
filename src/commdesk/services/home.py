"""The day's work at a glance (issue: Home): what needs me today, and the figures behind it.

``HomeService.snapshot()`` gathers, through each area's public service, what the Home pane and the
one-page status report show. It writes nothing. An area that the current person may not read
(e.g. an officer and the audit log) simply contributes nothing.

Times (issue 12 §2): a meeting is shown in its own zone (named when it is not the organisation's),
an embargo in its own zone, and "today", "this week" and every other time in the organisation's zone
(``core.timezones``), never in the process's zone by accident. A day word ("today") is only used
when it means the same day in the zone of the time next to it and in the organisation's zone;
otherwise the date is written out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from commdesk.core import timezones as tz
from commdesk.core.i18n import translate
from commdesk.persistence.repositories import home as home_repo
from commdesk.services.context import ServiceContext


@dataclass(frozen=True)
class HomeEntry:
    text: str
    detail: str
    pane: str  # navigation key of the pane that opens the record
    record_id: int | None
    when: datetime | None = None
    urgent: bool = False  # overdue, late, failed: shown in the warning colour


@dataclass(frozen=True)
class HomeSection:
    key: str
    title: str
    entries: tuple[HomeEntry, ...]
    empty_text: str


@dataclass(frozen=True)
class HomeFigures:
    releases_by_state: tuple[tuple[str, int], ...]  # (state label, count)
    actions_by_week: tuple[tuple[date, int, int, int], ...]  # (week start, open, done, overdue)
    coverage_by_tone: tuple[tuple[str, int], ...]
    coverage_by_kind: tuple[tuple[str, int], ...]
    inquiry_hours: tuple[tuple[str, float], ...]  # (month, median hours to answer)


@dataclass(frozen=True)
class HomeSnapshot:
    at: datetime
    person: str
    sections: tuple[HomeSection, ...]
    figures: HomeFigures
    counts: dict[str, int] = field(default_factory=dict)  # key -> number of entries


def _week_start(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _zone_name(zone) -> str:
    return getattr(zone, "key", "") or str(zone)


def _weekday(day: date) -> str:
    return (
        translate("Home", "Mon"),
        translate("Home", "Tue"),
        translate("Home", "Wed"),
        translate("Home", "Thu"),
        translate("Home", "Fri"),
        translate("Home", "Sat"),
        translate("Home", "Sun"),
    )[day.weekday()]


class HomeService:
    WEEKS = 8

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx
        self._org_zone = None

    def zone(self):
        """The organisation's zone, for everything on Home that is neither a meeting nor an embargo."""
        from commdesk.services.settings import SettingsService

        try:
            settings = self.ctx.service(SettingsService).organisation()
        except Exception:  # noqa: BLE001 - Home still opens, in the computer's zone
            settings = None
        return tz.org_zone(settings)

    def _local(self, dt: datetime | None) -> str:
        """A time in the organisation's zone, naming it."""
        if dt is None:
            return ""
        return tz.format_instant(dt, self._org_zone or self.zone())

    def _day_time(self, moment: datetime, zone_name: str | None, now: datetime, weekday: bool = False) -> str:
        """``moment`` as a day and a time, both in ``zone_name`` (a meeting's; the organisation's when
        empty): "today 09:30", or the date written out ("2026-12-06 09:30"; with ``weekday``
        "Mon 12-07 18:00"). The zone is named when it is not the organisation's. "today" is said only
        when it is the same day in that zone and in the organisation's (else a reader in the office
        would take it for their own today)."""
        org = self._org_zone or self.zone()
        zone = zone_name if tz.is_valid_zone(zone_name) else _zone_name(org)
        local, here = tz.to_zone(moment, zone), tz.to_zone(moment, org)
        same_zone = zone == _zone_name(org) or (
            local.utcoffset() == here.utcoffset()
            and tz.to_zone(now, zone).utcoffset() == tz.to_zone(now, org).utcoffset()
        )
        today = tz.today_in(zone, lambda: now)
        agree = same_zone or (today == tz.today_in(org, lambda: now) and local.date() == here.date())
        time = local.strftime("%H:%M")
        if agree and local.date() == today:
            text = translate("Home", "today {time}").format(time=time)
        elif agree and not weekday and local.date() == today + timedelta(days=1):
            text = translate("Home", "tomorrow {time}").format(time=time)
        elif weekday:
            fmt = "%m-%d" if local.year == today.year else "%Y-%m-%d"
            text = f"{_weekday(local.date())} {local.strftime(fmt)} {time}"
        else:
            text = f"{local.date().isoformat()} {time}"
        return text if same_zone else f"{text} ({zone})"

    def snapshot(self, now: datetime | None = None) -> HomeSnapshot:
        now = now or self.ctx.clock()
        self._org_zone = self.zone()
        sections = [
            self._reviews(),
            self._returned(),
            self._my_actions(now),
            self._meetings(now),
            self._minutes(now),
            self._embargoes(now),
            self._inquiries(now),
            self._outbox(),
            self._procedure(now),
        ]
        return HomeSnapshot(
            now,
            self.ctx.current().name,
            tuple(sections),
            self.figures(now),
            {s.key: len(s.entries) for s in sections},
        )

    # ---------------------------------------------------------------------------------- sections
    def _reviews(self) -> HomeSection:
        from commdesk.services.releases.service import ReleaseService

        entries = [
            HomeEntry(
                r.title,
                translate("Home", "{reference}, by {author}").format(
                    reference=r.reference, author=r.author_name
                ),
                "releases",
                r.id,
                r.updated_at,
            )
            for r in self.ctx.service(ReleaseService).list(awaiting_me=True)
        ]
        return HomeSection(
            "reviews",
            translate("Home", "Reviews awaiting me"),
            tuple(entries),
            translate("Home", "No release is waiting for your review."),
        )

    def _returned(self) -> HomeSection:
        """Releases sent back to me with "changes requested": the reviewer's note, open comments."""
        from commdesk.services.releases.service import ReleaseService

        entries = []
        for r in self.ctx.service(ReleaseService).returned_to_me():
            detail = translate("Home", "{reference} · {by}: {note}").format(
                reference=r.reference, by=r.by or "—", note=r.note or translate("Home", "(no note)")
            )
            if r.open_comments:
                detail += " · " + translate("Home", "%n open comment(s)", None, r.open_comments)
            entries.append(HomeEntry(r.title, detail, "releases", r.id, r.at, True))
        return HomeSection(
            "returned",
            translate("Home", "Returned to me"),
            tuple(entries),
            translate("Home", "No release has been returned to you."),
        )

    def _my_actions(self, now: datetime) -> HomeSection:
        from commdesk.core.meetings.model import ActionStatus
        from commdesk.services.actions import ActionFilter, ActionService

        views = self.ctx.service(ActionService).list(
            ActionFilter(mine=True, statuses=(ActionStatus.OPEN, ActionStatus.IN_PROGRESS))
        )
        views.sort(key=lambda v: (not v.overdue, v.action.deadline or date.max))
        entries = []
        for v in views:
            a = v.action
            due = a.deadline.isoformat() if a.deadline else translate("Home", "no deadline")
            detail = (
                translate("Home", "overdue since {date} · {meeting}")
                if v.overdue
                else translate("Home", "due {date} · {meeting}")
            ).format(date=due, meeting=v.meeting_topic)
            entries.append(HomeEntry(a.description, detail, "meetings", a.meeting_id, None, v.overdue))
        return HomeSection(
            "actions",
            translate("Home", "My open and overdue actions"),
            tuple(entries),
            translate("Home", "You have no open action items."),
        )

    def _meetings(self, now: datetime) -> HomeSection:
        from commdesk.services.meetings.service import MeetingService

        org = self._org_zone or self.zone()
        today = tz.today_in(org, lambda: now)
        start = tz.wall_clock(today, datetime.min.time(), org)
        week_end = _week_start(today) + timedelta(days=7)
        end = tz.wall_clock(week_end, datetime.min.time(), org)
        entries = []
        for m in self.ctx.service(MeetingService).list(start, end, include_cancelled=False):
            when = self._day_time(m.start, m.tz, now) if m.start else ""  # in the meeting's own zone
            entries.append(
                HomeEntry(
                    m.topic,
                    translate("Home", "{when} · {place}").format(when=when, place=m.place or "—"),
                    "meetings",
                    m.id,
                    m.start,
                    False,
                )
            )
        return HomeSection(
            "meetings",
            translate("Home", "Meetings today and this week"),
            tuple(entries),
            translate("Home", "No meetings for the rest of this week."),
        )

    def _minutes(self, now: datetime) -> HomeSection:
        from commdesk.core.meetings.schedule import MinutesDue
        from commdesk.services.meetings.service import MeetingService

        entries = []
        for m in self.ctx.service(MeetingService).list(
            now - timedelta(days=30), now, include_cancelled=False
        ):
            if m.minutes_due in (MinutesDue.DUE, MinutesDue.LATE):
                # the real PC-5 deadline (a later working day after a Friday meeting), in the meeting's zone
                late = m.minutes_due is MinutesDue.LATE or (
                    m.minutes_due_at is not None and m.minutes_due_at <= now
                )
                met = self._meeting_time(m)
                if m.minutes_due_at is None:
                    detail = (
                        translate("Home", "minutes late (PC-5) · met {day}")
                        if late
                        else translate("Home", "minutes due (PC-5) · met {day}")
                    ).format(day=met)
                else:
                    due = self._day_time(m.minutes_due_at, m.tz, now, weekday=True)
                    detail = (
                        translate("Home", "minutes late, were due {when} (PC-5) · met {day}")
                        if late
                        else translate("Home", "minutes due {when} (PC-5) · met {day}")
                    ).format(when=due, day=met)
                entries.append(HomeEntry(m.topic, detail, "meetings", m.id, m.minutes_due_at or m.end, late))
        return HomeSection(
            "minutes",
            translate("Home", "Minutes due or late"),
            tuple(entries),
            translate("Home", "All minutes have gone out."),
        )

    def _meeting_time(self, m) -> str:
        if m.start is None:
            return ""
        return tz.format_instant(m.start, m.tz if tz.is_valid_zone(m.tz) else (self._org_zone or self.zone()))

    def _embargoes(self, now: datetime) -> HomeSection:
        from commdesk.core.releases.workflow import State
        from commdesk.services.releases.service import ReleaseService

        soon = now + timedelta(days=3)
        # the summary's embargo is already in its own zone: the same words as the releases pane
        entries = [
            HomeEntry(
                r.title,
                translate("Home", "embargo ends {when} · {state}").format(
                    when=tz.format_instant(
                        r.embargo,
                        r.embargo_tz if tz.is_valid_zone(r.embargo_tz) else (self._org_zone or self.zone()),
                    ),
                    state=r.state.label,
                ),
                "releases",
                r.id,
                r.embargo,
                r.embargo <= now,
            )
            for r in self.ctx.service(ReleaseService).list()
            if r.embargo
            and r.state not in (State.PUBLISHED, State.ARCHIVED, State.WITHDRAWN)
            and r.embargo <= soon
        ]
        entries.sort(key=lambda e: e.when or now)  # every entry here has its embargo
        return HomeSection(
            "embargoes",
            translate("Home", "Embargoes ending soon"),
            tuple(entries),
            translate("Home", "No embargo ends in the next three days."),
        )

    def _inquiries(self, now: datetime) -> HomeSection:
        from commdesk.services.contacts.service import ContactService

        entries = []
        for inquiry, name in self.ctx.service(ContactService).open_inquiries():
            late = inquiry.deadline is not None and inquiry.deadline <= now
            detail = translate("Home", "{name} · answer by {deadline}").format(
                name=name, deadline=self._local(inquiry.deadline) or translate("Home", "no deadline")
            )
            entries.append(
                HomeEntry(
                    inquiry.summary or name, detail, "contacts", inquiry.contact_id, inquiry.deadline, late
                )
            )
        return HomeSection(
            "inquiries",
            translate("Home", "Media inquiries awaiting an answer"),
            tuple(entries),
            translate("Home", "Every media inquiry has been answered."),
        )

    def _outbox(self) -> HomeSection:
        """Failed messages one by one; held messages one line per release (30 held copies of one
        mailing are one decision: rebuild or cancel)."""
        from commdesk.services.mail.outbox import HELD, OutboxService

        outbox = self.ctx.service(OutboxService)
        entries = []
        held: dict[tuple[str | None, str | None], list] = {}
        for m in outbox.list(HELD):
            held.setdefault((m.related_entity, m.related_id), []).append(m)
        for items in held.values():
            first = items[-1]
            entries.append(
                HomeEntry(
                    translate("Home", "%n message(s) held: {subject}", None, len(items)).format(
                        subject=first.subject
                    ),
                    first.held_text,
                    "outbox",
                    first.id,
                    None,
                    True,
                )
            )
        entries += [
            HomeEntry(
                m.subject,
                translate("Home", "to {to} · {reason}").format(
                    to=", ".join(m.recipients)[:80], reason=m.last_error or m.status_text
                ),
                "outbox",
                m.id,
                None,
                True,
            )
            for m in outbox.list("failed")
        ]
        return HomeSection(
            "outbox",
            translate("Home", "Outbox: failed or held"),
            tuple(entries),
            translate("Home", "Nothing failed or held in the outbox."),
        )

    def _procedure(self, now: datetime) -> HomeSection:
        """AP-2: the yearly review of the procedure, shown from a month before it is due."""
        from commdesk.services.settings import SettingsService

        org = self.ctx.service(SettingsService).organisation()
        entries = []
        today = tz.today_in(self._org_zone or self.zone(), lambda: now)
        if org.next_review is not None and org.next_review <= today + timedelta(days=30):
            late = org.next_review < today
            entries.append(
                HomeEntry(
                    translate("Home", "Yearly review of the communication procedure (AP-2)"),
                    (
                        translate("Home", "was due {date} · owner: {owner}")
                        if late
                        else translate("Home", "due {date} · owner: {owner}")
                    ).format(date=org.next_review.isoformat(), owner=org.procedure_owner or "—"),
                    "home",
                    None,
                    None,
                    late,
                )
            )
        return HomeSection(
            "procedure",
            translate("Home", "Procedure review"),
            tuple(entries),
            translate("Home", "The procedure's yearly review is not due yet."),
        )

    # ---------------------------------------------------------------------------------- figures
    def figures(self, now: datetime) -> HomeFigures:
        tones, kinds = self._coverage()
        return HomeFigures(
            self._release_states(), self._action_weeks(now), tones, kinds, self._inquiry_hours(now)
        )

    def _release_states(self):
        from commdesk.core.releases.workflow import State
        from commdesk.services.releases.service import ReleaseService

        counts = Counter(r.state for r in self.ctx.service(ReleaseService).list())
        return tuple(
            (s.label, counts.get(s, 0))
            for s in State
            if counts.get(s, 0) or s in (State.DRAFT, State.IN_REVIEW, State.APPROVED, State.PUBLISHED)
        )

    def _action_weeks(self, now: datetime):
        from commdesk.core.meetings.model import ActionStatus
        from commdesk.services.actions import ActionService

        this_week = _week_start(tz.today_in(self._org_zone or self.zone(), lambda: now))
        weeks = [this_week - timedelta(weeks=i) for i in range(self.WEEKS - 1, -1, -1)]
        table = {w: [0, 0, 0] for w in weeks}
        for v in self.ctx.service(ActionService).list():
            a = v.action
            if a.deadline is None or a.status is ActionStatus.CANCELLED:
                continue
            w = _week_start(a.deadline)
            if w not in table:
                continue
            if a.status is ActionStatus.DONE:
                table[w][1] += 1
            elif v.overdue:
                table[w][2] += 1
            else:
                table[w][0] += 1
        return tuple((w, *table[w]) for w in weeks)

    def _coverage(self):
        from commdesk.services.releases.coverage import ReleaseCoverageService

        summary = self.ctx.service(ReleaseCoverageService).summary()
        from commdesk.core.documents.releases import kind_label, tone_label

        tones = tuple((tone_label(t), n) for t, n in summary.by_tone.items())
        kinds = tuple((kind_label(k), n) for k, n in summary.by_kind.items())
        return tones, kinds

    def _inquiry_hours(self, now: datetime):
        """Median hours from a media inquiry to its answer, per month, over the last six months (MD-5)."""
        since = now - timedelta(days=183)
        with self.ctx.unit_of_work() as uow:
            rows = home_repo.answered_inquiries_since(uow.session, since)
        by_month: dict[str, list[float]] = {}
        zone = self._org_zone or self.zone()
        for asked, answered in rows:
            by_month.setdefault(tz.to_zone(asked, zone).strftime("%Y-%m"), []).append(
                max(0.0, (answered - asked).total_seconds() / 3600)
            )
        out = []
        for month in sorted(by_month):
            hours = sorted(by_month[month])
            mid = len(hours) // 2
            median = hours[mid] if len(hours) % 2 else (hours[mid - 1] + hours[mid]) / 2
            out.append((month, round(median, 1)))
        return tuple(out)
