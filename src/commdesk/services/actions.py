"""The action tracker over all meetings (PC-7, FM-5): mine, overdue, by owner, meeting or status."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from commdesk.core.domain.people import Role
from commdesk.core.errors import NotFound, PermissionDenied
from commdesk.core.i18n import translate
from commdesk.core.meetings.model import ActionItem, ActionStatus
from commdesk.core.meetings.schedule import due_soon, overdue
from commdesk.persistence.repositories import meetings as repo
from commdesk.services.context import ServiceContext, check_version
from commdesk.services.meetings.minutes import validate_actions
from commdesk.services.meetings.series import carry_open_actions


@dataclass(frozen=True)
class ActionView:
    action: ActionItem
    meeting_topic: str
    meeting_start: datetime | None
    overdue: bool
    due_soon: bool
    version: int

    @property
    def id(self) -> int:
        action_id = self.action.id
        assert action_id is not None  # a view is made of a stored action only
        return action_id


@dataclass(frozen=True)
class ActionFilter:
    mine: bool = False
    overdue: bool = False
    owner: str = ""  # part of the owner's name or e-mail
    meeting_id: int | None = None
    statuses: tuple[ActionStatus, ...] = ()  # empty: every status


class ActionService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def today(self) -> date:
        """Today in the organisation's zone (deadlines are calendar days of the office), never the
        process's zone."""
        from commdesk.core.timezones import today_in
        from commdesk.services.settings import SettingsService

        return today_in(self.ctx.service(SettingsService).time_zone(), self.ctx.clock)

    def list(self, flt: ActionFilter = ActionFilter()) -> list[ActionView]:
        today = self.today()
        statuses = [s.value for s in flt.statuses]
        if flt.overdue:
            statuses = [s for s in (statuses or ["open", "in_progress"]) if s in ("open", "in_progress")] or [
                "-"
            ]
        me = self.ctx.current()
        with self.ctx.unit_of_work() as uow:
            rows = repo.query_actions(
                uow.session,
                statuses=statuses or None,
                owner_person_id=(me.id if me.id is not None else -1) if flt.mine else None,
                owner_text=flt.owner,
                meeting_id=flt.meeting_id,
                due_before=today if flt.overdue else None,
            )
            meetings = repo.meetings_by_id(uow.session, {r.meeting_id for r in rows})
            out = []
            for r in rows:
                a = repo.to_action(r)
                m = meetings[r.meeting_id]
                start = m.start.astimezone(ZoneInfo(m.tz)) if m.start else None
                out.append(ActionView(a, m.topic, start, overdue(a, today), due_soon(a, today), r.version))
            return out

    def get(self, action_id: int) -> ActionView:
        with self.ctx.unit_of_work() as uow:
            row = repo.action_row(uow.session, action_id)
            if row is None:
                raise NotFound(
                    translate("Meetings", "There is no action item with id {id}.").format(id=action_id)
                )
            meeting_id = row.meeting_id
        return next(v for v in self.list(ActionFilter(meeting_id=meeting_id)) if v.id == action_id)

    def may_update(self, action: ActionItem) -> str:
        """ "" when the acting person may change this action item now (its owner, officers and
        administrators, on a writable database), else why not in words (for the window)."""
        me = self.ctx.current()
        if not self.ctx.read_only and me.id is not None and me.id == action.owner_person_id:
            return ""
        return self.ctx.refusal(
            Role.OFFICER,
            Role.ADMINISTRATOR,
            action=translate("Meetings", "change action items they do not own"),
        )

    def update(self, action: ActionItem, expected_version: int | None = None) -> ActionView:
        """Change status, note, owner or deadline. The owner, officers and administrators may."""
        me = self.ctx.current()
        validate_actions([action])
        with self.ctx.unit_of_work() as uow:
            row = repo.action_row(uow.session, action.id) if action.id is not None else None
            if row is None:
                raise NotFound(
                    translate("Meetings", "There is no action item with id {id}.").format(id=action.id)
                )
            if not (
                me.has(Role.OFFICER)
                or me.has(Role.ADMINISTRATOR)
                or (me.id is not None and me.id == row.owner_person_id)
            ):
                raise PermissionDenied(
                    translate(
                        "Meetings",
                        "{name} may not change this action item: only its owner, officers and "
                        "administrators can.",
                    ).format(name=me.name)
                )
            check_version(
                translate("Meetings", "action item"),
                row.version,
                expected_version,
                mine=action,
                theirs=repo.to_action(row),
            )
            values = {
                "description": action.description.strip(),
                "owner_name": action.owner_name.strip(),
                "owner_email": action.owner_email.strip(),
                "owner_person_id": action.owner_person_id,
                "owner_contact_id": action.owner_contact_id,
                "deadline": action.deadline,
                "status": ActionStatus(action.status).value,
                "note": action.note.strip(),
            }
            changed = {key: value for key, value in values.items() if getattr(row, key) != value}
            for key, value in changed.items():
                setattr(row, key, value)
            if changed:  # when it was closed (PC-7) is the service's clock, as every other time
                row.updated_at = self.ctx.clock()
            uow.session.flush()
            meeting = repo.meeting_row(uow.session, row.meeting_id)
            if meeting is not None and meeting.series_id is not None:
                carry_open_actions(uow.session, meeting.series_id)
            action_id = row.id
        return self.get(action_id)

    def overdue_count(self) -> int:
        return len(self.list(ActionFilter(overdue=True)))

    def due_today(self, mine: bool = True) -> builtins.list[ActionView]:
        today = self.today()
        return [
            v
            for v in self.list(
                ActionFilter(mine=mine, statuses=(ActionStatus.OPEN, ActionStatus.IN_PROGRESS))
            )
            if v.action.deadline == today
        ]

    def due_soon(self, days: int = 3) -> builtins.list[ActionView]:
        today = self.today()
        return [
            v
            for v in self.list(ActionFilter(statuses=(ActionStatus.OPEN, ActionStatus.IN_PROGRESS)))
            if v.action.deadline is not None and today <= v.action.deadline <= today + timedelta(days=days)
        ]

    def report_document(self, flt: ActionFilter = ActionFilter(), group: str = "owner") -> tuple:
        """``(Document, blocks)`` of the action report grouped by ``owner``, ``meeting`` or just the
        ``overdue`` ones, for rendering with progress off the GUI thread."""
        from commdesk.core.documents.meetings import action_report_document
        from commdesk.services.settings import SettingsService

        views = self.list(ActionFilter(overdue=True) if group == "overdue" else flt)
        org = self.ctx.service(SettingsService).organisation()
        return action_report_document(views, org, group, self.today(), author=self.ctx.current().name)

    def report_pdf(self, flt: ActionFilter = ActionFilter(), group: str = "owner") -> bytes:
        """Action report PDF grouped by ``owner``, ``meeting`` or just the ``overdue`` ones."""
        from commdesk.core.documents.rendering import render_bytes

        return render_bytes(*self.report_document(flt, group))
