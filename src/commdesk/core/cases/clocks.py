"""A case's service clocks: first response, next update, resolution (HL-2, FB-2, FB-4, P-1).

A clock has a target in *working time* on the organisation's ``WorkCalendar`` (working hours in its
zone, Chinese public holidays and make-up working days, the office's closed days). It starts at an
instant (the case received, the last update sent), runs only in working hours, stands still during
pauses (the case waits for them) and stops when what it measures happened (the first answer, the next
update, the resolution). ``evaluate`` says where it stands at ``now``.

Decisions:

* ``due`` is the first instant at which the counted working time reaches the target. A clock whose
  target runs out at 18:00 on Friday is due Friday 18:00, not Monday 09:00: that is the promise a
  person reads. It is breached once ``now`` (or the stop) is past ``due``, even at night when no
  working time passes: ``remaining`` (working time, negative when overdue) is then 0 until work
  starts again, and ``breached_at`` says since when.
* A clock paused before it ran out has no due (``None``): the due depends on when they answer. A clock
  that was breached before the pause stays breached (with its due): waiting for them does not undo a
  promise already broken.
* Pauses may overlap or lie partly outside the clock; only their part between the start and the
  evaluated instant counts. A pause still open at that instant, or ending after it, pauses the clock
  now. Adding a pause never makes ``due`` earlier.
* All instants go in aware and come out in UTC; the calendar's zone decides what working hours are
  (a calendar without a zone uses the zone of ``started``).
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from types import MappingProxyType

from commdesk.core.cases.workflow import CLOCKS_PAUSED, DONE_STATUSES, CaseStatus, Priority
from commdesk.core.i18n import translate
from commdesk.core.timezones import format_instant
from commdesk.core.workcalendar import WorkCalendar

_ZERO = timedelta(0)


class ClockKind(enum.StrEnum):
    FIRST_RESPONSE = "first_response"
    NEXT_UPDATE = "next_update"
    RESOLUTION = "resolution"

    @property
    def label(self) -> str:
        return _KIND_LABELS[self]()


_KIND_LABELS: dict[ClockKind, Callable[[], str]] = {
    ClockKind.FIRST_RESPONSE: lambda: translate("Cases", "First response"),
    ClockKind.NEXT_UPDATE: lambda: translate("Cases", "Next update"),
    ClockKind.RESOLUTION: lambda: translate("Cases", "Resolution"),
}


class ClockPhase(enum.StrEnum):
    RUNNING = "running"  # open, before its due
    PAUSED = "paused"  # open, waiting for them, not yet run out
    MET = "met"  # stopped on or before its due
    MET_LATE = "met_late"  # stopped after its due
    BREACHED = "breached"  # past its due and still open

    @property
    def label(self) -> str:
        return _PHASE_LABELS[self]()

    @property
    def is_open(self) -> bool:
        return self in (ClockPhase.RUNNING, ClockPhase.PAUSED, ClockPhase.BREACHED)


_PHASE_LABELS: dict[ClockPhase, Callable[[], str]] = {
    ClockPhase.RUNNING: lambda: translate("Cases", "Running"),
    ClockPhase.PAUSED: lambda: translate("Cases", "Paused"),
    ClockPhase.MET: lambda: translate("Cases", "Met"),
    ClockPhase.MET_LATE: lambda: translate("Cases", "Met late"),
    ClockPhase.BREACHED: lambda: translate("Cases", "Overdue"),
}


def _utc(moment: datetime, what: str) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{what} must be an aware datetime, got {moment!r}")
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class Pause:
    """A time the clock stands still (the case waited for them); ``end`` None: still waiting."""

    start: datetime
    end: datetime | None = None

    def __post_init__(self) -> None:
        _utc(self.start, "a pause's start")
        if self.end is not None and _utc(self.end, "a pause's end") < _utc(self.start, "a pause's start"):
            raise ValueError(f"a pause cannot end before it starts: {self.start!r} .. {self.end!r}")


@dataclass(frozen=True)
class ClockState:
    """Where a clock stands at the instant it was evaluated (the stop, or ``now``)."""

    kind: ClockKind
    started: datetime  # UTC
    target: timedelta  # working time
    due: datetime | None  # UTC; None while paused before running out
    remaining: timedelta  # working time left; negative: overdue by that much working time
    phase: ClockPhase
    breached_at: datetime | None = None  # the due it ran past (UTC), when it did
    stopped: datetime | None = None  # UTC
    paused_since: datetime | None = None  # the start of the pause in force (UTC), open clocks only

    @property
    def elapsed(self) -> timedelta:
        """Working time counted so far (pauses excluded)."""
        return self.target - self.remaining

    @property
    def is_open(self) -> bool:
        return self.phase.is_open

    @property
    def is_breached(self) -> bool:
        """Overdue now, or was when it stopped."""
        return self.breached_at is not None


def _merged_pauses(
    pauses: Iterable[Pause], started: datetime, at: datetime
) -> list[tuple[datetime, datetime | None]]:
    """The pauses between ``started`` and ``at`` as sorted, disjoint (start, end) pairs in UTC; end
    None for the one in force at ``at``."""
    spans: list[tuple[datetime, datetime | None]] = []
    for pause in pauses:
        start = max(_utc(pause.start, "a pause's start"), started)
        end = None if pause.end is None else _utc(pause.end, "a pause's end")
        if start > at or (end is not None and end <= start):
            continue
        spans.append((start, None if end is None or end > at else end))
    spans.sort(key=lambda span: span[0])
    merged: list[tuple[datetime, datetime | None]] = []
    for start, end in spans:
        if merged:
            last_start, last_end = merged[-1]
            if last_end is None:
                break  # everything after an open pause is inside it
            if start <= last_end:
                merged[-1] = (last_start, None if end is None else max(end, last_end))
                continue
        merged.append((start, end))
    return merged


def evaluate(
    kind: ClockKind,
    started: datetime,
    target: timedelta,
    calendar: WorkCalendar,
    now: datetime,
    pauses: Iterable[Pause] = (),
    stopped: datetime | None = None,
) -> ClockState:
    """The state at ``now`` (at ``stopped`` when the clock has stopped) of a clock of ``kind`` that
    started at ``started`` with ``target`` working time on ``calendar``, paused during ``pauses``."""
    kind = ClockKind(kind)
    if target < _ZERO:
        raise ValueError(f"a clock's target must not be negative, got {target!r}")
    local: tzinfo = calendar.zone_for(started)
    begin = _utc(started, "a clock's start")
    current = _utc(now, "now")
    stop = None if stopped is None else _utc(stopped, "a clock's stop")
    if stop is not None and stop < begin:
        raise ValueError(f"a clock cannot stop ({stopped!r}) before it starts ({started!r})")
    at = max(stop if stop is not None else current, begin)

    def between(a: datetime, b: datetime) -> timedelta:
        return calendar.working_time_between(a.astimezone(local), b.astimezone(local))

    def add(a: datetime, amount: timedelta) -> datetime:
        return calendar.add_working_time(a.astimezone(local), amount).astimezone(UTC)

    spans = _merged_pauses(pauses, begin, at)
    # The stretches in which the clock runs: between the pauses, the last one open-ended unless a
    # pause is in force at ``at``.
    segments: list[tuple[datetime, datetime | None]] = []
    cursor: datetime | None = begin
    for pause_start, pause_end in spans:
        assert cursor is not None  # an open pause is always the last span
        if pause_start > cursor:
            segments.append((cursor, pause_start))
        cursor = None if pause_end is None else max(cursor, pause_end)
    if cursor is not None:
        segments.append((cursor, None))
    paused_since = spans[-1][0] if spans and spans[-1][1] is None else None

    elapsed = _ZERO
    for a, b in segments:
        b = at if b is None else b
        if a < b:
            elapsed += between(a, b)

    due: datetime | None = begin if target == _ZERO else None
    consumed = _ZERO
    for a, b in segments if due is None else ():
        need = target - consumed
        if b is None:
            due = add(a, need)
            break
        span = between(a, b)
        if span >= need:
            due = add(a, need)
            break
        consumed += span

    breached_at = due if due is not None and due < at else None
    if stop is not None:
        phase = ClockPhase.MET_LATE if breached_at is not None else ClockPhase.MET
        paused_since = None
    elif breached_at is not None:
        phase = ClockPhase.BREACHED
    elif paused_since is not None:
        phase, due = ClockPhase.PAUSED, None
    else:
        phase = ClockPhase.RUNNING
    return ClockState(
        kind=kind,
        started=begin,
        target=target,
        due=due,
        remaining=target - elapsed,
        phase=phase,
        breached_at=breached_at,
        stopped=stop,
        paused_since=paused_since,
    )


def coverage_warning(calendar: WorkCalendar, state: ClockState) -> str:
    """The calendar's warning when the working time of this clock is counted over a year whose public
    holidays it does not know (from its start to its due time, or to where it stopped or paused), or
    "". The package's years are one run, so a year left out between the two ends is left out at an
    end too."""
    ends = [x for x in (state.due, state.stopped, state.paused_since, state.breached_at) if x is not None]
    return calendar.coverage_warning(state.started, *ends)


def breach_instant(state: ClockState) -> datetime | None:
    """When ``state``'s clock breached (``breached_at``), or, for a running clock, when it will if
    nothing happens first (``due``); None for a clock that is paused or met in time."""
    if state.breached_at is not None:
        return state.breached_at
    return state.due if state.phase is ClockPhase.RUNNING else None


def breaches_between(
    states: Iterable[ClockState], start: datetime, end: datetime, *, include_stopped: bool = False
) -> list[ClockState]:
    """The clocks that breach (or breached) in ``[start, end)``, earliest first: Home's "breaches
    today" with the day's bounds. Open clocks only, unless ``include_stopped`` (a report's "met
    late in the period")."""
    first, last = _utc(start, "the window's start"), _utc(end, "the window's end")
    found: list[tuple[datetime, ClockState]] = []
    for state in states:
        if state.stopped is not None and not include_stopped:
            continue
        when = breach_instant(state)
        if when is not None and first <= when < last:
            found.append((when, state))
    found.sort(key=lambda pair: pair[0])
    return [state for _, state in found]


