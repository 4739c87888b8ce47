"""The event invitation in the review engine (``services.review``, kind ``event_invitation``): the
one place the events area names its kind, asks the engine and the gate, and words their answers.

The review item of an event is the event's id; its content is ``invitation_content(event)``. The
engine's states are the invitation's states (events keep none of their own). Invitations are not
"finished" in the engine when they are queued: an event often changes after its invitations went
out (a new room, a later start), and such a change must go through the review again and reach the
invitees as an update, which the engine allows only before an item is finished.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from commdesk.core.domain.people import Person
from commdesk.core.events.records import Event, invitation_content, invitation_field_labels
from commdesk.core.releases.diff import ContentDiff
from commdesk.core.review import content as review_content
from commdesk.core.review import gate
from commdesk.core.review.kinds import Kind, register_fields
from commdesk.services.context import ServiceContext
from commdesk.services.review.gate import GateClosed, ReviewGate
from commdesk.services.review.service import ReviewComment, ReviewService, ReviewStatus

KIND = Kind.EVENT_INVITATION

# the reviewer's diff names the invitation's fields in words; the text is compared by paragraph
register_fields(KIND, invitation_field_labels, body="body")


class EventReview:
    kind = KIND
    entity = KIND.entity  # the outbox's related_entity of the invitations

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @property
    def engine(self) -> ReviewService:
        return self.ctx.service(ReviewService)

    @staticmethod
    def content_hash(event: Event) -> str:
        return review_content.content_hash(invitation_content(event))

    def record_edit_in(self, session: Session, event_id: int, content, person: Person) -> int:
        return self.engine.record_edit_in(session, KIND, event_id, content, person)

    # -- the engine's steps for this kind (the pane and the command line call these) ----------------
    def submit(self, event_id: int, expected_version: int | None = None, note: str = "") -> ReviewStatus:
        return self.engine.submit(KIND, event_id, expected_version, note)

    def approve(self, event_id: int, expected_version: int | None = None, note: str = "") -> ReviewStatus:
        return self.engine.approve(KIND, event_id, expected_version, note)

    def return_(self, event_id: int, expected_version: int | None = None, comment: str = "") -> ReviewStatus:
        return self.engine.return_(KIND, event_id, expected_version, comment)

    def comments(self, event_id: int) -> list[ReviewComment]:
        return self.engine.comments(KIND, event_id)

    def add_comment(self, event_id: int, text: str) -> ReviewComment:
        return self.engine.add_comment(KIND, event_id, text)

    def diff_against_approved(self, event_id: int) -> ContentDiff:
        return self.engine.diff_against_approved(KIND, event_id)

    def status(self, event_id: int) -> ReviewStatus | None:
        return self.engine.state_of(KIND, event_id)

    def states(self, event_ids: list[int]) -> dict[int, str]:
        return {i: s.value for i, s in self.engine.states_of(KIND, event_ids).items()} if event_ids else {}

    def why_not_leave(self, event: Event) -> str | None:
        """None when the invitation, as the event now reads, may be mailed; else why not in words."""
        try:
            self.ctx.service(ReviewGate).check(
                KIND, event.id, gate.Path.MAIL, event.reference, content_hash=self.content_hash(event)
            )
        except GateClosed as closed:
            return closed.reason
        return None

    def approved_hash(self, event: Event) -> str:
        """The hash of the approved invitation that messages built from ``event`` carry; ``GateClosed``
        (a ``ValidationError`` in words) when it may not leave. Called inside the caller's unit of
        work, it reads the review in the same transaction as the queueing."""
        digest = self.content_hash(event)
        self.ctx.service(ReviewGate).check(
            KIND, event.id, gate.Path.MAIL, event.reference, content_hash=digest
        )
        return digest
