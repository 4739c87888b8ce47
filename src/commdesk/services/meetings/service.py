"""Planning meetings: save, check the procedure (PC-1, PC-2, FM-1, time boxes), invite, cancel, series.

Each public method is one unit of work. Once an invitation went out, every change an invitee sees
raises the iCalendar SEQUENCE (so calendars treat the next ``.ics`` as an update); a cancellation
raises it too and produces METHOD:CANCEL. The meeting password is kept in the OS keyring under
``meeting:<uid>`` and only put into the invitation the participants get.
"""

from __future__ import annotations

import builtins
import contextlib
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from commdesk.core import secrets
from commdesk.core.domain.people import Role
from commdesk.core.errors import NotFound, ValidationError
from commdesk.core.i18n import translate
from commdesk.core.meetings.model import Meeting, MeetingKind, Organiser, new_uid
from commdesk.core.meetings.schedule import Frequency, MinutesDue, minutes_status, series_dates
from commdesk.core.rules import Finding, Level
from commdesk.core.rules.meetings import check_invitation
from commdesk.core.workcalendar import WorkCalendar
from commdesk.persistence.models.meetings import MeetingRow, MeetingSeriesRow
from commdesk.persistence.repositories import meetings as repo
from commdesk.services.context import ServiceContext, check_version
from commdesk.services.offline_journal import PLAN, offline_write
from commdesk.services.settings import SettingsService


class OverrideNeeded(ValidationError):
    """Procedure warnings stand in the way; each needs a reason before the invitation goes out."""

    def __init__(self, findings: list[Finding]):
        self.findings = findings
        super().__init__({f.rule: f.message for f in findings})


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    topic: str
    kind: str
    start: datetime | None
    end: datetime | None
    tz: str
    place: str
    organiser: str
    cancelled: bool
    series_id: int | None
    invitation_sent: bool
    minutes_state: str | None  # MinutesState value, None: no minutes yet
    minutes_due: MinutesDue
    version: int
    minutes_due_at: datetime | None = None  # PC-5 deadline (None: no minutes expected yet or cancelled)
    calendar_warning: str = ""  # the working calendar lacks the public holidays of that year


@dataclass(frozen=True)
class InvitationFiles:
    ics: bytes
    pdf: bytes
    recipients: list[tuple[str, str]]  # (name, e-mail) of participants who can get it
    filename: str  # suggested stem, e.g. "2026-12-04 新品发布沟通会"
    method: str  # REQUEST or CANCEL


@dataclass(frozen=True)
class SeriesInfo:
    id: int
    topic: str
    frequency: Frequency
    backlog: list[str]
    meeting_ids: list[int]
    version: int


def password_key(uid: str) -> str:
    return f"meeting:{uid}"


def _plan_action() -> str:
    return translate("Meetings", "plan meetings")


# Who may plan, invite to, cancel and send for meetings (every write of this service checks it).
PLANNERS = (Role.OFFICER, Role.ADMINISTRATOR)


LINE_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines() splits on


def _field_names() -> dict[str, str]:
    return {
        "link": translate("Meetings", "link"),
        "dial_in": translate("Meetings", "dial-in"),
        "room": translate("Meetings", "room or address"),
        "organiser": translate("Meetings", "organiser's e-mail"),
        "participants": translate("Meetings", "participant's e-mail address"),
    }


def one_line_errors(m: Meeting) -> dict[str, str]:
    """Links, dial-in numbers, addresses and e-mail addresses are one line: a line break (CR or LF)
    in one would break every calendar file and mail made from it later, so it is refused at save."""
    values = [("link", m.link), ("dial_in", m.dial_in), ("room", m.room)]
    if m.organiser is not None:
        values.append(("organiser", m.organiser.email))
    values += [("participants", p.email) for p in m.participants]
    errors: dict[str, str] = {}
    for key, value in values:
        if value and any(ch in value for ch in LINE_BREAKS) and key not in errors:
            errors[key] = translate(
                "Meetings",
                "The {field} contains a line break; it must be one line. Remove the break (it often "
                "comes with copying from a mail) and save again.",
            ).format(field=_field_names()[key])
    return errors


