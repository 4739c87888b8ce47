"""Working cases: log one (a call, a letter, a walk-in, a media inquiry ...), acknowledge, route,
answer, note, wait for them, resolve, close, reopen, grade a complaint; the clocks and escalation.

Each public method is one unit of work. Clocks (HL-2, FB-2, P-1) are rows of ``case_clocks``: the
first response and the resolution start with the case, the next update with every answer. Their
state is computed by ``core.cases.clocks.evaluate`` on the organisation's working calendar from the
case's status history (waiting for them pauses them; resolved stops the resolution clock, which a
reopen continues). After every change the due times are written back and ``cases.next_due_at``
holds the earliest due of a running clock, so the case list finds overdue and soon-due cases
through an index.

Escalation (HL-4, P-1): ``escalate_overdue`` marks each clock that ran out as breached and, once per
clock, tells the case owner's manager (``CaseAdminService.managers``): always an audit event
``escalate``, and a message through the outbox when a mail account is set up and the manager has
an address.

Media inquiries (MD-5) are cases of channel ``media_inquiry`` linked to the journalist's contact;
each also keeps its entry in the contact's cooperation history (``cases.interaction_id``), which is
marked answered with the case's first response, so the contact's history and Home list them as
before.
"""

from __future__ import annotations

import builtins
import json
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from commdesk.core import timezones as tz
from commdesk.core.cases.clocks import (
    ClockKind,
    ClockPhase,
    ClockPolicy,
    ClockState,
    evaluate,
    pauses_from_history,
    resolution_inputs,
)
from commdesk.core.cases.escalation import answer_signature, escalation_mail
from commdesk.core.cases.reference import find_reference, format_reference, tag_subject
from commdesk.core.cases.replies import REPLY_LANGUAGE_KEY, normal_language
from commdesk.core.cases.workflow import (
    MANAGER,
    OPEN_STATUSES,
    CaseStatus,
    Channel,
    Priority,
    allowed_next,
    check_grade_change,
    check_grade_decision,
    check_transition,
    default_priority,
)
from commdesk.core.contacts.validation import email_key
from commdesk.core.domain.people import Person, Role
from commdesk.core.errors import NotFound, ValidationError
from commdesk.core.i18n import translate
from commdesk.core.workcalendar import WorkCalendar
from commdesk.persistence.models.cases import CaseClockRow, CaseRow, CaseStatusChangeRow
from commdesk.persistence.repositories import cases as repo
from commdesk.persistence.repositories.contacts import history as contact_history
from commdesk.persistence.repositories.contacts.merges import INTERACTIONS_ENTITY
from commdesk.persistence.unit_of_work import UnitOfWork
from commdesk.services.cases.admin import CaseAdminService, category_of
from commdesk.services.context import ServiceContext, check_version
from commdesk.services.settings import SettingsService

log = logging.getLogger(__name__)

# Who works cases (CASE_WORKERS of the workflow: officers and reviewers; managers are people).
WORKERS = (Role.OFFICER, Role.REVIEWER)

ENTRY_KINDS = ("call", "message_in", "message_out", "note")
# Entries that answer the person who raised the case (stop the first response, restart next update).
RESPONSES = frozenset({"call", "message_out"})
# No case of this desk came in before this: an earlier received time is a typing slip or a broken clock.
EARLIEST_RECEIVED = datetime(2000, 1, 1, tzinfo=UTC)
#: the code of the category a media inquiry is filed under when the administrators keep one (the
#: upgrade makes it where there were inquiries to carry over)
MEDIA_INQUIRY_CATEGORY = "media_inquiry"


def _work_action() -> str:
    return translate("Cases", "work on cases")


def _inquiry_action() -> str:
    return translate("Cases", "log or answer media inquiries (the media liaison's task: MD-5)")


@dataclass(frozen=True)
class InquiryDetails:
    """What a media inquiry's entry in the contact's cooperation history holds beyond the case."""

    channel: str = ""  # how it came (phone, e-mail ...)
    deadline: datetime | None = None  # the journalist's deadline; None: the first response's due time
    liaison: str = ""  # who speaks for the organisation; "" = the person logging it
    override_note: str = ""  # the do-not-contact warnings overridden, with the reason (audited)


@dataclass(frozen=True)
class CaseClock:
    id: int
    kind: ClockKind
    state: ClockState
    target_minutes: int | None  # None: a fixed due time (a media inquiry's deadline)
    escalated_at: datetime | None
    escalated_to_id: int | None

    @property
    def due(self) -> datetime | None:
        return self.state.due

    @property
    def phase(self) -> ClockPhase:
        return self.state.phase


@dataclass(frozen=True)
class CaseEntry:
    id: int
    kind: str
    at: datetime
    author: str
    body: str
    call_started_at: datetime | None = None
    call_ended_at: datetime | None = None
    subject: str = ""
    from_address: str = ""
    to_addresses: str = ""
    message_id: str | None = None
    outbox_id: int | None = None

    @property
    def handling_time(self) -> timedelta | None:
        """A call's length (HL-3: average handling time)."""
        if self.call_started_at is None or self.call_ended_at is None:
            return None
        return self.call_ended_at - self.call_started_at


@dataclass(frozen=True)
class StatusChange:
    at: datetime
    from_status: CaseStatus | None
    to_status: CaseStatus
    by: str
    note: str


@dataclass(frozen=True)
class CaseSummary:
    """One line of the case list."""

    id: int
    reference: str
    channel: Channel
    status: CaseStatus
    priority: Priority
    summary: str
    category: str
    owner: str
    raised_by: str  # the contact's or customer's name, "" for anonymous
    received_at: datetime
    next_due_at: datetime | None
    overdue: bool
    complaint: bool
    complaint_grade: int | None
    version: int


@dataclass(frozen=True)
class Case:
    id: int
    reference: str
    channel: Channel
    status: CaseStatus
    priority: Priority
    summary: str
    outcome: str
    category_id: int | None
    category: str
    subcategory_id: int | None
    subcategory: str
    department: str
    owner_id: int | None
    owner: str
    contact_id: int | None
    customer_id: int | None
    raised_by: str
    complaint: bool
    complaint_grade: int | None
    grade_decided_by: str
    received_at: datetime
    acknowledged_at: datetime | None
    first_response_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    first_contact_resolution: bool | None
    csat: int | None
    interaction_id: int | None
    version: int
    zone: str
    clocks: tuple[CaseClock, ...] = ()
    entries: tuple[CaseEntry, ...] = ()
    history: tuple[StatusChange, ...] = ()
    next_statuses: tuple[CaseStatus, ...] = field(default_factory=tuple)
    reply_to: str = ""  # the e-mail address an answer by mail goes to; "" when there is none

    @property
    def why_no_reply(self) -> str:
        """Why no answer can be sent by mail, in words ("" when one can)."""
        if self.reply_to:
            return ""
        return translate(
            "Cases",
            "Case {reference} has no e-mail address to answer; add one to its contact or "
            "customer record, or log the answer given another way.",
        ).format(reference=self.reference)


@dataclass(frozen=True)
class OpenedCase:
    """A case just logged inside the caller's unit of work (``CaseService.open_in``): what was
    written, as the caller needs it (an acknowledgement's values), without reading it back."""

    id: int
    reference: str
    status: CaseStatus
    category_id: int | None
    category: str
    department: str
    raised_by: str
    summary: str
    received_at: datetime
    zone: str
    clocks: tuple[CaseClock, ...]


@dataclass(frozen=True)
class MessageIn:
    """A message from them as a case's conversation keeps it (mail intake, a letter typed in)."""

    body: str
    message_id: str | None = None
    in_reply_to: str | None = None
    references: Sequence[str] = ()
    from_address: str = ""
    from_name: str = ""
    to_addresses: Sequence[str] = ()
    subject: str = ""
    at: datetime | None = None  # when it was received (None: now)
    attachments: Sequence[dict] = ()

    def columns(self) -> dict[str, Any]:
        return {
            "message_id": self.message_id,
            "in_reply_to": self.in_reply_to,
            "thread_refs": " ".join(self.references),
            "from_address": self.from_address,
            "from_name": self.from_name,
            "to_addresses": ", ".join(self.to_addresses),
            "subject": self.subject,
            "received_at": self.at,
            "attachments_json": json.dumps(list(self.attachments), ensure_ascii=False),
        }


@dataclass(frozen=True)
class EntryAdded:
    """An entry added to a case inside the caller's unit of work."""

    case_id: int
    reference: str
    entry_id: int


