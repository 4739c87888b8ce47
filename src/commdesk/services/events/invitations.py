"""The invitation of a media event through the outbox, after its review.

Only an invitation the review engine's gate lets leave (approved in exactly its current text) is
queued: one personal message per invitee, the invitee's RSVP reference in the subject (a reply
keeps it: ``replies`` matches the answer by it), the event's details and the calendar file. Each
message carries the content hash it was built from (``source_revision``), so the outbox holds it if
the invitation changes before it leaves. Who may no longer be mailed (do not contact by e-mail,
bounced, no address: the contacts area's rule, read again now) is left out and named. Those already
invited are not invited twice unless asked (``again``), e.g. after the event moved.

After the server accepted an invitation, the contact's history records it (``invitation_sent``,
an outbox after-send step registered where the app is assembled).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from commdesk.core.contacts.names import has_chinese
from commdesk.core.errors import ValidationError
from commdesk.core.events.ics import event_ics, ics_filename
from commdesk.core.events.records import Event, Invitee, ready_to_invite
from commdesk.core.events.rsvp import tagged
from commdesk.core.i18n import translate
from commdesk.core.mail.compose import CalendarInvite, Delivery, Draft
from commdesk.core.mail.merge import Recipient
from commdesk.core.rules import Finding
from commdesk.persistence.repositories import events as repo
from commdesk.services.context import ServiceContext
from commdesk.services.events.review import EventReview
from commdesk.services.events.service import ENTITY, EventService, why_not_mailed
from commdesk.services.mail.outbox import OutboxItem, OutboxService
from commdesk.services.mail.sending import mail_language, salutation

log = logging.getLogger(__name__)

KIND = "event_invitation"  # the outbox's kind of these messages

# The details block and the RSVP line in the invitation's own language (the office writes one
# invitation; the words around it follow it, not the interface's language).
_WORDS = {
    "zh": {
        "event": "活动：",
        "when": "时间：",
        "place": "地点：",
        "agenda": "议程：",
        "rsvp": "请直接回复本邮件告知是否出席（请保留主题中的回执编号 {ref}），如有同行人员请注明人数。",
    },
    "en": {
        "event": "Event: ",
        "when": "When: ",
        "place": "Where: ",
        "agenda": "Agenda:",
        "rsvp": "Please reply to this e-mail to say whether you will attend (keep the reference {ref} in "
        "the subject), and tell us if you bring anyone.",
    },
}


def invitation_language(event: Event) -> str:
    return "zh" if has_chinese(event.invitation_body + event.invitation_subject) else "en"


def invitation_text(event: Event, language: str, token: str) -> str:
    """The invitation's text followed by the event's details and how to answer."""
    words = _WORDS[language]
    lines = [event.invitation_body, ""]
    # each label carries its own colon: full-width in Chinese (活动：), ": " in English
    lines.append(f"{words['event']}{event.title}")
    lines.append(f"{words['when']}{event.when}")
    if event.place:
        lines.append(f"{words['place']}{event.place}")
    if event.agenda:
        lines += ["", words["agenda"], event.agenda]
    lines += ["", words["rsvp"].format(ref=f"[RSVP-{token}]")]
    return "\n".join(lines)


@dataclass(frozen=True)
class InvitationPreview:
    """Who an invitation would go to now, who is left out and why, and whether it may leave."""

    event: Event
    recipients: tuple[Invitee, ...]
    left_out: tuple[tuple[str, str], ...]  # (name, why)
    already: int  # invited before (sent again only with ``again``)
    refusal: str | None  # why the invitation may not leave now (the review gate), else None
    findings: tuple[Finding, ...] = field(default=())


class EventInvitationMailer:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @property
    def outbox(self) -> OutboxService:
        return self.ctx.service(OutboxService)

    @property
    def events(self) -> EventService:
        return self.ctx.service(EventService)

    def _split(self, event_id: int, again: bool) -> tuple[list[Invitee], list[tuple[str, str]], int]:
        from commdesk.services.contacts.service import ContactService

        invitees = self.events.invitees(event_id)
        ids = [i.contact_id for i in invitees if i.contact_id is not None]
        contacts = {c.id: c for c in self.ctx.service(ContactService).summaries(ids)} if ids else {}
        reach, left, already = [], [], 0
        for i in invitees:
            if i.invited_at is not None and not again:
                already += 1
                continue
            contact = contacts.get(i.contact_id or -1)
            why = (
                why_not_mailed(contact)
                if contact is not None
                else translate("Events", "contact no longer kept")
            )
            if why:
                left.append((i.name, why))
            else:
                reach.append(i)
        return reach, left, already

    def _draft(self, event: Event, invitees: list[Invitee], organiser: tuple[str, str]) -> Draft:
        from commdesk.services.contacts.service import ContactService
        from commdesk.services.mail.signing import signed_by

        language = invitation_language(event)
        ids = [i.contact_id for i in invitees if i.contact_id is not None]
        records = self.ctx.service(ContactService).records(ids) if ids else {}
        people = []
        for i in invitees:
            spoken = mail_language(getattr(records.get(i.contact_id or -1), "language", ""), language)
            people.append(
                Recipient(
                    i.email,
                    i.name,
                    salutation(i.name, spoken),
                    i.outlet,
                    # the event's words travel as values, never as template text
                    fields={
                        "mail_subject": tagged(event.invitation_subject, i.rsvp_token),
                        "invitation_text": invitation_text(event, language, i.rsvp_token),
                    },
                    key=i.contact_id,
                )
            )
        ics = event_ics(event, organiser[0], organiser[1], dtstamp=self.ctx.clock())
        return Draft(
            "{{ mail_subject }}",
            "{{ salutation }}\n\n{{ invitation_text }}",
            people,
            Delivery.PERSONAL,
            invite=CalendarInvite(ics, ics_filename(event)),
            headers={"X-Commdesk-Event": event.reference},
            # signed by the event's owner and the organisation, not by the mail account's holder
            signature=signed_by(self.ctx, event.owner_id, event.owner),
        )

    def _organiser(self) -> tuple[str, str]:
        account = self.outbox.accounts.account()
        if account is None:
            return "", ""
        return account.sender_name, account.sender_address

    def preview(self, event_id: int, again: bool = False) -> InvitationPreview:
        event = self.events.get(event_id)
        reach, left, already = self._split(event_id, again)
        refusal = self.ctx.service(EventReview).why_not_leave(event)
        findings: tuple[Finding, ...] = ()
        if reach and refusal is None and not ready_to_invite(event):
            findings = tuple(
                f for f in self.outbox.check(self._draft(event, reach, self._organiser())) if f.message
            )
        return InvitationPreview(event, tuple(reach), tuple(left), already, refusal, findings)

    def send(self, event_id: int, again: bool = False, override: str | None = None) -> list[int]:
        """Queue the approved invitation to every invitee not yet invited (``again``: to everyone who
        can be mailed); returns the outbox ids. Refused in words when the review has not approved
        the current text, when the invitation lacks its subject, text or place, or when nobody can
        be mailed. Warnings (a vague subject, EM-1) need ``override``."""
        review = self.ctx.service(EventReview)
        event = self.events.get(event_id)
        missing = ready_to_invite(event)
        if missing:
            raise ValidationError(missing)
        refusal = review.why_not_leave(event)
        if refusal is not None:
            raise ValidationError({"review": refusal})
        reach, _left, already = self._split(event_id, again)
        if not reach:
            raise ValidationError(
                {
                    "invitees": translate(
                        "Events",
                        "Nobody on the invitation list is waiting for an invitation that can be mailed: "
                        "add invitees from contact lists (those already invited: {count}).",
                    ).format(count=already)
                }
            )
        draft = self._draft(event, reach, self._organiser())
        now = self.ctx.clock()
        with self.ctx.unit_of_work() as uow:
            # the review read again in the transaction that queues: what the messages carry
            current = self.events.get(event_id)
            if review.content_hash(current) != review.content_hash(event):
                raise ValidationError(
                    {
                        "review": translate(
                            "Events", "The invitation was changed meanwhile; look at it again and send."
                        )
                    }
                )
            revision = review.approved_hash(current)
            ids = self.outbox.queue(
                draft, review.entity, event_id, kind=KIND, override=override, source_revision=revision
            )
            for i in reach:
                row = repo.invitee(uow.session, i.id)
                if row is not None:
                    row.invited_at = now
            uow.event(ENTITY, event_id, "invitations_queued", note=f"{len(ids)} {revision[:12]}")
        return ids

    def messages(self, event_id: int) -> list[OutboxItem]:
        """The event's invitations in the outbox (queued, held, sent ...)."""
        return self.outbox.for_record(self.ctx.service(EventReview).entity, event_id)


def invitation_sent(ctx: ServiceContext, item: OutboxItem) -> None:
    """Write ``event_invitation`` into the history of every contact the accepted invitation reached."""
    from commdesk.services.contacts.service import ContactService

    if item.kind != KIND or item.sent_at is None:
        return
    contacts = ctx.service(ContactService)
    summary = translate("Events", "Event invitation sent by e-mail: {subject}").format(subject=item.subject)
    for key in item.recipient_keys:
        if not isinstance(key, int):
            continue
        try:
            contacts.log_interaction(key, "event_invitation", item.sent_at, "email", summary)
        except Exception:  # one contact erased meanwhile must not cost the others their entry
            log.exception("could not write the invitation of outbox message %s into contact %s", item.id, key)


__all__ = ["EventInvitationMailer", "InvitationPreview", "invitation_sent"]
