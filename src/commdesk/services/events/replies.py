"""Answers to invitations read from mail replies: the one call the mail intake makes.

``EventReplyService(ctx).record_reply(message)`` takes a reply as the intake received it (an
``email.message.Message`` or its raw bytes). Its subject's RSVP reference (``[RSVP-7Q3K9M2P]``,
which every invitation carries and a reply keeps) names the invitee; the answer is read from the
message (``core.events.rsvp.read_answer``: a calendar reply, the subject's "Accepted:", the words
above the quoted invitation). The outcome says whether the reply was for an event at all
(``matched``; when not, the intake handles the message as it would anyway), and whether the
answer was understood and recorded (``recorded``; when matched but not understood, a person reads
it: the outcome's ``text`` says so and nothing is written). One unit of work; the answer is written
with ``response_via = reply`` and the audit log names the message.
"""

from __future__ import annotations

from dataclasses import dataclass
from email import message_from_bytes
from email import policy as email_policy
from email.message import Message

from commdesk.core.events.records import ResponseVia, RsvpStatus
from commdesk.core.events.rsvp import read_answer, token_in
from commdesk.core.i18n import translate
from commdesk.persistence.repositories import events as repo
from commdesk.services.context import ServiceContext
from commdesk.services.events.service import INVITEES, EventService


@dataclass(frozen=True)
class ReplyOutcome:
    matched: bool  # the subject carries the RSVP reference of an invitee
    recorded: bool  # an answer was read and written
    event_id: int | None = None
    invitee_id: int | None = None
    status: RsvpStatus | None = None
    plus_ones: int | None = None
    text: str = ""  # what happened, in words (for the intake's log or a person)


class EventReplyService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def record_reply(self, message: Message | bytes) -> ReplyOutcome:
        if isinstance(message, bytes | bytearray):
            message = message_from_bytes(bytes(message), policy=email_policy.default)
        token = token_in(str(message.get("Subject", "") or ""))
        if token is None:
            return ReplyOutcome(
                False, False, text=translate("Events", "Not an answer to an event invitation.")
            )
        with self.ctx.unit_of_work() as uow:
            row = repo.invitee_by_token(uow.session, token)
            if row is None:
                return ReplyOutcome(
                    False,
                    False,
                    text=translate("Events", "The RSVP reference {ref} belongs to no invitation.").format(
                        ref=token
                    ),
                )
            answer = read_answer(message)
            if answer is None:
                return ReplyOutcome(
                    True,
                    False,
                    row.event_id,
                    row.id,
                    text=translate(
                        "Events",
                        "A reply to an event invitation whose answer commdesk cannot read for sure; "
                        "read it and record the answer by hand.",
                    ),
                )
            sender = str(message.get("From", "") or "")[:120]
            note = (
                translate("Events", "Answer by e-mail from {sender}").format(sender=sender) if sender else ""
            )
            invitee = self.ctx.service(EventService).answer_in(
                row.id, answer.status, answer.plus_ones, note, ResponseVia.REPLY
            )
            message_id = str(message.get("Message-ID", "") or "")[:200]
            uow.event(
                INVITEES,
                row.id,
                "rsvp_reply",
                note=f"{answer.status.value} ({answer.how}) {message_id}".strip(),
            )
            return ReplyOutcome(
                True,
                True,
                invitee.event_id,
                invitee.id,
                answer.status,
                answer.plus_ones,
                translate("Events", "{name} answered: {answer}.").format(
                    name=invitee.name, answer=answer.status.label
                ),
            )