# -------------------------------------------------------------------------------- from history
def pauses_from_history(changes: Iterable[tuple[datetime, CaseStatus]]) -> tuple[Pause, ...]:
    """The pauses in a case's status changes ``(when, new status)``: every stretch spent waiting for
    them (``CLOCKS_PAUSED``); the last one open (end None) while the case still waits."""
    pauses: list[Pause] = []
    since: datetime | None = None
    for when, status in sorted(changes, key=lambda change: _utc(change[0], "a status change")):
        paused = CaseStatus(status) in CLOCKS_PAUSED
        if paused and since is None:
            since = when
        elif not paused and since is not None:
            pauses.append(Pause(since, when))
            since = None
    if since is not None:
        pauses.append(Pause(since, None))
    return tuple(pauses)


def resolution_inputs(
    changes: Iterable[tuple[datetime, CaseStatus]],
) -> tuple[tuple[Pause, ...], datetime | None]:
    """``(pauses, stopped)`` of the resolution clock from a case's status changes ``(when, new
    status)``: it stops when the case is resolved (or closed) and, when the case is reopened, goes
    on from where it stood: the time it was resolved counts as a pause, like waiting for them."""
    pauses: list[Pause] = []
    still_since: datetime | None = None  # the start of the stretch in which the clock stands still
    done_since: datetime | None = None  # the start of the stretch resolved or closed
    for when, status in sorted(changes, key=lambda change: _utc(change[0], "a status change")):
        status = CaseStatus(status)
        if status in DONE_STATUSES:
            done_since = when if done_since is None else done_since
        else:
            done_since = None
        still = status in CLOCKS_PAUSED or status in DONE_STATUSES
        if still and still_since is None:
            still_since = when
        elif not still and still_since is not None:
            pauses.append(Pause(still_since, when))
            still_since = None
    if still_since is not None:
        # Waiting now (open pause), or resolved: stopped then, after waiting until then if it did.
        end = done_since
        if end is None or still_since < end:
            pauses.append(Pause(still_since, end))
    return tuple(pauses), done_since


