"""Home's first screen before the services are loaded: the start-up glance.

Importing SQLAlchemy, the tables' classes and the services costs more than the window's first paint,
so a desk would wait for them before Home shows anything. On a SQLite file the window therefore
reads Home's lists once with the standard library (``persistence/glance.py``,
``repositories/home_glance.py``: read-only, nothing written) and shows them while the rest loads;
then Home is made as always, from ``HomeService``, and replaces the glance without a visible change
when nothing changed meanwhile.

The words and figures here are those of ``HomeService.sections`` (``services/home.py``), line for
line: ``tests/ui/test_home_glance.py`` compares both on the demo database and on generated ones,
for several people and zones. The glance is only used when nothing is unusual: a SQLite file given
as a path (not a server, not a URL), writable, at this commdesk's schema revision, and a person who
signs in without a question (remembered on this computer, or the only one, without a passphrase).
Otherwise ``read_glance`` returns None and the window starts as it did before. No Qt here.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from commdesk.core import timezones as tz
from commdesk.core.i18n import translate
from commdesk.persistence import glance as glance_db
from commdesk.persistence.repositories import home_glance as repo

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GlanceEntry:
    """A line of a Home box (the fields of ``services.home.HomeEntry``)."""

    text: str
    detail: str
    pane: str
    record_id: int | None
    when: datetime | None = None
    urgent: bool = False


@dataclass(frozen=True)
class GlanceSection:
    """A Home box (the fields of ``services.home.HomeSection``)."""

    key: str
    title: str
    entries: tuple[GlanceEntry, ...]
    empty_text: str
    total: int | None = None

    @property
    def count(self) -> int:
        return len(self.entries) if self.total is None else max(self.total, len(self.entries))


@dataclass(frozen=True)
class Glance:
    """Home's lists for the person who will be signed in, read at ``at``."""

    database: Path
    person_id: int
    person_name: str
    at: datetime
    sections: tuple[GlanceSection, ...] = field(default=())


@dataclass(frozen=True)
class _Org:
    """What Home uses of the organisation's settings (``services.settings.OrgSettings``' defaults)."""

    work_start: time = time(9, 0)
    work_end: time = time(18, 0)
    procedure_owner: str = ""
    next_review: date | None = None
    time_zone: str = ""
    closed_days: tuple[tuple[date, str], ...] = ()


def _org(stored: dict[str, object]) -> _Org:
    """The stored ``org.*`` values decoded as ``SettingsService.organisation`` decodes them (a value
    it cannot decode raises, as there: the glance is then not used)."""
    default = _Org()

    def text(key: str) -> str | None:
        value = stored.get(f"org.{key}")
        return None if value is None else str(value)

    start, end, review = text("work_start"), text("work_end"), text("next_review")
    days = stored.get("org.closed_days")
    return _Org(
        work_start=default.work_start if start is None else time.fromisoformat(start),
        work_end=default.work_end if end is None else time.fromisoformat(end),
        procedure_owner=text("procedure_owner") or default.procedure_owner,
        next_review=None if review is None else date.fromisoformat(review),
        time_zone=text("time_zone") or default.time_zone,
        closed_days=tuple((date.fromisoformat(day), label) for day, label in days)
        if isinstance(days, list)
        else default.closed_days,
    )


# ---------------------------------------------------------------------------------- start-up
def database_file(spec) -> Path | None:
    """The SQLite file ``--db`` / ``COMMDESK_DB`` / the default names (as ``persistence.db.resolve_target``
    does), or None for a URL (a server, or a file given as a URL: the normal start reads those)."""
    from commdesk.paths import default_database_path

    if spec is not None and not str(spec).strip():
        return None  # --db "" is refused by the normal start, never read as the default
    raw = os.fspath(spec) if spec else os.environ.get("COMMDESK_DB") or ""
    if not raw:
        return default_database_path()
    if "://" in raw:
        return None
    return Path(raw).expanduser().resolve()