class MeetingService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # ---------------------------------------------------------------------------------- reading
    def working_hours(self) -> WorkCalendar:
        """The office's working calendar (PC-5 "same working day"): hours, public holidays and 调休,
        closed days, in the organisation's zone."""
        return self.ctx.service(SettingsService).work_calendar()

    def get(self, meeting_id: int) -> Meeting:
        with self.ctx.unit_of_work() as uow:
            return repo.to_meeting(uow.session, self._row(uow.session, meeting_id))

    @staticmethod
    def _row(session, meeting_id: int) -> MeetingRow:
        row = repo.meeting_row(session, meeting_id)
        if row is None:
            raise NotFound(translate("Meetings", "There is no meeting with id {id}.").format(id=meeting_id))
        return row

    def list(
        self,
        start: datetime | None = None,
        end: datetime | None = None,
        text: str = "",
        kind: str | None = None,
        include_cancelled: bool = True,
    ) -> builtins.list[MeetingSummary]:
        hours = self.working_hours()
        now = self.ctx.clock()
        with self.ctx.unit_of_work() as uow:
            rows = repo.list_meetings(uow.session, start, end, text, kind, include_cancelled)
            minutes = repo.minutes_by_meeting(uow.session, [r.id for r in rows])
            return [self._summary(r, minutes.get(r.id), hours, now) for r in rows]

    @staticmethod
    def _summary(row: MeetingRow, minutes, hours: WorkCalendar, now: datetime) -> MeetingSummary:
        m = Meeting(kind=MeetingKind(row.kind), start=row.start, duration=row.duration, tz=row.tz)
        end = m.end
        due_at, warning = None, ""
        if row.cancelled or end is None:
            due = MinutesDue.NOT_YET
        else:
            due = minutes_status(end, now, minutes.distributed_at if minutes else None, hours)
            due_at = hours.end_of_working_day(end)
            warning = hours.coverage_warning(end, due_at)
        place = row.room if row.kind == "in_person" else (row.link or row.dial_in)
        return MeetingSummary(
            row.id,
            row.topic,
            row.kind,
            m.local_start,
            end,
            row.tz,
            place,
            row.organiser_name,
            row.cancelled,
            row.series_id,
            row.invitation_sent_at is not None,
            minutes.state if minutes else None,
            due,
            row.version,
            due_at,
            warning,
        )

    # ---------------------------------------------------------------------------------- saving
    def may_plan(self) -> str:
        """ "" when the acting person may plan meetings now (new, edit, invite, cancel, backlog), else
        why not in words: what the window shows on the buttons this service would refuse."""
        return self.ctx.refusal(*PLANNERS, action=_plan_action())

    @offline_write(PLAN, allowed=lambda meeting: meeting.id is None)  # planning a new one works offline
    def save(self, meeting: Meeting) -> Meeting:
        """Create (``meeting.id is None``) or update a meeting; a stale copy raises ConflictError."""
        self.ctx.require(*PLANNERS, action=_plan_action())
        self._validate(meeting)
        with self.ctx.unit_of_work() as uow:
            if meeting.id is None:
                if meeting.organiser is None:
                    me = self.ctx.current()
                    meeting = replace(meeting, organiser=Organiser(me.name, me.email, me.id))
                row = MeetingRow(uid=meeting.uid, sequence=0, kind=meeting.kind.value)
                repo.stage(uow.session, row)
                repo.write_meeting(uow.session, row, meeting)
            else:
                row = self._row(uow.session, meeting.id)
                check_version(
                    translate("Meetings", "meeting"),
                    row.version,
                    meeting.version or None,
                    mine=meeting,
                    theirs=repo.to_meeting(uow.session, row),
                )
                visible = repo.write_meeting(uow.session, row, meeting)
                if visible and row.invitation_sent_at is not None:
                    row.sequence += 1
            uow.session.flush()
            if row.series_id is not None:
                from commdesk.services.meetings.series import carry_open_actions

                carry_open_actions(uow.session, row.series_id)
            return repo.to_meeting(uow.session, row)

    @staticmethod
    def _validate(m: Meeting) -> None:
        errors = one_line_errors(m)
        if not m.topic.strip():
            errors["topic"] = translate("Meetings", "Enter the meeting's topic.")
        if m.duration is not None and m.duration <= 0:
            errors["duration"] = translate("Meetings", "The duration must be a number of minutes above zero.")
        for item in m.agenda:
            if not item.title.strip():
                errors["agenda"] = translate(
                    "Meetings", "Every agenda item needs a title; fill it in or remove the item."
                )
            if item.minutes is not None and item.minutes < 0:
                errors["agenda"] = translate("Meetings", "An agenda item's time box cannot be negative.")
        for p in m.participants:
            if not p.name.strip() and not p.email.strip():
                errors["participants"] = translate(
                    "Meetings",
                    "Every participant needs a name or an e-mail address; fill it in or remove the line.",
                )
        if errors:
            raise ValidationError(errors)

    def set_password(self, meeting_id: int, password: str | None) -> Meeting:
        """Keep the meeting password in the OS keyring (or this session's memory without one)."""
        self.ctx.require(*PLANNERS, action=_plan_action())
        with self.ctx.unit_of_work() as uow:
            row = self._row(uow.session, meeting_id)
            key = password_key(row.uid)
            if password:
                try:
                    secrets.set_secret(key, password)
                except secrets.KeyringUnavailable:
                    secrets.session_secrets.set(key, password)
            else:
                with contextlib.suppress(secrets.KeyringUnavailable):
                    secrets.delete_secret(key)
            if row.invitation_sent_at is not None:
                row.sequence += 1
            row.has_password = bool(password)
            uow.session.flush()
            return repo.to_meeting(uow.session, row)

    def password(self, meeting_id: int) -> str | None:
        with self.ctx.unit_of_work() as uow:
            row = self._row(uow.session, meeting_id)
            return secrets.lookup(password_key(row.uid)) if row.has_password else None

    # ---------------------------------------------------------------------------------- rules
    def check(self, meeting: Meeting, at: datetime | None = None) -> builtins.list[Finding]:
        """The procedure's findings if the invitation for ``meeting`` went out at ``at`` (default now)."""
        known = True
        if meeting.has_password and meeting.id is not None:
            known = self.password(meeting.id) is not None
        return [
            f
            for f in check_invitation(meeting, at or self.ctx.clock(), password_known=known)
            if f.level is not Level.OK
        ]

    def issue_invitation(self, meeting_id: int, reasons: dict[str, str] | None = None) -> Meeting:
        """Record that the invitation goes out now. Every warning needs a reason (by rule ID), which
        lands in the audit log as an ``override``; otherwise ``OverrideNeeded`` lists what is open."""
        self.ctx.require(*PLANNERS, action=_plan_action())
        reasons = {k: v.strip() for k, v in (reasons or {}).items() if v and v.strip()}
        meeting = self.get(meeting_id)
        findings = self.check(meeting)
        open_ = [f for f in findings if f.blocking or f.rule not in reasons]
        if open_:
            raise OverrideNeeded(open_)
        with self.ctx.unit_of_work() as uow:
            row = self._row(uow.session, meeting_id)
            for rule in dict.fromkeys(f.rule for f in findings):
                messages = " / ".join(f.message for f in findings if f.rule == rule)
                uow.event(
                    "meetings", row.id, "override", note=f"{rule}: {reasons[rule]}", field=rule, old=messages
                )
            if row.invitation_sent_at is not None:
                row.sequence += 1
            row.invitation_sent_at = self.ctx.clock()
            uow.session.flush()
            return repo.to_meeting(uow.session, row)

    def invitation_files(self, meeting_id: int) -> InvitationFiles:
        """The ``.ics`` (update or cancellation), the invitation/agenda PDF and who gets them; the
        mail area sends these through the outbox."""
        from commdesk.core.documents.meetings import agenda_pdf
        from commdesk.core.meetings.ics import export_filename, invitation_ics

        meeting = self.get(meeting_id)
        method = "CANCEL" if meeting.cancelled else "REQUEST"
        ics = invitation_ics(meeting, method, self._password_in_files(meeting), dtstamp=self.ctx.clock())
        org = self.ctx.service(SettingsService).organisation()
        pdf = agenda_pdf(meeting, org, author=self.ctx.current().name)
        recipients = [(p.name, p.email) for p in meeting.participants if p.email.strip()]
        return InvitationFiles(ics, pdf, recipients, export_filename(meeting, ""), method)

    def invitation_ics(self, meeting_id: int) -> tuple[bytes, str]:
        """Just the ``.ics`` (update or cancellation) and the suggested file stem, without the PDF."""
        from commdesk.core.meetings.ics import export_filename, invitation_ics

        meeting = self.get(meeting_id)
        method = "CANCEL" if meeting.cancelled else "REQUEST"
        return (
            invitation_ics(meeting, method, self._password_in_files(meeting), dtstamp=self.ctx.clock()),
            export_filename(meeting, ""),
        )

    @staticmethod
    def _password_in_files(meeting: Meeting) -> str | None:
        """What an invitation written to a file says in place of the meeting password: the password
        itself stays in the keyring (files are copied, backed up and forwarded); the outbox puts it
        into the copy handed to the mail server only."""
        if not meeting.has_password or meeting.cancelled:
            return None
        return translate("Meetings", "given separately (never written into files)")

    def agenda_document(self, meeting_id: int) -> tuple:
        """``(Document, blocks)`` of the invitation/agenda PDF, for rendering with progress elsewhere
        (the same content as ``invitation_files().pdf``)."""
        from commdesk.core.documents.meetings import agenda_document

        return agenda_document(
            self.get(meeting_id),
            self.ctx.service(SettingsService).organisation(),
            author=self.ctx.current().name,
        )

    def cancel(self, meeting_id: int, reason: str) -> Meeting:
        self.ctx.require(*PLANNERS, action=_plan_action())
        if not reason.strip():
            raise ValidationError({"reason": translate("Meetings", "Say why the meeting is cancelled.")})
        with self.ctx.unit_of_work() as uow:
            row = self._row(uow.session, meeting_id)
            if not row.cancelled:
                row.cancelled = True
                row.sequence += 1
                uow.event("meetings", row.id, "cancel", note=reason.strip())
            uow.session.flush()
            if row.series_id is not None:
                from commdesk.services.meetings.series import carry_open_actions

                carry_open_actions(uow.session, row.series_id)
            return repo.to_meeting(uow.session, row)

    # ---------------------------------------------------------------------------------- series
    def create_series(
        self,
        first: Meeting,
        frequency: Frequency | str,
        count: int | None = None,
        until: date | None = None,
        backlog: builtins.list[str] | None = None,
    ) -> SeriesInfo:
        """A recurring meeting: one meeting per date (same wall-clock time, each its own invitation)."""
        self.ctx.require(*PLANNERS, action=_plan_action())
        self._validate(first)
        local_first = first.local_start
        if local_first is None:
            raise ValidationError(
                {"start": translate("Meetings", "A series needs the first meeting's start time.")}
            )
        try:
            dates = series_dates(local_first, Frequency(frequency), count, until)
        except ValueError as exc:
            raise ValidationError(
                {
                    "count": translate(
                        "Meetings", "A series needs a number of meetings (1 to 520) or an end date."
                    )
                }
            ) from exc
        if not dates:
            raise ValidationError(
                {
                    "until": translate(
                        "Meetings", "The series ends before its first meeting; choose a later end date."
                    )
                }
            )
        if first.organiser is None:
            me = self.ctx.current()
            first = replace(first, organiser=Organiser(me.name, me.email, me.id))
        with self.ctx.unit_of_work() as uow:
            series = MeetingSeriesRow(
                topic=first.topic.strip(),
                frequency=Frequency(frequency).value,
                backlog=repo.json_text([b.strip() for b in backlog or [] if b.strip()]),
            )
            repo.stage(uow.session, series)
            uow.session.flush()
            ids = []
            for when in dates:
                m = replace(
                    first,
                    start=when,
                    id=None,
                    uid=new_uid(),
                    series_id=series.id,
                    sequence=0,
                    invitation_sent_at=None,
                    version=0,
                )
                row = MeetingRow(uid=m.uid, sequence=0, kind=m.kind.value)
                repo.stage(uow.session, row)
                repo.write_meeting(uow.session, row, m)
                ids.append(row.id)
            return SeriesInfo(
                series.id,
                series.topic,
                Frequency(series.frequency),
                repo.json_list(series.backlog),
                ids,
                series.version,
            )

    def series(self, series_id: int) -> SeriesInfo:
        with self.ctx.unit_of_work() as uow:
            row = repo.series_row(uow.session, series_id)
            if row is None:
                raise NotFound(
                    translate("Meetings", "There is no meeting series with id {id}.").format(id=series_id)
                )
            ids = [m.id for m in repo.list_meetings(uow.session, series_id=series_id)]
            return SeriesInfo(
                row.id, row.topic, Frequency(row.frequency), repo.json_list(row.backlog), ids, row.version
            )

    def set_backlog(
        self, series_id: int, items: builtins.list[str], expected_version: int | None = None
    ) -> SeriesInfo:
        self.ctx.require(*PLANNERS, action=_plan_action())
        with self.ctx.unit_of_work() as uow:
            row = repo.series_row(uow.session, series_id)
            if row is None:
                raise NotFound(
                    translate("Meetings", "There is no meeting series with id {id}.").format(id=series_id)
                )
            check_version(
                translate("Meetings", "series backlog"),
                row.version,
                expected_version,
                mine=items,
                theirs=repo.json_list(row.backlog),
            )
            row.backlog = repo.json_text([i.strip() for i in items if i.strip()])
        return self.series(series_id)

    def next_in_series(self, meeting_id: int) -> int | None:
        with self.ctx.unit_of_work() as uow:
            row = self._row(uow.session, meeting_id)
            if row.series_id is None or row.start is None:
                return None
            later = list(
                repo.list_meetings(
                    uow.session,
                    start=row.start + timedelta(seconds=1),
                    series_id=row.series_id,
                    include_cancelled=False,
                )
            )
            return later[0].id if later else None

    def next_meeting_of_series(self, series_id: int) -> int | None:
        """The series' first meeting that has not started yet (cancelled ones skipped)."""
        with self.ctx.unit_of_work() as uow:
            later = repo.list_meetings(
                uow.session, start=self.ctx.clock(), series_id=series_id, include_cancelled=False
            )
            return later[0].id if later else None

    def backlog_to_agenda(
        self, series_id: int, index: int, expected_version: int | None = None, meeting_id: int | None = None
    ) -> tuple[SeriesInfo, Meeting]:
        """Move backlog item ``index`` to the end of a meeting's agenda (default: the series' next
        meeting), in one unit of work: a stale backlog raises ConflictError and nothing moves."""
        self.ctx.require(*PLANNERS, action=_plan_action())
        target_id = meeting_id if meeting_id is not None else self.next_meeting_of_series(series_id)
        if target_id is None:
            raise ValidationError(
                {
                    "meeting": translate(
                        "Meetings", "The series has no meeting ahead; add one before moving backlog items."
                    )
                }
            )
        with self.ctx.unit_of_work() as uow:
            series = repo.series_row(uow.session, series_id)
            if series is None:
                raise NotFound(
                    translate("Meetings", "There is no meeting series with id {id}.").format(id=series_id)
                )
            backlog = repo.json_list(series.backlog)
            check_version(
                translate("Meetings", "series backlog"),
                series.version,
                expected_version,
                mine=backlog,
                theirs=backlog,
            )
            if not 0 <= index < len(backlog):
                raise ValidationError(
                    {"backlog": translate("Meetings", "That backlog item no longer exists.")}
                )
            row = self._row(uow.session, target_id)
            if row.series_id != series_id:
                raise ValidationError(
                    {"meeting": translate("Meetings", "That meeting is not part of this series.")}
                )
            meeting = repo.to_meeting(uow.session, row)
            from commdesk.core.meetings.model import AgendaItem

            meeting.agenda.append(AgendaItem(backlog.pop(index)))
            repo.write_meeting(uow.session, row, meeting)
            if row.invitation_sent_at is not None:
                row.sequence += 1
            else:
                row.updated_at = self.ctx.clock()  # the meeting's version moves: open copies are stale
            series.backlog = repo.json_text(backlog)
            uow.session.flush()
        return self.series(series_id), self.get(target_id)
