"""``ReviewGate``: the rule of ``core.review.gate`` applied to reviewed items by id, and the outbox's
send-time check of the messages built from them.

Every path by which a post, an announcement or an event invitation reaches someone outside asks
``check(kind, item_id, path, ...)``; the outbox asks ``hold_check(kind)`` (registered in
``services.mail.assembly`` for each kind's ``Kind.entity``) when it claims a message, right before
it hands it to the server, when it exports it as ``.eml`` and when an edit holds stale messages.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from commdesk.core.errors import ValidationError
from commdesk.core.i18n import translate
from commdesk.core.review import gate
from commdesk.core.review.kinds import Kind
from commdesk.persistence.models.review import ReviewItemRow
from commdesk.persistence.repositories import review as repo
from commdesk.services.context import ServiceContext


class GateClosed(ValidationError):
    """The item may not leave by this path now (the message names why and what to do)."""

    def __init__(self, message: str):
        super().__init__({"state": message})
        self.reason = message


def _changed(kind: Kind) -> str:
    return translate(
        "Publishing",
        "This {kind} was changed after it was approved; what would leave is not the approved text. "
        "Have the new version approved first.",
    ).format(kind=kind.label)


class ReviewGate:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @staticmethod
    def check_row(
        row: ReviewItemRow | None,
        content_hash: str | None,
        path: gate.Path | str = gate.Path.MAIL,
        reference: str = "",
    ) -> None:
        """Raise ``GateClosed`` unless the reviewed item ``row`` may leave by ``path`` carrying the
        text whose hash is ``content_hash`` (None: whatever its current text is)."""
        if row is None:
            raise GateClosed(
                translate("Publishing", "This item was never submitted for review, so it cannot leave.")
            )
        kind = Kind(row.kind)
        why = gate.why_not_leave(
            kind.value,
            row.state,
            path,
            reference or translate("Publishing", "This {kind}").format(kind=kind.label),
        )
        if why:
            raise GateClosed(why)
        if content_hash is not None and gate.Path(path).leaves and content_hash != row.content_hash:
            raise GateClosed(_changed(kind))

    def check(
        self,
        kind: Kind | str,
        item_id: int,
        path: gate.Path | str,
        reference: str = "",
        content_hash: str | None = None,
    ) -> None:
        """Load the item's review and check it (one read)."""
        kind = Kind(kind)
        with self.ctx.unit_of_work() as uow:
            self.check_row(repo.item(uow.session, kind.value, item_id), content_hash, path, reference)

    @staticmethod
    def hold_code_in(
        session: Session, kind: Kind | str, item_id: str | int | None, message_hash: str | None
    ) -> str | None:
        """Inside the caller's transaction: why a message built from ``message_hash`` of the item must
        be held now (a ``core.review.gate`` code), or None if it may go."""
        kind = Kind(kind)
        try:
            iid = int(item_id) if item_id is not None else None
        except ValueError:
            iid = None
        found = repo.state_and_hash(session, kind.value, iid) if iid is not None else None
        if found is None:
            return gate.hold_code(kind.value, None, None, message_hash)
        state, current = found
        return gate.hold_code(kind.value, state, current, message_hash)

    @classmethod
    def hold_check(cls, kind: Kind | str) -> Callable[[Session, str | None, str | None], str | None]:
        """The outbox's revision check for messages of ``kind`` (``register_revision_check``)."""
        kind = Kind(kind)

        def check(session: Session, related_id: str | None, revision: str | None) -> str | None:
            return cls.hold_code_in(session, kind, related_id, revision)

        check.__name__ = f"review_hold_check_{kind.value}"
        return check
