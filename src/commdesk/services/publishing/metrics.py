"""Monthly figures per account (SM-6): typed in or imported from a platform's CSV export, the series
a chart draws, and the month's report: follower growth, engagement, what was published and how the
weeks measured against the cadence, comments still waiting for an answer."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path

from commdesk.core.domain.people import Role
from commdesk.core.errors import ValidationError
from commdesk.core.i18n import translate
from commdesk.core.publishing.cadence import Cadence
from commdesk.core.publishing.metrics_csv import MetricsFile, read_metrics, totals_note
from commdesk.persistence.models.social import SocialMetricRow
from commdesk.persistence.repositories import social as repo
from commdesk.services.context import ServiceContext
from commdesk.services.publishing.files import unreadable

WRITERS = (Role.OFFICER, Role.ADMINISTRATOR)
READERS = (Role.OFFICER, Role.ADMINISTRATOR, Role.REVIEWER)
MAX_FILE = 20 * 1024 * 1024


def _action() -> str:
    return translate("SocialMetrics", "enter the accounts' monthly figures")


def _read_action() -> str:
    return translate("SocialMetrics", "read the accounts' figures")


@dataclass(frozen=True)
class MonthMetrics:
    account_id: int
    month: date
    followers: int
    reach: int
    reads: int
    interactions: int
    source: str
    version: int

    @property
    def engagement(self) -> float | None:
        """Interactions per reach (per reads when reach is not known), or None."""
        base = self.reach or self.reads
        return self.interactions / base if base else None


@dataclass(frozen=True)
class ImportReport:
    account_id: int
    file_name: str
    encoding: str
    months: tuple[date, ...]
    created: int
    updated: int
    rows_used: int
    rows_blank: int
    rows_totals: int = 0  # totals rows (合计, Total) left out

    @property
    def totals_note(self) -> str:
        """The sentence saying the totals rows were left out ("" when there were none)."""
        return totals_note(self.rows_totals)


@dataclass(frozen=True)
class AccountMonth:
    """One account's line in the month's report."""

    account_id: int
    account: str
    figures: MonthMetrics | None
    growth: int | None  # followers against the month before
    published: int
    planned: int  # planned in the month and not published
    weeks_below: int
    weeks_above: int
    open_messages: int


@dataclass(frozen=True)
class MonthReport:
    month: date
    lines: tuple[AccountMonth, ...]


def percent(value: float | None) -> str:
    return "" if value is None else f"{value * 100:.1f} %"


def report_table(report: MonthReport, *, spreadsheet: bool = False) -> tuple[list[str], list[list[str]]]:
    """The month's report as people read it, one line an account: (column names, rows). The same
    for the window, the saved CSV and the command line; for a spreadsheet the numbers are written
    as it reads them (12500, -20, 4.5%), not grouped for the eye."""
    number = "{:d}" if spreadsheet else "{:,}"
    signed = "{:+d}" if spreadsheet else "{:+,}"
    columns = [
        translate("SocialMetrics", "Account"),
        translate("SocialMetrics", "Followers"),
        translate("SocialMetrics", "Growth"),
        translate("SocialMetrics", "Engagement"),
        translate("SocialMetrics", "Published"),
        translate("SocialMetrics", "Still planned"),
        translate("SocialMetrics", "Weeks below"),
        translate("SocialMetrics", "Weeks above"),
        translate("SocialMetrics", "Comments open"),
    ]
    rows = []
    for line in report.lines:
        f = line.figures
        rows.append(
            [
                line.account,
                number.format(f.followers) if f else "",
                signed.format(line.growth) if line.growth is not None else "",
                (percent(f.engagement).replace(" ", "") if spreadsheet else percent(f.engagement))
                if f
                else "",
                str(line.published),
                str(line.planned),
                str(line.weeks_below),
                str(line.weeks_above),
                str(line.open_messages),
            ]
        )
    return columns, rows


def _metrics(row: SocialMetricRow) -> MonthMetrics:
    return MonthMetrics(
        row.account_id,
        row.month,
        row.followers,
        row.reach,
        row.reads,
        row.interactions,
        row.source,
        row.version,
    )


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


class SocialMetricsService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def may_enter(self) -> str:
        return self.ctx.refusal(*WRITERS, action=_action())

    def series(self, account_id: int | None = None, first: date | None = None, last: date | None = None):
        """Monthly figures by account and month."""
        self.ctx.require(*READERS, action=_read_action())
        with self.ctx.unit_of_work() as uow:
            return [_metrics(r) for r in repo.metrics(uow.session, account_id, first, last)]

    def enter(
        self,
        account_id: int,
        month: date,
        *,
        followers: int,
        reach: int = 0,
        reads: int = 0,
        interactions: int = 0,
    ) -> MonthMetrics:
        """Type in (or correct) an account's figures for a month."""
        self.ctx.require(*WRITERS, action=_action())
        values = {"followers": followers, "reach": reach, "reads": reads, "interactions": interactions}
        bad = [name for name, v in values.items() if not isinstance(v, int) or v < 0]
        if bad:
            raise ValidationError(
                {name: translate("SocialMetrics", "A figure is a whole number, 0 or more.") for name in bad}
            )
        with self.ctx.unit_of_work() as uow:
            if repo.account(uow.session, account_id) is None:
                raise ValidationError(translate("SocialMetrics", "Choose the account."), "account")
            row = self._upsert(uow.session, account_id, month_start(month), values, "manual")[0]
            return _metrics(row)

    @staticmethod
    def _upsert(session, account_id: int, month: date, values: dict[str, int], source: str):
        row = repo.metric(session, account_id, month)
        created = row is None
        if row is None:
            row = SocialMetricRow(
                account_id=account_id, month=month, followers=0, reach=0, reads=0, interactions=0
            )
            session.add(row)
        for name, value in values.items():
            setattr(row, name, value)
        row.source = source[:300]
        session.flush()
        return row, created

    def read_file(self, path: str | os.PathLike, platform_code: str = "generic") -> MetricsFile:
        """What a file would import (nothing is written): its months and every row's outcome."""
        self.ctx.require(*READERS, action=_read_action())
        return read_metrics(self._bytes(Path(path)), platform_code)

    @staticmethod
    def _bytes(path: Path) -> bytes:
        try:
            if path.stat().st_size > MAX_FILE:
                raise ValidationError(
                    translate(
                        "SocialMetrics", "{name} is larger than 20 MB; export one account's months only."
                    ).format(name=path.name),
                    "file",
                )
            return path.read_bytes()
        except OSError as exc:
            raise ValidationError(unreadable(path, exc), "file") from None

    def import_file(self, account_id: int, path: str | os.PathLike) -> ImportReport:
        """Import an account's export, all or nothing: any row that cannot be read refuses the
        whole file, naming each such line and column. The figures a file has replace those of its
        months; the ones it does not have (Weibo's export has no reach) stay as they were."""
        self.ctx.require(*WRITERS, action=_action())
        path = Path(path)
        data = self._bytes(path)
        with self.ctx.unit_of_work() as uow:
            account = repo.account(uow.session, account_id)
            if account is None:
                raise ValidationError(translate("SocialMetrics", "Choose the account."), "account")
            platform = repo.platform(uow.session, account.platform_id)
            result = read_metrics(data, platform.code if platform else "generic")
            if result.problem:
                raise ValidationError(f"{path.name}: {result.problem}", "file")
            if result.errors:
                shown = [r.message for r in result.errors[:10]]
                more = len(result.errors) - len(shown)
                text = translate(
                    "SocialMetrics",
                    "{name} was not imported: %n row(s) cannot be read. {rows}",
                    None,
                    len(result.errors),
                ).format(name=path.name, rows=" ".join(shown))
                if more:
                    text += " " + translate("SocialMetrics", "And {n} more.").format(n=more)
                raise ValidationError(text, "file")
            created = updated = 0
            for m in result.months:
                values = {f: getattr(m, f) for f in result.figures}
                _row, new = self._upsert(uow.session, account_id, m.month, values, path.name)
                created += new
                updated += not new
            used = sum(1 for r in result.rows if r.outcome == "used")
            blank = sum(1 for r in result.rows if r.outcome == "blank")
            totals = sum(1 for r in result.rows if r.outcome == "totals")
            return ImportReport(
                account_id,
                path.name,
                result.encoding,
                tuple(m.month for m in result.months),
                created,
                updated,
                used,
                blank,
                totals,
            )

    def month_report(self, month: date) -> MonthReport:
        """SM-6: every active account's month: figures and growth, posts published and still
        planned, weeks off the cadence, comments waiting for an answer."""
        from commdesk.core import timezones as tz
        from commdesk.services.publishing.accounts import AccountService
        from commdesk.services.publishing.posts import PostService

        self.ctx.require(*READERS, action=_read_action())
        first, after = month_start(month), next_month(month_start(month))
        previous = month_start(first - timedelta(days=1))
        posts = self.ctx.service(PostService)
        zone = posts.zone()
        start = tz.wall_clock(first, time(0, 0), zone)
        end = tz.wall_clock(after, time(0, 0), zone)
        weeks = posts.cadence(first, after - timedelta(days=1))
        summaries = posts.list(start, end)
        accounts = self.ctx.service(AccountService).accounts()
        with self.ctx.unit_of_work() as uow:
            figures = {
                (r.account_id, r.month): _metrics(r) for r in repo.metrics(uow.session, None, previous, first)
            }
            waiting = repo.open_message_counts(uow.session)
        lines = []
        for a in accounts:
            mine = [p for p in summaries if p.account_id == a.id and not p.cancelled]
            now_fig, before = figures.get((a.id, first)), figures.get((a.id, previous))
            lines.append(
                AccountMonth(
                    a.id,
                    a.label(),
                    now_fig,
                    now_fig.followers - before.followers if now_fig and before else None,
                    sum(1 for p in mine if p.published_at is not None),
                    sum(1 for p in mine if p.published_at is None),
                    sum(1 for w in weeks if w.account_id == a.id and w.status is Cadence.BELOW),
                    sum(1 for w in weeks if w.account_id == a.id and w.status is Cadence.ABOVE),
                    waiting.get(a.id, 0),
                )
            )
        return MonthReport(first, tuple(lines))
