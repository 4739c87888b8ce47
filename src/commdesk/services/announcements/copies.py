"""Copies of announcements waiting in the outbox, withdrawn when their recipient leaves the lists.

Its own module so that the staff directory (``services.staff``), which calls it when a subscription
changes, does not import ``AnnouncementService`` (which uses the staff directory to send): the
dependency goes one way, from both services to this module, which imports neither.
"""

from __future__ import annotations

from commdesk.core.review.kinds import Kind
from commdesk.core.staff.records import SubscriptionStatus
from commdesk.persistence.repositories import announcements as repo
from commdesk.persistence.repositories import staff as staff_repo
from commdesk.persistence.repositories.mail import CANCELLED, FAILED, HELD, QUEUED, OutboxRepository
from commdesk.persistence.unit_of_work import UnitOfWork


def withdraw_copies_in(uow: UnitOfWork, member_id: int) -> int:
    """Cancel the copies of announcements to ``member_id`` still waiting in the outbox (queued,
    failed or held) when the member is no longer subscribed to any list of that announcement: an
    unsubscribe or a bounce stops what was queued before it, not only what is queued after. Called
    by the staff directory in the unit of work that changes the subscription; each cancellation goes
    to the audit log. Returns how many copies were cancelled."""
    session = uow.session
    waiting = (QUEUED, FAILED, HELD)
    mine = repo.waiting_copies_to(session, Kind.ANNOUNCEMENT.entity, member_id, waiting)
    if not mine:
        return 0
    lists = repo.audience(session, {aid for _, aid in mine})
    subscribed = {
        row.list_id
        for row in staff_repo.subscriptions_of_members(session, [member_id])
        if row.status == SubscriptionStatus.SUBSCRIBED.value
    }
    outbox = OutboxRepository(session)
    done = 0
    for message_id, announcement_id in mine:
        if subscribed.intersection(lists.get(announcement_id, ())):
            continue
        if outbox.transition(message_id, waiting, status=CANCELLED, next_attempt_at=None):
            uow.event("mail_outbox", message_id, "cancel", note="unsubscribed")
            done += 1
    return done
