"""SM-2's cadence: each account's posts in an ISO week against its target (default 3-5 a week).

A post counts in the week of its published time, or of its planned time while it is not published
(a cancelled post counts nowhere), both read in the organisation's zone: a post planned for Monday
00:30 in Beijing belongs to that Monday's week, not to the Sunday it is in UTC.

A week off target is explained in one sentence (``WeekCadence.explain``, the only wording the
calendar, the Posts pane, the PDF and the command line show): the current and coming weeks say what
to plan or move; a week already over (before the organisation's today) only says it fell short or
went over, since nothing can be planned in it any more.
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from commdesk.core import timezones as tz
from commdesk.core.i18n import translate

DEFAULT_TARGET = (3, 5)


class Cadence(enum.StrEnum):
    BELOW = "below"
    WITHIN = "within"
    ABOVE = "above"

    @property
    def label(self) -> str:
        return {
            Cadence.BELOW: lambda: translate("SocialCadence", "below target"),
            Cadence.WITHIN: lambda: translate("SocialCadence", "on target"),
            Cadence.ABOVE: lambda: translate("SocialCadence", "above target"),
        }[self]()


@dataclass(frozen=True)
class Target:
    account_id: int
    name: str
    low: int
    high: int


@dataclass(frozen=True)
class Dated:
    """A post as the cadence sees it: its account and the instant it counts at (UTC)."""

    account_id: int
    at: datetime


@dataclass(frozen=True)
class WeekCadence:
    account_id: int
    account: str
    week: tuple[int, int]  # ISO (year, week)
    monday: date
    count: int
    low: int
    high: int
    today: date | None = None  # the organisation's today when it was counted (None: no week is over)

    @property
    def over(self) -> bool:
        """The week ended before today: nothing can be planned or moved in it any more."""
        return self.today is not None and self.monday + timedelta(weeks=1) <= self.today

    @property
    def status(self) -> Cadence:
        if self.count < self.low:
            return Cadence.BELOW
        if self.count > self.high:
            return Cadence.ABOVE
        return Cadence.WITHIN

    def explain(self) -> str:
        """The week in a sentence: what is planned against the target, and what to do (SM-2) while
        the week is current or coming; a week over says only how far it fell short or went over."""
        status = self.status
        # %n is the count of posts: "1 post", "2 posts" (numerus forms in the .ts files)
        if status is Cadence.BELOW and self.over:
            text = translate(
                "SocialCadence",
                "{account}: %n post(s) in the week of {monday}, {missing} short of the target of "
                "{low}-{high} (SM-2); the week is over.",
                None,
                self.count,
            )
        elif status is Cadence.ABOVE and self.over:
            text = translate(
                "SocialCadence",
                "{account}: %n post(s) in the week of {monday}, {missing} over the target of "
                "{low}-{high} (SM-2); the week is over.",
                None,
                self.count,
            )
        elif status is Cadence.BELOW:
            text = translate(
                "SocialCadence",
                "{account}: %n post(s) in the week of {monday}, below the target of {low}-{high} "
                "(SM-2); plan {missing} more.",
                None,
                self.count,
            )
        elif status is Cadence.ABOVE:
            text = translate(
                "SocialCadence",
                "{account}: %n post(s) in the week of {monday}, above the target of {low}-{high} "
                "(SM-2); move {missing} to another week.",
                None,
                self.count,
            )
        else:
            text = translate(
                "SocialCadence",
                "{account}: %n post(s) in the week of {monday}, within the target of {low}-{high}.",
                None,
                self.count,
            )
        missing = self.low - self.count if status is Cadence.BELOW else self.count - self.high
        return text.format(
            account=self.account,
            monday=self.monday.isoformat(),
            low=self.low,
            high=self.high,
            missing=max(missing, 0),
        )


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weeks_between(first: date, last: date) -> list[date]:
    """The Mondays of the ISO weeks from ``first``'s to ``last``'s, both included."""
    out, monday = [], monday_of(first)
    while monday <= last:
        out.append(monday)
        monday += timedelta(weeks=1)
    return out


def cadence(
    targets: Iterable[Target],
    posts: Iterable[Dated],
    zone: str,
    first: date,
    last: date,
    today: date | None = None,
) -> list[WeekCadence]:
    """For each account and each ISO week from ``first``'s to ``last``'s (days in ``zone``), its
    count of posts against its target; weeks with no post are there too (a week with none is the
    one most below target). ``today`` (in ``zone``) tells the weeks already over. Ordered by
    account name, then week."""
    mondays = weeks_between(first, last)
    counts: dict[tuple[int, date], int] = {}
    for post in posts:
        monday = monday_of(tz.to_zone(post.at, zone).date())
        counts[(post.account_id, monday)] = counts.get((post.account_id, monday), 0) + 1
    out = []
    for t in sorted(targets, key=lambda t: (t.name, t.account_id)):
        for monday in mondays:
            iso = monday.isocalendar()
            out.append(
                WeekCadence(
                    t.account_id,
                    t.name,
                    (iso[0], iso[1]),
                    monday,
                    counts.get((t.account_id, monday), 0),
                    t.low,
                    t.high,
                    today,
                )
            )
    return out


def off_target(weeks: Iterable[WeekCadence], accounts: Collection[str] = ()) -> list[WeekCadence]:
    """The weeks below or above their target; only those of ``accounts`` (the accounts' labels, as
    ``WeekCadence.account``) when some are named, as a view filtered by channel shows."""
    return [w for w in weeks if w.status is not Cadence.WITHIN and (not accounts or w.account in accounts)]