def _writable(path: Path) -> bool:
    """Not a file the window opens read-only (``persistence.db.DatabaseTarget.read_only``: no write
    permission, or no write bit at all, which counts even for an administrator)."""
    import stat

    mode = path.stat().st_mode
    return os.access(path, os.W_OK) and bool(mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def _remembered_id(display: str) -> int | None:
    """The person remembered on this computer for the database ``display`` names
    (``services.people.PeopleService.remembered``: the same file and key)."""
    from commdesk.paths import data_dir

    try:
        data = json.loads((data_dir() / "people-remembered.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    key = hashlib.sha1(display.encode("utf-8")).hexdigest()[:16]
    entry = data.get(key) if isinstance(data, dict) else None
    person_id = entry.get("person") if isinstance(entry, dict) else None
    return person_id if isinstance(person_id, int) else None


def acting_person(conn: sqlite3.Connection, display: str) -> repo.GlancePerson | None:
    """Who the window signs in without asking (``GuiApp.sign_in``): the person remembered here, else
    the only active one, when they have no passphrase; None when the window would ask anything."""
    if repo.people_count(conn) == 0:
        return None  # the first run asks who this is
    person = None
    remembered = _remembered_id(display)
    if remembered is not None:
        found = repo.person(conn, remembered)
        person = found if found is not None and found.active else None
    if person is None:
        everyone = repo.active_people(conn)
        person = everyone[0] if len(everyone) == 1 else None
    return person if person is not None and not person.has_passphrase else None


def read_glance(spec, now: datetime | None = None) -> Glance | None:
    """Home's lists from the database ``spec`` names, or None when the normal start must do it all
    (see the module's docstring). Never raises; writes nothing."""
    try:
        path = database_file(spec)
        if path is None or not path.is_file() or not _writable(path):
            return None  # none yet (the first run), or read-only (the window shows a banner first)
        conn = glance_db.open_read_only(path)
    except (OSError, sqlite3.Error, ValueError):
        return None
    try:
        if repo.schema_revisions(conn) != glance_db.SCHEMA_AT_HEAD:
            return None  # new, older (the upgrade makes a backup first) or newer: the normal start
        person = acting_person(conn, str(path))
        if person is None:
            return None
        from datetime import UTC

        at = now or datetime.now(UTC)
        return Glance(path, person.id, person.name, at, glance_sections(conn, person.id, at))
    except Exception as exc:  # noqa: BLE001 - anything unexpected: the normal start reads Home instead
        log.info("Home's start-up glance was not used: %s", type(exc).__name__)
        return None
    finally:
        conn.close()


# ---------------------------------------------------------------------------------- the lists
def glance_sections(conn: sqlite3.Connection, person_id: int, now: datetime) -> tuple[GlanceSection, ...]:
    """Home's boxes for ``person_id`` at ``now``, read through ``conn`` (``open_read_only``): what
    ``HomeService.sections(now)`` gives that person, field for field."""
    return HomeGlance(conn, person_id, _org(repo.org_settings(conn))).sections(now)


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


# who works the cases desk (``services.cases.service.WORKERS``: officers and reviewers)
CASE_WORKER_ROLES = frozenset({"officer", "reviewer"})


def working_age(waited: timedelta, day: timedelta) -> str:
    """``services.home.working_age``."""
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


class HomeGlance:
    """``HomeService.sections`` over the glance's reads: the same words, order and limits."""

    LIMIT = 100
    OUTBOX_LIMIT = 2000

    def __init__(self, conn: sqlite3.Connection, person_id: int, org: _Org):
        self.conn = conn
        self.me = person_id
        self.org = org
        self.zone = tz.org_zone(org)

    def sections(self, now: datetime) -> tuple[GlanceSection, ...]:
        return (
            self._reviews(),
            self._returned(),
            self._my_actions(now),
            self._meetings(now),
            self._minutes(now),
            self._embargoes(now),
            self._inquiries(now),
            self._outbox(),
            self._procedure(now),
            *self._cases_desk(now),
        )

    # ------------------------------------------------------------------ words of times
    def _local(self, dt: datetime | None) -> str:
        if dt is None:
            return ""
        return tz.format_instant(dt, self.zone)

    def _day_time(self, moment: datetime, zone_name: str | None, now: datetime, weekday: bool = False) -> str:
        org = self.zone
        zone = zone_name if tz.is_valid_zone(zone_name) else _zone_name(org)
        local, here = tz.to_zone(moment, zone), tz.to_zone(moment, org)
        same_zone = zone == _zone_name(org) or (
            local.utcoffset() == here.utcoffset()
            and tz.to_zone(now, zone).utcoffset() == tz.to_zone(now, org).utcoffset()
        )
        today = tz.today_in(zone, lambda: now)
        agree = same_zone or (today == tz.today_in(org, lambda: now) and local.date() == here.date())
        clock = local.strftime("%H:%M")
        if agree and local.date() == today:
            text = translate("Home", "today {time}").format(time=clock)
        elif agree and not weekday and local.date() == today + timedelta(days=1):
            text = translate("Home", "tomorrow {time}").format(time=clock)
        elif weekday:
            fmt = "%m-%d" if local.year == today.year else "%Y-%m-%d"
            text = f"{_weekday(local.date())} {local.strftime(fmt)} {clock}"
        else:
            text = f"{local.date().isoformat()} {clock}"
        return text if same_zone else f"{text} ({zone})"

    def _day_time_named(self, moment: datetime, now: datetime) -> str:
        """``moment`` as a day and a time in the organisation's zone, naming it ("today 17:00
        (Asia/Shanghai, UTC+08:00)"): the cases desk's times, as Home's other times name theirs."""
        return f"{self._day_time(moment, None, now)} ({tz.zone_label(moment, self.zone)})"

    def _today(self, now: datetime) -> date:
        return tz.today_in(self.zone, lambda: now)

    def _meeting_time(self, m) -> str:
        if m.start is None:
            return ""
        return tz.format_instant(m.start, m.tz if tz.is_valid_zone(m.tz) else self.zone)

    # ------------------------------------------------------------------ the boxes
    def _reviews(self) -> GlanceSection:
        from commdesk.core.releases.workflow import review_progress

        candidates = repo.in_review_for(self.conn, self.me, self.LIMIT)
        entries = [
            GlanceEntry(
                r.title,
                translate("Home", "{reference}, by {author}").format(reference=r.reference, author=r.author),
                "releases",
                r.id,
                r.updated_at,
            )
            for r, facts in candidates
            if self.me in review_progress(facts).waiting_for
        ]
        entries.extend(self._item_reviews())
        entries.extend(self._procedure_reviews())
        return GlanceSection(
            "reviews",
            translate("Home", "Reviews awaiting me"),
            tuple(entries),
            translate("Home", "Nothing is waiting for your review."),
        )

    def _item_reviews(self) -> list[GlanceEntry]:
        """``HomeService._item_reviews``: the posts, announcements and invitations I may approve."""
        from commdesk.core.review.workflow import Action, why_not

        items = repo.items_in_review(self.conn, self.LIMIT)
        if not items:
            return []
        me = self._reviewer()
        entries = []
        for kind, item_id, title, author, at, facts in items:
            if why_not(Action.APPROVE, facts, me) is None:
                text, detail, pane = repo.review_line(kind, title, author)
                entries.append(GlanceEntry(text, detail, pane, item_id, at))
        return entries

    def _reviewer(self):
        """Me as the review engine's rule sees me: my id and roles."""
        from commdesk.core.domain.people import Person, Role

        roles = frozenset(r for r in Role if r.value in repo.person_roles(self.conn, self.me))
        return Person(self.me, "", roles=roles)

    def _procedure_reviews(self) -> list[GlanceEntry]:
        """``HomeService._procedure_reviews``: the procedure version in review that I may approve."""
        from commdesk.core.review.workflow import Action, why_not

        found = repo.procedure_in_review(self.conn)
        if found is None:
            return []
        number, author, at, facts = found
        if why_not(Action.APPROVE, facts, self._reviewer()) is not None:
            return []
        return [
            GlanceEntry(
                translate("Home", "Procedure version {n}").format(n=number),
                translate("Home", "New version of the communication procedure, by {author}").format(
                    author=author or "—"
                ),
                "procedure",
                None,
                at,
            )
        ]

    def _returned(self) -> GlanceSection:
        lines, total = repo.returned_to(self.conn, self.me, self.LIMIT)
        entries = []
        for r in lines:
            detail = translate("Home", "{reference} · {by}: {note}").format(
                reference=r.reference, by=r.by or "—", note=r.note or translate("Home", "(no note)")
            )
            if r.open_comments:
                detail += " · " + translate("Home", "%n open comment(s)", None, r.open_comments)
            entries.append(GlanceEntry(r.title, detail, "releases", r.id, r.at, True))
        return GlanceSection(
            "returned",
            translate("Home", "Returned to me"),
            tuple(entries),
            translate("Home", "No release has been returned to you."),
            total,
        )

    def _my_actions(self, now: datetime) -> GlanceSection:
        lines, total = repo.open_actions_of(self.conn, self.me, self.LIMIT)
        today = self._today(now)
        entries = []
        for a in lines:
            late = a.deadline is not None and a.deadline < today
            due = a.deadline.isoformat() if a.deadline else translate("Home", "no deadline")
            detail = (
                translate("Home", "overdue since {date} · {meeting}")
                if late
                else translate("Home", "due {date} · {meeting}")
            ).format(date=due, meeting=a.meeting_topic)
            entries.append(GlanceEntry(a.description, detail, "meetings", a.meeting_id, None, late))
        return GlanceSection(
            "actions",
            translate("Home", "My open and overdue actions"),
            tuple(entries),
            translate("Home", "You have no open action items."),
            total,
        )

    def _meetings(self, now: datetime) -> GlanceSection:
        org = self.zone
        today = tz.today_in(org, lambda: now)
        start = tz.wall_clock(today, datetime.min.time(), org)
        end = tz.wall_clock(_week_start(today) + timedelta(days=7), datetime.min.time(), org)
        entries = []
        for m in repo.meetings_between(self.conn, start, end, self.LIMIT):
            when = self._day_time(m.start, m.tz, now) if m.start else ""
            entries.append(
                GlanceEntry(
                    m.topic,
                    translate("Home", "{when} · {place}").format(when=when, place=m.place or "—"),
                    "meetings",
                    m.id,
                    m.start,
                    False,
                )
            )
        return GlanceSection(
            "meetings",
            translate("Home", "Meetings today and this week"),
            tuple(entries),
            translate("Home", "No meetings for the rest of this week."),
        )

    def _minutes(self, now: datetime) -> GlanceSection:
        from commdesk.core.meetings.model import Meeting, MeetingKind
        from commdesk.core.meetings.schedule import MinutesDue, minutes_status
        from commdesk.core.workcalendar import WorkCalendar

        lines = repo.meetings_without_minutes_out(self.conn, now - timedelta(days=30), now, self.LIMIT)
        hours = WorkCalendar.from_settings(self.org) if lines else None
        entries = []
        for m in lines:
            end = Meeting(kind=MeetingKind(m.kind), start=m.start, duration=m.duration, tz=m.tz).end
            if end is None or hours is None:
                continue
            due = minutes_status(end, now, None, hours)
            if due not in (MinutesDue.DUE, MinutesDue.LATE):
                continue
            due_at = hours.end_of_working_day(end)
            late = due is MinutesDue.LATE or due_at <= now
            met = self._meeting_time(m)
            when = self._day_time(due_at, m.tz, now, weekday=True)
            detail = (
                translate("Home", "minutes late, were due {when} (PC-5) · met {day}")
                if late
                else translate("Home", "minutes due {when} (PC-5) · met {day}")
            ).format(when=when, day=met)
            entries.append(GlanceEntry(m.topic, detail, "meetings", m.id, due_at, late))
        return GlanceSection(
            "minutes",
            translate("Home", "Minutes due or late"),
            tuple(entries),
            translate("Home", "All minutes have gone out."),
        )

    def _embargoes(self, now: datetime) -> GlanceSection:
        from commdesk.core.releases.workflow import State

        lines, total = repo.embargoes_until(self.conn, now + timedelta(days=3), self.LIMIT)
        entries = [
            GlanceEntry(
                r.title,
                translate("Home", "embargo ends {when} · {state}").format(
                    when=tz.format_instant(
                        r.embargo, r.embargo_tz if tz.is_valid_zone(r.embargo_tz) else self.zone
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
        return GlanceSection(
            "embargoes",
            translate("Home", "Embargoes ending soon"),
            tuple(entries),
            translate("Home", "No embargo ends in the next three days."),
            total,
        )

    def _inquiries(self, now: datetime) -> GlanceSection:
        lines, total = repo.open_inquiries(self.conn, self.LIMIT)
        entries = []
        for inquiry in lines:
            late = inquiry.deadline is not None and inquiry.deadline <= now
            detail = translate("Home", "{name} · answer by {deadline}").format(
                name=inquiry.name, deadline=self._local(inquiry.deadline) or translate("Home", "no deadline")
            )
            entries.append(
                GlanceEntry(
                    inquiry.summary or inquiry.name,
                    detail,
                    "contacts",
                    inquiry.contact_id,
                    inquiry.deadline,
                    late,
                )
            )
        return GlanceSection(
            "inquiries",
            translate("Home", "Media inquiries awaiting an answer"),
            tuple(entries),
            translate("Home", "Every media inquiry has been answered."),
            total,
        )

    def _outbox(self) -> GlanceSection:
        lines = repo.outbox_trouble(self.conn, self.OUTBOX_LIMIT)
        entries = []
        if lines:
            from commdesk.core.mail.labels import hold_text, state_text

            held: dict[tuple[str | None, str | None], list] = {}
            for m in lines:
                if m.status == "held":
                    held.setdefault(m.related, []).append(m)
            for items in held.values():
                first = items[-1]
                entries.append(
                    GlanceEntry(
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
                GlanceEntry(
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
        return GlanceSection(
            "outbox",
            translate("Home", "Outbox: failed or held"),
            tuple(entries),
            translate("Home", "Nothing failed or held in the outbox."),
        )

    def _procedure(self, now: datetime) -> GlanceSection:
        org = self.org
        entries = []
        today = self._today(now)
        pending = repo.procedure_pending(self.conn, self.me, today)  # AP-3, as Home
        if pending is not None:
            from commdesk.core.procedure.reminder import acknowledgement_reminder

            entries.append(GlanceEntry(*acknowledgement_reminder(pending), "procedure", None))
        if org.next_review is not None and org.next_review <= today + timedelta(days=30):
            late = org.next_review < today
            entries.append(
                GlanceEntry(
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
        return GlanceSection(
            "procedure",
            translate("Home", "Procedure: acknowledgement and yearly review"),
            tuple(entries),
            translate("Home", "The procedure's yearly review is not due yet."),
        )

    def _cases_desk(self, now: datetime) -> tuple[GlanceSection, ...]:
        if not repo.person_roles(self.conn, self.me) & CASE_WORKER_ROLES:
            return ()
        return self._cases_due(now), self._case_intake(now)

    def _cases_due(self, now: datetime) -> GlanceSection:
        end = tz.wall_clock(self._today(now) + timedelta(days=1), datetime.min.time(), self.zone)
        lines, total = repo.cases_due_before(self.conn, end, self.LIMIT)
        entries = []
        for c in lines:
            if c.next_due_at is None:
                continue
            late = c.next_due_at <= now
            # overdue since any day (months ago too): the date written out; due today: "today";
            # either way in the organisation's zone, named
            detail = (
                translate("Home", "overdue since {when} · {owner}").format(
                    when=tz.format_instant(c.next_due_at, self.zone), owner=c.owner or "—"
                )
                if late
                else translate("Home", "due {when} · {owner}").format(
                    when=self._day_time_named(c.next_due_at, now), owner=c.owner or "—"
                )
            )
            text = translate("Home", "{reference}: {summary}").format(
                reference=c.reference, summary=c.summary
            )
            entries.append(GlanceEntry(text, detail, "cases", c.id, c.next_due_at, late))
        return GlanceSection(
            "cases",
            translate("Home", "Cases overdue or due today"),
            tuple(entries),
            translate("Home", "No case is overdue or due today."),
            total,
        )

    def _case_intake(self, now: datetime) -> GlanceSection:
        from commdesk.core.workcalendar import WorkCalendar

        set_aside, new, oldest = repo.case_intake(self.conn)
        entries = []
        if set_aside:
            entries.append(
                GlanceEntry(
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
                GlanceEntry(
                    translate("Home", "%n new case(s) not yet acknowledged", None, new),
                    translate("Home", "acknowledge or answer them in the Cases pane"),
                    "cases",
                    None,
                )
            )
        if oldest is not None:
            calendar = WorkCalendar.from_settings(self.org)
            waited = max(calendar.working_time_between(oldest.received_at, now), timedelta(0))
            entries.append(
                GlanceEntry(
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
        return GlanceSection(
            "intake",
            translate("Home", "Feedback intake and unanswered cases"),
            tuple(entries),
            translate("Home", "Nothing waits in the intake; every case has its answer."),
        )
