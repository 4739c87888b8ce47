"""Mail to the feedback mailbox that is the staff directory's, not a case (AN-3, AN-4).

The office's mailbox is also where staff announcements' ``List-Unsubscribe`` mailto and the
subscription confirmations are answered, and where announcements bounce. The intake hands such mail
to the staff directory (``StaffService``, through its public steps) instead of making a case of it:

- a mail carrying an unsubscribe or confirmation token (the mailto's subject, a reply to the
  confirmation mail): the directory unsubscribes or confirms (a forged token changes nothing);
- a delivery failure report of an announcement or a confirmation mail (found by the bounced
  copy's Message-ID in the outbox): the addresses that copy went to are marked bounced;
- an automatic reply to one (out of office): nothing to do, noted as such;
- a person's reply to one: their activity is noted in the directory (not long-inactive) and the
  mail is set aside for a person to read (it is no customer's case, and may ask something).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from commdesk.core.i18n import translate
from commdesk.core.mail.incoming import IncomingMessage, MessageKind
from commdesk.core.review.kinds import Kind
from commdesk.core.staff.tokens import find_token
from commdesk.services.context import ServiceContext

# the outbox's ``related_entity`` of the staff directory's mail: announcements, confirmations
STAFF_MAIL = frozenset({Kind.ANNOUNCEMENT.entity, "staff_subscriptions"})
# how much of a message's text is looked through for a token (the command is at its start)
_TOKEN_TEXT = 4000


@dataclass(frozen=True)
class StaffMail:
    """What the staff directory made of a message: ``read``: a person should read it (set aside)."""

    reason: str
    read: bool = False


def token_mail(ctx: ServiceContext, message: IncomingMessage) -> StaffMail | None:
    """An unsubscribe or a subscription confirmation, done by the directory; None: no token."""
    from commdesk.services.staff.service import StaffService

    text = message.text[:_TOKEN_TEXT]
    if find_token(message.subject) is None and find_token(text) is None:
        return None
    outcome = ctx.service(StaffService).process_mail(message.subject, text)
    return StaffMail(
        translate("Cases", "For the staff directory (an unsubscribe or a confirmation): {result}").format(
            result=outcome.reason
        )
    )


def answer_to_staff_mail(ctx: ServiceContext, message: IncomingMessage, recipients: str) -> StaffMail:
    """A message in the thread of the directory's own mail (``recipients``: the JSON list of the
    addresses that copy went to): a bounce marks them bounced, a person's reply is their activity."""
    from commdesk.services.staff.service import StaffService

    staff = ctx.service(StaffService)
    if message.kind is MessageKind.BOUNCE:
        addresses = [a for a in _addresses(recipients) if a]
        changed = sum(staff.record_bounce(a) for a in addresses)
        return StaffMail(
            translate(
                "Cases",
                "A staff announcement could not be delivered to {addresses}: %n subscription(s) "
                "marked bounced in the staff directory.",
                None,
                changed,
            ).format(addresses=", ".join(addresses) or "—")
        )
    if message.kind is MessageKind.AUTO_REPLY:
        return StaffMail(translate("Cases", "An automatic reply to a staff announcement; nothing to do."))
    sender = message.sender.address if message.sender else ""
    noted = bool(sender) and staff.note_activity(sender, "reply")
    reason = (
        translate("Cases", "A reply to a staff announcement, not a case; noted as the member's activity.")
        if noted
        else translate("Cases", "A reply to a staff announcement, not a case.")
    )
    return StaffMail(reason, read=True)


def _addresses(recipients: str) -> list[str]:
    try:
        found = json.loads(recipients or "[]")
    except ValueError:
        return []
    return [str(a).strip() for a in found] if isinstance(found, list) else []


__all__ = ["STAFF_MAIL", "StaffMail", "answer_to_staff_mail", "token_mail"]
