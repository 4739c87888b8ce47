"""What the office sends through the outbox: meeting invitations (updates, cancellations) and minutes.

Only the meetings area's public service methods are used. Invitations carry the ``.ics`` as a
``text/calendar; method=...`` part and as an attachment, plus the agenda PDF; minutes carry the
minutes PDF and, once every message went out, the minutes count as distributed (PC-5).
Press releases to distribution lists follow when the contacts area offers its service.
"""
from __future__ import annotations

from ..i18n import translate
from ..mail import Attachment, CalendarInvite, Delivery, Draft, Recipient
from ..mail.subject import build_subject
from .context import ServiceContext
from .mail import OutboxItem, OutboxService


class MeetingMailer:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @property
    def outbox(self) -> OutboxService:
        return self.ctx.service(OutboxService)

    def invitation_draft(self, meeting_id: int) -> Draft:
        from .meetings import MeetingService

        meetings = self.ctx.service(MeetingService)
        meeting = meetings.get(meeting_id)
        files = meetings.invitation_files(meeting_id)
        when = meeting.start.astimezone() if meeting.start else None
        what = translate("Mail", "Cancelled: {title}").format(title=meeting.topic) if files.method == "CANCEL" \
            else translate("Mail", "Meeting invitation: {title}").format(title=meeting.topic)
        body = translate("Mail", "Hello,\n\nattached are the invitation (calendar file) and the agenda (PDF) for "
                         "'{title}'.").format(title=meeting.topic) if files.method != "CANCEL" else translate(
            "Mail", "Hello,\n\nthe meeting '{title}' is cancelled; the attached calendar file removes it from "
            "your calendar.").format(title=meeting.topic)
        attachments = [Attachment(files.filename + "-agenda.pdf", files.pdf, "application/pdf")] \
            if files.method != "CANCEL" else []
        return Draft(build_subject("", what, when.date() if when else None), body,
                     [Recipient(email, name) for name, email in files.recipients], Delivery.DIRECT,
                     attachments=attachments,
                     invite=CalendarInvite(files.ics, files.filename + ".ics"))

    def send_invitation(self, meeting_id: int, reasons: dict[str, str] | None = None,
                        override: str | None = None) -> list[int]:
        """Record the invitation (meetings' own checks and overrides) and queue it to every participant."""
        from .meetings import MeetingService

        self.ctx.service(MeetingService).issue_invitation(meeting_id, reasons)
        return self.outbox.queue(self.invitation_draft(meeting_id), "meetings", meeting_id, kind="invitation",
                                 override=override)

    def minutes_draft(self, meeting_id: int, extra: list[tuple[str, str]] = ()) -> Draft:
        from .meetings import MeetingService
        from .meetings_minutes import MinutesService

        meeting = self.ctx.service(MeetingService).get(meeting_id)
        pdf = self.ctx.service(MinutesService).minutes_pdf(meeting_id)
        people = [(p.name, p.email) for p in meeting.participants if p.email.strip()] + list(extra)
        date = meeting.start.astimezone().date() if meeting.start else None
        subject = build_subject("", translate("Mail", "Minutes: {title}").format(title=meeting.topic), date)
        body = translate("Mail", "Hello,\n\nattached are the minutes of '{title}' (PDF).").format(title=meeting.topic)
        return Draft(subject, body, [Recipient(email, name) for name, email in people], Delivery.DIRECT,
                     attachments=[Attachment(f"{subject}.pdf", pdf, "application/pdf")])

    def send_minutes(self, meeting_id: int, extra: list[tuple[str, str]] = (), override: str | None = None
                     ) -> list[int]:
        """Queue the minutes to participants and stakeholders; distributed once sent (PC-5)."""
        return self.outbox.queue(self.minutes_draft(meeting_id, extra), "meeting_minutes", meeting_id,
                                 kind="minutes", override=override)


def _minutes_sent(ctx: ServiceContext, item: OutboxItem) -> None:
    from .meetings_minutes import MinutesService

    if item.related_entity == "meeting_minutes" and item.related_id and item.sent_at:
        ctx.service(MinutesService).mark_distributed(int(item.related_id), item.sent_at)


#: kind -> steps after a message of that kind was sent (OutboxService runs them)
SENT_HOOKS = {"minutes": [_minutes_sent]}
