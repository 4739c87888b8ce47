"""``ReleaseGate``: the single place every path asks before a release leaves the organisation.

The rule itself (which paths leave, which states may leave, when a queued message is held) is written
once in ``core.releases.gate``; this service loads the release and applies it. Callers: the release
mailer (Send to lists, the outbox at send time, rebuilding held messages), the release exports
(``.eml``, text, HTML; the PDF is internal and watermarked until publication) and the outbox's
``.eml`` export of unsent release messages.
"""

from __future__ import annotations

from sqlalchemy import select

from commdesk.core.errors import ValidationError
from commdesk.core.releases import gate
from commdesk.core.releases.workflow import State
from commdesk.persistence.models.releases import ReleaseRow
from commdesk.services.context import ServiceContext


class GateClosed(ValidationError):
    """The release may not leave by this path now (the message names why and what to do)."""

    def __init__(self, message: str):
        super().__init__({"state": message})
        self.reason = message


class ReleaseGate:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @staticmethod
    def check(release, path: gate.Path | str) -> None:
        """Raise ``GateClosed`` unless ``release`` (a ``Release``) may leave by ``path``."""
        why = gate.why_not_leave(release.state, path, release.reference)
        if why:
            raise GateClosed(why)

    def check_id(self, release_id: int, path: gate.Path | str):
        """Load the release, check it, and return it (one read)."""
        from commdesk.services.releases.service import ReleaseService

        release = self.ctx.service(ReleaseService).get(release_id)
        self.check(release, path)
        return release

    @staticmethod
    def hold_code_in(session, release_id: str | int | None, message_revision: str | None) -> str | None:
        """Inside the caller's transaction: why a message built from ``message_revision`` of release
        ``release_id`` must be held now (a ``core.releases.gate`` code), or None if it may go. A
        message without a revision is held: every release message is queued with one."""
        try:
            rid = int(release_id) if release_id is not None else None
        except ValueError:
            rid = None
        row = (
            session.execute(
                select(ReleaseRow.state, ReleaseRow.content_hash).where(ReleaseRow.id == rid)
            ).first()
            if rid is not None
            else None
        )
        if row is None:
            return gate.hold_code(None, None, message_revision)
        return gate.hold_code(State(row.state), row.content_hash, message_revision)

    def hold_code(self, release_id: int, message_revision: str | None) -> str | None:
        with self.ctx.unit_of_work() as uow:
            return self.hold_code_in(uow.session, release_id, message_revision)