# ---------------------------------------------------------------------------------- policies
@dataclass(frozen=True)
class ClockPolicy:
    """The working-time targets of a case's clocks; None: that clock is not kept."""

    first_response: timedelta | None = None
    next_update: timedelta | None = None
    resolution: timedelta | None = None

    def __post_init__(self) -> None:
        for value in (self.first_response, self.next_update, self.resolution):
            if value is not None and value < _ZERO:
                raise ValueError(f"a clock's target must not be negative, got {value!r}")

    def target(self, kind: ClockKind) -> timedelta | None:
        return {
            ClockKind.FIRST_RESPONSE: self.first_response,
            ClockKind.NEXT_UPDATE: self.next_update,
            ClockKind.RESOLUTION: self.resolution,
        }[ClockKind(kind)]


# The length of a working day of the settings' default hours (09:00-18:00).
DEFAULT_WORKING_DAY = timedelta(hours=9)


def default_clock_policies(working_day: timedelta = DEFAULT_WORKING_DAY) -> Mapping[Priority, ClockPolicy]:
    """The targets by priority, for a calendar whose working day lasts ``working_day``
    (``WorkCalendar.day_length()``). The procedure's promises, read as working time:

    * First response. HL-2: "respond to general inquiries within 24 h"; FB-1: the mailbox is checked
      at least once a working day. 24 hours on a working calendar is one working day, and that is the
      promise for normal and low priority (HL-2 is not relaxed for low). High and urgent promise more
      (P-1 timeliness; MD-5 answers the media quickly, which is why media inquiries start high,
      ``workflow.default_priority``): 4 and 1 working hours.
    * Next update. FB-4: a complaint is told how its handling progresses and the outcome; P-1. Every
      two working days for normal, one for high, half a day (4 h) for urgent, weekly for low.
    * Resolution. The procedure names no figure (EV-5 and HL-3 measure the resolution rate); these
      are the house's defaults, to be set per category and priority by administrators: one working
      week for normal, three days for high, one day for urgent, two weeks for low.
    """
    day = working_day
    return MappingProxyType(
        {
            Priority.LOW: ClockPolicy(first_response=day, next_update=5 * day, resolution=10 * day),
            Priority.NORMAL: ClockPolicy(first_response=day, next_update=2 * day, resolution=5 * day),
            Priority.HIGH: ClockPolicy(
                first_response=timedelta(hours=4), next_update=day, resolution=3 * day
            ),
            Priority.URGENT: ClockPolicy(
                first_response=timedelta(hours=1), next_update=timedelta(hours=4), resolution=day
            ),
        }
    )


