"""Minutes (PC-5, PC-6, FM-4): save a draft, circulate, approve and lock, re-open as a new version.

States: draft -> circulated (sent for comments; counts as distribution for PC-5 unless the mail area
reports it with ``mark_distributed``) -> approved (locked). Approved minutes change only by the
organiser re-opening them with a reason, which adds version n+1 as a draft; version n stays as it was.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from commdesk.core.domain.people import Role
from commdesk.core.errors import NotFound, PermissionDenied, ValidationError
from commdesk.core.i18n import translate
from commdesk.core.meetings.minutes import MinutesDraft, ReviewOutcome
from commdesk.core.meetings.model import ActionStatus, Decision, MinutesState, Point
from commdesk.core.meetings.schedule import MinutesDue, minutes_due, minutes_status
from commdesk.core.rules.meetings import pc_5
from commdesk.persistence.models.meetings import (
    ActionRow,
    MeetingRow,
    MinuteEntryRow,
    MinutesRow,
    ParticipantRow,
)
from commdesk.persistence.repositories import meetings as repo
from commdesk.services.approvals import Approval, approver_roles
from commdesk.services.context import ServiceContext, check_version
from commdesk.services.meetings.series import carry_open_actions
from commdesk.services.meetings.service import MeetingService
from commdesk.services.offline_journal import MINUTES, offline_write
from commdesk.services.settings import SettingsService


@dataclass(frozen=True)
class MinutesVersion:
    number: int
    state: MinutesState
    circulated_at: datetime | None
    approved_at: datetime | None
    approved_by: str
    reopen_reason: str


@dataclass(frozen=True)
class MinutesDeadline:
    status: MinutesDue
    due_at: datetime | None
    warning: str = ""  # e.g. the public holidays of that year are not known (say so, never guess)
    findings: tuple = ()  # PC-5 findings (late; calendar without data), for the rules view


def _edit_action() -> str:
    return translate("Meetings", "write minutes")


# Who may write, circulate and approve minutes (four eyes aside): the minutes' approvers, named
# once in services.approvals, where the passphrase rule of a shared desk reads them too.
WRITERS = approver_roles(Approval.MINUTES)


def validate_actions(actions) -> None:
    for a in actions:
        if not a.description.strip():
            raise ValidationError(
                {
                    "actions": translate(
                        "Meetings", "Every action item needs a description; fill it in or remove the item."
                    )
                }
            )
        if a.status is ActionStatus.CANCELLED and not a.note.strip():
            raise ValidationError(
                {"note": translate("Meetings", "A cancelled action needs a note saying why; enter one.")}
            )


class MeetingMinutesService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def _meeting(self, session, meeting_id: int) -> MeetingRow:
        row = repo.meeting_row(session, meeting_id)
        if row is None:
            raise NotFound(translate("Meetings", "There is no meeting with id {id}.").format(id=meeting_id))
        return row

    # ---------------------------------------------------------------------------------- reading
    def draft(self, meeting_id: int) -> MinutesDraft:
        with self.ctx.unit_of_work() as uow:
            self._meeting(uow.session, meeting_id)
            return self._draft(uow.session, meeting_id)

    @staticmethod
    def _draft(
        session,
        meeting_id: int,
        saved: tuple[MinutesRow, list[MinuteEntryRow], list[ActionRow], list[ParticipantRow]] | None = None,
    ) -> MinutesDraft:
        """The stored draft of ``meeting_id``. ``saved``: the rows ``save`` has just written and
        flushed in this session (the latest minutes, their entries in order, the meeting's actions,
        its participants), taken as they are instead of read again; the reviews are read (carrying
        a series' actions may have added or removed some)."""
        row: MinutesRow | None
        if saved is not None:
            row, entries, actions, participants = saved
        else:
            row = repo.latest_minutes(session, meeting_id)
        draft = MinutesDraft(meeting_id)
        if row is not None:
            draft = MinutesDraft(
                meeting_id,
                row.id,
                row.number,
                MinutesState(row.state),
                row.version,
                row.notes,
                approved_by=row.approved_by or "",
                approved_at=row.approved_at,
            )
            for e in entries if saved is not None else repo.minute_entries_of(session, row.id):
                if e.kind == "point":
                    draft.points.append(Point(e.text, e.agenda_index))
                else:
                    draft.decisions.append(Decision(e.text, e.agenda_index))
        if saved is None:
            actions = repo.actions_of(session, meeting_id)
            participants = repo.participants_of(session, meeting_id)
        draft.actions = [repo.to_action(a) for a in actions]
        draft.attendance = {p.position: p.attended for p in participants}
        for review in repo.reviews_at(session, meeting_id):
            action = repo.action_row(session, review.action_id)
            origin = repo.meeting_row(session, action.meeting_id) if action is not None else None
            if action is None or origin is None:  # the foreign keys keep both while the review exists
                continue
            label = origin.topic
            if origin.start is not None:
                label += " " + origin.start.astimezone(ZoneInfo(origin.tz)).strftime("%Y-%m-%d")
            draft.reviews.append(
                ReviewOutcome(
                    review.id,
                    action.id,
                    action.description,
                    action.owner_name,
                    action.deadline,
                    label,
                    review.outcome,
                    ActionStatus(action.status),
                )
            )
        return draft

    def versions(self, meeting_id: int) -> list[MinutesVersion]:
        with self.ctx.unit_of_work() as uow:
            rows = repo.minutes_versions(uow.session, meeting_id)
            return [
                MinutesVersion(
                    r.number,
                    MinutesState(r.state),
                    r.circulated_at,
                    r.approved_at,
                    r.approved_by,
                    r.reopen_reason,
                )
                for r in rows
            ]

    def deadline(self, meeting_id: int) -> MinutesDeadline:
        """PC-5: due the same working day (working hours from the settings), then late."""
        meeting = self.ctx.service(MeetingService).get(meeting_id)
        hours = self.ctx.service(MeetingService).working_hours()
        with self.ctx.unit_of_work() as uow:
            row = repo.latest_minutes(uow.session, meeting_id)
            distributed = row.distributed_at if row else None
        if meeting.end is None or meeting.cancelled:
            return MinutesDeadline(MinutesDue.NOT_YET, None)
        due = minutes_due(meeting.end, hours)
        now = self.ctx.clock()
        return MinutesDeadline(
            minutes_status(meeting.end, now, distributed, hours),
            due,
            hours.coverage_warning(meeting.end, due),
            tuple(pc_5(meeting.end, now, distributed, hours)),
        )

    # ---------------------------------------------------------------------------------- writing
    @offline_write(MINUTES)  # taking minutes works offline (journaled, sent when the server is back)
    def save(self, draft: MinutesDraft) -> MinutesDraft:
        """Store the whole draft (points, decisions, actions, attendance, review outcomes) at once."""
        self.ctx.require(*WRITERS, action=_edit_action())
        validate_actions(draft.actions)
        for r in draft.reviews:
            if r.status is ActionStatus.CANCELLED and not r.outcome.strip():
                raise ValidationError(
                    {
                        "reviews": translate(
                            "Meetings", "A cancelled action needs a note saying why; enter one."
                        )
                    }
                )
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            meeting = self._meeting(s, draft.meeting_id)
            row = repo.latest_minutes(s, draft.meeting_id)
            if row is None:
                row = MinutesRow(meeting_id=meeting.id, number=1, state=MinutesState.DRAFT.value)
                repo.stage(s, row)
                s.flush()
            else:
                if row.state == MinutesState.APPROVED.value:
                    raise ValidationError(
                        {
                            "state": translate(
                                "Meetings",
                                "These minutes are approved and locked; the organiser can re-open them "
                                "with a reason as a new version.",
                            )
                        }
                    )
                expected = draft.version if draft.minutes_id == row.id else -1
                if expected != row.version:  # the stored minutes are read only to be offered
                    check_version(
                        translate("Meetings", "minutes"),
                        row.version,
                        expected,
                        mine=draft,
                        theirs=self._draft(s, draft.meeting_id),
                    )
            if row.notes != draft.notes:
                row.notes = draft.notes
            entries = self._write_entries(s, row, draft)
            actions = self._write_actions(s, meeting, draft)
            participants = repo.participants_of(s, meeting.id)
            for p in participants:
                if p.position in draft.attendance and p.attended != draft.attendance[p.position]:
                    p.attended = draft.attendance[p.position]
            # the reviews held at this meeting read at once, not one read per review
            held = {r.id: r for r in repo.reviews_at(s, meeting.id)} if draft.reviews else {}
            for outcome in draft.reviews:
                review = held.get(outcome.review_id)
                if review is None:  # not (or no longer) reviewed at this meeting
                    continue
                if review.outcome != outcome.outcome.strip():
                    review.outcome = outcome.outcome.strip()
                action = repo.action_row(s, review.action_id)
                if action is None:  # deleted with its meeting meanwhile: nothing left to update
                    continue
                if action.status != outcome.status.value:
                    action.status = outcome.status.value
                    if outcome.status is ActionStatus.CANCELLED and not action.note.strip():
                        action.note = outcome.outcome.strip()
            me = self.ctx.current()
            if me.id is not None:  # who wrote this version may not approve it (four eyes)
                writers = json.loads(row.writer_ids or "[]")
                if me.id not in writers:
                    row.writer_ids = json.dumps([*writers, me.id])
            row.updated_at = self.ctx.clock()  # the minutes record is saved even when only children changed
            s.flush()
            if meeting.series_id is not None:
                carry_open_actions(s, meeting.series_id)
            # what was just written, as a read would return it (actions by id, as ``actions_of``)
            actions.sort(key=lambda a: a.id)
            return self._draft(s, meeting.id, (row, entries, actions, participants))

    @staticmethod
    def _write_entries(s, row: MinutesRow, draft: MinutesDraft) -> list[MinuteEntryRow]:
        """Store the draft's points and decisions as the minutes' entries; the entries now, in order."""
        wanted = [("point", p.agenda_index, p.text.strip()) for p in draft.points if p.text.strip()]
        wanted += [("decision", d.agenda_index, d.text.strip()) for d in draft.decisions if d.text.strip()]
        existing = repo.minute_entries_of(s, row.id)
        now: list[MinuteEntryRow] = []
        for pos, (kind, index, text) in enumerate(wanted):
            entry = existing[pos] if pos < len(existing) else None
            if entry is None:
                entry = MinuteEntryRow(
                    minutes_id=row.id, position=pos, kind=kind, agenda_index=index, text=text
                )
                repo.stage(s, entry)
                now.append(entry)
                continue
            for key, value in (("kind", kind), ("agenda_index", index), ("text", text)):
                if getattr(entry, key) != value:
                    setattr(entry, key, value)
            now.append(entry)
        for entry in existing[len(wanted) :]:
            repo.remove(s, entry)
        return now

    @staticmethod
    def _write_actions(s, meeting: MeetingRow, draft: MinutesDraft) -> list[ActionRow]:
        """Store the draft's action items as the meeting's; the meeting's actions now (the new ones
        get their ids when flushed)."""
        stored = {a.id: a for a in repo.actions_of(s, meeting.id)}
        now: list[ActionRow] = []
        kept = set()
        for a in draft.actions:
            row = stored.get(a.id) if a.id is not None else None
            if row is None:
                row = ActionRow(meeting_id=meeting.id, description=a.description.strip())
                repo.stage(s, row)
            kept.add(row.id)
            if not any(r is row for r in now):
                now.append(row)
            values = {
                "description": a.description.strip(),
                "owner_name": a.owner_name.strip(),
                "owner_email": a.owner_email.strip(),
                "owner_person_id": a.owner_person_id,
                "owner_contact_id": a.owner_contact_id,
                "deadline": a.deadline,
                "status": a.status.value,
                "note": a.note.strip(),
                "agenda_index": a.agenda_index,
            }
            for key, value in values.items():
                if getattr(row, key) != value:
                    setattr(row, key, value)
        for action_id, row in stored.items():
            if action_id in kept:
                continue
            if row.status == ActionStatus.OPEN.value:
                repo.remove(s, row)  # removed from the minutes before anyone worked on it
            else:
                now.append(row)  # worked on already: it stays
        return now

    def _transition(
        self, meeting_id: int, expect: tuple[MinutesState, ...], to: MinutesState
    ) -> MinutesDraft:
        self.ctx.require(*WRITERS, action=_edit_action())
        with self.ctx.unit_of_work() as uow:
            self._meeting(uow.session, meeting_id)
            row = repo.latest_minutes(uow.session, meeting_id)
            if row is None:
                raise ValidationError(
                    {
                        "state": translate(
                            "Meetings",
                            "There are no minutes for this meeting yet; write and save them first.",
                        )
                    }
                )
            if MinutesState(row.state) not in expect:
                raise ValidationError(
                    {
                        "state": translate(
                            "Meetings", "The minutes are {state}; that step is not possible now."
                        ).format(state=MinutesState(row.state).label)
                    }
                )
            if to is MinutesState.APPROVED:
                self._check_four_eyes(uow.session, row)
            now = self.ctx.clock()
            row.state = to.value
            if to is MinutesState.CIRCULATED:
                row.circulated_at = now
                if row.distributed_at is None:
                    row.distributed_at = now
            elif to is MinutesState.APPROVED:
                row.approved_at = now
                row.approved_by = self.ctx.current().name
                row.approved_by_id = self.ctx.current().id
            uow.session.flush()
            meeting = self._meeting(uow.session, meeting_id)
            if meeting.series_id is not None:
                carry_open_actions(uow.session, meeting.series_id)
            return self._draft(uow.session, meeting_id)

    def _check_four_eyes(self, session, row: MinutesRow) -> None:
        """Minutes are approved by someone other than who took them (the named note-taker and every
        person who saved this version), unless the organisation settings allow it for small teams."""
        if self.ctx.service(SettingsService).organisation().minutes_self_approval:
            return
        me = self.ctx.current()
        meeting = self._meeting(session, row.meeting_id)
        writers = json.loads(row.writer_ids or "[]")
        named = meeting.note_taker.strip()
        if (me.id is not None and me.id in writers) or (named and named == me.name.strip()):
            raise PermissionDenied(
                translate(
                    "Meetings",
                    "{name} took these minutes and cannot approve them too (four eyes). Ask another "
                    "officer to approve them, or an administrator can allow self-approval for small "
                    "teams in the organisation settings.",
                ).format(name=me.name)
            )

    def may_approve(self, meeting_id: int) -> str:
        """ "" when the current person may approve the minutes now, else the reason in words."""
        with self.ctx.unit_of_work() as uow:
            row = repo.latest_minutes(uow.session, meeting_id)
            if row is None or row.state != MinutesState.CIRCULATED.value:
                return translate("Meetings", "Only circulated minutes can be approved.")
            try:
                self._check_four_eyes(uow.session, row)
            except PermissionDenied as exc:
                return str(exc)
        return self.may_write()

    def may_write(self) -> str:
        """ "" when the acting person may write, circulate and approve minutes now (roles, a writable
        database), else why not in words (for the window)."""
        return self.ctx.refusal(*WRITERS, action=_edit_action())

    def may_reopen(self, meeting_id: int) -> str:
        """ "" when the acting person may re-open these approved minutes now, else why not in words."""
        me = self.ctx.current()
        with self.ctx.unit_of_work() as uow:
            meeting = self._meeting(uow.session, meeting_id)
            row = repo.latest_minutes(uow.session, meeting_id)
            if row is None or row.state != MinutesState.APPROVED.value:
                return translate("Meetings", "Only approved minutes are re-opened.")
            if meeting.organiser_id is None or meeting.organiser_id != me.id:
                return translate(
                    "Meetings", "Only the organiser ({name}) can re-open approved minutes."
                ).format(name=meeting.organiser_name or "?")
        return self.ctx.refusal(*Role, action=translate("Meetings", "re-open minutes"))

    def circulate(self, meeting_id: int) -> MinutesDraft:
        return self._transition(meeting_id, (MinutesState.DRAFT,), MinutesState.CIRCULATED)

    def approve(self, meeting_id: int) -> MinutesDraft:
        return self._transition(meeting_id, (MinutesState.CIRCULATED,), MinutesState.APPROVED)

    def reopen(self, meeting_id: int, reason: str) -> MinutesDraft:
        """The organiser re-opens approved minutes as a new draft version; the reason is audited."""
        me = self.ctx.current()
        if not reason.strip():
            raise ValidationError(
                {"reason": translate("Meetings", "Say why the approved minutes are re-opened.")}
            )
        with self.ctx.unit_of_work() as uow:
            meeting = self._meeting(uow.session, meeting_id)
            if meeting.organiser_id is None or meeting.organiser_id != me.id:
                raise PermissionDenied(
                    translate("Meetings", "Only the organiser ({name}) can re-open approved minutes.").format(
                        name=meeting.organiser_name or "?"
                    )
                )
            row = repo.latest_minutes(uow.session, meeting_id)
            if row is None or row.state != MinutesState.APPROVED.value:
                raise ValidationError(
                    {"state": translate("Meetings", "Only approved minutes are re-opened.")}
                )
            new = MinutesRow(
                meeting_id=meeting_id,
                number=row.number + 1,
                state=MinutesState.DRAFT.value,
                notes=row.notes,
                reopen_reason=reason.strip(),
                distributed_at=row.distributed_at,
            )
            repo.stage(uow.session, new)
            uow.session.flush()
            for e in repo.minute_entries_of(uow.session, row.id):
                repo.stage(
                    uow.session,
                    MinuteEntryRow(
                        minutes_id=new.id,
                        position=e.position,
                        kind=e.kind,
                        agenda_index=e.agenda_index,
                        text=e.text,
                    ),
                )
            uow.event(
                "meeting_minutes", new.id, "reopen", note=reason.strip(), old=row.number, new=new.number
            )
            uow.session.flush()
            return self._draft(uow.session, meeting_id)

    def mark_distributed(self, meeting_id: int, when: datetime) -> None:
        """The mail area reports that the minutes went out (PC-5 is then met)."""
        with self.ctx.unit_of_work() as uow:
            row = repo.latest_minutes(uow.session, meeting_id)
            if row is None:
                raise ValidationError(
                    {
                        "state": translate(
                            "Meetings",
                            "There are no minutes for this meeting yet; write and save them first.",
                        )
                    }
                )
            row.distributed_at = when

    def minutes_pdf(self, meeting_id: int) -> bytes:
        from commdesk.core.documents.meetings import minutes_pdf

        meeting = self.ctx.service(MeetingService).get(meeting_id)
        draft = self.draft(meeting_id)
        org = self.ctx.service(SettingsService).organisation()
        return minutes_pdf(meeting, draft, org, author=self.ctx.current().name)

    def minutes_document(self, meeting_id: int) -> tuple:
        """``(Document, blocks)`` of the minutes PDF (what ``minutes_pdf`` renders), for rendering with
        progress and cancel off the GUI thread."""
        from commdesk.core.documents.meetings import minutes_document

        meeting = self.ctx.service(MeetingService).get(meeting_id)
        org = self.ctx.service(SettingsService).organisation()
        return minutes_document(meeting, self.draft(meeting_id), org, author=self.ctx.current().name)
