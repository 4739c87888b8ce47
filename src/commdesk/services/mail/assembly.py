"""Plugging the areas into the outbox, once, where the app is assembled.

The outbox sits below the areas whose records its messages carry, so it cannot ask them itself:
each area's check ("is what this message carries still current?") and its steps after a message was
sent are registered here. ``bootstrap.open_database`` calls ``register_mail_hooks`` for every
database it opens, so the window, the command line, the demo and the tests all send with them.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from commdesk.core.i18n import translate
from commdesk.core.review.kinds import Kind
from commdesk.persistence.repositories import announcements as announcement_rows
from commdesk.persistence.repositories import events as event_rows
from commdesk.persistence.repositories import releases as release_rows
from commdesk.services.events.invitations import invitation_sent
from commdesk.services.mail.holds import register_record_name
from commdesk.services.mail.outbox import register_after_send, register_revision_check, register_staff_check
from commdesk.services.mail.sending import minutes_sent, release_sent
from commdesk.services.meetings.revisions import invitation_check, minutes_check
from commdesk.services.releases.gate import ReleaseGate
from commdesk.services.review.gate import ReviewGate
from commdesk.services.staff.service import is_staff_address_in


def register_mail_hooks() -> None:
    """Register every area's revision check and after-send step with the outbox (idempotent).

    A release message must still carry an approved version (one without a revision is held); a
    meeting invitation or minutes mail must carry what the meeting or its minutes are now. After a
    release message is sent each contact it reached gets a ``mailing`` history entry; after a
    minutes message, the minutes count as distributed (PC-5)."""
    register_revision_check("releases", ReleaseGate.hold_code_in)
    # announcements and event invitations (and any reviewed kind): approved at exactly the hash
    # the message was built from (core.review.gate, one rule with releases')
    for kind in Kind:
        register_revision_check(kind.entity, ReviewGate.hold_check(kind))
    register_staff_check(is_staff_address_in)  # AN-4: an 【重要通知】 to staff is an announcement
    register_revision_check("meetings", invitation_check)
    register_revision_check("meeting_minutes", minutes_check)
    register_after_send("release", release_sent)
    register_after_send("minutes", minutes_sent)
    register_after_send("event_invitation", invitation_sent)  # the contact's history records it
    # how a held message names what it belongs to ("announcement 5 “年会安排”", PR-2026-014)
    register_record_name("releases", _release_name)
    register_record_name(Kind.ANNOUNCEMENT.entity, _announcement_name)
    register_record_name(Kind.EVENT_INVITATION.entity, _event_name)


def _release_name(session: Session, related_id: str) -> str | None:
    row = release_rows.get(session, int(related_id))
    return row.reference if row is not None else None


def _announcement_name(session: Session, related_id: str) -> str | None:
    row = announcement_rows.get(session, int(related_id))
    if row is None:
        return None
    return translate("Mail", "{id} “{subject}”").format(id=row.id, subject=row.subject)


def _event_name(session: Session, related_id: str) -> str | None:
    row = event_rows.get(session, int(related_id))
    return row.reference if row is not None else None