# ``default_clock_policies()`` for the default working day.
DEFAULT_CLOCK_POLICIES: Mapping[Priority, ClockPolicy] = default_clock_policies()


# ---------------------------------------------------------------------------------- words
def format_working_time(amount: timedelta) -> str:
    """``2 h 05 min`` of working time (the sign left off; say "left" or "overdue" around it)."""
    minutes = int(abs(amount).total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return translate("Cases", "{hours} h {minutes:02d} min").format(hours=hours, minutes=minutes)
    return translate("Cases", "{minutes} min").format(minutes=minutes)


def clock_titles(states: Sequence[ClockState]) -> list[str]:
    """Each clock's name, in the order given (the order they were started). A kind that ran more than
    once (a next update after each answer) says which is which: the earlier ones, and the current one
    (still open) or the latest one (all stopped)."""
    counts = Counter(s.kind for s in states)
    seen: Counter[ClockKind] = Counter()
    titles = []
    for s in states:
        seen[s.kind] += 1
        n, of = seen[s.kind], counts[s.kind]
        if of == 1:
            titles.append(s.kind.label)
            continue
        if n < of:
            text = translate("Cases", "{clock} (earlier, {n} of {count})")
        elif s.is_open:
            text = translate("Cases", "{clock} (current, {n} of {count})")
        else:
            text = translate("Cases", "{clock} (latest, {n} of {count})")
        titles.append(text.format(clock=s.kind.label, n=n, count=of))
    return titles


def describe(state: ClockState, zone: str | tzinfo | None = None) -> str:
    """A clock's state in words for lists and ``cases show``: time left, overdue by, paused, met.
    A clock that ran out when work stopped for the day is overdue by no working time yet: it says
    since when instead (in ``zone``, the organisation's, when given)."""
    if state.phase is ClockPhase.BREACHED and state.remaining > -timedelta(minutes=1):
        if zone is None or state.breached_at is None:
            return translate("Cases", "Overdue")
        return translate("Cases", "Overdue since {due}").format(due=format_instant(state.breached_at, zone))
    if state.phase is ClockPhase.RUNNING:
        return translate("Cases", "{time} left").format(time=format_working_time(state.remaining))
    if state.phase is ClockPhase.PAUSED:
        return translate("Cases", "Paused (waiting for them), {time} left").format(
            time=format_working_time(max(state.remaining, _ZERO))
        )
    if state.phase is ClockPhase.BREACHED:
        return translate("Cases", "Overdue by {time} of working time").format(
            time=format_working_time(min(state.remaining, _ZERO))
        )
    if state.phase is ClockPhase.MET_LATE:
        return translate("Cases", "Met late, {time} of working time after the due time").format(
            time=format_working_time(min(state.remaining, _ZERO))
        )
    return translate("Cases", "Met")
