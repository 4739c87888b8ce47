"""The day's work at a glance (issue: Home): what needs me today, and the figures behind it.

``HomeService.snapshot()`` gathers, through each area's public service, what the Home pane and the
one-page status report show. It writes nothing. An area that the current person may not read
(e.g. an officer and the audit log) simply contributes nothing.

Times: a meeting is shown in its own zone (named when it is not the organisation's),
an embargo in its own zone, and "today", "this week" and every other time in the organisation's zone
(``core.timezones``), never in the process's zone by accident. A day word ("today") is only used
when it means the same day in the zone of the time next to it and in the organisation's zone;
otherwise the date is written out.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from commdesk.core import timezones as tz
from commdesk.core.i18n import translate
from commdesk.core.releases.workflow import ReleaseFacts
from commdesk.persistence.repositories import home as home_repo
from commdesk.persistence.repositories.home_glance import review_line
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
    total: int | None = None  # how many there are when more than the entries shown (LIMIT)

    @property
    def count(self) -> int:
        return len(self.entries) if self.total is None else max(self.total, len(self.entries))


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


# Home's boxes, in their order, and the tables each is read from: a commit that changed some of
# them reads those boxes again (``boxes_for``), not the others. A change to ``EVERY_BOX`` (the
# organisation's settings: its zone, calendar and yearly review; the people: names, roles) reads
# every box again.
BOX_TABLES: dict[str, frozenset[str]] = {
    # releases awaiting my approval; a procedure version (AP-1), social post, announcement or event
    # invitation in the review engine (their titles are read from their own tables)
    "reviews": frozenset(
        {
            "releases",
            "release_reviewers",
            "release_approvals",
            "procedure_versions",
            "review_items",
            "review_approvals",
            "social_posts",
            "announcements",
            "events",
        }
    ),
    "returned": frozenset({"releases", "release_steps", "release_comments"}),
    "actions": frozenset({"meeting_actions", "meetings"}),
    "meetings": frozenset({"meetings", "meeting_minutes"}),
    "minutes": frozenset({"meetings", "meeting_minutes"}),
    "embargoes": frozenset({"releases"}),
    "inquiries": frozenset({"contact_interactions", "contacts"}),
    "outbox": frozenset({"mail_outbox"}),
    "procedure": frozenset({"procedure_versions", "procedure_acknowledgements"}),
    "cases": frozenset({"cases"}),
    "intake": frozenset({"case_intake_messages", "cases"}),
}
EVERY_BOX = frozenset({"settings", "people"})
# Home's charts and the tables each is counted from (``charts_for``).
CHART_TABLES: dict[str, frozenset[str]] = {
    "releases": frozenset({"releases"}),
    "actions": frozenset({"meeting_actions"}),
    "coverage": frozenset({"release_coverage"}),
    "inquiries": frozenset({"contact_interactions"}),
}
# Every table Home reads.
TABLES = EVERY_BOX.union(*BOX_TABLES.values(), *CHART_TABLES.values())


def boxes_for(tables: Iterable[str]) -> frozenset[str]:
    """The boxes a commit that changed ``tables`` may have changed."""
    changed = frozenset(tables)
    if changed & EVERY_BOX:
        return frozenset(BOX_TABLES)
    return frozenset(key for key, read in BOX_TABLES.items() if read & changed)


def charts_for(tables: Iterable[str]) -> frozenset[str]:
    """The charts a commit that changed ``tables`` may have changed (the zone: all of them)."""
    changed = frozenset(tables)
    if "settings" in changed:
        return frozenset(CHART_TABLES)
    return frozenset(key for key, read in CHART_TABLES.items() if read & changed)


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


def working_age(waited: timedelta, day: timedelta) -> str:
    """How long something has waited in working time, in working days (of ``day``), hours and
    minutes: "2 working day(s) 3 h", "4 h 05 min"."""
    minutes = int(waited.total_seconds() // 60)
    per_day = max(1, int(day.total_seconds() // 60))
    days, rest = divmod(minutes, per_day)
    hours, mins = divmod(rest, 60)
    if days:
        return (
            translate("Home", "%n working day(s)", None, days)
            + " "
            + translate("Home", "{hours} h").format(hours=hours)
        )
    return translate("Home", "{hours} h {minutes} min").format(hours=hours, minutes=f"{mins:02d}")


def procedure_review_entry(number: int, author: str, at: datetime | None) -> HomeEntry:
    """The line of a procedure version awaiting my review; it opens the Procedure pane, which shows
    the version in review and its steps (the same words in the start-up glance)."""
    return HomeEntry(
        translate("Home", "Procedure version {n}").format(n=number),
        translate("Home", "New version of the communication procedure, by {author}").format(
            author=author or "—"
        ),
        "procedure",
        None,
        at,
    )


class HomeService:
    WEEKS = 8
    # entries read per list at most: Home stays a few indexed reads in an office of any size
    LIMIT = 100
    # held and failed messages read at most (held copies of one mailing are grouped into one line)
    OUTBOX_LIMIT = 2000

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx
        self._org_zone = None

    def now(self) -> datetime:
        """The service's clock (the moment a snapshot is taken)."""
        return self.ctx.clock()

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

    def _day_time_named(self, moment: datetime, now: datetime) -> str:
        """``moment`` as a day and a time in the organisation's zone, naming it ("today 17:00
        (Asia/Shanghai, UTC+08:00)"): the cases desk's times, as Home's other times name theirs."""
        return f"{self._day_time(moment, None, now)} ({tz.zone_label(moment, self._org_zone or self.zone())})"

    def snapshot(self, now: datetime | None = None) -> HomeSnapshot:
        """Everything Home and the status report show: the sections and the figures."""
        now = now or self.ctx.clock()
        sections = self.sections(now)
        return HomeSnapshot(
            now,
            self.ctx.current().name,
            sections,
            self.figures(now),
            {s.key: s.count for s in sections},
        )

    def sections(
        self, now: datetime | None = None, keys: Iterable[str] | None = None
    ) -> tuple[HomeSection, ...]:
        """The day's work (the lists of Home), without the figures: what the first screen needs.
        ``keys``: only those boxes (``boxes_for`` a change), in Home's order; every box when None.
        The cases desk's boxes are there only for those who work it."""
        now = now or self.ctx.clock()
        wanted = frozenset(BOX_TABLES) if keys is None else frozenset(keys)
        self._org_zone = self.zone()
        this_week: list[home_repo.MeetingLine] = []
        unminuted: list[home_repo.MeetingLine] = []
        if wanted & {"meetings", "minutes"}:
            week, past = self._meetings_ranges(now)
            with self.ctx.unit_of_work() as uow:  # the two boxes of meetings read together
                this_week, unminuted = home_repo.meetings_of_home(uow.session, week, past, self.LIMIT)
        release_boxes = wanted & {home_repo.REVIEWS, home_repo.RETURNED, home_repo.EMBARGOES}
        boxes = home_repo.ReleaseBoxes([], [], 0, [], 0)
        if release_boxes:  # the three boxes of releases read together
            with self.ctx.unit_of_work() as uow:
                boxes = home_repo.release_boxes(
                    uow.session, self._me(), now + timedelta(days=3), self.LIMIT, release_boxes
                )
        makers = {
            "actions": lambda: self._my_actions(now),
            "embargoes": lambda: self._embargoes(now, boxes.embargoes, boxes.embargoes_total),
            "inquiries": lambda: self._inquiries(now),
            "outbox": self._outbox,
            "procedure": lambda: self._procedure(now),
            "reviews": lambda: self._reviews(boxes.reviews),
            "returned": lambda: self._returned(boxes.returned, boxes.returned_total),
            "meetings": lambda: self._meetings(now, this_week),
            "minutes": lambda: self._minutes(now, unminuted),
        }
        out = [makers[key]() for key in BOX_TABLES if key in wanted and key in makers]
        return (*out, *self._cases_desk(now, wanted))

    # ---------------------------------------------------------------------------------- sections
    def _me(self) -> int | None:
        return self.ctx.current().id

    def _reviews(self, candidates: list[tuple[home_repo.ReleaseLine, ReleaseFacts]]) -> HomeSection:
        """Releases in review that wait for my approval (the workflow decides who is still awaited)."""
        from commdesk.core.releases.workflow import review_progress

        me = self._me()
        entries = [
            HomeEntry(
                r.title,
                translate("Home", "{reference}, by {author}").format(reference=r.reference, author=r.author),
                "releases",
                r.id,
                r.updated_at,
            )
            for r, facts in candidates
            if me is not None and me in review_progress(facts).waiting_for
        ]
        entries.extend(self._item_reviews())
        entries.extend(self._procedure_reviews())
        return HomeSection(
            "reviews",
            translate("Home", "Reviews awaiting me"),
            tuple(entries),
            translate("Home", "Nothing is waiting for your review."),
        )

    def _item_reviews(self) -> list[HomeEntry]:
        """Social posts, announcements and event invitations in the review engine's review that I may
        approve (the engine's rule: a reviewer, not the author nor the last editor, who has not
        approved this text yet): one read of them all with their approvals."""
        from commdesk.core.review import workflow as wf
        from commdesk.core.review.kinds import Kind
        from commdesk.persistence.repositories import review as review_repo
        from commdesk.services.review import ReviewService

        with self.ctx.unit_of_work() as uow:
            items = review_repo.in_review(uow.session, self.LIMIT)
        engine = self.ctx.service(ReviewService)
        needed = {kind: engine.reviewers_needed(kind) for kind in {Kind(i.kind) for i in items}}
        me = self.ctx.current()
        entries = []
        for i in items:
            kind = Kind(i.kind)
            facts = wf.Facts(
                kind,
                wf.State.IN_REVIEW,
                i.author_id,
                i.last_editor_id,
                i.content_hash,
                i.approvals,
                needed[kind],
            )
            if wf.why_not(wf.Action.APPROVE, facts, me) is None:
                text, detail, pane = review_line(kind, i.title, i.author)
                entries.append(HomeEntry(text, detail, pane, i.item_id, i.updated_at))
        return entries

    def _procedure_reviews(self) -> list[HomeEntry]:
        """AP-1: the procedure version in review that I may approve (a reviewer, not its author nor its
        last editor, who has not approved this text yet). One draft at a time: one read, and the
        approvals only when a version is in review."""
        from commdesk.core.review import workflow as wf
        from commdesk.core.review.kinds import Kind
        from commdesk.persistence.repositories import procedure as procedure_repo
        from commdesk.persistence.repositories import review as review_repo
        from commdesk.services.review import ReviewService

        with self.ctx.unit_of_work() as uow:
            found = procedure_repo.draft_in_review(uow.session)
            if found is None:
                return []
            number, author, at, item = found
            approvals = tuple(
                (a.reviewer_id, a.content_hash) for a in review_repo.live_approvals(uow.session, item.id)
            )
        facts = wf.Facts(
            Kind.PROCEDURE,
            wf.State(item.state),
            item.author_id,
            item.last_editor_id,
            item.content_hash,
            approvals,
            self.ctx.service(ReviewService).reviewers_needed(Kind.PROCEDURE),
        )
        if wf.why_not(wf.Action.APPROVE, facts, self.ctx.current()) is not None:
            return []
        return [procedure_review_entry(number, author, at)]

    def _returned(self, lines: list[home_repo.ReturnedLine], total: int) -> HomeSection:
        """Releases sent back to me with "changes requested": the reviewer's note, open comments."""
        entries = []
        for r in lines:
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
            total,
        )

    def _today(self, now: datetime) -> date:
        """Today in the organisation's zone (action deadlines are the office's calendar days)."""
        return tz.today_in(self._org_zone or self.zone(), lambda: now)

    def _my_actions(self, now: datetime) -> HomeSection:
        """My open and in-progress action items, the overdue first (PC-7)."""
        me = self._me()
        lines: list[home_repo.ActionLine] = []
        total = 0
        if me is not None:
            with self.ctx.unit_of_work() as uow:
                lines, total = home_repo.open_actions_of(uow.session, me, self.LIMIT)
        today = self._today(now)
        entries = []
        for a in lines:  # the earliest deadline first: the overdue ones lead
            late = a.deadline is not None and a.deadline < today
            due = a.deadline.isoformat() if a.deadline else translate("Home", "no deadline")
            detail = (
                translate("Home", "overdue since {date} · {meeting}")
                if late
                else translate("Home", "due {date} · {meeting}")
            ).format(date=due, meeting=a.meeting_topic)
            entries.append(HomeEntry(a.description, detail, "meetings", a.meeting_id, None, late))
        return HomeSection(
            "actions",
            translate("Home", "My open and overdue actions"),
            tuple(entries),
            translate("Home", "You have no open action items."),
            total,
        )

    def _meetings_ranges(self, now: datetime) -> tuple[tuple[datetime, datetime], tuple[datetime, datetime]]:
        """(from today's start to the week's end in the organisation's zone: the meetings box; the
        last 30 days: the meetings whose minutes may be due)."""
        org = self._org_zone or self.zone()
        today = tz.today_in(org, lambda: now)
        start = tz.wall_clock(today, datetime.min.time(), org)
        week_end = _week_start(today) + timedelta(days=7)
        end = tz.wall_clock(week_end, datetime.min.time(), org)
        return (start, end), (now - timedelta(days=30), now)

    def _meetings(self, now: datetime, lines: list[home_repo.MeetingLine]) -> HomeSection:
        entries = []
        for m in lines:
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

    def _minutes(self, now: datetime, lines: list[home_repo.MeetingLine]) -> HomeSection:
        """Minutes due or late (PC-5): of the last 30 days' meetings whose minutes are not out, those
        that have ended, with the real deadline of the office's working calendar."""
        from commdesk.core.meetings.model import Meeting, MeetingKind
        from commdesk.core.meetings.schedule import MinutesDue, minutes_status
        from commdesk.services.settings import SettingsService

        hours = self.ctx.service(SettingsService).work_calendar() if lines else None
        entries = []
        for m in lines:
            end = Meeting(kind=MeetingKind(m.kind), start=m.start, duration=m.duration, tz=m.tz).end
            if end is None or hours is None:
                continue
            due = minutes_status(end, now, None, hours)
            if due not in (MinutesDue.DUE, MinutesDue.LATE):
                continue
            # the real PC-5 deadline (a later working day after a Friday meeting), in the meeting's zone
            due_at = hours.end_of_working_day(end)
            late = due is MinutesDue.LATE or due_at <= now
            met = self._meeting_time(m)
            when = self._day_time(due_at, m.tz, now, weekday=True)
            detail = (
                translate("Home", "minutes late, were due {when} (PC-5) · met {day}")
                if late
                else translate("Home", "minutes due {when} (PC-5) · met {day}")
            ).format(when=when, day=met)
            entries.append(HomeEntry(m.topic, detail, "meetings", m.id, due_at, late))
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

    def _embargoes(self, now: datetime, lines: list[home_repo.ReleaseLine], total: int) -> HomeSection:
        """Releases not yet out whose embargo ends in the next three days (or has passed)."""
        from commdesk.core.releases.workflow import State

        # the embargo is already in its own zone: the same words as the releases pane
        entries = [
            HomeEntry(
                r.title,
                translate("Home", "embargo ends {when} · {state}").format(
                    when=tz.format_instant(
                        r.embargo,
                        r.embargo_tz if tz.is_valid_zone(r.embargo_tz) else (self._org_zone or self.zone()),
                    ),
                    state=State(r.state).label,
                ),
                "releases",
                r.id,
                r.embargo,
                r.embargo <= now,
            )
            for r in lines
            if r.embargo is not None
        ]
        return HomeSection(
            "embargoes",
            translate("Home", "Embargoes ending soon"),
            tuple(entries),
            translate("Home", "No embargo ends in the next three days."),
            total,
        )

    def _inquiries(self, now: datetime) -> HomeSection:
        with self.ctx.unit_of_work() as uow:
            lines, total = home_repo.open_inquiries(uow.session, self.LIMIT)
        entries = []
        for inquiry in lines:
            late = inquiry.deadline is not None and inquiry.deadline <= now
            detail = translate("Home", "{name} · answer by {deadline}").format(
                name=inquiry.name, deadline=self._local(inquiry.deadline) or translate("Home", "no deadline")
            )
            entries.append(
                HomeEntry(
                    inquiry.summary or inquiry.name,
                    detail,
                    "contacts",
                    inquiry.contact_id,
                    inquiry.deadline,
                    late,
                )
            )
        return HomeSection(
            "inquiries",
            translate("Home", "Media inquiries awaiting an answer"),
            tuple(entries),
            translate("Home", "Every media inquiry has been answered."),
            total,
        )

    def _outbox(self) -> HomeSection:
        """Failed messages one by one; held messages one line per release (30 held copies of one
        mailing are one decision: rebuild or cancel)."""
        with self.ctx.unit_of_work() as uow:
            lines = home_repo.outbox_trouble(uow.session, self.OUTBOX_LIMIT)
        entries = []
        if lines:  # the mail labels only when there is something to say
            from commdesk.core.mail.labels import hold_text, state_text

            held: dict[tuple[str | None, str | None], list] = {}
            for m in lines:
                if m.status == "held":
                    held.setdefault(m.related, []).append(m)
            for items in held.values():
                first = items[-1]
                entries.append(
                    HomeEntry(
                        translate("Home", "%n message(s) held: {subject}", None, len(items)).format(
                            subject=first.subject
                        ),
                        hold_text(first.held_reason),
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
                        to=", ".join(m.recipients)[:80],
                        reason=m.last_error or state_text(m.status, m.uncertain, m.retrying),
                    ),
                    "outbox",
                    m.id,
                    None,
                    True,
                )
                for m in lines
                if m.status == "failed"
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
        from commdesk.core.procedure.reminder import acknowledgement_reminder
        from commdesk.services.procedure import ProcedureService

        pending = self.ctx.service(ProcedureService).pending_for(self._me())  # AP-3
        if pending is not None:
            entries.append(HomeEntry(*acknowledgement_reminder(pending), "procedure", None))
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
            translate("Home", "Procedure: acknowledgement and yearly review"),
            tuple(entries),
            translate("Home", "The procedure's yearly review is not due yet."),
        )

    def works_cases(self) -> bool:
        """Whether the acting person works the cases desk (the cases service's roles): only they see
        its boxes."""
        from commdesk.services.cases.service import WORKERS

        person = self.ctx.current()
        return any(person.has(role) for role in WORKERS)

    def _cases_desk(self, now: datetime, wanted: frozenset[str]) -> list[HomeSection]:
        """The cases desk for those who work it (of ``wanted``): the clocks that run out today or
        ran out (P-1), and the intake that waits for a person with the oldest unanswered case
        (FB-1); both boxes read in one statement."""
        wanted = wanted & {"cases", "intake"}
        if not wanted or not self.works_cases():
            return []
        org = self._org_zone or self.zone()
        end = tz.wall_clock(self._today(now) + timedelta(days=1), datetime.min.time(), org)
        lines: list[home_repo.CaseLine] = []
        total = 0
        intake: tuple[int, int, home_repo.CaseLine | None] = (0, 0, None)
        with self.ctx.unit_of_work() as uow:
            if wanted == {"cases", "intake"}:
                lines, total, intake = home_repo.cases_desk(uow.session, end, self.LIMIT)
            elif "cases" in wanted:
                lines, total = home_repo.cases_due_before(uow.session, end, self.LIMIT)
            else:
                intake = home_repo.case_intake(uow.session)
        out = []
        if "cases" in wanted:
            out.append(self._cases_due(now, lines, total))
        if "intake" in wanted:
            out.append(self._case_intake(now, *intake))
        return out

    def _cases_due(self, now: datetime, lines: list[home_repo.CaseLine], total: int) -> HomeSection:
        org = self._org_zone or self.zone()
        entries = []
        for c in lines:
            if c.next_due_at is None:
                continue
            late = c.next_due_at <= now
            # overdue since any day (months ago too): the date written out; due today: "today";
            # either way in the organisation's zone, named
            detail = (
                translate("Home", "overdue since {when} · {owner}").format(
                    when=tz.format_instant(c.next_due_at, org), owner=c.owner or "—"
                )
                if late
                else translate("Home", "due {when} · {owner}").format(
                    when=self._day_time_named(c.next_due_at, now), owner=c.owner or "—"
                )
            )
            text = translate("Home", "{reference}: {summary}").format(
                reference=c.reference, summary=c.summary
            )
            entries.append(HomeEntry(text, detail, "cases", c.id, c.next_due_at, late))
        return HomeSection(
            "cases",
            translate("Home", "Cases overdue or due today"),
            tuple(entries),
            translate("Home", "No case is overdue or due today."),
            total,
        )

    def _case_intake(
        self, now: datetime, set_aside: int, new: int, oldest: home_repo.CaseLine | None
    ) -> HomeSection:
        from commdesk.services.settings import SettingsService

        entries = []
        if set_aside:
            entries.append(
                HomeEntry(
                    translate(
                        "Home", "%n message(s) set aside by the intake, waiting for a person", None, set_aside
                    ),
                    translate("Home", "not cases yet: list them with “commdesk cases intake --set-aside”"),
                    "cases",
                    None,
                    None,
                    True,
                )
            )
        if new:
            entries.append(
                HomeEntry(
                    translate("Home", "%n new case(s) not yet acknowledged", None, new),
                    translate("Home", "acknowledge or answer them in the Cases pane"),
                    "cases",
                    None,
                )
            )
        if oldest is not None:
            calendar = self.ctx.service(SettingsService).work_calendar()
            waited = max(calendar.working_time_between(oldest.received_at, now), timedelta(0))
            entries.append(
                HomeEntry(
                    translate("Home", "Oldest unanswered: {reference}: {summary}").format(
                        reference=oldest.reference, summary=oldest.summary
                    ),
                    translate("Home", "waiting {age} of working time · received {when}").format(
                        age=working_age(waited, calendar.day_length()),
                        when=self._day_time_named(oldest.received_at, now),
                    ),
                    "cases",
                    oldest.id,
                    oldest.received_at,
                    oldest.next_due_at is not None and oldest.next_due_at <= now,
                )
            )
        return HomeSection(
            "intake",
            translate("Home", "Feedback intake and unanswered cases"),
            tuple(entries),
            translate("Home", "Nothing waits in the intake; every case has its answer."),
        )

    # ---------------------------------------------------------------------------------- figures
    def figures(
        self,
        now: datetime | None = None,
        charts: Iterable[str] | None = None,
        previous: HomeFigures | None = None,
    ) -> HomeFigures:
        """The charts' figures, each counted by the database. ``charts`` (``charts_for`` a change):
        only those are counted again, the others are ``previous``'s (all are counted without it)."""
        now = now or self.ctx.clock()
        self._org_zone = self._org_zone or self.zone()
        wanted = frozenset(CHART_TABLES) if charts is None or previous is None else frozenset(charts)
        fresh: dict[str, Any] = {}
        if "releases" in wanted:
            fresh["releases_by_state"] = self._release_states()
        if "actions" in wanted:
            fresh["actions_by_week"] = self._action_weeks(now)
        if "coverage" in wanted:
            fresh["coverage_by_tone"], fresh["coverage_by_kind"] = self._coverage()
        if "inquiries" in wanted:
            fresh["inquiry_hours"] = self._inquiry_hours(now)
        if previous is None:
            return HomeFigures(**fresh)
        return replace(previous, **fresh)

    def _release_states(self):
        from commdesk.core.releases.workflow import State

        with self.ctx.unit_of_work() as uow:
            counts = home_repo.release_state_counts(uow.session)
        return tuple(
            (s.label, counts.get(s.value, 0))
            for s in State
            if counts.get(s.value, 0) or s in (State.DRAFT, State.IN_REVIEW, State.APPROVED, State.PUBLISHED)
        )

    def _action_weeks(self, now: datetime):
        """Action items due in each of the last ``WEEKS`` weeks: open, done, overdue (counted by the
        database over those weeks' deadlines only)."""
        today = self._today(now)
        this_week = _week_start(today)
        weeks = [this_week - timedelta(weeks=i) for i in range(self.WEEKS - 1, -1, -1)]
        table = {w: [0, 0, 0] for w in weeks}
        with self.ctx.unit_of_work() as uow:
            rows = home_repo.action_counts_by_deadline(uow.session, weeks[0], this_week + timedelta(days=7))
        for deadline, status, n in rows:
            w = _week_start(deadline)
            if w not in table or status == "cancelled":
                continue
            if status == "done":
                table[w][1] += n
            elif status in home_repo.ACTIVE_ACTIONS and deadline < today:
                table[w][2] += n
            else:
                table[w][0] += n
        return tuple((w, *table[w]) for w in weeks)

    def _coverage(self):
        from commdesk.core.documents.releases import kind_label, tone_label

        with self.ctx.unit_of_work() as uow:
            by_tone, by_kind = home_repo.coverage_counts(uow.session)
        tones = tuple((tone_label(t), n) for t, n in by_tone.items())
        kinds = tuple((kind_label(k), n) for k, n in by_kind.items())
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