@dataclass(frozen=True)
class _NewCase:
    """A case to be logged, as ``create`` and ``open_in`` were given it."""

    channel: Channel
    summary: str
    received: datetime
    category: int | None = None
    subcategory: int | None = None
    contact_id: int | None = None
    contact_name: str | None = None  # known to the caller (no need to look it up)
    customer: tuple[str, str, str] | None = None
    customer_id: int | None = None
    priority: Priority | None = None
    owner_id: int | None = None
    complaint: bool | None = None
    typed: bool = True  # a person typed it (their customer details are checked), not a message


@dataclass(frozen=True)
class Escalation:
    case_id: int
    reference: str
    clock: ClockKind
    due: datetime
    manager_id: int | None
    manager: str
    outbox_ids: tuple[int, ...] = ()


class CaseService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # ------------------------------------------------------------------------------ helpers
    @property
    def admin(self) -> CaseAdminService:
        return self.ctx.service(CaseAdminService)

    def calendar(self) -> WorkCalendar:
        return self.ctx.service(SettingsService).work_calendar()

    def _place(self) -> tuple[WorkCalendar, str]:
        """The working calendar and the zone, from one reading of the organisation's settings."""
        org = self.ctx.service(SettingsService).organisation()
        zone = tz.org_zone_name(org)
        return WorkCalendar.from_settings(org, zone), zone

    def zone(self) -> str:
        return self.ctx.service(SettingsService).time_zone()

    def may_work(self) -> str:
        """ "" when the acting person may work on cases now, else why not in words."""
        return self.ctx.refusal(*WORKERS, action=_work_action())

    def _worker(self) -> Person:
        return self.ctx.require(*WORKERS, action=_work_action())

    def may_answer_inquiries(self) -> str:
        """ "" when the acting person may log and answer media inquiries now (the media liaison: an
        officer, MD-5), else why not in words."""
        return self.ctx.refusal(Role.OFFICER, action=_inquiry_action())

    def _liaison(self) -> Person:
        return self.ctx.require(Role.OFFICER, action=_inquiry_action())

    def _responding(self, row: CaseRow) -> None:
        """Answering a media inquiry is the liaison's (it is the organisation speaking, MD-5)."""
        if row.channel == Channel.MEDIA_INQUIRY.value:
            self._liaison()

    def _roles(self, person: Person) -> set[str]:
        names = {r.value for r in person.roles}
        if self.admin.is_manager(person.id):
            names.add(MANAGER)
        return names

    @staticmethod
    def _row(session: Session, case_id: int) -> CaseRow:
        row = repo.case_row(session, case_id)
        if row is None:
            raise NotFound(translate("Cases", "There is no case with id {id}.").format(id=case_id))
        return row

    def _aware(self, moment: datetime | None, name: str) -> datetime | None:
        if moment is not None and (moment.tzinfo is None or moment.utcoffset() is None):
            raise ValidationError({name: translate("Cases", "The time has no time zone; enter it with one.")})
        return moment

    # ------------------------------------------------------------------------------ reading
    def get(self, case_id: int) -> Case:
        now = self.ctx.clock()
        calendar, zone = self._place()
        with self.ctx.unit_of_work() as uow:
            row = self._row(uow.session, case_id)
            return self._case(uow.session, row, calendar, zone, now)

    def find(self, key: str) -> Case:
        """A case by its id or its reference (as written anywhere, e.g. in a subject)."""
        text = key.strip()
        if text.isdigit():
            return self.get(int(text))
        reference = find_reference(text)
        with self.ctx.unit_of_work() as uow:
            row = repo.case_by_reference(uow.session, reference) if reference else None
            if row is None:
                raise NotFound(translate("Cases", "There is no case '{key}'.").format(key=key))
            case_id = row.id
        return self.get(case_id)

    def list(
        self,
        status: CaseStatus | None = None,
        *,
        open_only: bool = False,
        overdue: bool = False,
        mine: bool = False,
        limit: int | None = 200,
        offset: int = 0,
    ) -> builtins.list[CaseSummary]:
        """Cases, soonest due first, then the newest: one page (``limit``, ``offset``)."""
        now = self.ctx.clock()
        statuses = self._statuses(status, open_only or overdue)
        owner = self.ctx.current().id if mine else None
        with self.ctx.unit_of_work() as uow:
            lines = repo.list_cases(
                uow.session,
                statuses=statuses,
                owner_id=owner,
                overdue_at=now if overdue else None,
                limit=limit,
                offset=offset,
            )
            lang = _lang()
            return [self._summary(line, now, lang) for line in lines]

    def count(
        self, status: CaseStatus | None = None, *, open_only: bool = False, overdue: bool = False
    ) -> int:
        now = self.ctx.clock()
        with self.ctx.unit_of_work() as uow:
            return repo.count_cases(
                uow.session,
                statuses=self._statuses(status, open_only or overdue),
                overdue_at=now if overdue else None,
            )

    def overdue(self) -> builtins.list[CaseSummary]:
        """Open cases with a clock past its due, the longest overdue first."""
        return self.list(overdue=True, limit=None)

    def breaching_today(self) -> builtins.list[CaseSummary]:
        """Open cases with a clock due before the end of today (the organisation's day), the
        overdue ones included, soonest first: what Home lists (P-1)."""
        now = self.ctx.clock()
        zone = self.zone()
        day = tz.today_in(zone, lambda: now)
        from datetime import time

        end = tz.wall_clock(day + timedelta(days=1), time(0), zone)
        with self.ctx.unit_of_work() as uow:
            lines = repo.list_cases(uow.session, statuses=_open_values(), due_before=end, limit=None)
            lang = _lang()
            return [self._summary(line, now, lang) for line in lines]

    @staticmethod
    def _statuses(status: CaseStatus | None, open_only: bool) -> set[str] | None:
        if status is not None:
            return {CaseStatus(status).value}
        return _open_values() if open_only else None

    @staticmethod
    def _summary(line: repo.CaseListRow, now: datetime, lang: str) -> CaseSummary:
        row = line.case
        return CaseSummary(
            id=row.id,
            reference=row.reference,
            channel=Channel(row.channel),
            status=CaseStatus(row.status),
            priority=Priority(row.priority),
            summary=row.summary,
            category=category_of(line.category).name(lang) if line.category is not None else "",
            owner=line.owner_name or "",
            raised_by=line.contact_name or line.customer_name or "",
            received_at=row.received_at,
            next_due_at=row.next_due_at,
            overdue=row.next_due_at is not None and row.next_due_at <= now,
            complaint=row.complaint,
            complaint_grade=row.complaint_grade,
            version=row.version,
        )

    @staticmethod
    def _raised_by(s: Session, row: CaseRow) -> str:
        """The name of the contact or customer who raised the case, "" for anonymous."""
        if row.contact_id is not None:
            return repo.contact_name(s, row.contact_id) or ""
        if row.customer_id is not None:
            customer = repo.customer(s, row.customer_id)
            return customer.name if customer is not None else ""
        return ""

    def _case(self, s: Session, row: CaseRow, calendar: WorkCalendar, zone: str, now: datetime) -> Case:
        lang = _lang()
        cat = repo.category(s, row.category_id) if row.category_id else None
        sub = repo.category(s, row.subcategory_id) if row.subcategory_id else None
        names = repo.person_names(s, [row.owner_id, row.grade_decided_by_id])
        raised = self._raised_by(s, row)
        changes = repo.status_history(s, row.id)
        clocks = tuple(self._clock(c, changes, calendar, now) for c in repo.clocks_of(s, row.id))
        return Case(
            id=row.id,
            reference=row.reference,
            channel=Channel(row.channel),
            status=CaseStatus(row.status),
            priority=Priority(row.priority),
            summary=row.summary,
            outcome=row.outcome,
            category_id=row.category_id,
            category=category_of(cat).name(lang) if cat else "",
            subcategory_id=row.subcategory_id,
            subcategory=category_of(sub).name(lang) if sub else "",
            department=row.department,
            owner_id=row.owner_id,
            owner=names.get(row.owner_id, "") if row.owner_id else "",
            contact_id=row.contact_id,
            customer_id=row.customer_id,
            raised_by=raised,
            complaint=row.complaint,
            complaint_grade=row.complaint_grade,
            grade_decided_by=names.get(row.grade_decided_by_id, "") if row.grade_decided_by_id else "",
            received_at=row.received_at,
            acknowledged_at=row.acknowledged_at,
            first_response_at=row.first_response_at,
            resolved_at=row.resolved_at,
            closed_at=row.closed_at,
            first_contact_resolution=row.first_contact_resolution,
            csat=row.csat,
            interaction_id=row.interaction_id,
            version=row.version,
            zone=zone,
            clocks=clocks,
            entries=tuple(_entry(e, raised) for e in repo.entries_of(s, row.id)),
            reply_to=self._address_of(s, row)[0],
            history=tuple(
                StatusChange(
                    c.at,
                    CaseStatus(c.from_status) if c.from_status else None,
                    CaseStatus(c.to_status),
                    c.by_name,
                    c.note,
                )
                for c in changes
            ),
            next_statuses=allowed_next(CaseStatus(row.status)),
        )

    # ------------------------------------------------------------------------------ clocks
    @staticmethod
    def _clock(
        row: CaseClockRow, changes: Sequence[CaseStatusChangeRow], calendar: WorkCalendar, now: datetime
    ) -> CaseClock:
        kind = ClockKind(row.kind)
        if row.target_minutes is None:
            state = _fixed_state(kind, row, calendar, now)
        else:
            steps = [(c.at, CaseStatus(c.to_status)) for c in changes]
            if kind is ClockKind.RESOLUTION:
                pauses, stopped = resolution_inputs(steps)
            else:
                pauses, stopped = pauses_from_history(steps), row.stopped_at
            state = evaluate(
                kind,
                row.started_at,
                timedelta(minutes=row.target_minutes),
                calendar,
                now,
                pauses,
                stopped,
            )
        return CaseClock(row.id, kind, state, row.target_minutes, row.escalated_at, row.escalated_to_id)

    def _refresh_clocks(
        self, s: Session, row: CaseRow, calendar: WorkCalendar, now: datetime
    ) -> builtins.list[CaseClock]:
        """Compute every clock of the case at ``now``, write back due, met and breached, and the
        case's ``next_due_at``."""
        changes = repo.status_history(s, row.id)
        out: builtins.list[CaseClock] = []
        for clock_row in repo.clocks_of(s, row.id):
            clock = self._clock(clock_row, changes, calendar, now)
            _write_state(clock_row, clock.state)
            out.append(clock)
        row.next_due_at = _next_due(row, [c.state for c in out])
        s.flush()
        return out

    def _policy(self, s: Session, row: CaseRow, calendar: WorkCalendar | None) -> ClockPolicy:
        """The clock targets of the case's categories and priority (read once per batch of an
        intake: ``ctx.cached``)."""
        key = f"cases.policy:{row.subcategory_id}:{row.category_id}:{row.priority}"
        return self.ctx.cached(
            key,
            {"case_sla_policies", "settings"},
            lambda: self.admin.clock_policy(
                (row.subcategory_id, row.category_id), Priority(row.priority), session=s, calendar=calendar
            ),
        )

    def _start_clock(
        self, s: Session, row: CaseRow, kind: ClockKind, at: datetime, calendar: WorkCalendar | None = None
    ) -> None:
        target = self._policy(s, row, calendar).target(kind)
        if target is None:
            return
        repo.add_clock(
            s,
            case_id=row.id,
            kind=kind.value,
            started_at=at,
            target_minutes=int(target.total_seconds() // 60),
        )

    def _stop_running(self, s: Session, row: CaseRow, kinds: set[ClockKind], at: datetime) -> None:
        for clock in repo.clocks_of(s, row.id):
            if clock.stopped_at is None and ClockKind(clock.kind) in kinds:
                clock.stopped_at = max(at, clock.started_at)
        s.flush()

    # ------------------------------------------------------------------------------ creating
    def create(
        self,
        channel: Channel,
        summary: str,
        *,
        category: int | None = None,
        subcategory: int | None = None,
        contact_id: int | None = None,
        customer: tuple[str, str, str] | None = None,  # (name, phone, e-mail)
        customer_id: int | None = None,
        priority: Priority | None = None,
        owner_id: int | None = None,
        received_at: datetime | None = None,
        complaint: bool | None = None,
        call: tuple[datetime, datetime] | None = None,
        note: str = "",
        answered_at: datetime | None = None,
        inquiry: InquiryDetails | None = None,
        typed: bool = True,
    ) -> Case:
        """Log a case. ``received_at`` (default now) is when it came in: a letter or a call logged
        later gives its own time, and the clocks count from then. ``call``: the call's start and end
        (an entry of the conversation, which is also the first response). ``answered_at``: they were
        already answered then (a case logged afterwards): the first response is met then.

        A media inquiry (MD-5) is logged and answered by the media liaison, an officer; its entry in
        the contact's cooperation history is written with the case (``inquiry``: what the contact's
        history adds: how it came, the journalist's deadline, the liaison, a do-not-contact override).

        ``customer``: (name, phone, e-mail) of who raised it, found among the customer records (by
        phone or address; given a name only, the one record of that exact name) or made. ``typed``:
        a person typed them, so a phone number or an address that is none is refused naming the
        field and the fix, and a name several records carry asks which is meant; False: they came
        with a message (made a case of by hand) and are kept as they came."""
        me = self._worker()
        channel = _choice(Channel, channel, "channel")
        if channel is Channel.MEDIA_INQUIRY:
            self._liaison()
        now = self.ctx.clock()
        new = _NewCase(
            channel=channel,
            summary=summary,
            received=self._aware(received_at, "received_at") or now,
            category=category,
            subcategory=subcategory,
            contact_id=contact_id,
            customer=customer,
            customer_id=customer_id,
            priority=None if priority is None else _choice(Priority, priority, "priority"),
            owner_id=owner_id,
            complaint=complaint,
            typed=typed,
        )
        errors = self._new_case_errors(new, now)
        if call is not None:
            start, end = self._aware(call[0], "call"), self._aware(call[1], "call")
            if start is None or end is None or end < start:
                errors["call"] = translate("Cases", "A call ends after it starts; check the two times.")
        answered = self._aware(answered_at, "answered_at")
        if answered is not None and answered < new.received:
            errors["answered_at"] = translate(
                "Cases", "An answer comes after the case was received; check the two times."
            )
        deadline = self._aware(inquiry.deadline, "deadline") if inquiry is not None else None
        if errors:
            raise ValidationError(errors)
        calendar, zone = self._place()
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row, clocks, _raised_by = self._open(s, me, new, calendar, zone, now)
            if channel is Channel.MEDIA_INQUIRY and contact_id is not None:
                first = next((st for _c, st in clocks if st.kind is ClockKind.FIRST_RESPONSE), None)
                details = inquiry or InquiryDetails()
                interaction = contact_history.add_interaction(
                    s,
                    contact_id=contact_id,
                    kind="inquiry",
                    at=new.received,
                    channel=details.channel.strip(),
                    summary=summary.strip(),
                    logged_by=me.name,
                    logged_by_id=me.id,
                    deadline=deadline or (first.due if first is not None else None),
                    liaison=details.liaison.strip() or me.name,
                )
                row.interaction_id = interaction.id
                if details.override_note:
                    uow.event(INTERACTIONS_ENTITY, interaction.id, "override", note=details.override_note)
                contact_history.touch_last_contact(s, [contact_id], ("inquiry",))
            if note.strip() and call is None:  # a call's notes are its entry's text, said once
                self._add_entry(s, row, me, "note", note.strip(), new.received)
            if call is not None:
                self._add_entry(s, row, me, "call", note.strip(), call[0], call=call)
                self._responded(s, row, call[0], calendar)
            if answered is not None:
                self._responded(s, row, answered, calendar)
            if call is not None or answered is not None:
                self._refresh_clocks(s, row, calendar, now)
            s.flush()
            return self._case(s, row, calendar, zone, now)

    def open_in(
        self,
        uow: UnitOfWork,
        channel: Channel,
        summary: str,
        *,
        category: int | None = None,
        contact: tuple[int, str] | None = None,  # (id, name) of a contact found by the caller
        customer: tuple[str, str, str] | None = None,  # (name, phone, e-mail)
        received_at: datetime | None = None,
        message: MessageIn | None = None,
        complaint: bool | None = None,
    ) -> OpenedCase:
        """Log a case inside the caller's unit of work (the intake's batch, a social-media comment
        made a case), with their first message; no reload: what was written is what is returned.
        ``complaint``: None takes it from the category, as ``create``. The same checks and records as
        ``create`` (the case, its status history, its clocks with their due times, the message,
        the audit entries): a case row, its history, clocks and message are written in three
        flushes at most."""
        me = self._worker()
        now = self.ctx.clock()
        new = _NewCase(
            channel=_choice(Channel, channel, "channel"),
            summary=summary,
            received=self._aware(received_at, "received_at") or now,
            category=category,
            contact_id=contact[0] if contact is not None else None,
            contact_name=contact[1] if contact is not None else None,
            customer=customer,
            complaint=complaint,
            typed=False,
        )
        if new.channel is Channel.MEDIA_INQUIRY:
            raise ValidationError(
                {"channel": translate("Cases", "A media inquiry is logged on the journalist's contact.")}
            )
        errors = self._new_case_errors(new, now)
        if errors:
            raise ValidationError(errors)
        calendar, zone = self._place()
        s = uow.session
        row, started, raised_by = self._open(s, me, new, calendar, zone, now)
        if message is not None:
            self._add_entry(
                s,
                row,
                me,
                "message_in",
                message.body.strip(),
                message.at or new.received,
                raised_by=raised_by,
                **message.columns(),
            )
        s.flush()  # the history, the clocks and the message: their ids
        clocks = tuple(CaseClock(c.id, st.kind, st, c.target_minutes, None, None) for c, st in started)
        cat = repo.category(s, row.category_id) if row.category_id else None
        return OpenedCase(
            id=row.id,
            reference=row.reference,
            status=CaseStatus(row.status),
            category_id=row.category_id,
            category=category_of(cat).name(_lang()) if cat is not None else "",
            department=row.department,
            raised_by=raised_by,
            summary=row.summary,
            received_at=row.received_at,
            zone=zone,
            clocks=clocks,
        )

    def _new_case_errors(self, new: _NewCase, now: datetime) -> dict[str, str]:
        """What is wrong with a case to be logged, by field (no database needed)."""
        errors: dict[str, str] = {}
        if not new.summary.strip():
            errors["summary"] = translate("Cases", "Say in a line what the case is about.")
        if new.received > now + timedelta(minutes=5):
            errors["received_at"] = translate(
                "Cases", "A case cannot be received in the future; give the time it came in."
            )
        elif new.received < EARLIEST_RECEIVED:
            errors["received_at"] = translate(
                "Cases",
                "A received time before 2000-01-01 cannot be right; give the time the case came in.",
            )
        if new.channel is Channel.MEDIA_INQUIRY and new.contact_id is None:
            errors["contact"] = translate(
                "Cases", "A media inquiry is linked to the journalist's contact; choose the contact."
            )
        if new.contact_id is not None and (new.customer is not None or new.customer_id is not None):
            errors["contact"] = translate(
                "Cases", "A case is raised by a contact or by a customer record, not both; choose one."
            )
        return errors

    def _open(
        self, s: Session, me: Person, new: _NewCase, calendar: WorkCalendar, zone: str, now: datetime
    ) -> tuple[CaseRow, builtins.list[tuple[CaseClockRow, ClockState]], str]:
        """Write a new case: its row (numbered), its first status and its first clocks (first
        response and resolution) with their due times worked out here, ``next_due_at`` with them;
        the row is flushed (its id), the rest is left to the next flush. Returns the row, the
        clocks with their states in the order they were added, and who raised it ("" anonymous).
        Everything it refuses is refused before it writes anything."""
        cat = repo.category(s, new.category) if new.category is not None else None
        if new.category is None and new.channel is Channel.MEDIA_INQUIRY:  # the administrators' own, if kept
            cat = repo.category_by_code(s, MEDIA_INQUIRY_CATEGORY)
        sub = repo.category(s, new.subcategory) if new.subcategory is not None else None
        if new.category is not None and cat is None:
            raise NotFound(
                translate("Cases", "There is no case category with id {id}.").format(id=new.category)
            )
        if sub is not None and (cat is None or sub.parent_id != cat.id):
            raise ValidationError(
                {
                    "subcategory": translate(
                        "Cases", "The sub-category belongs to another category; choose one of its own."
                    )
                }
            )
        contact_name = new.contact_name
        if new.contact_id is not None and contact_name is None:
            contact_name = repo.contact_name(s, new.contact_id)
            if contact_name is None:
                raise NotFound(
                    translate("Cases", "There is no contact with id {id}.").format(id=new.contact_id)
                )
        customer_id, raised_by = new.customer_id, contact_name or ""
        if new.customer is not None:
            customer_id, raised_by = self._customer(s, *new.customer, typed=new.typed)
        elif customer_id is not None:
            known = repo.customer(s, customer_id)
            if known is None:
                raise NotFound(
                    translate("Cases", "There is no customer record with id {id}.").format(id=customer_id)
                )
            raised_by = known.name
        year = tz.to_zone(new.received, zone).year
        department = (sub.department if sub is not None else "") or (
            cat.department if cat is not None else ""
        )
        row = CaseRow(
            channel=new.channel.value,
            contact_id=new.contact_id,
            customer_id=customer_id,
            category_id=cat.id if cat is not None else None,
            subcategory_id=sub.id if sub is not None else None,
            department=department,
            owner_id=new.owner_id if new.owner_id is not None else me.id,
            priority=Priority(new.priority or default_priority(new.channel)).value,
            complaint=bool(
                new.complaint
                if new.complaint is not None
                else (cat is not None and cat.complaint) or (sub is not None and sub.complaint)
            ),
            status=CaseStatus.NEW.value,
            summary=new.summary.strip(),
            outcome="",
            received_at=new.received,
            created_by_id=me.id,
            updated_by_id=me.id,
        )
        policy = self._policy(s, row, calendar)
        started: builtins.list[tuple[ClockKind, int, ClockState]] = []
        for kind in (ClockKind.FIRST_RESPONSE, ClockKind.RESOLUTION):
            target = policy.target(kind)
            if target is not None:
                minutes = int(target.total_seconds() // 60)
                state = evaluate(kind, new.received, timedelta(minutes=minutes), calendar, now)
                started.append((kind, minutes, state))
        row.next_due_at = _next_due(row, [st for _k, _m, st in started])
        row.reference = format_reference(year, repo.next_reference_number(s, year))
        repo.add_case(s, row)
        repo.stage(
            s,
            CaseStatusChangeRow(
                case_id=row.id,
                from_status=None,
                to_status=CaseStatus.NEW.value,
                at=new.received,
                by_id=me.id,
                by_name=me.name,
                note="",
            ),
        )
        clocks = []
        for kind, minutes, state in started:
            clock = CaseClockRow(
                case_id=row.id, kind=kind.value, started_at=new.received, target_minutes=minutes, met=None
            )
            _write_state(clock, state)
            clocks.append((clock, state))
        repo.stage(s, *(c for c, _st in clocks))
        repo.keep(s, row)  # the caller comes back to it in its unit of work (no read again)
        return row, clocks, raised_by

    def _customer(
        self, s: Session, name: str, phone: str, email: str, *, typed: bool = True
    ) -> tuple[int, str]:
        """(id, name) of the customer record with this phone or address (given the name it lacked),
        else, given a name only, the one record of that exact name, else a new record.

        ``typed``: a person typed the details (``create``): a phone number or an address that is
        none is refused, naming the field and the fix, and a name that several records carry asks
        which one is meant. A message's details (intake) are kept as they came: a form's odd phone
        number never sets a message aside."""
        name = name.strip()
        phone, email = _contact_details(phone, email, typed=typed)
        if phone or email:
            found = repo.customers_matching(s, phone, email_key(email))
            if found:
                row = found[0]
                if name and not row.name:
                    row.name = name
                repo.keep(s, row)
                return row.id, row.name
        elif name and typed:
            named = repo.customers_named(s, name)
            if len(named) == 1:
                repo.keep(s, named[0])
                return named[0].id, named[0].name
            if named:
                raise ValidationError(
                    {
                        "customer": translate(
                            "Cases",
                            "{count} customer records are named {name}; give the phone number or "
                            "e-mail address of the one you mean as well.",
                        ).format(count=len(named), name=name)
                    }
                )
        if not (name or phone or email):
            raise ValidationError(
                {"customer": translate("Cases", "Give the customer's name, phone or e-mail address.")}
            )
        row = repo.add_customer(s, name=name, phone=phone, email=email, email_key=email_key(email))
        repo.keep(s, row)
        return row.id, row.name

    def adopt_inquiries(self) -> int:
        """Make a case of every media inquiry of the contacts' history that has none yet (one logged
        in a contact's history rather than as a case), as the upgrade did with the earlier ones:
        linked to the contact and the history entry, its deadline the first response's due time.
        Returns how many cases were made."""
        self._worker()
        zone = self.zone()
        now = self.ctx.clock()
        calendar = self.calendar()
        made = 0
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            category = repo.category_by_key(s, "media_inquiry")
            for entry in repo.inquiries_without_case(s):
                self._adopt(s, entry, category, zone, calendar, now)
                made += 1
        return made

    def _adopt(
        self, s: Session, entry, category, zone: str, calendar: WorkCalendar, now: datetime
    ) -> CaseRow:
        """The case of one media inquiry of the contacts' history that has none: acknowledged when
        it was logged, resolved when it was answered, its deadline the first response's due time."""
        me = self.ctx.current()
        year = tz.to_zone(entry.at, zone).year
        answered = entry.answered_at
        status = CaseStatus.RESOLVED if answered is not None else CaseStatus.ACKNOWLEDGED
        row = repo.add_case(
            s,
            CaseRow(
                reference=format_reference(year, repo.next_reference_number(s, year)),
                channel=Channel.MEDIA_INQUIRY.value,
                contact_id=entry.contact_id,
                category_id=category.id if category is not None else None,
                department=category.department if category is not None else "",
                owner_id=entry.logged_by_id,
                priority=default_priority(Channel.MEDIA_INQUIRY).value,
                status=status.value,
                summary=entry.summary or "",
                outcome="",
                received_at=entry.at,
                acknowledged_at=entry.at,
                first_response_at=answered,
                resolved_at=answered,
                interaction_id=entry.id,
                created_by_id=me.id,
                updated_by_id=me.id,
            ),
        )
        steps: builtins.list[tuple[CaseStatus | None, CaseStatus, datetime]] = [
            (None, CaseStatus.ACKNOWLEDGED, entry.at)
        ]
        if answered is not None:
            steps.append((CaseStatus.ACKNOWLEDGED, CaseStatus.RESOLVED, answered))
        for before, after, when in steps:
            repo.add_status_change(
                s,
                case_id=row.id,
                from_status=before.value if before else None,
                to_status=after.value,
                at=when,
                by_id=entry.logged_by_id,
                by_name=entry.logged_by,
            )
        if entry.deadline is not None:
            repo.add_clock(
                s,
                case_id=row.id,
                kind=ClockKind.FIRST_RESPONSE.value,
                started_at=entry.at,
                target_minutes=None,
                due_at=entry.deadline,
                stopped_at=answered,
            )
        self._refresh_clocks(s, row, calendar, now)
        return row

    def answer_inquiry(self, interaction_id: int, answered_at: datetime) -> int:
        """A media inquiry was answered at ``answered_at`` (recorded from the contact's cooperation
        history): its case's first response is met at once and its clocks follow; an inquiry of the
        history that has no case yet gets one (as ``adopt_inquiries`` makes), already answered.
        An answer given earlier is corrected in the history only. Returns the case's id."""
        self._worker()
        self._liaison()
        answered = self._aware(answered_at, "answered_at")
        assert answered is not None
        calendar, zone = self._place()
        now = self.ctx.clock()
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            entry = contact_history.interaction(s, interaction_id)
            if entry is None or entry.kind != "inquiry":
                raise NotFound(
                    translate("Cases", "There is no media inquiry with id {id}.").format(id=interaction_id)
                )
            row = repo.case_by_interaction(s, interaction_id)
            if row is None:
                entry.answered_at = answered
                s.flush()
                row = self._adopt(s, entry, repo.category_by_key(s, "media_inquiry"), zone, calendar, now)
                return row.id
            if row.first_response_at is None:
                self._responded(s, row, answered, calendar)
                if CaseStatus(row.status) in (CaseStatus.NEW, CaseStatus.ACKNOWLEDGED):
                    self._move(s, row, self.ctx.current(), CaseStatus.IN_PROGRESS, now, "")
                row.updated_by_id = self.ctx.current().id
                self._refresh_clocks(s, row, calendar, now)
            else:
                entry.answered_at = answered
                s.flush()
            return row.id

    # ------------------------------------------------------------------------------ conversation
    def _add_entry(
        self,
        s: Session,
        row: CaseRow,
        me: Person,
        kind: str,
        body: str,
        at: datetime,
        *,
        call: tuple[datetime, datetime] | None = None,
        raised_by: str | None = None,  # the case's contact or customer, when the caller knows it
        **mail: object,
    ):
        # A message from them is theirs: its author is the sender, never the staff member who took
        # it in (that one is the actor of the entry's audit record).
        theirs = kind == "message_in"
        author = (
            _sender(
                str(mail.get("from_name") or ""),
                str(mail.get("from_address") or ""),
                self._raised_by(s, row) if raised_by is None else raised_by,
            )
            if theirs
            else me.name
        )
        mail.pop("from_name", None)
        return repo.add_entry(
            s,
            case_id=row.id,
            kind=kind,
            at=at,
            author_id=None if theirs else me.id,
            author_name=author,
            body=body,
            call_started_at=call[0] if call else None,
            call_ended_at=call[1] if call else None,
            **mail,
        )

    def _responded(self, s: Session, row: CaseRow, at: datetime, calendar: WorkCalendar) -> None:
        """They were answered at ``at``: the first response is met, the next update starts again,
        a media inquiry's history entry is answered."""
        if row.first_response_at is None:
            row.first_response_at = at
            if row.interaction_id is not None:
                entry = contact_history.interaction(s, row.interaction_id)
                if entry is not None and entry.answered_at is None:
                    entry.answered_at = at
        self._stop_running(s, row, {ClockKind.FIRST_RESPONSE, ClockKind.NEXT_UPDATE}, at)
        if CaseStatus(row.status) in OPEN_STATUSES:
            self._start_clock(s, row, ClockKind.NEXT_UPDATE, at, calendar)

    def add_note(self, case_id: int, body: str) -> Case:
        """An internal note (not sent to anyone)."""
        return self._entry(case_id, "note", body)

    def log_call(self, case_id: int, started: datetime, ended: datetime, body: str = "") -> Case:
        """A call with them (their call or ours): an answer, and its handling time (HL-3)."""
        return self._entry(case_id, "call", body, call=(started, ended))

    def log_message_out(self, case_id: int, body: str, at: datetime | None = None) -> Case:
        """An answer sent another way than through the outbox (a letter, a text message)."""
        return self._entry(case_id, "message_out", body, at=at)

    def add_message_in(
        self,
        case_id: int,
        body: str,
        *,
        message_id: str | None = None,
        in_reply_to: str | None = None,
        references: Sequence[str] = (),
        from_address: str = "",
        from_name: str = "",
        to_addresses: Sequence[str] = (),
        subject: str = "",
        received_at: datetime | None = None,
        attachments: Sequence[dict] = (),
    ) -> Case:
        """A message from them joins the case (mail intake, a letter typed in); a case waiting for
        them goes back to in progress. Its author is the sender (``from_name <from_address>``, the
        case's contact or customer when the message does not name one), not the one taking it in."""
        message = MessageIn(
            body,
            message_id=message_id,
            in_reply_to=in_reply_to,
            references=references,
            from_address=from_address,
            from_name=from_name,
            to_addresses=to_addresses,
            subject=subject,
            at=received_at,
            attachments=attachments,
        )
        return self._entry(case_id, "message_in", body, at=received_at, mail=message.columns())

    def message_in(
        self, uow: UnitOfWork, case_id: int, message: MessageIn, *, new: bool = False
    ) -> EntryAdded:
        """``add_message_in`` inside the caller's unit of work, without reading the case back.
        ``new``: the caller made sure no case holds the message yet (the database refuses a second
        copy all the same)."""
        me = self._worker()
        when = self._aware(message.at, "at") or self.ctx.clock()
        return self._entry_in(
            uow, case_id, me, "message_in", message.body, when, mail=message.columns(), checked=new
        )

    def note_in(self, uow: UnitOfWork, case_id: int, body: str) -> EntryAdded:
        """An internal note inside the caller's unit of work, without reading the case back."""
        me = self._worker()
        if not body.strip():
            raise ValidationError({"body": translate("Cases", "Write the text first.")})
        return self._entry_in(uow, case_id, me, "note", body, self.ctx.clock())

    def _entry(
        self,
        case_id: int,
        kind: str,
        body: str,
        *,
        at: datetime | None = None,
        call: tuple[datetime, datetime] | None = None,
        mail: dict | None = None,
    ) -> Case:
        me = self._worker()
        now = self.ctx.clock()
        when = self._aware(at, "at") or (call[0] if call else now)
        if call is not None:
            self._aware(call[0], "call")
            self._aware(call[1], "call")
            if call[1] < call[0]:
                raise ValidationError(
                    {"call": translate("Cases", "A call ends after it starts; check the two times.")}
                )
        if kind in ("note", "message_out") and not body.strip():
            raise ValidationError({"body": translate("Cases", "Write the text first.")})
        calendar, zone = self._place()
        with self.ctx.unit_of_work() as uow:
            self._entry_in(uow, case_id, me, kind, body, when, call=call, mail=mail)
            row = self._row(uow.session, case_id)
            self._refresh_clocks(uow.session, row, calendar, now)
            return self._case(uow.session, row, calendar, zone, now)

    def _entry_in(
        self,
        uow: UnitOfWork,
        case_id: int,
        me: Person,
        kind: str,
        body: str,
        when: datetime,
        *,
        call: tuple[datetime, datetime] | None = None,
        mail: dict | None = None,
        checked: bool = False,
    ) -> EntryAdded:
        """Add an entry to the case: an answer stops the first response and restarts the next
        update; a message from them resumes a case waiting for them. The clocks are worked out
        again only when one of them changed (``checked``: the caller knows no case holds the
        message's Message-ID)."""
        s = uow.session
        row = self._row(s, case_id)
        if kind in RESPONSES:
            self._responding(row)
        message_id = (mail or {}).get("message_id")
        if message_id and not checked and repo.entry_by_message_id(s, str(message_id)):
            raise ValidationError(
                {
                    "message_id": translate(
                        "Cases", "This message is already in a case; it is not added twice."
                    )
                }
            )
        entry = self._add_entry(s, row, me, kind, body.strip(), when, call=call, **(mail or {}))
        moved = kind in RESPONSES
        if kind in RESPONSES:
            self._responded(s, row, when, self.calendar())
        if kind == "message_in" and CaseStatus(row.status) is CaseStatus.WAITING:
            self._move(s, row, me, CaseStatus.IN_PROGRESS, when, "")
            moved = True
        row.updated_by_id = me.id
        if moved:
            self._refresh_clocks(s, row, self.calendar(), self.ctx.clock())
        s.flush()
        return EntryAdded(row.id, row.reference, entry.id)

    def reply(
        self,
        case_id: int,
        body: str,
        subject: str = "",
        *,
        override: str | None = None,
        expected_version: int | None = None,
    ) -> tuple[Case, builtins.list[int]]:
        """Answer them by mail through the outbox: the subject carries the case's reference (so
        their answer comes back to this case); returns the case and the outbox message ids."""
        from commdesk.core.mail.compose import Delivery, Draft
        from commdesk.core.mail.merge import Recipient
        from commdesk.services.mail.outbox import OutboxService

        me = self._worker()
        if not body.strip():
            raise ValidationError({"body": translate("Cases", "Write the text first.")})
        outbox = self.ctx.service(OutboxService)
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._locked(s, case_id, expected_version)
            self._responding(row)
            address, name = self._address_of(s, row)
            if not address:
                raise ValidationError(
                    {
                        "to": translate(
                            "Cases",
                            "Case {reference} has no e-mail address to answer; add one to its contact or "
                            "customer record, or log the answer given another way.",
                        ).format(reference=row.reference)
                    }
                )
            text = subject.strip() or row.summary.splitlines()[0][:120]
            draft = Draft(
                subject=tag_subject(text, row.reference),
                body=body.strip(),
                recipients=[Recipient(address=address, name=name)],
                delivery=Delivery.DIRECT,
                headers=self._thread_headers(s, row),
                # signed by whoever wrote it, not by the name an account's signature may hold
                signature=answer_signature(me.name, self.ctx.service(SettingsService).organisation().name),
                # what they wrote, quotes of the customer's words included ("{{ name }}" too); a
                # canned response was filled in before it reached the text
                literal=True,
            )
        # queued first (the outbox's own checks and unit of work): an answer is recorded only
        # once it waits in the outbox
        ids = outbox.queue(draft, "cases", case_id, override=override)
        now = self.ctx.clock()
        calendar, zone = self._place()
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._row(s, case_id)
            self._add_entry(
                s,
                row,
                me,
                "message_out",
                body.strip(),
                now,
                subject=draft.subject,
                to_addresses=address,
                outbox_id=ids[0] if ids else None,
            )
            self._responded(s, row, now, calendar)
            if CaseStatus(row.status) in (CaseStatus.NEW, CaseStatus.ACKNOWLEDGED):
                self._move(s, row, me, CaseStatus.IN_PROGRESS, now, "")
            row.updated_by_id = me.id
            self._refresh_clocks(s, row, calendar, now)
            return self._case(s, row, calendar, zone, now), ids

    @staticmethod
    def _thread_headers(s: Session, row: CaseRow) -> dict[str, str]:
        """In-Reply-To and References of their latest message, so mail programs thread the answer."""
        last = next(
            (e for e in reversed(repo.entries_of(s, row.id)) if e.kind == "message_in" and e.message_id), None
        )
        if last is None or last.message_id is None:
            return {}
        refs = " ".join(x for x in (last.thread_refs, last.message_id) if x)
        return {"In-Reply-To": last.message_id, "References": refs}

    @staticmethod
    def _address_of(s: Session, row: CaseRow) -> tuple[str, str]:
        """(e-mail, name) to answer: the sender of their latest message, else the contact's or
        customer's address."""
        from commdesk.persistence.repositories.contacts.details import contact_row

        for entry in reversed(repo.entries_of(s, row.id)):
            if entry.kind == "message_in" and entry.from_address:
                return entry.from_address, ""
        if row.contact_id is not None:
            contact = contact_row(s, row.contact_id)
            if contact is not None:
                return contact.primary_email, contact.full_name
        if row.customer_id is not None:
            customer = repo.customer(s, row.customer_id)
            if customer is not None:
                return customer.email, customer.name
        return "", ""

    # ------------------------------------------------------------------------------ status
    def _move(self, s: Session, row: CaseRow, me: Person, new: CaseStatus, at: datetime, note: str) -> None:
        """Move the case to ``new`` and note it in its history (written with the next flush)."""
        old = CaseStatus(row.status)
        check_transition(old, new)
        row.status = new.value
        repo.stage(
            s,
            CaseStatusChangeRow(
                case_id=row.id,
                from_status=old.value,
                to_status=new.value,
                at=at,
                by_id=me.id,
                by_name=me.name,
                note=note,
            ),
        )

    def set_status(
        self, case_id: int, status: CaseStatus, *, expected_version: int | None = None, note: str = ""
    ) -> Case:
        """Move a case along its workflow (acknowledged, in progress, waiting for them ...);
        resolving goes through ``resolve`` (it needs the outcome), reopening through ``reopen``."""
        status = _choice(CaseStatus, status, "status")
        if status is CaseStatus.RESOLVED:
            return self.resolve(case_id, expected_version=expected_version)
        if status is CaseStatus.CLOSED:
            return self.close(case_id, expected_version=expected_version)
        me = self._worker()
        now = self.ctx.clock()
        calendar, zone = self._place()
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._locked(s, case_id, expected_version)
            reopen = CaseStatus(row.status) not in OPEN_STATUSES
            self._move(s, row, me, status, now, note.strip())
            if status is CaseStatus.ACKNOWLEDGED and row.acknowledged_at is None:
                row.acknowledged_at = now
            if reopen:
                self._reopened(s, row, now, calendar)
            row.updated_by_id = me.id
            self._refresh_clocks(s, row, calendar, now)
            return self._case(s, row, calendar, zone, now)

    def acknowledged_in(self, uow: UnitOfWork, case_id: int, note: str = "") -> bool:
        """A new case was acknowledged (the intake queued the acknowledgement), inside the caller's
        unit of work (written with its next flush): moved to acknowledged unless it moved on
        already; its clocks are not touched (acknowledging neither pauses nor stops them). True
        when it moved."""
        me = self._worker()
        s = uow.session
        row = self._row(s, case_id)
        if CaseStatus(row.status) is not CaseStatus.NEW:
            return False
        now = self.ctx.clock()
        self._move(s, row, me, CaseStatus.ACKNOWLEDGED, now, note.strip())
        if row.acknowledged_at is None:
            row.acknowledged_at = now
        row.updated_by_id = me.id
        return True

    def acknowledge(self, case_id: int, *, expected_version: int | None = None) -> Case:
        return self.set_status(case_id, CaseStatus.ACKNOWLEDGED, expected_version=expected_version)

    def wait_for_them(self, case_id: int, note: str = "", *, expected_version: int | None = None) -> Case:
        """Waiting for them: the clocks stand still until they answer or work goes on."""
        return self.set_status(case_id, CaseStatus.WAITING, expected_version=expected_version, note=note)

    def resume(self, case_id: int, *, expected_version: int | None = None) -> Case:
        return self.set_status(case_id, CaseStatus.IN_PROGRESS, expected_version=expected_version)

    def reopen(self, case_id: int, reason: str, *, expected_version: int | None = None) -> Case:
        if not reason.strip():
            raise ValidationError({"reason": translate("Cases", "Say why the case is reopened.")})
        return self.set_status(
            case_id, CaseStatus.IN_PROGRESS, expected_version=expected_version, note=reason
        )

    def _reopened(self, s: Session, row: CaseRow, at: datetime, calendar: WorkCalendar) -> None:
        row.resolved_at = None
        row.closed_at = None
        for clock in repo.clocks_of(s, row.id):
            if clock.kind == ClockKind.RESOLUTION.value:
                clock.stopped_at = None  # goes on from where it stood (resolution_inputs)
        self._start_clock(s, row, ClockKind.NEXT_UPDATE, at, calendar)
        s.flush()

    def _locked(self, s: Session, case_id: int, expected_version: int | None) -> CaseRow:
        row = self._row(s, case_id)
        check_version(translate("Cases", "case"), row.version, expected_version, mine=None, theirs=None)
        return row

    def resolve(
        self,
        case_id: int,
        outcome: str = "",
        *,
        first_contact_resolution: bool | None = None,
        csat: int | None = None,
        at: datetime | None = None,
        expected_version: int | None = None,
    ) -> Case:
        """Resolved: the outcome (FB-4: they are told it), resolved on first contact (HL-3), their
        satisfaction 1-5 when asked (EV-5). A complaint is resolved by someone who may decide its
        grade (HL-4)."""
        me = self._worker()
        now = self.ctx.clock()
        when = self._aware(at, "at") or now
        if csat is not None and not 1 <= csat <= 5:
            raise ValidationError({"csat": translate("Cases", "Satisfaction is a score from 1 to 5.")})
        calendar, zone = self._place()
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._locked(s, case_id, expected_version)
            if row.complaint:
                if row.complaint_grade is None:
                    raise ValidationError(
                        {"grade": translate("Cases", "Grade the complaint (1, 2 or 3) before resolving it.")}
                    )
                check_grade_decision(row.complaint_grade, self._roles(me))
            self._move(s, row, me, CaseStatus.RESOLVED, when, outcome.strip())
            if outcome.strip():
                row.outcome = outcome.strip()
            row.resolved_at = when
            if first_contact_resolution is not None:
                row.first_contact_resolution = first_contact_resolution
            if csat is not None:
                row.csat = csat
            if row.first_response_at is None:  # settled at once: that was the answer
                self._responded(s, row, when, calendar)
            self._stop_running(
                s, row, {ClockKind.FIRST_RESPONSE, ClockKind.NEXT_UPDATE, ClockKind.RESOLUTION}, when
            )
            row.updated_by_id = me.id
            self._refresh_clocks(s, row, calendar, now)
            return self._case(s, row, calendar, zone, now)

    def close(self, case_id: int, *, expected_version: int | None = None) -> Case:
        me = self._worker()
        now = self.ctx.clock()
        calendar, zone = self._place()
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._locked(s, case_id, expected_version)
            self._move(s, row, me, CaseStatus.CLOSED, now, "")
            row.closed_at = now
            row.updated_by_id = me.id
            self._refresh_clocks(s, row, calendar, now)
            return self._case(s, row, calendar, zone, now)

    # ------------------------------------------------------------------------------ routing, grade
    def assign(
        self,
        case_id: int,
        *,
        owner_id: int | None = None,
        category: int | None = None,
        subcategory: int | None = None,
        priority: Priority | None = None,
        expected_version: int | None = None,
    ) -> Case:
        """Route a case: its owner, its category and sub-category (the department follows the
        category, FB-3) and its priority. Only what is given changes."""
        me = self._worker()
        now = self.ctx.clock()
        calendar, zone = self._place()
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._locked(s, case_id, expected_version)
            if owner_id is not None:
                if not repo.person_names(s, [owner_id]):
                    raise NotFound(translate("Cases", "There is no person with id {id}.").format(id=owner_id))
                row.owner_id = owner_id
            if category is not None:
                cat = repo.category(s, category)
                if cat is None or cat.parent_id is not None:
                    raise ValidationError({"category": translate("Cases", "Choose a top-level category.")})
                row.category_id, row.subcategory_id = cat.id, None
                row.department = cat.department
                row.complaint = row.complaint or cat.complaint
            if subcategory is not None:
                sub = repo.category(s, subcategory)
                if sub is None or sub.parent_id != row.category_id:
                    raise ValidationError(
                        {
                            "subcategory": translate(
                                "Cases",
                                "The sub-category belongs to another category; choose one of its own.",
                            )
                        }
                    )
                row.subcategory_id = sub.id
                row.department = sub.department or row.department
                row.complaint = row.complaint or sub.complaint
            if priority is not None and _choice(Priority, priority, "priority").value != row.priority:
                row.priority = Priority(priority).value
                self._retarget(s, row, calendar)
            row.updated_by_id = me.id
            self._refresh_clocks(s, row, calendar, now)
            return self._case(s, row, calendar, zone, now)

    def _retarget(self, s: Session, row: CaseRow, calendar: WorkCalendar) -> None:
        """The running clocks take the targets of the case's new priority (or category)."""
        policy = self.admin.clock_policy(
            (row.subcategory_id, row.category_id), Priority(row.priority), session=s, calendar=calendar
        )
        for clock in repo.clocks_of(s, row.id):
            target = policy.target(ClockKind(clock.kind))
            if clock.target_minutes is not None and clock.stopped_at is None and target is not None:
                clock.target_minutes = int(target.total_seconds() // 60)
        s.flush()

    def set_grade(self, case_id: int, grade: int | None, *, expected_version: int | None = None) -> Case:
        """Grade a complaint 1-3 (HL-4; None: not a complaint). Anyone working cases may grade or
        raise it; lowering or removing a grade needs the authority of the grade it had."""
        me = self._worker()
        now = self.ctx.clock()
        calendar, zone = self._place()
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._locked(s, case_id, expected_version)
            check_grade_change(row.complaint_grade, grade, self._roles(me))
            old = row.complaint_grade
            row.complaint_grade = grade
            row.complaint = grade is not None or row.complaint
            row.grade_decided_by_id = me.id
            row.grade_decided_at = now
            row.updated_by_id = me.id
            uow.event("cases", row.id, "grade", field="complaint_grade", old=old, new=grade)
            self._refresh_clocks(s, row, calendar, now)
            return self._case(s, row, calendar, zone, now)

    def edit(
        self,
        case_id: int,
        *,
        summary: str | None = None,
        outcome: str | None = None,
        expected_version: int | None = None,
    ) -> Case:
        me = self._worker()
        now = self.ctx.clock()
        calendar, zone = self._place()
        if summary is not None and not summary.strip():
            raise ValidationError({"summary": translate("Cases", "Say in a line what the case is about.")})
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            row = self._locked(s, case_id, expected_version)
            if summary is not None:
                row.summary = summary.strip()
            if outcome is not None:
                row.outcome = outcome.strip()
            row.updated_by_id = me.id
            s.flush()
            return self._case(s, row, calendar, zone, now)

    # ------------------------------------------------------------------------------ escalation
    def escalate_overdue(self) -> builtins.list[Escalation]:
        """Mark every clock that ran out as breached and tell the owner's manager, once per clock
        (an audit event always; a message through the outbox when mail is set up and the manager
        has an address). Safe to run from several desks: a clock is escalated once."""
        self._worker()
        now = self.ctx.clock()
        calendar = self.calendar()
        managers = self.admin.managers()
        done: builtins.list[Escalation] = []
        to_tell: builtins.list[tuple[int, str, str, str, CaseClock, int]] = []
        refreshed: set[int] = set()
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            for clock_row in repo.running_clocks_due(s, now, not_escalated=True):
                row = self._row(s, clock_row.case_id)
                if self._answered_in_contact_history(s, row, calendar):
                    refreshed.add(row.id)
                    continue  # a media inquiry answered from the contact's history meanwhile
                changes = repo.status_history(s, row.id)
                clock = self._clock(clock_row, changes, calendar, now)
                breached = clock.state.breached_at
                if breached is None:
                    continue  # moved by a pause or a new calendar since: not due yet
                if clock_row.breached_at is None:
                    clock_row.breached_at = breached
                if clock.state.stopped is not None:
                    continue  # met late: nothing left to hurry
                manager_id = managers.get(row.owner_id) if row.owner_id is not None else None
                if not repo.mark_escalated(s, clock_row.id, now, manager_id):
                    continue  # another desk did it just now
                names = repo.person_names(s, [manager_id])
                manager = names.get(manager_id, "") if manager_id is not None else ""
                uow.event(
                    "cases",
                    row.id,
                    "escalate",
                    field=clock_row.kind,
                    new=manager or None,
                    note=translate(
                        "Cases", "{clock} of case {reference} ran out at {due}; told: {manager}"
                    ).format(
                        clock=clock.kind.label,
                        reference=row.reference,
                        due=tz.format_instant(breached, calendar.zone or "UTC"),
                        manager=manager or translate("Cases", "nobody (no manager in the settings)"),
                    ),
                )
                done.append(Escalation(row.id, row.reference, clock.kind, breached, manager_id, manager))
                if manager_id is not None:
                    to_tell.append((row.id, row.reference, row.summary, row.status, clock, manager_id))
            for case_id in refreshed | {e.case_id for e in done}:
                self._refresh_clocks(s, self._row(s, case_id), calendar, now)
        # the messages after the escalations are recorded: a mail problem never undoes them
        told: dict[tuple[int, ClockKind], tuple[int, ...]] = {}
        for case_id, reference, summary, status, clock, manager_id in to_tell:
            told[(case_id, clock.kind)] = self._tell_manager(
                reference, summary, status, clock, manager_id, case_id
            )
        return [replace(e, outbox_ids=told.get((e.case_id, e.clock), ())) for e in done]

    def _answered_in_contact_history(self, s: Session, row: CaseRow, calendar: WorkCalendar) -> bool:
        """A media inquiry marked answered in the contact's history (the contacts pane) but not on
        its case: the answer is taken over as the first response. True when it was."""
        if row.interaction_id is None or row.first_response_at is not None:
            return False
        entry = contact_history.interaction(s, row.interaction_id)
        if entry is None or entry.answered_at is None:
            return False
        self._responded(s, row, entry.answered_at, calendar)
        return True

    def _tell_manager(
        self, reference: str, summary: str, status: str, clock: CaseClock, manager_id: int, case_id: int
    ) -> tuple[int, ...]:
        """Queue a message to the manager (when mail is set up and they have an address)."""
        from commdesk.core.errors import CommdeskError
        from commdesk.core.mail.compose import Delivery, Draft
        from commdesk.core.mail.merge import Recipient
        from commdesk.services.mail.outbox import OutboxService

        outbox = self.ctx.service(OutboxService)
        with self.ctx.unit_of_work() as uow:
            manager = repo.person_row(uow.session, manager_id)
            name, address = (manager.name, manager.email) if manager is not None else ("", "")
        if not address or outbox.accounts.account() is None or outbox.may_send():
            return ()
        # in the language the desk writes in, whatever language this program runs in (a desk in
        # English, a schedule): the manager reads it, not whoever escalated; signed by the desk
        settings = self.ctx.service(SettingsService)
        org = settings.organisation()
        mail = escalation_mail(
            normal_language(settings.get(REPLY_LANGUAGE_KEY, "zh_CN")),
            clock=clock.kind,
            reference=reference,
            due=tz.format_instant(clock.state.breached_at, tz.org_zone_name(org)),
            summary=summary,
            status=CaseStatus(status),
            organisation=org.name,
        )
        draft = Draft(
            subject=tag_subject(mail.subject, reference),
            body=mail.body,
            recipients=[Recipient(address=address, name=name)],
            delivery=Delivery.DIRECT,
            signature=mail.signature,
            literal=True,  # filled in: the case's summary may hold braces
        )
        try:
            return tuple(
                outbox.queue(
                    draft, "cases", case_id, override=translate("Cases", "escalation of an overdue case")
                )
            )
        except CommdeskError:  # recorded in the audit log either way; the mail is a courtesy
            log.warning("the escalation message of a case could not be queued", exc_info=True)
            return ()

    def contacts_named(self, text: str) -> builtins.list[tuple[int, str]]:
        """(id, name) of the media contacts ``text`` names: a contact's number, or its exact name."""
        with self.ctx.unit_of_work() as uow:
            key = text.strip()
            if key.isdigit():
                name = repo.contact_name(uow.session, int(key))
                return [(int(key), name)] if name is not None else []
            return repo.contact_by_name(uow.session, key)

    # ------------------------------------------------------------------------------ mailbox cursor
    def mailbox_cursor(self, account_key: str) -> tuple[int, int] | None:
        """(UIDVALIDITY, last UID fetched) of a mailbox, None before its first fetch."""
        with self.ctx.unit_of_work() as uow:
            row = repo.mailbox_cursor(uow.session, account_key)
            return None if row is None else (int(row.uidvalidity), int(row.last_uid))

    def save_mailbox_cursor(self, account_key: str, uidvalidity: int, last_uid: int) -> None:
        self._worker()
        with self.ctx.unit_of_work() as uow:
            repo.save_mailbox_cursor(uow.session, account_key, uidvalidity, last_uid)

    def case_for_message(self, subject: str, message_ids: Sequence[str]) -> int | None:
        """The case a message belongs to: by a reference in its subject, else by its thread
        (In-Reply-To / References naming a message of a case)."""
        reference = find_reference(subject)
        with self.ctx.unit_of_work() as uow:
            if reference:
                row = repo.case_by_reference(uow.session, reference)
                if row is not None:
                    return row.id
            return repo.case_of_messages(uow.session, message_ids)


# ------------------------------------------------------------------------------ module helpers
E = TypeVar("E", Channel, Priority, CaseStatus)


def _choice(kind: type[E], value: str, name: str) -> E:
    """``kind(value)``, or a ValidationError naming the values there are."""
    try:
        return kind(value)
    except ValueError:
        raise ValidationError(
            {
                name: translate("Cases", "'{value}' is not one of: {choices}.").format(
                    value=value, choices=", ".join(k.value for k in kind)
                )
            }
        ) from None


def _open_values() -> set[str]:
    return {s.value for s in OPEN_STATUSES}


def _lang() -> str:
    from commdesk.core.i18n import language

    return language()


def _contact_details(phone: str, email: str, *, typed: bool) -> tuple[str, str]:
    """A customer's phone number (E.164) and e-mail address, normalised. ``typed``: one that is no
    phone number or address is refused with the fix (ValidationError by field); else it is kept
    as it came."""
    from commdesk.core.contacts.validation import EmailProblem, PhoneProblem, normalise_email, normalise_phone

    phone, email = phone.strip(), email.strip()
    errors: dict[str, str] = {}
    if phone:
        try:
            phone = normalise_phone(phone)
        except PhoneProblem as problem:
            errors["phone"] = translate("Cases", "Phone number “{value}”: {reason}.").format(
                value=phone, reason=str(problem)
            )
    if email:
        try:
            email = normalise_email(email)
        except EmailProblem:
            errors["email"] = translate(
                "Cases", "E-mail address “{value}” is not valid; write it as name@example.org."
            ).format(value=email)
    if errors and typed:
        raise ValidationError(errors)
    return phone, email


def _sender(name: str, address: str, raised_by: str) -> str:
    """Who a message from them is by, in words: "name <address>", the address, or the case's contact
    or customer; "" when nothing names them."""
    name = name.strip() or raised_by.strip()
    address = address.strip()
    if name and address:
        return f"{name} <{address}>"
    return name or address


def _entry(row, raised_by: str = "") -> CaseEntry:
    author = row.author_name
    if row.kind == "message_in" and (row.author_id is not None or not author):
        # written before messages were credited to their sender: the staff name there is whoever
        # took it in, not its author
        author = _sender("", row.from_address or "", raised_by) or translate("Cases", "(sender not known)")
    return CaseEntry(
        id=row.id,
        kind=row.kind,
        at=row.at,
        author=author,
        body=row.body,
        call_started_at=row.call_started_at,
        call_ended_at=row.call_ended_at,
        subject=row.subject,
        from_address=row.from_address,
        to_addresses=row.to_addresses,
        message_id=row.message_id,
        outbox_id=row.outbox_id,
    )


def _write_state(row: CaseClockRow, state: ClockState) -> None:
    """Write a clock's computed state back to its row: due (a fixed due stays), met, breached."""
    if row.target_minutes is not None:
        row.due_at = state.due
    if state.phase in (ClockPhase.MET, ClockPhase.MET_LATE):
        row.met = state.phase is ClockPhase.MET
    elif row.kind == ClockKind.RESOLUTION.value:
        row.met = None
    if state.breached_at is not None and row.breached_at is None:
        row.breached_at = state.breached_at


def _next_due(row: CaseRow, states: Iterable[ClockState]) -> datetime | None:
    """The case's ``next_due_at``: the earliest due of its open clocks, None once it is done."""
    if CaseStatus(row.status) not in OPEN_STATUSES:
        return None
    dues = [st.due for st in states if st.is_open and st.due is not None]
    return min(dues) if dues else None


def _fixed_state(kind: ClockKind, row: CaseClockRow, calendar: WorkCalendar, now: datetime) -> ClockState:
    """The state of a clock with a fixed due time (a media inquiry's deadline carried over)."""
    due = row.due_at
    at = row.stopped_at or now
    started = row.started_at
    if due is None:
        return ClockState(
            kind, started, timedelta(0), None, timedelta(0), ClockPhase.RUNNING, stopped=row.stopped_at
        )
    zone = calendar.zone_for(started)
    target = calendar.working_time_between(started.astimezone(zone), max(due, started).astimezone(zone))
    if at <= due:
        remaining = calendar.working_time_between(at.astimezone(zone), due.astimezone(zone))
    else:
        remaining = -calendar.working_time_between(due.astimezone(zone), at.astimezone(zone))
    breached = due if at > due else None
    if row.stopped_at is not None:
        phase = ClockPhase.MET_LATE if breached else ClockPhase.MET
    else:
        phase = ClockPhase.BREACHED if breached else ClockPhase.RUNNING
    return ClockState(
        kind, started, target, due, remaining, phase, breached_at=breached, stopped=row.stopped_at
    )
