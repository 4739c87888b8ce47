"""What the cases window needs beyond ``CaseService``: the list with all the pane's filters and
each line's clock in working time, the callers the hotline's call screen finds, and a call's
answers (first-contact resolution, satisfaction) kept on a case that goes on.

Each public method is one unit of work; the case's own steps (log, answer, resolve ...) stay with
``CaseService``.
"""

from __future__ import annotations

import builtins
import itertools
from dataclasses import dataclass
from datetime import datetime, timedelta

from commdesk.core import timezones as tz
from commdesk.core.cases.workflow import OPEN_STATUSES, CaseStatus, Channel, Priority
from commdesk.core.contacts.query import ContactQuery
from commdesk.core.errors import NotFound, ValidationError
from commdesk.core.i18n import translate
from commdesk.core.workcalendar import WorkCalendar
from commdesk.persistence.repositories import case_desk as repo
from commdesk.persistence.repositories import cases as cases_repo
from commdesk.services.cases.admin import category_of
from commdesk.services.cases.service import CaseService, CaseSummary
from commdesk.services.context import ServiceContext
from commdesk.services.settings import SettingsService


@dataclass(frozen=True)
class CaseFilter:
    """The case list's filters; the default: every case."""

    status: CaseStatus | None = None
    open_only: bool = False
    channel: Channel | None = None
    category_id: int | None = None
    mine: bool = False
    overdue: bool = False
    text: str = ""


@dataclass(frozen=True)
class DeskLine:
    """One line of the list: the case and its nearest running clock in working time."""

    case: CaseSummary
    left: timedelta | None  # working time until the nearest due (negative: overdue); None: no clock
    paused: bool  # waiting for them: the clocks stand still

    @property
    def id(self) -> int:
        return self.case.id


@dataclass(frozen=True)
class Caller:
    """Someone the call screen offers for the caller field."""

    kind: str  # "contact" or "customer"
    id: int
    name: str
    detail: str = ""  # outlet, phone: what tells two people of one name apart
    phone: str = ""


class CaseDeskService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def _filter(self, f: CaseFilter, now: datetime) -> repo.DeskFilter:
        statuses: frozenset[str] | None = None
        if f.status is not None:
            statuses = frozenset({CaseStatus(f.status).value})
        elif f.open_only or f.overdue:
            statuses = frozenset(s.value for s in OPEN_STATUSES)
        return repo.DeskFilter(
            statuses=statuses,
            channel=Channel(f.channel).value if f.channel is not None else None,
            category_id=f.category_id,
            owner_id=self.ctx.current().id if f.mine else None,
            overdue_at=now if f.overdue else None,
            words=tuple(f.text.split()),
        )

    def count(self, f: CaseFilter) -> int:
        now = self.ctx.clock()
        with self.ctx.unit_of_work() as uow:
            return repo.count(uow.session, self._filter(f, now))

    def page(self, f: CaseFilter, offset: int = 0, limit: int = 200) -> builtins.list[DeskLine]:
        """One page of the list, soonest due first, each line with its clock in working time."""
        now = self.ctx.clock()
        org = self.ctx.service(SettingsService).organisation()
        zone = tz.org_zone_name(org)
        calendar = WorkCalendar.from_settings(org, zone)
        lang = _lang()
        with self.ctx.unit_of_work() as uow:
            rows = repo.page(uow.session, self._filter(f, now), offset=offset, limit=limit)
            left = _working_time_left(calendar, now, [r.case.next_due_at for r in rows])
            return [_line(r, now, left, lang) for r in rows]

    def zone(self) -> str:
        return self.ctx.service(SettingsService).time_zone()

    # ------------------------------------------------------------------------------ the call screen
    def callers(self, text: str, limit: int = 8) -> builtins.list[Caller]:
        """Media contacts (name, pinyin, phone, as the contacts' search finds them) and customer
        records (name or phone) matching what was typed."""
        from commdesk.services.contacts.service import ContactService

        text = text.strip()
        if not text:
            return []
        found = [
            Caller("contact", c.id, c.name, c.outlet or "", c.phone or "")
            for c in self.ctx.service(ContactService).search(ContactQuery(text=text), limit=limit)
        ]
        digits = "".join(ch for ch in text if ch.isdigit())
        name = "" if digits and len(digits) >= len(text.replace(" ", "").replace("+", "")) else text
        with self.ctx.unit_of_work() as uow:
            for row in repo.customers_like(uow.session, name, digits, limit):
                found.append(Caller("customer", row.id, row.name, row.phone, row.phone))
        return found[: limit * 2]

    def record_call_answers(
        self, case_id: int, first_contact_resolution: bool | None, csat: int | None
    ) -> None:
        """Keep what the caller was asked at hang-up on a case that goes on (a resolved case gets
        them through ``CaseService.resolve``): resolved on first contact (here: no) and their
        satisfaction 1-5 when asked."""
        from commdesk.services.cases.service import WORKERS

        self.ctx.require(*WORKERS, action=translate("Cases", "work on cases"))
        if csat is not None and not 1 <= csat <= 5:
            raise ValidationError({"csat": translate("Cases", "Satisfaction is a score from 1 to 5.")})
        with self.ctx.unit_of_work() as uow:
            row = cases_repo.case_row(uow.session, case_id)
            if row is None:
                raise NotFound(translate("Cases", "There is no case with id {id}.").format(id=case_id))
            if first_contact_resolution is not None:
                row.first_contact_resolution = first_contact_resolution
            if csat is not None:
                row.csat = csat
            uow.session.flush()

    def service(self) -> CaseService:
        return self.ctx.service(CaseService)


def _working_time_left(
    calendar: WorkCalendar, now: datetime, dues: builtins.list[datetime | None]
) -> dict[datetime, timedelta]:
    """Working time from ``now`` to each due time (negative when past): one walk over the calendar
    from the earliest to the latest instant in gaps between neighbours, not one walk per line."""
    points = sorted({now, *(d for d in dues if d is not None)})
    zone = calendar.zone_for(now)
    total = {points[0]: timedelta(0)}
    for a, b in itertools.pairwise(points):
        total[b] = total[a] + calendar.working_time_between(a.astimezone(zone), b.astimezone(zone))
    return {p: total[p] - total[now] for p in points}


def _line(r: cases_repo.CaseListRow, now: datetime, lefts: dict[datetime, timedelta], lang: str) -> DeskLine:
    row = r.case
    status = CaseStatus(row.status)
    summary = CaseSummary(
        id=row.id,
        reference=row.reference,
        channel=Channel(row.channel),
        status=status,
        priority=Priority(row.priority),
        summary=row.summary,
        category=category_of(r.category).name(lang) if r.category is not None else "",
        owner=r.owner_name or "",
        raised_by=r.contact_name or r.customer_name or "",
        received_at=row.received_at,
        next_due_at=row.next_due_at,
        overdue=row.next_due_at is not None and row.next_due_at <= now,
        complaint=row.complaint,
        complaint_grade=row.complaint_grade,
        version=row.version,
    )
    left = None
    if row.next_due_at is not None and status in OPEN_STATUSES:
        left = lefts.get(row.next_due_at)
    return DeskLine(summary, left, status is CaseStatus.WAITING)


def _lang() -> str:
    from commdesk.core.i18n import language

    return language()
